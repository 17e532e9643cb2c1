"""Shared set-up for the scheduling screens' tests: a clinic, staff, practitioners, rooms."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from intake import clinic_setup
from intake.clinic import create_clinic
from intake.models import Patient, Staff
from intake.session import StaffSession


def child(widget: QWidget, cls: type, name: str):
    """The visible-to-a-person control by its accessible name."""
    found = [w for w in widget.findChildren(cls) if w.accessibleName() == name]
    assert found, f"no {cls.__name__} named {name!r}"
    return found[0]


def settled(qtbot, screen) -> None:
    """Wait for what `screen` reads or saves in its workers (ui/workers.py) to be shown."""
    qtbot.waitUntil(lambda: not screen.is_busy(), timeout=5000)


def make_clinic() -> tuple[StaffSession, StaffSession]:
    """(admin session, front desk session) over a clinic open Mon-Fri 09:00-12:30, 13:30-18:00."""
    create_clinic("Riverside Back Care", country="GB", address="1 River St", phone="020 7946 0000")
    admin = Staff.create(username="ada", display_name="Ada", role="admin", password_hash="x")
    desk = Staff.create(username="bob", display_name="Bob", role="front_desk", password_hash="x")
    week = {day: [(540, 750), (810, 1080)] for day in range(5)}
    clinic_setup.set_opening_hours(week, by_staff_id=admin.id)
    return (StaffSession(admin.id, "Ada", "admin"), StaffSession(desk.id, "Bob", "front_desk"))


def add_people(admin: StaffSession) -> tuple[list[int], list[int]]:
    week = {day: [(540, 750), (810, 1080)] for day in range(5)}
    practitioners = []
    for name, colour in (("Dr Mei Chen", "#2e7d6b"), ("Sam Okafor", "#6a4c93")):
        p = clinic_setup.add_practitioner(name, colour, by_staff_id=admin.staff_id)
        clinic_setup.set_practitioner_hours(p.id, week, by_staff_id=admin.staff_id)
        practitioners.append(p.id)
    rooms = [clinic_setup.add_room(n, by_staff_id=admin.staff_id).id for n in ("Room 1", "Room 2")]
    return practitioners, rooms


def make_patient(first: str = "Jane", last: str = "Doe") -> int:
    return Patient.create(first_name=first, last_name=last, name_key=f"{last} {first}".lower(),
                          date_of_birth=dt.date(1970, 5, 1), phone="+447700900123").id


def make_intake(patient_id: int, **answers: str) -> int:
    """An intake for the patient; answers: item="yes" in red_flag / contraindication groups."""
    from intake.content import checklists
    from intake.models import Intake, IntakeAnswer

    intake = Intake.create(patient=patient_id, first_name="Jane", last_name="Doe",
                           date_of_birth=dt.date(1970, 5, 1), pain_now=7, consent_given=True)
    contraindications = {i.id for i in checklists().contraindications}
    for item, value in answers.items():
        group = "contraindication" if item in contraindications else "red_flag"
        IntakeAnswer.create(intake=intake.id, group=group, item=item, value=value)
    return intake.id


def book_twice_weekly_course(monday: dt.date):
    """A clinic, its people and one patient with a course of two sessions a week from `monday`
    at 10:00 with the first practitioner and room. Returns (desk session, practitioner ids,
    room ids, patient id, course id)."""
    from intake.scheduling import CourseRequest, Pattern, book_course, plan_course

    admin, desk = make_clinic()
    practitioners, rooms = add_people(admin)
    patient = make_patient()
    make_intake(patient)
    plan = plan_course(CourseRequest(start=dt.datetime.combine(monday, dt.time()),
                                     pattern=Pattern.weekly(2), preferred_time=dt.time(10),
                                     practitioner_id=practitioners[0], room_id=rooms[0],
                                     patient_id=patient))
    return desk, practitioners, rooms, patient, book_course(patient, plan, desk.staff_id)
