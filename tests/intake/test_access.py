"""Who may do what (intake/access.py): every public function of intake/ is classified, and every
guarded one refuses a missing, unknown, disabled or wrong-role actor before writing anything."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import sys

import pytest

import intake
from intake import access
from intake import staff as staffmod
from intake.errors import NotAllowedError
from intake.models import ALL_MODELS, Staff, StaffRole
from intake.staff import passwords


def _public_functions() -> dict[str, object]:
    found = {}
    for info in pkgutil.walk_packages(intake.__path__, "intake."):
        if ".migrations" in info.name:
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if (not name.startswith("_") and inspect.isfunction(value)
                    and value.__module__ == module.__name__):
                found[f"{module.__name__}.{name}"] = value
    return found


FUNCTIONS = _public_functions()
GUARDED = {key: fn for key, fn in FUNCTIONS.items() if hasattr(fn, "__access__")}


def test_every_public_function_is_classified():
    unclassified = sorted(key for key, fn in FUNCTIONS.items()
                          if not hasattr(fn, "__access__") and key not in access.UNGUARDED)
    assert unclassified == [], "say who may call these (intake/access.py)"
    stale = sorted(set(access.UNGUARDED) - set(FUNCTIONS))
    assert stale == [], "listed in access.UNGUARDED but no longer public functions"
    assert not set(GUARDED) & set(access.UNGUARDED)
    assert len(GUARDED) >= 40  # the patient, booking, settings, staff and audit functions


def test_the_role_table_is_the_issues():
    table = {action: set(roles) for action, roles in access.RULES.items()}
    assert table == {
        "patients": {"admin", "front_desk", "practitioner"},
        "bookings": {"admin", "front_desk", "practitioner"},
        "decide": {"practitioner"},
        "settings_read": {"admin", "front_desk", "practitioner"},
        "admin": {"admin"},
        "kiosk": {"kiosk"},
    }


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch):
    from argon2 import PasswordHasher

    monkeypatch.setattr(passwords, "hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


@pytest.fixture
def people(db):
    """One account per role, the owner (admin + practitioner), a disabled account holding every
    role, and a kiosk's device identity."""
    staffmod.create_staff("owner", "Owner", ("admin", "practitioner"), "owner pass 1",
                          by_staff_id=None)
    owner = Staff.get(Staff.username == "owner").id
    made = {"owner": owner}
    for role in ("admin", "front_desk", "practitioner"):
        made[role] = staffmod.create_staff(role.replace("_", "-"), role, role, "a pass 123",
                                           by_staff_id=owner).id
    disabled = staffmod.create_staff("gone", "Gone", ("admin", "front_desk", "practitioner"),
                                     "a pass 123", by_staff_id=owner).id
    staffmod.set_active(disabled, False, by_staff_id=owner)
    made["disabled"] = disabled
    made["kiosk"] = staffmod.kiosk_identity("front")
    return made


def _wrong_role(people, action: str) -> int:
    for name in ("kiosk", "front_desk", "admin", "practitioner"):
        roles = {"kiosk"} if name == "kiosk" else {name}
        if not roles & access.RULES[action]:
            return people[name]
    raise AssertionError(action)


def _call(fn, actor_param: str, actor, by: str | None):
    """Call `fn` as `actor`, every other required argument a dummy: the refusal must come
    before any of them is looked at."""
    args, kwargs = [], {}
    for name, param in inspect.signature(fn).parameters.items():
        if name == actor_param or param.default is not inspect.Parameter.empty:
            continue
        if param.kind is inspect.Parameter.KEYWORD_ONLY:
            kwargs[name] = 1
        else:
            args.append(1)
    kwargs[actor_param] = actor
    result = fn(*args, **kwargs)
    if inspect.isgenerator(result):
        list(result)
    return result


def _counts() -> dict[str, int]:
    return {model.__name__: model.select().count() for model in ALL_MODELS}


@pytest.mark.parametrize("key", sorted(GUARDED))
def test_guarded_function_refuses_and_writes_nothing(key, people):
    fn = GUARDED[key]
    action, actor_param, by = fn.__access__
    wanted = action["kiosk"] if isinstance(action, dict) else action  # `by` left at its default
    before = _counts()
    for actor, code in ((None, "no_actor"), (987654, "unknown_actor"),
                        (people["disabled"], "disabled"),
                        (_wrong_role(people, wanted), "admin_only" if wanted == "admin"
                         else "not_allowed")):
        with pytest.raises(NotAllowedError) as refused:
            _call(fn, actor_param, actor, by)
        assert refused.value.code == code, (key, actor)
    assert _counts() == before, key


def test_roles_add_up_the_owner_may_decide_a_front_desk_may_not(people):
    owner = access.require(people["owner"], access.DECIDE)
    assert owner.roles == {"admin", "practitioner"}
    for action in ("patients", "bookings", "settings_read", "admin"):
        access.require(people["owner"], action)
    with pytest.raises(NotAllowedError, match="not_allowed"):
        access.require(people["admin"], access.DECIDE)  # an admin only when also practitioner
    with pytest.raises(NotAllowedError, match="not_allowed"):
        access.require(people["kiosk"], access.PATIENTS)  # the kiosk sees nothing else
    access.require(people["kiosk"], access.KIOSK)
    with pytest.raises(NotAllowedError, match="not_allowed"):
        access.require(people["front_desk"], access.KIOSK)


def test_existing_single_roles_were_migrated_to_role_rows(people):
    rows = {(row.staff_id, row.role) for row in StaffRole.select()}
    assert (people["front_desk"], "front_desk") in rows
    assert {(people["owner"], "admin"), (people["owner"], "practitioner")} <= rows


def _intake_calls(tree) -> set[str]:
    """The "intake.module.function" names a module's code refers to, through its imports."""
    import ast

    modules, functions, found = {}, {}, set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("intake"):
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                target = modules if full in sys.modules else functions
                target[alias.asname or alias.name] = full
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("intake") and alias.asname:
                    modules[alias.asname] = alias.name
    for node in ast.walk(tree):
        if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                and node.value.id in modules):
            found.add(f"{modules[node.value.id]}.{node.attr}")
        elif isinstance(node, ast.Name) and node.id in functions:
            found.add(functions[node.id])
    return found


def test_the_desk_triggers_no_maintenance_entry_point_but_its_scheduler():
    """What a person triggers at the desk goes through a guarded function; of the actor-less
    maintenance entry points (the command line's) the desk's code uses only its own daily
    scheduler. (Screenshot code, in ui/screenshots/, stands in for the scheduler.)"""
    import ast
    from pathlib import Path

    entry_points = {key for key, kind in access.UNGUARDED.items() if kind == access.MAINTENANCE}
    assert {"intake.backup_schedule.back_up_now", "intake.backup_schedule.run_if_due",
            "intake.restore.restore", "intake.check.check_database"} <= entry_points
    used = set()
    root = Path(intake.__file__).parent.parent / "ui" / "desk"
    for path in root.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        used |= {(path.name, name) for name in _intake_calls(tree) & entry_points}
    assert used == {("backup_runner.py", "intake.backup_schedule.run_if_due")}
    shots = Path(intake.__file__).parent.parent / "ui" / "screenshots" / "desk_backup.py"
    assert "intake.backup_schedule.back_up_now" in _intake_calls(ast.parse(shots.read_text()))
