"""Render every screen offscreen to PNG with demo data.

    python -m ui.screenshots DIR

A fresh SQLite database in a temporary folder is filled with the demo clinic; each feature's
`shots(out_dir)` renders its own screens. The PNGs are for people to look at.
"""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
from pathlib import Path

from ui.screenshots.shown import grab_to

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHOT_MODULES = (
    "ui.screenshots.kiosk",
    "ui.screenshots.desk_shell",
    "ui.screenshots.desk_records",
    "ui.screenshots.desk_duplicates",
    "ui.screenshots.desk_scheduling",
    "ui.screenshots.desk_kiosk",
    "ui.screenshots.desk_safety",
    "ui.screenshots.desk_laptop",
    "ui.screenshots.desk_outage",
    "ui.screenshots.desk_backup",
)


def render_all(out_dir: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from intake import db as dbmod
    from intake import demo

    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    app.setApplicationName("BackCare")
    made: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        dbmod.open_database(f"sqlite:///{Path(tmp) / 'demo.db'}")
        try:
            demo.fill()
            for name in SHOT_MODULES:
                module = importlib.import_module(name)
                made += module.shots(out_dir)
            made.append(_assembled_desk(out_dir, app))
        finally:
            dbmod.close_database()
    return made


def _assembled_desk(out_dir: Path, app) -> Path:
    """The whole desk as a receptionist sees it after signing in: navigation, Arrivals, status bar."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    from intake import demo
    from ui.windows import assemble_desk

    assembly = assemble_desk("sqlite:///…/backcare.db (demo)")
    window = assembly.window
    window.resize(1400, 860)
    window.show()
    fields = {w.accessibleName(): w for w in window.findChildren(QLineEdit)}
    fields["Username"].setText(demo.DESK[0])
    fields["Password or PIN"].setText(demo.DESK[2])
    QTest.keyClick(fields["Password or PIN"], Qt.Key.Key_Return)
    while not assembly.session.signed_in:  # the password is checked in a worker
        app.processEvents()
    window.show_page("arrivals")
    assembly.arrivals.reload()
    while assembly.arrivals.is_reading():  # so are the arrivals read
        app.processEvents()
    app.processEvents()
    path = out_dir / "desk_assembled_arrivals.png"
    grab_to(window, path)
    assembly.arrivals.stop_polling()
    window.close()
    window.deleteLater()
    app.processEvents()
    return path


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python -m ui.screenshots DIR", file=sys.stderr)
        return 2
    for path in render_all(Path(argv[0])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
