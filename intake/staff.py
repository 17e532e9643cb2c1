"""Staff accounts: creation, sign-in with lock-out, the kiosk's staff exit, and admin changes.

Passwords and PINs are stored only as argon2id hashes (argon2-cffi's `PasswordHasher`, its
default, RFC 9106 low-memory parameters). Admin-only functions take `by_staff_id`, look the
acting account up in the database and raise `NotAllowedError("admin_only")` unless it is an
active admin, so the rule holds whatever the screen shows. The last active admin can be neither
disabled nor demoted; there is no function to delete an account.

Error codes (never UI wording):
- sign-in: `NotAllowedError` with code `unknown_or_wrong`, `locked` (details: until), `disabled`
- admin: `NotAllowedError` with `admin_only`, `last_admin`, `first_must_be_admin`
- input: `ValidationError` with field username / display_name / role / password / pin and code
  required, too_long, bad_characters, taken, too_short, not_digits, unknown_role
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import peewee

from intake import audit, clinic, db
from intake.errors import NotAllowedError, StorageError, ValidationError
from intake.models import AuditEntry, Staff
from intake.session import ROLES

if TYPE_CHECKING:
    from argon2 import PasswordHasher

log = logging.getLogger(__name__)

MIN_PASSWORD_LENGTH = 8
PIN_LENGTHS = (4, 8)  # inclusive
FREE_ATTEMPTS = 5  # wrong tries before the first lock
FIRST_LOCK = dt.timedelta(minutes=1)  # doubled for each further failure
MAX_LOCK = dt.timedelta(hours=24)
EXIT_TRIES = 5  # wrong secrets at the kiosk's staff exit within EXIT_WINDOW close it
EXIT_WINDOW = dt.timedelta(minutes=15)  # ... until the oldest of those tries is this old
USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*$")

# Module-level so tests may swap in cheap parameters; the app always uses the defaults. Made on
# first use (password_hasher()): no window waits for argon2 to load.
hasher: PasswordHasher | None = None

# Verified against when a username is unknown, so a wrong name costs as long as a wrong password.
_dummy_hash: str | None = None


def _now() -> dt.datetime:
    return clinic.now()


# --------------------------------------------------------------------------- hashing


def password_hasher() -> PasswordHasher:
    """argon2id with the library's default cost."""
    global hasher
    if hasher is None:
        from argon2 import PasswordHasher

        hasher = PasswordHasher()
    return hasher


def _hash(secret: str) -> str:
    return password_hasher().hash(secret)


def _matches(stored: str | None, secret: str) -> bool:
    if not stored:
        return False
    from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

    try:
        return password_hasher().verify(stored, secret)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _spend_time(secret: str) -> None:
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = _hash("no such account")
    _matches(_dummy_hash, secret)


# --------------------------------------------------------------------------- validation


def _check_username(username: str) -> str:
    username = username.strip().lower()
    if not username:
        raise ValidationError("required", field="username")
    if len(username) > 80:
        raise ValidationError("too_long", field="username")
    if not USERNAME_RE.match(username):
        raise ValidationError("bad_characters", field="username")
    return username


def _check_display_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise ValidationError("required", field="display_name")
    if len(name) > 200:
        raise ValidationError("too_long", field="display_name")
    return name


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise ValidationError("unknown_role", field="role")
    return role


def check_password(password: str) -> None:
    """Raise `ValidationError(field="password")` unless `password` is acceptable."""
    if not password:
        raise ValidationError("required", field="password")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError("too_short", field="password", minimum=MIN_PASSWORD_LENGTH)
    if len(password) > 1024:
        raise ValidationError("too_long", field="password")


def check_pin(pin: str) -> None:
    """Raise `ValidationError(field="pin")` unless `pin` is 4 to 8 digits."""
    if not pin.isdigit() or not pin.isascii():
        raise ValidationError("not_digits", field="pin")
    low, high = PIN_LENGTHS
    if not low <= len(pin) <= high:
        raise ValidationError("too_short" if len(pin) < low else "too_long", field="pin",
                              minimum=low, maximum=high)


# --------------------------------------------------------------------------- permissions


def _require_admin(by_staff_id: int | None) -> Staff:
    actor = Staff.get_or_none(Staff.id == by_staff_id) if by_staff_id is not None else None
    if actor is None or not actor.active or actor.role != "admin":
        raise NotAllowedError("admin_only")
    return actor


def is_admin(staff_id: int | None) -> bool:
    """Whether `staff_id` is an active admin right now (read from the database)."""
    try:
        _require_admin(staff_id)
    except NotAllowedError:
        return False
    return True


def count_active_admins() -> int:
    return Staff.select().where(Staff.active == True, Staff.role == "admin").count()  # noqa: E712


def first_active_admin() -> Staff | None:
    """The longest-standing active admin account, or None."""
    return (Staff.select().where(Staff.active == True, Staff.role == "admin")  # noqa: E712
            .order_by(Staff.id).first())


def _lock_admin_rows() -> int:
    """Count active admins inside a write transaction, locking their rows on PostgreSQL so two
    admins cannot demote each other at the same moment (SQLite already holds the write lock)."""
    query = Staff.select(Staff.id).where(Staff.active == True, Staff.role == "admin")  # noqa: E712
    if not db.is_sqlite():
        query = query.for_update()
    return len(list(query))


# --------------------------------------------------------------------------- creating


def has_staff() -> bool:
    return Staff.select().exists()


def create_staff(username: str, display_name: str, role: str, password: str, *,
                 pin: str | None = None, practitioner_id: int | None = None,
                 by_staff_id: int | None) -> Staff:
    """Create an account. `by_staff_id` must be an active admin, except for the very first
    account of a database (first-run setup or demo), which must itself be an admin."""
    username = _check_username(username)
    display_name = _check_display_name(display_name)
    role = _check_role(role)
    check_password(password)
    if pin:
        check_pin(pin)
    password_hash = _hash(password)
    pin_hash = _hash(pin) if pin else None
    with db.write():
        if by_staff_id is None:
            if has_staff():
                raise NotAllowedError("admin_only")
            if role != "admin":
                raise NotAllowedError("first_must_be_admin", field="role")
        else:
            _require_admin(by_staff_id)
        if Staff.select().where(Staff.username == username).exists():
            raise ValidationError("taken", field="username")
        staff = Staff.create(username=username, display_name=display_name, role=role,
                             password_hash=password_hash, pin_hash=pin_hash,
                             practitioner=practitioner_id)
        audit.record("staff_created", staff_id=by_staff_id or staff.id,
                     detail=f"account={staff.id} role={role}")
    log.info("staff account %d created (%s)", staff.id, role)
    return staff


# --------------------------------------------------------------------------- signing in


def lock_delay(failed_attempts: int) -> dt.timedelta | None:
    """How long an account stays locked after its `failed_attempts`-th wrong try in a row:
    nothing for the first four, then 1 min, 2, 4, ... up to 24 h."""
    if failed_attempts < FREE_ATTEMPTS:
        return None
    delay = FIRST_LOCK * (2 ** min(failed_attempts - FREE_ATTEMPTS, 20))
    return min(delay, MAX_LOCK)


def authenticate(username: str, secret: str, *, now: dt.datetime | None = None) -> Staff:
    """The account whose password or PIN is `secret`. Wrong tries are counted in the database,
    so a lock holds across processes and computers; a right one clears the count."""
    now = now or _now()
    name = username.strip().lower()
    staff = _read(lambda: Staff.get_or_none(Staff.username == name)) if name else None
    if staff is None:
        _spend_time(secret)
        audit.record("sign_in_failed", staff_id=None, detail="reason=unknown_or_wrong")
        raise NotAllowedError("unknown_or_wrong")
    if not staff.active:
        _spend_time(secret)
        audit.record("sign_in_failed", staff_id=staff.id, detail="reason=disabled")
        raise NotAllowedError("disabled")
    if staff.locked_until is not None and staff.locked_until > now:
        audit.record("sign_in_failed", staff_id=staff.id, detail="reason=locked")
        raise NotAllowedError("locked", until=staff.locked_until)
    if _matches(staff.password_hash, secret) or _matches(staff.pin_hash, secret):
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


def sign_in(username: str, secret: str) -> SignedIn:
    """`authenticate`, answered as plain data."""
    staff = authenticate(username, secret)
    return SignedIn(staff.id, staff.username, staff.display_name, staff.role)


def signed_in_as(staff_id: int) -> SignedIn | None:
    staff = get_staff(staff_id)
    if staff is None:
        return None
    return SignedIn(staff.id, staff.username, staff.display_name, staff.role)


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
        raise NotAllowedError("locked", until=until)
    raise NotAllowedError("unknown_or_wrong")


def verify_pin(staff_id: int, pin: str, *, now: dt.datetime | None = None) -> bool:
    """Whether `pin` is the PIN of the active, unlocked account `staff_id`."""
    now = now or _now()
    staff = Staff.get_or_none(Staff.id == staff_id)
    if staff is None or not staff.active:
        return False
    if staff.locked_until is not None and staff.locked_until > now:
        return False
    return _matches(staff.pin_hash, pin)


def kiosk_exit_closed_until(now: dt.datetime | None = None) -> dt.datetime | None:
    """After EXIT_TRIES wrong secrets at a kiosk's staff exit within EXIT_WINDOW, the time it
    opens again; None while it is open. Counted from the audit trail, so a restarted kiosk (or a
    second one) does not start afresh: guessing a 4-digit PIN takes weeks, not an afternoon."""
    now = now or _now()
    recent = _read(lambda: [entry.at for entry in AuditEntry.select(AuditEntry.at)
                            .where((AuditEntry.action == "staff_exit_failed")
                                   & (AuditEntry.at > now - EXIT_WINDOW))
                            .order_by(AuditEntry.at.desc()).limit(EXIT_TRIES)])
    return recent[-1] + EXIT_WINDOW if len(recent) >= EXIT_TRIES else None


def verify_staff_secret(secret: str, *, now: dt.datetime | None = None) -> Staff | None:
    """The kiosk's staff exit: the active, unlocked staff member whose PIN or password is
    `secret`, or None. Cheap enough: a PIN is only tried when `secret` is 4-8 digits, a password
    only when it is long enough to be one; PINs first. Writes an audit row either way. Raises
    NotAllowedError("exit_closed", until=...) after too many wrong tries (nothing is checked)."""
    now = now or _now()
    if not secret:
        return None
    until = kiosk_exit_closed_until(now)
    if until is not None:
        raise NotAllowedError("exit_closed", until=until)
    low, high = PIN_LENGTHS
    try_pins = secret.isdigit() and secret.isascii() and low <= len(secret) <= high
    try_passwords = len(secret) >= MIN_PASSWORD_LENGTH
    candidates = _read(lambda: list(
        Staff.select().where(Staff.active == True)  # noqa: E712
        .where((Staff.locked_until.is_null()) | (Staff.locked_until <= now))
        .order_by(Staff.id)
    ))
    found = None
    if try_pins:
        found = next((s for s in candidates if s.pin_hash and _matches(s.pin_hash, secret)), None)
    if found is None and try_passwords:
        found = next((s for s in candidates if _matches(s.password_hash, secret)), None)
    if found is None:
        audit.record("staff_exit_failed", staff_id=None)
    else:
        audit.record("staff_exit", staff_id=found.id)
    return found


# --------------------------------------------------------------------------- administration


def list_staff(*, by_staff_id: int | None, include_inactive: bool = True) -> list[Staff]:
    """Every account by display name (admin only)."""
    _require_admin(by_staff_id)
    query = Staff.select().order_by(Staff.display_name, Staff.id)
    if not include_inactive:
        query = query.where(Staff.active == True)  # noqa: E712
    return list(query)


def get_staff(staff_id: int) -> Staff | None:
    return Staff.get_or_none(Staff.id == staff_id)


def set_active(staff_id: int, active: bool, *, by_staff_id: int | None) -> Staff:
    """Enable or disable an account. The last active admin cannot be disabled."""
    with db.write():
        _require_admin(by_staff_id)
        staff = _get(staff_id)
        if staff.active == active:
            return staff
        if not active and staff.role == "admin" and _lock_admin_rows() <= 1:
            raise NotAllowedError("last_admin")
        Staff.update(active=active).where(Staff.id == staff_id).execute()
        audit.record("staff_enabled" if active else "staff_disabled", staff_id=by_staff_id,
                     detail=f"account={staff_id}")
    return _get(staff_id)


def change_role(staff_id: int, role: str, *, by_staff_id: int | None) -> Staff:
    """Give an account another role. The last active admin cannot be demoted."""
    role = _check_role(role)
    with db.write():
        _require_admin(by_staff_id)
        staff = _get(staff_id)
        if staff.role == role:
            return staff
        if staff.role == "admin" and staff.active and _lock_admin_rows() <= 1:
            raise NotAllowedError("last_admin")
        Staff.update(role=role).where(Staff.id == staff_id).execute()
        audit.record("staff_role_changed", staff_id=by_staff_id,
                     detail=f"account={staff_id} role={staff.role}->{role}")
    return _get(staff_id)


def reset_secret(staff_id: int, *, password: str | None = None, pin: str | None = None,
                 clear_pin: bool = False, by_staff_id: int | None) -> Staff:
    """Set a new password and/or PIN for an account (admin only); also lifts a lock-out."""
    if password is None and pin is None and not clear_pin:
        raise ValidationError("required", field="password")
    if password is not None:
        check_password(password)
    if pin is not None:
        check_pin(pin)
    changes: dict = {Staff.failed_attempts: 0, Staff.locked_until: None}
    if password is not None:
        changes[Staff.password_hash] = _hash(password)
    if pin is not None:
        changes[Staff.pin_hash] = _hash(pin)
    elif clear_pin:
        changes[Staff.pin_hash] = None
    what = ",".join(k for k, v in (("password", password), ("pin", pin)) if v is not None)
    with db.write():
        _require_admin(by_staff_id)
        _get(staff_id)
        Staff.update(changes).where(Staff.id == staff_id).execute()
        audit.record("staff_secret_reset", staff_id=by_staff_id,
                     detail=f"account={staff_id} {what or 'pin_cleared'}")
    return _get(staff_id)


def change_own_password(staff_id: int, old: str, new: str) -> None:
    """A staff member replaces their own password, proving the old one."""
    staff = _get(staff_id)
    if not _matches(staff.password_hash, old):
        raise ValidationError("wrong", field="old_password")
    check_password(new)
    new_hash = _hash(new)
    with db.write():
        Staff.update(password_hash=new_hash).where(Staff.id == staff_id).execute()
        audit.record("staff_secret_reset", staff_id=staff_id, detail=f"account={staff_id} own")


def _read(query):
    """Run a read; a database that went away becomes `StorageError("unavailable")`."""
    try:
        return query()
    except (peewee.OperationalError, peewee.InterfaceError) as exc:
        raise StorageError("unavailable") from exc


def _get(staff_id: int) -> Staff:
    staff = Staff.get_or_none(Staff.id == staff_id)
    if staff is None:
        raise ValidationError("not_found", field="staff")
    return staff


# --------------------------------------------------------------------------- first run


def account_problems(username: str, display_name: str, password: str) -> list[ValidationError]:
    """Every problem with a new account's fields at once (for a form that marks each field)."""
    problems = []
    for check, value in ((_check_username, username), (_check_display_name, display_name),
                         (check_password, password)):
        try:
            check(value)
        except ValidationError as exc:
            problems.append(exc)
    return problems


def set_up_clinic(clinic_name: str, *, country: str, timezone: str, username: str,
                  display_name: str, password: str, region: str = "") -> Staff:
    """First run: the clinic's record and its first admin account in one transaction, so a
    failure leaves neither behind. Raises the first `ValidationError` met."""
    from intake.clinic import create_clinic

    problems = account_problems(username, display_name, password)
    if problems:
        raise problems[0]
    with db.write():
        create_clinic(clinic_name, country=country, timezone=timezone, region=region)
        return create_staff(username, display_name, "admin", password, by_staff_id=None)
