"""The audit trail as a hash chain: an edited or deleted row shows.

Every audit row carries `prev_hash` (the hash of the row before it in the chain) and `row_hash`
= sha256(prev_hash + canonical JSON of the row's content). The content is every column of the row
but its id and the two hashes: the base columns always, any other column only when it holds a
value, so a column added later (a before/after detail, say) leaves older rows' hashes as they
were. Rows are chained in id order; moving or renumbering a row breaks the links around it.

The chain's head (last id and hash) is one row of `audit_chain_head`, read and updated in the
same transaction as the new audit row: PostgreSQL locks it (SELECT ... FOR UPDATE), SQLite
holds the database's write lock from BEGIN (IMMEDIATE transactions), so two desks writing at
once wait for each other and never fork the chain. `verify()` walks the chain and names the
first broken link; the head catches rows deleted from the end.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import peewee

GENESIS = "0" * 64  # prev_hash of the first row
TABLE = "audit_entry"
HEAD_TABLE = "audit_chain_head"
BASE_COLUMNS = ("at", "staff_id", "action", "patient_id", "intake_id", "detail")
SKIPPED_COLUMNS = ("id", "prev_hash", "row_hash")  # the order of the chain is its links
BATCH = 5000


def _value(value: object) -> object:
    if isinstance(value, bool):
        return int(value)  # as SQLite gives it back
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")  # the text SQLite stores for the same value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    return value


def content(row: dict[str, object]) -> dict[str, object]:
    """The hashed part of a row: base columns always, other columns (not the id, not the
    hashes) when they hold a value."""
    data = {name: _value(row.get(name)) for name in BASE_COLUMNS}
    for name, value in row.items():
        if name in data or name in SKIPPED_COLUMNS or value is None or value == "":
            continue
        data[name] = _value(value)
    return data


def row_hash(prev_hash: str, row: dict[str, object]) -> str:
    canonical = json.dumps(content(row), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(f"{prev_hash}\n{canonical}".encode()).hexdigest()


def _rows(db: peewee.Database, sql: str, params: Iterable = ()) -> Iterator[dict[str, object]]:
    cursor = db.execute_sql(sql, tuple(params))
    names = [d[0] for d in cursor.description]
    for values in cursor.fetchall():
        yield dict(zip(names, values, strict=True))


def _is_postgres(db: peewee.Database) -> bool:
    return isinstance(db, peewee.PostgresqlDatabase)


def link(db: peewee.Database, entry: peewee.Model) -> None:
    """Give `entry` (an AuditEntry not yet inserted) its place in the chain: the head is read,
    and on PostgreSQL locked until commit, so rows join the chain, and get their ids, one at a
    time; `prev_hash` and `row_hash` are set on the entry. Insert it next, then `advance()`, all
    inside one write transaction (audit.record does)."""
    lock = " FOR UPDATE" if _is_postgres(db) else ""
    head = db.execute_sql(f"SELECT last_hash FROM {HEAD_TABLE} WHERE id = 1{lock}").fetchone()
    prev = head[0] if head else GENESIS
    row = {entry._meta.fields[name].column_name: value for name, value in entry.__data__.items()}
    entry.prev_hash = prev
    entry.row_hash = row_hash(prev, row)


def advance(db: peewee.Database, entry: peewee.Model) -> None:
    """Make the just-inserted `entry` the chain's head."""
    p = db.param
    updated = db.execute_sql(f"UPDATE {HEAD_TABLE} SET last_id = {p}, last_hash = {p} WHERE id = 1",
                             (entry.id, entry.row_hash)).rowcount
    if not updated:
        _set_head(db, entry.id, entry.row_hash, exists=False)


def _set_head(db: peewee.Database, last_id: int | None, last_hash: str, *, exists: bool) -> None:
    p = db.param
    if exists:
        db.execute_sql(f"UPDATE {HEAD_TABLE} SET last_id = {p}, last_hash = {p} WHERE id = 1",
                       (last_id, last_hash))
    else:
        db.execute_sql(f"INSERT INTO {HEAD_TABLE} (id, last_id, last_hash) VALUES (1, {p}, {p})",
                       (last_id, last_hash))


def _batches(db: peewee.Database) -> Iterator[dict[str, object]]:
    """Every audit row in id order, read a batch at a time (a trail of millions of rows)."""
    last = 0
    p = db.param
    while True:
        batch = list(_rows(db, f"SELECT * FROM {TABLE} WHERE id > {p} ORDER BY id LIMIT {BATCH}",
                           (last,)))
        if not batch:
            return
        yield from batch
        last = int(batch[-1]["id"])


def hash_existing(db: peewee.Database) -> int:
    """Chain every row in id order (the migration does this once for the rows written before
    the chain existed). Returns the number of rows."""
    prev, last_id, count = GENESIS, None, 0
    p = db.param
    updates = []
    for row in _batches(db):
        new_hash = row_hash(prev, row)
        updates.append((prev, new_hash, row["id"]))
        prev, last_id, count = new_hash, row["id"], count + 1
    for start in range(0, len(updates), BATCH):
        for values in updates[start:start + BATCH]:
            db.execute_sql(f"UPDATE {TABLE} SET prev_hash = {p}, row_hash = {p} WHERE id = {p}", values)
    exists = db.execute_sql(f"SELECT count(*) FROM {HEAD_TABLE}").fetchone()[0] > 0
    _set_head(db, last_id, prev, exists=exists)
    return count


@dataclass(frozen=True)
class ChainReport:
    rows: int
    broken_id: int | None = None  # the first row whose link fails (None: whole, or the tail)
    problem: str = ""  # "edited", "deleted_before", "deleted_at_end", "head_missing"
    last_good_id: int | None = None  # the last row of the intact part of the chain

    @property
    def ok(self) -> bool:
        return not self.problem


def verify(db: peewee.Database) -> ChainReport:
    """Walk the chain in id order and stop at the first broken link:
    - "edited": the row's content no longer gives its hash (changed under the API);
    - "deleted_before": the row is intact but does not follow the row before it (rows between
      them were deleted, or a row's hash was rewritten);
    - "deleted_at_end": the chain head names a later row than the last one (rows deleted from
      the end); "head_missing": rows but no head."""
    prev, count, last_id = GENESIS, 0, None
    for row in _batches(db):
        stored_prev, stored_hash = row.get("prev_hash") or "", row.get("row_hash") or ""
        if row_hash(stored_prev, row) != stored_hash:
            return ChainReport(count, int(row["id"]), "edited", last_id)
        if stored_prev != prev:
            return ChainReport(count, int(row["id"]), "deleted_before", last_id)
        prev, last_id, count = stored_hash, int(row["id"]), count + 1
    head = db.execute_sql(f"SELECT last_id, last_hash FROM {HEAD_TABLE} WHERE id = 1").fetchone()
    if head is None:
        return ChainReport(count, None, "head_missing", last_id) if count else ChainReport(0)
    if head[1] != prev or head[0] != last_id:
        return ChainReport(count, head[0], "deleted_at_end", last_id)
    return ChainReport(count, last_good_id=last_id)


def has_chain(db: peewee.Database) -> bool:
    """False for a database from before the chain (schema older than its migration)."""
    return HEAD_TABLE in db.get_tables()
