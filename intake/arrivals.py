"""Today's arrivals at the front desk: the intakes submitted today, urgent ones first.

The desk polls `change_marker()` (one cheap aggregate query) and reloads `todays_arrivals()`
(two queries: intakes, then their safety answers) only when the marker moves, so an intake
written by a kiosk in another process or on another computer shows within a second or two.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import peewee
from peewee import JOIN, Case, fn

from intake import access, audit, clinic, db
from intake.content import checklists
from intake.errors import StorageError, ValidationError
from intake.intakes import WITHDRAWN_GROUP
from intake.models import Intake, IntakeAnswer, Staff, _now
from intake.vocabulary import SAFETY_ANSWERS, AnswerGroup, IntakeStatus

STATUSES = (IntakeStatus.waiting, IntakeStatus.with_staff, IntakeStatus.booked, IntakeStatus.sent_away)
DESK_STATUSES = (IntakeStatus.waiting, IntakeStatus.with_staff, IntakeStatus.sent_away)  # "booked" is set by booking
SAFETY_GROUPS = SAFETY_ANSWERS
LATE_AFTER = dt.timedelta(minutes=2)  # a queued intake that reached the desk later is marked


# kinds of warning sign an urgent notice names (CLINICAL.md: the urgent red flags are the cauda
# equina signs); UNKNOWN_SIGN when the intake was saved before its answers could be read
CAUDA_EQUINA = "cauda_equina"
UNKNOWN_SIGN = "urgent_answer"


@dataclass(frozen=True)
class Badge:
    """A safety answer "yes". kind: urgent | withdrawn (an urgent yes the patient withdrew; the
    intake stays urgent) | red_flag | blocks | precaution."""

    group: str
    item: str
    kind: str


@dataclass
class Arrival:
    intake_id: int
    submitted_at: dt.datetime
    first_name: str
    last_name: str
    date_of_birth: dt.date | None
    phone: str
    status: str
    source: str
    complete: bool
    urgent: bool
    urgent_ack_at: dt.datetime | None
    urgent_ack_by: str  # the acknowledging staff member's display name
    patient_id: int | None
    badges: list[Badge] = field(default_factory=list)
    received_at: dt.datetime | None = None  # when it reached the database (a kiosk may queue)
    language: str = "en"  # the kiosk language the patient answered in (intake.languages)

    @property
    def late(self) -> bool:
        return is_late(self.submitted_at, self.received_at)

    @property
    def needs_alert(self) -> bool:
        """Urgent and not yet acknowledged by a staff member."""
        return self.urgent and self.urgent_ack_at is None


def is_late(submitted_at: dt.datetime, received_at: dt.datetime | None) -> bool:
    """Sent at the kiosk but reached the desk more than LATE_AFTER later (it was queued)."""
    return received_at is not None and received_at - submitted_at > LATE_AFTER


@dataclass(frozen=True)
class UrgentNotice:
    """An urgent arrival as a screen the waiting room can see may tell it: when it came and the
    kind of warning sign — never who (no name, no date of birth, no answer)."""

    intake_id: int
    arrived_at: dt.datetime
    sign: str  # CAUDA_EQUINA or UNKNOWN_SIGN


def urgent_notices(found: Iterable[Arrival]) -> list[UrgentNotice]:
    """The urgent arrivals no staff member has acknowledged yet, oldest first."""
    notices = [
        UrgentNotice(a.intake_id, a.submitted_at,
                     CAUDA_EQUINA if any(b.kind == "urgent" for b in a.badges) else UNKNOWN_SIGN)
        for a in found if a.needs_alert
    ]
    return sorted(notices, key=lambda n: (n.arrived_at, n.intake_id))


def _day_bounds(day: dt.date | None) -> tuple[dt.datetime, dt.datetime]:
    day = day or clinic.today()
    start = dt.datetime.combine(day, dt.time())
    return start, start + dt.timedelta(days=1)


def _today(day: dt.date | None = None):
    """Sent today, or sent earlier and delivered today by a kiosk that had queued it."""
    start, end = _day_bounds(day)
    return (((Intake.submitted_at >= start) & (Intake.submitted_at < end))
            | ((Intake.received_at >= start) & (Intake.received_at < end)))


def badge_for(group: str, item: str) -> Badge:
    """How a "yes" to a safety question is shown, from the clinic's checklists."""
    if group == WITHDRAWN_GROUP:
        return Badge(group, item, "withdrawn")
    lists = checklists()
    try:
        entry = lists.item("red_flags" if group == AnswerGroup.red_flag else "contraindications", item)
    except (KeyError, AttributeError):
        return Badge(group, item, AnswerGroup.red_flag)
    if entry.urgent:
        kind = "urgent"
    elif entry.blocks:
        kind = "blocks"
    elif entry.precaution:
        kind = "precaution"
    else:
        kind = AnswerGroup.red_flag
    return Badge(group, item, kind)


def flag_badges(flags) -> list[Badge]:
    """Badges for (group, item) pairs answered yes, the most serious first."""
    order = {"urgent": 0, "withdrawn": 1, "blocks": 2, AnswerGroup.red_flag: 3, "precaution": 4}
    return sorted((badge_for(group, item) for group, item in flags), key=lambda b: order[b.kind])


def badges(answers) -> list[Badge]:
    """Badges for an intake's answers (any iterable of IntakeAnswer)."""
    return flag_badges((a.group, a.item) for a in answers
                       if a.group in (*SAFETY_GROUPS, WITHDRAWN_GROUP) and a.value == "yes")


@contextlib.contextmanager
def _reading() -> Iterator[None]:
    """A read that failed for a known reason (server gone, file locked) is a StorageError."""
    try:
        db.ensure_connected()
        yield
    except (peewee.OperationalError, peewee.InterfaceError) as exc:
        raise StorageError("unavailable") from exc


def change_marker(day: dt.date | None = None) -> tuple:
    """One aggregate query that changes whenever today's arrivals change: a new intake, a
    status, an acknowledgement or a match."""
    with _reading():
        return _change_marker(day)


def _change_marker(day: dt.date | None) -> tuple:
    status_code = Case(Intake.status, [(s, n) for n, s in enumerate(STATUSES, start=1)], 9)
    acked = Case(None, [(Intake.urgent_ack_at.is_null(False), Intake.id)], 0)
    row = (Intake.select(fn.COUNT(Intake.id), fn.MAX(Intake.id), fn.SUM(status_code * Intake.id),
                         fn.SUM(acked), fn.SUM(fn.COALESCE(Intake.patient, 0)))
           .where(_today(day)).tuples().get())
    return tuple(int(v or 0) for v in row)


@access.guarded(access.PATIENTS)
def todays_arrivals(day: dt.date | None = None, *, staff_id: int | None) -> list[Arrival]:
    """Today's intakes with their badges: alerts first, then waiting, with staff, done."""
    with _reading():
        return _todays_arrivals(day)


def waiting_urgent(day: dt.date | None = None) -> list[UrgentNotice]:
    """Today's urgent arrivals no one acknowledged yet, for the lock screen and the alarm, which
    run while no one is signed in: when and which kind of sign only, never who (no actor needed,
    no patient data leaves)."""
    with _reading():
        return urgent_notices(_todays_arrivals(day))


def _todays_arrivals(day: dt.date | None) -> list[Arrival]:
    acker = Staff.alias()
    rows = (Intake.select(Intake.id, Intake.submitted_at, Intake.first_name, Intake.last_name,
                          Intake.date_of_birth, Intake.phone, Intake.status, Intake.source,
                          Intake.complete, Intake.urgent, Intake.urgent_ack_at,
                          acker.display_name, Intake.patient, Intake.received_at,
                          Intake.language)
            .join(acker, JOIN.LEFT_OUTER, on=(Intake.urgent_ack_by == acker.id))
            .where(_today(day)).order_by(Intake.submitted_at, Intake.id).tuples())
    arrivals = {row[0]: Arrival(*row[:11], row[11] or "", row[12], received_at=row[13],
                                language=row[14] or "en")
                for row in rows}
    if arrivals:
        answers = (IntakeAnswer.select(IntakeAnswer.intake, IntakeAnswer.group, IntakeAnswer.item,
                                       IntakeAnswer.value)
                   .where(IntakeAnswer.intake.in_(list(arrivals))
                          & IntakeAnswer.group.in_((*SAFETY_GROUPS, WITHDRAWN_GROUP))
                          & (IntakeAnswer.value == "yes")))
        by_intake: dict[int, list[IntakeAnswer]] = {}
        for answer in answers:
            by_intake.setdefault(answer.intake_id, []).append(answer)
        for intake_id, found in by_intake.items():
            arrivals[intake_id].badges = badges(found)
    rank = {IntakeStatus.waiting: 1, IntakeStatus.with_staff: 1, IntakeStatus.booked: 2, IntakeStatus.sent_away: 2}
    return sorted(arrivals.values(),
                  key=lambda a: (0 if a.needs_alert else 1 if a.urgent and a.status in
                                 (IntakeStatus.waiting, IntakeStatus.with_staff) else 2 + rank.get(a.status, 3),
                                 a.submitted_at, a.intake_id))


@access.guarded(access.PATIENTS)
def set_status(intake_id: int, status: str, *, staff_id: int | None) -> None:
    if status not in STATUSES:
        raise ValidationError("bad_status", field="status")
    with db.write():
        intake = Intake.get_by_id(intake_id)
        if intake.status == status:
            return
        Intake.update(status=status).where(Intake.id == intake_id).execute()
        audit.record("intake_status", staff_id=staff_id, patient_id=intake.patient_id,
                     intake_id=intake_id, detail=f"status={status}")


@access.guarded(access.PATIENTS)
def acknowledge_urgent(intake_id: int, *, staff_id: int) -> bool:
    """Record that `staff_id` saw the urgent alert. False when someone already had."""
    with db.write():
        updated = (Intake.update(urgent_ack_by=staff_id, urgent_ack_at=_now())
                   .where((Intake.id == intake_id) & (Intake.urgent == True) & Intake.urgent_ack_at.is_null())  # noqa: E712
                   .execute())
        if not updated:
            return False
        patient_id = Intake.select(Intake.patient).where(Intake.id == intake_id).scalar()
        audit.record("urgent_acknowledged", staff_id=staff_id, patient_id=patient_id,
                     intake_id=intake_id, detail=f"staff={staff_id}")
    return True
