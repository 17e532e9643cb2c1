"""Screenshots of the desk when a kiosk could not reach the database (see ui/screenshots/__init__.py):
an arrival that reached the desk late, marked with both times, and the kiosk-offline notice.

A queued intake is delivered through the kiosk's own outbox; the kiosk's heartbeat is written
as it was when it went quiet, and written afresh at the end so later screens show it online.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import uuid
from pathlib import Path

from PySide6.QtWidgets import QApplication

from intake import kiosks, outbox
from intake.session import StaffSession
from ui.screenshots.desk_records import _draft
from ui.screenshots.shown import grab_to
from ui.screenshots.wait import run_until

KIOSK_ID = "shots-kiosk"


def shots(out_dir: Path) -> list[Path]:
    from ui.desk.arrivals.page import ArrivalsPage
    from ui.desk.shell.main_window import desk_stylesheet

    out_dir.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now().replace(second=0, microsecond=0)
    quiet_since = now - dt.timedelta(minutes=16)
    with tempfile.TemporaryDirectory() as tmp:
        box = outbox.Outbox(Path(tmp) / "queue")
        box.put(_draft("Olu", "Adeyemi", dt.date(1975, 6, 2), "07911 123466", set(),
                       {"lower_back", "right_thigh"}),
                key=str(uuid.uuid4()), sent_at=quiet_since + dt.timedelta(minutes=1),
                region="GB")
        outbox.deliver_pending(box)
    kiosks.beat(KIOSK_ID, kiosks.DEFAULT_NAME, queued=2, refused=1, now=quiet_since)

    from intake.staff import first_active_admin, roles

    admin = first_active_admin()  # who may export the undelivered intake (the admin rule)
    page = ArrivalsPage(StaffSession(admin.id, admin.display_name, roles=roles(admin.id)),
                        poll_ms=60_000)
    page.setStyleSheet(desk_stylesheet())
    page.resize(1200, 820)
    page.show()
    # the arrivals and the kiosks' states are read in workers: grab once both are on screen
    run_until(lambda: bool(page.cards()) and page.kiosk_notice().isVisible()
              and not page.is_reading() and not page.is_reading_kiosks())
    path = out_dir / "desk_arrivals_kiosk_offline.png"
    grab_to(page, path)
    page.stop_polling()
    page.close()
    page.deleteLater()
    kiosks.beat(KIOSK_ID, kiosks.DEFAULT_NAME, queued=0, refused=0)  # back online
    QApplication.processEvents()
    return [path]
