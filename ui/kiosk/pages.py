"""The pages after the steps: thank you, could not save, and the urgent message overlay."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget


def _centered(text: str, parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    if name:
        label.setObjectName(name)
    return label


class ThankYouPage(QWidget):
    def __init__(self, desk: bool, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        if desk:
            layout.addWidget(_centered(self.tr("The intake is saved."), self, "bigTitle"))
        else:
            layout.addWidget(_centered(self.tr("Thank you — please take a seat"), self, "bigTitle"))
            layout.addWidget(_centered(self.tr("We will call you soon."), self))
        layout.addStretch(2)

    def title(self) -> str:
        return self.tr("Thank you")


class QueuedThankYouPage(QWidget):
    """The intake is kept safely on this kiosk but has not reached the desk yet: the patient is
    thanked and asked to tell reception, honestly, without alarm."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("queuedThanks")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(_centered(self.tr("Thank you — please tell reception you have checked "
                                           "in."), self, "bigTitle"))
        layout.addWidget(_centered(self.tr("Your answers are kept safely on this kiosk and "
                                           "will reach the desk shortly."), self))
        layout.addStretch(2)

    def title(self) -> str:
        return self.tr("Thank you")


class SaveFailedPage(QWidget):
    retry_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._retry = QPushButton(self.tr("Try again"), self)
        self._retry.setObjectName("primary")
        self._retry.setAccessibleName(self.tr("Try again to save"))
        self._back = QPushButton(self.tr("Back to my answers"), self)
        self._back.setAccessibleName(self.tr("Back to my answers"))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(_centered(self.tr("We could not save your answers — please tell "
                                           "reception"), self, "bigTitle"))
        layout.addWidget(_centered(self.tr("Your answers are still here. Nothing is lost."), self))
        layout.addSpacing(32)
        layout.addWidget(self._retry, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self._back, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self._retry.clicked.connect(self.retry_requested)
        self._back.clicked.connect(self.back_requested)

    def title(self) -> str:
        return self.tr("Not saved")

    def entered(self) -> None:
        self._retry.setFocus()


class Overlay(QFrame):
    """A full-window layer over its parent with one card in the middle."""

    def __init__(self, parent: QWidget, card_name: str = "overlayCard"):
        super().__init__(parent)
        self.setObjectName("overlay")
        self.setAutoFillBackground(True)
        self._card = QFrame(self)
        self._card.setObjectName(card_name)
        self._card.setFixedWidth(880)
        self.card_layout = QVBoxLayout(self._card)
        self.card_layout.setContentsMargins(48, 40, 48, 40)
        self.card_layout.setSpacing(20)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(self._card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        parent.installEventFilter(self)
        self.hide()

    def open(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()
        self.fit_card()

    def fit_card(self) -> None:
        """Wrapped text makes the card as tall as it needs (a centred layout does not ask)."""
        for child in self._card.findChildren(QWidget):
            child.ensurePolished()
        height = self.card_layout.totalHeightForWidth(self._card.width())
        if height < 0:  # nothing in the card wraps
            height = self.card_layout.totalSizeHint().height()
        self._card.setFixedHeight(height)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.parentWidget() and event.type() == event.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False


class UrgentMessage(Overlay):
    """Calm, full screen: speak to reception now. The patient may continue or stop."""

    continue_requested = Signal()
    stop_requested = Signal()
    mistake_reported = Signal()  # "I tapped by mistake"

    def __init__(self, parent: QWidget):
        super().__init__(parent, "urgentCard")
        self._title = _centered(self.tr("Please speak to reception now"), self, "bigTitle")
        self._body = _centered(self.tr("Your answer means a member of staff should talk with you "
                                       "before anything else. We have let them know. This is "
                                       "a precaution — please go to the desk."), self)
        self._continue = QPushButton(self.tr("I have spoken to reception — continue"), self)
        self._continue.setAccessibleName(self.tr("Continue my answers"))
        self._stop = QPushButton(self.tr("Stop here"), self)
        self._stop.setAccessibleName(self.tr("Stop here"))
        self._mistake = QPushButton(self.tr("I tapped by mistake"), self)
        self._mistake.setAccessibleName(self.tr("I tapped by mistake"))
        for widget in (self._title, self._body):
            self.card_layout.addWidget(widget)
        self.card_layout.addWidget(self._continue)
        self.card_layout.addWidget(self._stop)
        self.card_layout.addWidget(self._mistake)
        self._continue.clicked.connect(self.continue_requested)
        self._stop.clicked.connect(self.stop_requested)
        self._mistake.clicked.connect(self.mistake_reported)

    def set_alerted(self, alerted: bool) -> None:
        """Whether the early save reached the desk; if not, the patient must go in person."""
        if alerted:
            self._body.setText(self.tr("Your answer means a member of staff should talk with "
                                       "you before anything else. We have let them know. This "
                                       "is a precaution — please go to the desk."))
        else:
            self._body.setText(self.tr("Your answer means a member of staff should talk with "
                                       "you before anything else. Please go to the desk now "
                                       "and tell them."))

    def open(self) -> None:
        super().open()
        self._continue.setFocus()

    def mistake_button(self) -> QPushButton:
        return self._mistake

    def continue_button(self) -> QPushButton:
        return self._continue

    def stop_button(self) -> QPushButton:
        return self._stop
