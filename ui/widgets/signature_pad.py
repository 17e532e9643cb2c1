"""A finger-signature pad. Strokes are kept as points and given out as SVG path text.

Keyboard path: with the pad focused, Enter or Space signs with a mark (a cross), as a person who
cannot write signs on paper."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.widgets.styled import colour_property


class SignaturePad(QWidget):
    """Its colours come from resources/kiosk.qss (SignaturePad { qproperty-ink: ...; })."""

    changed = Signal()
    paper = colour_property(QPalette.ColorRole.Base)
    frame = colour_property(QPalette.ColorRole.Mid)
    focusFrame = colour_property(QPalette.ColorRole.Highlight)
    baseline = colour_property(QPalette.ColorRole.Mid)
    hint = colour_property(QPalette.ColorRole.PlaceholderText)  # "Sign here with your finger"
    ink = colour_property(QPalette.ColorRole.Text)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._strokes: list[list[QPointF]] = []
        self.setMinimumSize(480, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, False)  # touch arrives as mouse
        self.retranslate()
        self.setCursor(Qt.CursorShape.CrossCursor)

    # ------------------------------------------------------------------ public

    def retranslate(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("SignaturePad", "Signature"))
        self.setAccessibleDescription(QCoreApplication.translate(
            "SignaturePad", "Sign with your finger. With a keyboard, press Enter to sign with a "
                            "mark."))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.update()  # the "Sign here" hint is painted

    def is_empty(self) -> bool:
        return not any(len(stroke) > 1 for stroke in self._strokes)

    def clear(self) -> None:
        self._strokes = []
        self.update()
        self.changed.emit()

    def svg(self) -> str:
        """The strokes as an SVG document ("" when nothing was drawn)."""
        if self.is_empty():
            return ""
        parts = []
        for stroke in self._strokes:
            if len(stroke) < 2:
                continue
            head, *rest = stroke
            parts.append(f"M{head.x():.0f} {head.y():.0f}"
                         + "".join(f" L{p.x():.0f} {p.y():.0f}" for p in rest))
        width, height = self.width(), self.height()
        return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
                f'viewBox="0 0 {width} {height}"><path d="{" ".join(parts)}" fill="none" '
                f'stroke="black" stroke-width="3" stroke-linecap="round"/></svg>')

    def add_stroke(self, points: list[QPointF]) -> None:
        self._strokes.append(list(points))
        self.update()
        self.changed.emit()

    # ------------------------------------------------------------------ events

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._strokes.append([event.position()])
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton and self._strokes:
            self._strokes[-1].append(event.position())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._sign_with_mark()
        else:
            super().keyPressEvent(event)

    def _sign_with_mark(self) -> None:
        cx, cy, r = self.width() / 2, self.height() / 2, min(self.width(), self.height()) / 4
        self._strokes.append([QPointF(cx - r, cy - r), QPointF(cx + r, cy + r)])
        self._strokes.append([QPointF(cx + r, cy - r), QPointF(cx - r, cy + r)])
        self.update()
        self.changed.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.paper)
        frame = self.focusFrame if self.hasFocus() else self.frame
        painter.setPen(QPen(frame, 3 if self.hasFocus() else 2))
        painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        baseline = self.height() * 0.75
        painter.setPen(QPen(self.baseline, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(24, baseline), QPointF(self.width() - 24, baseline))
        if self.is_empty():
            painter.setPen(self.hint)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate("SignaturePad", "Sign here with your finger"))
        painter.setPen(QPen(self.ink, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        for stroke in self._strokes:
            if len(stroke) < 2:
                continue
            path = QPainterPath(stroke[0])
            for point in stroke[1:]:
                path.lineTo(point)
            painter.drawPath(path)
