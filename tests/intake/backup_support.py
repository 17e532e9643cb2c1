"""Helpers for the backup and restore tests: a filled clinic, every row of every table."""

from __future__ import annotations

from argon2 import PasswordHasher

from intake import db as dbmod
from intake import demo
from intake.models import ALL_MODELS, database
from intake.staff import passwords


def fill_clinic(monkeypatch) -> None:
    monkeypatch.setattr(passwords, "hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    demo.fill()


def all_rows() -> dict[str, list[tuple]]:
    """Every row of every BackCare table, in id order (what "the exact rows back" compares)."""
    rows = {m._meta.table_name: [tuple(r) for r in m.select().order_by(m._meta.primary_key).tuples()]
            for m in ALL_MODELS}
    conn = database.obj
    rows[dbmod.MIGRATIONS_TABLE] = [tuple(r) for r in conn.execute_sql(
        f'SELECT name FROM "{dbmod.MIGRATIONS_TABLE}" ORDER BY name').fetchall()]
    return rows
