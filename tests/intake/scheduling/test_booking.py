import datetime as dt

import pytest

from intake import db as dbmod
from intake.errors import ConflictError, NotAllowedError
from intake.models import Appointment, AuditEntry, Intake, Patient, TreatmentCourse
from intake.scheduling import (
    CourseRequest,
    Pattern,
    SessionConflictError,
    Slot,
    book_consultation,
    book_course,
    plan_course,
    soonest_consultation_slots,
)
from intake.scheduling.booking import new_uid
from tests.intake.scheduling.factory import make_patient

JAN = dt.datetime(2027, 1, 11, 8)


def test_soonest_consultation_slots_skip_lunch_weekend_and_past(clinic):
    slots = soonest_consultation_slots(dt.datetime(2027, 1, 15, 17, 10), limit=3)
    assert [s.starts_at for s in slots] == [
        dt.datetime(2027, 1, 15, 17, 15), dt.datetime(2027, 1, 15, 17, 30), dt.datetime(2027, 1, 18, 9, 0),
    ]
    assert all(s.ends_at - s.starts_at == dt.timedelta(minutes=30) for s in slots)


def test_soonest_consultation_slots_for_one_practitioner_skip_his_bookings(clinic):
    p0, p1 = clinic["practitioners"]
    patient, _ = make_patient()
    first = soonest_consultation_slots(JAN, limit=1, practitioner_id=p1)[0]
    assert first.practitioner_id == p1 and first.starts_at == dt.datetime(2027, 1, 11, 9)
    book_consultation(patient, first, clinic["staff"])
    again = soonest_consultation_slots(JAN, limit=1, practitioner_id=p1)[0]
    assert again.starts_at == dt.datetime(2027, 1, 11, 9, 30)


def test_book_consultation_marks_intake_booked_and_audits(clinic):
    patient, intake = make_patient()
    slot = soonest_consultation_slots(JAN, limit=1)[0]
    appointment_id = book_consultation(patient, slot, clinic["staff"], intake_id=intake)
    row = Appointment.get_by_id(appointment_id)
    assert (row.kind, row.status, row.starts_at) == ("consultation", "booked", slot.starts_at)
    assert row.uid.endswith("@backcare")
    assert Intake.get_by_id(intake).status == "booked"
    entry = AuditEntry.get(AuditEntry.action == "consultation_booked")
    assert entry.detail == f"appointment={appointment_id}" and entry.patient_id == patient
    other, _ = make_patient("Bo", "Other")
    with pytest.raises(ConflictError):
        book_consultation(other, slot, clinic["staff"])


def test_book_course_writes_every_session_numbered(clinic):
    patient, intake = make_patient()
    plan = plan_course(CourseRequest(JAN, pattern=Pattern.weekly(2), preferred_time=dt.time(10), patient_id=patient))
    course_id = book_course(patient, plan, clinic["staff"])
    course = TreatmentCourse.get_by_id(course_id)
    assert (course.kind, course.sessions_planned, course.intake_id) == ("standard", 12, intake)
    assert Pattern.from_json(course.pattern) == Pattern.weekly(2)
    rows = list(Appointment.select().where(Appointment.course == course_id).order_by(Appointment.starts_at))
    assert [r.session_number for r in rows] == list(range(1, 13))
    assert [r.starts_at for r in rows] == [s.slot.starts_at for s in plan.sessions]
    assert len({r.uid for r in rows}) == 12
    assert AuditEntry.select().where(AuditEntry.action == "course_booked").count() == 1


def test_book_course_all_or_none_names_the_conflicting_session(clinic):
    patient, _ = make_patient()
    other, _ = make_patient("Bo", "Other")
    plan = plan_course(CourseRequest(JAN, pattern=Pattern.weekly(2), preferred_time=dt.time(10),
                                     practitioner_id=clinic["practitioners"][0], room_id=clinic["rooms"][0]))
    taken = plan.sessions[6].slot  # another desk books session 7's slot meanwhile
    book_consultation(other, Slot(taken.practitioner_id, taken.room_id, taken.starts_at,
                                  taken.starts_at + dt.timedelta(minutes=30)), clinic["staff"])
    with pytest.raises(SessionConflictError) as info:
        book_course(patient, plan, clinic["staff"])
    assert isinstance(info.value, ConflictError)
    assert info.value.details["session_number"] == 7
    assert info.value.details["starts_at"] == taken.starts_at
    assert TreatmentCourse.select().count() == 0
    assert Appointment.select().where(Appointment.patient == patient).count() == 0
    # re-planning steps round the booking
    again = plan_course(CourseRequest(JAN, pattern=Pattern.weekly(2), preferred_time=dt.time(10),
                                      practitioner_id=clinic["practitioners"][0], room_id=clinic["rooms"][0]))
    assert again.sessions[6].moved and again.sessions[6].reason == "booked"
    assert book_course(patient, again, clinic["staff"])


def test_book_course_maps_the_database_guard_to_the_session(clinic, monkeypatch):
    """When Python's own check misses a booking (another desk committed after we looked), the
    database guard refuses and the error still names the session."""
    patient, _ = make_patient()
    other, _ = make_patient("Bo", "Other")
    plan = plan_course(CourseRequest(JAN, pattern=Pattern.weekly(2), preferred_time=dt.time(10), sessions=3))
    taken = plan.sessions[2].slot
    with dbmod.write():
        Appointment.create(patient=other, kind="treatment", practitioner=taken.practitioner_id,
                           room=clinic["rooms"][1], starts_at=taken.starts_at, ends_at=taken.ends_at,
                           uid=new_uid())
    monkeypatch.setattr("intake.scheduling.availability.Availability.problem", lambda self, slot: None)
    with pytest.raises(SessionConflictError) as info:
        book_course(patient, plan, clinic["staff"])
    assert info.value.details["session_number"] == 3
    assert info.value.details["resource"] == "practitioner"
    assert Appointment.select().where(Appointment.patient == patient).count() == 0


def test_database_guard_refuses_overlapping_insert_without_python_checks(clinic):
    patient, _ = make_patient()
    p0, p1 = clinic["practitioners"]
    r0, r1 = clinic["rooms"]
    start = dt.datetime(2027, 1, 11, 10)
    with dbmod.write():
        Appointment.create(patient=patient, kind="treatment", practitioner=p0, room=r0, uid=new_uid(),
                           starts_at=start, ends_at=start + dt.timedelta(minutes=45))
    for practitioner, room, resource in ((p0, r1, "practitioner"), (p1, r0, "room")):
        with pytest.raises(ConflictError) as info, dbmod.write():
            Appointment.insert(patient=patient, kind="treatment", practitioner=practitioner, room=room,
                               uid=new_uid(), starts_at=start + dt.timedelta(minutes=30),
                               ends_at=start + dt.timedelta(minutes=75)).execute()
        assert info.value.details["resource"] == resource
    # a cancelled appointment holds nothing; back-to-back is fine
    with dbmod.write():
        Appointment.insert(patient=patient, kind="treatment", practitioner=p0, room=r0, uid=new_uid(),
                           status="cancelled_patient", starts_at=start, ends_at=start + dt.timedelta(minutes=45)).execute()
        Appointment.insert(patient=patient, kind="treatment", practitioner=p0, room=r0, uid=new_uid(),
                           starts_at=start + dt.timedelta(minutes=45), ends_at=start + dt.timedelta(minutes=90)).execute()
    assert Appointment.select().count() == 3


def test_book_course_refused_by_gates(clinic):
    patient, _ = make_patient(answers={("contraindication", "implanted_device"): "yes"})
    plan = plan_course(CourseRequest(JAN, kind="electro", sessions=2))
    with pytest.raises(NotAllowedError) as info:
        book_course(patient, plan, clinic["staff"])
    assert info.value.code == "course_gates"
    assert "contraindication:implanted_device" in info.value.details["blocked"]
    assert Appointment.select().count() == 0


def test_unknown_patient(clinic):
    slot = soonest_consultation_slots(JAN, limit=1)[0]
    with pytest.raises(Exception) as info:
        book_consultation(9999, slot, clinic["staff"])
    assert getattr(info.value, "field", None) == "patient"
    assert not Patient.select().exists()


def test_a_postgresql_deadlock_between_desks_reads_as_a_session_conflict(clinic):
    import peewee

    from intake.scheduling.booking import guarded

    with pytest.raises(SessionConflictError) as info, guarded(4, JAN):
        raise peewee.OperationalError("deadlock detected\nDETAIL: Process 1 waits for ShareLock")
    assert info.value.details["session_number"] == 4
    from intake.errors import StorageError
    with pytest.raises(StorageError), guarded(4, JAN):
        raise peewee.OperationalError("database is locked")


# ------------------------------------------------- issue 15: the consultation after an urgent alert,
# one free consultation per episode (main booked both without a word)


def test_consultation_refused_while_the_urgent_alert_is_unacknowledged(clinic):
    patient, intake = make_patient(urgent=True, acknowledged=False,
                                   answers={("red_flag", "ce_both_legs"): "yes"})
    slot = soonest_consultation_slots(JAN, limit=1)[0]
    with pytest.raises(NotAllowedError) as info:
        book_consultation(patient, slot, clinic["staff"], intake_id=intake)
    assert (info.value.code, info.value.field) == ("urgent_unacknowledged", "intake")
    with pytest.raises(NotAllowedError):  # from the patient page too (no intake given)
        book_consultation(patient, slot, clinic["staff"])
    assert not Appointment.select().exists()
    assert Intake.get_by_id(intake).status == "waiting"
    from intake.arrivals import acknowledge_urgent
    acknowledge_urgent(intake, staff_id=clinic["staff"])
    appointment_id = book_consultation(patient, slot, clinic["staff"], intake_id=intake)
    assert Appointment.get_by_id(appointment_id).kind == "consultation"


def test_second_free_consultation_in_an_episode_needs_a_reason(clinic):
    from intake.scheduling.booking import episode_consultation, patient_consultations

    patient, intake = make_patient()
    first_slot = soonest_consultation_slots(JAN, limit=1)[0]
    first = book_consultation(patient, first_slot, clinic["staff"], intake_id=intake)
    other_slot = soonest_consultation_slots(first_slot.ends_at, limit=1)[0]
    assert episode_consultation(patient, staff_id=clinic["staff"]).id == first
    with pytest.raises(NotAllowedError) as info:
        book_consultation(patient, other_slot, clinic["staff"], second_reason="   ")
    assert (info.value.code, info.value.field) == ("second_consultation", "reason")
    assert info.value.details["starts_at"] == first_slot.starts_at
    assert Appointment.select().count() == 1
    second = book_consultation(patient, other_slot, clinic["staff"],
                               second_reason="Pain moved to the other leg; Dr Chen asked to see her")
    assert Appointment.get_by_id(second).second_reason.startswith("Pain moved")
    assert Appointment.get_by_id(first).second_reason == ""
    entry = AuditEntry.select().where(AuditEntry.action == "consultation_booked").order_by(AuditEntry.id.desc()).first()
    assert entry.detail == f"appointment={second} second=1"  # the reason itself stays out of the trail
    assert [row.id for row in patient_consultations(patient, staff_id=clinic["staff"])] == [first, second]


def test_a_cancelled_consultation_or_a_new_intake_frees_the_consultation(clinic):
    from intake.scheduling import cancel_appointment

    patient, intake = make_patient()
    slot = soonest_consultation_slots(JAN, limit=1)[0]
    first = book_consultation(patient, slot, clinic["staff"], intake_id=intake)
    cancel_appointment(first, "patient", clinic["staff"])
    second = book_consultation(patient, slot, clinic["staff"])  # the cancelled one does not count
    assert Appointment.get_by_id(second).second_reason == ""
    with dbmod.write():  # months later the patient comes back with a new intake: a new episode
        Intake.create(patient=patient, first_name="Ann", last_name="Lee",
                      submitted_at=dt.datetime(2027, 6, 1, 9))
    later = soonest_consultation_slots(dt.datetime(2027, 6, 7, 8), limit=1)[0]
    book_consultation(patient, later, clinic["staff"])
    assert Appointment.select().where(Appointment.status == "booked").count() == 2
