"""A patient's page: the patient, their intakes with the answers, courses and appointments, read
in a fixed number of queries (and the "patient_viewed" audit row)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from peewee import JOIN

from intake import access, audit
from intake.errors import ValidationError
from intake.models import (
    Appointment,
    Intake,
    IntakeAnswer,
    Patient,
    Staff,
    TreatmentCourse,
)
from intake.records import (
    AnswerRow,
    AppointmentBrief,
    CourseRow,
    IntakeRow,
    PatientDetails,
    row_of,
)
from intake.vocabulary import SAFETY_ANSWERS


@dataclass
class IntakeWithAnswers:
    intake: IntakeRow
    answers: list[AnswerRow] = field(default_factory=list)

    def items(self, group: str, value: str = "yes") -> list[str]:
        return [a.item for a in self.answers if a.group == group and a.value == value]

    def answered(self, group: str) -> dict[str, str]:
        return {a.item: a.value for a in self.answers if a.group == group}

    @property
    def peg_mean(self) -> float | None:
        scores = (self.intake.peg_pain, self.intake.peg_enjoyment, self.intake.peg_activity)
        if any(s is None for s in scores):
            return None
        return round(sum(scores) / 3, 1)

    @property
    def flags(self) -> list[tuple[str, str]]:
        """(group, item) of every safety question answered yes."""
        return [(a.group, a.item) for a in self.answers
                if a.group in SAFETY_ANSWERS and a.value == "yes"]


@dataclass
class PatientPageData:
    patient: PatientDetails
    intakes: list[IntakeWithAnswers]
    courses: list[CourseRow]
    appointments: list[AppointmentBrief]

    @property
    def flags(self) -> list[tuple[str, str]]:
        seen: dict[tuple[str, str], None] = {}
        for record in self.intakes:
            for flag in record.flags:
                seen.setdefault(flag, None)
        return list(seen)


def _intake_row(intake: Intake) -> IntakeRow:
    """`intake` read with its entering staff member joined (no query here)."""
    entered_by = getattr(intake, "entered_by_staff", None)
    name = entered_by.display_name if entered_by is not None and entered_by.id is not None else ""
    return IntakeRow(**{f.name: getattr(intake, f.name) for f in fields(IntakeRow)
                        if f.name != "entered_by_name"}, entered_by_name=name or "")


def load_intakes(intake_query) -> list[IntakeWithAnswers]:
    """The intakes of `intake_query` (an Intake query; the staff who entered them are joined
    here) with their answers: two queries whatever their number."""
    intakes = list(intake_query.switch(Intake).select_extend(Staff)
                   .join(Staff, JOIN.LEFT_OUTER, on=(Intake.entered_by == Staff.id),
                         attr="entered_by_staff"))
    records = {i.id: IntakeWithAnswers(_intake_row(i)) for i in intakes}
    if records:
        answers = (IntakeAnswer.select(IntakeAnswer.intake, IntakeAnswer.group, IntakeAnswer.item,
                                       IntakeAnswer.value)
                   .where(IntakeAnswer.intake.in_(list(records)))
                   .order_by(IntakeAnswer.id))
        for answer in answers:
            records[answer.intake_id].answers.append(AnswerRow(answer.group, answer.item, answer.value))
    return [records[i.id] for i in intakes]


@access.guarded(access.PATIENTS)
def get_patient_page(patient_id: int, *, staff_id: int | None) -> PatientPageData:
    """Everything a patient's page shows, in five queries, and the "patient_viewed" audit row."""
    patient = Patient.get_or_none(Patient.id == patient_id)
    if patient is None:
        raise ValidationError("not_found", field="patient")
    intakes = load_intakes(Intake.select()
                           .where(Intake.patient == patient_id)
                           .order_by(Intake.submitted_at.desc(), Intake.id.desc()))
    courses = [CourseRow(*row) for row in
               TreatmentCourse.select(TreatmentCourse.id, TreatmentCourse.kind, TreatmentCourse.status,
                                      TreatmentCourse.sessions_planned, TreatmentCourse.created_at)
               .where(TreatmentCourse.patient == patient_id)
               .order_by(TreatmentCourse.created_at.desc()).tuples()]
    appointments = [AppointmentBrief(*row) for row in
                    Appointment.select(Appointment.id, Appointment.kind, Appointment.status,
                                       Appointment.starts_at, Appointment.course)
                    .where(Appointment.patient == patient_id)
                    .order_by(Appointment.starts_at.desc()).limit(200).tuples()]
    audit.record("patient_viewed", staff_id=staff_id, patient_id=patient_id)
    return PatientPageData(row_of(PatientDetails, patient), intakes, courses, appointments)
