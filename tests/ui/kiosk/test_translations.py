"""The Qt Linguist files: every patient-facing string translated and finished in Spanish and
Simplified Chinese, and the shipped .qm files exactly what lrelease makes of their .ts."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ui.kiosk import translations


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(context.findtext("name"), message.findtext("source")): message
            for context in root.iter("context") for message in context.iter("message")}


@pytest.fixture(scope="module")
def fresh_sources(tmp_path_factory) -> set[tuple[str, str]]:
    """What lupdate finds in the code today (not what the committed .ts says)."""
    target = tmp_path_factory.mktemp("lupdate") / "scan.ts"
    files = [str(p) for p in translations.sources()]
    subprocess.run([translations.tool("lupdate"), "-silent", "-locations", "none", *files,
                    "-ts", str(target)], check=True, cwd=translations.ROOT)
    return set(_messages(target))


@pytest.mark.parametrize("code", translations.TRANSLATED)
def test_every_patient_facing_string_is_translated_and_finished(code, fresh_sources):
    messages = _messages(translations.ts_file(code))
    missing = sorted(fresh_sources - set(messages))
    assert not missing, f"not in backcare_{code}.ts (run python -m ui.kiosk.translations): {missing}"
    problems = []
    for key in sorted(fresh_sources):
        translation = messages[key].find("translation")
        text = (translation.text or "") if translation is not None else ""
        kind = translation.get("type", "") if translation is not None else "missing"
        if not text.strip() or kind in ("unfinished", "vanished", "obsolete", "missing"):
            problems.append((key, kind or "empty"))
            continue
        wanted = set(re.findall(r"\{\w+\}", key[1]))
        if set(re.findall(r"\{\w+\}", text)) != wanted:  # a lost {n} would show as "{n}"
            problems.append((key, f"placeholders {sorted(wanted)}"))
    assert not problems, f"backcare_{code}.ts: {problems}"


def test_the_english_source_file_lists_every_string(fresh_sources):
    assert set(_messages(translations.ts_file("en"))) == fresh_sources


def test_shipped_qm_files_are_what_lrelease_makes_of_their_ts(tmp_path):
    for built in translations.release(tmp_path):
        shipped = translations.qm_file(built.stem.removeprefix("backcare_"))
        assert shipped.exists(), f"{shipped.name} is not shipped"
        assert shipped.read_bytes() == built.read_bytes(), (
            f"{shipped.name} does not match its .ts: run python -m ui.kiosk.translations release")


def test_a_stale_qm_is_caught(tmp_path, monkeypatch):
    """The comparison above fails when a .ts changes and its .qm is not rebuilt."""
    ts_dir = tmp_path / "translations"
    shutil.copytree(translations.TS_DIR, ts_dir)
    es = ts_dir / "backcare_es.ts"
    es.write_text(es.read_text(encoding="utf-8").replace("Sus datos", "Sobre usted"),
                  encoding="utf-8")
    monkeypatch.setattr(translations, "TS_DIR", ts_dir)
    built = translations.release(tmp_path)
    assert built[0].read_bytes() != (translations.ROOT / "resources" / "translations"
                                     / "backcare_es.qm").read_bytes()


def test_the_staff_exit_panel_is_not_translated():
    """It stays in the clinic's language: its words are in no translation file."""
    for code in ("en", *translations.TRANSLATED):
        assert not any(context == "StaffExitPanel"
                       for context, _ in _messages(translations.ts_file(code)))
