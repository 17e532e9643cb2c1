"""Where the database is: the URL from --db, BACKCARE_DB or this computer's data folder, and the
URL as shown to people (without its password)."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlparse

APP_NAME = "BackCare"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_url() -> str:
    return f"sqlite:///{default_data_dir() / 'backcare.db'}"


def resolve_url(cli_url: str | None) -> str:
    """--db wins over BACKCARE_DB, which wins over the platform data dir."""
    return cli_url or os.environ.get("BACKCARE_DB") or default_url()


def describe(url: str) -> str:
    """The URL without its password, for the status bar and messages."""
    parsed = urlparse(url)
    if not parsed.password:
        return url
    return url.replace(f":{parsed.password}@", ":***@", 1)
