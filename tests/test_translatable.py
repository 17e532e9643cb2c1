"""Every user-visible string of ui/ can be extracted for translation (issue 10)."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ui import catalogue

ROOT = Path(__file__).resolve().parents[1]

# Qt calls whose string arguments people read: (name, which positional arguments are text)
TEXT_SETTERS = {
    "setText": (0,), "setToolTip": (0,), "setAccessibleName": (0,),
    "setAccessibleDescription": (0,), "setPlaceholderText": (0,), "setWindowTitle": (0,),
    "setTitle": (0,), "setStatusTip": (0,), "setWhatsThis": (0,), "setInformativeText": (0,),
    "setDetailedText": (0,), "setLabelText": (0,), "setSuffix": (0,), "setPrefix": (0,),
    "setSpecialValueText": (0,), "showMessage": (0,), "setTabText": (1,), "addTab": (1,),
    "addItem": (0,), "insertItem": (1,), "setItemText": (1,), "addAction": (0,),
    "setHeaderLabels": (0,), "setHorizontalHeaderLabels": (0,), "setButtonText": (1,),
    "question": (1, 2), "warning": (1, 2), "information": (1, 2), "critical": (1, 2),
}
TEXT_CONSTRUCTORS = {
    "QLabel": (0,), "QPushButton": (0,), "QCheckBox": (0,), "QRadioButton": (0,),
    "QGroupBox": (0,), "QAction": (0,), "QToolButton": (0,), "QMessageBox": (1, 2),
    "QListWidgetItem": (0,), "QTableWidgetItem": (0,), "QTreeWidgetItem": (0,),
}
# screenshot code types sample input into fields (what a user would type, not the app's words)
TYPES_SAMPLE_INPUT = re.compile(r"^ui/screenshots/")
MARKUP = re.compile(r"<[^>]*>")
COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def _words(node: ast.AST) -> str:
    """The literal text of a str constant or f-string (markup and colour codes left out)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        parts = [node.value]
    elif isinstance(node, ast.JoinedStr):
        parts = [v.value for v in node.values if isinstance(v, ast.Constant)]
    elif isinstance(node, (ast.List, ast.Tuple)):
        return " ".join(_words(element) for element in node.elts)
    else:
        return ""
    text = MARKUP.sub("", "".join(parts)).strip()
    return "" if COLOUR.match(text) else text


def untranslated_literals(paths: list[Path]) -> list[str]:
    found = []
    for path in paths:
        if TYPES_SAMPLE_INPUT.search(path.relative_to(ROOT).as_posix()):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            positions = TEXT_SETTERS.get(name) or TEXT_CONSTRUCTORS.get(name) or ()
            for index in positions:
                if index < len(node.args) and re.search(r"[^\W\d_]", _words(node.args[index])):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}("
                                 f"{ast.unparse(node.args[index])[:50]})")
    return found


def test_no_string_literal_reaches_a_qt_text_setter_untranslated():
    assert untranslated_literals(catalogue.sources()) == []


def test_the_check_sees_a_literal_set_as_text(tmp_path, monkeypatch):
    sample = tmp_path / "ui" / "sample.py"
    sample.parent.mkdir()
    sample.write_text('label.setText("Save")\nbutton = QPushButton(f"Delete {name}")\n'
                      'ok.setText(self.tr("Save"))\nbox.setText(f"<b>{title}</b>")\n')
    monkeypatch.setattr(f"{__name__}.ROOT", tmp_path)
    assert [line.split(" ", 1)[0] for line in untranslated_literals([sample])] == [
        "ui/sample.py:1", "ui/sample.py:2"]


@pytest.fixture(scope="module")
def fresh_catalogue(tmp_path_factory) -> Path:
    return catalogue.write(tmp_path_factory.mktemp("lupdate") / "ui_en.ts")


def _contexts(ts: Path) -> dict[str, list[str]]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name") or ""): [m.findtext("source") for m in ctx.findall("message")]
            for ctx in root.findall("context")}


def test_lupdate_puts_every_string_in_a_named_context(fresh_catalogue):
    contexts = _contexts(fresh_catalogue)
    assert "" not in contexts, contexts.get("")
    assert sum(len(v) for v in contexts.values()) > 1000  # the desk and the kiosk, not a handful
    # the texts behind variables are marked where they are written (QT_TRANSLATE_NOOP)
    assert "Password again" in contexts["DeskMessages"]
    assert "If you cannot come, please phone us at least {hours} hours before." in contexts[
        "AppointmentCard"]


def test_the_committed_english_catalogue_is_what_lupdate_makes(fresh_catalogue):
    assert _contexts(catalogue.CATALOGUE) == _contexts(fresh_catalogue), (
        "run `python -m ui.catalogue` and commit resources/translations/backcare_ui_en.ts")
