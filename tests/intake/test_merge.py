"""Merging two records of one patient, and reversing it: every row accounted for, both backends."""

from __future__ import annotations

import datetime as dt
import multiprocessing

import pytest

from intake import audit, merge, patients
from intake import db as dbmod
from intake.errors import NotAllowedError, ValidationError
from intake.merge import MovedKind
from intake.models import (
    Appointment,
    AuditEntry,
    Intake,
    Patient,
    PatientMergeRow,
    Practitioner,
    Room,
    TreatmentCourse,
)
from intake.scheduling.summary import course_summary
from tests.desk_data import desk_helper, make_intake, make_patient, make_staff
from tests.intake import merge_worker

TODAY = dt.date.today()


@pytest.fixture
def people(db):
    admin = make_staff("Ada Admin", "ada", "admin")
    desk = make_staff()
    kept = make_patient("Margaret", "Brontë", "1949-02-14", "+447911123456")
    other = make_patient("Margaret", "Bronte", "1949-02-14", "+447911123000")
    with dbmod.write():
        practitioner = Practitioner.create(name="Dr Lee").id
        room = Room.create(name="Room 1").id
    return {"admin": admin, "desk": desk, "kept": kept, "other": other,
            "practitioner": practitioner, "room": room}


def _course(patient_id: int, status: str = "active") -> int:
    with dbmod.write():
        return TreatmentCourse.create(patient=patient_id, kind="standard", status=status).id


def _sessions(people, patient_id: int, course_id: int | None, days_ago: list[int]) -> list[int]:
    ids = []
    with dbmod.write():
        for n, ago in enumerate(days_ago):
            start = dt.datetime.combine(TODAY - dt.timedelta(days=ago), dt.time(9)) + dt.timedelta(
                minutes=patient_id)
            ids.append(Appointment.create(
                patient=patient_id, course=course_id, kind="treatment",
                practitioner=people["practitioner"], room=people["room"], starts_at=start,
                ends_at=start + dt.timedelta(minutes=45), status="attended", session_number=n + 1,
                pain_score=5, uid=f"{patient_id}-{n}@test").id)
    return ids


def _owners() -> dict[tuple[str, int], int]:
    """Every intake, appointment and course with the patient it belongs to."""
    rows = {}
    for kind, model in ((MovedKind.INTAKE, Intake), (MovedKind.APPOINTMENT, Appointment),
                        (MovedKind.COURSE, TreatmentCourse)):
        for row_id, patient_id in model.select(model.id, model.patient).tuples():
            rows[(kind.value, row_id)] = patient_id
    return rows


def test_merge_moves_everything_and_reverse_puts_it_back(people):
    kept, other, admin = people["kept"], people["other"], people["admin"]
    kept_intake = make_intake("Margaret", "Brontë", dt.date(1949, 2, 14), "+447911123456")
    other_intakes = [make_intake("Margaret", "Bronte", dt.date(1949, 2, 14), "+447911123000",
                                 signature="M 0 0 L 10 10") for _ in range(2)]
    with dbmod.write():
        Intake.update(patient=kept).where(Intake.id == kept_intake).execute()
        Intake.update(patient=other).where(Intake.id.in_(other_intakes)).execute()
    old_course = _course(other, "completed")
    _sessions(people, other, old_course, [40, 30, 20])
    kept_course = _course(kept, "active")
    _sessions(people, kept, kept_course, [10, 3])
    before = _owners()

    assert merge.preview_merge(kept, other, by_staff_id=admin).moving == {
        MovedKind.INTAKE: 2, MovedKind.APPOINTMENT: 3, MovedKind.COURSE: 1}
    done = merge.merge_patients(kept, other, staff_id=admin)
    assert done.moved == {MovedKind.INTAKE: 2, MovedKind.APPOINTMENT: 3, MovedKind.COURSE: 1}

    after = _owners()
    assert set(after) == set(before)  # nothing created, nothing deleted
    assert set(after.values()) == {kept}
    recorded = {(r.kind, r.row_id) for r in PatientMergeRow.select().where(PatientMergeRow.merge == done.id)}
    assert recorded == {key for key, owner in before.items() if owner == other}
    merged = Patient.get_by_id(other)
    assert merged.merged_into_id == kept  # kept, never deleted
    assert Intake.get_by_id(other_intakes[0]).signature_svg == "M 0 0 L 10 10"  # consent moves with it
    assert [r.id for r in patients.search_patients("bronte", staff_id=desk_helper())] == [kept]
    # the yearly session count follows the merged record
    assert course_summary(kept_course, TODAY, staff_id=admin).sessions_past_year == 5
    actions = {(e.action, e.patient_id) for e in AuditEntry.select()}
    assert {("patient_merged", kept), ("patient_merged_into", other)} <= actions

    # a row added to the kept record after the merge stays with it when the merge is undone
    new_intake = make_intake("Margaret", "Brontë", dt.date(1949, 2, 14), "+447911123456")
    with dbmod.write():
        Intake.update(patient=kept).where(Intake.id == new_intake).execute()
    undone = merge.reverse_merge(done.id, staff_id=admin)
    assert undone.moved == done.moved
    restored = _owners()
    assert restored == {**before, ("intake", new_intake): kept}
    assert Patient.get_by_id(other).merged_into_id is None
    assert {r.id for r in patients.search_patients("bronte", staff_id=desk_helper())} == {kept, other}
    assert course_summary(kept_course, TODAY, staff_id=admin).sessions_past_year == 2
    with pytest.raises(ValidationError) as again:
        merge.reverse_merge(done.id, staff_id=admin)
    assert again.value.code == "already_reversed"
    history = merge.merges_into(kept, by_staff_id=admin)
    assert [(m.id, m.merged_id, m.reversed_at is not None) for m in history] == [(done.id, other, True)]


def test_only_an_admin_merges_or_reverses(people):
    with pytest.raises(NotAllowedError):
        merge.merge_patients(people["kept"], people["other"], staff_id=people["desk"])
    with pytest.raises(NotAllowedError):
        merge.preview_merge(people["kept"], people["other"], by_staff_id=people["desk"])
    done = merge.merge_patients(people["kept"], people["other"], staff_id=people["admin"])
    with pytest.raises(NotAllowedError):
        merge.reverse_merge(done.id, staff_id=people["desk"])
    with pytest.raises(NotAllowedError):
        merge.reverse_merge(done.id, staff_id=None)
    assert Patient.get_by_id(people["other"]).merged_into_id == people["kept"]


def test_refused_while_both_have_an_active_course(people):
    kept, other, admin = people["kept"], people["other"], people["admin"]
    _course(kept, "active")
    second = _course(other, "active")
    assert merge.preview_merge(kept, other, by_staff_id=admin).refusal == "both_active_courses"
    with pytest.raises(ValidationError) as refused:
        merge.merge_patients(kept, other, staff_id=admin)
    assert (refused.value.code, refused.value.field) == ("both_active_courses", "course")
    assert Patient.get_by_id(other).merged_into_id is None
    assert TreatmentCourse.get_by_id(second).patient_id == other  # nothing moved
    with dbmod.write():
        TreatmentCourse.update(status="stopped").where(TreatmentCourse.id == second).execute()
    merge.merge_patients(kept, other, staff_id=admin)
    assert TreatmentCourse.get_by_id(second).patient_id == kept


def test_a_merged_or_the_same_record_cannot_be_merged_again(people):
    kept, other, admin = people["kept"], people["other"], people["admin"]
    third = make_patient("Peggy", "Bronte", "1949-02-14", "+447911223456")
    with pytest.raises(ValidationError) as same:
        merge.merge_patients(kept, kept, staff_id=admin)
    assert same.value.code == "same_record"
    merge.merge_patients(kept, other, staff_id=admin)
    for pair in ((third, other), (other, third), (other, kept)):
        with pytest.raises(ValidationError) as refused:
            merge.merge_patients(*pair, staff_id=admin)
        assert refused.value.code == "already_merged"
    with pytest.raises(ValidationError):
        merge.merge_patients(kept, 9999, staff_id=admin)


def test_before_and_after_of_every_changed_field_for_admins_only(people):
    desk, admin, kept = people["desk"], people["admin"], people["kept"]
    patients.update_patient(kept, {"phone": "07911 000111", "email": "m@example.org",
                                   "first_name": "Margaret"}, staff_id=desk)
    entry = AuditEntry.get(AuditEntry.action == "patient_changed")
    assert entry.detail == "fields=phone,email"  # codes only in the entry itself
    rows = audit.entries(by_staff_id=admin, patient_id=kept, action="patient_changed")
    assert rows[0].changes == {"phone": ("+447911123456", "+447911000111"),
                               "email": ("", "m@example.org")}
    created = audit.entries(by_staff_id=admin, patient_id=kept, action="patient_created")[0]
    assert created.changes["date_of_birth"] == (None, "1949-02-14")
    with pytest.raises(NotAllowedError):
        audit.entries(by_staff_id=desk, patient_id=kept)


@pytest.mark.slow
def test_two_admins_merging_the_same_pair_opposite_ways(people, db_url):
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(2)
    results = ctx.Queue()
    kept, other, admin = people["kept"], people["other"], people["admin"]
    procs = [ctx.Process(target=merge_worker.merge_once, args=(db_url, a, b, admin, barrier, results))
             for a, b in ((kept, other), (other, kept))]
    for proc in procs:
        proc.start()
    outcome = sorted(results.get(timeout=60) for _ in procs)
    for proc in procs:
        proc.join(timeout=30)
        assert proc.exitcode == 0
    assert [kind for kind, _ in outcome] == ["refused", "won"], outcome
    merged = [p.id for p in Patient.select().where(Patient.merged_into.is_null(False))]
    assert len(merged) == 1  # exactly one record merged into the other, never both ways
