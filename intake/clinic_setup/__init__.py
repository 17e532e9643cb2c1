"""Clinic setup, a module per topic (base, details, hours, people, rooms): details, appointment lengths, opening hours, closures, public holidays,
practitioners (working hours, time off) and rooms.

Every function takes `by_staff_id`, the acting account: reading needs the settings_read rule
(admin, front desk, practitioner; never a kiosk), every change an active admin
(`NotAllowedError("admin_only")`). Input problems raise
`ValidationError(code, field)`; fields are named so the settings screen can put the message next
to the right control:

- clinic_name, address, phone, country, region: required, too_long, unknown_country,
  unknown_region
- consultation_minutes, treatment_minutes (5-240), course_length (1-40), idle_lock_minutes
  (1-120): out_of_range (details: minimum, maximum)
- opening_hours.<weekday>, hours.<weekday> (0 = Monday): bad_time, end_before_start, overlap,
  bad_weekday
- closure_first_day / closure_last_day: required, end_before_start, too_long (over 366 days)
- practitioner_name, room_name: required, too_long, taken; colour: bad_colour
- time_off_ends: end_before_start; time_off_starts: required
- practitioner / room / closure / time_off: not_found

Times of day are minutes after midnight (0-1440). Periods are (start, end) tuples.
"""

from __future__ import annotations

from intake.clinic_setup.base import (  # noqa: F401 - the package's API
    COLOUR_RE,
    COURSE_LIMITS,
    IDLE_LIMITS,
    LENGTH_LIMITS,
    MAX_BUFFER_MINUTES,
    MAX_CLOSURE_DAYS,
    MINUTES_IN_DAY,
    Period,
    can_edit,
    check_periods,
    format_periods,
    format_time,
    parse_periods,
    parse_time,
)
from intake.clinic_setup.details import (  # noqa: F401 - the package's API
    regions_of,
    set_kiosk_language,
    supported_countries,
    update_clinic_details,
    update_lengths,
)
from intake.clinic_setup.hours import (  # noqa: F401 - the package's API
    Holiday,
    add_closure,
    list_closures,
    opening_hours,
    public_holidays,
    remove_closure,
    set_holiday_open,
    set_opening_hours,
    upcoming_holidays,
)
from intake.clinic_setup.people import (  # noqa: F401 - the package's API
    add_practitioner,
    add_time_off,
    list_practitioners,
    list_time_off,
    practitioner_hours,
    remove_time_off,
    set_practitioner_hours,
    update_practitioner,
)
from intake.clinic_setup.rooms import (  # noqa: F401 - the package's API
    add_room,
    list_rooms,
    update_room,
)
from intake.models import DEFAULT_PRACTITIONER_COLOUR  # noqa: F401 - the settings screen's default
