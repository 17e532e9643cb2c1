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

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHOT_MODULES = (
    "ui.kiosk.shots",
    "ui.desk.shell_shots",
    "ui.desk.records_shots",
    "ui.desk.scheduling_shots",
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
        finally:
            dbmod.close_database()
    return made


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
