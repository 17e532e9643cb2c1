"""Screenshots of every kiosk page at 1280x800, offscreen, with a made-up patient's answers.

Nothing is written to the database: the urgent message is shown without its early save."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QLineEdit

from intake.content import checklists
from ui.kiosk.flow import IntakeFlow
from ui.kiosk.window import KioskWindow
from ui.screenshots.shown import grab_to

SIZE = (1280, 800)


def _named(parent, cls, name):
    return next(w for w in parent.findChildren(cls) if w.accessibleName() == name)


def fill_example(flow: IntakeFlow) -> None:
    """A plausible patient, entered straight into the widgets."""
    flow.build_remaining(all_now=True)
    for name, text in (("First name", "Margaret"), ("Last name", "Okonkwo-Hale"),
                       ("Mobile phone", "07911 123456"), ("Email (if you want)", "")):
        _named(flow, QLineEdit, name).setText(text)
    flow.step("about").date_field().set_date(dt.date(1956, 4, 17))
    flow.step("where").body_map().set_selected({"lower_back", "buttocks", "left_thigh"})
    pain = flow.step("pain")
    pain.set_band("3_to_12_months")
    for field, value in (("pain_now", 6), ("peg_pain", 7), ("peg_enjoyment", 5),
                         ("peg_activity", 6)):
        pain.scale(field).set_value(value)
    flow.step("symptoms").checklist().set_selected({"aching", "stiffness", "worse_sitting"})
    flow.step("causes").checklist().set_selected({"static_sitting", "poor_posture"})
    flow.step("treatments").checklist().set_selected({"nsaids"})
    flow.step("treatments").side_effects().set_selected({"drowsiness"})
    flow.step("safety").set_answers({item.id: item.id == "over_50_new_pain"
                                     for item in checklists().safety_items})
    _named(flow, QCheckBox, "I have read this and I agree").setChecked(True)
    pad = flow.step("consent").pad()
    from PySide6.QtCore import QPointF

    pad.add_stroke([QPointF(60 + x * 9, 120 - (x % 5) * 12 - x) for x in range(40)])


def _language_shots(out_dir: Path) -> list[Path]:
    """Every step, the sheet, the messages and the pages after the steps in each language."""
    from ui import fonts
    from ui.screenshots import kiosk_sheets as sheets

    fonts.install()
    saved = []
    for code in sheets.LANGUAGES:
        for index, (caption, image) in enumerate(sheets.step_images(SIZE, False, code), 1):
            path = out_dir / f"kiosk_{code}_{index:02d}_{caption.replace(' ', '_').replace('/', '_of_')}.png"
            image.save(str(path))
            saved.append(path)
    return saved


def shots(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance()
    saved: list[Path] = []
    window = KioskWindow(idle_ms=3_600_000, countdown_ms=20_000, hold_ms=3_600_000)
    window.resize(*SIZE)
    window.show()

    def grab(name: str) -> None:
        app.processEvents()
        path = out_dir / f"kiosk_{len(saved) + 1:02d}_{name}.png"
        grab_to(window, path)
        saved.append(path)

    try:
        flow = window.flow()
        grab("welcome")
        flow.show_section("info")
        grab("information_sheet")
        flow.show_section("about")
        _named(flow, QAbstractButton, "Next").click()
        grab("about_you_missing_answers")
        fill_example(flow)
        for section in ("about", "where", "pain", "symptoms", "causes", "treatments", "safety",
                        "consent", "review"):
            flow.show_section(section)
            grab(section)
        flow.show_section("safety")
        flow.urgent_message().set_alerted(True)
        flow.urgent_message().open()
        grab("urgent_message")
        flow.urgent_message().hide()
        flow.show_section("failed")
        grab("could_not_save")
        flow.show_section("thanks")
        grab("thank_you")
        flow.show_section("queued")
        grab("thank_you_queued_on_the_kiosk")
        flow.show_section("review")
        window.countdown().start()
        grab("are_you_still_there")
        window.countdown().stop()
        window.staff_panel().open()
        grab("staff_exit")
        window.reset()
        flow = window.flow()
        _named(flow, QAbstractButton, "Larger text").click()
        grab("welcome_larger_text")
        fill_example(flow)
        for section in ("about", "pain", "safety", "review"):
            flow.show_section(section)
            grab(f"{section}_larger_text")
        saved += _language_shots(out_dir)
    finally:
        window.unlock()
        window.close()
        window.deleteLater()
        app.processEvents()
    return saved
