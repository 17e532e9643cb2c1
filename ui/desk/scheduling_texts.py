"""Wording shared by the scheduling screens: slots, move reasons, statuses, scheduling errors."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from intake import clinic_setup
from intake.arrivals import Badge
from intake.errors import BackCareError
from ui.desk.record_text import badge_text


def tr(text: str) -> str:
    return QCoreApplication.translate("Scheduling", text)


def day_text(day: dt.date) -> str:
    """"Mon 25 Dec" in the desk's language."""
    return QLocale().toString(QDate(day), "ddd d MMM")


def long_day_text(day: dt.date) -> str:
    return QLocale().toString(QDate(day), "dddd d MMMM yyyy")


def card_day_text(day: dt.date) -> str:
    """"Tue 1 Dec 2026": short enough for a table column, with the year."""
    return QLocale().toString(QDate(day), "ddd d MMM yyyy")


def time_text(moment: dt.datetime | dt.time) -> str:
    value = moment.time() if isinstance(moment, dt.datetime) else moment
    return QLocale().toString(QTime(value.hour, value.minute), "HH:mm")


def when_text(moment: dt.datetime) -> str:
    """"Mon 25 Dec 10:00"."""
    return QLocale().toString(QDateTime(moment), "ddd d MMM HH:mm")


class Names:
    """Practitioner and room names, read once per screen refresh as the signed-in `staff_id`."""

    def __init__(self, staff_id: int | None) -> None:
        practitioners = clinic_setup.list_practitioners(by_staff_id=staff_id)
        self.practitioners = {p.id: p.name for p in practitioners}
        self.colours = {p.id: p.colour for p in practitioners}
        self.rooms = {r.id: r.name for r in clinic_setup.list_rooms(by_staff_id=staff_id)}

    def practitioner(self, pid: int | None) -> str:
        return self.practitioners.get(pid, tr("any practitioner")) if pid else tr("any practitioner")

    def room(self, rid: int | None) -> str:
        return self.rooms.get(rid, tr("any room")) if rid else tr("any room")


def slot_text(slot, names: Names) -> str:
    return tr("{day}, {start}–{end} · {practitioner} · {room}").format(
        day=day_text(slot.starts_at.date()), start=time_text(slot.starts_at),
        end=time_text(slot.ends_at), practitioner=names.practitioner(slot.practitioner_id),
        room=names.room(slot.room_id))


def reason_text(code: str | None, detail: str = "") -> str:
    """Why a session moved or a slot cannot be booked."""
    texts = {
        "in_the_past": tr("that time has passed"),
        "holiday": tr("is a public holiday"),
        "closure": tr("the clinic is closed"),
        "outside_hours": tr("outside opening hours"),
        "practitioner_off": tr("the practitioner is not working"),
        "booked": tr("already booked"),
        "patient_booked": tr("the patient has another appointment"),
        "previous_moved": tr("the session before it moved"),
        "staff_choice": tr("changed by staff"),
        "same_day": tr("another session of this course is on that day"),
        "bad_practitioner": tr("practitioner not available"),
        "bad_room": tr("room not available"),
        "bad_length": tr("the length is not possible"),
        "practitioner": tr("the practitioner is already booked"),
        "room": tr("the room is already booked"),
    }
    text = texts.get(code or "", tr("not available"))
    if detail and code in ("holiday", "closure"):
        text = f"{text}: {detail}"
    return text


def cannot_fit_text(details: dict) -> str:
    """Why a course does not fit, with advice that matches the cause and dates with the year."""
    counts = tr("Only {placed} of {sessions} sessions fit by {end}.").format(
        placed=details.get("placed", 0), sessions=details.get("sessions", 0),
        end=long_day_text(details["window_end"]) if details.get("window_end") else "—")
    advice = details.get("advice")
    if advice == "more_per_week":
        return counts + " " + tr("The pattern is too sparse for the review window: {n} per week "
                                 "would fit.").format(n=details.get("per_week"))
    if advice == "too_sparse":
        return counts + " " + tr("The pattern is too sparse for the review window, and the "
                                 "diary is too full for more per week: try another practitioner "
                                 "or room, or fewer sessions.")
    return counts + " " + tr("The diary is full on the pattern's days: try another practitioner "
                             "or room, another time of day, or a later start.")


def practitioner_change_text(proposed, names: Names) -> str:
    """"Dr Mei Chen: the practitioner is not working → Sam Okafor"."""
    return tr("Patient's practitioner: {reason} → {other}").format(
        reason=reason_text(proposed.practitioner_reason),
        other=names.practitioner(proposed.slot.practitioner_id))


def moved_text(proposed) -> str:
    """"Mon 25 Dec is a public holiday (Christmas Day) → Tue 26 Dec 10:00"."""
    return tr("{day} {reason} → {new}").format(
        day=day_text(proposed.intended.date()), reason=reason_text(proposed.reason, proposed.detail),
        new=when_text(proposed.slot.starts_at))


def status_text(status: str) -> str:
    return {
        "booked": tr("Booked"),
        "attended": tr("Attended"),
        "cancelled_patient": tr("Cancelled by patient"),
        "cancelled_clinic": tr("Cancelled by clinic"),
        "no_show": tr("No-show"),
    }.get(status, status)


def kind_text(kind: str) -> str:
    return {
        "consultation": tr("Free consultation"),
        "treatment": tr("Treatment"),
        "standard": tr("Standard acupuncture"),
        "electro": tr("Electro-acupuncture"),
    }.get(kind, kind)


def gate_item_text(item: str) -> str:
    """A safety item's short name ("Implanted device: no electro", "Pregnant")."""
    group = "contraindication" if item in {
        "implanted_device", "pregnancy", "bleeding_anticoagulant", "epilepsy", "metal_implants",
        "needle_fear_fainting"} else "red_flag"
    return badge_text(Badge(group, item, "precaution")).lstrip("⚠ ")


def blocked_text(code: str) -> str:
    if code == "no_intake":
        return tr("This patient has no intake form yet: ask them to fill one in first.")
    if code == "urgent_unacknowledged":
        return tr("An urgent red flag is not acknowledged yet: no course can be booked until a "
                  "staff member has seen the alert.")
    if code.startswith("contraindication:"):
        item = code.split(":", 1)[1]
        if item == "implanted_device":
            return tr("Electro-acupuncture is refused: the patient has a pacemaker, defibrillator "
                      "or another implanted electrical device. The device does not stop standard "
                      "acupuncture: choose Standard acupuncture as the course type.")
        return tr("This course type is refused: {0}.").format(gate_item_text(item))
    return tr("A safety check stops this booking.")


def error_text(exc: BackCareError) -> str:
    """One sentence for any error the scheduling screens may meet."""
    code, details = exc.code, exc.details
    if code == "cannot_fit":
        return cannot_fit_text(details)
    if code == "in_the_past":
        return tr("That day has passed: choose today or a later day.")
    if code == "session_conflict":
        starts = details.get("starts_at")
        return tr("Session {n} ({when}) was just taken at another desk: {reason}. New times "
                  "have been proposed; please check them.").format(
            n=details.get("session_number", "?"),
            when=when_text(starts) if isinstance(starts, dt.datetime) else "",
            reason=reason_text(str(details.get("resource", ""))))
    if code == "double_booked":
        return tr("That time was just taken at another desk. Please choose another.")
    if code == "course_gates":
        blocked = details.get("blocked") or ()
        if blocked:
            return blocked_text(blocked[0])
        return tr("A practitioner's recorded decision is needed before booking.")
    if code in ("urgent_unacknowledged", "no_intake") or code.startswith("contraindication:"):
        return blocked_text(code)
    if code == "bad_pattern":
        return tr("This pattern is not possible: check the numbers and weekdays.")
    if code == "required" and exc.field == "reason":
        return tr("Write the practitioner's reason.")
    if exc.field == "pin":
        if code == "pin_closed":
            return tr("Too many wrong PINs: the practitioner signs in with their password to "
                      "record it.")
        return tr("That PIN is not the deciding practitioner's. Nothing was recorded.")
    if code == "not_allowed":
        return tr("Only a practitioner can record this, signed in or with their own PIN.")
    if code == "disabled":
        return tr("Your account has been disabled: ask an admin.")
    if code in ("no_actor", "unknown_actor"):
        return tr("Nobody is signed in here: sign in again.")
    if code == "no_diary":
        return tr("This practitioner's account is not linked to a diary (Staff → "
                  "Practitioner's diary).")
    if code in ("reason", "bad_characters", "too_long") and exc.field == "reason":
        return tr("The reason holds characters or a length that cannot be kept. Please "
                  "retype it.")
    if code == "locked":
        return tr("The database is busy. Please try again in a moment.")
    if code in ("unavailable", "disk_full", "read_only"):
        return tr("The database cannot be written to right now: nothing was saved.")
    if exc.field == "starts_at" or code in ("holiday", "closure", "outside_hours"):
        return tr("That time cannot be booked: {0}.").format(
            reason_text(code, str(details.get("detail", ""))))
    return tr("This could not be done ({0}).").format(code.replace("_", " "))
