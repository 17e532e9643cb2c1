"""Kiosk fixtures: a database with a clinic, a flow or a kiosk window shown at 1280x800."""

from __future__ import annotations

import pytest

from intake import clinic


@pytest.fixture
def clinic_db(db):
    clinic.create_clinic("Riverside Acupuncture", country="GB")
    return db


@pytest.fixture
def clinic_sqlite(sqlite_db):
    clinic.create_clinic("Riverside Acupuncture", country="GB")
    return sqlite_db


@pytest.fixture
def flow(qtbot, clinic_sqlite):
    from ui.kiosk.flow import IntakeFlow

    widget = IntakeFlow(mode="kiosk")
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture(autouse=True)
def english_again(qapp):
    """A test that switches the kiosk's language leaves it in English for the next one."""
    yield
    from ui.kiosk import language

    language.install(language.SOURCE)
