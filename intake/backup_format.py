"""What a BackCare backup is on disk: a folder `backcare-YYYYMMDD-HHMMSS` holding the database
(`database.sqlite`, or `database.pgdump` from pg_dump -Fc; `.enc` when encrypted), the clinic's
edited content files under `content/` when BACKCARE_CONTENT is used, and `manifest.json`:
format, app version, schema version and migrations, backend, created time, computer, kind, row
counts, and the size and sha256 of every part. The manifest is written last, so a folder
without one is an unfinished backup.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path

from intake.errors import BackupError

FORMAT = "backcare-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
NAME_PREFIX = "backcare-"
SQLITE_PART = "database.sqlite"
PG_PART = "database.pgdump"
ENC_SUFFIX = ".enc"
CONTENT_DIR = "content"
HASH_BLOCK = 1 << 20


class Kind(StrEnum):
    DAILY = "daily"  # the desk's automatic backup
    MANUAL = "manual"  # `backcare backup`, or "Back up now" in Settings
    PRE_RESTORE = "pre-restore"  # what a restore replaced


@dataclass(frozen=True)
class Part:
    path: str  # relative to the backup folder, "/"-separated
    sha256: str  # of the file as stored (encrypted or not)
    size: int
    plain_sha256: str = ""  # of the decrypted content, for an encrypted part


@dataclass(frozen=True)
class Manifest:
    app_version: str
    schema_version: int
    migrations: list[str]
    backend: str  # "sqlite" or "postgresql"
    created_at: str  # ISO 8601 with the UTC offset
    host: str
    kind: str
    row_counts: dict[str, int]
    parts: list[Part]
    pg_schema: str = ""
    encryption: dict | None = None
    passphrase_check: str = ""
    format: str = FORMAT
    format_version: int = FORMAT_VERSION
    verified: list[str] = field(default_factory=list)  # "integrity_check", "archive_list", "test_restore"

    @property
    def created(self) -> dt.datetime:
        """Local wall-clock time of creation (naive), for rotation and display."""
        return dt.datetime.fromisoformat(self.created_at).astimezone().replace(tzinfo=None)

    @property
    def database_part(self) -> Part:
        for part in self.parts:
            if part.path.split(".")[0] == "database":
                return part
        raise BackupError("corrupt")

    @property
    def content_parts(self) -> list[Part]:
        return [p for p in self.parts if p.path.startswith(CONTENT_DIR + "/")]

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        try:
            data = json.loads(text)
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                raise BackupError("not_backup")
            if int(data.get("format_version", 0)) > FORMAT_VERSION:
                raise BackupError("too_new")
            data["parts"] = [Part(**p) for p in data["parts"]]
            known = set(cls.__dataclass_fields__)
            manifest = cls(**{k: v for k, v in data.items() if k in known})
            manifest.created  # noqa: B018 - a readable date, or ValueError
        except BackupError:
            raise
        except (ValueError, TypeError, KeyError) as exc:
            raise BackupError("not_backup") from exc
        for part in manifest.parts:
            if part.path.startswith("/") or ".." in Path(part.path).parts:
                raise BackupError("not_backup")
        return manifest


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(HASH_BLOCK):
            digest.update(block)
    return digest.hexdigest()


def read_manifest(folder: Path) -> Manifest:
    """The manifest of the backup at `folder` (its manifest.json may be given instead).
    BackupError("not_backup") for anything else."""
    folder = Path(folder)
    if folder.is_file() and folder.name == MANIFEST:
        folder = folder.parent
    path = folder / MANIFEST
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BackupError("not_backup") from exc
    return Manifest.from_json(text)


def backup_root(path: Path) -> Path:
    path = Path(path)
    return path.parent if path.is_file() and path.name == MANIFEST else path


def check_parts(folder: Path, manifest: Manifest) -> None:
    """Every part there, of its size and checksum: BackupError("corrupt") otherwise."""
    for part in manifest.parts:
        path = folder / part.path
        try:
            if path.stat().st_size != part.size or sha256_of(path) != part.sha256:
                raise BackupError("corrupt", part=part.path)
        except OSError as exc:
            raise BackupError("corrupt", part=part.path) from exc
