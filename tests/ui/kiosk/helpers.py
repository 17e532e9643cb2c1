"""Walking the intake as a patient would: tap, type, pick, sign; and the database going away."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QLineEdit, QWidget

from intake import db
from intake.db import connection

PATIENT = {
    "first": "Zoë", "last": "O'Brien", "day": "04", "month": "03", "year": "1950",
    "phone": "07911 123456", "email": "zoe@example.org",
}


def named(parent: QWidget, cls: type, name: str):
    """The visible-or-not child of type `cls` whose accessible name is `name`."""
    found = [w for w in parent.findChildren(cls) if w.accessibleName() == name]
    assert found, f"no {cls.__name__} named {name!r}"
    return found[0]


def tap(qtbot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.accessibleName()
    if isinstance(button, QCheckBox):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(18, button.height() // 2))
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def next_(qtbot, flow) -> None:
    tap(qtbot, named(flow, QAbstractButton, "Next"))


def type_into(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.clear()
    if text.isascii() and len(text) < 200:
        qtbot.keyClicks(edit, text)
    else:
        edit.insert(text)  # what an on-screen keyboard's input method delivers


def fill_about(qtbot, flow, **changes) -> None:
    p = {**PATIENT, **changes}
    type_into(qtbot, named(flow, QLineEdit, "First name"), p["first"])
    type_into(qtbot, named(flow, QLineEdit, "Last name"), p["last"])
    pick_date(qtbot, flow, p["day"], p["month"], p["year"])
    type_into(qtbot, named(flow, QLineEdit, "Mobile phone"), p["phone"])
    type_into(qtbot, named(flow, QLineEdit, "Email (if you want)"), p["email"])


def pick_date(qtbot, flow, day: str, month: str, year: str) -> None:
    """Types the day, the month and the year in their boxes."""
    for part, text in (("Day", day), ("Month", month), ("Year", year)):
        type_into(qtbot, named(flow, QLineEdit, f"Date of birth: {part}"), text)


def fill_pain(qtbot, flow) -> None:
    where = flow.step("where").body_map()
    canvas = where.canvas()
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=canvas.region_center("lower_back").toPoint())
    tap(qtbot, named(flow, QCheckBox, "Left thigh"))
    next_(qtbot, flow)
    tap(qtbot, named(flow, QAbstractButton, "Had the pain for: 1–6 weeks"))
    how = flow.step("pain")
    for field, value in (("pain_now", 6), ("peg_pain", 5), ("peg_enjoyment", 4), ("peg_activity", 6)):
        tap(qtbot, how.scale(field).button(value))
    next_(qtbot, flow)


def fill_checklists(qtbot, flow) -> None:
    tap(qtbot, named(flow, QCheckBox, "Stiffness"))
    next_(qtbot, flow)
    tap(qtbot, named(flow, QCheckBox, "Poor posture"))
    tap(qtbot, named(flow, QCheckBox, "Long hours sitting still or working at a computer"))
    next_(qtbot, flow)
    tap(qtbot, named(flow, QCheckBox, "Over-the-counter pain relievers (NSAIDs)"))
    tap(qtbot, named(flow, QCheckBox, "Other (please write)"))
    type_into(qtbot, named(flow, QLineEdit, "Other treatment: please write"), "Heat pad")
    tap(qtbot, named(flow, QCheckBox, "Drowsiness"))
    next_(qtbot, flow)


def answer_safety(qtbot, flow, yes: frozenset[str] = frozenset()) -> None:
    """Every safety screen: ticks the `yes` ones shown and taps Next, or taps "None of these
    apply to me"; the urgent message, when it comes, is answered "continue"."""
    step = flow.step("safety")
    assert flow.current_section() == "safety"
    while flow.current_section() == "safety":
        shown = step.shown_ids()
        ticked = [i for i in shown if i in yes]
        for item_id in ticked:
            tap(qtbot, step.tick(item_id))
            qtbot.waitUntil(lambda: not flow.urgent_pending())  # the message opens once known
            if flow.urgent_message().isVisible():
                tap(qtbot, flow.urgent_message().continue_button())
        if ticked:
            next_(qtbot, flow)
        else:
            tap(qtbot, step.none_button())
        assert flow.current_section() != "safety" or step.shown_ids() != shown


def sign(qtbot, flow) -> None:
    tap(qtbot, named(flow, QCheckBox, "I have read this and I agree"))
    pad = flow.step("consent").pad()
    draw(pad, [(40, 40), (120, 90), (200, 60), (260, 120)])


def draw(widget: QWidget, points: list[tuple[int, int]]) -> None:
    """A finger stroke: press, moves with the button held, release."""
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    first, *rest = [QPointF(x, y) for x, y in points]

    def send(kind, pos, button, buttons):
        event = QMouseEvent(kind, pos, widget.mapToGlobal(pos), button, buttons,
                            Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget, event)

    send(QEvent.Type.MouseButtonPress, first, left, left)
    for pos in rest:
        send(QEvent.Type.MouseMove, pos, none, left)
    send(QEvent.Type.MouseButtonRelease, rest[-1], left, none)


def walk_to_review(qtbot, flow, *, yes: frozenset[str] = frozenset()) -> None:
    """From the welcome page (kiosk) or About (desk) to the review page."""
    if flow.current_section() == "welcome":
        tap(qtbot, named(flow, QAbstractButton, "Start check-in"))
    assert flow.current_section() == "about"
    fill_about(qtbot, flow)
    next_(qtbot, flow)
    assert flow.current_section() == "where"
    fill_pain(qtbot, flow)
    assert flow.current_section() == "symptoms"
    fill_checklists(qtbot, flow)
    assert flow.current_section() == "safety"
    answer_safety(qtbot, flow, yes)
    assert flow.current_section() == "consent"
    sign(qtbot, flow)
    next_(qtbot, flow)
    assert flow.current_section() == "review"


def send_answers(qtbot, flow) -> None:
    tap(qtbot, named(flow, QAbstractButton, "Send my answers"))


def replace_ensure_connected(monkeypatch, replacement) -> None:
    """`intake.db.ensure_connected` replaced everywhere it is looked up: in `intake.db`, where the
    kiosk's flow calls it, and in `intake.db.connection`, where `verify_schema` (the forwarder's
    check before it delivers) and `reconnect` call it."""
    monkeypatch.setattr(db, "ensure_connected", replacement)
    monkeypatch.setattr(connection, "ensure_connected", replacement)
