"""The clinic's kiosk language, chosen in Settings by an admin (the desk itself stays English)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from intake import clinic_setup
from intake.errors import NotAllowedError, ValidationError
from intake.models import Clinic
from tests.ui.desk.scheduling.helpers import child, make_clinic, settled
from ui.desk.settings.page import SettingsPage


@pytest.fixture
def sessions(sqlite_db):
    return make_clinic()


def _shown(qtbot, session) -> SettingsPage:
    page = SettingsPage(session)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=5000)  # read in a worker
    return page


def test_admin_chooses_the_kiosk_language(qtbot, sessions):
    admin, _ = sessions
    page = _shown(qtbot, admin)
    box = page.clinic_tab().kiosk_language_box()
    assert box.currentText() == "English"
    assert [box.itemText(i) for i in range(box.count())] == ["English", "Español", "简体中文"]
    box.setCurrentIndex(box.findData("es"))
    child(page, QPushButton, "Save clinic details").click()
    settled(qtbot, page)  # saved in the tab's write lane
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


def test_settings_shows_a_broken_and_a_stale_translation(qtbot, sessions, tmp_path, monkeypatch):
    import shutil
    from importlib import resources
    from pathlib import Path

    from intake import content, content_languages

    folder = tmp_path / "content"
    folder.mkdir()
    for path in Path(str(resources.files("resources"))).iterdir():
        if path.suffix in (".md", ".toml"):
            shutil.copy(path, folder / path.name)
    es = folder / "checklists_es.toml"
    es.write_text(es.read_text("utf-8").replace("neck = ", "nek = "), "utf-8")
    (folder / "article.md").write_text((folder / "article.md").read_text("utf-8") + "\nMore.\n",
                                       "utf-8")
    monkeypatch.setenv("BACKCARE_CONTENT", str(folder))
    content.reload()
    content_languages.reload()
    try:
        admin, _ = sessions
        page = _shown(qtbot, admin)
        text = page.clinic_tab().translations_text()
        assert "Español is not offered at the kiosk: checklists_es.toml, line " in text
        assert "unknown id 'nek'" in text
        assert "简体中文: the English text changed since it was translated (article_zh_CN.md)" in text
        box = page.clinic_tab().kiosk_language_box()
        assert not box.model().item(box.findData("es")).isEnabled()
    finally:
        monkeypatch.delenv("BACKCARE_CONTENT")
        content.reload()
        content_languages.reload()
