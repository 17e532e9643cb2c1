"""Screenshot of the desk while its database does not answer: the banner across the top, the
arrivals still readable, and a refused click's message.

Expects an opened database with the demo clinic (`python -m ui.screenshots DIR`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from intake import demo
from intake.vocabulary import IntakeStatus
from ui import workers
from ui.screenshots.shown import grab_to
from ui.screenshots.wait import run_until


def shots(out_dir: Path) -> list[Path]:
    from ui.windows import assemble_desk

    assembly = assemble_desk("postgresql://clinic-server/backcare")
    window = assembly.window
    window.resize(1366, 728)
    window.show()
    fields = {w.accessibleName(): w for w in window.findChildren(QLineEdit)}
    fields["Username"].setText(demo.DESK[0])
    fields["Password or PIN"].setText(demo.DESK[2])
    QTest.keyClick(fields["Password or PIN"], Qt.Key.Key_Return)
    run_until(lambda: assembly.session.signed_in)
    window.show_page("arrivals")
    arrivals = assembly.arrivals
    arrivals.stop_polling()
    run_until(lambda: bool(arrivals.cards()) and not arrivals.is_reading())
    # every read already asked (the backup warning's first one is due after WATCH_AFTER_MS) has
    # answered: an answer arriving after the loss would end the outage before the picture
    QTest.qWait(assembly.WATCH_AFTER_MS + 100)
    run_until(lambda: workers.running_tasks() == 0)
    watch = window.storage_watch()
    watch.database_lost()  # as when a read found the server gone
    waiting = next(c for c in arrivals.cards() if not c.arrival.urgent)
    waiting.buttons[IntakeStatus.with_staff].click()  # refused at once, with a sentence
    run_until(lambda: not arrivals.is_writing())  # (the write lane's answer)
    path = out_dir / "desk_database_unreachable.png"
    grab_to(window, path)
    run_until(lambda: not watch.is_down())  # the reconnect loop finds the database again
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    return [path]
