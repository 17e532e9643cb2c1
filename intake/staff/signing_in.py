"""Signing in at the desk: wrong tries counted and locked out, the locked desk opened again, a
practitioner's countersignature, and a staff member changing their own password."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from intake import access, audit, clinic, db
from intake.access import KIOSK_ROLE
from intake.errors import NotAllowedError, ValidationError
from intake.models import Staff, StaffRole
from intake.staff.accounts import _get, _read, roles
from intake.staff.passwords import _hash, _matches, _spend_time, check_password
from intake.validation import check_text
from intake.vocabulary import Refusal

log = logging.getLogger(__name__)

FREE_ATTEMPTS = 5  # wrong tries before the first lock
FIRST_LOCK = dt.timedelta(minutes=1)  # doubled for each further failure
MAX_LOCK = dt.timedelta(hours=24)


def lock_delay(failed_attempts: int) -> dt.timedelta | None:
    """How long an account stays locked after its `failed_attempts`-th wrong try in a row:
    nothing for the first four, then 1 min, 2, 4, ... up to 24 h."""
    if failed_attempts < FREE_ATTEMPTS:
        return None
    delay = FIRST_LOCK * (2 ** min(failed_attempts - FREE_ATTEMPTS, 20))
    return min(delay, MAX_LOCK)


def authenticate(username: str, secret: str, *, now: dt.datetime | None = None) -> Staff:
    """A desk sign-in: the account whose password is `secret` (a PIN only unlocks the desk for
    the person who locked it: `unlock_desk`). Wrong tries are counted in the database, so a lock
    holds across processes and computers; a right one clears the count. A kiosk's device
    identity never signs in."""
    now = now or clinic.now()
    check_text(username, "username")
    check_text(secret, "password")
    name = username.strip().lower()
    staff = _read(lambda: Staff.get_or_none(Staff.username == name)) if name else None
    if staff is not None and KIOSK_ROLE in access.roles_of(staff.id):
        staff = None
    if staff is None:
        _spend_time(secret)
        audit.record("sign_in_failed", staff_id=None, detail="reason=unknown_or_wrong")
        raise NotAllowedError(Refusal.unknown_or_wrong)
    if not staff.active:
        _spend_time(secret)
        audit.record("sign_in_failed", staff_id=staff.id, detail="reason=disabled")
        raise NotAllowedError(Refusal.disabled)
    if staff.locked_until is not None and staff.locked_until > now:
        audit.record("sign_in_failed", staff_id=staff.id, detail="reason=locked")
        raise NotAllowedError(Refusal.locked, until=staff.locked_until)
    if _matches(staff.password_hash, secret):
        with db.write():
            Staff.update(failed_attempts=0, locked_until=None).where(Staff.id == staff.id).execute()
            audit.record("sign_in", staff_id=staff.id)
        return Staff.get_by_id(staff.id)
    return _count_failure(staff.id, now)


@dataclass(frozen=True)
class SignedIn:
    """Who signed in, as plain data (safe to hand from a worker thread to the screen)."""

    id: int
    username: str
    display_name: str
    role: str
    roles: tuple[str, ...] = ()


def sign_in(username: str, secret: str) -> SignedIn:
    """`authenticate`, answered as plain data."""
    return _signed_in(authenticate(username, secret))


def unlock_as(staff_id: int, secret: str) -> SignedIn:
    """`unlock_desk` (the person who locked it: PIN or password), answered as plain data."""
    return _signed_in(unlock_desk(staff_id, secret))


def _signed_in(staff: Staff) -> SignedIn:
    return SignedIn(staff.id, staff.username, staff.display_name, staff.role, roles(staff.id))


def signed_in_as(staff_id: int) -> SignedIn | None:
    staff = _read(lambda: Staff.get_or_none(Staff.id == staff_id))
    if staff is None or not staff.active:
        return None
    return _signed_in(staff)


def _count_failure(staff_id: int, now: dt.datetime) -> Staff:
    with db.write():
        Staff.update(failed_attempts=Staff.failed_attempts + 1).where(Staff.id == staff_id).execute()
        failures = Staff.get_by_id(staff_id).failed_attempts
        delay = lock_delay(failures)
        until = now + delay if delay is not None else None
        if until is not None:
            Staff.update(locked_until=until).where(Staff.id == staff_id).execute()
        audit.record("sign_in_failed", staff_id=staff_id,
                     detail=f"reason=unknown_or_wrong failures={failures}"
                            + (" locked" if until else ""))
    if until is not None:
        log.warning("staff account %d locked after %d failed sign-ins", staff_id, failures)
        raise NotAllowedError(Refusal.locked, until=until)
    raise NotAllowedError(Refusal.unknown_or_wrong)


def unlock_desk(staff_id: int, secret: str, *, now: dt.datetime | None = None) -> Staff:
    """The desk locked by `staff_id` opens again for that same person, with their PIN or their
    password. Wrong tries are counted on the account and audited (`desk_unlock_failed`); after
    FREE_ATTEMPTS of them in a row the PIN no longer opens it (`pin_closed`: sign in with the
    password, which clears the count). Raises NotAllowedError unknown_or_wrong / disabled /
    locked / pin_closed."""
    now = now or clinic.now()
    check_text(secret, "password")
    staff = _read(lambda: Staff.get_or_none(Staff.id == staff_id)) if isinstance(staff_id, int) else None
    if staff is None or KIOSK_ROLE in access.roles_of(staff.id):
        raise NotAllowedError(Refusal.unknown_or_wrong)
    if not staff.active:
        raise NotAllowedError(Refusal.disabled)
    if staff.locked_until is not None and staff.locked_until > now:
        raise NotAllowedError(Refusal.locked, until=staff.locked_until)
    pin_open = staff.failed_attempts < FREE_ATTEMPTS
    if _matches(staff.password_hash, secret) or (pin_open and _matches(staff.pin_hash, secret)):
        with db.write():
            Staff.update(failed_attempts=0).where(Staff.id == staff.id).execute()
            audit.record("desk_unlocked", staff_id=staff.id)
        return Staff.get_by_id(staff.id)
    with db.write():
        Staff.update(failed_attempts=Staff.failed_attempts + 1).where(Staff.id == staff.id).execute()
        failures = Staff.get_by_id(staff.id).failed_attempts
        audit.record("desk_unlock_failed", staff_id=staff.id, detail=f"failures={failures}")
    raise NotAllowedError(Refusal.pin_closed if failures >= FREE_ATTEMPTS else Refusal.unknown_or_wrong)


def countersign(staff_id: int, pin: str, *, now: dt.datetime | None = None) -> Staff:
    """A practitioner countersigns a decision at someone else's desk with their own PIN.
    Counted and audited like unlocking the desk (`countersign_failed`; after FREE_ATTEMPTS
    wrong PINs in a row `pin_closed` until their next password sign-in); never locks the
    account. NotAllowedError unknown_or_wrong / disabled / locked / pin_closed."""
    now = now or clinic.now()
    check_text(pin, "pin")
    staff = _read(lambda: Staff.get_or_none(Staff.id == staff_id)) if isinstance(staff_id, int) else None
    if staff is None or KIOSK_ROLE in access.roles_of(staff.id):
        raise NotAllowedError(Refusal.unknown_or_wrong, field="pin")
    if not staff.active:
        raise NotAllowedError(Refusal.disabled, field="pin")
    if staff.locked_until is not None and staff.locked_until > now:
        raise NotAllowedError(Refusal.locked, field="pin", until=staff.locked_until)
    if staff.failed_attempts < FREE_ATTEMPTS and _matches(staff.pin_hash, pin):
        if staff.failed_attempts:
            with db.write():
                Staff.update(failed_attempts=0).where(Staff.id == staff.id).execute()
        return staff
    with db.write():
        Staff.update(failed_attempts=Staff.failed_attempts + 1).where(Staff.id == staff.id).execute()
        failures = Staff.get_by_id(staff.id).failed_attempts
        audit.record("countersign_failed", staff_id=staff.id, detail=f"failures={failures}")
    raise NotAllowedError(Refusal.pin_closed if failures >= FREE_ATTEMPTS else Refusal.unknown_or_wrong,
                          field="pin")


@access.guarded(access.SETTINGS_READ, "by_staff_id")
def practitioner_accounts(*, by_staff_id: int | None) -> list[tuple[int, str]]:
    """(staff id, display name) of every active practitioner account linked to a diary: who
    may countersign a decision at the desk."""
    holders = StaffRole.select(StaffRole.staff).where(StaffRole.role == access.PRACTITIONER)
    query = (Staff.select(Staff.id, Staff.display_name)
             .where(Staff.active == True, Staff.id.in_(holders),  # noqa: E712
                    Staff.practitioner.is_null(False))
             .order_by(Staff.display_name, Staff.id))
    return [(row.id, row.display_name) for row in query]


def change_own_password(staff_id: int, old: str, new: str) -> None:
    """A staff member replaces their own password, proving the old one."""
    check_text(old, "old_password")
    staff = _get(staff_id)
    if not _matches(staff.password_hash, old):
        raise ValidationError("wrong", field="old_password")
    check_password(new)
    new_hash = _hash(new)
    with db.write():
        Staff.update(password_hash=new_hash).where(Staff.id == staff_id).execute()
        audit.record("staff_secret_reset", staff_id=staff_id, detail=f"account={staff_id} own")
