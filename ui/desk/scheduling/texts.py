"""Wording shared by the scheduling screens: slots, move reasons, statuses, scheduling errors."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime

from intake import clinic_setup
from intake.arrivals import Badge
from intake.vocabulary import (
    AnswerGroup,
    AppointmentKind,
    AppointmentStatus,
    CourseKind,
    CourseStatus,
    Refusal,
    Resource,
)
from ui import dates
from ui.desk.patients.record_text import badge_text


def day_text(day: dt.date) -> str:
    """"Mon 25 Dec" in the desk's language."""
    return dates.locale().toString(QDate(day), "ddd d MMM")


def long_day_text(day: dt.date) -> str:
    return dates.locale().toString(QDate(day), "dddd d MMMM yyyy")


def card_day_text(day: dt.date) -> str:
    """"Tue 1 Dec 2026": short enough for a table column, with the year."""
    return dates.locale().toString(QDate(day), "ddd d MMM yyyy")


def time_text(moment: dt.datetime | dt.time) -> str:
    value = moment.time() if isinstance(moment, dt.datetime) else moment
    return dates.locale().toString(QTime(value.hour, value.minute), "HH:mm")


def when_text(moment: dt.datetime) -> str:
    """"Mon 25 Dec 10:00"."""
    return dates.locale().toString(QDateTime(moment), "ddd d MMM HH:mm")


class Names:
    """Practitioner and room names, read once per screen refresh as the signed-in `staff_id`."""

    def __init__(self, staff_id: int | None) -> None:
        practitioners = clinic_setup.list_practitioners(by_staff_id=staff_id)
        self.practitioners = {p.id: p.name for p in practitioners}
        self.colours = {p.id: p.colour for p in practitioners}
        self.rooms = {r.id: r.name for r in clinic_setup.list_rooms(by_staff_id=staff_id)}

    def practitioner(self, pid: int | None) -> str:
        return self.practitioners.get(pid, QCoreApplication.translate("Scheduling", "any practitioner")) if pid else QCoreApplication.translate("Scheduling", "any practitioner")

    def room(self, rid: int | None) -> str:
        return self.rooms.get(rid, QCoreApplication.translate("Scheduling", "any room")) if rid else QCoreApplication.translate("Scheduling", "any room")


def slot_text(slot, names: Names) -> str:
    return QCoreApplication.translate("Scheduling", "{day}, {start}–{end} · {practitioner} · {room}").format(
        day=day_text(slot.starts_at.date()), start=time_text(slot.starts_at),
        end=time_text(slot.ends_at), practitioner=names.practitioner(slot.practitioner_id),
        room=names.room(slot.room_id))


def reason_text(code: str | None, detail: str = "") -> str:
    """Why a session moved or a slot cannot be booked."""
    texts = {
        "in_the_past": QCoreApplication.translate("Scheduling", "that time has passed"),
        "holiday": QCoreApplication.translate("Scheduling", "is a public holiday"),
        "closure": QCoreApplication.translate("Scheduling", "the clinic is closed"),
        "outside_hours": QCoreApplication.translate("Scheduling", "outside opening hours"),
        "practitioner_off": QCoreApplication.translate("Scheduling", "the practitioner is not working"),
        AppointmentStatus.booked: QCoreApplication.translate("Scheduling", "already booked"),
        "patient_booked": QCoreApplication.translate("Scheduling", "the patient has another appointment"),
        "previous_moved": QCoreApplication.translate("Scheduling", "the session before it moved"),
        "staff_choice": QCoreApplication.translate("Scheduling", "changed by staff"),
        "same_day": QCoreApplication.translate("Scheduling", "another session of this course is on that day"),
        "bad_practitioner": QCoreApplication.translate("Scheduling", "practitioner not available"),
        "bad_room": QCoreApplication.translate("Scheduling", "room not available"),
        "bad_length": QCoreApplication.translate("Scheduling", "the length is not possible"),
        Resource.practitioner: QCoreApplication.translate("Scheduling", "the practitioner is already booked"),
        Resource.room: QCoreApplication.translate("Scheduling", "the room is already booked"),
    }
    text = texts.get(code or "", QCoreApplication.translate("Scheduling", "not available"))
    if detail and code in ("holiday", "closure"):
        text = f"{text}: {detail}"
    return text


def cannot_fit_text(details: dict) -> str:
    """Why a course does not fit, with advice that matches the cause and dates with the year."""
    counts = QCoreApplication.translate("Scheduling", "Only {placed} of {sessions} sessions fit by {end}.").format(
        placed=details.get("placed", 0), sessions=details.get("sessions", 0),
        end=long_day_text(details["window_end"]) if details.get("window_end") else "—")
    advice = details.get("advice")
    if advice == "more_per_week":
        return counts + " " + QCoreApplication.translate("Scheduling", "The pattern is too sparse for the review window: {n} per week "
                                 "would fit.").format(n=details.get("per_week"))
    if advice == "too_sparse":
        return counts + " " + QCoreApplication.translate("Scheduling", "The pattern is too sparse for the review window, and the "
                                 "diary is too full for more per week: try another practitioner "
                                 "or room, or fewer sessions.")
    return counts + " " + QCoreApplication.translate("Scheduling", "The diary is full on the pattern's days: try another practitioner "
                             "or room, another time of day, or a later start.")


def practitioner_change_text(proposed, names: Names) -> str:
    """"Dr Mei Chen: the practitioner is not working → Sam Okafor"."""
    return QCoreApplication.translate("Scheduling", "Patient's practitioner: {reason} → {other}").format(
        reason=reason_text(proposed.practitioner_reason),
        other=names.practitioner(proposed.slot.practitioner_id))


def moved_text(proposed) -> str:
    """"Mon 25 Dec is a public holiday (Christmas Day) → Tue 26 Dec 10:00"."""
    return QCoreApplication.translate("Scheduling", "{day} {reason} → {new}").format(
        day=day_text(proposed.intended.date()), reason=reason_text(proposed.reason, proposed.detail),
        new=when_text(proposed.slot.starts_at))


def status_text(status: str) -> str:
    return {
        AppointmentStatus.booked: QCoreApplication.translate("Scheduling", "Booked"),
        AppointmentStatus.attended: QCoreApplication.translate("Scheduling", "Attended"),
        AppointmentStatus.cancelled_patient: QCoreApplication.translate("Scheduling", "Cancelled by patient"),
        AppointmentStatus.cancelled_clinic: QCoreApplication.translate("Scheduling", "Cancelled by clinic"),
        AppointmentStatus.no_show: QCoreApplication.translate("Scheduling", "No-show"),
    }.get(status, status)


def course_status_text(status: str) -> str:
    return {
        CourseStatus.planned: QCoreApplication.translate("Scheduling", "planned"),
        CourseStatus.active: QCoreApplication.translate("Scheduling", "active"),
        CourseStatus.completed: QCoreApplication.translate("Scheduling", "completed"),
        CourseStatus.stopped: QCoreApplication.translate("Scheduling", "stopped"),
    }.get(status, status)


def kind_text(kind: str) -> str:
    return {
        AppointmentKind.consultation: QCoreApplication.translate("Scheduling", "Free consultation"),
        AppointmentKind.treatment: QCoreApplication.translate("Scheduling", "Treatment"),
        CourseKind.standard: QCoreApplication.translate("Scheduling", "Standard acupuncture"),
        CourseKind.electro: QCoreApplication.translate("Scheduling", "Electro-acupuncture"),
    }.get(kind, kind)


def gate_item_text(item: str) -> str:
    """A safety item's short name ("Implanted device: no electro", "Pregnant")."""
    group = AnswerGroup.contraindication if item in {
        "implanted_device", "pregnancy", "bleeding_anticoagulant", "epilepsy", "metal_implants",
        "needle_fear_fainting"} else AnswerGroup.red_flag
    return badge_text(Badge(group, item, "precaution")).lstrip("⚠ ")


def blocked_text(code: str) -> str:
    if code == "no_intake":
        return QCoreApplication.translate("Scheduling", "This patient has no intake form yet: ask them to fill one in first.")
    if code == Refusal.urgent_unacknowledged:
        return QCoreApplication.translate("Scheduling", "An urgent red flag is not acknowledged yet: no course can be booked until a "
                  "staff member has seen the alert.")
    if code.startswith("contraindication:"):
        item = code.split(":", 1)[1]
        if item == "implanted_device":
            return QCoreApplication.translate("Scheduling", "Electro-acupuncture is refused: the patient has a pacemaker, defibrillator "
                      "or another implanted electrical device. The device does not stop standard "
                      "acupuncture: choose Standard acupuncture as the course type.")
        return QCoreApplication.translate("Scheduling", "This course type is refused: {0}.").format(gate_item_text(item))
    return QCoreApplication.translate("Scheduling", "A safety check stops this booking.")


