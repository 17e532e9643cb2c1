"""A start-up error in a message box, for `backcarew` and any start without a console, where a
line on stderr would go nowhere."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox


def show(line: str) -> None:
    """Blocks until the person closes the box."""
    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - must exist
    text = line.removeprefix("backcare: ")
    box = QMessageBox(QMessageBox.Icon.Critical,
                      QCoreApplication.translate("startup", "BackCare could not start"), text)
    box.setObjectName("startupError")
    box.exec()
