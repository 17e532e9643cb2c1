"""Styles live in the style sheets (issue 10): no colour typed in ui/ Python, no style sheet set
on a widget but a face's whole sheet, every colour of a sheet named once in its palette, and
every colour property a widget paints with set by a sheet."""

from __future__ import annotations

import ast
import importlib
import io
import re
import tokenize
from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from ui import style_sheets

ROOT = Path(__file__).resolve().parents[1]
SHEETS = ("desk", "kiosk", "widgets")
HEX = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}(?:[0-9a-fA-F]{2})?\b")
# the functions that give a face's whole sheet (resources/*.qss): the only setStyleSheet argument
SHEET_LOADERS = {"desk_stylesheet", "stylesheet", "style_sheet"}
# the widgets that paint themselves, by the class name their sheet rules use
PAINTED = {"BodyCanvas": "ui.widgets.body_map", "SignaturePad": "ui.widgets.signature_pad",
           "CalendarView": "ui.desk.calendar.view", "TintedTable": "ui.desk.scheduling.tinted_table"}


def _ui_modules() -> list[Path]:
    return sorted((ROOT / "ui").rglob("*.py"))


def _strings(path: Path) -> list[tuple[int, str]]:
    """The string literals of a module (f-strings included), comments left out."""
    source = path.read_text(encoding="utf-8")
    return [(token.start[0], token.string)
            for token in tokenize.generate_tokens(io.StringIO(source).readline)
            if token.type in (tokenize.STRING, getattr(tokenize, "FSTRING_MIDDLE", -1))]


def _calls(path: Path, name: str) -> list[ast.Call]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call)
            and (getattr(node.func, "attr", None) == name or getattr(node.func, "id", None) == name)]


def _literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) or isinstance(node, ast.JoinedStr)


def test_no_hex_colour_in_ui_python():
    found = [f"{path.relative_to(ROOT)}:{line}: {text}" for path in _ui_modules()
             for line, text in _strings(path) if HEX.search(text)]
    assert found == []


def test_no_colour_built_from_a_literal_in_ui_python():
    """QColor("white"), QColor(192, 57, 43): a colour typed in Python all the same."""
    found = [f"{path.relative_to(ROOT)}:{call.lineno}" for path in _ui_modules()
             for call in _calls(path, "QColor") if call.args and all(_literal(a) for a in call.args)]
    assert found == []


def test_the_only_style_sheets_set_are_the_faces_whole_sheets():
    found = []
    for path in _ui_modules():
        for call in _calls(path, "setStyleSheet"):
            argument = call.args[0] if call.args else None
            loader = getattr(getattr(argument, "func", None), "id", None)
            if not (isinstance(argument, ast.Call) and loader in SHEET_LOADERS):
                found.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    assert found == []


def test_the_checks_above_can_fail(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('label.setStyleSheet("color: #b71c1c;")\nQColor("white")\n'
                      '# a comment may say #b71c1c\n', encoding="utf-8")
    assert [text for _, text in _strings(sample) if HEX.search(text)] == ['"color: #b71c1c;"']
    assert len(_calls(sample, "setStyleSheet")) == 1 and len(_calls(sample, "QColor")) == 1


def _rules(text: str) -> str:
    """A sheet's text without its comments (the palette is one)."""
    return re.sub(r"/\*.*?\*/", "", text, flags=re.S)


@pytest.mark.parametrize("name", SHEETS)
def test_every_colour_of_a_sheet_is_named_once_in_its_palette(name):
    text, colours = style_sheets.text(name), style_sheets.palette(name)
    assert len(colours) >= 5
    given = [QColor(v).name() if v.startswith("#") else v for v in colours.values()]
    assert len(given) == len(set(given)), "a colour named twice"
    rules = _rules(text)
    assert HEX.findall(rules) == [] and re.findall(r"\brgba?\(", rules) == []
    values = set(re.findall(r":\s*([^;{}]+)", re.sub(r"\$\w+", "", rules)))  # names left out
    named = {w for value in values for w in re.findall(r"[a-z]+", value.lower())}
    assert named & (set(QColor.colorNames()) - {"transparent"}) == set()
    used = set(re.findall(r"\$(\w+)", rules))
    python = "\n".join(p.read_text(encoding="utf-8") for p in _ui_modules())
    unused = [n for n in colours if n not in used and f'["{n}"]' not in python]
    assert unused == []  # each is used by a rule, or read from the palette by ui/ code


def test_the_faces_sheets_fill_in_every_name():
    from ui.desk.shell.main_window import desk_stylesheet
    from ui.kiosk.style import stylesheet

    for sheet in (desk_stylesheet(), stylesheet(False), stylesheet(True)):
        assert "$" not in sheet and "BodyCanvas" in sheet  # widgets.qss comes first


def test_the_appointment_card_names_each_colour_once():
    css = (ROOT / "resources" / "card.css").read_text(encoding="utf-8")
    colours = [QColor(c).name() for c in HEX.findall(_rules(css))]
    assert len(colours) >= 5 and len(colours) == len(set(colours))


def _painted_properties(cls) -> set[str]:
    meta = cls.staticMetaObject
    return {meta.property(i).name() for i in range(meta.propertyOffset(), meta.propertyCount())
            if meta.property(i).typeName() == "QColor"}


def test_every_colour_a_widget_paints_with_is_set_by_a_sheet():
    """qproperty-<name> of a class that has no such property would be set on nothing; a colour
    property no sheet sets would fall back to the palette."""
    rules = re.findall(r"([^{}]+)\{([^}]*)\}", "".join(_rules(style_sheets.text(n)) for n in SHEETS))
    set_by_sheets: dict[str, set[str]] = {}
    for selector, body in rules:
        names = set(re.findall(r"qproperty-(\w+)\s*:", body))
        if names:
            assert selector.strip() in PAINTED, selector
            set_by_sheets.setdefault(selector.strip(), set()).update(names)
    for class_name, module in PAINTED.items():
        cls = getattr(importlib.import_module(module), class_name)
        assert set_by_sheets.get(class_name) == _painted_properties(cls), class_name
