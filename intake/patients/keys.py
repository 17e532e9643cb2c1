"""The search keys stored with a patient: the name folded ("last first", accents, case and
punctuation away) and the phone's digits last first."""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

from intake.errors import ValidationError

_FOLD_DROP = {"'", "\u2019", "\u02bc", "`"}
_SPACES = re.compile(r"\s+")


def fold_name(text: str) -> str:
    """Lower case, every letter in plain Latin (anyascii: é→e, Ł→l, Đ→d, Ø→o, ß→ss), apostrophes
    dropped, any other punctuation a space.

    "Zoë O'Brien-Smith" → "zoe obrien smith"; "Đặng Łukasz" → "dang lukasz"."""
    latin = anyascii(unicodedata.normalize("NFC", text)).casefold()
    out = [ch if ch.isalnum() else " " for ch in latin if ch not in _FOLD_DROP]
    return _SPACES.sub(" ", "".join(out)).strip()


def name_key(first_name: str, last_name: str) -> str:
    return f"{fold_name(last_name)} {fold_name(first_name)}".strip()


NAME_KEY_MAX = 420  # Patient.name_key


def _stored_key(first_name: str, last_name: str) -> str:
    """The name key, checked after folding: a 200-character name can fold to more (NFKD turns
    one ligature into several letters), and the key column holds 420."""
    key = name_key(first_name, last_name)
    if len(key) > NAME_KEY_MAX:
        longer = "last_name" if len(fold_name(last_name)) >= len(fold_name(first_name)) else "first_name"
        raise ValidationError("too_long", field=longer)
    return key


def phone_reversed(phone: str) -> str:
    """The digits of a stored phone, last first: "+447911123456" → "654321119744"."""
    return re.sub(r"\D", "", phone or "")[::-1]
