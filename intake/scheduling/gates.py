"""Safety gates before a course is booked (see /work/shared/CLINICAL.md).

    gates = course_gates(patient_id, "electro")   # Gates
    gates.ok            # True: a course of this kind may be booked
    gates.blocked       # hard stops, codes: "no_intake", "urgent_unacknowledged",
                        #   "contraindication:<item>" (blocks this kind; no override possible)
    gates.needs_override  # item ids answered "yes" that need a practitioner's recorded decision
    gates.overridden      # item ids already decided
    record_override(intake_id, item, practitioner_id, reason, staff_id) -> decision id

Read from the patient's latest intake, exactly as /work/shared/CLINICAL.md says: a
contraindication blocks only the course kinds it lists (a pacemaker or other implanted electrical
device: electro-acupuncture, and nothing else — standard acupuncture books normally). Needing a
practitioner's recorded decision: contraindications marked precaution and every red flag answered
"yes" (urgent ones too, once the alert is acknowledged). A hard block cannot be overridden, so no
decision is recorded for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from intake import audit, db
from intake.content import checklists
from intake.errors import NotAllowedError, ValidationError
from intake.models import Intake, IntakeAnswer, Practitioner, PractitionerDecision


@dataclass(frozen=True)
class Gates:
    kind: str
    intake_id: int | None
    blocked: tuple[str, ...] = ()
    needs_override: tuple[str, ...] = ()
    overridden: tuple[str, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not self.blocked and not self.needs_override


def latest_intake(patient_id: int) -> Intake | None:
    return (
        Intake.select()
        .where(Intake.patient == patient_id)
        .order_by(Intake.submitted_at.desc(), Intake.id.desc())
        .first()
    )


def course_gates(patient_id: int, kind: str) -> Gates:
    intake = latest_intake(patient_id)
    if intake is None:
        return Gates(kind, None, blocked=("no_intake",))
    lists = checklists()
    yes = {
        (row.group, row.item)
        for row in IntakeAnswer.select(IntakeAnswer.group, IntakeAnswer.item).where(
            (IntakeAnswer.intake == intake.id)
            & IntakeAnswer.group.in_(("red_flag", "contraindication"))
            & (IntakeAnswer.value == "yes")
        )
    }
    decided = {
        row.item for row in PractitionerDecision.select(PractitionerDecision.item).where(
            PractitionerDecision.intake == intake.id
        )
    }
    blocked: list[str] = []
    if intake.urgent and intake.urgent_ack_at is None:
        blocked.append("urgent_unacknowledged")
    review: list[str] = []
    for item in lists.contraindications:
        if ("contraindication", item.id) not in yes:
            continue
        if kind in item.blocks:
            blocked.append(f"contraindication:{item.id}")
        elif item.precaution:
            review.append(item.id)
    for item in lists.red_flags:
        if ("red_flag", item.id) in yes:
            review.append(item.id)
    needs = tuple(i for i in review if i not in decided)
    done = tuple(i for i in review if i in decided)
    return Gates(kind, intake.id, tuple(blocked), needs, done)


def record_override(intake_id: int, item: str, practitioner_id: int, reason: str,
                    staff_id: int | None) -> int:
    """Record a practitioner's decision that `item` does not stop a course for this intake."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("required", field="reason")
    lists = checklists()
    overridable = {i.id for i in lists.red_flags} | {i.id for i in lists.contraindications if i.precaution}
    if item not in overridable:
        raise ValidationError("unknown_item", field="item")
    intake = Intake.get_or_none(Intake.id == intake_id)
    if intake is None:
        raise ValidationError("unknown_intake", field="intake")
    if not Practitioner.select().where(Practitioner.id == practitioner_id).exists():
        raise ValidationError("unknown_practitioner", field="practitioner")
    if intake.urgent and intake.urgent_ack_at is None:
        raise NotAllowedError("urgent_unacknowledged", field="item")
    with db.write():
        decision = PractitionerDecision.create(
            intake=intake_id, item=item, practitioner=practitioner_id, decided_by=staff_id, reason=reason
        )
        audit.record("override_recorded", staff_id=staff_id, patient_id=intake.patient_id,
                     intake_id=intake_id, detail=f"item={item} practitioner={practitioner_id}")
    return decision.id


def require_gates(patient_id: int, kind: str) -> Gates:
    """Raise NotAllowedError("course_gates", blocked=..., needs_override=...) unless ok."""
    gates = course_gates(patient_id, kind)
    if not gates.ok:
        raise NotAllowedError("course_gates", field="kind", blocked=gates.blocked,
                              needs_override=gates.needs_override)
    return gates
