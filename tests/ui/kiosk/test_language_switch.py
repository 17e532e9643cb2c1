"""Switching the kiosk to Spanish or Chinese on every step: every visible word changes (except
the committed allow-list), checklist and body-region labels included; no answer is lost; and
the idle reset goes back to the clinic's default."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

from intake.models import Intake
from tests.ui.kiosk.helpers import PATIENT, named, tap, walk_to_review
from ui.kiosk import language

ALLOWED = {line.strip() for line in
           (Path(__file__).with_name("same_in_every_language.txt")).read_text("utf-8").splitlines()
           if line.strip() and not line.startswith("#")}


def visible_texts(root: QWidget) -> set[str]:
    """Every line of text a patient sees: labels, buttons, placeholders of empty fields."""
    texts = set()
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            text = widget.text()
        elif isinstance(widget, QAbstractButton):
            if widget.property("characterKey"):
                continue  # a key of the touch keyboard types its letter in every language
            text = widget.text()
        elif isinstance(widget, QLineEdit) and not widget.text():
            text = widget.placeholderText()
        else:
            continue
        for line in re.sub(r"<[^>]+>", "\n", text).splitlines():
            line = line.strip()
            if line and not line.isdigit():
                texts.add(line)
    return texts


def switch(qtbot, flow, code: str) -> None:
    """The way a patient does it: the header's language button, then their language."""
    if flow.current_section() == "welcome":
        tap(qtbot, flow.step("welcome").language_button(code))
    else:
        tap(qtbot, flow.language_button())
        qtbot.waitUntil(flow.language_choice().isVisible)
        tap(qtbot, flow.language_choice().button(code))
    assert language.current() == code
    QApplication.processEvents()  # widgets made again (keyboard keys) show on the next turn


def _answers(flow) -> dict:
    flow.show_section("review")  # collects every step into the draft
    draft = dataclasses.asdict(flow.draft())
    draft.pop("language")
    return draft


@pytest.mark.parametrize("code", ["es", "zh_CN"])
def test_every_step_changes_language_and_keeps_every_answer(qtbot, flow, code):
    welcome_english = visible_texts(flow)
    switch(qtbot, flow, code)
    same = visible_texts(flow) & welcome_english - ALLOWED
    assert not same, ("welcome", same)
    switch(qtbot, flow, "en")
    walk_to_review(qtbot, flow, yes=frozenset())
    before = _answers(flow)
    steps = ["about", "where", "pain", "symptoms", "causes", "treatments", "safety", "consent",
             "review"]
    typed = {f"{PATIENT['first']} {PATIENT['last']}"}  # the patient's own words stay theirs
    for key in steps:
        flow.show_section(key)
        english = visible_texts(flow)
        switch(qtbot, flow, code)
        shown = visible_texts(flow)
        same = shown & english - ALLOWED - typed
        assert not same, (key, same)
        assert flow.current_section() == key  # the patient stays where they were
        switch(qtbot, flow, "en")
        assert visible_texts(flow) == english, key  # and back again, word for word
    switch(qtbot, flow, code)
    assert _answers(flow) == before
    assert flow.draft().language == code
    about = flow.step("about")
    assert named(about, QLineEdit, {"es": "Nombre", "zh_CN": "名"}[code]).text() == PATIENT["first"]
    flow.show_section("review")
    tap(qtbot, named(flow, QAbstractButton, {"es": "Enviar mis respuestas",
                                             "zh_CN": "提交我的回答"}[code]))
    qtbot.waitUntil(lambda: flow.submitted_intake_id() is not None, timeout=5000)
    assert Intake.get_by_id(flow.submitted_intake_id()).language == code  # the desk is told


def test_a_message_shown_follows_the_language(qtbot, flow):
    tap(qtbot, named(flow, QAbstractButton, "Start check-in"))
    tap(qtbot, named(flow, QAbstractButton, "Next"))  # nothing filled in
    shown = visible_texts(flow)
    assert "Please answer: your first name." in shown
    switch(qtbot, flow, "es")
    shown = visible_texts(flow)
    assert "Por favor, responda: su nombre." in shown
    assert any(t.startswith("Por favor, mire los mensajes en rojo") for t in shown)


def test_the_touch_keyboard_follows_the_language(qtbot, flow):
    tap(qtbot, named(flow, QAbstractButton, "Start check-in"))
    named(flow, QLineEdit, "First name").setFocus()
    qtbot.waitUntil(lambda: flow.touch_keyboard() is not None and flow.touch_keyboard().isVisible())
    assert "Next field ▶" in visible_texts(flow.touch_keyboard())
    switch(qtbot, flow, "zh_CN")
    keys = visible_texts(flow.touch_keyboard())
    assert "下一项 ▶" in keys and "Next field ▶" not in keys


def test_the_idle_reset_returns_to_the_clinics_language(qtbot, clinic_sqlite):
    from intake import clinic_setup, staff
    from ui.kiosk.window import KioskWindow

    admin = staff.create_staff("admin1", "Admin One", "admin", "a long password 1",
                               by_staff_id=None)
    clinic_setup.set_kiosk_language("es", by_staff_id=admin.id)
    window = KioskWindow(idle_ms=100, countdown_ms=100)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    default = "es"
    assert language.current() == default
    assert "Empezar" in visible_texts(window)
    switch(qtbot, window.flow(), "zh_CN")
    tap(qtbot, named(window, QAbstractButton, "开始登记"))
    with qtbot.waitSignal(window.reset_done, timeout=3000):
        pass
    assert language.current() == default
    assert window.flow().draft().language == default
    window.unlock()
    window.close()


def test_a_broken_translation_is_not_offered(qtbot, clinic_sqlite, tmp_path, monkeypatch):
    import shutil
    from importlib import resources

    from intake import content, content_languages
    from ui.kiosk.flow import IntakeFlow

    folder = tmp_path / "content"
    folder.mkdir()
    for path in Path(str(resources.files("resources"))).iterdir():
        if path.suffix in (".md", ".toml"):
            shutil.copy(path, folder / path.name)
    (folder / "consent_es.md").write_text("no header\n", "utf-8")
    monkeypatch.setenv("BACKCARE_CONTENT", str(folder))
    content.reload()
    content_languages.reload()
    try:
        flow = IntakeFlow(mode="kiosk")
        qtbot.addWidget(flow)
        flow.show()
        flow.build_remaining(all_now=True)  # what the flow does after its first frame
        names = {b.text() for b in flow.step("welcome").findChildren(QAbstractButton)
                 if b.isVisible()}
        assert "简体中文" in names and "Español" not in names
        assert not language.install("es")
        assert language.current() == "en"
    finally:
        monkeypatch.delenv("BACKCARE_CONTENT")
        content.reload()
        content_languages.reload()
