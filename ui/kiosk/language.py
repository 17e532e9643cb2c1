"""The patient's language: Qt translators loaded from resources/translations/*.qm.

Installing a translator makes Qt send QEvent.LanguageChange to every widget; each kiosk page
re-sets its words in `retranslate()`, so no answer is lost by a switch. English is the source
language (no translator). The staff-exit panel and the desk stay in English on purpose."""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import QCoreApplication, QTranslator

from intake.languages import NAMES as LANGUAGES  # each named in its own script
from intake.languages import SOURCE

log = logging.getLogger(__name__)
__all__ = ["LANGUAGES", "SOURCE", "current", "install", "qm_path"]

_translator: QTranslator | None = None
_current = SOURCE


def qm_path(code: str) -> str:
    return str(resources.files("resources") / "translations" / f"backcare_{code}.qm")


def current() -> str:
    return _current


def offered() -> list[str]:
    """The languages the kiosk offers: those whose content files are sound (English always)."""
    from intake.content_languages import usable_languages

    return usable_languages()


def item_label(item) -> str:
    """A checklist or body-region label in the patient's language."""
    from intake.content_languages import label

    return label(item.id, item.label, _current)


def article() -> str:
    from intake.content import article_markdown
    from intake.content_languages import status, translation

    return translation(_current).article if _current != SOURCE and status(
        _current).usable else article_markdown()


def consent() -> str:
    from intake.content import consent_markdown
    from intake.content_languages import status, translation

    return translation(_current).consent if _current != SOURCE and status(
        _current).usable else consent_markdown()


def install(code: str) -> bool:
    """Switches the application's language; False (and English stays) when it cannot load."""
    global _translator, _current
    if code not in LANGUAGES or code not in offered():
        return False
    if code == _current:
        return True
    app = QCoreApplication.instance()
    if code == "zh_CN":
        from ui import fonts

        fonts.install()  # already done at start; a test or a screenshot may come straight here
    translator = None
    if code != SOURCE:
        translator = QTranslator(app)
        if not translator.load(qm_path(code)):
            log.warning("kiosk: the %s translation could not be loaded", code)
            return False
    if _translator is not None:
        app.removeTranslator(_translator)
        _translator.deleteLater()
    _translator = translator
    if translator is not None:
        app.installTranslator(translator)
    _current = code
    return True
