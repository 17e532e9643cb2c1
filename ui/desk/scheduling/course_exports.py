"""A course's exports from the patient page: the .ics calendar file, the appointment card as a
PDF and on a printer. What they read (the sessions, the card's facts) is read in a worker, and
the .ics file is written there too; only the person's choice of file or printer and Qt's PDF
drawing happen on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from intake.ics_export import course_ics
from intake.scheduling.course_rows import card_facts
from intake.session import StaffSession
from ui.desk.messages import error_text
from ui.desk.scheduling.card_pdf import card_file_name, print_facts, write_facts
from ui.workers import Lane

Say = Callable[[str, bool], None]  # (text, is an error)


def _write_ics(course_id: int, path: str, staff_id: int | None) -> bool:
    """In the worker: the course's calendar file at `path`; False when the folder refuses it."""
    data = course_ics(course_id, staff_id=staff_id)
    try:
        Path(path).write_bytes(data)
    except OSError:
        return False
    return True


class CourseExports(QObject):
    """`export_ics`, `save_card` and `print_card` of one course, each saying how it went."""

    @staticmethod
    def ask_printer(parent: QWidget) -> QPrinter | None:
        """The printer chosen in the print dialog, or None (a blocking call; tests replace it)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    @staticmethod
    def ask_save_path(parent: QWidget, title: str, suggested: str, filter_text: str) -> str:
        """The only blocking call (a file dialog); tests replace it."""
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filter_text)
        return path

    def __init__(self, session: StaffSession, say: Say, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self._say = say
        self._parent = parent
        self._lane = Lane("course-exports", self)

    def is_busy(self) -> bool:
        return self._lane.is_busy()

    def _refused(self, exc) -> None:
        self._say(error_text(exc), True)

    def _cannot_write(self) -> None:
        self._say(self.tr("The file could not be written there. Choose another folder."), True)

    def export_ics(self, course_id: int) -> None:
        path = self.ask_save_path(self._parent, self.tr("Export the course to a calendar"),
                                  "backcare-course.ics", self.tr("Calendar files (*.ics)"))
        if not path:
            return

        def written(ok: bool) -> None:
            if ok:
                self._say(self.tr("Calendar file saved."), False)
            else:
                self._cannot_write()

        self._lane.submit(_write_ics, course_id, path, self._session.staff_id,
                          on_done=written, on_error=self._refused)

    def save_card(self, course_id: int) -> None:
        def read(facts) -> None:
            path = self.ask_save_path(self._parent, self.tr("Save the appointment card"),
                                      card_file_name(facts), self.tr("PDF files (*.pdf)"))
            if not path:
                return
            write_facts(path, facts)  # Qt's PDF writer draws on the GUI thread
            if not Path(path).exists():
                self._cannot_write()
                return
            self._say(self.tr("Appointment card saved as PDF."), False)

        self._read_facts(course_id, read)

    def print_card(self, course_id: int) -> None:
        def read(facts) -> None:
            printer = self.ask_printer(self._parent)
            if printer is None:
                return
            print_facts(printer, facts)
            self._say(self.tr("Appointment card sent to the printer."), False)

        self._read_facts(course_id, read)

    def _read_facts(self, course_id: int, then) -> None:
        staff_id = self._session.staff_id
        self._lane.submit(lambda: card_facts(course_id=course_id, staff_id=staff_id),
                          on_done=then, on_error=self._refused)
