"""Translated words for the desk shell: role names, audit actions, error messages per field."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from intake.errors import BackCareError, NotAllowedError, StorageError, ValidationError


def role_label(role: str) -> str:
    return {"admin": QCoreApplication.translate("DeskShell", "Admin"), "front_desk": QCoreApplication.translate("DeskShell", "Front desk"),
            "practitioner": QCoreApplication.translate("DeskShell", "Practitioner")}.get(role, role)


def action_label(action: str) -> str:
    labels = {
        "sign_in": QCoreApplication.translate("DeskShell", "Signed in"),
        "sign_in_failed": QCoreApplication.translate("DeskShell", "Sign-in refused"),
        "desk_locked": QCoreApplication.translate("DeskShell", "Desk locked"),
        "staff_exit": QCoreApplication.translate("DeskShell", "Kiosk staff exit"),
        "staff_exit_failed": QCoreApplication.translate("DeskShell", "Kiosk exit refused"),
        "staff_created": QCoreApplication.translate("DeskShell", "Staff account created"),
        "staff_enabled": QCoreApplication.translate("DeskShell", "Staff account enabled"),
        "staff_disabled": QCoreApplication.translate("DeskShell", "Staff account disabled"),
        "staff_role_changed": QCoreApplication.translate("DeskShell", "Staff role changed"),
        "staff_secret_reset": QCoreApplication.translate("DeskShell", "Password or PIN reset"),
        "patient_created": QCoreApplication.translate("DeskShell", "Patient created"),
        "patient_changed": QCoreApplication.translate("DeskShell", "Patient details changed"),
        "patient_merged": QCoreApplication.translate("DeskShell", "Record merged in"),
        "patient_merged_into": QCoreApplication.translate("DeskShell", "Merged into another record"),
        "patient_merge_reversed": QCoreApplication.translate("DeskShell", "Merge reversed"),
    }
    return labels.get(action, action.replace("_", " ").capitalize())


_FIELDS = {
    "username": QT_TRANSLATE_NOOP("DeskShell", "Username"),
    "display_name": QT_TRANSLATE_NOOP("DeskShell", "Name"),
    "role": QT_TRANSLATE_NOOP("DeskShell", "Role"),
    "password": QT_TRANSLATE_NOOP("DeskShell", "Password"),
    "password_again": QT_TRANSLATE_NOOP("DeskShell", "Password again"),
    "pin": QT_TRANSLATE_NOOP("DeskShell", "PIN"),
    "clinic_name": QT_TRANSLATE_NOOP("DeskShell", "Clinic name"),
    "staff": QT_TRANSLATE_NOOP("DeskShell", "Staff member"),
}


def error_text(exc: BackCareError) -> str:
    """One clear sentence for a refused change, naming the field where there is one."""
    if isinstance(exc, NotAllowedError):
        return {
            "admin_only": QCoreApplication.translate("DeskShell", "Only an active admin can do this."),
            "last_admin": QCoreApplication.translate("DeskShell", "This is the last active admin: make another admin first."),
            "first_must_be_admin": QCoreApplication.translate("DeskShell", "The first account must be an admin."),
        }.get(exc.code, QCoreApplication.translate("DeskShell", "This is not allowed."))
    if isinstance(exc, StorageError):
        return QCoreApplication.translate("DeskShell", "The database did not answer; nothing was changed. Try again.")
    if isinstance(exc, ValidationError):
        field = QCoreApplication.translate("DeskShell", _FIELDS.get(exc.field or "", QT_TRANSLATE_NOOP("DeskShell", "This field")))
        messages = {
            "required": QCoreApplication.translate("DeskShell", "{field}: please fill this in."),
            "too_long": QCoreApplication.translate("DeskShell", "{field}: this is too long."),
            "bad_characters": QCoreApplication.translate("DeskShell", "{field}: letters, digits, dot, dash or underscore only (no spaces)."),
            "taken": QCoreApplication.translate("DeskShell", "{field}: this username is already used."),
            "too_short": QCoreApplication.translate("DeskShell", "{field}: too short."),
            "not_digits": QCoreApplication.translate("DeskShell", "{field}: digits only (4 to 8)."),
            "unknown_role": QCoreApplication.translate("DeskShell", "{field}: choose a role."),
            "mismatch": QCoreApplication.translate("DeskShell", "{field}: the two passwords differ."),
            "already_set_up": QCoreApplication.translate("DeskShell", "This clinic is already set up."),
            "not_found": QCoreApplication.translate("DeskShell", "{field}: not found; reload the list."),
        }
        if exc.field == "password" and exc.code == "too_short":
            return QCoreApplication.translate("DeskShell", "Password: at least {n} characters.").format(n=exc.details.get("minimum", 8))
        if exc.field == "pin" and exc.code in ("too_short", "too_long"):
            return QCoreApplication.translate("DeskShell", "PIN: 4 to 8 digits.")
        return messages.get(exc.code, QCoreApplication.translate("DeskShell", "{field}: not accepted.")).format(field=field)
    return QCoreApplication.translate("DeskShell", "This could not be done.")
