"""A big tick box whose text wraps: the whole row is the touch target, a ticked box shows a tick."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

TICK = "✓"


class TickItem(QPushButton):
    """Checkable; the accessible name is the text, so a screen reader says "<text>, checked"."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("tickItem")
        self.setCheckable(True)
        self.setAccessibleName(text)
        self._mark = QLabel(self)
        self._mark.setObjectName("tickMark")
        self._mark.setFixedSize(40, 40)
        self._mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._label = QLabel(text, self)
        self._label.setWordWrap(True)
        for label in (self._mark, self._label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(16)
        layout.addWidget(self._mark, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self._label, 1)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.toggled.connect(self.show_state)

    def set_label(self, text: str) -> None:
        """New words (a language switch); the tick stays as it is."""
        self.setAccessibleName(text)
        self._label.setText(text)
        self.updateGeometry()

    def text_label(self) -> str:
        return self._label.text()

    def mark(self) -> str:
        """What the box shows: a tick when ticked, nothing when not."""
        return self._mark.text()

    def show_state(self) -> None:
        self._mark.setText(TICK if self.isChecked() else "")

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        # the style sheet's min-height (with the border) is the floor
        return max(56, self.minimumHeight(), self.layout().totalHeightForWidth(width))

    def sizeHint(self) -> QSize:
        hint = self.layout().totalSizeHint()
        return QSize(hint.width(), max(hint.height(), 56))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 56)
