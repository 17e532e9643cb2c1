"""This computer's backup settings: where its backups go, and the passphrase that encrypts them.

A small JSON file in the platform's config folder (Linux `~/.config/BackCare/backup.json`,
`BACKCARE_CONFIG_DIR` overrides the folder), 0600 — per computer, not in the database: each
desk may write to its own disk or share. Default folder: `backups` in the user data folder.

Changing them (`save`, from Settings › Backups) is an admin's, audited; reading them (`load`) is
the backup's own and the command line's, and the Settings page shows the folder to every signed-in
person (never the passphrase).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, replace
from pathlib import Path

from intake import access, audit
from intake.errors import ValidationError
from intake.private_files import make_private, private_dir
from intake.validation import check_text

log = logging.getLogger(__name__)

APP_NAME = "BackCare"
FILE_NAME = "backup.json"
MIN_PASSPHRASE = 12


@dataclass(frozen=True)
class BackupSettings:
    folder: Path
    passphrase: str = ""  # empty: backups are not encrypted
    chosen: bool = False  # False: the default folder, never chosen by an admin

    @property
    def encrypted(self) -> bool:
        return bool(self.passphrase)


def config_dir() -> Path:
    override = os.environ.get("BACKCARE_CONFIG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False))


def default_folder() -> Path:
    from intake.location import default_data_dir

    return default_data_dir() / "backups"


def load() -> BackupSettings:
    """The settings; the defaults when the file is missing or unreadable (logged)."""
    path = config_dir() / FILE_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return BackupSettings(default_folder())
    except (OSError, ValueError) as exc:
        log.warning("backup settings unreadable (%s): defaults used", type(exc).__name__)
        return BackupSettings(default_folder())
    folder = data.get("folder") if isinstance(data, dict) else None
    passphrase = data.get("passphrase", "") if isinstance(data, dict) else ""
    if not isinstance(folder, str) or not folder:
        return BackupSettings(default_folder(), str(passphrase or ""))
    return BackupSettings(Path(folder), str(passphrase or ""), chosen=True)


@access.guarded(access.ADMIN, "by_staff_id")
def save(settings: BackupSettings, *, by_staff_id: int | None) -> BackupSettings:
    """Write the settings (0600 in a 0700 folder), as an admin (audited: whether backups are
    encrypted, never the folder or the passphrase). The backup folder must be absolute and
    writable (it is made when missing); a passphrase, when given, at least 12 characters; neither
    may hold NUL, lone surrogates or control characters (ValidationError naming the field)."""
    check_text(str(settings.folder), "folder")  # an encoder or the OS would fail on them
    check_text(settings.passphrase, "passphrase")  # ... and so would the key made from it
    if not settings.folder.is_absolute():
        raise ValidationError("not_absolute", field="folder")
    if settings.passphrase and len(settings.passphrase) < MIN_PASSPHRASE:
        raise ValidationError("too_short", field="passphrase", minimum=MIN_PASSPHRASE)
    try:
        private_dir(settings.folder)
    except OSError as exc:
        raise ValidationError("unwritable", field="folder") from exc
    if not os.access(settings.folder, os.W_OK):
        raise ValidationError("unwritable", field="folder")
    folder = private_dir(config_dir())
    path = folder / FILE_NAME
    data = {"folder": str(settings.folder), "passphrase": settings.passphrase}
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=2)
    make_private(tmp)
    os.replace(tmp, path)
    audit.record("backup_settings_changed", staff_id=by_staff_id,
                 detail=f"encrypted={int(bool(settings.passphrase))}")
    return replace(settings, chosen=True)
