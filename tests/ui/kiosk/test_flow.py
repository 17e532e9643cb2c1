"""The whole intake, Welcome to Thank you, as a patient taps it; what the database then holds."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

from intake import staff as staffmod
from intake.content import checklists
from intake.models import Intake, IntakeAnswer
from tests.ui.kiosk.helpers import (
    fill_about,
    named,
    next_,
    send_answers,
    tap,
    type_into,
    walk_to_review,
)
from ui.kiosk.flow import IntakeFlow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _shown(qtbot, **kwargs) -> IntakeFlow:
    flow = IntakeFlow(**kwargs)
    qtbot.addWidget(flow)
    flow.resize(1280, 800)
    flow.show()
    qtbot.waitExposed(flow)
    return flow


def _visible_text(widget) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def test_complete_intake_is_stored_exactly(qtbot, clinic_db):
    flow = _shown(qtbot)
    assert "Riverside Acupuncture" in _visible_text(flow)
    walk_to_review(qtbot, flow)
    assert Intake.select().count() == 0  # nothing is stored before the final submit
    review = _visible_text(flow) + " ".join(
        b.text() for b in flow.findChildren(QAbstractButton) if b.isVisible())
    for shown in ("Zoë O'Brien", "+447911123456", "Lower back", "Left thigh", "For: 1–6 weeks",
                  "Pain now: 6 out of 10", "Heat pad", "Drowsiness", "No to every question"):
        assert shown in review
    with qtbot.waitSignal(flow.intake_submitted) as submitted:
        send_answers(qtbot, flow)
    assert flow.current_section() == "thanks"
    assert "Thank you — please take a seat" in _visible_text(flow)

    row = Intake.get_by_id(submitted.args[0])
    assert (row.first_name, row.last_name, row.date_of_birth) == ("Zoë", "O'Brien", dt.date(1950, 3, 4))
    assert (row.phone, row.email, row.source, row.entered_by_id) == (
        "+447911123456", "zoe@example.org", "kiosk", row.entered_by_id)
    assert staffmod.roles(row.entered_by_id) == ("kiosk",)  # delivered as the kiosk's identity
    assert (row.pain_since_value, row.pain_since_unit, row.pain_now) == (1, "weeks", 6)
    assert (row.peg_pain, row.peg_enjoyment, row.peg_activity) == (5, 4, 6)
    assert row.treatment_other == "Heat pad"
    assert row.consent_given and row.complete and not row.urgent
    assert row.signature_svg.startswith("<svg") and "M40 40 L120 90" in row.signature_svg
    stored = {(a.group, a.item, a.value) for a in IntakeAnswer.select().where(IntakeAnswer.intake == row.id)}
    expected = {("region", "lower_back", "yes"), ("region", "left_thigh", "yes"),
                ("symptom", "stiffness", "yes"), ("cause", "poor_posture", "yes"),
                ("cause", "static_sitting", "yes"), ("treatment", "nsaids", "yes"),
                ("treatment", "other", "yes"), ("side_effect", "drowsiness", "yes")}
    lists = checklists()
    expected |= {("red_flag", i.id, "no") for i in lists.red_flags}
    expected |= {("contraindication", i.id, "no") for i in lists.contraindications}
    assert stored == expected


def test_desk_mode_saves_as_desk_with_staff_and_has_no_welcome(qtbot, clinic_db):
    from intake import staff

    member = staff.create_staff("admin1", "Admin One", "admin", "a long password 1", by_staff_id=None)
    flow = _shown(qtbot, mode="desk", staff_id=member.id)
    assert flow.current_section() == "about"
    walk_to_review(qtbot, flow)
    with qtbot.waitSignal(flow.intake_submitted) as submitted:
        send_answers(qtbot, flow)
    row = Intake.get_by_id(submitted.args[0])
    assert (row.source, row.entered_by_id, row.complete) == ("desk", member.id, True)


def test_next_stays_and_says_what_is_missing(qtbot, flow):
    tap(qtbot, named(flow, QAbstractButton, "Start check-in"))
    next_(qtbot, flow)
    assert flow.current_section() == "about"
    text = _visible_text(flow)
    assert "Please look at the messages in red" in text
    assert "Please answer: your first name." in text
    assert "Please answer: your date of birth." in text
    fill_about(qtbot, flow, phone="12345", email="not an email")
    next_(qtbot, flow)
    text = _visible_text(flow)
    assert flow.current_section() == "about"
    assert "Please check your mobile number" in text and "Please check your email" in text
    assert "your first name" not in text
    assert flow.focusWidget() is named(flow, QLineEdit, "Mobile phone")


def test_a_message_goes_once_its_answer_is_typed(qtbot, flow):
    tap(qtbot, named(flow, QAbstractButton, "Start check-in"))
    next_(qtbot, flow)
    first = named(flow, QLineEdit, "First name")
    first.setFocus()
    qtbot.keyClicks(first, "Zo")
    text = _visible_text(flow)
    assert "Please answer: your first name." not in text
    assert "Please answer: your last name." in text  # the others stay until Next


def test_impossible_or_future_birth_dates_are_explained(qtbot, flow):
    tap(qtbot, named(flow, QAbstractButton, "Start check-in"))
    fill_about(qtbot, flow, day="31", month="06", year="1960")
    next_(qtbot, flow)
    assert "This date does not exist. Please check the day and the month." in _visible_text(flow)
    fill_about(qtbot, flow, day="31", month="12", year="86")
    next_(qtbot, flow)
    assert "Please check the year of birth." in _visible_text(flow)
    fill_about(qtbot, flow, day="31", month="12", year=str(dt.date.today().year))
    next_(qtbot, flow)
    if dt.date.today() < dt.date(dt.date.today().year, 12, 31):
        assert "cannot be in the future" in _visible_text(flow)


def test_not_sure_stands_alone_and_other_needs_text(qtbot, flow):
    walk_to_review(qtbot, flow)
    tap(qtbot, flow.step("review").section_button("causes"))
    assert flow.current_section() == "causes"
    causes = flow.step("causes").checklist()
    tap(qtbot, causes.box("not_sure"))
    assert causes.selected() == {"not_sure"}
    tap(qtbot, causes.box("obesity"))
    assert causes.selected() == {"obesity"}
    next_(qtbot, flow)
    assert flow.current_section() == "review"  # back to the review after an edit
    tap(qtbot, flow.step("review").section_button("treatments"))
    type_into(qtbot, named(flow, QLineEdit, "Other treatment: please write"), "   ")
    next_(qtbot, flow)
    assert "Please write which other treatment you use." in _visible_text(flow)


def test_back_keeps_answers_and_the_info_sheet_leads_to_check_in(qtbot, flow):
    tap(qtbot, named(flow, QAbstractButton, "Read about back pain"))
    assert flow.current_section() == "info"
    assert not named(flow, QAbstractButton, "Next").isVisible()  # one button per action
    starts = [b for b in flow.findChildren(QAbstractButton)
              if b.isVisible() and b.accessibleName() == "Start check-in"]
    assert len(starts) == 1
    tap(qtbot, named(flow, QAbstractButton, "Scroll down"))
    tap(qtbot, starts[0])
    assert flow.current_section() == "about"
    assert not named(flow, QAbstractButton, "Back").isEnabled()  # the first step
    fill_about(qtbot, flow)
    next_(qtbot, flow)
    tap(qtbot, named(flow, QAbstractButton, "Back"))
    assert flow.current_section() == "about"
    assert named(flow, QLineEdit, "First name").text() == "Zoë"


def test_welcome_has_no_back_next_or_step_count_and_states_an_honest_time(qtbot, flow):
    from ui.kiosk import timing

    assert flow.current_section() == "welcome"
    assert not named(flow, QAbstractButton, "Next").isVisible()
    assert not named(flow, QAbstractButton, "Back").isVisible()
    text = _visible_text(flow)
    assert "Step" not in text
    minutes = timing.stated_minutes()
    assert f"It takes about {minutes} minutes." in text
    assert timing.estimate_seconds(timing.TAP_BUDGET) <= minutes * 60 <= 4 * 60


def test_progress_moves_one_way_on_next_through_the_safety_screens(qtbot, flow):
    from PySide6.QtWidgets import QProgressBar

    bar = flow.findChild(QProgressBar)
    seen: list[int] = []
    flow.step_changed.connect(lambda _s: seen.append(bar.value()))
    flow.step("safety").screen_changed.connect(lambda: seen.append(bar.value()))
    walk_to_review(qtbot, flow)
    assert seen == sorted(seen)  # forward only, never a jump back
    screens = flow.step("safety").screen_count()
    assert len(set(seen)) == 9 + screens - 1  # one move per step and per safety screen
    steps = [int(n) for n in __import__("re").findall(r"Step (\d+) of 9", _visible_text(flow))]
    assert steps == [9]


def test_information_sheet_shows_the_whole_article(qtbot, flow):
    from PySide6.QtWidgets import QTextBrowser

    tap(qtbot, named(flow, QAbstractButton, "Read about back pain"))
    browser = named(flow, QTextBrowser, "Information sheet about back pain")
    text = browser.toPlainText()
    for fragment in ("85%", "87.1%", "improper lifting", "herniated intervertebral discs",
                     "Acupuncture for Lower Back Pain"):
        assert fragment in text


def test_larger_text_toggle_grows_the_type(qtbot, flow):
    label = flow.step("welcome").findChild(QLabel)
    before = label.font().pointSizeF()
    tap(qtbot, named(flow, QAbstractButton, "Larger text"))
    qtbot.waitUntil(lambda: label.font().pointSizeF() > before)
    assert named(flow, QAbstractButton, "Start check-in").font().pointSizeF() >= 24


def test_first_page_alone_is_built_then_the_rest_while_idle(qtbot, clinic_sqlite):
    from ui.kiosk.flow import IntakeFlow

    widget = IntakeFlow(mode="kiosk")
    qtbot.addWidget(widget)
    assert not widget.is_fully_built()
    assert named(widget, QAbstractButton, "Start check-in").isEnabled()
    assert not [b for b in widget.findChildren(QAbstractButton) if b.accessibleName() == "Clear signature"]
    widget.show()
    qtbot.waitUntil(widget.is_fully_built, timeout=3000)
    assert widget.current_section() == "welcome"
    assert named(widget, QAbstractButton, "Clear signature")
    from PySide6.QtWidgets import QScroller

    def finger_scrolls(key: str) -> bool:
        area = widget.step(key).parentWidget().parentWidget()  # viewport, then its scroll area
        return QScroller.hasScroller(area.viewport())

    assert finger_scrolls("welcome") and finger_scrolls("about")
    assert not finger_scrolls("consent")  # a finger on the signature pad draws


def test_every_control_has_a_name_and_takes_keyboard_focus(qtbot, flow):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView, QLineEdit

    qtbot.waitUntil(flow.is_fully_built, timeout=3000)
    controls = [w for w in flow.findChildren(QAbstractButton) + flow.findChildren(QLineEdit)
                + flow.findChildren(QAbstractItemView)]
    assert len(controls) > 100
    for control in controls:
        assert control.accessibleName(), control
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, control.accessibleName()
