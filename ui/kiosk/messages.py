"""Plain-word messages for the codes intake/ raises. Every string goes through tr()."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from intake.errors import BackCareError, StorageError, ValidationError


def field_name(field: str | None) -> str:
    names = {
        "first_name": QCoreApplication.translate("KioskMessages", "your first name"),
        "last_name": QCoreApplication.translate("KioskMessages", "your last name"),
        "date_of_birth": QCoreApplication.translate("KioskMessages", "your date of birth"),
        "phone": QCoreApplication.translate("KioskMessages", "your mobile phone number"),
        "email": QCoreApplication.translate("KioskMessages", "your email address"),
        "regions": QCoreApplication.translate("KioskMessages", "where it hurts"),
        "pain_since": QCoreApplication.translate("KioskMessages", "how long you have had the pain"),
        "pain_since_unit": QCoreApplication.translate("KioskMessages", "days, weeks or months"),
        "pain_now": QCoreApplication.translate("KioskMessages", "your pain right now"),
        "peg_pain": QCoreApplication.translate("KioskMessages", "your average pain"),
        "peg_enjoyment": QCoreApplication.translate("KioskMessages", "how pain affects enjoyment of life"),
        "peg_activity": QCoreApplication.translate("KioskMessages", "how pain affects your general activity"),
        "symptoms": QCoreApplication.translate("KioskMessages", "your symptoms"),
        "causes": QCoreApplication.translate("KioskMessages", "what may have caused it"),
        "treatments": QCoreApplication.translate("KioskMessages", "your current treatments"),
        "treatment_other": QCoreApplication.translate("KioskMessages", "the other treatment"),
        "consent": QCoreApplication.translate("KioskMessages", "your consent"),
        "signature": QCoreApplication.translate("KioskMessages", "your signature"),
    }
    return names.get(field or "", QCoreApplication.translate("KioskMessages", "this question"))


def error_text(error: BackCareError) -> str:
    """One plain sentence for a ValidationError (naming the field) or a StorageError."""
    if isinstance(error, StorageError):
        return QCoreApplication.translate("KioskMessages", "We could not save your answers — please tell reception.")
    field, code = error.field, error.code
    specific = {
        ("date_of_birth", "future"): QCoreApplication.translate("KioskMessages", "The date of birth cannot be in the future."),
        ("date_of_birth", "too_old"): QCoreApplication.translate("KioskMessages", "Please check the year of birth."),
        ("date_of_birth", "invalid"): QCoreApplication.translate("KioskMessages", "This date does not exist. Please check the day and "
                                          "the month."),
        ("phone", "invalid"): QCoreApplication.translate("KioskMessages", "Please check your mobile number. It should look like "
                                  "07911 123456, or start with + and the country code."),
        ("email", "invalid"): QCoreApplication.translate("KioskMessages", "Please check your email address, like name@example.com. "
                                  "You can also leave it empty."),
        ("consent", "required"): QCoreApplication.translate("KioskMessages", "Please tick the box to agree, so we can treat you."),
        ("signature", "required"): QCoreApplication.translate("KioskMessages", "Please sign in the box."),
        ("treatment_other", "required"): QCoreApplication.translate("KioskMessages", "Please write which other treatment you use."),
        ("pain_since", "invalid"): QCoreApplication.translate("KioskMessages", "Please enter a number."),
        ("pain_since", "required"): QCoreApplication.translate("KioskMessages", "Please enter how many days, weeks or months."),
        ("pain_since", "unit_required"): QCoreApplication.translate("KioskMessages", "Please tap days, weeks or months."),
        ("pain_since", "out_of_range"): QCoreApplication.translate("KioskMessages", "Please check the number: that is longer than a "
                                            "lifetime."),
        ("regions", "required"): QCoreApplication.translate("KioskMessages", "Please tap at least one place where it hurts."),
    }
    if (field, code) in specific:
        return specific[(field, code)]
    name = field_name(field)
    if code == "required":
        return QCoreApplication.translate("KioskMessages", "Please answer: {what}.").format(what=name)
    if code == "too_long":
        return QCoreApplication.translate("KioskMessages", "This is too long: {what}.").format(what=name)
    if code == "no_letters":
        return QCoreApplication.translate("KioskMessages", "Please use letters for {what}.").format(what=name)
    if code == "exclusive":
        return QCoreApplication.translate("KioskMessages", "\"Not sure\" or \"None\" cannot be ticked with other answers.")
    if code == "out_of_range":
        return QCoreApplication.translate("KioskMessages", "Please check {what}.").format(what=name)
    return QCoreApplication.translate("KioskMessages", "Please check {what}.").format(what=name)


def is_validation(error: BaseException) -> bool:
    return isinstance(error, ValidationError)
