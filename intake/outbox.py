"""The kiosk's outbox: intakes kept on the kiosk's own disk until the database has them.

Every intake the kiosk sends is first written here — one JSON file per intake, written to a
temporary file, flushed to disk and renamed over its final name, readable only by the kiosk's
OS user (file 0600 in a 0700 folder) — and deleted only after the database committed it. A
kiosk killed at any moment leaves either the whole file or none; a file left half-way as its
temporary name is finished or dropped when the outbox opens again.

Each file carries the schema version of its layout, the moment the patient sent it and an
idempotency key (uuid4). Delivery (`deliver_pending`) goes through `intakes.submit_intake` /
`save_urgent_early` with that key, so a retry after a connection cut between COMMIT and its
reply finds the intake the first try made. Urgent items go first. A connection failure stops
the round (tried again later); an item the database refuses for good (its answers no longer
pass the clinic's checks, its layout cannot be read) moves to `refused/`, where it stays.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sqlite3
import sys
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import peewee

from intake import db, intakes, kiosks, location, staff
from intake.errors import StorageError, ValidationError
from intake.intakes import IntakeDraft, Kind
from intake.vocabulary import IntakeSource

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
QUEUE_ENV = "BACKCARE_KIOSK_QUEUE"
REFUSED = "refused"
KIOSK_ID_FILE = "kiosk-id"
PROFILE_FILE = "kiosk-profile"


KINDS = (Kind.INTAKE, Kind.URGENT_EARLY)

# SQLite result codes (the low byte of sqlite_errorcode) that mean "not now", not "never"
_SQLITE_TRANSIENT = {5, 6, 7, 8, 10, 13, 14, 15}  # busy, locked, nomem, readonly, ioerr, full,
#                                                   cantopen, protocol


def default_queue_dir() -> Path:
    """BACKCARE_KIOSK_QUEUE, else `kiosk-queue` in the user data folder (not beside the
    database: a database file that cannot be reached must not take its queue with it)."""
    configured = os.environ.get(QUEUE_ENV)
    if configured:
        return Path(configured).expanduser()
    return location.default_data_dir() / "kiosk-queue"


# --------------------------------------------------------------------------- the draft as JSON


def draft_to_payload(draft: IntakeDraft) -> dict[str, object]:
    """The draft as plain JSON values (sets as sorted lists, the date as ISO text)."""
    payload: dict[str, object] = {}
    for name in IntakeDraft.__dataclass_fields__:
        value = getattr(draft, name)
        if isinstance(value, set):
            value = sorted(value)
        elif isinstance(value, dt.date):
            value = value.isoformat()
        payload[name] = value
    return payload


def draft_from_payload(payload: object) -> IntakeDraft:
    """The draft back from its JSON. A value of the wrong type is a ValidationError naming the
    field (code "bad_shape"); fields a newer kiosk added are ignored, missing ones default."""
    if not isinstance(payload, dict):
        raise ValidationError("bad_shape", field="draft")
    draft = IntakeDraft()
    for name in IntakeDraft.__dataclass_fields__:
        if name not in payload:
            continue
        value = payload[name]
        default = getattr(draft, name)
        if isinstance(default, set):  # checklist groups, withdrawn urgent answers
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ValidationError("bad_shape", field=name)
            value = set(value)
        elif name == "date_of_birth":
            if value is not None:
                try:
                    value = dt.date.fromisoformat(value)
                except (TypeError, ValueError):
                    raise ValidationError("bad_shape", field=name) from None
        elif name == "safety":
            if not isinstance(value, dict) or not all(
                    isinstance(k, str) and isinstance(v, bool) for k, v in value.items()):
                raise ValidationError("bad_shape", field=name)
        elif isinstance(default, bool):
            if not isinstance(value, bool):
                raise ValidationError("bad_shape", field=name)
        elif isinstance(default, str):
            if not isinstance(value, str):
                raise ValidationError("bad_shape", field=name)
        elif value is not None and (not isinstance(value, int) or isinstance(value, bool)):
            raise ValidationError("bad_shape", field=name)  # the optional whole numbers
        setattr(draft, name, value)
    return draft


# --------------------------------------------------------------------------- items


@dataclass(frozen=True)
class QueuedItem:
    """One file of the outbox. `problem` is set (and `draft` None) when it cannot be read."""

    path: Path
    key: str
    kind: str
    urgent: bool
    sent_at: dt.datetime | None
    region: str
    data: dict = field(repr=False)
    problem: str = ""

    def draft(self) -> IntakeDraft:
        return draft_from_payload(self.data.get("draft"))


def _upgrade(data: dict) -> dict:
    """An item written by an older kiosk, in today's layout. Version 1 is the first layout;
    a later one adds its step here. Raises ValidationError for a layout this kiosk does not
    know (written by a newer BackCare)."""
    version = data.get("schema")
    if version != SCHEMA_VERSION:
        raise ValidationError("schema_version", field="queued_item")
    return data


def _read_item(path: Path) -> QueuedItem:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError
    except (OSError, ValueError):
        return QueuedItem(path, path.stem, Kind.INTAKE, False, None, "", {}, "queued_item:unreadable")
    key = str(data.get("key", path.stem))
    try:
        data = _upgrade(data)
        kind = data["kind"]
        if kind not in KINDS:
            raise ValidationError("bad_shape", field="kind")
        sent_at = dt.datetime.fromisoformat(data["sent_at"])
        urgent = bool(data.get("urgent", False))
        region = str(data.get("region", ""))
    except ValidationError as exc:
        return QueuedItem(path, key, Kind.INTAKE, False, None, "", data, f"{exc.field}:{exc.code}")
    except (KeyError, TypeError, ValueError):
        return QueuedItem(path, key, Kind.INTAKE, False, None, "", data, "queued_item:bad_shape")
    return QueuedItem(path, key, kind, urgent, sent_at, region, data)


class Outbox:
    """The queue folder of one kiosk. `folder` is made (0700) when missing."""

    def __init__(self, folder: Path | str | None = None) -> None:
        self.folder = Path(folder) if folder is not None else default_queue_dir()
        self.refused_folder = self.folder / REFUSED
        for path in (self.folder, self.refused_folder):
            path.mkdir(parents=True, exist_ok=True)
            if os.name != "nt":
                path.chmod(0o700)
        self._finish_interrupted_writes()

    # ------------------------------------------------------------------ writing

    def put(self, draft: IntakeDraft, *, key: str, kind: str = Kind.INTAKE,
            sent_at: dt.datetime | None = None, region: str = "") -> QueuedItem:
        """Writes the item durably (it is on disk when this returns). The same key and kind
        again replaces the earlier file (an urgent early save refreshed with more answers)."""
        if kind not in KINDS:
            raise ValueError(kind)
        sent_at = sent_at or dt.datetime.now().replace(microsecond=0)
        data = {
            "schema": SCHEMA_VERSION,
            "key": key,
            "kind": kind,
            "urgent": bool(draft.urgent or kind == Kind.URGENT_EARLY),
            "sent_at": sent_at.isoformat(),
            "queued_at": dt.datetime.now().replace(microsecond=0).isoformat(),
            "region": region,
            "draft": draft_to_payload(draft),
        }
        path = self.folder / f"{kind}-{key}.json"
        _write_atomic(path, json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8"))
        return _read_item(path)

    def remove(self, item: QueuedItem) -> None:
        """After the database committed it."""
        try:
            item.path.unlink()
        except FileNotFoundError:
            return
        _fsync_dir(self.folder)

    def refuse(self, item: QueuedItem, reason: str) -> Path:
        """Keeps a refused item in `refused/` (with the reason code) and out of the queue."""
        try:
            data = json.loads(item.path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError
        except (OSError, ValueError):
            raw = item.path.read_bytes() if item.path.exists() else b""
            data = {"key": item.key, "unreadable": raw.decode("utf-8", "replace")}
        data["refused"] = {"reason": reason,
                           "at": dt.datetime.now().replace(microsecond=0).isoformat()}
        target = self.refused_folder / item.path.name
        _write_atomic(target, json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8"))
        self.remove(item)
        return target

    # ------------------------------------------------------------------ reading

    def pending(self) -> list[QueuedItem]:
        """Every queued item, urgent ones first, then in the order patients sent them (an
        early save before the completion it belongs to)."""
        items = [_read_item(p) for p in self.folder.glob("*.json")]
        return sorted(items, key=lambda i: (not i.urgent, i.sent_at or dt.datetime.min,
                                            i.kind != Kind.URGENT_EARLY, i.path.name))

    def refused(self) -> list[dict]:
        """The refused items as they were queued, with `refused` = {reason, at}."""
        found = []
        for path in sorted(self.refused_folder.glob("*.json")):
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                data = {"key": path.stem, "refused": {"reason": "unreadable"}}
            found.append(data)
        return found

    def counts(self) -> tuple[int, int]:
        """(queued, refused) numbers of files."""
        return (sum(1 for _ in self.folder.glob("*.json")),
                sum(1 for _ in self.refused_folder.glob("*.json")))

    def save_profile(self, clinic_name: str, region: str) -> None:
        """What the kiosk needs to start while its database does not answer (no patient data)."""
        _write_atomic(self.folder / PROFILE_FILE, json.dumps(
            {"clinic_name": clinic_name, "region": region}).encode("utf-8"))

    def profile(self) -> dict[str, str] | None:
        """The clinic's name and region as the kiosk last saw them; None before its first start."""
        try:
            data = json.loads((self.folder / PROFILE_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or not all(
                isinstance(data.get(k), str) and data.get(k) for k in ("clinic_name", "region")):
            return None
        return {"clinic_name": data["clinic_name"], "region": data["region"]}

    def kiosk_id(self) -> str:
        """This kiosk's id, made once and kept beside its queue."""
        path = self.folder / KIOSK_ID_FILE
        try:
            found = path.read_text(encoding="ascii").strip()
            if found:
                return found
        except (OSError, ValueError):
            pass
        made = str(uuid.uuid4())
        _write_atomic(path, made.encode("ascii"))
        return made

    def _finish_interrupted_writes(self) -> None:
        """A temporary file left by a kill: renamed when it holds a whole item, else dropped."""
        for folder in (self.folder, self.refused_folder):
            for tmp in folder.glob(".*.tmp"):
                final = folder / tmp.name[1:].rsplit(".", 2)[0]
                try:
                    json.loads(tmp.read_text(encoding="utf-8"))
                    whole = True
                except (OSError, ValueError):
                    whole = False
                if whole and not final.exists():
                    os.replace(tmp, final)
                else:
                    tmp.unlink(missing_ok=True)


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(tmp, flags, 0o600)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    """The rename or delete itself survives a power cut (POSIX; Windows has no directory fsync)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --------------------------------------------------------------------------- delivering


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception, what it wraps (peewee keeps the driver's error as `orig` and as its
    context) and what it was raised from."""
    seen: list[BaseException] = []
    todo = [exc]
    while todo:
        current = todo.pop(0)
        if current is None or any(current is s for s in seen):
            continue
        seen.append(current)
        todo += [current.__cause__, current.__context__, getattr(current, "orig", None)]
        todo += [a for a in current.args if isinstance(a, BaseException)]
    return seen


def is_connection_failure(exc: BaseException) -> bool:
    """Whether the database did not answer (server gone, network cut, file locked past its
    timeout) — try again later — as opposed to refusing what was sent. Decided by exception
    type and the driver's error code, never by message text."""
    chain = _chain(exc)
    psycopg = sys.modules.get("psycopg")
    for err in chain:
        if isinstance(err, sqlite3.Error):
            code = getattr(err, "sqlite_errorcode", None)
            if code is not None:
                return (code & 0xFF) in _SQLITE_TRANSIENT
            return isinstance(err, sqlite3.OperationalError)
        if psycopg is not None and isinstance(err, psycopg.Error):
            return isinstance(err, (psycopg.OperationalError, psycopg.InterfaceError))
    return any(isinstance(err, (peewee.OperationalError, peewee.InterfaceError, StorageError,
                                ConnectionError, TimeoutError)) for err in chain)


def refusal_reason(exc: BaseException) -> str | None:
    """A code saying why the database refused an item for good, or None when it did not (a
    connection failure, or an error this kiosk cannot judge: it keeps the item and retries)."""
    if isinstance(exc, ValidationError):
        return f"{exc.field}:{exc.code}"
    if is_connection_failure(exc):
        return None
    if isinstance(exc, (peewee.IntegrityError, peewee.DataError)):
        return f"database:{type(exc).__name__}"
    return None


@dataclass
class DeliveryReport:
    """What one round of delivery did. `stopped` is the code of the failure that ended it
    ("unavailable" when the database did not answer), empty when the queue was emptied."""

    delivered: dict[str, int] = field(default_factory=dict)  # key -> intake id
    delivered_items: list[tuple[str, str, int]] = field(default_factory=list)  # key, kind, id
    refused: list[str] = field(default_factory=list)  # keys
    stopped: str = ""
    queued: int = 0
    refused_total: int = 0


def deliver_item(item: QueuedItem, kiosk_id: int) -> int:
    """One queued item into the database (idempotent by its key), delivered as the kiosk's
    device identity `kiosk_id` (intake.staff.kiosk_identity); the intake's id."""
    if item.problem:
        field_name, _, code = item.problem.partition(":")
        raise ValidationError(code or "bad_shape", field=field_name or "queued_item")
    draft = item.draft()
    if item.kind == Kind.URGENT_EARLY:
        return intakes.save_urgent_early(draft, entered_by=kiosk_id, key=item.key,
                                         sent_at=item.sent_at)
    return intakes.submit_intake(draft, source=IntakeSource.kiosk, entered_by=kiosk_id,
                                 region=item.region or None, key=item.key, sent_at=item.sent_at)


def deliver_pending(outbox: Outbox) -> DeliveryReport:
    """Delivers the queue in order until it is empty or the database stops answering. Each
    file is deleted only after its intake committed."""
    report = DeliveryReport()
    items = outbox.pending()
    if items:
        try:
            db.ensure_connected()
        except StorageError as exc:
            report.stopped = exc.code
            items = []
    kiosk_id: int | None = None
    for item in items:
        try:
            if kiosk_id is None:  # this kiosk's device identity; a disabled one keeps the queue
                kiosk_id = staff.kiosk_identity(outbox.kiosk_id(), kiosks.kiosk_name())
            intake_id = deliver_item(item, kiosk_id)
        except Exception as exc:  # noqa: BLE001 - sorted below; nothing is dropped
            reason = refusal_reason(exc)
            if reason is not None:
                outbox.refuse(item, reason)
                report.refused.append(item.key)
                log.warning("queued intake refused by the database: %s", reason)
                continue
            report.stopped = "unavailable" if is_connection_failure(exc) else type(exc).__name__
            log.info("queued intakes wait: %s", report.stopped)
            break
        outbox.remove(item)
        report.delivered[item.key] = intake_id
        report.delivered_items.append((item.key, item.kind, intake_id))
    report.queued, report.refused_total = outbox.counts()
    return report
