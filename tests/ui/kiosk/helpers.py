"""Walking the intake as a patient would: tap, type, pick, sign."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QLineEdit, QWidget

from intake.content import checklists

PATIENT = {
    "first": "Zoë", "last": "O'Brien", "day": "4", "month": "Mar", "year": "1950",
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
    """Taps the day, the month and the year in their columns."""
    from PySide6.QtWidgets import QListWidget

    for part, text in (("Day", day), ("Month", month), ("Year", year)):
        column = named(flow, QListWidget, f"Date of birth: {part}")
        item = column.findItems(text, Qt.MatchFlag.MatchStartsWith)[0]
        column.scrollToItem(item)
        qtbot.mouseClick(column.viewport(), Qt.MouseButton.LeftButton,
                         pos=column.visualItemRect(item).center())
        assert item.isSelected()


def fill_pain(qtbot, flow) -> None:
    where = flow.step("where").body_map()
    canvas = where.canvas()
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=canvas.region_center("lower_back").toPoint())
    tap(qtbot, named(flow, QCheckBox, "Left thigh"))
    next_(qtbot, flow)
    type_into(qtbot, named(flow, QLineEdit, "How long you have had the pain: number"), "8")
    tap(qtbot, named(flow, QAbstractButton, "Unit: weeks"))
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
    step = flow.step("safety")
    for item in checklists().safety_items:
        question = step.question(item.id)
        button = question.yes_button() if item.id in yes else question.no_button()
        step._scroll.ensureWidgetVisible(button)
        tap(qtbot, button)
        qtbot.waitUntil(lambda: not flow.urgent_pending())  # the message opens once known
        if flow.urgent_message().isVisible():
            tap(qtbot, flow.urgent_message().continue_button())


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
    next_(qtbot, flow)
    assert flow.current_section() == "consent"
    sign(qtbot, flow)
    next_(qtbot, flow)
    assert flow.current_section() == "review"


def send_answers(qtbot, flow) -> None:
    tap(qtbot, named(flow, QAbstractButton, "Send my answers"))
