"""The kiosk's Qt Linguist files: which sources are scanned, and the lupdate / lrelease steps.

    python -m ui.kiosk.translations          # lupdate: new strings into the three .ts files
    python -m ui.kiosk.translations release  # lrelease: the .qm files shipped beside them

resources/translations/backcare_en.ts lists the English source strings; backcare_es.ts and
backcare_zh_CN.ts carry the translations (edited with Qt Linguist or by hand). The .qm files
are committed, and tests/ui/kiosk/test_translations.py fails when a patient-facing string is
untranslated or unfinished, or when a shipped .qm is not what lrelease makes of its .ts.

The staff exit panel (ui/kiosk/staff_exit.py) is not scanned (the screenshots live in ui/screenshots/): the
panel stays in the clinic's language whatever the patient chose."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
TRANSLATED = ("es", "zh_CN")
NOT_PATIENT_FACING = {"staff_exit.py", "translations.py"}


def sources() -> list[Path]:
    kiosk = [p for p in sorted(Path(__file__).parent.glob("*.py"))
             if p.name not in NOT_PATIENT_FACING]
    return kiosk + sorted((ROOT / "ui" / "widgets").glob("*.py"))


def ts_file(code: str) -> Path:
    return TS_DIR / f"backcare_{code}.ts"


def qm_file(code: str, directory: Path = TS_DIR) -> Path:
    return directory / f"backcare_{code}.qm"


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease of this Python (PySide6-Essentials ships them)."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise FileNotFoundError(f"pyside6-{name} is not installed with this Python")
    return found


def update() -> None:
    files = [str(p.relative_to(ROOT)) for p in sources()]
    subprocess.run([tool("lupdate"), "-no-obsolete", "-locations", "none",
                    "-source-language", "en", "-target-language", "en", *files,
                    "-ts", str(ts_file("en").relative_to(ROOT))], cwd=ROOT, check=True)
    for code in TRANSLATED:
        subprocess.run([tool("lupdate"), "-no-obsolete", "-locations", "none",
                        "-source-language", "en", "-target-language", code, *files,
                        "-ts", str(ts_file(code).relative_to(ROOT))], cwd=ROOT, check=True)


def release(directory: Path = TS_DIR) -> list[Path]:
    """Builds the .qm of every translated .ts into `directory`; returns their paths."""
    built = []
    for code in TRANSLATED:
        target = qm_file(code, directory)
        subprocess.run([tool("lrelease"), "-silent", str(ts_file(code)), "-qm", str(target)],
                       check=True)
        built.append(target)
    return built


if __name__ == "__main__":
    release() if sys.argv[1:] == ["release"] else update()
