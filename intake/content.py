"""The clinic's content: the information sheet, the consent text and the checklists.

Loaded from the `resources` package (or a folder the clinic points BACKCARE_CONTENT at) and
validated; a malformed file raises `ContentError` naming the file and the line.
"""

from __future__ import annotations

import functools
import os
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from intake.vocabulary import AnswerGroup, CourseKind

CHECKLIST_FILE = "checklists.toml"
ARTICLE_FILE = "article.md"
CONSENT_FILE = "consent.md"

GROUPS = ("regions", "symptoms", "causes", "treatments", "side_effects", "red_flags", "contraindications")
# How each checklist group is stored in IntakeAnswer.group
ANSWER_GROUP = {
    "regions": AnswerGroup.region,
    "symptoms": AnswerGroup.symptom,
    "causes": AnswerGroup.cause,
    "treatments": AnswerGroup.treatment,
    "side_effects": AnswerGroup.side_effect,
    "red_flags": AnswerGroup.red_flag,
    "contraindications": AnswerGroup.contraindication,
}
_ID = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_ITEM_KEYS = {"id", "label", "view", "urgent", "exclusive", "needs_text", "blocks", "precaution"}


class ContentError(Exception):
    """A content file is malformed. Carries the file name and the line (1-based, or None)."""

    def __init__(self, file: str, line: int | None, problem: str) -> None:
        self.file = file
        self.line = line
        self.problem = problem
        where = f"{file}, line {line}" if line else file
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True)
class Item:
    id: str
    label: str
    view: str = ""
    urgent: bool = False
    exclusive: bool = False
    needs_text: bool = False
    blocks: tuple[str, ...] = ()
    precaution: bool = False


@dataclass(frozen=True)
class CourseDefaults:
    sessions: int = 12
    free_consultation: bool = True
    consultation_minutes: int = 30
    treatment_minutes: int = 45
    review_window_days: int = 90
    extra_sessions_if_improving: int = 8
    max_sessions_per_year: int = 20


@dataclass(frozen=True)
class Checklists:
    regions: tuple[Item, ...]
    symptoms: tuple[Item, ...]
    causes: tuple[Item, ...]
    treatments: tuple[Item, ...]
    side_effects: tuple[Item, ...]
    red_flags: tuple[Item, ...]
    contraindications: tuple[Item, ...]
    course: CourseDefaults = field(default_factory=CourseDefaults)

    def group(self, name: str) -> tuple[Item, ...]:
        return getattr(self, name)

    def item(self, group: str, item_id: str) -> Item:
        for item in self.group(group):
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    @property
    def safety_items(self) -> tuple[Item, ...]:
        return self.red_flags + self.contraindications

    def urgent_ids(self) -> frozenset[str]:
        return frozenset(i.id for i in self.red_flags if i.urgent)


def _content_root():
    override = os.environ.get("BACKCARE_CONTENT")
    if override:
        return Path(override)
    return resources.files("resources")


def read_text(name: str) -> str:
    """A content file's text. Falls back to the shipped copy when an override folder lacks it."""
    root = _content_root()
    candidate = root / name
    if not candidate.is_file():
        candidate = resources.files("resources") / name
    try:
        return candidate.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        line = candidate.read_bytes()[: exc.start].count(b"\n") + 1
        raise ContentError(name, line, "not UTF-8 text") from exc


@functools.cache
def article_markdown() -> str:
    text = read_text(ARTICLE_FILE)
    if not text.strip():
        raise ContentError(ARTICLE_FILE, 1, "the information sheet is empty")
    return text


@functools.cache
def consent_markdown() -> str:
    text = read_text(CONSENT_FILE)
    if not text.strip():
        raise ContentError(CONSENT_FILE, 1, "the consent text is empty")
    return text


@functools.cache
def checklists() -> Checklists:
    return parse_checklists(read_text(CHECKLIST_FILE))


def reload() -> None:
    """Forget cached content (after the clinic edited a file)."""
    for fn in (article_markdown, consent_markdown, checklists):
        fn.cache_clear()


_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*([A-Za-z0-9_]+)[ \t]*\]\]", re.MULTILINE)


def _header_lines(text: str) -> dict[str, list[int]]:
    """Line numbers of each `[[group]]` header, by group (for messages naming the line)."""
    found: dict[str, list[int]] = {}
    for match in _HEADER.finditer(text):
        found.setdefault(match.group(1), []).append(text.count("\n", 0, match.start()) + 1)
    return found


def parse_checklists(text: str, file: str = CHECKLIST_FILE) -> Checklists:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        raise ContentError(file, int(match.group(1)) if match else None, str(exc).split(" (at")[0]) from exc

    groups: dict[str, tuple[Item, ...]] = {}
    headers = _header_lines(text)
    for group in GROUPS:
        raw = data.get(group)
        if not isinstance(raw, list) or not raw:
            raise ContentError(file, None, f"the list [[{group}]] is missing or empty")
        lines = headers.get(group, [])
        items: list[Item] = []
        seen: set[str] = set()
        for index, entry in enumerate(raw):
            line = lines[index] if index < len(lines) else None
            items.append(_parse_item(entry, group, file, line, seen))
        groups[group] = tuple(items)

    if not any(i.urgent for i in groups["red_flags"]):
        raise ContentError(file, None, "no red flag is marked urgent = true (cauda equina signs)")
    if not any(CourseKind.electro in i.blocks for i in groups["contraindications"]):
        raise ContentError(file, None, "no contraindication blocks electro-acupuncture")

    course = _parse_course(data.get("course", {}), text, file)
    return Checklists(course=course, **groups)


def _parse_item(entry: object, group: str, file: str, line: int | None, seen: set[str]) -> Item:
    if not isinstance(entry, dict):
        raise ContentError(file, line, f"an entry of [[{group}]] is not a table")
    unknown = set(entry) - _ITEM_KEYS
    if unknown:
        raise ContentError(file, line, f"unknown key {sorted(unknown)[0]!r} in [[{group}]]")
    item_id = entry.get("id")
    if not isinstance(item_id, str) or not _ID.match(item_id):
        raise ContentError(file, line, f"[[{group}]] needs an id of lower-case letters, digits and _")
    if item_id in seen:
        raise ContentError(file, line, f"the id {item_id!r} appears twice in [[{group}]]")
    seen.add(item_id)
    label = entry.get("label")
    if not isinstance(label, str) or not label.strip():
        raise ContentError(file, line, f"{item_id!r} in [[{group}]] needs a label")
    blocks = entry.get("blocks", [])
    if not isinstance(blocks, list) or any(b not in (CourseKind.standard, CourseKind.electro) for b in blocks):
        raise ContentError(file, line, f"{item_id!r}: blocks may only list \"standard\" or \"electro\"")
    for flag in ("urgent", "exclusive", "needs_text", "precaution"):
        if not isinstance(entry.get(flag, False), bool):
            raise ContentError(file, line, f"{item_id!r}: {flag} must be true or false")
    view = entry.get("view", "")
    if group == "regions" and view not in ("front", "back"):
        raise ContentError(file, line, f"{item_id!r}: view must be \"front\" or \"back\"")
    return Item(
        id=item_id,
        label=label.strip(),
        view=view,
        urgent=entry.get("urgent", False),
        exclusive=entry.get("exclusive", False),
        needs_text=entry.get("needs_text", False),
        blocks=tuple(blocks),
        precaution=entry.get("precaution", False),
    )


def _parse_course(raw: object, text: str, file: str) -> CourseDefaults:
    line = next((n for n, s in enumerate(text.splitlines(), 1) if s.strip() == "[course]"), None)
    if not isinstance(raw, dict):
        raise ContentError(file, line, "[course] must be a table")
    defaults = CourseDefaults()
    values = {}
    for key, default in defaults.__dict__.items():
        value = raw.get(key, default)
        if type(value) is not type(default) or (isinstance(value, int) and not isinstance(value, bool) and value <= 0):
            raise ContentError(file, line, f"[course] {key} must be a positive {type(default).__name__}")
        values[key] = value
    unknown = set(raw) - set(values)
    if unknown:
        raise ContentError(file, line, f"unknown key {sorted(unknown)[0]!r} in [course]")
    return CourseDefaults(**values)
