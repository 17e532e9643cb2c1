"""Settings when the PostgreSQL server goes silent mid-session (issue 18, as
tests/ui/desk/shell/test_outage.py does it for the Arrivals page): a save is refused at once
with the desk's sentence and nothing is saved, the window keeps turning, and once the server is
back the same click saves — once."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton

from intake import demo
from intake.models import AuditEntry, Clinic
from tests.ui.desk.scheduling.helpers import child
from tests.ui.desk.shell.test_outage import (
    BANNER_WITHIN_MS,
    MAX_GAP_MS,
    RECOVERY_WITHIN_MS,
    Ticks,
    _through_proxy,
)

pytestmark = [pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise"),
              pytest.mark.parametrize("backend", ["postgresql"])]


@pytest.fixture
def settings(db_url, qtbot):
    from ui import workers
    from ui.windows import assemble_desk

    with _through_proxy(db_url) as (_proxy, partition):
        demo.fill()
        assembly = assemble_desk("clinic-server")
        qtbot.addWidget(assembly.window)
        assembly.window.resize(1280, 860)
        assembly.window.show()
        assembly.start_watching()
        window = assembly.window
        fields = {w.accessibleName(): w for w in window.findChildren(QLineEdit)}
        fields["Username"].setText(demo.ADMIN[0])
        fields["Password or PIN"].setText(demo.ADMIN[2])
        qtbot.keyClick(fields["Password or PIN"], Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: assembly.session.signed_in, timeout=10_000)
        window.show_page("settings")
        page = window.built_page("settings")
        qtbot.waitUntil(lambda: not page.is_busy(), timeout=10_000)  # read in a worker
        yield window, page, partition
        assembly.arrivals.stop_polling()
        partition.heal()
        workers.wait_for_all()


def _saves() -> int:
    return AuditEntry.select().where(AuditEntry.action == "clinic_details_changed").count()


def test_a_settings_save_during_an_outage_is_refused_then_saved_once(qtbot, settings):
    window, page, partition = settings
    before = _saves()
    name = child(page, QLineEdit, "Name")
    save = child(page, QPushButton, "Save clinic details")
    ticks = Ticks()
    ticks.start()
    try:
        partition.cut()
        qtbot.waitUntil(lambda: window.outage_text() != "", timeout=BANNER_WITHIN_MS)
        name.setText("Riverside Back and Neck Care")
        started = time.monotonic()
        save.click()
        assert time.monotonic() - started < 0.1  # the click itself never waits
        qtbot.waitUntil(lambda: "cannot be reached" in page.clinic_tab().error_text(),
                        timeout=500)
        assert page.clinic_tab().error_text() == "The database cannot be reached: nothing was saved."
        assert save.isEnabled()  # the refusal is the answer: the button is back
        assert name.text() == "Riverside Back and Neck Care"  # what was typed stays
        partition.heal()
        qtbot.waitUntil(lambda: window.outage_text() == "", timeout=RECOVERY_WITHIN_MS)
    finally:
        ticks.stop()
    assert ticks.max_gap_ms < MAX_GAP_MS, f"the event loop stalled {ticks.max_gap_ms} ms"
    assert Clinic.get().name != "Riverside Back and Neck Care"  # the refused click saved nothing
    assert _saves() == before
    save.click()  # back to normal without a restart: the same click saves, once
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=5000)
    assert Clinic.get().name == "Riverside Back and Neck Care"
    assert _saves() == before + 1
    assert page.clinic_tab().error_text() == ""
