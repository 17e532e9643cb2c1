"""A kiosk's store-and-forward in a process of its own, for the tests that kill or race it.

    python -m tests.intake.outbox_process queue URL FOLDER N    queue N intakes, then deliver
                                                                  them one by one, saying so
    python -m tests.intake.outbox_process deliver URL FOLDER    a restart: one delivery round
                                                                  per line read from stdin
    python -m tests.intake.outbox_process race URL PREFIX START N    from the epoch time START,
                                                 submit N intakes keyed PREFIX-000, PREFIX-001 …
"""

from __future__ import annotations

import datetime as dt
import sys

from intake import db as dbmod
from intake import intakes, outbox
from intake.staff import kiosk_identity
from tests.intake.test_intakes import full_draft

BASE = dt.datetime.now().replace(hour=8, minute=0, second=0, microsecond=0)


def sent_time(n: int) -> dt.datetime:
    return BASE + dt.timedelta(minutes=n)


def main(argv: list[str]) -> int:
    mode, url = argv[0], argv[1]
    dbmod.open_database(url)
    if mode == "queue":
        box = outbox.Outbox(argv[2])
        count = int(argv[3])
        for n in range(count):
            box.put(full_draft(first_name=f"Patient{n}"), key=f"key-{n:04d}-{'x' * 8}",
                    sent_at=sent_time(n), region="GB")
        print("queued", flush=True)
        for item in box.pending():
            intake_id = outbox.deliver_item(item, kiosk_identity(box.kiosk_id()))
            box.remove(item)
            print("delivered", intake_id, flush=True)
        return 0
    if mode == "deliver":  # one round for every line read ("go"), until stdin closes
        box = outbox.Outbox(argv[2])
        print("opened", flush=True)
        for _line in sys.stdin:
            report = outbox.deliver_pending(box)
            if report.stopped:
                dbmod.close_database()  # the broken connection; the next round reconnects
            print("delivered", len(report.delivered), "stopped", report.stopped or "-",
                  "queued", report.queued, flush=True)
        return 0
    if mode == "race":
        barrier, count = argv[3], int(argv[4])
        drafts = [full_draft(first_name=f"Racer{n}") for n in range(count)]
        print("ready", flush=True)
        if barrier == "go":  # the parent says "go" to every racer once all are ready
            sys.stdin.readline()
        ids = [intakes.submit_intake(draft, region="GB", key=f"{argv[2]}-{n:03d}",
                                     sent_at=sent_time(n), entered_by=kiosk_identity("process")) for n, draft in enumerate(drafts)]
        print(*ids, flush=True)
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
