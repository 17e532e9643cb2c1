"""The English source catalogue of every user-visible string under ui/ (desk and kiosk).

    python -m ui.catalogue        # rewrites resources/translations/backcare_ui_en.ts

Made by Qt's own `pyside6-lupdate`, so what it lists is what a translator would be given: every
string is written at its call as `self.tr("…")` (QObject subclasses),
`QCoreApplication.translate("Context", "…")` or, in a table read later,
`QT_TRANSLATE_NOOP("Context", "…")`. tests/test_translatable.py fails when lupdate puts a string
in an empty context, when this file is not what lupdate makes of today's code, or when a string
literal reaches a Qt text setter without passing through one of those.

The kiosk's patient-facing strings also have their own files (ui.kiosk.translations): those are
the ones translated to Spanish and Chinese."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ui.kiosk.translations import ROOT, TS_DIR, tool

CATALOGUE = TS_DIR / "backcare_ui_en.ts"


def sources(root: Path = ROOT) -> list[Path]:
    return sorted(p for p in (root / "ui").rglob("*.py"))


def write(target: Path = CATALOGUE, root: Path = ROOT) -> Path:
    """lupdate over every module of ui/ into `target` (English source, no locations)."""
    files = [str(p.relative_to(root)) for p in sources(root)]
    target.unlink(missing_ok=True)  # made afresh: nothing kept from an older run
    subprocess.run([tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                    "-source-language", "en", "-target-language", "en", *files,
                    "-ts", str(target)], cwd=root, check=True, capture_output=True)
    return target


if __name__ == "__main__":
    print(write())
    sys.exit(0)
