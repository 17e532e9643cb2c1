"""Passphrase encryption of a backup's parts, for backups that leave the computer.

The `cryptography` library does the cryptography: the key comes from the passphrase through
scrypt (a fresh random salt per backup), each 1 MiB chunk is a Fernet token (AES-128-CBC with
HMAC-SHA256, so a changed byte is refused). Each chunk's plaintext starts with its number and a
last-chunk flag, so chunks cannot be reordered, dropped or cut off unnoticed. A file is
`MAGIC` then, per chunk, a 4-byte length and the token. Never more than a chunk in memory.
"""

from __future__ import annotations

import base64
import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from intake.errors import BackupError

MAGIC = b"BCENC1\n"
CHUNK = 1 << 20
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
CHECK_TEXT = b"backcare-backup"


@dataclass(frozen=True)
class KeyParams:
    salt: bytes
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P

    def to_json(self) -> dict:
        return {"kdf": "scrypt", "cipher": "fernet-chunks", "salt": self.salt.hex(),
                "n": self.n, "r": self.r, "p": self.p}

    @classmethod
    def from_json(cls, data: dict) -> KeyParams:
        try:
            if data["kdf"] != "scrypt" or data["cipher"] != "fernet-chunks":
                raise BackupError("not_backup")
            return cls(bytes.fromhex(data["salt"]), int(data["n"]), int(data["r"]), int(data["p"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise BackupError("not_backup") from exc


def new_params() -> KeyParams:
    return KeyParams(os.urandom(16))


def fernet(passphrase: str, params: KeyParams) -> Fernet:
    kdf = Scrypt(salt=params.salt, length=32, n=params.n, r=params.r, p=params.p)
    return Fernet(base64.urlsafe_b64encode(kdf.derive(passphrase.encode("utf-8"))))


def check_token(key: Fernet) -> str:
    """A token the manifest keeps, so a wrong passphrase is told at once."""
    return key.encrypt(CHECK_TEXT).decode("ascii")


def check_passphrase(key: Fernet, token: str) -> None:
    try:
        ok = key.decrypt(token.encode("ascii")) == CHECK_TEXT
    except (InvalidToken, ValueError):
        ok = False
    if not ok:
        raise BackupError("wrong_passphrase")


def encrypt_stream(key: Fernet, source: BinaryIO, target: BinaryIO) -> None:
    target.write(MAGIC)
    index = 0
    chunk = source.read(CHUNK)
    while True:
        following = source.read(CHUNK)
        last = not following
        token = key.encrypt(struct.pack(">QB", index, last) + chunk)
        target.write(struct.pack(">I", len(token)))
        target.write(token)
        if last:
            return
        chunk, index = following, index + 1


def decrypt_chunks(key: Fernet, source: BinaryIO) -> Iterator[bytes]:
    """The plaintext, a chunk at a time. BackupError("corrupt") for anything out of place."""
    if source.read(len(MAGIC)) != MAGIC:
        raise BackupError("corrupt")
    index = 0
    while True:
        head = source.read(4)
        if len(head) != 4:
            raise BackupError("corrupt")  # cut off before the last chunk
        (length,) = struct.unpack(">I", head)
        token = source.read(length)
        try:
            plain = key.decrypt(token)
        except (InvalidToken, ValueError) as exc:
            raise BackupError("corrupt") from exc
        number, last = struct.unpack(">QB", plain[:9])
        if number != index:
            raise BackupError("corrupt")
        yield plain[9:]
        if last:
            if source.read(1):
                raise BackupError("corrupt")
            return
        index += 1
