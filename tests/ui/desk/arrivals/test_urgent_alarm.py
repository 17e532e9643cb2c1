"""The urgent alarm and the lock screen's notice (issue 15: on main an urgent arrival that came
while the desk was locked showed nothing until someone unlocked)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from intake.arrivals import CAUDA_EQUINA, UNKNOWN_SIGN, UrgentNotice
from ui.desk.arrivals.urgent_alarm import UrgentAlarm, UrgentLockNotice

TITLE = "BackCare — Front desk"


def _alarm(qtbot, **kw):
    window = QWidget()
    window.setWindowTitle(TITLE)
    qtbot.addWidget(window)
    calls: list[str] = []
    alarm = UrgentAlarm(window, beep=lambda: calls.append("beep"),
                        alert=lambda widget, ms: calls.append(f"alert:{ms}:{widget is window}"),
                        flash_ms=20, repeat_ms=60, **kw)
    return window, alarm, calls


def test_alarm_flashes_alerts_and_beeps_again_until_no_notice_is_left(qtbot):
    window, alarm, calls = _alarm(qtbot)
    alarm.set_notices([UrgentNotice(7, dt.datetime(2027, 3, 1, 10, 42), CAUDA_EQUINA)])
    assert calls == ["alert:0:True", "beep"]  # at once
    qtbot.waitUntil(lambda: window.windowTitle() == f"⚠ URGENT ARRIVAL — {TITLE}", timeout=1000)
    qtbot.waitUntil(lambda: window.windowTitle() == TITLE, timeout=1000)  # it flashes
    qtbot.waitUntil(lambda: calls.count("beep") >= 3, timeout=2000)  # and repeats
    assert calls.count("alert:0:True") == calls.count("beep")
    alarm.set_notices([UrgentNotice(7, dt.datetime(2027, 3, 1, 10, 42), CAUDA_EQUINA)])  # a poll
    assert alarm.is_ringing()
    alarm.set_notices([])  # acknowledged
    assert not alarm.is_ringing() and window.windowTitle() == TITLE
    assert not alarm.is_ringing() and not alarm.is_flashing()  # no timer left to call again


def test_lock_notice_says_when_and_what_kind_and_sign_in_to_see_who(qtbot):
    notice = UrgentLockNotice()
    qtbot.addWidget(notice)
    assert notice.isHidden() and notice.text() == ""
    notice.show_notices([UrgentNotice(3, dt.datetime(2027, 3, 1, 9, 5), CAUDA_EQUINA),
                         UrgentNotice(4, dt.datetime(2027, 3, 1, 9, 40), UNKNOWN_SIGN)])
    assert notice.text() == (
        "⚠ 2 urgent arrivals waiting\n"
        "Arrived 09:05 — cauda equina warning sign\n"
        "Arrived 09:40 — urgent answer on the kiosk\n"
        "Sign in to see who, then acknowledge the alert on the Arrivals page. "
        "A clinician must assess them today.")
    notice.show_notices([])
    assert notice.isHidden()
