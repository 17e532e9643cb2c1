"""The pages after the steps: thank you, could not save, and the urgent message overlay."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget


class _Page(QWidget):
    """A page whose words are set in `retranslate()` (again at each language switch)."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()


def _centered(text: str, parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    if name:
        label.setObjectName(name)
    return label


class ThankYouPage(_Page):
    def __init__(self, desk: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self._desk = desk
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self._big = _centered("", self, "bigTitle")
        self._small = _centered("", self)
        layout.addWidget(self._big)
        layout.addWidget(self._small)
        self._small.setVisible(not desk)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        if self._desk:
            self._big.setText(self.tr("The intake is saved."))
        else:
            self._big.setText(self.tr("Thank you — please take a seat"))
            self._small.setText(self.tr("We will call you soon."))

    def title(self) -> str:
        return self.tr("Thank you")


class QueuedThankYouPage(_Page):
    """The intake is kept safely on this kiosk but has not reached the desk yet: the patient is
    thanked and asked to tell reception, honestly, without alarm."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("queuedThanks")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self._big = _centered("", self, "bigTitle")
        self._small = _centered("", self)
        layout.addWidget(self._big)
        layout.addWidget(self._small)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self._big.setText(self.tr("Thank you — please tell reception you have checked in."))
        self._small.setText(self.tr("Your answers are kept safely on this kiosk and will reach "
                                    "the desk shortly."))

    def title(self) -> str:
        return self.tr("Thank you")


class SaveFailedPage(_Page):
    retry_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._retry = QPushButton(self)
        self._retry.setObjectName("primary")
        self._back = QPushButton(self)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self._big = _centered("", self, "bigTitle")
        self._small = _centered("", self)
        layout.addWidget(self._big)
        layout.addWidget(self._small)
        layout.addSpacing(32)
        layout.addWidget(self._retry, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self._back, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self._retry.clicked.connect(self.retry_requested)
        self._back.clicked.connect(self.back_requested)
        self.retranslate()

    def retranslate(self) -> None:
        self._retry.setText(self.tr("Try again"))
        self._retry.setAccessibleName(self.tr("Try again to save"))
        self._back.setText(self.tr("Back to my answers"))
        self._back.setAccessibleName(self.tr("Back to my answers"))
        self._big.setText(self.tr("We could not save your answers — please tell reception"))
        self._small.setText(self.tr("Your answers are still here. Nothing is lost."))

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
        self._alerted = True
        self._title = _centered("", self, "bigTitle")
        self._body = _centered("", self)
        self._continue = QPushButton(self)
        self._stop = QPushButton(self)
        self._mistake = QPushButton(self)
        for widget in (self._title, self._body):
            self.card_layout.addWidget(widget)
        self.card_layout.addWidget(self._continue)
        self.card_layout.addWidget(self._stop)
        self.card_layout.addWidget(self._mistake)
        self._continue.clicked.connect(self.continue_requested)
        self._stop.clicked.connect(self.stop_requested)
        self._mistake.clicked.connect(self.mistake_reported)
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Please speak to reception now"))
        self._continue.setText(self.tr("I have spoken to reception — continue"))
        self._continue.setAccessibleName(self.tr("Continue my answers"))
        self._stop.setText(self.tr("Stop here"))
        self._stop.setAccessibleName(self.tr("Stop here"))
        self._mistake.setText(self.tr("I tapped by mistake"))
        self._mistake.setAccessibleName(self.tr("I tapped by mistake"))
        self.set_alerted(self._alerted)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.isVisible():
                self.fit_card()

    def set_alerted(self, alerted: bool) -> None:
        """Whether the early save reached the desk; if not, the patient must go in person."""
        self._alerted = alerted
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
