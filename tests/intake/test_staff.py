"""Staff accounts: creation, sign-in, lock-out, kiosk exit, admin rules (both backends)."""

from __future__ import annotations

import datetime as dt

import pytest
from argon2 import PasswordHasher

from intake import staff as staffmod
from intake.errors import NotAllowedError, ValidationError
from intake.models import AuditEntry, Staff
from intake.staff import kiosk as staff_kiosk
from intake.staff import passwords

T0 = dt.datetime(2026, 3, 2, 9, 0, 0)
APP_HASHER = staffmod.password_hasher()  # taken before any test replaces it


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch):
    """Low-cost argon2 parameters for tests only; the app keeps the library defaults."""
    monkeypatch.setattr(passwords, "hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    monkeypatch.setattr(passwords, "_dummy_hash", None)


@pytest.fixture
def admin(db) -> Staff:
    return staffmod.create_staff("boss", "Ada Admin", "admin", "correct horse", pin="2468",
                                 by_staff_id=None)


def _desk(admin: Staff, name: str = "desk", role: str = "front_desk", **kw) -> Staff:
    return staffmod.create_staff(name, name.title(), role, "desk pass 1", by_staff_id=admin.id, **kw)


def test_app_hasher_uses_library_defaults():
    assert APP_HASHER.time_cost >= 3 and APP_HASHER.memory_cost >= 65536
    assert APP_HASHER.hash("x").startswith("$argon2id$")


def test_sign_in_needs_the_password_a_pin_only_unlocks_for_its_owner(admin):
    assert staffmod.authenticate(" BOSS ", "correct horse", now=T0).id == admin.id
    with pytest.raises(NotAllowedError, match="unknown_or_wrong"):
        staffmod.authenticate("boss", "2468", now=T0)  # a PIN is no sign-in
    assert staffmod.unlock_desk(admin.id, "2468", now=T0).id == admin.id
    desk = _desk(admin, pin="13579")
    with pytest.raises(NotAllowedError, match="unknown_or_wrong"):
        staffmod.unlock_desk(admin.id, "13579", now=T0)  # someone else's PIN
    assert staffmod.unlock_desk(desk.id, "13579", now=T0).id == desk.id
    stored = Staff.get_by_id(admin.id)
    assert stored.password_hash.startswith("$argon2id$")
    assert "correct horse" not in stored.password_hash and stored.pin_hash != "2468"
    assert AuditEntry.select().where(AuditEntry.action == "sign_in").count() == 1
    assert AuditEntry.select().where(AuditEntry.action == "desk_unlocked").count() == 2
    failed = AuditEntry.get(AuditEntry.action == "desk_unlock_failed")
    assert failed.staff_id == admin.id and failed.detail == "failures=1"  # the unlock cleared the sign-in failure


def test_wrong_desk_pins_close_the_pin_never_lock_the_account(admin):
    for _ in range(staffmod.FREE_ATTEMPTS):
        with pytest.raises(NotAllowedError):
            staffmod.unlock_desk(admin.id, "1111", now=T0)
    with pytest.raises(NotAllowedError, match="pin_closed"):
        staffmod.unlock_desk(admin.id, "2468", now=T0)  # even the right PIN now
    assert Staff.get_by_id(admin.id).locked_until is None
    assert staffmod.unlock_desk(admin.id, "correct horse", now=T0).id == admin.id
    assert staffmod.unlock_desk(admin.id, "2468", now=T0).id == admin.id  # count cleared


def test_wrong_password_and_unknown_user_give_the_same_code(admin):
    with pytest.raises(NotAllowedError) as wrong:
        staffmod.authenticate("boss", "wrong horse", now=T0)
    with pytest.raises(NotAllowedError) as unknown:
        staffmod.authenticate("nobody", "wrong horse", now=T0)
    assert wrong.value.code == unknown.value.code == "unknown_or_wrong"
    failed = list(AuditEntry.select().where(AuditEntry.action == "sign_in_failed"))
    assert len(failed) == 2
    assert all("horse" not in e.detail and "nobody" not in e.detail for e in failed)
    assert Staff.get_by_id(admin.id).failed_attempts == 1


def test_lockout_after_five_tries_with_growing_delay(admin):
    for _ in range(4):
        with pytest.raises(NotAllowedError, match="unknown_or_wrong"):
            staffmod.authenticate("boss", "nope", now=T0)
    with pytest.raises(NotAllowedError) as fifth:
        staffmod.authenticate("boss", "nope", now=T0)
    assert fifth.value.code == "locked"
    assert fifth.value.details["until"] == T0 + dt.timedelta(minutes=1)
    # even the right password is refused while locked; the lock is in the database
    with pytest.raises(NotAllowedError, match="locked"):
        staffmod.authenticate("boss", "correct horse", now=T0 + dt.timedelta(seconds=59))
    assert Staff.get_by_id(admin.id).locked_until == T0 + dt.timedelta(minutes=1)
    # after the lock, one more wrong try locks for twice as long
    later = T0 + dt.timedelta(minutes=1, seconds=1)
    with pytest.raises(NotAllowedError) as sixth:
        staffmod.authenticate("boss", "nope", now=later)
    assert sixth.value.details["until"] == later + dt.timedelta(minutes=2)
    # the right password after the lock clears the count
    much_later = later + dt.timedelta(minutes=2, seconds=1)
    assert staffmod.authenticate("boss", "correct horse", now=much_later).failed_attempts == 0
    assert Staff.get_by_id(admin.id).locked_until is None


def test_lock_delay_doubles_and_is_capped():
    assert [staffmod.lock_delay(n) for n in range(5)] == [None] * 5
    assert staffmod.lock_delay(5) == dt.timedelta(minutes=1)
    assert staffmod.lock_delay(7) == dt.timedelta(minutes=4)
    assert staffmod.lock_delay(60) == dt.timedelta(hours=24)


def test_disabled_account_cannot_sign_in(admin):
    desk = _desk(admin)
    staffmod.set_active(desk.id, False, by_staff_id=admin.id)
    with pytest.raises(NotAllowedError, match="disabled"):
        staffmod.authenticate("desk", "desk pass 1", now=T0)


def test_kiosk_exit_accepts_any_active_staff_pin_or_password(admin):
    desk = _desk(admin, pin="13579")
    assert staffmod.verify_staff_secret("13579").id == desk.id
    assert staffmod.verify_staff_secret("correct horse").id == admin.id
    assert staffmod.verify_staff_secret("0000") is None
    assert staffmod.verify_staff_secret("") is None
    staffmod.set_active(desk.id, False, by_staff_id=admin.id)
    assert staffmod.verify_staff_secret("13579") is None
    assert not hasattr(staffmod, "verify_pin")


def test_a_kiosk_is_a_device_identity_that_cannot_sign_in(admin):
    kiosk = staffmod.kiosk_identity("Front door")
    assert staffmod.kiosk_identity("front door") == kiosk  # the same device again
    stored = Staff.get_by_id(kiosk)
    assert stored.username == "kiosk-front-door" and staffmod.roles(kiosk) == ("kiosk",)
    with pytest.raises(NotAllowedError, match="unknown_or_wrong"):
        staffmod.authenticate("kiosk-front-door", "!", now=T0)
    with pytest.raises(NotAllowedError, match="unknown_or_wrong"):
        staffmod.unlock_desk(kiosk, "!", now=T0)
    assert kiosk not in [s.id for s in staffmod.list_staff(by_staff_id=admin.id)]


def test_kiosk_exit_failures_count_per_kiosk_and_never_lock_staff(admin):
    desk = _desk(admin, pin="13579")
    front, back = staffmod.kiosk_identity("front"), staffmod.kiosk_identity("back")
    for wrong in ("0000", "1111", "2222", "3333", "4444"):
        assert staffmod.verify_staff_secret(wrong, kiosk_id=front, now=T0) is None
    assert staffmod.kiosk_exit_closed_until(front, T0) is not None
    assert staffmod.kiosk_exit_closed_until(back, T0) is None  # the other kiosk still opens
    assert staffmod.verify_staff_secret("13579", kiosk_id=back, now=T0).id == desk.id
    rows = list(AuditEntry.select().where(AuditEntry.action == "staff_exit_failed"))
    assert len(rows) == 5 and {row.staff_id for row in rows} == {front}
    assert all(s.failed_attempts == 0 and s.locked_until is None for s in Staff.select())
    assert staffmod.authenticate("desk", "desk pass 1", now=T0).id == desk.id


def test_create_staff_validates_each_field(admin):
    cases = [
        (("", "X", "front_desk", "longenough"), "username", "required"),
        (("a b", "X", "front_desk", "longenough"), "username", "bad_characters"),
        (("boss", "X", "front_desk", "longenough"), "username", "taken"),
        (("new", " ", "front_desk", "longenough"), "display_name", "required"),
        (("new", "X", "janitor", "longenough"), "role", "unknown_role"),
        (("new", "X", "front_desk", "short"), "password", "too_short"),
    ]
    for args, field, code in cases:
        with pytest.raises(ValidationError) as err:
            staffmod.create_staff(*args, by_staff_id=admin.id)
        assert (err.value.field, err.value.code) == (field, code)
    with pytest.raises(ValidationError) as err:
        staffmod.create_staff("new", "X", "front_desk", "longenough", pin="12a4", by_staff_id=admin.id)
    assert err.value.field == "pin"
    assert Staff.select().count() == 1


def test_first_account_must_be_admin_and_only_once(db):
    with pytest.raises(NotAllowedError, match="first_must_be_admin"):
        staffmod.create_staff("desk", "Desk", "front_desk", "longenough", by_staff_id=None)
    staffmod.create_staff("boss", "Boss", "admin", "longenough", by_staff_id=None)
    with pytest.raises(NotAllowedError, match="no_actor"):  # once someone has an account
        staffmod.create_staff("boss2", "Boss", "admin", "longenough", by_staff_id=None)


def test_admin_adds_disables_and_resets_staff(admin):
    desk = _desk(admin)
    assert [s.username for s in staffmod.list_staff(by_staff_id=admin.id)] == ["boss", "desk"]
    staffmod.set_active(desk.id, False, by_staff_id=admin.id)
    assert not Staff.get_by_id(desk.id).active
    assert [s.username for s in staffmod.list_staff(by_staff_id=admin.id, include_inactive=False)] == ["boss"]
    staffmod.set_active(desk.id, True, by_staff_id=admin.id)
    for _ in range(5):
        with pytest.raises(NotAllowedError):
            staffmod.authenticate("desk", "bad", now=T0)
    staffmod.reset_secret(desk.id, password="brand new pass", pin="9753", by_staff_id=admin.id)
    assert staffmod.authenticate("desk", "brand new pass", now=T0).id == desk.id
    assert staffmod.unlock_desk(desk.id, "9753", now=T0).id == desk.id
    actions = [e.action for e in AuditEntry.select().order_by(AuditEntry.id)]
    for action in ("staff_created", "staff_disabled", "staff_enabled", "staff_secret_reset"):
        assert action in actions


def test_last_admin_cannot_be_disabled_or_demoted(admin):
    with pytest.raises(NotAllowedError, match="last_admin"):
        staffmod.set_active(admin.id, False, by_staff_id=admin.id)
    with pytest.raises(NotAllowedError, match="last_admin"):
        staffmod.change_role(admin.id, "front_desk", by_staff_id=admin.id)
    assert staffmod.count_active_admins() == 1
    second = _desk(admin, "second", role="admin")
    staffmod.change_role(admin.id, "practitioner", by_staff_id=second.id)
    assert staffmod.count_active_admins() == 1
    with pytest.raises(NotAllowedError, match="last_admin"):
        staffmod.set_active(second.id, False, by_staff_id=second.id)
    assert not hasattr(staffmod, "delete_staff")


def test_non_admin_is_refused_staff_management(admin):
    desk = _desk(admin)
    other = _desk(admin, "other")
    for call in (
        lambda: staffmod.list_staff(by_staff_id=desk.id),
        lambda: staffmod.create_staff("x", "X", "front_desk", "longenough", by_staff_id=desk.id),
        lambda: staffmod.set_active(other.id, False, by_staff_id=desk.id),
        lambda: staffmod.change_role(desk.id, "admin", by_staff_id=desk.id),
        lambda: staffmod.reset_secret(other.id, password="longenough", by_staff_id=desk.id),
    ):
        with pytest.raises(NotAllowedError, match="admin_only"):
            call()
    assert Staff.get_by_id(desk.id).role == "front_desk"


def test_set_up_clinic_creates_clinic_and_first_admin_together(db):
    from intake.clinic import get_clinic, is_set_up

    with pytest.raises(ValidationError) as err:
        staffmod.set_up_clinic("Back Clinic", country="GB", timezone="Europe/London",
                               username="boss", display_name="Boss", password="short")
    assert err.value.field == "password" and not is_set_up()
    with pytest.raises(ValidationError) as err:
        staffmod.set_up_clinic(" ", country="GB", timezone="Europe/London",
                               username="boss", display_name="Boss", password="long enough")
    assert err.value.field == "clinic_name" and not staffmod.has_staff()
    boss = staffmod.set_up_clinic("Back Clinic", country="fr", timezone="Europe/Paris",
                                  username="Boss", display_name="Boss", password="long enough")
    assert boss.role == "admin" and boss.username == "boss"
    assert get_clinic().country == "FR" and staffmod.count_active_admins() == 1


def test_account_problems_lists_every_field():
    fields = [p.field for p in staffmod.account_problems("", "", "x")]
    assert fields == ["username", "display_name", "password"]


def test_kiosk_exit_tries_only_what_the_secret_could_be(admin, monkeypatch):
    _desk(admin, "one")
    _desk(admin, "two")
    tried: list[str] = []
    real = staff_kiosk._matches

    def counting(stored, secret):
        tried.append(stored)
        return real(stored, secret)

    monkeypatch.setattr(staff_kiosk, "_matches", counting)  # where verify_staff_secret looks it up
    assert staffmod.verify_staff_secret("1234") is None
    assert len(tried) == 1  # only the one PIN on file; no password is 4 characters long
    tried.clear()
    assert staffmod.verify_staff_secret("wrong but long") is None
    assert len(tried) == 3  # the three passwords, no PIN


def test_change_own_password_needs_the_old_one(admin):
    with pytest.raises(ValidationError) as err:
        staffmod.change_own_password(admin.id, "not it", "a brand new one")
    assert err.value.field == "old_password"
    staffmod.change_own_password(admin.id, "correct horse", "a brand new one")
    assert staffmod.authenticate("boss", "a brand new one", now=T0).id == admin.id


LOCK_FROM_ANOTHER_PROCESS = """
import sys
from intake import db, staff
from intake.errors import NotAllowedError
db.open_database(sys.argv[1])
codes = []
for _ in range(5):
    try:
        staff.authenticate("boss", "guessing")
    except NotAllowedError as exc:
        codes.append(exc.code)
print(",".join(codes))
db.close_database()
"""


def test_lock_set_by_another_process_holds_here(admin, db_url):
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", LOCK_FROM_ANOTHER_PROCESS, db_url],
                         capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip().split(",")[-1] == "locked"
    with pytest.raises(NotAllowedError, match="locked"):
        staffmod.authenticate("boss", "correct horse")


def test_sign_in_when_the_database_went_away_is_a_storage_error(admin, db):
    from intake.errors import StorageError

    db.close()
    with pytest.raises(StorageError):
        staffmod.authenticate("boss", "correct horse")
    with pytest.raises(StorageError):
        staffmod.verify_staff_secret("2468")
    db.connect()


def test_kiosk_exit_closes_after_five_wrong_tries_and_opens_again(admin):
    desk = _desk(admin, pin="13579")
    for wrong in ("0000", "1111", "2222", "3333"):
        assert staffmod.verify_staff_secret(wrong) is None
    assert staffmod.kiosk_exit_closed_until(None) is None
    assert staffmod.verify_staff_secret("4444") is None
    until = staffmod.kiosk_exit_closed_until(None)
    assert until is not None
    with pytest.raises(NotAllowedError, match="exit_closed") as refused:
        staffmod.verify_staff_secret("13579")  # even the right PIN: nothing is checked now
    assert refused.value.details["until"] == until
    failed = AuditEntry.select().where(AuditEntry.action == "staff_exit_failed").count()
    assert failed == 5  # a refused try is not checked, so not counted again
    later = until + dt.timedelta(seconds=1)
    assert staffmod.kiosk_exit_closed_until(None, later) is None
    assert staffmod.verify_staff_secret("13579", now=later).id == desk.id
