"""`python -m ui.screenshots DIR` renders every screen, and each picture shows what its name says.

The words are those visible in the widget when it was grabbed (ui.screenshots.shown): a picture
of a half-loaded page, of the wrong page or of a refused action fails here."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from ui.screenshots import render_all
from ui.screenshots.shown import SHOWN

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "raise()")

# picture -> words it must show (and, after "!", words it must not)
EXPECTED = {
    "kiosk_01_welcome.png": ["Riverside Acupuncture Clinic", "English", "Español", "简体中文",
                             "Start"],
    "kiosk_03_about_you_missing_answers.png": ["Please answer: your first name."],
    "kiosk_04_about.png": ["Margaret", "Okonkwo-Hale", "!Please answer: your first name."],
    "kiosk_05_where.png": ["Where does it hurt?", "Lower back"],
    "kiosk_10_safety.png": ["Some questions for your safety", "None of these apply to me"],
    "kiosk_12_review.png": ["Please check your answers", "Margaret Okonkwo-Hale",
                            "Send my answers"],
    "kiosk_13_urgent_message.png": ["Please speak to reception now", "I tapped by mistake"],
    "kiosk_14_could_not_save.png": ["Your answers are still here. Nothing is lost."],
    "kiosk_15_thank_you.png": ["Thank you — please take a seat"],
    "kiosk_16_thank_you_queued_on_the_kiosk.png": ["will reach the desk shortly"],
    "kiosk_17_are_you_still_there.png": ["Are you still there?", "Yes, I am still here"],
    "kiosk_18_staff_exit.png": ["Staff: leave the kiosk", "PIN or password"],
    "desk_sign_in.png": ["Sign in to the front desk", "Username", "Not signed in"],
    "desk_sign_in_refused.png": ["The username or the password is wrong."],
    "desk_main_admin.png": ["Signed in: Alex Morgan (Admin)", "Lock desk"],
    "desk_staff_admin.png": ["Accounts are never deleted", "Alex Morgan"],
    "desk_audit_trail.png": ["Audit trail", "Signed in"],
    "desk_locked.png": ["The desk is locked"],
    "desk_locked_urgent_arrival.png": ["Urgent arrival waiting", "cauda equina",
                                       "!Dmitri Volkov"],  # who: only after signing in
    "desk_first_run_errors.png": ["Clinic name: please fill th"],
    "desk_arrivals.png": ["Arrivals today", "URGENT — Dmitri Volkov",
                          "I have seen it — acknowledge"],
    "desk_match_dialog.png": ["Margaret Bronte", "Possible matches"],
    "desk_patient_search.png": ["7 matching", "Brontë, Margaret"],
    "desk_patient_page.png": ["Margaret", "Edit details…", "!7 matching"],
    "desk_duplicate_warning.png": ["This person may already be on file"],
    "desk_database_unreachable.png": ["Database unreachable — retrying"],
    "desk_backup_warning.png": ["No backup of this database yet"],
    "settings_clinic.png": ["Riverside Acupuncture Clinic", "United Kingdom (GB)",
                            "Europe/London", "12 sessions", "!Loading…"],
    "settings_hours.png": ["09:00–13:00, 14:00–19:00", "!Loading…"],
    "settings_practitioners.png": ["Dr Mei Chen", "!Loading…"],
    "settings_read_only.png": ["Only an administrator can change these settings.",
                               "09:00–13:00, 14:00–19:00", "!Loading…"],
    "course_panel.png": ["6 of 12 attended", "90-day window ends"],
    "laptop_bookings_in_closed_time.png": ["the clinic is closed: Boiler repair",
                                           "Move them as proposed"],
    "laptop_settings.png": ["Riverside Acupuncture Clinic", "!Loading…"],
    "laptop_staff_practitioner.png": ["Dr Mei Chen (mei)", "Practitioner", "Link diary"],
    "laptop_planner_countersign.png": ["Over 50, new pain", "Dr Mei Chen", "Their PIN",
                                       "Practitioner's reason", "Record decision"],
    "desk_arrivals_kiosk_offline.png": ["offline since", "Export undelivered intakes…"],
}


@pytest.fixture(scope="module")
def pictures(tmp_path_factory, qapp):
    SHOWN.clear()
    return render_all(tmp_path_factory.mktemp("shots"))


def test_every_picture_is_made_and_not_empty(pictures):
    assert len(pictures) >= 100  # each face, feature and language
    for path in pictures:
        image = QImage(str(path))
        assert not image.isNull() and image.width() >= 300 and image.height() >= 200, path.name


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_picture_shows_what_its_name_says(pictures, name):
    shown = SHOWN[name]
    for words in EXPECTED[name]:
        if words.startswith("!"):
            assert words[1:] not in shown, f"{name} shows {words[1:]!r}"
        else:
            assert words in shown, f"{name} does not show {words!r}"
