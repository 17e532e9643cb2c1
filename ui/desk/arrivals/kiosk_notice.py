"""What the desk shows about its kiosks above the arrivals: a kiosk not heard from for a minute
("Waiting-room kiosk offline since 10:41"), and intakes a kiosk could not deliver, which an
admin can export to a file (the domain's admin rule: the file holds whole intakes)."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake import kiosks
from intake.errors import BackCareError, NotAllowedError
from intake.kiosks import KioskState
from intake.session import StaffSession
from ui import dates
from ui.desk.messages import Occasion, error_text, occasion_text

log = logging.getLogger(__name__)


class KioskNotice(QFrame):
    """Hidden while every kiosk answers and has delivered everything."""

    def __init__(self, session: StaffSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskNotice")
        self._session = session
        self._states: list[KioskState] = []
        self._dialog: QFileDialog | None = None
        self._lines = QLabel(self)
        self._lines.setObjectName("kioskNoticeText")
        self._lines.setWordWrap(True)
        self._lines.setAccessibleName(self.tr("Kiosk status"))
        self._export = QPushButton(self.tr("Export undelivered intakes…"), self)
        self._export.setAccessibleName(self.tr("Export the intakes a kiosk could not deliver"))
        self._result = QLabel(self)
        self._result.setObjectName("kioskNoticeResult")
        self._result.setWordWrap(True)
        self._result.hide()
        row = QHBoxLayout()
        row.addWidget(self._lines, 1)
        row.addWidget(self._export)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(row)
        layout.addWidget(self._result)
        self._export.clicked.connect(self._ask_where)
        self.hide()

    # ------------------------------------------------------------------ public

    def show_states(self, states: list[KioskState]) -> None:
        self._states = states
        lines = [line for state in states for line in self._lines_for(state)]
        refused = sum(s.refused for s in states)
        if refused and not self._session.is_admin:
            lines.append(self.tr("An admin can export them at the desk."))
        self._lines.setText("\n".join(lines))
        self._export.setVisible(refused > 0 and self._session.is_admin)
        self.setProperty("offline", any(s.offline for s in states))
        self.style().unpolish(self)
        self.style().polish(self)
        self.setVisible(bool(lines))

    def text(self) -> str:
        return self._lines.text()

    def export_button(self) -> QPushButton:
        return self._export

    def result_text(self) -> str:
        return self._result.text() if self._result.isVisible() else ""

    def export_to(self, path: Path | str) -> None:
        """Writes the undelivered intakes to `path` and says how many."""
        try:
            count = kiosks.export_refused(Path(path), staff_id=self._session.staff_id)
        except NotAllowedError as exc:
            self._say(occasion_text(Occasion.exporting_undelivered, exc.code))
            return
        except (BackCareError, OSError) as exc:
            log.info("kiosk export failed: %s", type(exc).__name__)
            self._say(error_text(exc) if isinstance(exc, BackCareError)
                      else self.tr("The file could not be written there. Choose another folder."))
            return
        self._say(self.tr("{n} undelivered intake(s) saved to {file}. Enter them at the desk, "
                          "then keep the file safe or delete it.").format(
            n=count, file=Path(path).name))

    def file_dialog(self) -> QFileDialog | None:
        return self._dialog

    # ------------------------------------------------------------------ internals

    def _lines_for(self, state: KioskState) -> list[str]:
        lines = []
        if state.offline:
            when = dates.time_text(state.last_seen)
            if state.last_seen.date() != dt.date.today():
                when = dates.date_time_text(state.last_seen)
            text = self.tr("{name} offline since {time}").format(name=state.name, time=when)
            if state.queued:
                text += " — " + (self.tr("it holds 1 intake that has not reached the desk yet")
                                 if state.queued == 1 else
                                 self.tr("it holds {n} intakes that have not reached the desk "
                                         "yet").format(n=state.queued))
            lines.append(text)
        if state.refused:
            lines.append(self.tr("The {name} has 1 intake it could not deliver").format(
                name=state.name.lower()) if state.refused == 1 else
                self.tr("The {name} has {n} intakes it could not deliver").format(
                    name=state.name.lower(), n=state.refused))
        return lines

    def _ask_where(self) -> None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
        self._dialog = QFileDialog(self, self.tr("Export undelivered intakes"),
                                   str(Path.home() / f"undelivered-intakes-{stamp}.json"),
                                   self.tr("JSON files (*.json)"))
        self._dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self._dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        self._dialog.fileSelected.connect(self.export_to)
        self._dialog.open()

    def _say(self, text: str) -> None:
        self._result.setText(text)
        self._result.show()
