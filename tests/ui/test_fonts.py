"""Glyphs everywhere: the shipped CJK font covers every translated string and the common hanzi,
and the application's fonts lay them out with it (no missing glyph) after `fonts.install()`."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtGui import QFont, QRawFont, QTextLayout
from PySide6.QtWidgets import QApplication

from ui import fonts
from ui.kiosk import translations

MAX_SIZE = 1_500_000  # bytes: the package stays small


def _translated_strings() -> list[str]:
    texts = []
    for code in translations.TRANSLATED:
        root = ET.parse(translations.ts_file(code)).getroot()
        texts += [m.findtext("translation") for m in root.iter("message")]
    return [t for t in texts if t]


def _gb2312_hanzi(levels: tuple[int, ...] = (1, 2)) -> str:
    """Level 1: the 3,755 most common hanzi; level 2: the 3,008 next."""
    rows = {1: range(0xB0, 0xD8), 2: range(0xD8, 0xF8)}
    chars = []
    for level in levels:
        for high in rows[level]:
            for low in range(0xA1, 0xFF):
                try:
                    chars.append(bytes([high, low]).decode("gb2312"))
                except UnicodeDecodeError:
                    continue
    return "".join(chars)


def _drawn(raw: QRawFont, char: str) -> bool:
    """The font maps `char` to a glyph with an outline (not glyph 0, not blank). QRawFont's
    supportsCharacter() says False for hanzi the font does draw: the cmap is asked instead."""
    glyphs = raw.glyphIndexesForString(char)
    return bool(glyphs) and glyphs[0] != 0 and not raw.pathForGlyph(glyphs[0]).isEmpty()


def _missing_glyphs(text: str, font: QFont) -> list[str]:
    """Characters the laid-out text shows as a missing-glyph box (glyph 0)."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    while layout.createLine().isValid():
        pass
    layout.endLayout()
    runs = layout.glyphRuns()
    return [run.rawFont().familyName() for run in runs for glyph in run.glyphIndexes()
            if glyph == 0]


def test_the_shipped_font_is_open_licensed_and_small():
    folder = Path(fonts.font_path()).parent
    assert "Apache License" in (folder / "LICENSE-Apache-2.0.txt").read_text()
    assert "Droid Sans Fallback" in (folder / "NOTICE.txt").read_text()
    assert Path(fonts.font_path()).stat().st_size < MAX_SIZE


def test_it_covers_every_translated_string_and_the_common_hanzi(qapp):
    raw = QRawFont(fonts.font_path(), 20)
    assert raw.isValid()
    wanted = {c for text in _translated_strings() for c in text if ord(c) > 0x2E7F}
    wanted |= set(_gb2312_hanzi())
    assert len(wanted) > 6700
    missing = sorted(c for c in wanted if not _drawn(raw, c))
    assert not missing, f"{len(missing)} characters without a glyph: {''.join(missing[:40])}"


def test_the_apps_fonts_lay_out_chinese_with_the_shipped_font(qapp):
    assert fonts.install() == fonts.FAMILY
    font = QApplication.font()
    sample = "".join(_translated_strings()) + _gb2312_hanzi((1,))[:500]
    assert _missing_glyphs(sample, font) == []
    layout = QTextLayout("请在这里登记", font)  # and it is our font that draws them
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    assert {run.rawFont().familyName().casefold() for run in layout.glyphRuns()} == {
        fonts.FAMILY.casefold()}


def test_latin_lines_keep_their_height_with_the_cjk_font_in_the_chain(qapp):
    """Qt takes a line's height from every font of its fallback chain: a taller CJK font would
    push the kiosk's pages past the screen (tests/ui/kiosk/test_screen_sizes.py)."""
    from PySide6.QtGui import QFontMetrics

    fonts.install()
    plain = QFont(QFont().defaultFamily())
    plain.setPixelSize(20)
    chained = QFont(plain)
    chained.setFamilies([QFont().defaultFamily(), fonts.FAMILY])
    raw = QRawFont(fonts.font_path(), 20)
    assert raw.ascent() + raw.descent() <= QRawFont.fromFont(plain).ascent() + QRawFont.fromFont(
        plain).descent() + 0.5
    assert QFontMetrics(chained).height() == QFontMetrics(plain).height()
