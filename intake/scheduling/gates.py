"""Safety gates before a course is booked (see /work/shared/CLINICAL.md).

    gates = course_gates(patient_id, "electro", staff_id=me)   # Gates (the patients rule)
    gates.ok            # True: a course of this kind may be booked
    gates.blocked       # hard stops, codes: "no_intake", "urgent_unacknowledged",
                        #   "contraindication:<item>" (blocks this kind; no override possible)
    gates.needs_override  # item ids answered "yes" that need a practitioner's recorded decision
    gates.overridden      # item ids already decided
    record_override(intake_id, item, reason, staff_id, countersign=None) -> decision id
        recorded as the practitioner themself: `staff_id` signed in as a practitioner, or
        countersign=(practitioner's staff id, their PIN) at someone else's desk

Read from the patient's latest intake, exactly as /work/shared/CLINICAL.md says: a
contraindication blocks only the course kinds it lists (a pacemaker or other implanted electrical
device: electro-acupuncture, and nothing else — standard acupuncture books normally). Needing a
practitioner's recorded decision: contraindications marked precaution and every red flag answered
"yes" (urgent ones too, once the alert is acknowledged). A hard block cannot be overridden, so no
decision is recorded for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from intake import access, audit, db
from intake.content import checklists
from intake.errors import NotAllowedError, ValidationError
from intake.models import Intake, IntakeAnswer, PractitionerDecision
from intake.validation import clean_text
from intake.vocabulary import SAFETY_ANSWERS, AnswerGroup, Refusal


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


@access.guarded(access.PATIENTS)
def course_gates(patient_id: int, kind: str, *, staff_id: int | None) -> Gates:
    """The gates of a course of `kind` for the patient, read from their latest intake."""
    return _gates(patient_id, kind)


def _gates(patient_id: int, kind: str) -> Gates:
    intake = latest_intake(patient_id)
    if intake is None:
        return Gates(kind, None, blocked=("no_intake",))
    lists = checklists()
    yes = {
        (row.group, row.item)
        for row in IntakeAnswer.select(IntakeAnswer.group, IntakeAnswer.item).where(
            (IntakeAnswer.intake == intake.id)
            & IntakeAnswer.group.in_(SAFETY_ANSWERS)
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
        blocked.append(Refusal.urgent_unacknowledged)
    review: list[str] = []
    for item in lists.contraindications:
        if (AnswerGroup.contraindication, item.id) not in yes:
            continue
        if kind in item.blocks:
            blocked.append(f"contraindication:{item.id}")
        elif item.precaution:
            review.append(item.id)
    for item in lists.red_flags:
        if (AnswerGroup.red_flag, item.id) in yes:
            review.append(item.id)
    needs = tuple(i for i in review if i not in decided)
    done = tuple(i for i in review if i in decided)
    return Gates(kind, intake.id, tuple(blocked), needs, done)


def decision_maker(staff_id: int | None,
                   countersign: tuple[int, str] | None = None) -> access.Actor:
    """Who makes a practitioner's decision: the signed-in `staff_id` when they are a
    practitioner, or the practitioner countersigning at this desk with their own PIN
    (`countersign` = (their staff id, PIN)). Their account must be linked to a diary.
    NotAllowedError not_allowed (no practitioner) or a PIN refusal (field "pin")."""
    if countersign is None:
        decider = access.require(staff_id, access.DECIDE)
    else:
        from intake import staff as staffmod

        practitioner_staff_id, pin = countersign
        decider = access.require(practitioner_staff_id, access.DECIDE)
        staffmod.countersign(practitioner_staff_id, pin)
    if decider.practitioner_id is None:
        raise ValidationError("no_diary", field="practitioner")
    return decider


@access.guarded(access.BOOKINGS)
def record_override(intake_id: int, item: str, reason: str, staff_id: int | None, *,
                    countersign: tuple[int, str] | None = None) -> int:
    """Record a practitioner's decision that `item` does not stop a course for this intake,
    as that practitioner (`decision_maker`): signed in themselves, or countersigning at the
    desk of `staff_id` with their PIN."""
    reason = clean_text(reason, "reason", max_length=1000, required=True, multiline=True)
    decider = decision_maker(staff_id, countersign)
    practitioner_id = decider.practitioner_id
    lists = checklists()
    overridable = {i.id for i in lists.red_flags} | {i.id for i in lists.contraindications if i.precaution}
    if item not in overridable:
        raise ValidationError("unknown_item", field="item")
    intake = Intake.get_or_none(Intake.id == intake_id)
    if intake is None:
        raise ValidationError("unknown_intake", field="intake")
    if intake.urgent and intake.urgent_ack_at is None:
        raise NotAllowedError(Refusal.urgent_unacknowledged, field="item")
    with db.write():
        decision = PractitionerDecision.create(
            intake=intake_id, item=item, practitioner=practitioner_id, decided_by=decider.id,
            reason=reason)
        audit.record("override_recorded", staff_id=decider.id, patient_id=intake.patient_id,
                     intake_id=intake_id,
                     detail=f"item={item} practitioner={practitioner_id} desk={staff_id}")
    return decision.id


def require_gates(patient_id: int, kind: str) -> Gates:
    """Raise NotAllowedError(Refusal.course_gates, blocked=..., needs_override=...) unless ok."""
    gates = _gates(patient_id, kind)
    if not gates.ok:
        raise NotAllowedError(Refusal.course_gates, field="kind", blocked=gates.blocked,
                              needs_override=gates.needs_override)
    return gates
