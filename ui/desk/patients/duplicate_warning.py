"""The "already on file?" warning shown before a patient is created: each likely or possible
duplicate with why it was found (from intake.duplicates' reason codes) and a button to open it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from intake.duplicates import Likelihood, LikelyDuplicate, Reason
from ui.desk.patients.record_text import date_text, phone_text


def reason_words(reason: Reason) -> str:
    words = {
        Reason.SAME_BIRTH_DATE: QCoreApplication.translate("Duplicates", "same date of birth"),
        Reason.SAME_NAME: QCoreApplication.translate("Duplicates", "same name"),
        Reason.SIMILAR_NAME: QCoreApplication.translate("Duplicates", "similar name"),
        Reason.NAMES_SWAPPED: QCoreApplication.translate(
            "Duplicates", "first and last name swapped"),
        Reason.SURNAME_PART_MISSING: QCoreApplication.translate(
            "Duplicates", "similar name, one surname missing"),
        Reason.SAME_SURNAME_OTHER_FIRST_NAME: QCoreApplication.translate(
            "Duplicates", "same surname, different first name (a twin?)"),
        Reason.SHARES_PHONE: QCoreApplication.translate(
            "Duplicates", "shares a phone with this patient"),
    }
    return words[reason]


def why_text(likelihood: Likelihood | None, reasons: tuple[Reason, ...]) -> str:
    """"Likely the same person: same date of birth, similar name"; "Possibly related: …"."""
    if not reasons:
        return ""
    if likelihood is Likelihood.LIKELY:
        same_phone = QCoreApplication.translate("Duplicates", "same phone")
        words = ", ".join(same_phone if r is Reason.SHARES_PHONE else reason_words(r)
                          for r in reasons)
        return QCoreApplication.translate(
            "Duplicates", "Likely the same person: {why}").format(why=words)
    if reasons == (Reason.SHARES_PHONE,):
        return QCoreApplication.translate(
            "Duplicates",
            "Shares a phone with this patient (families do): not the same person by itself")
    words = ", ".join(reason_words(r) for r in reasons)
    return QCoreApplication.translate(
        "Duplicates", "Possibly related, not the same person by default: {why}").format(why=words)


class DuplicateWarning(QFrame):
    """Lists the duplicates given to `show_duplicates`; "Open no. N" emits `open_requested`."""

    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateWarning")
        self._title = QLabel()
        self._title.setObjectName("duplicateTitle")
        self._title.setWordWrap(True)
        self._rows = QVBoxLayout()
        self._lines: list[str] = []
        column = QVBoxLayout(self)
        column.addWidget(self._title)
        column.addLayout(self._rows)
        self.hide()

    def show_duplicates(self, found: list[LikelyDuplicate]) -> None:
        while self._rows.count():
            item = self._rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._lines = []
        if not found:
            self.hide()
            return
        likely = any(d.likelihood is Likelihood.LIKELY for d in found)
        self._title.setText(
            self.tr("This person may already be on file. Open the record if it is them; "
                    "create a new patient only if it is someone else.") if likely else
            self.tr("Records that look related (check before creating a new patient):"))
        for duplicate in found:
            self._rows.addWidget(self._row(duplicate))
        self.show()

    def lines(self) -> list[str]:
        """What each row says, for tests and screen readers."""
        return list(self._lines)

    def _row(self, duplicate: LikelyDuplicate) -> QWidget:
        p = duplicate.patient
        who = self.tr("No. {id}: {first} {last}, born {dob}, phone {phone}").format(
            first=p.first_name, last=p.last_name, dob=date_text(p.date_of_birth),
            phone=phone_text(p.phone) or "—", id=p.id)
        why = why_text(duplicate.likelihood, duplicate.reasons)
        self._lines.append(f"{who}\n{why}")
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 4, 0, 4)
        text = QVBoxLayout()
        name = QLabel(who)  # one line: it sets the warning's width, so nothing is cut off
        reason = QLabel(why)
        reason.setWordWrap(True)
        reason.setProperty("likelihood", duplicate.likelihood.value)
        text.addWidget(name)
        text.addWidget(reason)
        layout.addLayout(text, 1)
        button = QPushButton(self.tr("Open no. {id}").format(id=p.id))
        button.setAccessibleName(self.tr("Open patient no. {id}").format(id=p.id))
        button.clicked.connect(lambda _=False, pid=p.id: self.open_requested.emit(pid))
        layout.addWidget(button)
        return row
