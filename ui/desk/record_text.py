"""Words the desk's patient screens share: field names, error sentences, statuses, safety badges.

Checklist labels come from the clinic's content (intake.content); the short badge names and
everything else are translated here.
"""

from __future__ import annotations

import datetime as dt
import functools

import phonenumbers
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from intake import clinic as clinic_mod
from intake.arrivals import Badge
from intake.content import checklists
from intake.errors import BackCareError, StorageError

_CONTEXT = "DeskRecords"

BADGE_STYLE = {
    "urgent": "background:#b71c1c; color:white;",
    "withdrawn": "background:#ffffff; color:#b71c1c; border:2px solid #b71c1c;",
    "blocks": "background:#e65100; color:white;",
    "red_flag": "background:#ffe0b2; color:#5d2c00;",
    "precaution": "background:#e3f2fd; color:#0d3c78;",
}
GROUP_OF = {"red_flag": "red_flags", "contraindication": "contraindications"}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def field_name(field: str | None) -> str:
    names = {
        "first_name": tr("First name"),
        "last_name": tr("Last name"),
        "date_of_birth": tr("Date of birth"),
        "phone": tr("Phone"),
        "email": tr("Email"),
        "status": tr("Status"),
        "patient": tr("Patient"),
        "intake": tr("Intake"),
        "course": tr("Course"),
        "merge": tr("Merge"),
    }
    return names.get(field or "", tr("This"))


def error_text(exc: BackCareError) -> str:
    """One clear sentence naming the field; never internal names or a traceback."""
    if isinstance(exc, StorageError):
        return {
            "locked": tr("The database is busy. Please try again in a moment."),
            "disk_full": tr("The disk is full: nothing was saved."),
            "read_only": tr("The database is read-only: nothing was saved."),
        }.get(exc.code, tr("The database cannot be reached: nothing was saved."))
    field = field_name(exc.field)
    texts = {
        "required": tr("{field} is required."),
        "too_long": tr("{field} is too long."),
        "invalid": tr("{field} is not valid."),
        "no_letters": tr("{field} must contain letters."),
        "future": tr("{field} cannot be in the future."),
        "too_old": tr("{field} is more than 120 years ago."),
        "already_matched": tr("This intake already belongs to a patient."),
        "not_found": tr("{field} was removed meanwhile."),
        "likely_duplicate": tr("A record that looks like this person was just added: check the "
                               "list before creating a new patient."),
        "admin_only": tr("Only an active admin can do this."),
        "disabled": tr("Your account has been disabled: ask an admin."),
        "no_actor": tr("Nobody is signed in here: sign in again."),
        "unknown_actor": tr("Nobody is signed in here: sign in again."),
        "same_record": tr("Choose two different records to merge."),
        "already_merged": tr("One of these records has already been merged: reload and check."),
        "both_active_courses": tr("Both records have an active course: stop one of the courses "
                                  "first, then merge."),
        "already_reversed": tr("This merge has already been reversed."),
        "kept_merged_since": tr("The record this one was merged into has since been merged "
                                "itself: reverse that merge first."),
    }
    if exc.field == "date_of_birth" and exc.code == "invalid":
        return tr("Date of birth is not valid: write it as dd/mm/yyyy.")
    if exc.field == "phone" and exc.code == "invalid":
        return tr("Phone is not a valid number: check the digits (e.g. 07911 123456 or +44 …).")
    if exc.field == "email" and exc.code == "invalid":
        return tr("Email is not valid: write it like name@example.com.")
    return texts.get(exc.code, tr("{field} could not be saved.")).format(field=field)


def style_error(label: QLabel) -> None:
    label.setObjectName("errorText")
    label.setStyleSheet("color:#b71c1c;")
    label.setWordWrap(True)
    label.hide()


def status_text(status: str) -> str:
    return {
        "waiting": tr("Waiting"),
        "with_staff": tr("With staff"),
        "booked": tr("Booked"),
        "sent_away": tr("Sent away"),
    }.get(status, status)


def date_text(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else "—"


def age_text(born: dt.date | None, today: dt.date | None = None) -> str:
    if born is None:
        return ""
    today = today or clinic_mod.today()
    years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    return tr("{years} y").format(years=years)


@functools.lru_cache(maxsize=8192)
def phone_text(e164: str) -> str:
    """The stored E.164 number in international format, easy to read back (cached: the search
    shows the same numbers keystroke after keystroke)."""
    if not e164:
        return "—"
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def item_label(group: str, item: str) -> str:
    """The clinic's label of a checklist item (group as stored: region, red_flag, ...)."""
    from intake.content import ANSWER_GROUP

    plural = {v: k for k, v in ANSWER_GROUP.items()}.get(group, group)
    try:
        return checklists().item(plural, item).label
    except (KeyError, AttributeError):
        return item.replace("_", " ")


def badge_text(badge: Badge) -> str:
    short = {
        "ce_bladder_bowel": tr("Bladder or bowel change"),
        "ce_saddle_numbness": tr("Saddle numbness"),
        "ce_sexual": tr("New sexual dysfunction"),
        "ce_both_legs": tr("Both legs affected"),
        "cancer_history": tr("History of cancer"),
        "weight_loss": tr("Unexplained weight loss"),
        "fever_unwell": tr("Fever or unwell"),
        "recent_trauma": tr("Recent fall or injury"),
        "osteoporosis_steroids": tr("Osteoporosis or steroids"),
        "ivdu_immune": tr("IV drugs or weak immunity"),
        "night_pain": tr("Night or rest pain"),
        "progressive_leg_weakness": tr("Leg getting weaker"),
        "over_50_new_pain": tr("Over 50, new pain"),
        "implanted_device": tr("Implanted device: no electro"),
        "pregnancy": tr("Pregnant"),
        "bleeding_anticoagulant": tr("Bleeding risk or blood thinners"),
        "epilepsy": tr("Epilepsy"),
        "metal_implants": tr("Metal implants"),
        "needle_fear_fainting": tr("Needle fear or fainting"),
    }
    if badge.kind == "withdrawn":
        name = short.get(badge.item) or item_label("red_flag", badge.item)
        return tr("Withdrawn by the patient: {sign} (please check)").format(sign=name)
    text = short.get(badge.item) or item_label(badge.group, badge.item)
    return ("⚠ " + text) if badge.kind in ("urgent", "blocks") else text


def badge_label(badge: Badge) -> QLabel:
    """A small coloured label; the colour is never the only cue (text and tooltip say it)."""
    label = QLabel(badge_text(badge))
    label.setObjectName(f"badge_{badge.kind}")
    label.setStyleSheet(BADGE_STYLE[badge.kind] + "border-radius:4px; padding:2px 6px;")
    kind = {"urgent": tr("Urgent red flag"), "withdrawn": tr("Urgent answer withdrawn"),
            "blocks": tr("Contraindication"),
            "red_flag": tr("Red flag"), "precaution": tr("Precaution")}[badge.kind]
    label.setToolTip(f"{kind}: {item_label('red_flag' if badge.kind == 'withdrawn' else badge.group, badge.item)}")
    label.setAccessibleName(f"{kind}: {badge_text(badge)}")
    return label
