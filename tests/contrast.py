"""The one contrast checker for the faces' style sheets (WCAG 2.2 AA): text at least 4.5:1 on
what it is painted on, borders and focus rings at least 3:1 against what is around them.

It reads a sheet as the face applies it (the palette's colours filled in) and works out each
rule's background from the sheet itself: the rule's own background; else, for a state of a
control (`QPushButton:pressed`, `[current="true"]`), the control's background; else the
background of the container a descendant selector names (`QFrame#urgentBanner QLabel`); else
where the face's table says the rule sits (`Face.on`); else every ground of the face. No Qt here:
tests/ui/kiosk/test_accessibility.py uses `contrast()` on colours read from live widgets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

TEXT, NON_TEXT = 4.5, 3.0
_HEX = r"#[0-9a-fA-F]{6}"
_STATE = re.compile(r"(?<!:):[a-z-]+$")  # a pseudo-state (:pressed), not a sub-control (::item)
_ATTRIBUTE = re.compile(r"\[[^\]]*\]$")


def _general(selector: str) -> str:
    """The selector one step more general: its last state or property dropped."""
    general = _STATE.sub("", selector)
    return _ATTRIBUTE.sub("", selector) if general == selector else general


def _luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """WCAG's contrast ratio of two "#rrggbb" colours, 1 to 21."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def rules(sheet: str) -> list[tuple[str, str]]:
    """(selector, body) of each rule, comments left out; a selector list gives one pair per
    selector, whitespace collapsed."""
    found = []
    for selectors, body in re.findall(r"([^{}]+)\{([^}]*)\}", re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)):
        found += [(" ".join(s.split()), body) for s in selectors.split(",") if s.strip()]
    return found


def _declarations(body: str) -> dict[str, str]:
    pairs = (d.split(":", 1) for d in body.split(";") if ":" in d)
    return {name.strip(): value.strip() for name, value in pairs}


def _colour(value: str | None) -> str | None:
    found = re.search(_HEX, value or "")
    return found.group(0).lower() if found else None


@dataclass(frozen=True)
class Face:
    """What the sheet cannot say: which colours a face paints behind its content, and where a
    rule sits on something else. Names are the sheet's palette names."""

    name: str
    palette: dict[str, str]
    grounds: tuple[str, ...]  # behind a rule that paints no background of its own
    on: dict[str, tuple[str, ...]] = field(default_factory=dict)  # selector: what it sits on
    decorative: frozenset[str] = frozenset()  # selectors whose border identifies no control
    focus_also_on: tuple[str, ...] = ()  # where else a focused control can be
    painted: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    """A self-painted widget's colour property: (class, property) -> the properties of the same
    class (or palette names) it is painted on; the ratio is chosen by `painted_lines`."""
    painted_lines: frozenset[tuple[str, str]] = frozenset()  # of those, lines needing 3:1

    def colour(self, name: str) -> str:
        return self.palette[name].lower()


@dataclass(frozen=True)
class Pair:
    """One thing checked: a colour on a background, the ratio it needs and where it is from."""

    where: str
    what: str
    colour: str
    background: str
    needed: float

    @property
    def ratio(self) -> float:
        return contrast(self.colour, self.background)

    def __str__(self) -> str:
        return (f"{self.where}: {self.what} {self.colour} on {self.background} is "
                f"{self.ratio:.2f}:1, needs {self.needed}:1")


class Sheet:
    """A filled-in sheet, its rules merged by selector (a later declaration wins, as in Qt)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.rules: dict[str, dict[str, str]] = {}
        for selector, body in rules(text):
            self.rules.setdefault(selector, {}).update(_declarations(body))

    def _looked_up(self, selector: str, names: tuple[str, ...]) -> str | None:
        """The first of `names` the selector or a more general form of it declares: the
        state or property dropped, one at a time (`QPushButton#primary:pressed`, then
        `QPushButton#primary`)."""
        while True:
            declared = self.rules.get(selector, {})
            for name in names:
                if _colour(declared.get(name)):
                    return _colour(declared[name])
            general = _general(selector)
            if general == selector:
                return None
            selector = general

    def background(self, selector: str) -> str | None:
        return self._looked_up(selector, ("background", "background-color"))

    def text_colour(self, selector: str) -> str | None:
        return self._looked_up(selector, ("color",))

    def container_background(self, selector: str) -> str | None:
        """The background a container in a descendant selector paints, the nearest first."""
        containers = selector.split(" ")[:-1]
        for depth in range(len(containers), 0, -1):
            found = self.background(" ".join(containers[:depth]))
            if found:
                return found
        return None


def _around(sheet: Sheet, face: Face, selector: str) -> list[tuple[str, str]]:
    """(name, colour) of what a rule's box sits on."""
    container = sheet.container_background(selector)
    if container:
        return [("its container", container)]
    names = face.on.get(selector, face.grounds)
    return [(name, face.colour(name)) for name in names]


def pairs(text: str, face: Face) -> list[Pair]:
    """Every colour pair of a filled-in sheet the face's rules put on screen."""
    sheet = Sheet(text)
    found: list[Pair] = []
    for selector, declared in sheet.rules.items():
        if ":disabled" in selector:  # WCAG 1.4.3 and 1.4.11 exempt inactive controls
            continue
        own = sheet.background(selector)
        ink = _colour(declared.get("color"))
        if ink is None and _colour(declared.get("background")) and _general(selector) != selector:
            ink = sheet.text_colour(selector)  # a state that changes the fill keeps the ink
        if ink:
            grounds = [("its background", own)] if own else _around(sheet, face, selector)
            found += [Pair(selector, f"text on {name}", ink, colour, TEXT) for name, colour in grounds]
        for what, under in (("placeholder-text-color", own), ("selection-color",
                                                               _colour(declared.get("selection-background-color")))):
            if _colour(declared.get(what)) and under:
                found.append(Pair(selector, what, _colour(declared[what]), under, TEXT))
        if selector in face.decorative:
            continue
        borders = [_colour(v) for k, v in declared.items()
                   if re.fullmatch(r"border(-top|-bottom|-left|-right)?(-color)?", k) and _colour(v)]
        around = _around(sheet, face, selector)
        if ":focus" in selector:
            around += [(name, face.colour(name)) for name in face.focus_also_on]
        kind = "focus ring" if ":focus" in selector else "border"
        found += [Pair(selector, f"{kind} against {name}", border, colour, NON_TEXT)
                  for border in borders for name, colour in around]
    found += _painted(sheet, face)
    return found


def _painted(sheet: Sheet, face: Face) -> list[Pair]:
    """The colours a self-painted widget takes from the sheet (`qproperty-ink: #...`)."""
    found = []
    for (cls, prop), grounds in face.painted.items():
        declared = sheet.rules.get(cls, {})
        if f"qproperty-{prop}" not in declared:
            continue  # this face does not show the widget
        needed = NON_TEXT if (cls, prop) in face.painted_lines else TEXT
        for ground in grounds:
            under = (_colour(declared[f"qproperty-{ground}"]) if f"qproperty-{ground}" in declared
                     else face.colour(ground))
            found.append(Pair(cls, f"{prop} on {ground}", _colour(declared[f"qproperty-{prop}"]),
                              under, needed))
    return found


def problems(text: str, face: Face) -> list[str]:
    """The pairs below their ratio, one line each."""
    return [str(p) for p in pairs(text, face) if p.ratio < p.needed]


def stale(text: str, face: Face) -> list[str]:
    """Selectors the face's tables name that the sheet no longer has."""
    sheet = Sheet(text)
    named = set(face.on) | set(face.decorative) | {cls for cls, _ in face.painted}
    return sorted(s for s in named if s not in sheet.rules)
