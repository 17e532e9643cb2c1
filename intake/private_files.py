"""Files only their owner may read: the database, backups, dumps, logs.

On POSIX a folder BackCare makes is 0700 and a file 0600, whatever the umask. Windows has no
mode bits: there the folder's ACL decides (the README says how to set it); these calls then only
make the folder.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

POSIX = os.name == "posix"
DIR_MODE = 0o700
FILE_MODE = 0o600


def private_dir(path: Path) -> Path:
    """Make `path` (and missing parents) and keep it 0700 on POSIX. An existing folder BackCare
    did not make (a network share, the user's chosen backup disk) keeps its own mode."""
    path = Path(path)
    existed = path.is_dir()
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    if POSIX and not existed:
        with contextlib.suppress(OSError):
            os.chmod(path, DIR_MODE)
    return path


def tighten_dir(path: Path) -> None:
    """Set a folder BackCare owns (its data folder, its backup folder) to 0700 on POSIX."""
    if POSIX:
        with contextlib.suppress(OSError):
            os.chmod(path, DIR_MODE)


def make_private(path: Path) -> None:
    """Set an existing file to 0600 (POSIX); silently nothing where the file system refuses."""
    if POSIX:
        with contextlib.suppress(OSError):
            os.chmod(path, FILE_MODE)


def touch_private(path: Path) -> Path:
    """Create `path` empty with 0600 from its first byte (no moment where others could open it),
    or leave an existing file's content and set it to 0600."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE)
    os.close(fd)
    make_private(path)
    return Path(path)
