"""A demo clinic for `backcare --demo`, screenshots and the benchmarks' small cases.

Everything goes through the same domain functions the app uses. `fill_if_empty()` never touches a
database that already has a clinic. The demo's staff passwords are printed in the README; they are
for the demo only (a real first run asks for the first admin's password).
"""

from __future__ import annotations

import datetime as dt
import logging

from intake import clinic, clinic_setup, db, intakes, matching, patients, staff
from intake.content import checklists
from intake.intakes import IntakeDraft
from intake.models import Appointment, Intake
from intake.scheduling import (
    CourseRequest,
    Pattern,
    book_consultation,
    book_course,
    mark_attended,
    plan_course,
    soonest_consultation_slots,
)
from intake.vocabulary import AppointmentKind, CourseKind, Role

log = logging.getLogger(__name__)

DEMO_CLINIC = "Riverside Acupuncture Clinic"
ADMIN = ("admin", "Alex Morgan", "demo-admin-2026")
DESK = ("desk", "Sam Patel", "demo-desk-2026", "2468")
PRACTITIONER = ("mei", "Dr Mei Chen", "demo-prac-2026")

_PEOPLE = [
    # first, last, date of birth, mobile (UK drama range), email
    ("Siobhán", "O'Neill", dt.date(1961, 5, 4), "07700 900123", "siobhan@example.org"),
    ("José", "Núñez García", dt.date(1978, 11, 23), "07700 900456", ""),
    ("Margaret", "Brontë", dt.date(1949, 2, 14), "07700 900789", ""),
    ("Zoë", "D'Angelo", dt.date(1990, 7, 30), "07700 900321", "zoe.dangelo@example.org"),
    ("Łukasz", "Kowalczyk", dt.date(1985, 3, 9), "07700 900654", ""),
]


def fill_if_empty() -> bool:
    """Fill an empty database with the demo clinic. Returns False when it already had one."""
    if clinic.is_set_up() or staff.has_staff():
        log.info("demo: the database already has a clinic; left as it is")
        return False
    fill()
    return True


def fill(today: dt.date | None = None) -> None:
    clinic.create_clinic(DEMO_CLINIC, country="GB", region="ENG", timezone="Europe/London",
                         address="12 Mill Lane, Riverside RV1 2AB", phone="01632 960 123")
    today = today or clinic.today()
    admin = staff.create_staff(ADMIN[0], ADMIN[1], Role.admin, ADMIN[2], by_staff_id=None)
    by = admin.id
    staff.create_staff(DESK[0], DESK[1], Role.front_desk, DESK[2], pin=DESK[3], by_staff_id=by)
    _clinic_setup(by)
    mei = clinic_setup.list_practitioners(by_staff_id=by)[0]
    staff.create_staff(PRACTITIONER[0], PRACTITIONER[1], Role.practitioner, PRACTITIONER[2],
                       practitioner_id=mei.id, by_staff_id=by)
    people = [
        patients.create_patient(staff_id=by, first_name=first, last_name=last,
                                date_of_birth=born, phone=phone, email=email)
        for first, last, born, phone, email in _PEOPLE
    ]
    _course(people[0].id, by, today)
    _arrivals(people, today)


def _clinic_setup(by: int) -> None:
    day = [(9 * 60, 13 * 60), (14 * 60, 19 * 60)]
    week = {d: day for d in range(5)}
    week[5] = [(9 * 60, 13 * 60)]
    week[6] = []
    clinic_setup.set_opening_hours(week, by_staff_id=by)
    for name, colour in (("Dr Mei Chen", "#2e7d6b"), ("Tom Byrne", "#6a4c93")):
        practitioner = clinic_setup.add_practitioner(name, colour, by_staff_id=by)
        clinic_setup.set_practitioner_hours(practitioner.id, week, by_staff_id=by)
    for room in ("Room 1 (ground floor)", "Room 2"):
        clinic_setup.add_room(room, by_staff_id=by)


def _course(patient_id: int, by: int, today: dt.date) -> None:
    """One patient mid-course: kiosk intake and consultation three weeks ago, twice a week since."""
    start = dt.datetime.combine(today - dt.timedelta(days=21), dt.time(9))
    first, last, born, phone, _ = _PEOPLE[0]
    intake_id = intakes.submit_intake(_draft(first, last, born, phone), entered_by=_kiosk(),
                                      region="GB")
    matching.attach_to_patient(intake_id, patient_id, staff_id=by)
    with db.write():
        Intake.update(submitted_at=start - dt.timedelta(minutes=20),
                      received_at=start - dt.timedelta(minutes=20)).where(Intake.id == intake_id).execute()
    with clinic.as_of(start):  # the history is booked as it was three weeks ago
        slot = soonest_consultation_slots(start, limit=1)[0]
        book_consultation(patient_id, slot, by, intake_id=intake_id)
        request = CourseRequest(start=slot.ends_at + dt.timedelta(days=1), kind=CourseKind.standard,
                                pattern=Pattern.weekly(2), preferred_time=dt.time(10),
                                patient_id=patient_id)
        plan = plan_course(request)
        course_id = book_course(patient_id, plan, by, intake_id=intake_id)
    now = clinic.now()
    pains = iter((6, 6, 5, 5, 4, 4, 3, 3, 3, 3, 2, 2))  # asked at each session: getting better
    for appointment in (Appointment.select().where(Appointment.course == course_id)
                        .order_by(Appointment.starts_at)):
        if appointment.ends_at < now:
            # recorded on the day, as a desk would have
            mark_attended(appointment.id, by, pain=next(pains), today=appointment.starts_at.date())
    consultation = (Appointment.select()
                    .where((Appointment.patient == patient_id) & (Appointment.kind == AppointmentKind.consultation))
                    .get())
    mark_attended(consultation.id, by, today=consultation.starts_at.date())


def _kiosk() -> int:
    return staff.kiosk_identity()


def _draft(first: str, last: str, born: dt.date, phone: str, **answers) -> IntakeDraft:
    lists = checklists()
    draft = IntakeDraft(first_name=first, last_name=last, date_of_birth=born, phone=phone,
                        regions={"lower_back"}, pain_since_value=3, pain_since_unit="months",
                        pain_now=6, peg_pain=6, peg_enjoyment=5, peg_activity=7,
                        symptoms={"aching", "stiffness"}, causes={"static_sitting", "poor_posture"},
                        treatments={"nsaids"}, side_effects=set(),
                        safety={item.id: False for item in lists.safety_items},
                        consent_given=True,
                        signature_svg="M10 40 C 30 10, 50 70, 70 40 S 110 10, 130 40")
    for key, value in answers.items():
        if key == "yes":
            draft.safety.update({item: True for item in value})
        else:
            setattr(draft, key, value)
    return draft


def _arrivals(people, today: dt.date) -> None:
    """Today's kiosk arrivals: one returning patient, one with flags, one urgent."""
    intakes.submit_intake(entered_by=_kiosk(), draft=_draft("Margaret", "Bronte", dt.date(1949, 2, 14), "07700900789",
                                 regions={"lower_back", "buttocks", "left_thigh"}, pain_now=7,
                                 yes=["over_50_new_pain"]), region="GB")
    intakes.submit_intake(entered_by=_kiosk(), draft=_draft("Priya", "Raman", dt.date(1983, 9, 12), "07700 900987",
                                 regions={"lower_back", "upper_back"}, pain_now=5,
                                 treatments={"nsaids", "muscle_relaxants"},
                                 side_effects={"drowsiness"},
                                 yes=["pregnancy", "implanted_device"]), region="GB")
    urgent = _draft("Dmitri", "Volkov", dt.date(1958, 1, 20), "07700 900555",
                    regions={"lower_back", "left_lower_leg", "right_lower_leg"}, pain_now=9,
                    yes=["ce_both_legs", "ce_saddle_numbness"])
    intakes.save_urgent_early(urgent, entered_by=_kiosk())
