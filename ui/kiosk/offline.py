"""A kiosk that starts while its PostgreSQL server does not answer.

Each time the kiosk starts with its database, it keeps the clinic's name and region beside its
outbox (no patient data). Started later while the server does not answer, it opens with those,
keeps every intake in its outbox, and delivers them once the server answers and its schema is
this BackCare's (`intake.db.verify_schema`).
"""

from __future__ import annotations

import logging

from intake.outbox import Outbox

log = logging.getLogger(__name__)


def kiosk_profile(box: Outbox) -> dict[str, str]:
    """The clinic's name and region from the database, saved beside the outbox for a later
    start without it."""
    from intake.clinic import default_region, get_clinic

    clinic = get_clinic()
    profile = {"clinic_name": clinic.name if clinic is not None else "",
               "region": default_region()}
    try:
        if profile["clinic_name"]:
            box.save_profile(**profile)
    except OSError as exc:
        log.warning("kiosk profile not saved: %s", type(exc).__name__)
    return profile


def offline_profile(url: str) -> dict[str, str] | None:
    """When a kiosk may start without its database: a PostgreSQL URL and a profile saved by an
    earlier start. Binds the models to the (unconnected) database then; None otherwise."""
    from intake import db as dbmod
    from intake.errors import DatabaseOpenError

    profile = Outbox().profile()
    if profile is None:
        return None
    try:
        dbmod.bind_unopened(url)
    except DatabaseOpenError:
        return None
    log.warning("kiosk started without its database: intakes wait in its outbox")
    return profile
