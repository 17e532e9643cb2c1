"""Both faces' style sheets, as each face applies them (widgets.qss then its own, the palette
filled in; the kiosk at normal and at larger text), keep WCAG 2.2 AA contrast: text 4.5:1 on
what it is painted on, borders and focus rings 3:1 against what is around them
(tests/contrast.py works each pair out). What the sheets cannot say is in the tables below."""

from __future__ import annotations

import pytest

from tests.contrast import Face, pairs, problems, stale
from ui.desk.shell.main_window import desk_stylesheet
from ui.kiosk.style import stylesheet
from ui.style_sheets import SHARED, palette

# The body map both faces show (resources/widgets.qss), painted by itself: (class, colour
# property) -> what it is painted on, a property of the same widget or a palette colour; PAGE
# stands for the face's grounds.
PAGE = "the page"
BODY_MAP = {
    ("BodyCanvas", "caption"): (PAGE,),  # "Front", "Back": above the figure
    ("BodyCanvas", "sideLabel"): (PAGE, "figure"),  # "Right", "Left": beside or over the figure
    ("BodyCanvas", "outline"): (PAGE,),  # the figure's edge: its fill is barely off the page
    ("BodyCanvas", "regionLine"): ("figure",),  # a region's edge: where a tap lands
    ("BodyCanvas", "chosenLine"): ("figure",),
}
BODY_MAP_LINES = {("BodyCanvas", p) for p in ("outline", "regionLine", "chosenLine")}


def _body_map(grounds: tuple[str, ...]) -> dict[tuple[str, str], tuple[str, ...]]:
    return {key: tuple(g for on in ons for g in (grounds if on == PAGE else (on,)))
            for key, ons in BODY_MAP.items()}


def _palette(face: str) -> dict[str, str]:
    return {**palette(SHARED), **palette(face)}


KIOSK = Face(
    name="kiosk",
    palette=_palette("kiosk"),
    # pages, fields and the staff exit's card are white; the urgent message is a card of its own
    grounds=("white", "urgentFill"),
    on={
        # the touch keyboard's keys and its accents row sit on the keyboard, not the page
        "QPushButton#key": ("keyboard",),
        "QPushButton#commandKey": ("keyboard",),
        "QFrame#accentRow": ("keyboard",),
        "QFrame#touchKeyboard": ("white",),  # its top edge, against the page above it
    },
    # a card on the opaque overlay: its fill stands 12.5:1 off the overlay; the edge adds nothing
    decorative=frozenset({"QFrame#urgentCard"}),
    painted={
        **_body_map(("white",)),
        ("SignaturePad", "hint"): ("paper",),  # "Sign here with your finger"
        ("SignaturePad", "ink"): ("paper",),
        ("SignaturePad", "frame"): ("white",),  # the pad's edge, against the page
        ("SignaturePad", "focusFrame"): ("white", "paper"),  # its focus ring
        ("SignaturePad", "baseline"): ("paper",),  # the line to sign on
    },
    painted_lines=frozenset(BODY_MAP_LINES | {("SignaturePad", p) for p in
                                              ("ink", "frame", "focusFrame", "baseline")}),
)

DESK = Face(
    name="desk",
    palette=_palette("desk"),
    grounds=("page", "white"),  # the window and dialogs; cards, group boxes, tables, fields
    on={
        "QLabel#brand": ("sideBar",),  # the navigation column
        "QLabel#navUser": ("sideBar",),
        # buttons: on the page, a card, the navigation column (Lock), an urgent arrival's card
        "QPushButton": ("page", "white", "sideBar", "urgentPale"),
        # an arrival's card (ui/desk/arrivals/page.py), white or, when urgent, pale red
        "QLabel#arrivalWhen": ("white", "urgentPale"),
        "QLabel#arrivalDetails": ("white", "urgentPale"),
        "QLabel#lateMark": ("white", "urgentPale"),
        "QLabel#blockedReason": ("white", "urgentPale"),
        "QLabel#urgentAcknowledged": ("urgentPale",),
        "QLabel#kioskNoticeText": ("kioskNoticeFill",),  # inside QFrame#kioskNotice
        # inside QFrame#duplicateWarning, and in the match dialog
        "QLabel#duplicateTitle": ("sandFill", "page", "white"),
        'QLabel[likelihood="likely"]': ("sandFill", "page", "white"),
        'QLabel[likelihood="possible"]': ("sandFill", "page", "white"),
    },
    # Edges that identify no control (WCAG 1.4.11 asks 3:1 of what identifies a control or its
    # state): a box whose fill or text already sets it apart, a rule between parts of one thing.
    # A field's and a button's edge are not here: they are checked.
    decorative=frozenset({
        "QWidget#sideBar", "QFrame#card", "QGroupBox", "QTableView", "QHeaderView::section",
        "QSpinBox::up-button", "QSpinBox::down-button",  # inside the field's own edge
        "QLabel#warningText", "QLabel#errorText", "QLabel#backupWarning", "QLabel#okText",
        "QLabel#mergedNote", "QFrame#kioskNotice", "QFrame#duplicateWarning", "QFrame#arrivalCard",
        "QLabel#signatureImage",
    }),
    painted={
        **_body_map(("page", "white")),  # a staff member reads the intake's body map
        ("CalendarView", "hourText"): ("paper",),
        # headings, and appointments on their status's fill (a practitioner's tint is clinic data)
        ("CalendarView", "ink"): ("paper", "todayFill", "attendedFill", "noShowFill"),
        ("CalendarView", "cancelledInk"): ("cancelledFill",),  # struck through, still read
        ("CalendarView", "noShowMark"): ("noShowFill",),  # the bar at a no-show's left
    },
    painted_lines=frozenset(BODY_MAP_LINES | {("CalendarView", "noShowMark")}),
)

SHEETS = {
    "kiosk": (KIOSK, lambda: stylesheet(False)),
    "kiosk, larger text": (KIOSK, lambda: stylesheet(True)),
    "desk": (DESK, desk_stylesheet),
}


@pytest.mark.parametrize("sheet", SHEETS)
def test_text_borders_and_focus_rings_keep_their_contrast(sheet):
    face, text = SHEETS[sheet][0], SHEETS[sheet][1]()
    assert problems(text, face) == []


@pytest.mark.parametrize("sheet", SHEETS)
def test_the_check_sees_the_whole_sheet(sheet):
    """Each kind of pair is found, and the tables name only selectors the sheet has (a renamed
    rule would otherwise fall back to the grounds, or slip out of a table, unseen)."""
    face, text = SHEETS[sheet][0], SHEETS[sheet][1]()
    found = pairs(text, face)
    kinds = {kind: sum(p.what.startswith(kind) for p in found)
             for kind in ("text", "border", "focus ring")}
    assert kinds["text"] >= 25 and kinds["border"] >= 10 and kinds["focus ring"] >= 2, kinds
    assert len({p.where for p in found if p.where in {c for c, _ in face.painted}}) >= 2
    assert stale(text, face) == []


SAMPLE = Face(name="sample", palette={"page": "#ffffff", "card": "#eeeeee", "bar": "#333333"},
              grounds=("page",), on={"QLabel#onBar": ("bar",)})


def test_the_check_reports_light_text_and_light_borders():
    sheet = """
        QLabel#fine { color: #222222; }
        QLabel#pale { color: #999999; }                            /* 2.85:1 on the page */
        QPushButton { border: 1px solid #cccccc; background: #ffffff; color: #111111; }
        QPushButton:pressed { background: #555555; }               /* keeps #111111: 2.6:1 */
        QLineEdit:focus { border: 2px solid #aaaaaa; }             /* a faint ring: 2.32:1 */
        QFrame#box { background: #222222; }
        QFrame#box QLabel { color: #444444; }                      /* on the box, not the page */
        QLabel#onBar { color: #000000; }                           /* on the bar, by the table */
        QPushButton:disabled { color: #eeeeee; }                   /* inactive: exempt */
    """
    found = problems(sheet, SAMPLE)
    assert [line.split(":")[0] for line in found] == [
        "QLabel#pale", "QPushButton", "QPushButton", "QLineEdit", "QFrame#box QLabel", "QLabel#onBar"]
    assert "text on its background #111111 on #555555" in found[2]
    assert problems(sheet.replace("#999999", "#767676").replace("#cccccc", "#949494")
                    .replace("#555555", "#bbbbbb").replace("#aaaaaa", "#777777")
                    .replace("#444444", "#eeeeee").replace("#000000", "#ffffff"), SAMPLE) == []


def test_a_table_entry_for_a_rule_the_sheet_lost_is_reported():
    assert stale("QLabel#other { color: #000000; }", SAMPLE) == ["QLabel#onBar"]
