"""A patient's page: the patient, their intakes with the answers, courses and appointments, read
in a fixed number of queries (and the "patient_viewed" audit row)."""

from __future__ import annotations

from dataclasses import dataclass, field

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


@dataclass
class IntakeWithAnswers:
    intake: Intake
    answers: list[IntakeAnswer] = field(default_factory=list)

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
                if a.group in ("red_flag", "contraindication") and a.value == "yes"]


@dataclass
class PatientPageData:
    patient: Patient
    intakes: list[IntakeWithAnswers]
    courses: list[TreatmentCourse]
    appointments: list[Appointment]

    @property
    def flags(self) -> list[tuple[str, str]]:
        seen: dict[tuple[str, str], None] = {}
        for record in self.intakes:
            for flag in record.flags:
                seen.setdefault(flag, None)
        return list(seen)


def load_intakes(intake_query) -> list[IntakeWithAnswers]:
    """The intakes of `intake_query` with their answers: two queries whatever their number."""
    intakes = list(intake_query)
    records = {i.id: IntakeWithAnswers(i) for i in intakes}
    if records:
        answers = (IntakeAnswer.select()
                   .where(IntakeAnswer.intake.in_(list(records)))
                   .order_by(IntakeAnswer.id))
        for answer in answers:
            records[answer.intake_id].answers.append(answer)
    return [records[i.id] for i in intakes]


@access.guarded(access.PATIENTS)
def get_patient_page(patient_id: int, *, staff_id: int | None) -> PatientPageData:
    """Everything a patient's page shows, in five queries, and the "patient_viewed" audit row."""
    patient = Patient.get_or_none(Patient.id == patient_id)
    if patient is None:
        raise ValidationError("not_found", field="patient")
    intakes = load_intakes(Intake.select(Intake, Staff)
                           .join(Staff, JOIN.LEFT_OUTER, on=(Intake.entered_by == Staff.id))
                           .where(Intake.patient == patient_id)
                           .order_by(Intake.submitted_at.desc(), Intake.id.desc()))
    courses = list(TreatmentCourse.select().where(TreatmentCourse.patient == patient_id)
                   .order_by(TreatmentCourse.created_at.desc()))
    appointments = list(Appointment.select().where(Appointment.patient == patient_id)
                        .order_by(Appointment.starts_at.desc()).limit(200))
    audit.record("patient_viewed", staff_id=staff_id, patient_id=patient_id)
    return PatientPageData(patient, intakes, courses, appointments)
