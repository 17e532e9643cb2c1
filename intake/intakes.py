"""Intakes: the answers a patient gives at the kiosk (or the desk types in), saved in one write.

`IntakeDraft` holds every answer while the patient walks through the steps; nothing touches the
database until `submit_intake` (or `save_urgent_early` after an urgent safety answer).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

import peewee

from intake import access, db
from intake import validation as v
from intake.content import ANSWER_GROUP, checklists
from intake.errors import ValidationError
from intake.models import Intake, IntakeAnswer, _now
from intake.vocabulary import AnswerGroup, IntakeSource

CHECKLIST_GROUPS = ("regions", "symptoms", "causes", "treatments", "side_effects")
SAFETY_GROUPS = ("red_flags", "contraindications")
TREATMENT_OTHER_MAX = 2000
# IntakeAnswer.group of an urgent answer the patient withdrew ("I tapped by mistake"): the desk
# was alerted, so the intake stays urgent and staff still check; this row says what was withdrawn.
WITHDRAWN_GROUP = AnswerGroup.urgent_withdrawn


class Kind:
    """What a kiosk's queued intake (intake.outbox) asks of the database."""

    INTAKE = "intake"  # a complete intake (or the completion of an urgent early save)
    URGENT_EARLY = "urgent_early"  # what was answered so far, at an urgent safety answer


@dataclass(frozen=True)
class PainBand:
    """A choice for "how long have you had this pain"; stored as its lower bound (value, unit),
    so the acute / subacute / chronic classification of the stored value is the band's."""

    id: str
    value: int
    unit: str


# Bands follow the clinical cut-offs (acute under 6 weeks, chronic over 12 weeks).
PAIN_BANDS = (
    PainBand("under_1_week", 0, "days"),
    PainBand("1_to_6_weeks", 1, "weeks"),
    PainBand("6_to_12_weeks", 6, "weeks"),
    PainBand("3_to_12_months", 3, "months"),
    PainBand("over_1_year", 12, "months"),
)


def pain_band(value: int | None, unit: str) -> PainBand | None:
    """The band a stored (value, unit) falls in: the last band whose lower bound it reaches."""
    if value is None or unit not in v.PAIN_UNITS:
        return None
    days = value * v.DAYS_PER_UNIT[unit]
    found = None
    for band in PAIN_BANDS:
        if days >= band.value * v.DAYS_PER_UNIT[band.unit]:
            found = band
    return found

log = logging.getLogger(__name__)


@dataclass
class IntakeDraft:
    """Every answer of one intake. Checklist groups hold the ticked item ids; `safety` maps each
    red-flag / contraindication id to True (yes) or False (no); a missing id is unanswered."""

    first_name: str = ""
    last_name: str = ""
    date_of_birth: dt.date | None = None
    phone: str = ""
    email: str = ""
    regions: set[str] = field(default_factory=set)
    pain_since_value: int | None = None
    pain_since_unit: str = ""
    pain_now: int | None = None
    peg_pain: int | None = None
    peg_enjoyment: int | None = None
    peg_activity: int | None = None
    symptoms: set[str] = field(default_factory=set)
    causes: set[str] = field(default_factory=set)
    treatments: set[str] = field(default_factory=set)
    treatment_other: str = ""
    side_effects: set[str] = field(default_factory=set)
    safety: dict[str, bool] = field(default_factory=dict)
    consent_given: bool = False
    signature_svg: str = ""
    language: str = "en"
    urgent_withdrawn: set[str] = field(default_factory=set)  # urgent ids answered yes, withdrawn

    @property
    def pain_duration(self) -> str:
        """acute / subacute / chronic, or "" while unanswered."""
        if self.pain_since_value is None or self.pain_since_unit not in v.PAIN_UNITS:
            return ""
        return v.pain_duration(self.pain_since_value, self.pain_since_unit)

    @property
    def peg(self) -> float | None:
        items = (self.peg_pain, self.peg_enjoyment, self.peg_activity)
        if any(i is None for i in items):
            return None
        return v.peg_score(*items)

    @property
    def urgent(self) -> bool:
        return any(self.safety.get(i) for i in checklists().urgent_ids())

    def group(self, name: str) -> set[str]:
        return getattr(self, name)


@dataclass(frozen=True)
class IntakeRecord:
    """A stored intake as the desk reads it."""

    id: int
    draft: IntakeDraft
    submitted_at: dt.datetime
    source: str
    entered_by_id: int | None
    status: str
    urgent: bool
    complete: bool
    patient_id: int | None


# --------------------------------------------------------------------------- checking


def check_identity(draft: IntakeDraft, region: str, today: dt.date | None = None) -> IntakeDraft:
    """Cleans the "about you" answers in place; raises the first ValidationError."""
    draft.first_name = v.clean_name(draft.first_name, "first_name")
    draft.last_name = v.clean_name(draft.last_name, "last_name")
    draft.date_of_birth = v.clean_date_of_birth(draft.date_of_birth, today=today)
    draft.phone = v.clean_phone(draft.phone, region, "phone")
    draft.email = v.clean_email(draft.email, "email")
    return draft


def check_pain(draft: IntakeDraft) -> None:
    if not draft.regions:
        raise ValidationError("required", field="regions")
    _known("regions", draft.regions)
    v.clean_pain_since(draft.pain_since_value, draft.pain_since_unit)
    for name in ("pain_now", "peg_pain", "peg_enjoyment", "peg_activity"):
        v.clean_score(getattr(draft, name), name)


def check_checklist(draft: IntakeDraft, group: str) -> None:
    """Known ids; an exclusive item ("not sure", "none") stands alone; "other" needs its text."""
    chosen = draft.group(group)
    _known(group, chosen)
    items = {i.id: i for i in checklists().group(group)}
    if any(items[c].exclusive for c in chosen) and len(chosen) > 1:
        raise ValidationError("exclusive", field=group)
    if group in ("causes", "treatments") and not chosen:
        raise ValidationError("required", field=group)
    if any(items[c].needs_text for c in chosen):
        text = draft.treatment_other.strip()
        if not text:
            raise ValidationError("required", field="treatment_other")
        if len(text) > TREATMENT_OTHER_MAX or v._has_control(text.replace("\n", " ")):
            raise ValidationError("invalid", field="treatment_other")


def check_safety(draft: IntakeDraft) -> None:
    for item in checklists().safety_items:
        if item.id not in draft.safety:
            raise ValidationError("required", field=item.id)


def check_consent(draft: IntakeDraft) -> None:
    if not draft.consent_given:
        raise ValidationError("required", field="consent")
    if not draft.signature_svg.strip():
        raise ValidationError("required", field="signature")


# names: clean_name turns tabs and line breaks into spaces, so they are not refused here
_TEXT_FIELDS = (("first_name", True), ("last_name", True), ("phone", False), ("email", False),
                ("treatment_other", True), ("signature_svg", True), ("language", False))


def check_texts(draft: IntakeDraft) -> None:
    """No text of the draft holds NUL, a lone surrogate or a control character (the field is
    named); run before anything is stored, early saves included."""
    for name, multiline in _TEXT_FIELDS:
        value = getattr(draft, name)
        if value is not None and not isinstance(value, str):
            raise ValidationError("invalid", field=name)
        v.check_text(value or "", "signature" if name == "signature_svg" else name,
                     multiline=multiline)
    if len(draft.language or "") > 10:
        raise ValidationError("too_long", field="language")


def check_all(draft: IntakeDraft, region: str) -> None:
    check_texts(draft)
    check_identity(draft, region)
    check_pain(draft)
    for group in ("symptoms", "causes", "treatments", "side_effects"):
        check_checklist(draft, group)
    check_safety(draft)
    check_consent(draft)


def _known(group: str, chosen: set[str]) -> None:
    ids = {i.id for i in checklists().group(group)}
    if not chosen <= ids:
        raise ValidationError("unknown_item", field=group)


# --------------------------------------------------------------------------- writing


def _row_values(draft: IntakeDraft) -> dict[str, object]:
    return {
        "first_name": draft.first_name,
        "last_name": draft.last_name,
        "date_of_birth": draft.date_of_birth,
        "phone": draft.phone,
        "email": draft.email,
        "pain_since_value": draft.pain_since_value,
        "pain_since_unit": draft.pain_since_unit if draft.pain_since_value is not None else "",
        "pain_now": draft.pain_now,
        "peg_pain": draft.peg_pain,
        "peg_enjoyment": draft.peg_enjoyment,
        "peg_activity": draft.peg_activity,
        "treatment_other": draft.treatment_other.strip() if "other" in draft.treatments else "",
        "consent_given": draft.consent_given,
        "signature_svg": draft.signature_svg,
        "language": draft.language,
        "urgent": draft.urgent,
    }


def _answer_rows(intake_id: int, draft: IntakeDraft) -> list[dict[str, object]]:
    rows = [
        {"intake": intake_id, "group": ANSWER_GROUP[group], "item": item, "value": "yes"}
        for group in CHECKLIST_GROUPS
        for item in sorted(draft.group(group))
    ]
    lists = checklists()
    for group in SAFETY_GROUPS:
        for item in lists.group(group):
            if item.id in draft.safety:
                rows.append({"intake": intake_id, "group": ANSWER_GROUP[group], "item": item.id,
                             "value": "yes" if draft.safety[item.id] else "no"})
    rows += [{"intake": intake_id, "group": WITHDRAWN_GROUP, "item": item, "value": "yes"}
             for item in sorted(draft.urgent_withdrawn)]
    return rows


def _store(draft: IntakeDraft, values: dict[str, object], existing_id: int | None,
           key: str | None = None, *, completes: bool = True) -> int:
    """Inserts or updates the intake and its answers in one transaction.

    With a `key`, the row already holding that key is the one written: a completed row is
    returned unchanged (a retry of a delivery that did commit), an early-saved one is completed
    (`completes`) or refreshed. Two writers racing with the same key: the UNIQUE index lets one
    insert, the other finds its row and tries once more."""
    try:
        return _store_once(draft, values, existing_id, key, completes)
    except peewee.IntegrityError:
        if key is None or _id_for_key(key) is None:
            raise
        return _store_once(draft, values, existing_id, key, completes)


def _id_for_key(key: str) -> int | None:
    return Intake.select(Intake.id).where(Intake.idempotency_key == key).scalar()


def _store_once(draft: IntakeDraft, values: dict[str, object], existing_id: int | None,
                key: str | None, completes: bool) -> int:
    with db.write():
        if key is not None:
            found = (Intake.select(Intake.id, Intake.complete)
                     .where(Intake.idempotency_key == key).tuples().first())
            if found is not None:
                found_id, complete = found
                if complete:
                    return found_id  # delivered before: the same intake, never a second one
                existing_id = found_id
                values = {k: v for k, v in values.items()
                          if k not in ("submitted_at", "received_at")}
                if completes:
                    values["urgent"] = True  # the desk was alerted by the early save
        if existing_id is None:
            intake_id = Intake.insert(**values).execute()
        else:
            updated = Intake.update(**values).where(Intake.id == existing_id).execute()
            if not updated:
                raise ValidationError("not_found", field="intake")
            IntakeAnswer.delete().where(IntakeAnswer.intake == existing_id).execute()
            intake_id = existing_id
        rows = _answer_rows(intake_id, draft)
        if rows:
            IntakeAnswer.insert_many(rows).execute()
    # ids and counts only: never a name, date of birth, phone or answer
    log.info("intake %d stored (%s, %d answers, %s)", intake_id, values.get("source"), len(rows),
             "complete" if values.get("complete") else "incomplete")
    return intake_id


_SOURCES = {IntakeSource.kiosk: access.KIOSK, IntakeSource.desk: access.PATIENTS}


@access.guarded(_SOURCES, "entered_by", by="source")
def submit_intake(draft: IntakeDraft, *, source: str = IntakeSource.kiosk, entered_by: int | None,
                  existing_id: int | None = None, region: str | None = None,
                  key: str | None = None, sent_at: dt.datetime | None = None) -> int:
    """`entered_by`: the kiosk's device identity (source kiosk) or the staff member entering it
    at the desk (source desk); each may only submit as its own kind. Checks every answer and saves the intake with its answers in one transaction; returns its
    id. With `existing_id` (an intake saved early by an urgent answer) that same row is
    completed. With `key` (the kiosk's idempotency key) a retry returns the intake the first
    try saved, and an early save made with the same key is completed; `sent_at` is when the
    patient sent it (a queued intake reaches the database later). Raises ValidationError
    (nothing saved) or StorageError (nothing saved)."""
    if source not in tuple(IntakeSource):
        raise ValidationError("invalid", field="source")
    if region is None:
        from intake.clinic import default_region

        region = default_region()
    check_all(draft, region)
    values = _row_values(draft)
    values.update(source=source, entered_by=entered_by, complete=True)
    if key is not None:
        values["idempotency_key"] = _checked_key(key)
    if existing_id is None:
        now = _now()
        values["submitted_at"] = _sent_time(sent_at, now)
        values["received_at"] = now
    else:
        values["urgent"] = True  # once the desk was alerted, the intake stays marked urgent
    return _store(draft, values, existing_id, values.get("idempotency_key"))


@access.guarded(_SOURCES, "entered_by", by="source")
def save_urgent_early(draft: IntakeDraft, *, source: str = IntakeSource.kiosk, entered_by: int | None,
                      existing_id: int | None = None, key: str | None = None,
                      sent_at: dt.datetime | None = None) -> int:
    """Saves what the patient answered so far, marked urgent and incomplete, so the desk is
    alerted at once. Identity fields were checked on their step; nothing else is required
    (but no text may hold unsafe characters: check_texts).
    With `key`, an intake already completed under that key is left as it is."""
    check_texts(draft)
    values = _row_values(draft)
    values.update(source=source, entered_by=entered_by, urgent=True, complete=False,
                  consent_given=False, signature_svg="")
    if key is not None:
        values["idempotency_key"] = _checked_key(key)
    if existing_id is None:
        now = _now()
        values["submitted_at"] = _sent_time(sent_at, now)
        values["received_at"] = now
    return _store(draft, values, existing_id, values.get("idempotency_key"), completes=False)


def _checked_key(key: str) -> str:
    if not isinstance(key, str) or not 8 <= len(key) <= 64 or not key.replace("-", "").isalnum():
        raise ValidationError("invalid", field="idempotency_key")
    return key


def _sent_time(sent_at: dt.datetime | None, now: dt.datetime) -> dt.datetime:
    """When the patient sent it; never later than now (a kiosk clock running ahead)."""
    if sent_at is None:
        return now
    return min(sent_at.replace(microsecond=0), now)


def withdraw_urgent_answer(draft: IntakeDraft, item: str, *, intake_id: int | None,
                           source: str = IntakeSource.kiosk, entered_by: int | None = None) -> int | None:
    """The patient says an urgent "yes" was a mistake: the answer is cleared from the draft (the
    question must be answered again) and, when the desk was already alerted (`intake_id`), the
    saved intake records the withdrawal. The intake stays urgent: staff still check. Returns the
    intake id (None when nothing had been saved). Writing to a saved intake needs the kiosk's
    identity (or, source desk, the staff member) in `entered_by`, as `save_urgent_early`."""
    if intake_id is not None:
        access.require(entered_by, _SOURCES.get(source, access.KIOSK))
    if item not in checklists().urgent_ids():
        raise ValidationError("invalid", field="safety")
    draft.safety.pop(item, None)
    draft.urgent_withdrawn.add(item)
    if intake_id is None:
        return None
    from intake import audit

    with db.write():
        saved = save_urgent_early(draft, source=source, entered_by=entered_by,
                                  existing_id=intake_id)
        audit.record("urgent_answer_withdrawn", staff_id=entered_by, intake_id=saved, detail=item)
    log.info("intake %d: urgent answer withdrawn by the patient", saved)
    return saved


# the rule holds when a saved intake is written to (a draft-only withdrawal needs no one)
withdraw_urgent_answer.__access__ = (_SOURCES, "entered_by", "source")  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- reading


@access.guarded(access.PATIENTS)
def load_intake(intake_id: int, *, staff_id: int | None) -> IntakeRecord:
    """A stored intake with all its answers (for the desk). Raises ValidationError not_found."""
    row = Intake.get_or_none(Intake.id == intake_id)
    if row is None:
        raise ValidationError("not_found", field="intake")
    draft = IntakeDraft(
        first_name=row.first_name, last_name=row.last_name, date_of_birth=row.date_of_birth,
        phone=row.phone, email=row.email, pain_since_value=row.pain_since_value,
        pain_since_unit=row.pain_since_unit, pain_now=row.pain_now, peg_pain=row.peg_pain,
        peg_enjoyment=row.peg_enjoyment, peg_activity=row.peg_activity,
        treatment_other=row.treatment_other, consent_given=row.consent_given,
        signature_svg=row.signature_svg, language=row.language,
    )
    by_answer_group = {stored: group for group, stored in ANSWER_GROUP.items()}
    for answer in IntakeAnswer.select().where(IntakeAnswer.intake == intake_id):
        group = by_answer_group.get(answer.group)
        if answer.group == WITHDRAWN_GROUP:
            draft.urgent_withdrawn.add(answer.item)
        elif group in SAFETY_GROUPS:
            draft.safety[answer.item] = answer.value == "yes"
        elif group is not None:
            draft.group(group).add(answer.item)
    return IntakeRecord(
        id=row.id, draft=draft, submitted_at=row.submitted_at, source=row.source,
        entered_by_id=row.entered_by_id, status=row.status, urgent=row.urgent,
        complete=row.complete, patient_id=row.patient_id,
    )
