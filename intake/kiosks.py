"""The kiosks as the desk knows them: a heartbeat per kiosk, and what a kiosk could not deliver.

A kiosk writes `beat()` every HEARTBEAT_SECONDS with the size of its outbox; the desk reads
`kiosk_states()` and shows a kiosk not heard from for OFFLINE_AFTER as offline since its last
heartbeat. Intakes the database refused for good are copied by the kiosk into `kiosk_refused`
(as queued, JSON) so an admin can export them from the desk (`export_refused`: every answer of
those intakes in one file, so the admin rule).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

from peewee import fn

from intake import access, audit, db
from intake.arrivals import _reading
from intake.models import KioskHeartbeat, KioskRefused, _now

HEARTBEAT_SECONDS = 15
OFFLINE_AFTER = dt.timedelta(seconds=60)
NAME_ENV = "BACKCARE_KIOSK_NAME"
DEFAULT_NAME = "Waiting-room kiosk"
KEEP_SILENT_KIOSKS = dt.timedelta(days=7)  # a kiosk silent longer is no longer shown


@dataclass(frozen=True)
class KioskState:
    kiosk_id: str
    name: str
    last_seen: dt.datetime
    queued: int
    refused: int  # intakes it could not deliver (as its last heartbeat said, or as reported)
    offline: bool

    @property
    def offline_since(self) -> dt.datetime | None:
        return self.last_seen if self.offline else None


def kiosk_name() -> str:
    return (os.environ.get(NAME_ENV) or DEFAULT_NAME).strip()[:100] or DEFAULT_NAME


def beat(kiosk_id: str, name: str, *, queued: int, refused: int,
         now: dt.datetime | None = None) -> None:
    """One heartbeat: this kiosk is alive and holds `queued` / `refused` intakes."""
    now = now or _now()
    with db.write():
        (KioskHeartbeat.insert(kiosk_id=kiosk_id, name=name, last_seen=now, queued=queued,
                               refused=refused)
         .on_conflict(conflict_target=[KioskHeartbeat.kiosk_id],
                      update={KioskHeartbeat.name: name, KioskHeartbeat.last_seen: now,
                              KioskHeartbeat.queued: queued, KioskHeartbeat.refused: refused})
         .execute())


def report_refused(kiosk_id: str, items: list[dict]) -> int:
    """Copies refused items (as `Outbox.refused()` gives them) into the database once each;
    returns how many were new."""
    by_key = {str(item.get("key", ""))[:64]: item for item in items if item.get("key")}
    if not by_key:
        return 0
    with db.write():
        known = set(KioskRefused.select(KioskRefused.item_key)
                    .where(KioskRefused.item_key.in_(list(by_key))).scalars())
        for key, item in by_key.items():
            if key in known:
                continue
            sent_at = None
            try:
                sent_at = dt.datetime.fromisoformat(item.get("sent_at", ""))
            except (TypeError, ValueError):
                pass
            reason = str(item.get("refused", {}).get("reason", ""))[:80]
            KioskRefused.insert(kiosk_id=kiosk_id, item_key=key, sent_at=sent_at, reason=reason,
                                payload=json.dumps(item, ensure_ascii=False, sort_keys=True)
                                ).on_conflict_ignore().execute()
    return len(set(by_key) - known)


def kiosk_states(now: dt.datetime | None = None) -> list[KioskState]:
    """Every kiosk heard from in the last week, with the intakes it holds."""
    now = now or _now()
    with _reading():
        reported = {}
        for kiosk_id, count in (KioskRefused.select(KioskRefused.kiosk_id,
                                                    fn.COUNT(KioskRefused.id))
                                .group_by(KioskRefused.kiosk_id).tuples()):
            reported[kiosk_id] = count
        rows = (KioskHeartbeat.select()
                .where(KioskHeartbeat.last_seen >= now - KEEP_SILENT_KIOSKS)
                .order_by(KioskHeartbeat.name, KioskHeartbeat.kiosk_id))
        return [KioskState(r.kiosk_id, r.name, r.last_seen, r.queued,
                           max(r.refused, reported.get(r.kiosk_id, 0)),
                           now - r.last_seen > OFFLINE_AFTER) for r in rows]


def refused_count() -> int:
    with _reading():
        return KioskRefused.select().count()


@access.guarded(access.ADMIN)
def export_refused(target: Path, *, staff_id: int | None) -> int:
    """Writes every refused intake (as the kiosk queued it, with the reason) to `target` as
    one JSON document, readable only by the current OS user; audited. Returns the number.
    Admins only (NotAllowedError admin_only): the file holds whole intakes, outside the
    database."""
    with _reading():
        rows = list(KioskRefused.select().order_by(KioskRefused.sent_at, KioskRefused.id))
    document = {
        "exported_at": _now().isoformat(),
        "items": [{"kiosk_id": r.kiosk_id, "key": r.item_key, "reason": r.reason,
                   "sent_at": r.sent_at.isoformat() if r.sent_at else None,
                   "queued": json.loads(r.payload)} for r in rows],
    }
    target = Path(target)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(document, fh, ensure_ascii=False, indent=2)
    audit.record("kiosk_refused_exported", staff_id=staff_id, detail=f"items={len(rows)}")
    return len(rows)
