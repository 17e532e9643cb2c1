"""`backcarew` (no console window): a start-up error is shown in a message box as well."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ui import app


def test_windowed_start_shows_the_error_in_a_box(qtbot, tmp_path, capsys):
    (tmp_path / "text.db").write_text("not a database")
    seen = []

    def read_and_close():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_close)
            return
        seen.append((box.objectName(), box.windowTitle(), box.text()))
        box.accept()

    QTimer.singleShot(0, read_and_close)
    code = app.main_windowed(["--db", f"sqlite:///{tmp_path / 'text.db'}"])
    assert code == 2
    assert len(seen) == 1
    name, title, text = seen[0]
    assert (name, title) == ("startupError", "BackCare could not start")
    assert text.startswith("This is not a BackCare database; it was left untouched")


def test_console_start_shows_no_box(qtbot, tmp_path, capsys):
    (tmp_path / "text.db").write_text("not a database")
    code = app.main(["--db", f"sqlite:///{tmp_path / 'text.db'}"])
    assert code == 2
    assert QApplication.activeModalWidget() is None
    assert "not a BackCare database" in capsys.readouterr().err
