"""Helpers for the desk shell's UI tests: cheap hashes, accounts, finding controls by name."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from PySide6.QtWidgets import QWidget

from intake import staff as staffmod
from intake.models import Staff
from intake.staff import passwords

ADMIN_PASSWORD = "correct horse"
DESK_PASSWORD = "desk pass 1"


@pytest.fixture(autouse=True, name="cheap_hashes")
def _cheap_hashes(monkeypatch):
    """Low-cost argon2 for tests only; the app keeps the library defaults."""
    monkeypatch.setattr(passwords, "hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    monkeypatch.setattr(passwords, "_dummy_hash", None)


@pytest.fixture(name="accounts")
def _accounts(sqlite_db) -> tuple[Staff, Staff]:
    admin = staffmod.create_staff("boss", "Ada Admin", "admin", ADMIN_PASSWORD, by_staff_id=None)
    desk = staffmod.create_staff("desk", "Dee Desk", "front_desk", DESK_PASSWORD, pin="2468",
                                 by_staff_id=admin.id)
    return admin, desk


def control(root: QWidget, kind: type, accessible_name: str):
    """The visible-or-not child of `kind` whose accessible name is `accessible_name`."""
    found = [w for w in root.findChildren(kind) if w.accessibleName() == accessible_name]
    assert len(found) == 1, f"{len(found)} controls named {accessible_name!r}"
    return found[0]
