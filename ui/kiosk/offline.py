"""A kiosk that starts while its PostgreSQL server does not answer.

Each time the kiosk starts with its database, it keeps the clinic's name and region beside its
outbox (no patient data). Started later while the server does not answer, it opens with those,
keeps every intake in its outbox, and delivers them once the server answers and its schema is
this BackCare's (`intake.db.verify_schema`).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from intake.outbox import Outbox

log = logging.getLogger(__name__)


def kiosk_profile() -> dict[str, str]:
    """The clinic's name and region from the database."""
    from intake.clinic import default_region, get_clinic

    clinic = get_clinic()
    return {"clinic_name": clinic.name if clinic is not None else "",
            "region": default_region()}


def save_profile(box: Outbox, profile: dict[str, str]) -> None:
    """Kept beside the outbox for a later start without the database (no patient data)."""
    try:
        if profile["clinic_name"]:
            box.save_profile(**profile)
    except OSError as exc:
        log.warning("kiosk profile not saved: %s", type(exc).__name__)


def offline_profile(url: str) -> dict[str, str] | None:
    """When a kiosk may start without its database: a PostgreSQL URL and a profile saved by an
    earlier start. Binds the models to the (unconnected) database then; None otherwise."""
    from intake import db as dbmod
    from intake.errors import DatabaseOpenError
    from intake.outbox import Outbox

    profile = Outbox().profile()
    if profile is None:
        return None
    try:
        dbmod.bind_unopened(url)
    except DatabaseOpenError:
        return None
    log.warning("kiosk started without its database: intakes wait in its outbox")
    return profile
