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
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import peewee

from intake import access, audit, clinic, db
from intake.access import ADMIN, ADMIN_ROLE, KIOSK_ROLE, STAFF_ROLES
from intake.errors import NotAllowedError, StorageError, ValidationError
from intake.models import AuditEntry, Staff, StaffRole
from intake.validation import check_text

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
    check_text(username, "username")
    username = username.strip().lower()
    if not username:
        raise ValidationError("required", field="username")
    if len(username) > 80:
        raise ValidationError("too_long", field="username")
    if not USERNAME_RE.match(username):
        raise ValidationError("bad_characters", field="username")
    return username


def _check_display_name(name: str) -> str:
    check_text(name, "display_name")
    name = name.strip()
    if not name:
        raise ValidationError("required", field="display_name")
    if len(name) > 200:
        raise ValidationError("too_long", field="display_name")
    return name


def _check_role(role: str) -> str:
    if role not in STAFF_ROLES:
        raise ValidationError("unknown_role", field="role")
    return role


def _check_roles(roles: Iterable[str]) -> tuple[str, ...]:
    """The roles in the table's order, each known; at least one."""
    if isinstance(roles, str):
        roles = (roles,)
    wanted = set(roles)
    for role in wanted:
        _check_role(role)
    if not wanted:
        raise ValidationError("required", field="role")
    return tuple(role for role in STAFF_ROLES if role in wanted)


def check_password(password: str) -> None:
    """Raise `ValidationError(field="password")` unless `password` is acceptable."""
    check_text(password, "password")
    if not password:
        raise ValidationError("required", field="password")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError("too_short", field="password", minimum=MIN_PASSWORD_LENGTH)
    if len(password) > 1024:
        raise ValidationError("too_long", field="password")


def check_pin(pin: str) -> None:
    """Raise `ValidationError(field="pin")` unless `pin` is 4 to 8 digits."""
    check_text(pin, "pin")
    if not pin.isdigit() or not pin.isascii():
        raise ValidationError("not_digits", field="pin")
    low, high = PIN_LENGTHS
    if not low <= len(pin) <= high:
        raise ValidationError("too_short" if len(pin) < low else "too_long", field="pin",
                              minimum=low, maximum=high)


# --------------------------------------------------------------------------- permissions


def _admins():
    holders = StaffRole.select(StaffRole.staff).where(StaffRole.role == ADMIN_ROLE)
    return Staff.select().where(Staff.active == True, Staff.id.in_(holders))  # noqa: E712


def count_active_admins() -> int:
    return _admins().count()


def first_active_admin() -> Staff | None:
    """The longest-standing active admin account, or None."""
    return _admins().order_by(Staff.id).first()


def roles(staff_id: int) -> tuple[str, ...]:
    """The roles account `staff_id` holds, in the role table's order."""
    held = access.roles_of(staff_id)
    return tuple(role for role in access.ALL_ROLES if role in held)


def _lock_admin_rows() -> int:
    """Count active admins inside a write transaction, locking their rows on PostgreSQL so two
    admins cannot demote each other at the same moment (SQLite already holds the write lock)."""
    query = _admins().select(Staff.id)
    if not db.is_sqlite():
        query = query.for_update()
    return len(list(query))


def _set_role_rows(staff_id: int, wanted: Iterable[str]) -> None:
    wanted = tuple(wanted)
    StaffRole.delete().where(StaffRole.staff == staff_id).execute()
    for role in wanted:
        StaffRole.create(staff=staff_id, role=role)
    Staff.update(role=wanted[0]).where(Staff.id == staff_id).execute()


# --------------------------------------------------------------------------- creating


def has_staff() -> bool:
    """Whether any person has an account (kiosks' device identities are not people)."""
    devices = StaffRole.select(StaffRole.staff).where(StaffRole.role == KIOSK_ROLE)
    return Staff.select().where(Staff.id.not_in(devices)).exists()


def create_staff(username: str, display_name: str, role: str | Iterable[str], password: str, *,
                 pin: str | None = None, practitioner_id: int | None = None,
                 by_staff_id: int | None) -> Staff:
    """Create an account holding `role` (one role or several). `by_staff_id` must be an active
    admin, except for the very first account of a database (first-run setup or demo), which
    must itself be an admin."""
    if by_staff_id is not None or has_staff():
        access.require(by_staff_id, ADMIN)  # who acts, before anything typed is looked at
    username = _check_username(username)
    display_name = _check_display_name(display_name)
    held = _check_roles(role)
    check_password(password)
    if pin:
        check_pin(pin)
    password_hash = _hash(password)
    pin_hash = _hash(pin) if pin else None
    with db.write():
        if by_staff_id is None:
            if has_staff():
                raise NotAllowedError("admin_only")
            if ADMIN_ROLE not in held:
                raise NotAllowedError("first_must_be_admin", field="role")
        else:
            access.require(by_staff_id, ADMIN)
        if Staff.select().where(Staff.username == username).exists():
            raise ValidationError("taken", field="username")
        _check_practitioner(practitioner_id)
        staff = Staff.create(username=username, display_name=display_name, role=held[0],
                             password_hash=password_hash, pin_hash=pin_hash,
                             practitioner=practitioner_id)
        _set_role_rows(staff.id, held)
        audit.record("staff_created", staff_id=by_staff_id or staff.id,
                     detail=f"account={staff.id} role={'+'.join(held)}")
    log.info("staff account %d created (%s)", staff.id, "+".join(held))
    return staff


# Refused like a guarded admin function once a database has people (the very first account,
# made at first run, is the one call without an actor); the introspection test checks it.
create_staff.__access__ = (ADMIN, "by_staff_id", None)  # type: ignore[attr-defined]


def _check_practitioner(practitioner_id: int | None) -> None:
    from intake.models import Practitioner

    if practitioner_id is not None and Practitioner.get_or_none(
            Practitioner.id == practitioner_id) is None:
        raise ValidationError("not_found", field="practitioner")


# --------------------------------------------------------------------------- signing in


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
    now = now or _now()
    check_text(username, "username")
    check_text(secret, "password")
    name = username.strip().lower()
    staff = _read(lambda: Staff.get_or_none(Staff.username == name)) if name else None
    if staff is not None and KIOSK_ROLE in access.roles_of(staff.id):
        staff = None
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
        raise NotAllowedError("locked", until=until)
    raise NotAllowedError("unknown_or_wrong")


def unlock_desk(staff_id: int, secret: str, *, now: dt.datetime | None = None) -> Staff:
    """The desk locked by `staff_id` opens again for that same person, with their PIN or their
    password. Wrong tries are counted on the account and audited (`desk_unlock_failed`); after
    FREE_ATTEMPTS of them in a row the PIN no longer opens it (`pin_closed`: sign in with the
    password, which clears the count). Raises NotAllowedError unknown_or_wrong / disabled /
    locked / pin_closed."""
    now = now or _now()
    check_text(secret, "password")
    staff = _read(lambda: Staff.get_or_none(Staff.id == staff_id)) if isinstance(staff_id, int) else None
    if staff is None or KIOSK_ROLE in access.roles_of(staff.id):
        raise NotAllowedError("unknown_or_wrong")
    if not staff.active:
        raise NotAllowedError("disabled")
    if staff.locked_until is not None and staff.locked_until > now:
        raise NotAllowedError("locked", until=staff.locked_until)
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
    raise NotAllowedError("pin_closed" if failures >= FREE_ATTEMPTS else "unknown_or_wrong")


def countersign(staff_id: int, pin: str, *, now: dt.datetime | None = None) -> Staff:
    """A practitioner countersigns a decision at someone else's desk with their own PIN.
    Counted and audited like unlocking the desk (`countersign_failed`; after FREE_ATTEMPTS
    wrong PINs in a row `pin_closed` until their next password sign-in); never locks the
    account. NotAllowedError unknown_or_wrong / disabled / locked / pin_closed."""
    now = now or _now()
    check_text(pin, "pin")
    staff = _read(lambda: Staff.get_or_none(Staff.id == staff_id)) if isinstance(staff_id, int) else None
    if staff is None or KIOSK_ROLE in access.roles_of(staff.id):
        raise NotAllowedError("unknown_or_wrong", field="pin")
    if not staff.active:
        raise NotAllowedError("disabled", field="pin")
    if staff.locked_until is not None and staff.locked_until > now:
        raise NotAllowedError("locked", field="pin", until=staff.locked_until)
    if staff.failed_attempts < FREE_ATTEMPTS and _matches(staff.pin_hash, pin):
        if staff.failed_attempts:
            with db.write():
                Staff.update(failed_attempts=0).where(Staff.id == staff.id).execute()
        return staff
    with db.write():
        Staff.update(failed_attempts=Staff.failed_attempts + 1).where(Staff.id == staff.id).execute()
        failures = Staff.get_by_id(staff.id).failed_attempts
        audit.record("countersign_failed", staff_id=staff.id, detail=f"failures={failures}")
    raise NotAllowedError("pin_closed" if failures >= FREE_ATTEMPTS else "unknown_or_wrong",
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


def kiosk_name_ok(name: str) -> str:
    """A kiosk's device name as its identity's username (`kiosk-<name>`)."""
    check_text(name, "kiosk")
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
    check_text(name, "kiosk")
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
    now = now or _now()
    kiosk = AuditEntry.staff.is_null() if kiosk_id is None else AuditEntry.staff == kiosk_id
    recent = _read(lambda: [entry.at for entry in AuditEntry.select(AuditEntry.at)
                            .where((AuditEntry.action == "staff_exit_failed") & kiosk
                                   & (AuditEntry.at > now - EXIT_WINDOW))
                            .order_by(AuditEntry.at.desc()).limit(EXIT_TRIES)])
    return recent[-1] + EXIT_WINDOW if len(recent) >= EXIT_TRIES else None


def verify_staff_secret(secret: str, *, kiosk_id: int | None = None,
                        now: dt.datetime | None = None) -> Staff | None:
    """The staff exit of kiosk `kiosk_id`: the active, unlocked staff member whose PIN or password
    is `secret`, or None. Cheap enough: a PIN is only tried when `secret` is 4-8 digits, a password
    only when it is long enough to be one; PINs first. Writes an audit row either way (a failure
    as the kiosk). Raises NotAllowedError("exit_closed", until=...) after too many wrong tries at
    this kiosk (nothing is checked). Never counts against a staff account."""
    now = now or _now()
    if not secret:
        return None
    check_text(secret, "password")
    until = kiosk_exit_closed_until(kiosk_id, now)
    if until is not None:
        raise NotAllowedError("exit_closed", until=until)
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
    return found


# --------------------------------------------------------------------------- administration


@access.guarded(ADMIN, "by_staff_id")
def list_staff(*, by_staff_id: int | None, include_inactive: bool = True,
               include_kiosks: bool = False) -> list[Staff]:
    """Every account by display name (admin only); kiosks' device identities when asked."""
    query = Staff.select().order_by(Staff.display_name, Staff.id)
    if not include_kiosks:
        devices = StaffRole.select(StaffRole.staff).where(StaffRole.role == KIOSK_ROLE)
        query = query.where(Staff.id.not_in(devices))
    if not include_inactive:
        query = query.where(Staff.active == True)  # noqa: E712
    return list(query)


@access.guarded(access.SETTINGS_READ, "by_staff_id")
def get_staff(staff_id: int, *, by_staff_id: int | None) -> Staff | None:
    """One account (a staff member may read their own and their colleagues' names)."""
    return Staff.get_or_none(Staff.id == staff_id)


@access.guarded(ADMIN, "by_staff_id")
def set_active(staff_id: int, active: bool, *, by_staff_id: int | None) -> Staff:
    """Enable or disable an account. The last active admin cannot be disabled."""
    with db.write():
        staff = _get(staff_id)
        if staff.active == active:
            return staff
        if not active and ADMIN_ROLE in access.roles_of(staff_id) and _lock_admin_rows() <= 1:
            raise NotAllowedError("last_admin")
        Staff.update(active=active).where(Staff.id == staff_id).execute()
        audit.record("staff_enabled" if active else "staff_disabled", staff_id=by_staff_id,
                     detail=f"account={staff_id}")
    return _get(staff_id)


@access.guarded(ADMIN, "by_staff_id")
def change_role(staff_id: int, role: str | Iterable[str], *, by_staff_id: int | None) -> Staff:
    """Give an account other roles (one or several). The last active admin cannot be demoted; a
    kiosk's identity keeps its only role."""
    held = _check_roles(role)
    with db.write():
        staff = _get(staff_id)
        before = roles(staff_id)
        if KIOSK_ROLE in before:
            raise ValidationError("unknown_role", field="role")
        if before == held:
            return staff
        if (ADMIN_ROLE in before and ADMIN_ROLE not in held and staff.active
                and _lock_admin_rows() <= 1):
            raise NotAllowedError("last_admin")
        _set_role_rows(staff_id, held)
        audit.record("staff_role_changed", staff_id=by_staff_id,
                     detail=f"account={staff_id} role={'+'.join(before)}->{'+'.join(held)}")
    return _get(staff_id)


@access.guarded(ADMIN, "by_staff_id")
def link_practitioner(staff_id: int, practitioner_id: int | None, *,
                      by_staff_id: int | None) -> Staff:
    """Link a staff account to a practitioner's diary (None: unlink). Their precaution and
    course-review decisions are recorded for that practitioner."""
    with db.write():
        staff = _get(staff_id)
        _check_practitioner(practitioner_id)
        if staff.practitioner_id == practitioner_id:
            return staff
        Staff.update(practitioner=practitioner_id).where(Staff.id == staff_id).execute()
        audit.record("staff_practitioner_linked", staff_id=by_staff_id,
                     detail=f"account={staff_id} practitioner={practitioner_id}")
    return _get(staff_id)


@access.guarded(ADMIN, "by_staff_id")
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
        _get(staff_id)
        Staff.update(changes).where(Staff.id == staff_id).execute()
        audit.record("staff_secret_reset", staff_id=by_staff_id,
                     detail=f"account={staff_id} {what or 'pin_cleared'}")
    return _get(staff_id)


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
