"""Translated words for the desk shell: role names, audit actions, error messages per field."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from intake.vocabulary import Role


def role_label(role: str) -> str:
    return {Role.admin: QCoreApplication.translate("DeskShell", "Admin"), Role.front_desk: QCoreApplication.translate("DeskShell", "Front desk"),
            Role.practitioner: QCoreApplication.translate("DeskShell", "Practitioner")}.get(role, role)


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
        "backup_made": QCoreApplication.translate("DeskShell", "Backup made at the desk"),
        "backup_settings_changed": QCoreApplication.translate("DeskShell",
                                                              "Backup settings changed"),
        "kiosk_refused_exported": QCoreApplication.translate(
            "DeskShell", "Undelivered kiosk intakes exported"),
    }
    return labels.get(action, action.replace("_", " ").capitalize())



