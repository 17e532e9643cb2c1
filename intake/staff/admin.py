"""An admin's changes to accounts: listing them, enabling and disabling, roles, the link to a
practitioner's diary, and new secrets. The last active admin is neither disabled nor demoted."""

from __future__ import annotations

from collections.abc import Iterable

from intake import access, audit, db
from intake.access import ADMIN, ADMIN_ROLE, KIOSK_ROLE
from intake.errors import NotAllowedError, ValidationError
from intake.models import Staff, StaffRole
from intake.records import StaffRow
from intake.staff.accounts import (
    _check_practitioner,
    _check_roles,
    _get,
    _lock_admin_rows,
    _set_role_rows,
    roles,
    roles_by_account,
    staff_row,
)
from intake.staff.passwords import _hash, check_password, check_pin
from intake.vocabulary import Refusal


@access.guarded(ADMIN, "by_staff_id")
def list_staff(*, by_staff_id: int | None, include_inactive: bool = True,
               include_kiosks: bool = False) -> list[StaffRow]:
    """Every account by display name (admin only); kiosks' device identities when asked."""
    query = Staff.select().order_by(Staff.display_name, Staff.id)
    if not include_kiosks:
        devices = StaffRole.select(StaffRole.staff).where(StaffRole.role == KIOSK_ROLE)
        query = query.where(Staff.id.not_in(devices))
    if not include_inactive:
        query = query.where(Staff.active == True)  # noqa: E712
    accounts = list(query)
    held = roles_by_account(s.id for s in accounts)
    return [staff_row(s, held.get(s.id, ())) for s in accounts]


@access.guarded(access.SETTINGS_READ, "by_staff_id")
def get_staff(staff_id: int, *, by_staff_id: int | None) -> StaffRow | None:
    """One account (a staff member may read their own and their colleagues' names)."""
    staff = Staff.get_or_none(Staff.id == staff_id)
    return None if staff is None else staff_row(staff)


@access.guarded(ADMIN, "by_staff_id")
def set_active(staff_id: int, active: bool, *, by_staff_id: int | None) -> StaffRow:
    """Enable or disable an account. The last active admin cannot be disabled."""
    with db.write():
        staff = _get(staff_id)
        if staff.active == active:
            return staff_row(staff)
        if not active and ADMIN_ROLE in access.roles_of(staff_id) and _lock_admin_rows() <= 1:
            raise NotAllowedError(Refusal.last_admin)
        Staff.update(active=active).where(Staff.id == staff_id).execute()
        audit.record("staff_enabled" if active else "staff_disabled", staff_id=by_staff_id,
                     detail=f"account={staff_id}")
    return staff_row(_get(staff_id))


@access.guarded(ADMIN, "by_staff_id")
def change_role(staff_id: int, role: str | Iterable[str], *, by_staff_id: int | None) -> StaffRow:
    """Give an account other roles (one or several). The last active admin cannot be demoted; a
    kiosk's identity keeps its only role."""
    held = _check_roles(role)
    with db.write():
        staff = _get(staff_id)
        before = roles(staff_id)
        if KIOSK_ROLE in before:
            raise ValidationError("unknown_role", field="role")
        if before == held:
            return staff_row(staff)
        if (ADMIN_ROLE in before and ADMIN_ROLE not in held and staff.active
                and _lock_admin_rows() <= 1):
            raise NotAllowedError(Refusal.last_admin)
        _set_role_rows(staff_id, held)
        audit.record("staff_role_changed", staff_id=by_staff_id,
                     detail=f"account={staff_id} role={'+'.join(before)}->{'+'.join(held)}")
    return staff_row(_get(staff_id))


@access.guarded(ADMIN, "by_staff_id")
def link_practitioner(staff_id: int, practitioner_id: int | None, *,
                      by_staff_id: int | None) -> StaffRow:
    """Link a staff account to a practitioner's diary (None: unlink). Their precaution and
    course-review decisions are recorded for that practitioner."""
    with db.write():
        staff = _get(staff_id)
        _check_practitioner(practitioner_id)
        if staff.practitioner_id == practitioner_id:
            return staff_row(staff)
        Staff.update(practitioner=practitioner_id).where(Staff.id == staff_id).execute()
        audit.record("staff_practitioner_linked", staff_id=by_staff_id,
                     detail=f"account={staff_id} practitioner={practitioner_id}")
    return staff_row(_get(staff_id))


@access.guarded(ADMIN, "by_staff_id")
def reset_secret(staff_id: int, *, password: str | None = None, pin: str | None = None,
                 clear_pin: bool = False, by_staff_id: int | None) -> StaffRow:
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
    return staff_row(_get(staff_id))
