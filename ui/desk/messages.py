"""The desk's one catalogue of sentences for what intake/ refuses: every error code a desk screen
can meet, one wording each, named by field where there is one (issue 10).

`error_text(exc)` is the only way a desk screen words a refusal; the kiosk has its own catalogue
for patients (ui/kiosk/messages.py) and the command line its one-line wording
(ui/commands/backup_texts.py). Every sentence is written at its place with
`QCoreApplication.translate("DeskMessages", …)` or `QT_TRANSLATE_NOOP` so lupdate finds it.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from intake.clinic_setup import DEFAULT_PRACTITIONER_COLOUR
from intake.errors import BackCareError, StorageError
from intake.vocabulary import Refusal

_CONTEXT = "DeskMessages"

FIELD_NAMES = {
    "first_name": QT_TRANSLATE_NOOP("DeskMessages", "First name"),
    "last_name": QT_TRANSLATE_NOOP("DeskMessages", "Last name"),
    "date_of_birth": QT_TRANSLATE_NOOP("DeskMessages", "Date of birth"),
    "phone": QT_TRANSLATE_NOOP("DeskMessages", "Phone"),
    "email": QT_TRANSLATE_NOOP("DeskMessages", "Email"),
    "status": QT_TRANSLATE_NOOP("DeskMessages", "Status"),
    "patient": QT_TRANSLATE_NOOP("DeskMessages", "Patient"),
    "intake": QT_TRANSLATE_NOOP("DeskMessages", "Intake"),
    "course": QT_TRANSLATE_NOOP("DeskMessages", "Course"),
    "merge": QT_TRANSLATE_NOOP("DeskMessages", "Merge"),
    "username": QT_TRANSLATE_NOOP("DeskMessages", "Username"),
    "display_name": QT_TRANSLATE_NOOP("DeskMessages", "Name"),
    "role": QT_TRANSLATE_NOOP("DeskMessages", "Role"),
    "password": QT_TRANSLATE_NOOP("DeskMessages", "Password"),
    "old_password": QT_TRANSLATE_NOOP("DeskMessages", "Current password"),
    "password_again": QT_TRANSLATE_NOOP("DeskMessages", "Password again"),
    "pin": QT_TRANSLATE_NOOP("DeskMessages", "PIN"),
    "clinic_name": QT_TRANSLATE_NOOP("DeskMessages", "Clinic name"),
    "clinic": QT_TRANSLATE_NOOP("DeskMessages", "Clinic"),
    "staff": QT_TRANSLATE_NOOP("DeskMessages", "Staff member"),
    "country": QT_TRANSLATE_NOOP("DeskMessages", "Country"),
    "region": QT_TRANSLATE_NOOP("DeskMessages", "Holiday region"),
    "timezone": QT_TRANSLATE_NOOP("DeskMessages", "Time zone"),
    "language": QT_TRANSLATE_NOOP("DeskMessages", "Language"),
    "practitioner": QT_TRANSLATE_NOOP("DeskMessages", "Practitioner"),
    "colour": QT_TRANSLATE_NOOP("DeskMessages", "Colour"),
    "buffer_minutes": QT_TRANSLATE_NOOP("DeskMessages", "Buffer"),
    "closure": QT_TRANSLATE_NOOP("DeskMessages", "Closure"),
    "closure_first_day": QT_TRANSLATE_NOOP("DeskMessages", "First closed day"),
    "closure_last_day": QT_TRANSLATE_NOOP("DeskMessages", "Last closed day"),
    "time_off": QT_TRANSLATE_NOOP("DeskMessages", "Time off"),
    "time_off_starts": QT_TRANSLATE_NOOP("DeskMessages", "Time off from"),
    "time_off_ends": QT_TRANSLATE_NOOP("DeskMessages", "Time off until"),
    "reason": QT_TRANSLATE_NOOP("DeskMessages", "Reason"),
    "sessions": QT_TRANSLATE_NOOP("DeskMessages", "Sessions"),
    "pattern": QT_TRANSLATE_NOOP("DeskMessages", "Pattern"),
    "kind": QT_TRANSLATE_NOOP("DeskMessages", "Course type"),
    "start": QT_TRANSLATE_NOOP("DeskMessages", "Start"),
    "starts_at": QT_TRANSLATE_NOOP("DeskMessages", "Time"),
    "appointment": QT_TRANSLATE_NOOP("DeskMessages", "Appointment"),
    "folder": QT_TRANSLATE_NOOP("DeskMessages", "Backup folder"),
    "passphrase": QT_TRANSLATE_NOOP("DeskMessages", "Passphrase"),
    "treatment_other": QT_TRANSLATE_NOOP("DeskMessages", "Other treatment"),
}
THIS = QT_TRANSLATE_NOOP("DeskMessages", "This")

# one sentence per refusal code, "{field}" where it names the field
VALIDATION = {
    "required": QT_TRANSLATE_NOOP("DeskMessages", "{field}: please fill this in."),
    "too_long": QT_TRANSLATE_NOOP("DeskMessages", "{field}: this is too long."),
    "too_short": QT_TRANSLATE_NOOP("DeskMessages", "{field}: too short."),
    "invalid": QT_TRANSLATE_NOOP("DeskMessages", "{field}: this is not valid."),
    "bad_characters": QT_TRANSLATE_NOOP(
        "DeskMessages", "{field}: holds characters that cannot be kept (control or invisible "
                        "characters). Please retype it."),
    "no_letters": QT_TRANSLATE_NOOP("DeskMessages", "{field}: must contain letters."),
    "future": QT_TRANSLATE_NOOP("DeskMessages", "{field} cannot be in the future."),
    "too_old": QT_TRANSLATE_NOOP("DeskMessages", "{field} is more than 120 years ago."),
    "not_found": QT_TRANSLATE_NOOP("DeskMessages",
                                   "{field} was removed meanwhile: the list shows what is left."),
    "taken": QT_TRANSLATE_NOOP("DeskMessages", "{field}: this name is already used."),
    "not_digits": QT_TRANSLATE_NOOP("DeskMessages", "{field}: digits only (4 to 8)."),
    "unknown_role": QT_TRANSLATE_NOOP("DeskMessages", "{field}: choose a role."),
    "mismatch": QT_TRANSLATE_NOOP("DeskMessages", "{field}: the two passwords differ."),
    "out_of_range": QT_TRANSLATE_NOOP("DeskMessages", "{field}: must be between {minimum} and "
                                                      "{maximum}."),
    "already_set_up": QT_TRANSLATE_NOOP("DeskMessages", "This clinic is already set up."),
    "already_matched": QT_TRANSLATE_NOOP("DeskMessages",
                                         "This intake already belongs to a patient."),
    "likely_duplicate": QT_TRANSLATE_NOOP(
        "DeskMessages", "A record that looks like this person was just added: check the list "
                        "before creating a new patient."),
    "same_record": QT_TRANSLATE_NOOP("DeskMessages", "Choose two different records to merge."),
    "already_merged": QT_TRANSLATE_NOOP(
        "DeskMessages", "One of these records has already been merged: reload and check."),
    "both_active_courses": QT_TRANSLATE_NOOP(
        "DeskMessages", "Both records have an active course: stop one of the courses first, "
                        "then merge."),
    "already_reversed": QT_TRANSLATE_NOOP("DeskMessages", "This merge has already been reversed."),
    "kept_merged_since": QT_TRANSLATE_NOOP(
        "DeskMessages", "The record this one was merged into has since been merged itself: "
                        "reverse that merge first."),
    "bad_time": QT_TRANSLATE_NOOP(
        "DeskMessages", "Write times like 09:00–12:30, 13:30–18:00 (24-hour clock)."),
    "end_before_start": QT_TRANSLATE_NOOP("DeskMessages", "The end must come after the start."),
    "overlap": QT_TRANSLATE_NOOP("DeskMessages",
                                 "Two periods overlap: a break must come between them."),
    "bad_weekday": QT_TRANSLATE_NOOP("DeskMessages", "Unknown weekday."),
    "unknown_country": QT_TRANSLATE_NOOP("DeskMessages",
                                         "Unknown country code (two letters, e.g. GB)."),
    "unknown_region": QT_TRANSLATE_NOOP("DeskMessages", "Unknown region for this country."),
    "unknown_timezone": QT_TRANSLATE_NOOP("DeskMessages", "Choose a time zone from the list."),
    "unknown_language": QT_TRANSLATE_NOOP("DeskMessages", "Choose a language from the list."),
    "in_the_past": QT_TRANSLATE_NOOP("DeskMessages",
                                     "That day has passed: choose today or a later day."),
    "bad_colour": QT_TRANSLATE_NOOP("DeskMessages", "Choose a colour like {example}."),
    "not_set_up": QT_TRANSLATE_NOOP("DeskMessages", "The clinic is not set up yet."),
    "no_clinic": QT_TRANSLATE_NOOP("DeskMessages", "The clinic is not set up yet."),
    "not_absolute": QT_TRANSLATE_NOOP(
        "DeskMessages", "Choose a full folder path, for example D:\\Backups or /media/backup."),
    "unwritable": QT_TRANSLATE_NOOP("DeskMessages",
                                    "This folder cannot be written to from this computer."),
    "double_booked": QT_TRANSLATE_NOOP(
        "DeskMessages", "That time was just taken at another desk. Please choose another."),
    "bad_pattern": QT_TRANSLATE_NOOP(
        "DeskMessages", "This pattern is not possible: check the numbers and weekdays."),
    "no_diary": QT_TRANSLATE_NOOP(
        "DeskMessages", "This practitioner's account is not linked to a diary (Staff → "
                        "Practitioner's diary)."),
    "bad_status": QT_TRANSLATE_NOOP(
        "DeskMessages", "Only a booked appointment can be moved, cancelled or marked."),
    "nothing_to_undo": QT_TRANSLATE_NOOP("DeskMessages",
                                         "This session has no status change to undo."),
    "no_intake": QT_TRANSLATE_NOOP(
        "DeskMessages", "This patient has no intake form yet: ask them to fill one in first."),
}
# one sentence per reason the domain refuses an action (intake.vocabulary.Refusal), each
# member once; `_special` words a few again by field or fills in their details
REFUSALS = {
    Refusal.no_actor: QT_TRANSLATE_NOOP(
        "DeskMessages", "Sign in first: nothing is changed without a staff member."),
    Refusal.unknown_actor: QT_TRANSLATE_NOOP("DeskMessages",
                                             "Your account was not found: sign in again."),
    Refusal.disabled: QT_TRANSLATE_NOOP("DeskMessages",
                                        "Your account has been disabled: ask an admin."),
    Refusal.admin_only: QT_TRANSLATE_NOOP("DeskMessages", "Only an active admin can do this."),
    Refusal.not_allowed: QT_TRANSLATE_NOOP("DeskMessages", "Your role does not allow this."),
    Refusal.first_must_be_admin: QT_TRANSLATE_NOOP("DeskMessages",
                                                   "The first account must be an admin."),
    Refusal.last_admin: QT_TRANSLATE_NOOP(
        "DeskMessages", "This is the last active admin: make another admin first."),
    Refusal.unknown_or_wrong: QT_TRANSLATE_NOOP(
        "DeskMessages", "That PIN is not the deciding practitioner's. Nothing was recorded."),
    Refusal.locked: QT_TRANSLATE_NOOP(
        "DeskMessages", "Too many wrong tries: this account is locked for a while. An admin can "
                        "unlock it by resetting its password."),
    Refusal.pin_closed: QT_TRANSLATE_NOOP(
        "DeskMessages", "Too many wrong PINs: the practitioner signs in with their password to "
                        "record it."),
    Refusal.exit_closed: QT_TRANSLATE_NOOP(
        "DeskMessages", "Too many wrong tries: the kiosk's staff exit stays closed for a while."),
    Refusal.urgent_unacknowledged: QT_TRANSLATE_NOOP(
        "DeskMessages", "An urgent red flag is not acknowledged yet: no course can be booked "
                        "until a staff member has seen the alert."),
    Refusal.second_consultation: QT_TRANSLATE_NOOP(
        "DeskMessages", "This episode already has its free consultation: a second one needs a "
                        "reason."),
    Refusal.course_gates: QT_TRANSLATE_NOOP(
        "DeskMessages", "A practitioner's recorded decision is needed before booking."),
    Refusal.not_yet: QT_TRANSLATE_NOOP(
        "DeskMessages", "Not yet: Attended and No-show can be recorded from the session's day "
                        "on ({day})."),
    Refusal.course_full: QT_TRANSLATE_NOOP(
        "DeskMessages", "The course already has all its planned sessions booked."),
    Refusal.not_improving: QT_TRANSLATE_NOOP(
        "DeskMessages", "The course can be extended only while the patient is improving."),
    Refusal.over_yearly_limit: QT_TRANSLATE_NOOP(
        "DeskMessages", "That is more sessions than the yearly limit allows (up to {allowed} "
                        "more)."),
}
STORAGE = {
    "locked": QT_TRANSLATE_NOOP("DeskMessages",
                                "The database is busy. Please try again in a moment."),
    "disk_full": QT_TRANSLATE_NOOP("DeskMessages", "The disk is full: nothing was saved."),
    "read_only": QT_TRANSLATE_NOOP("DeskMessages",
                                   "The database is read-only: nothing was saved."),
    "unavailable": QT_TRANSLATE_NOOP("DeskMessages",
                                     "The database cannot be reached: nothing was saved."),
}


class Occasion(StrEnum):
    """Where a refusal is met, when the desk words it for that moment rather than in general."""

    signing_in = "signing_in"
    booking_a_consultation = "booking_a_consultation"
    backing_up = "backing_up"
    exporting_undelivered = "exporting_undelivered"


ANY_OTHER = "*"  # the occasion's sentence for a code it has none of its own for
IN_OCCASION = {
    (Occasion.signing_in, Refusal.locked): QT_TRANSLATE_NOOP(
        "DeskMessages", "Too many wrong tries: this account is locked until {time}. An admin can "
                        "unlock it now by resetting its password."),
    (Occasion.signing_in, Refusal.pin_closed): QT_TRANSLATE_NOOP(
        "DeskMessages", "Too many wrong PINs: unlock with your password."),
    (Occasion.signing_in, Refusal.disabled): QT_TRANSLATE_NOOP(
        "DeskMessages", "This account is disabled. Ask an admin to enable it."),
    (Occasion.signing_in, ANY_OTHER): QT_TRANSLATE_NOOP(
        "DeskMessages", "The username or the password is wrong. Check Caps Lock and try again."),
    (Occasion.booking_a_consultation, Refusal.urgent_unacknowledged): QT_TRANSLATE_NOOP(
        "DeskMessages", "An urgent alert for this patient is not acknowledged yet: acknowledge it "
                        "on the Arrivals page first, then book the consultation."),
    (Occasion.booking_a_consultation, Refusal.second_consultation): QT_TRANSLATE_NOOP(
        "DeskMessages", "A second free consultation in one episode needs a reason."),
    (Occasion.booking_a_consultation, "too_long"): QT_TRANSLATE_NOOP(
        "DeskMessages", "The reason is too long: keep it under {maximum} characters."),
    (Occasion.backing_up, "folder_unwritable"): QT_TRANSLATE_NOOP(
        "DeskMessages", "The backup folder cannot be written to: no backup was made. Choose "
                        "another folder, or connect the disk."),
    (Occasion.backing_up, "tool_missing"): QT_TRANSLATE_NOOP(
        "DeskMessages", "PostgreSQL's pg_dump is not installed on this computer: no backup was "
                        "made."),
    (Occasion.backing_up, Refusal.admin_only): QT_TRANSLATE_NOOP(
        "DeskMessages", "Only an active admin can back up from the desk: no backup was made."),
    (Occasion.backing_up, Refusal.disabled): QT_TRANSLATE_NOOP(
        "DeskMessages", "Your account has been disabled: no backup was made."),
    (Occasion.backing_up, ANY_OTHER): QT_TRANSLATE_NOOP(
        "DeskMessages", "The backup could not be made or checked. The log file has the details."),
    (Occasion.exporting_undelivered, Refusal.no_actor): QT_TRANSLATE_NOOP(
        "DeskMessages", "Sign in to export the undelivered intakes."),
    (Occasion.exporting_undelivered, Refusal.unknown_actor): QT_TRANSLATE_NOOP(
        "DeskMessages", "Sign in to export the undelivered intakes."),
    (Occasion.exporting_undelivered, ANY_OTHER): QT_TRANSLATE_NOOP(
        "DeskMessages", "Only an active admin can export the undelivered intakes."),
}


def occasion_text(occasion: Occasion, code: str, *, fallback: bool = True, **values: object) -> str | None:
    """The sentence for `code` met at `occasion` (its values filled in); the occasion's general
    one when it has none for the code (unless `fallback` is False); None when it has neither."""
    wording = IN_OCCASION.get((occasion, code))
    if wording is None and fallback:
        wording = IN_OCCASION.get((occasion, ANY_OTHER))
    if wording is None:
        return None
    return QCoreApplication.translate(_CONTEXT, wording).format(**values)


def field_name(field: str | None) -> str:
    """The field as staff see it on screen ("This" for one the desk has no name for)."""
    return QCoreApplication.translate(_CONTEXT, FIELD_NAMES.get(field or "", THIS))


def error_text(exc: BackCareError) -> str:
    """One clear sentence for anything intake/ refused, naming the field where there is one;
    never internal names, never a traceback."""
    if isinstance(exc, StorageError):
        return QCoreApplication.translate(_CONTEXT, STORAGE.get(exc.code, STORAGE["unavailable"]))
    special = _special(exc)
    if special is not None:
        return special
    if exc.code in REFUSALS:
        return QCoreApplication.translate(_CONTEXT, REFUSALS[exc.code])
    if exc.code in VALIDATION:
        details = exc.details
        return QCoreApplication.translate(_CONTEXT, VALIDATION[exc.code]).format(
            field=field_name(exc.field), minimum=details.get("minimum", ""),
            maximum=details.get("maximum", ""), example=DEFAULT_PRACTITIONER_COLOUR)
    return QCoreApplication.translate("DeskMessages", "This could not be done.")


def _special(exc: BackCareError) -> str | None:
    """Codes whose sentence depends on the field or carries details."""
    from ui.desk.scheduling import texts as st

    code, field, details = exc.code, exc.field, exc.details
    if code == "invalid" and field == "date_of_birth":
        return QCoreApplication.translate("DeskMessages",
                                          "Date of birth is not valid: write it as dd/mm/yyyy.")
    if code == "invalid" and field == "phone":
        return QCoreApplication.translate(
            "DeskMessages",
            "Phone is not a valid number: check the digits (e.g. 07911 123456 or +44 …).")
    if code == "invalid" and field == "email":
        return QCoreApplication.translate("DeskMessages",
                                          "Email is not valid: write it like name@example.com.")
    if code == "too_short" and field == "password":
        return QCoreApplication.translate("DeskMessages", "Password: at least {n} characters."
                                          ).format(n=details.get("minimum", 8))
    if code == "too_short" and field == "passphrase":
        return QCoreApplication.translate("DeskMessages", "Passphrase: at least {n} characters."
                                          ).format(n=details.get("minimum", 12))
    if code in ("too_short", "too_long") and field == "pin":
        return QCoreApplication.translate("DeskMessages", "PIN: 4 to 8 digits.")
    if code == "bad_characters" and field == "username":
        return QCoreApplication.translate(
            "DeskMessages",
            "Username: letters, digits, dot, dash or underscore only (no spaces).")
    if code == Refusal.not_allowed and details.get("action") == "decide":
        return QCoreApplication.translate(
            "DeskMessages", "Only a practitioner can record this, signed in or with their own PIN.")
    if code == "required" and field == "reason":
        return QCoreApplication.translate("DeskMessages", "Write the practitioner's reason.")
    if code == Refusal.course_full and field == "status":
        return QCoreApplication.translate(
            "DeskMessages", "Cannot undo: a make-up session has taken this session's place. "
                            "Cancel the make-up session first.")
    if code == Refusal.not_yet:
        day = details.get("day")
        return QCoreApplication.translate(_CONTEXT, REFUSALS[Refusal.not_yet]).format(
            day=st.long_day_text(day) if day else "—")
    if code == Refusal.over_yearly_limit:
        return QCoreApplication.translate(_CONTEXT, REFUSALS[Refusal.over_yearly_limit]).format(
            allowed=details.get("allowed", 0))
    if code == "cannot_fit":
        return st.cannot_fit_text(details)
    if code == "session_conflict":
        starts = details.get("starts_at")
        return QCoreApplication.translate(
            "DeskMessages", "Session {n} ({when}) was just taken at another desk: {reason}. New "
                            "times have been proposed; please check them.").format(
            n=details.get("session_number", "?"),
            when=st.when_text(starts) if starts is not None else "",
            reason=st.reason_text(str(details.get("resource", ""))))
    if code == Refusal.course_gates:
        blocked = details.get("blocked") or ()
        if blocked:
            return st.blocked_text(blocked[0])
    if code.startswith("contraindication:"):
        return st.blocked_text(code)
    if field == "starts_at" or code in ("holiday", "closure", "outside_hours"):
        reason = st.reason_text(code, str(details.get("detail", "")))
        number = details.get("session_number")
        if number:
            return QCoreApplication.translate(
                "DeskMessages", "Cannot book or move session {n}: {reason}.").format(
                n=number, reason=reason)
        return QCoreApplication.translate("DeskMessages",
                                          "Cannot book or move to that time: {0}.").format(reason)
    return None
