"""The clinic's kiosk language, chosen in Settings by an admin (the desk itself stays English)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from intake import clinic_setup
from intake.errors import NotAllowedError, ValidationError
from intake.models import Clinic
from tests.ui.scheduling.helpers import child, make_clinic
from ui.desk.settings.page import SettingsPage


@pytest.fixture
def sessions(sqlite_db):
    return make_clinic()


def _shown(qtbot, session) -> SettingsPage:
    page = SettingsPage(session)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_admin_chooses_the_kiosk_language(qtbot, sessions):
    admin, _ = sessions
    page = _shown(qtbot, admin)
    box = page.clinic_tab().kiosk_language_box()
    assert box.currentText() == "English"
    assert [box.itemText(i) for i in range(box.count())] == ["English", "Español", "简体中文"]
    box.setCurrentIndex(box.findData("es"))
    child(page, QPushButton, "Save clinic details").click()
    assert Clinic.get().kiosk_language == "es"


def test_front_desk_sees_it_but_cannot_change_it(qtbot, sessions):
    admin, desk = sessions
    page = _shown(qtbot, desk)
    assert not page.clinic_tab().kiosk_language_box().isEnabled()
    with pytest.raises(NotAllowedError):
        clinic_setup.set_kiosk_language("es", by_staff_id=desk.staff_id)
    assert Clinic.get().kiosk_language == "en"


def test_an_unknown_language_is_refused_naming_the_field(sessions):
    admin, _ = sessions
    with pytest.raises(ValidationError) as caught:
        clinic_setup.set_kiosk_language("fr", by_staff_id=admin.staff_id)
    assert caught.value.field == "kiosk_language"
    assert Clinic.get().kiosk_language == "en"
