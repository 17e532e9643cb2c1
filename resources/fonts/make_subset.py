"""Makes resources/fonts/BackCareCJK.ttf: Droid Sans Fallback cut to the characters of GB 2312.

    pip install "fonttools>=4.50,<5"        # only to run this script; the app does not need it
    python resources/fonts/make_subset.py /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf

Droid Sans Fallback (Google, Apache License 2.0; Debian package fonts-droid-fallback) covers
the CJK ideographs. GB 2312 holds the 6,763 hanzi of everyday Simplified Chinese (level 1: the
3,755 most common; level 2: 3,008 more) and its punctuation; we add the full-width forms, CJK
punctuation and every character of the kiosk's Chinese translation and content files, so the
kiosk's own words and nearly every name a patient types render without a system font."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = HERE / "BackCareCJK.ttf"


def gb2312_characters() -> set[str]:
    chars = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.add(bytes([high, low]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return chars


def shipped_chinese() -> set[str]:
    """Every character of the Chinese translation and content files."""
    chars = set()
    for path in [*ROOT.glob("resources/translations/*zh_CN.ts"), *ROOT.glob("resources/*zh_CN*")]:
        chars |= set(path.read_text(encoding="utf-8"))
    return {c for c in chars if ord(c) > 0x2E7F}


def codepoints() -> list[int]:
    chars = gb2312_characters() | shipped_chinese()
    points = {ord(c) for c in chars if ord(c) > 0x7F}
    points |= set(range(0x3000, 0x3040)) | set(range(0xFF00, 0xFFF0))  # punctuation, full-width
    return sorted(points)


def _latin_line_height(font) -> None:
    """Vertical metrics no taller than DejaVu Sans / common UI fonts (0.926 em above the
    baseline, 0.234 below): Qt takes a line's height from every font in its fallback chain, so
    the original's 1.04 / 0.27 em made every Latin line 2 px taller. The ideographs reach
    0.90 em up and 0.238 em down: nothing visible is cut."""
    upm = font["head"].unitsPerEm
    ascent, descent = round(0.926 * upm), round(0.234 * upm)
    hhea, os2 = font["hhea"], font["OS/2"]
    hhea.ascent, hhea.descent, hhea.lineGap = ascent, -descent, 0
    os2.sTypoAscender, os2.sTypoDescender, os2.sTypoLineGap = ascent, -descent, 0
    os2.usWinAscent, os2.usWinDescent = ascent, descent


def main(source: str) -> None:
    from fontTools import subset

    options = subset.Options()
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.layout_features = ["*"]
    options.hinting = False
    options.desubroutinize = True
    font = subset.load_font(source, options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codepoints())
    subsetter.subset(font)
    _latin_line_height(font)
    font["name"].setName("BackCare CJK", 1, 3, 1, 0x409)
    font["name"].setName("BackCare CJK", 4, 3, 1, 0x409)
    font["name"].setName("BackCareCJK", 6, 3, 1, 0x409)
    subset.save_font(font, str(OUT), options)
    print(f"{OUT.name}: {len(codepoints())} code points, {OUT.stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main(sys.argv[1])
