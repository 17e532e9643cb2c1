"""One vocabulary: statuses, kinds, roles and refusal reasons are written by their names
(intake/vocabulary.py), never as bare strings, in intake/ and ui/ (issue 10)."""

from __future__ import annotations

import ast
from pathlib import Path

from intake.vocabulary import (
    AppointmentKind,
    AppointmentStatus,
    CourseKind,
    CourseStatus,
    IntakeSource,
    IntakeStatus,
    Refusal,
    Resource,
    Role,
)

ROOT = Path(__file__).resolve().parents[1]
ENUMS = (AppointmentStatus, AppointmentKind, CourseKind, CourseStatus, IntakeStatus, Role, Refusal,
         IntakeSource, Resource)
# "locked" is a refusal (an account locked out) and also the database's busy code: checked where
# it is compared with a record's status, kind or role or an error's code, not everywhere
SHARED_WORDS = {"locked"}
WATCHED = {m.value for enum in ENUMS for m in enum} - SHARED_WORDS
# Where a watched word is something else (data that happens to be spelled so, a file's name),
# by file: each entry must still be found there (test_every_exception_is_still_needed)
NOT_A_STATUS = {
    ("intake/demo.py", "admin"): "the demo admin's username (README's demo sign-in)",
    ("intake/demo.py", "desk"): "the demo front-desk account's username",
    ("ui/screenshots/desk_shell.py", "admin"): "the screenshots' admin username",
    ("intake/staff/kiosk.py", "kiosk"): "the default kiosk's device name",
    ("ui/kiosk/style.py", "kiosk"): "resources/kiosk.qss, the kiosk's style sheet",
    ("ui/screenshots/kiosk_sheets.py", "kiosk"): "resources/kiosk.qss",
    ("ui/desk/shell/main_window.py", "desk"): "resources/desk.qss, the desk's style sheet",
}
FIELD_LABELS = "FIELD_NAMES"  # ui/desk/messages.py: a label for each form field's code
STATUS_ATTRIBUTES = {"status", "kind", "role", "code"}


def _sources() -> list[Path]:
    paths = [*(ROOT / "intake").rglob("*.py"), *(ROOT / "ui").rglob("*.py")]
    # the tables' own column names (models.py, migrations/) are the schema, not statuses
    return [p for p in paths if "migrations" not in p.parts
            and p.relative_to(ROOT).as_posix() not in ("intake/vocabulary.py", "intake/models.py")]


def _translated(tree: ast.AST) -> set[int]:
    """ids of string constants passed to tr()/translate() (a label's English words), and of the
    names a module's `__all__` exports (the function `course_gates`)."""
    inside = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "__all__" for t in node.targets):
            inside.update(id(n) for n in ast.walk(node.value))
        # a form field's code (`field="practitioner"`) and the field labels' keys name a field
        if isinstance(node, ast.keyword) and node.arg == "field":
            inside.add(id(node.value))
        if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict)
                and any(getattr(t, "id", "") == FIELD_LABELS for t in node.targets)):
            inside.update(id(key) for key in node.value.keys)
        if isinstance(node, ast.Call):
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name in ("tr", "translate", "QT_TRANSLATE_NOOP"):
                inside.update(id(arg) for arg in node.args)
    return inside


def bare_words(paths: list[Path]) -> list[str]:
    found = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        translated = _translated(tree)
        for node in ast.walk(tree):
            # every watched word, anywhere but a label's text
            if (isinstance(node, ast.Constant) and node.value in WATCHED
                    and id(node) not in translated
                    and (path.relative_to(ROOT).as_posix(), node.value) not in NOT_A_STATUS):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.value!r}")
            # a shared word compared with a record's status, kind or role
            if isinstance(node, ast.Compare):
                sides = [node.left, *node.comparators]
                if any(isinstance(s, ast.Attribute) and s.attr in STATUS_ATTRIBUTES
                       for s in sides):
                    for side in sides:
                        for const in ast.walk(side):
                            if isinstance(const, ast.Constant) and const.value in SHARED_WORDS:
                                found.append(f"{path.relative_to(ROOT)}:{node.lineno} "
                                             f"{const.value!r}")
            # a refusal raised by its text: every NotAllowedError's code is a Refusal member
            if (isinstance(node, ast.Call) and node.args
                    and getattr(node.func, "id", getattr(node.func, "attr", "")) == "NotAllowedError"):
                for const in ast.walk(node.args[0]):
                    if (isinstance(const, ast.Constant) and isinstance(const.value, str)
                            and const.value not in WATCHED):  # (those are reported above)
                        found.append(f"{path.relative_to(ROOT)}:{node.lineno} {const.value!r}")
    return found


def test_statuses_kinds_roles_and_refusals_are_written_by_name():
    assert bare_words(_sources()) == []


def test_every_exception_is_still_needed():
    for (path, word), _why in NOT_A_STATUS.items():
        tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
        assert any(isinstance(n, ast.Constant) and n.value == word for n in ast.walk(tree)), path


def test_the_check_finds_a_bare_status(tmp_path, monkeypatch):
    sample = tmp_path / "intake" / "sample.py"
    sample.parent.mkdir()
    sample.write_text('if row.status == "no_show":\n    pass\n'
                      'label = self.tr("no_show")\n'
                      'if course.status in ("active",):\n    pass\n'
                      'flow = IntakeFlow(mode="kiosk")\n'
                      'raise ValidationError("not_found", field="practitioner")\n'
                      'FIELD_NAMES = {"practitioner": QT_TRANSLATE_NOOP("C", "Practitioner")}\n'
                      'ROLES = {"practitioner": QT_TRANSLATE_NOOP("C", "Practitioner")}\n')
    monkeypatch.setattr(f"{__name__}.ROOT", tmp_path)
    assert sorted(f.split(" ")[1] for f in bare_words([sample])) == [
        "'active'", "'kiosk'", "'no_show'", "'practitioner'"]


def test_the_check_finds_a_bare_refusal(tmp_path, monkeypatch):
    sample = tmp_path / "ui" / "sample.py"
    sample.parent.mkdir()
    sample.write_text('if exc.code == "urgent_unacknowledged":\n    pass\n'
                      'if exc.code == "locked":\n    pass\n'  # "locked": where it is a code
                      'raise NotAllowedError("locked" if late else "too_late", until=t)\n'
                      'STORAGE = {"SQLITE_BUSY": "locked"}\n'  # the database's, not a refusal
                      '__all__ = ["course_gates"]\n'  # the function of that name
                      'raise NotAllowedError(Refusal.course_gates)\n')
    monkeypatch.setattr(f"{__name__}.ROOT", tmp_path)
    assert sorted(f.split(":", 1)[1] for f in bare_words([sample])) == [
        "1 'urgent_unacknowledged'", "3 'locked'", "5 'locked'", "5 'too_late'"]


def test_stored_values_are_the_names():
    """The database, JSON and the audit hold the same text as before the names existed."""
    for enum in ENUMS:
        for member in enum:
            assert member == member.name == member.value and isinstance(member, str)
