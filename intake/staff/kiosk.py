"""A kiosk's device identity (it holds only the kiosk role and never signs in) and the kiosk's
staff exit, closed for a while after too many wrong secrets."""

from __future__ import annotations

import datetime as dt
import re

import peewee

from intake import access, audit, clinic, db
from intake.access import KIOSK_ROLE, STAFF_ROLES
from intake.errors import NotAllowedError, ValidationError
from intake.models import AuditEntry, Staff, StaffRole
from intake.records import StaffRow
from intake.staff.accounts import _read, staff_row
from intake.staff.passwords import MIN_PASSWORD_LENGTH, PIN_LENGTHS, _matches
from intake.validation import check_text
from intake.vocabulary import Refusal

EXIT_TRIES = 5  # wrong secrets at the kiosk's staff exit within EXIT_WINDOW close it
EXIT_WINDOW = dt.timedelta(minutes=15)  # ... until the oldest of those tries is this old


def kiosk_name_ok(name: str) -> str:
    """A kiosk's device name as its identity's username (`kiosk-<name>`)."""
    check_text(name, field="kiosk")
    cleaned = re.sub(r"[^a-z0-9._-]+", "-", name.strip().lower()).strip("-")[:60]
    if not cleaned:
        raise ValidationError("required", field="kiosk")
    return f"kiosk-{cleaned}"


def kiosk_identity(device: str = "kiosk", name: str = "") -> int:
    """The id of the device identity of kiosk `device` (the kiosk's own id, intake.outbox),
    created on its first use and shown as `name`. It holds only the kiosk role and cannot sign
    in (its password hash is unusable); an admin can disable it, which stops that kiosk from
    delivering intakes."""
    username = kiosk_name_ok(device)
    check_text(name, field="kiosk")
    existing = _read(lambda: Staff.get_or_none(Staff.username == username))
    if existing is not None:
        if KIOSK_ROLE not in access.roles_of(existing.id):
            raise ValidationError("taken", field="kiosk")
        return existing.id
    try:
        with db.write():
            made = Staff.create(username=username, display_name=name.strip()[:200] or device[:200],
                                role=KIOSK_ROLE, password_hash="!", pin_hash=None)
            audit.record("kiosk_registered", staff_id=made.id, detail=f"account={made.id}")
    except peewee.IntegrityError:  # another process registered it at the same moment
        return kiosk_identity(device, name)
    return made.id


def kiosk_exit_closed_until(kiosk_id: int | None,
                            now: dt.datetime | None = None) -> dt.datetime | None:
    """After EXIT_TRIES wrong secrets at this kiosk's staff exit within EXIT_WINDOW, the time it
    opens again; None while it is open. Counted per kiosk from the audit trail (the failures are
    written as the kiosk's identity), so a restarted kiosk does not start afresh: guessing a
    4-digit PIN takes weeks, not an afternoon. Staff accounts are never locked by it."""
    now = now or clinic.now()
    kiosk = AuditEntry.staff.is_null() if kiosk_id is None else AuditEntry.staff == kiosk_id
    recent = _read(lambda: [entry.at for entry in AuditEntry.select(AuditEntry.at)
                            .where((AuditEntry.action == "staff_exit_failed") & kiosk
                                   & (AuditEntry.at > now - EXIT_WINDOW))
                            .order_by(AuditEntry.at.desc()).limit(EXIT_TRIES)])
    return recent[-1] + EXIT_WINDOW if len(recent) >= EXIT_TRIES else None


def verify_staff_secret(secret: str, *, kiosk_id: int | None = None,
                        now: dt.datetime | None = None) -> StaffRow | None:
    """The staff exit of kiosk `kiosk_id`: the active, unlocked staff member whose PIN or password
    is `secret`, or None. Cheap enough: a PIN is only tried when `secret` is 4-8 digits, a password
    only when it is long enough to be one; PINs first. Writes an audit row either way (a failure
    as the kiosk). Raises NotAllowedError(Refusal.exit_closed, until=...) after too many wrong tries at
    this kiosk (nothing is checked). Never counts against a staff account."""
    now = now or clinic.now()
    if not secret:
        return None
    check_text(secret, "password")
    until = kiosk_exit_closed_until(kiosk_id, now)
    if until is not None:
        raise NotAllowedError(Refusal.exit_closed, until=until)
    low, high = PIN_LENGTHS
    try_pins = secret.isdigit() and secret.isascii() and low <= len(secret) <= high
    try_passwords = len(secret) >= MIN_PASSWORD_LENGTH
    people = StaffRole.select(StaffRole.staff).where(StaffRole.role.in_(STAFF_ROLES))
    candidates = _read(lambda: list(
        Staff.select().where(Staff.active == True, Staff.id.in_(people))  # noqa: E712
        .where((Staff.locked_until.is_null()) | (Staff.locked_until <= now))
        .order_by(Staff.id)
    ))
    found = None
    if try_pins:
        found = next((s for s in candidates if s.pin_hash and _matches(s.pin_hash, secret)), None)
    if found is None and try_passwords:
        found = next((s for s in candidates if _matches(s.password_hash, secret)), None)
    if found is None:
        audit.record("staff_exit_failed", staff_id=kiosk_id)
    else:
        audit.record("staff_exit", staff_id=found.id,
                     detail=f"kiosk={kiosk_id}" if kiosk_id is not None else "")
    return None if found is None else staff_row(found)
