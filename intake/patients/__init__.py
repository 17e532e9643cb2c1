"""Patients: folded names, creating and changing a patient, search as you type, a patient's page.

A module per topic, the same API re-exported here: `keys` (the folded name and the reversed
phone stored for the search), `records` (fields checked, creating and changing a patient, rows
by id), `search` (what was typed, the SELECTs that find it), `page` (everything a patient's page
shows). Likely duplicates and merging are `intake.duplicates` and `intake.merge`.

`name_key` is the patient's name with accents, case and punctuation folded away, "last first",
so that one indexed column serves a prefix search on the last name (an index range) and on any
later word (the first name, a second surname) with a word-prefix test.
`phone_reversed` holds the phone's digits last first, so that the last digits a caller reads out
("ends in 3456") are an index range too.
Audit rows name fields and ids only; the before/after values of a change go to the admin-only
`AuditChange` beside the row (intake.audit), never into `detail` or a log.
"""

from __future__ import annotations

from intake.patients.keys import (  # noqa: F401 - the package's API
    NAME_KEY_MAX,
    fold_name,
    name_key,
    phone_reversed,
)
from intake.patients.page import (  # noqa: F401 - the package's API
    IntakeWithAnswers,
    PatientPageData,
    get_patient_page,
    load_intakes,
)
from intake.patients.records import (  # noqa: F401 - the package's API
    EDITABLE_FIELDS,
    ROW_FIELDS,
    PatientRow,
    changed_fields,
    clean_fields,
    create_patient,
    patients_by_ids,
    update_patient,
)
from intake.patients.search import (  # noqa: F401 - the package's API
    MIN_PHONE_END,
    SEARCH_INPUT_MAX,
    SEARCH_LIMIT,
    SEARCH_WORDS,
    WALK_WORDS,
    SearchStep,
    classify,
    codepoint_order,
    digits_after,
    parse_date,
    phone_prefix,
    search_patients,
    search_steps,
    search_words,
    starts_with,
)
