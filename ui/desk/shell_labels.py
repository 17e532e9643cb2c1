"""Translated words for the desk shell: role names, audit actions, error messages per field."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from intake.errors import BackCareError, NotAllowedError, StorageError, ValidationError


def _t(text: str) -> str:
    return QCoreApplication.translate("DeskShell", text)


def role_label(role: str) -> str:
    return {"admin": _t("Admin"), "front_desk": _t("Front desk"),
            "practitioner": _t("Practitioner")}.get(role, role)


def action_label(action: str) -> str:
    labels = {
        "sign_in": _t("Signed in"),
        "sign_in_failed": _t("Sign-in refused"),
        "desk_locked": _t("Desk locked"),
        "staff_exit": _t("Kiosk staff exit"),
        "staff_exit_failed": _t("Kiosk exit refused"),
        "staff_created": _t("Staff account created"),
        "staff_enabled": _t("Staff account enabled"),
        "staff_disabled": _t("Staff account disabled"),
        "staff_role_changed": _t("Staff role changed"),
        "staff_secret_reset": _t("Password or PIN reset"),
        "patient_created": _t("Patient created"),
        "patient_changed": _t("Patient details changed"),
        "patient_merged": _t("Record merged in"),
        "patient_merged_into": _t("Merged into another record"),
        "patient_merge_reversed": _t("Merge reversed"),
        "backup_made": _t("Backup made at the desk"),
        "backup_settings_changed": _t("Backup settings changed"),
        "kiosk_refused_exported": _t("Undelivered kiosk intakes exported"),
    }
    return labels.get(action, action.replace("_", " ").capitalize())


_FIELDS = {
    "username": "Username",
    "display_name": "Name",
    "role": "Role",
    "password": "Password",
    "password_again": "Password again",
    "pin": "PIN",
    "clinic_name": "Clinic name",
    "staff": "Staff member",
}


def error_text(exc: BackCareError) -> str:
    """One clear sentence for a refused change, naming the field where there is one."""
    if isinstance(exc, NotAllowedError):
        return {
            "admin_only": _t("Only an active admin can do this."),
            "last_admin": _t("This is the last active admin: make another admin first."),
            "first_must_be_admin": _t("The first account must be an admin."),
        }.get(exc.code, _t("This is not allowed."))
    if isinstance(exc, StorageError):
        return _t("The database did not answer; nothing was changed. Try again.")
    if isinstance(exc, ValidationError):
        field = _t(_FIELDS.get(exc.field or "", "This field"))
        messages = {
            "required": _t("{field}: please fill this in."),
            "too_long": _t("{field}: this is too long."),
            "bad_characters": _t("{field}: letters, digits, dot, dash or underscore only (no spaces)."),
            "taken": _t("{field}: this username is already used."),
            "too_short": _t("{field}: too short."),
            "not_digits": _t("{field}: digits only (4 to 8)."),
            "unknown_role": _t("{field}: choose a role."),
            "mismatch": _t("{field}: the two passwords differ."),
            "already_set_up": _t("This clinic is already set up."),
            "not_found": _t("{field}: not found; reload the list."),
        }
        if exc.field == "password" and exc.code == "too_short":
            return _t("Password: at least {n} characters.").format(n=exc.details.get("minimum", 8))
        if exc.field == "pin" and exc.code in ("too_short", "too_long"):
            return _t("PIN: 4 to 8 digits.")
        return messages.get(exc.code, _t("{field}: not accepted.")).format(field=field)
    return _t("This could not be done.")
