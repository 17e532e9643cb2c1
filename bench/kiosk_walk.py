"""The issue's typical patient, driven through the kiosk by touch (mouse events on widgets), with
every touch-down counted by an application-wide event filter.

The typical patient: name, date of birth, mobile phone, two pain places, the four pain scores,
three symptoms, two causes, no current treatment ("None"), no red flag, consent and a signature.
Counted: every touch-down (Next, Shift, next field, keyboard switches ...) except the character
keys of name, phone and date of birth; the signature counts as one.

Used by tests/ui/kiosk/test_taps.py (which asserts the count and what was stored) and by
`python -m bench.kiosk` (which prints the count and the time estimate).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget

PATIENT = {"first": "Zoë", "last": "O'Brien", "dob": "04031950", "phone": "07911123456"}
PLACES = ("lower_back", "left_thigh")
SYMPTOMS = ("Stiffness", "A dull, aching pain", "Worse when sitting for a long time")
CAUSES = ("Poor posture", "Long hours sitting still or working at a computer")


class TapCounter(QObject):
    """Counts touch-downs on `root`'s window; a character key of the touch keyboard (property
    "characterKey") is typed text, not counted, but its characters are."""

    def __init__(self, root: QWidget):
        super().__init__()
        self.root = root
        self.taps = 0
        self.characters = 0
        self.where: list[str] = []
        self._seen: set[tuple[int, float, float]] = set()
        QApplication.instance().installEventFilter(self)

    def stop(self) -> None:
        QApplication.instance().removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin) and isinstance(
                watched, QWidget) and (watched is self.root or self.root.isAncestorOf(watched)):
            point = event.globalPosition() if isinstance(event, QMouseEvent) else QPointF()
            key = (event.timestamp(), point.x(), point.y())
            if key not in self._seen:  # a press an inner widget ignores reaches its parents too
                self._seen.add(key)
                if watched.property("characterKey"):
                    self.characters += 1
                else:
                    self.taps += 1
                    self.where.append(watched.accessibleName() or type(watched).__name__)
        return False


def _named(parent: QWidget, cls: type, name: str):
    found = [w for w in parent.findChildren(cls) if w.accessibleName() == name and w.isVisible()]
    if not found:
        raise LookupError(f"no visible {cls.__name__} named {name!r}")
    return found[0]


def touch(widget: QWidget, pos: QPoint | None = None) -> None:
    """A finger on `widget`: press and release (in the middle unless `pos`)."""
    if not (widget.isVisible() and widget.isEnabled()):
        raise LookupError(f"{widget.accessibleName()!r} is not there to touch")
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     pos if pos is not None else widget.rect().center())


def stroke(widget: QWidget, points: list[tuple[int, int]]) -> None:
    """A finger drawn across `widget` (one touch-down)."""
    left = Qt.MouseButton.LeftButton
    first, *rest = [QPointF(x, y) for x, y in points]

    def send(kind, pos, button, buttons):
        QApplication.sendEvent(widget, QMouseEvent(kind, pos, widget.mapToGlobal(pos), button,
                                                   buttons, Qt.KeyboardModifier.NoModifier))

    QTest.mousePress(widget, left, Qt.KeyboardModifier.NoModifier, first.toPoint())
    for pos in rest:
        send(QEvent.Type.MouseMove, pos, Qt.MouseButton.NoButton, left)
    QTest.mouseRelease(widget, left, Qt.KeyboardModifier.NoModifier, rest[-1].toPoint())


def type_text(flow: QWidget, text: str) -> None:
    """Types into the focused field as the patient would: on the kiosk's touch keyboard when
    it shows one (character keys), else as a hardware keyboard."""
    keyboard = flow.touch_keyboard() if hasattr(flow, "touch_keyboard") else None
    if keyboard is not None and keyboard.isVisible():
        for char in text:
            keyboard.type_character(char)
        return
    for char in text:  # a hardware keyboard (QTest.keyClick garbles characters beyond ASCII)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(QApplication.focusWidget(), QKeyEvent(
                kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def next_field(flow: QWidget) -> None:
    keyboard = flow.touch_keyboard() if hasattr(flow, "touch_keyboard") else None
    if keyboard is not None and keyboard.isVisible():
        touch(keyboard.next_key())
    else:  # a finger on the next field
        touch(QApplication.focusWidget().nextInFocusChain())


def walk_typical_patient(flow: QWidget) -> None:
    """From the welcome page to the thank-you page (the intake is sent)."""
    nxt = lambda: touch(_named(flow, QAbstractButton, "Next"))  # noqa: E731
    touch(_named(flow, QAbstractButton, "Start check-in"))
    type_text(flow, PATIENT["first"])  # the first name has the focus
    next_field(flow)
    type_text(flow, PATIENT["last"])
    next_field(flow)
    type_text(flow, PATIENT["dob"])  # the date boxes move on by themselves, then to the phone
    type_text(flow, PATIENT["phone"])
    nxt()
    canvas = flow.step("where").body_map().canvas()
    for place in PLACES:
        touch(canvas, canvas.region_center(place).toPoint())
    nxt()
    touch(_named(flow, QAbstractButton, "Had the pain for: 3–12 months"))
    pain = flow.step("pain")
    for name, value in (("pain_now", 6), ("peg_pain", 5), ("peg_enjoyment", 4), ("peg_activity", 6)):
        touch(pain.scale(name).button(value))
    nxt()
    for name in SYMPTOMS:
        touch(_named(flow, QAbstractButton, name), QPoint(18, 26))
    nxt()
    for name in CAUSES:
        touch(_named(flow, QAbstractButton, name), QPoint(18, 26))
    nxt()
    touch(_named(flow, QAbstractButton, "None"), QPoint(18, 26))
    nxt()
    safety = flow.step("safety")
    while flow.current_section() == "safety":
        touch(safety.none_button())
    touch(_named(flow, QAbstractButton, "I have read this and I agree"), QPoint(18, 26))
    stroke(flow.step("consent").pad(), [(40, 40), (120, 90), (200, 60), (260, 120)])
    nxt()
    touch(_named(flow, QAbstractButton, "Send my answers"))


def line_edit(flow: QWidget, name: str) -> QLineEdit:
    return _named(flow, QLineEdit, name)
