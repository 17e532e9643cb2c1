"""The clinic's content in the kiosk's other languages: the sheet, the consent and the labels.

English is the source (intake.content). A translation carries only words: the information
sheet `article_<code>.md`, the consent `consent_<code>.md` and `checklists_<code>.toml`, whose
tables map each English id to its label (flags, blocks and course numbers stay in the one
English file). Each file records the sha256 of the English file it was translated from, so
Settings can say when the English changed since (`stale`).

    <!-- source-sha256: 3f1c... -->          first line of a translated .md
    source_sha256 = "3f1c..."                top of a translated .toml

A broken translation (unknown or missing id, bad TOML, no header) disables that language with
the file and line named; only a broken English source stops start-up (intake.content)."""

from __future__ import annotations

import functools
import hashlib
import re
import tomllib
from dataclasses import dataclass, field

from intake.content import (
    ARTICLE_FILE,
    CHECKLIST_FILE,
    CONSENT_FILE,
    GROUPS,
    ContentError,
    checklists,
    read_text,
)
from intake.languages import NAMES, SOURCE

TRANSLATED = tuple(code for code in NAMES if code != SOURCE)
_MD_HEADER = re.compile(r"^<!--\s*source-sha256:\s*([0-9a-f]{64})\s*-->\s*\n")


def file_name(source: str, code: str) -> str:
    stem, dot, ext = source.rpartition(".")
    return f"{stem}_{code}{dot}{ext}"


def source_hash(source: str) -> str:
    return hashlib.sha256(read_text(source).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Translation:
    code: str
    article: str
    consent: str
    labels: dict[str, str]  # item id -> label
    stale: tuple[str, ...] = ()  # files whose English source changed since


@dataclass(frozen=True)
class LanguageStatus:
    code: str
    usable: bool
    problem: str = ""  # "checklists_es.toml, line 12: unknown id 'nek'"
    stale: tuple[str, ...] = field(default_factory=tuple)


def _markdown(source: str, code: str, stale: list[str]) -> str:
    name = file_name(source, code)
    text = read_text(name)
    match = _MD_HEADER.match(text)
    if match is None:
        raise ContentError(name, 1, "the first line must be <!-- source-sha256: … --> "
                                    f"(the sha256 of {source} it was translated from)")
    if match.group(1) != source_hash(source):
        stale.append(name)
    body = text[match.end():]
    if not body.strip():
        raise ContentError(name, 2, "the text is empty")
    return body


def _line_of(text: str, pattern: str) -> int | None:
    match = re.search(pattern, text, re.MULTILINE)
    return text.count("\n", 0, match.start()) + 1 if match else None


def parse_labels(text: str, file: str) -> tuple[dict[str, str], str]:
    """The labels by id and the recorded source hash; ContentError naming the file and line."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        raise ContentError(file, int(match.group(1)) if match else None,
                           str(exc).split(" (at")[0]) from exc
    recorded = data.pop("source_sha256", None)
    if not isinstance(recorded, str) or not re.fullmatch(r"[0-9a-f]{64}", recorded):
        raise ContentError(file, 1, f"source_sha256 = \"…\" (the sha256 of {CHECKLIST_FILE}) "
                                    "is missing")
    english = checklists()
    labels: dict[str, str] = {}
    for group, table in data.items():
        group_line = _line_of(text, rf"^\s*\[\s*{re.escape(group)}\s*\]")
        if group not in GROUPS or not isinstance(table, dict):
            raise ContentError(file, group_line, f"unknown list [{group}]")
        known = {item.id for item in english.group(group)}
        for item_id, label in table.items():
            line = _line_of(text, rf"^\s*{re.escape(item_id)}\s*=")
            if item_id not in known:
                raise ContentError(file, line, f"unknown id {item_id!r} in [{group}]")
            if not isinstance(label, str) or not label.strip():
                raise ContentError(file, line, f"{item_id!r} needs a label")
            labels[item_id] = label.strip()
    for group in GROUPS:
        missing = [item.id for item in english.group(group) if item.id not in labels]
        if missing:
            line = _line_of(text, rf"^\s*\[\s*{group}\s*\]")
            raise ContentError(file, line, f"[{group}] has no label for {missing[0]!r}")
    return labels, recorded


@functools.cache
def translation(code: str) -> Translation:
    """The content in `code`; ContentError when a file is missing or malformed."""
    stale: list[str] = []
    article = _markdown(ARTICLE_FILE, code, stale)
    consent = _markdown(CONSENT_FILE, code, stale)
    name = file_name(CHECKLIST_FILE, code)
    labels, recorded = parse_labels(read_text(name), name)
    if recorded != source_hash(CHECKLIST_FILE):
        stale.append(name)
    return Translation(code, article, consent, labels, tuple(stale))


def status(code: str) -> LanguageStatus:
    """Whether the kiosk may offer `code`, and why not (shown in Settings)."""
    if code == SOURCE:
        return LanguageStatus(code, True)
    try:
        found = translation(code)
    except ContentError as exc:
        return LanguageStatus(code, False, str(exc))
    except FileNotFoundError as exc:
        return LanguageStatus(code, False, f"{exc.filename or code}: the file is missing")
    return LanguageStatus(code, True, stale=found.stale)


def usable_languages() -> list[str]:
    return [code for code in NAMES if status(code).usable]


def label(item_id: str, english: str, code: str) -> str:
    """An item's label in `code` (English for the source or a language that cannot be used)."""
    if code == SOURCE or not status(code).usable:
        return english
    return translation(code).labels.get(item_id, english)


def reload() -> None:
    translation.cache_clear()
