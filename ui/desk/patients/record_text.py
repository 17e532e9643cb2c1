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
from intake.vocabulary import AnswerGroup, IntakeStatus
from ui import dates

_CONTEXT = "DeskRecords"

GROUP_OF = {AnswerGroup.red_flag: "red_flags", AnswerGroup.contraindication: "contraindications"}







def style_error(label: QLabel) -> None:
    label.setObjectName("errorText")
    label.setProperty("records", True)  # the patient screens' red (desk.qss)
    label.setWordWrap(True)
    label.hide()


def status_text(status: str) -> str:
    return {
        IntakeStatus.waiting: QCoreApplication.translate("DeskRecords", "Waiting"),
        IntakeStatus.with_staff: QCoreApplication.translate("DeskRecords", "With staff"),
        IntakeStatus.booked: QCoreApplication.translate("DeskRecords", "Booked"),
        IntakeStatus.sent_away: QCoreApplication.translate("DeskRecords", "Sent away"),
    }.get(status, status)


def date_text(day: dt.date | None) -> str:
    return dates.date_text(day)


def age_text(born: dt.date | None, today: dt.date | None = None) -> str:
    if born is None:
        return ""
    today = today or clinic_mod.today()
    years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    return QCoreApplication.translate("DeskRecords", "{years} y").format(years=years)


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
        "ce_bladder_bowel": QCoreApplication.translate("DeskRecords", "Bladder or bowel change"),
        "ce_saddle_numbness": QCoreApplication.translate("DeskRecords", "Saddle numbness"),
        "ce_sexual": QCoreApplication.translate("DeskRecords", "New sexual dysfunction"),
        "ce_both_legs": QCoreApplication.translate("DeskRecords", "Both legs affected"),
        "cancer_history": QCoreApplication.translate("DeskRecords", "History of cancer"),
        "weight_loss": QCoreApplication.translate("DeskRecords", "Unexplained weight loss"),
        "fever_unwell": QCoreApplication.translate("DeskRecords", "Fever or unwell"),
        "recent_trauma": QCoreApplication.translate("DeskRecords", "Recent fall or injury"),
        "osteoporosis_steroids": QCoreApplication.translate("DeskRecords", "Osteoporosis or steroids"),
        "ivdu_immune": QCoreApplication.translate("DeskRecords", "IV drugs or weak immunity"),
        "night_pain": QCoreApplication.translate("DeskRecords", "Night or rest pain"),
        "progressive_leg_weakness": QCoreApplication.translate("DeskRecords", "Leg getting weaker"),
        "over_50_new_pain": QCoreApplication.translate("DeskRecords", "Over 50, new pain"),
        "implanted_device": QCoreApplication.translate("DeskRecords", "Implanted device: no electro"),
        "pregnancy": QCoreApplication.translate("DeskRecords", "Pregnant"),
        "bleeding_anticoagulant": QCoreApplication.translate("DeskRecords", "Bleeding risk or blood thinners"),
        "epilepsy": QCoreApplication.translate("DeskRecords", "Epilepsy"),
        "metal_implants": QCoreApplication.translate("DeskRecords", "Metal implants"),
        "needle_fear_fainting": QCoreApplication.translate("DeskRecords", "Needle fear or fainting"),
    }
    if badge.kind == "withdrawn":
        name = short.get(badge.item) or item_label(AnswerGroup.red_flag, badge.item)
        return QCoreApplication.translate("DeskRecords", "Withdrawn by the patient: {sign} (please check)").format(sign=name)
    text = short.get(badge.item) or item_label(badge.group, badge.item)
    return ("⚠ " + text) if badge.kind in ("urgent", "blocks") else text


def badge_label(badge: Badge) -> QLabel:
    """A small label coloured by its kind (desk.qss); the colour is never the only cue (text
    and tooltip say it)."""
    label = QLabel(badge_text(badge))
    label.setObjectName(f"badge_{badge.kind}")
    kind = {"urgent": QCoreApplication.translate("DeskRecords", "Urgent red flag"), "withdrawn": QCoreApplication.translate("DeskRecords", "Urgent answer withdrawn"),
            "blocks": QCoreApplication.translate("DeskRecords", "Contraindication"),
            AnswerGroup.red_flag: QCoreApplication.translate("DeskRecords", "Red flag"), "precaution": QCoreApplication.translate("DeskRecords", "Precaution")}[badge.kind]
    label.setToolTip(f"{kind}: {item_label(AnswerGroup.red_flag if badge.kind == 'withdrawn' else badge.group, badge.item)}")
    label.setAccessibleName(f"{kind}: {badge_text(badge)}")
    return label
