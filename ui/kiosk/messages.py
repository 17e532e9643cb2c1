"""Plain-word messages for the codes intake/ raises. Every string goes through tr()."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from intake.errors import BackCareError, StorageError, ValidationError


def _tr(text: str) -> str:
    return QCoreApplication.translate("KioskMessages", text)


def field_name(field: str | None) -> str:
    names = {
        "first_name": _tr("your first name"),
        "last_name": _tr("your last name"),
        "date_of_birth": _tr("your date of birth"),
        "phone": _tr("your mobile phone number"),
        "email": _tr("your email address"),
        "regions": _tr("where it hurts"),
        "pain_since": _tr("how long you have had the pain"),
        "pain_since_unit": _tr("days, weeks or months"),
        "pain_now": _tr("your pain right now"),
        "peg_pain": _tr("your average pain"),
        "peg_enjoyment": _tr("how pain affects enjoyment of life"),
        "peg_activity": _tr("how pain affects your general activity"),
        "symptoms": _tr("your symptoms"),
        "causes": _tr("what may have caused it"),
        "treatments": _tr("your current treatments"),
        "treatment_other": _tr("the other treatment"),
        "consent": _tr("your consent"),
        "signature": _tr("your signature"),
    }
    return names.get(field or "", _tr("this question"))


def error_text(error: BackCareError) -> str:
    """One plain sentence for a ValidationError (naming the field) or a StorageError."""
    if isinstance(error, StorageError):
        return _tr("We could not save your answers — please tell reception.")
    field, code = error.field, error.code
    specific = {
        ("date_of_birth", "future"): _tr("The date of birth cannot be in the future."),
        ("date_of_birth", "too_old"): _tr("Please check the year of birth."),
        ("date_of_birth", "invalid"): _tr("This date does not exist. Please check the day and "
                                          "the month."),
        ("phone", "invalid"): _tr("Please check your mobile number. It should look like "
                                  "07911 123456, or start with + and the country code."),
        ("email", "invalid"): _tr("Please check your email address, like name@example.com. "
                                  "You can also leave it empty."),
        ("consent", "required"): _tr("Please tick the box to agree, so we can treat you."),
        ("signature", "required"): _tr("Please sign in the box."),
        ("treatment_other", "required"): _tr("Please write which other treatment you use."),
        ("pain_since", "invalid"): _tr("Please enter a number."),
        ("pain_since", "required"): _tr("Please enter how many days, weeks or months."),
        ("pain_since", "unit_required"): _tr("Please tap days, weeks or months."),
        ("pain_since", "out_of_range"): _tr("Please check the number: that is longer than a "
                                            "lifetime."),
        ("regions", "required"): _tr("Please tap at least one place where it hurts."),
    }
    if (field, code) in specific:
        return specific[(field, code)]
    name = field_name(field)
    if code == "required":
        return _tr("Please answer: {what}.").format(what=name)
    if code == "too_long":
        return _tr("This is too long: {what}.").format(what=name)
    if code == "no_letters":
        return _tr("Please use letters for {what}.").format(what=name)
    if code == "exclusive":
        return _tr("\"Not sure\" or \"None\" cannot be ticked with other answers.")
    if code == "out_of_range":
        return _tr("Please check {what}.").format(what=name)
    return _tr("Please check {what}.").format(what=name)


def is_validation(error: BaseException) -> bool:
    return isinstance(error, ValidationError)
