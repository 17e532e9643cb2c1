"""The rules for what a patient types: names, date of birth, phone (E.164), email, pain duration.

Shared by the kiosk and the desk, so both accept exactly the same values. Every function returns
the value as it will be stored, or raises `ValidationError(code, field=...)`; never UI wording.

codes: required, too_long, invalid, no_letters, future, too_old, out_of_range
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import TYPE_CHECKING

from intake.errors import ValidationError

if TYPE_CHECKING:
    import phonenumbers

NAME_MAX = 200  # Patient.first_name / Intake.first_name
EMAIL_MAX = 254
PHONE_INPUT_MAX = 40
MAX_AGE_YEARS = 120
PAIN_UNITS = ("days", "weeks", "months")
DAYS_PER_UNIT = {"days": 1.0, "weeks": 7.0, "months": 365.25 / 12}
ACUTE_WEEKS = 6  # acute: under 6 weeks
CHRONIC_WEEKS = 12  # chronic: over 12 weeks; 6 to 12 weeks is subacute
MAX_PAIN_SINCE_DAYS = 366 * MAX_AGE_YEARS

# Joiners some scripts need inside a name (Persian, Indic); every other format/control is refused.
_ALLOWED_FORMAT = {"\u200c", "\u200d"}
_SPACES = re.compile(r"\s+")
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_EMAIL_FORBIDDEN = set('<>()[]\\,;:"')


def _has_control(text: str) -> bool:
    """Control, format (except joiners), surrogate, private-use or unassigned characters."""
    for ch in text:
        category = unicodedata.category(ch)
        if category[0] == "C" and ch not in _ALLOWED_FORMAT:
            return True
    return False


def check_text(value: object, field: str, *, multiline: bool = False) -> str:
    """Refuse what no text field may hold, naming `field`: a non-string (`invalid`), NUL, lone
    surrogates, control and format characters (`bad_characters`; tab and line breaks allowed when
    `multiline`). Returns `value` unchanged. PostgreSQL refuses NUL and every encoder refuses a
    lone surrogate: they must never reach the database or a hash."""
    if not isinstance(value, str):
        raise ValidationError("invalid", field=field)
    if value.isascii() and value.isprintable():
        return value
    allowed = {"\t", "\n", "\r"} if multiline else set()
    for ch in value:
        if ch in allowed or ch in _ALLOWED_FORMAT:
            continue
        if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn"):
            raise ValidationError("bad_characters", field=field)
    return value


def clean_text(value: object, field: str, *, max_length: int, required: bool = False,
               multiline: bool = False) -> str:
    """A free text (a reason, a note, a room's name ...): safe characters (`check_text`), NFC,
    trimmed, at most `max_length` characters after that; `required` refuses an empty one."""
    if value is None and not required:
        return ""
    text = unicodedata.normalize("NFC", check_text(value, field, multiline=multiline)).strip()
    if required and not text:
        raise ValidationError("required", field=field)
    if len(text) > max_length:
        raise ValidationError("too_long", field=field, maximum=max_length)
    return text


def clean_name(value: object, field: str = "name") -> str:
    """A first or last name: trimmed, inner runs of spaces made one, NFC; any script is fine.

    Must hold at least one letter; no control characters; at most 200 characters."""
    if value is None:
        raise ValidationError("required", field=field)
    if not isinstance(value, str):
        raise ValidationError("invalid", field=field)
    if _has_control(value.replace("\t", " ").replace("\n", " ")):
        raise ValidationError("invalid", field=field)
    text = _SPACES.sub(" ", unicodedata.normalize("NFC", value)).strip()
    if not text:
        raise ValidationError("required", field=field)
    if len(text) > NAME_MAX:
        raise ValidationError("too_long", field=field)
    if not any(unicodedata.category(ch).startswith("L") for ch in text):
        raise ValidationError("no_letters", field=field)
    return text


def _parse_date(value: object, field: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if not text:
            raise ValidationError("required", field=field)
        for fmt in _DATE_FORMATS:
            try:
                return dt.datetime.strptime(text, fmt).date()
            except ValueError:
                continue
    if value is None:
        raise ValidationError("required", field=field)
    raise ValidationError("invalid", field=field)


def clean_date_of_birth(value: object, today: dt.date | None = None,
                        field: str = "date_of_birth") -> dt.date:
    """A date of birth: not in the future, at most 120 years ago. Accepts a date or
    "YYYY-MM-DD" / "DD/MM/YYYY" text."""
    born = _parse_date(value, field)
    if today is None:
        from intake import clinic  # noqa: PLC0415 - the clinic's record imports validation's users

        today = clinic.today()
    if born > today:
        raise ValidationError("future", field=field)
    if age_on(born, today) > MAX_AGE_YEARS:
        raise ValidationError("too_old", field=field)
    return born


def age_on(born: dt.date, day: dt.date) -> int:
    """Whole years between `born` and `day`."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def clean_phone(value: object, region: str = "GB", field: str = "phone", *,
                required: bool = True) -> str:
    """A phone number in E.164 ("+447700900123"). National numbers are read in `region`."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError("required", field=field)
        return ""
    if not isinstance(value, str):
        raise ValidationError("invalid", field=field)
    text = value.strip()
    if len(text) > PHONE_INPUT_MAX or _has_control(text):
        raise ValidationError("invalid", field=field)
    import phonenumbers  # its metadata takes ~10 ms to load: not before the first number

    try:
        number = phonenumbers.parse(text, (region or "GB").upper())
    except phonenumbers.NumberParseException as exc:
        raise ValidationError("invalid", field=field) from exc
    if not (phonenumbers.is_valid_number(number) or _is_drama_number(number)):
        raise ValidationError("invalid", field=field)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _is_drama_number(number: phonenumbers.PhoneNumber) -> bool:
    """Ofcom's mobile range for drama, 07700 900000-900999: rings nobody, so the demo data and
    staff training use it; phonenumbers calls it invalid."""
    national = str(number.national_number)
    return number.country_code == 44 and len(national) == 10 and national.startswith("7700900")


def clean_email(value: object, field: str = "email") -> str:
    """An email address, optional: "" stays "". Trimmed; must look like name@domain.tld."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError("invalid", field=field)
    text = value.strip()
    if not text:
        return ""
    if len(text) > EMAIL_MAX:
        raise ValidationError("too_long", field=field)
    if _has_control(text) or any(ch in _EMAIL_FORBIDDEN for ch in text) or not _EMAIL.match(text):
        raise ValidationError("invalid", field=field)
    local, _, domain = text.rpartition("@")
    if len(local) > 64 or ".." in text or domain.startswith((".", "-")) or local.startswith("."):
        raise ValidationError("invalid", field=field)
    return text


def clean_pain_since(value: object, unit: object, field: str = "pain_since") -> tuple[int, str]:
    """How long the pain has lasted: a whole number 0-… of days, weeks or months."""
    if value is None or value == "":
        raise ValidationError("required", field=field)
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValidationError("invalid", field=field)
    try:
        number = int(value)
    except ValueError as exc:
        raise ValidationError("invalid", field=field) from exc
    if unit not in PAIN_UNITS:
        raise ValidationError("required", field=f"{field}_unit")
    if number < 0 or number * DAYS_PER_UNIT[unit] > MAX_PAIN_SINCE_DAYS:
        raise ValidationError("out_of_range", field=field)
    return number, unit


def pain_duration(value: int, unit: str) -> str:
    """acute (under 6 weeks), subacute (6 to 12 weeks) or chronic (over 12 weeks).
    A month counts as 365.25 / 12 days, so "3 months" (about 13 weeks) is chronic."""
    weeks = value * DAYS_PER_UNIT[unit] / 7
    if weeks < ACUTE_WEEKS:
        return "acute"
    if weeks <= CHRONIC_WEEKS:
        return "subacute"
    return "chronic"


def clean_score(value: object, field: str) -> int:
    """A 0-10 pain score; None means not answered."""
    if value is None:
        raise ValidationError("required", field=field)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
        raise ValidationError("out_of_range", field=field)
    return value


def peg_score(pain: int, enjoyment: int, activity: int) -> float:
    """The PEG score: the mean of its three 0-10 items (Krebs 2009)."""
    return round((pain + enjoyment + activity) / 3, 1)
