"""Contact sheets: every kiosk step at one screen size, normal and larger text, on one PNG.

    python -m ui.screenshots.kiosk_sheets DIR      (writes DIR/kiosk-<width>x<height>.png per size, and
                                        DIR/kiosk-<language>-1280x800.png per language)

Rendered offscreen with a made-up patient (ui/screenshots/kiosk.fill_example) in a fresh demo
database; nothing is written to it. Each tile is the whole kiosk window as the patient sees it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZES = ((1366, 768), (1280, 800), (1920, 1080), (1080, 1920))
STEPS = ("welcome", "about", "where", "pain", "symptoms", "causes", "treatments", "safety",
         "consent", "review")
TILE_WIDTH = 480


LANGUAGES = ("es", "zh_CN")
EXTRAS = ("info", "language", "urgent", "idle", "failed", "thanks", "queued")


def step_images(size: tuple[int, int], larger: bool, code: str = "en"):
    """(caption, QImage) for every step (and each safety screen) at `size`; in another
    language, also the sheet, the language choice and the pages and messages after the steps."""
    from PySide6.QtWidgets import QApplication

    from ui.kiosk import language
    from ui.kiosk.window import KioskWindow
    from ui.screenshots.kiosk import fill_example

    app = QApplication.instance()
    window = KioskWindow(idle_ms=3_600_000, hold_ms=3_600_000)
    window.resize(*size)
    window.show()
    images = []
    try:
        flow = window.flow()
        if larger:
            flow.set_larger_text(True)
        fill_example(flow)
        if code != "en":
            flow.set_language(code)  # after the answers: they are kept
        for section in STEPS:
            flow.show_section(section)
            app.processEvents()
            if section == "safety":
                step = flow.step("safety")
                step.enter_from_start()
                for screen in range(step.screen_count()):
                    app.processEvents()
                    images.append((f"safety {screen + 1}/{step.screen_count()}",
                                   window.grab().toImage()))
                    step.next_screen()
                continue
            images.append((section, window.grab().toImage()))
        if code != "en":
            images += _extra_images(window, app)
    finally:
        language.install("en")
        window.unlock()
        window.close()
        window.deleteLater()
        app.processEvents()
    return images


def _extra_images(window, app) -> list:
    """The information sheet, the language choice, the urgent message, "Are you still there?",
    and the pages after the steps, in the language installed."""
    flow, images = window.flow(), []
    for extra in EXTRAS:
        if extra in ("info", "failed", "thanks", "queued"):
            flow.show_section(extra)
        elif extra == "language":
            flow.show_section("about")
            flow.language_choice().open()
        elif extra == "urgent":
            flow.show_section("safety")
            flow.urgent_message().set_alerted(True)
            flow.urgent_message().open()
        elif extra == "idle":
            window.countdown().start()
        app.processEvents()
        images.append((extra, window.grab().toImage()))
        flow.language_choice().hide()
        flow.urgent_message().hide()
        window.countdown().stop()
    return images


def contact_sheet(size: tuple[int, int], path: Path, code: str = "en") -> Path:
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    from ui.style_sheets import palette

    colours = palette("kiosk")  # the sheet's colours are named in kiosk.qss
    rows = [(False, step_images(size, False, code)), (True, step_images(size, True, code))]
    scale = TILE_WIDTH / size[0]
    tile_w, tile_h = TILE_WIDTH, round(size[1] * scale)
    caption_h, gap = 28, 12
    columns = max(len(images) for _, images in rows)
    sheet = QImage(columns * (tile_w + gap) + gap, len(rows) * (tile_h + caption_h + gap) + gap,
                   QImage.Format.Format_RGB32)
    sheet.fill(QColor(colours["sheet"]))
    painter = QPainter(sheet)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    font = QFont()
    font.setPixelSize(18)
    painter.setFont(font)
    for row, (larger, images) in enumerate(rows):
        y = gap + row * (tile_h + caption_h + gap)
        for column, (caption, image) in enumerate(images):
            x = gap + column * (tile_w + gap)
            painter.setPen(QColor(colours["navy"]))
            painter.drawText(QRect(x, y, tile_w, caption_h), Qt.AlignmentFlag.AlignLeft,
                             f"{caption} — {'larger text' if larger else 'normal text'}")
            painter.drawImage(QRect(x, y + caption_h, tile_w, tile_h), image)
    painter.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    sheet.save(str(path))
    return path


def render(out_dir: Path, sizes=SIZES, languages=LANGUAGES) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from intake import db as dbmod
    from intake import demo

    app = QApplication.instance() or QApplication([])
    app.setApplicationName("BackCare")
    from ui import fonts

    fonts.install()  # as the app does at start: Chinese on a machine without a CJK font
    made = []
    with tempfile.TemporaryDirectory() as tmp:
        dbmod.open_database(f"sqlite:///{Path(tmp) / 'demo.db'}")
        try:
            demo.fill()
            for size in sizes:
                made.append(contact_sheet(size, out_dir / f"kiosk-{size[0]}x{size[1]}.png"))
            for code in languages:
                made.append(contact_sheet((1280, 800), out_dir / f"kiosk-{code}-1280x800.png",
                                          code))
        finally:
            dbmod.close_database()
    return made


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python -m ui.screenshots.kiosk_sheets DIR", file=sys.stderr)
        return 2
    for path in render(Path(argv[0])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
