"""The sheet, the consent and the labels in Spanish and Chinese: faithful figures, files checked
against the English ids (file and line named), broken ones disabled, stale ones flagged."""

from __future__ import annotations

import re
import shutil
from importlib import resources
from pathlib import Path

import pytest

from intake import content, content_languages
from intake.content import checklists, read_text
from intake.content_languages import TRANSLATED, status, translation

SHIPPED = Path(str(resources.files("resources")))


@pytest.fixture
def own_content(tmp_path, monkeypatch):
    """A clinic content folder (BACKCARE_CONTENT) holding a copy of the shipped files."""
    folder = tmp_path / "content"
    folder.mkdir()
    for path in SHIPPED.iterdir():
        if path.suffix in (".md", ".toml"):
            shutil.copy(path, folder / path.name)
    monkeypatch.setenv("BACKCARE_CONTENT", str(folder))
    content.reload()
    content_languages.reload()
    yield folder
    monkeypatch.delenv("BACKCARE_CONTENT")
    content.reload()
    content_languages.reload()


def _figures(text: str) -> list[str]:
    """Every number of a text, a decimal comma read as a point (Spanish writes 87,1 %)."""
    return re.findall(r"\d+(?:\.\d+)?", re.sub(r"(\d),(\d)", r"\1.\2", text))


@pytest.mark.parametrize("code", TRANSLATED)
def test_each_sheet_keeps_every_figure_of_the_english_one(code):
    english = _figures(read_text("article.md"))
    assert {"85", "87.1", "93.3", "23.3", "12"} <= set(english)
    translated = _figures(translation(code).article)
    for figure in set(english):
        assert translated.count(figure) >= english.count(figure), (code, figure)


@pytest.mark.parametrize("code", TRANSLATED)
def test_shipped_translations_are_complete_and_current(code):
    found = status(code)
    assert found.usable and found.problem == "" and found.stale == ()
    labels = translation(code).labels
    english = checklists()
    for group in content.GROUPS:
        for item in english.group(group):
            assert labels[item.id] and labels[item.id] != item.label, (code, item.id)
    assert not translation(code).article.startswith("<!--")  # the header is not shown


def test_a_missing_id_names_the_file_and_disables_the_language(own_content):
    path = own_content / "checklists_es.toml"
    path.write_text(re.sub(r"(?m)^epilepsy = .*\n", "", path.read_text("utf-8")), "utf-8")
    found = status("es")
    assert not found.usable
    assert found.problem.startswith("checklists_es.toml, line ")
    assert "'epilepsy'" in found.problem
    assert status("zh_CN").usable  # the other language is not affected


def test_an_unknown_id_names_the_file_and_the_line(own_content):
    path = own_content / "checklists_zh_CN.toml"
    text = path.read_text("utf-8").replace("neck = ", "nek = ")
    path.write_text(text, "utf-8")
    line = text[: text.index("nek = ")].count("\n") + 1
    found = status("zh_CN")
    assert not found.usable
    assert found.problem == f"checklists_zh_CN.toml, line {line}: unknown id 'nek' in [regions]"


def test_a_sheet_without_its_header_disables_the_language(own_content):
    path = own_content / "article_es.md"
    path.write_text(path.read_text("utf-8").split("\n", 1)[1], "utf-8")
    assert status("es").problem.startswith("article_es.md, line 1:")


def test_a_changed_english_source_flags_its_translations_stale(own_content):
    consent = own_content / "consent.md"
    consent.write_text(consent.read_text("utf-8") + "\nI will bring my medicines list.\n", "utf-8")
    for code in TRANSLATED:
        found = status(code)
        assert found.usable  # still offered, but Settings says it needs a new translation
        assert found.stale == (f"consent_{code}.md",)
