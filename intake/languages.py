"""The languages a patient may use at the kiosk, by code; each named in its own script.

English is the source of every text; the kiosk's translations of its words live in
resources/translations (Qt Linguist). Intakes store the code the patient used; the desk shows
the name ("answered in Español") so staff can bring an interpreter."""

from __future__ import annotations

from intake.errors import ValidationError

SOURCE = "en"
NAMES: dict[str, str] = {"en": "English", "es": "Español", "zh_CN": "简体中文"}


def check_language(code: str, field: str = "language") -> str:
    """`code` if the kiosk offers it; ValidationError "unknown_language" otherwise."""
    if code not in NAMES:
        raise ValidationError("unknown_language", field=field)
    return code


def language_name(code: str) -> str:
    """The language's own name; an unknown code (an older kiosk) is shown as it is."""
    return NAMES.get(code, code)
