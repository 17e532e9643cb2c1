"""The welcome page: the clinic's name, one large Start, and the information sheet."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ui.kiosk import timing


class WelcomeStep(QWidget):
    start_requested = Signal()
    read_requested = Signal()

    def __init__(self, clinic_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._clinic = QLabel(clinic_name, self)
        self._clinic.setObjectName("bigTitle")
        self._clinic.setWordWrap(True)
        self._clinic.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._greeting = QLabel(self.tr("Welcome. Please check in here for your visit.\n"
                                        "It takes about {n} minutes.").format(
                                            n=timing.stated_minutes()), self)
        self._greeting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._greeting.setWordWrap(True)
        self._start = QPushButton(self.tr("Start"), self)
        self._start.setObjectName("startButton")
        self._start.setAccessibleName(self.tr("Start check-in"))
        self._read = QPushButton(self.tr("Read about back pain"), self)
        self._read.setAccessibleName(self.tr("Read about back pain"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(2)
        layout.addWidget(self._clinic)
        layout.addSpacing(24)
        layout.addWidget(self._greeting)
        layout.addSpacing(48)
        layout.addWidget(self._start, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(24)
        layout.addWidget(self._read, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self._start.clicked.connect(self.start_requested)
        self._read.clicked.connect(self.read_requested)

    def title(self) -> str:
        return self.tr("Welcome")

    def entered(self) -> None:
        self._start.setFocus()
