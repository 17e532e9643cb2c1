"""The clinic's content: the shipped sheet and checklists, and clear errors for malformed files."""

from __future__ import annotations

import re
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from intake import content
from tests.ui.cli_support import error_lines

SEED = Path(__file__).resolve().parents[1] / "data" / "back-pain-article.txt"  # the clinic's text, as given
FURNITURE = ("top of page", "bottom of page", "68 views", "Click here", "Retrieved from")


@pytest.fixture(autouse=True)
def fresh_content(monkeypatch):
    monkeypatch.delenv("BACKCARE_CONTENT", raising=False)
    content.reload()
    yield
    content.reload()


def _shipped(name: str) -> str:
    return (resources.files("resources") / name).read_text(encoding="utf-8")


def _ids(items) -> list[str]:
    return [item.id for item in items]


def test_shipped_checklists_hold_the_sheet_and_the_clinical_lists():
    lists = content.checklists()
    assert _ids(lists.causes)[:9] == [
        "improper_lifting", "poor_posture", "lack_of_exercise", "obesity", "arthritis",
        "fracture", "degeneration", "herniated_disc", "static_sitting"]
    assert _ids(lists.treatments) == ["nsaids", "muscle_relaxants", "opioids", "antidepressants",
                                      "cortisone_injections", "none", "other"]
    assert _ids(lists.side_effects) == ["liver_damage", "gi_bleeding", "heart_damage",
                                        "drowsiness", "addiction"]
    assert lists.urgent_ids() == {"ce_bladder_bowel", "ce_saddle_numbness", "ce_sexual",
                                  "ce_both_legs"}
    device = next(i for i in lists.contraindications if i.id == "implanted_device")
    assert device.blocks == ("electro",)
    assert {i.id for i in lists.contraindications if i.precaution} >= {
        "pregnancy", "bleeding_anticoagulant", "epilepsy", "metal_implants", "needle_fear_fainting"}
    assert lists.course.sessions == 12
    assert lists.course.free_consultation is True


def test_article_keeps_every_line_of_the_sheet_but_the_web_page_furniture():
    def squeeze(text: str) -> str:
        text = re.sub(r"(?m)^\s*(#+|>|-|•)\s*", "", text).replace("**", "")
        return re.sub(r"\s+", "", text)

    article = content.article_markdown()
    for fragment in FURNITURE:
        assert fragment not in article
    body = squeeze(article)
    for line in SEED.read_text(encoding="utf-8").splitlines():
        line = line.replace("Click here to schedule", "Schedule").replace(" Retrieved from", "")
        if line.strip() and not any(f in line for f in FURNITURE):
            assert squeeze(line) in body, line
    assert article.count("\n## ") >= 1 and article.startswith("# Acupuncture for Back Pain")


def _write_override(folder: Path, text: str) -> None:
    folder.mkdir(exist_ok=True)
    (folder / content.CHECKLIST_FILE).write_text(text, encoding="utf-8")


def _line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def test_broken_toml_names_the_file_and_its_line(tmp_path, monkeypatch):
    shipped = _shipped(content.CHECKLIST_FILE)
    broken = shipped.replace('id = "obesity"', 'id = "obesity', 1)
    _write_override(tmp_path / "c", broken)
    monkeypatch.setenv("BACKCARE_CONTENT", str(tmp_path / "c"))
    with pytest.raises(content.ContentError) as caught:
        content.checklists()
    assert caught.value.file == "checklists.toml"
    assert caught.value.line == _line_of(broken, 'id = "obesity')


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ('id = "arthritis"', 'id = "obesity"', "appears twice"),
        ('id = "fracture"', 'id = "Fracture!"', "needs an id"),
        ('id = "degeneration"', 'id = "degeneration"\ncolour = "red"', "unknown key 'colour'"),
    ],
)
def test_a_bad_entry_names_the_line_of_its_header(tmp_path, monkeypatch, old, new, problem):
    shipped = _shipped(content.CHECKLIST_FILE)
    edited = shipped.replace(old, new, 1)
    _write_override(tmp_path / "c", edited)
    monkeypatch.setenv("BACKCARE_CONTENT", str(tmp_path / "c"))
    with pytest.raises(content.ContentError) as caught:
        content.checklists()
    header = _line_of(shipped, old) - 1  # the [[causes]] line above the entry
    assert edited.splitlines()[header - 1].strip() == "[[causes]]"
    assert caught.value.line == header
    assert problem in str(caught.value)
    assert str(caught.value).startswith(f"checklists.toml, line {header}: ")


def test_without_an_urgent_red_flag_the_checklists_are_refused(tmp_path, monkeypatch):
    _write_override(tmp_path / "c", _shipped(content.CHECKLIST_FILE).replace("urgent = true", ""))
    monkeypatch.setenv("BACKCARE_CONTENT", str(tmp_path / "c"))
    with pytest.raises(content.ContentError, match="urgent"):
        content.checklists()


def test_an_override_folder_needs_only_the_files_it_changes(tmp_path, monkeypatch):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / content.CONSENT_FILE).write_text("# Our consent\n\nI agree.\n", encoding="utf-8")
    monkeypatch.setenv("BACKCARE_CONTENT", str(folder))
    assert content.consent_markdown().startswith("# Our consent")
    assert content.article_markdown() == _shipped(content.ARTICLE_FILE)
    assert content.checklists().course.sessions == 12


@pytest.mark.parametrize("name", [content.CHECKLIST_FILE, content.ARTICLE_FILE])
def test_start_up_stops_on_a_malformed_file_with_one_line(tmp_path, name):
    folder = tmp_path / "c"
    folder.mkdir()
    bad = b"# Sheet\n\nline two\n\xff\xfe broken\n" if name == content.ARTICLE_FILE else \
        _shipped(name).replace('id = "obesity"', 'id = "obesity', 1).encode()
    (folder / name).write_bytes(bad)
    db_file = tmp_path / "backcare.db"
    result = subprocess.run([sys.executable, "-m", "ui", "--db", f"sqlite:///{db_file}"],
                            capture_output=True, text=True, timeout=60,
                            env={**__import__("os").environ, "BACKCARE_CONTENT": str(folder)})
    assert result.returncode == 2
    lines = error_lines(result)  # the desk's window was on screen: the check follows its first frame
    assert len(lines) == 1, result.stderr
    assert f"{name}, line " in lines[0]
    assert "Traceback" not in result.stderr
    assert not db_file.exists()
