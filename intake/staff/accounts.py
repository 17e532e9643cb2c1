"""Accounts: their names and roles checked, the roles an account holds and the active admins,
creating an account (the first one at first run), and reading one."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

import peewee

from intake import access, audit, db
from intake.access import ADMIN, ADMIN_ROLE, KIOSK_ROLE, STAFF_ROLES
from intake.errors import NotAllowedError, StorageError, ValidationError
from intake.models import Staff, StaffRole
from intake.records import StaffRow
from intake.staff.passwords import _hash, check_password, check_pin
from intake.validation import check_text
from intake.vocabulary import Refusal

log = logging.getLogger(__name__)

USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


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


def _admins():
    holders = StaffRole.select(StaffRole.staff).where(StaffRole.role == ADMIN_ROLE)
    return Staff.select().where(Staff.active == True, Staff.id.in_(holders))  # noqa: E712


def count_active_admins() -> int:
    return _admins().count()


def first_active_admin() -> StaffRow | None:
    """The longest-standing active admin account, or None."""
    admin = _admins().order_by(Staff.id).first()
    return None if admin is None else staff_row(admin)


def staff_row(staff: Staff, held: tuple[str, ...] | None = None) -> StaffRow:
    """The plain row of an account; `held` its roles when already read (else read here)."""
    return StaffRow(id=staff.id, username=staff.username, display_name=staff.display_name,
                    role=staff.role, roles=roles(staff.id) if held is None else held,
                    active=staff.active, has_pin=bool(staff.pin_hash),
                    failed_attempts=staff.failed_attempts, locked_until=staff.locked_until,
                    practitioner_id=staff.practitioner_id, created_at=staff.created_at)


def roles_by_account(staff_ids: Iterable[int]) -> dict[int, tuple[str, ...]]:
    """Every role of each account, in one query."""
    held: dict[int, set[str]] = {}
    for row in StaffRole.select(StaffRole.staff, StaffRole.role).where(StaffRole.staff.in_(list(staff_ids))):
        held.setdefault(row.staff_id, set()).add(row.role)
    return {staff_id: tuple(role for role in access.ALL_ROLES if role in found)
            for staff_id, found in held.items()}


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


def has_staff() -> bool:
    """Whether any person has an account (kiosks' device identities are not people)."""
    devices = StaffRole.select(StaffRole.staff).where(StaffRole.role == KIOSK_ROLE)
    return Staff.select().where(Staff.id.not_in(devices)).exists()


def create_staff(username: str, display_name: str, role: str | Iterable[str], password: str, *,
                 pin: str | None = None, practitioner_id: int | None = None,
                 by_staff_id: int | None) -> StaffRow:
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
                raise NotAllowedError(Refusal.admin_only)
            if ADMIN_ROLE not in held:
                raise NotAllowedError(Refusal.first_must_be_admin, field="role")
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
    return staff_row(staff, held)


# Refused like a guarded admin function once a database has people (the very first account,
# made at first run, is the one call without an actor); the introspection test checks it.
create_staff.__access__ = (ADMIN, "by_staff_id", None)  # type: ignore[attr-defined]


def _check_practitioner(practitioner_id: int | None) -> None:
    from intake.models import Practitioner

    if practitioner_id is not None and Practitioner.get_or_none(
            Practitioner.id == practitioner_id) is None:
        raise ValidationError("not_found", field="practitioner")


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
                  display_name: str, password: str, region: str = "") -> StaffRow:
    """First run: the clinic's record and its first admin account in one transaction, so a
    failure leaves neither behind. Raises the first `ValidationError` met."""
    from intake.clinic import create_clinic

    problems = account_problems(username, display_name, password)
    if problems:
        raise problems[0]
    with db.write():
        create_clinic(clinic_name, country=country, timezone=timezone, region=region)
        return create_staff(username, display_name, ADMIN_ROLE, password, by_staff_id=None)
