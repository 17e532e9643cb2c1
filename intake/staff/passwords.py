"""Passwords and PINs: what makes one acceptable, and their argon2id hashes (made and checked)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from intake.errors import ValidationError
from intake.validation import check_text

if TYPE_CHECKING:
    from argon2 import PasswordHasher

MIN_PASSWORD_LENGTH = 8
PIN_LENGTHS = (4, 8)  # inclusive


# Module-level so tests may swap in cheap parameters; the app always uses the defaults. Made on
# first use (password_hasher()): no window waits for argon2 to load.
hasher: PasswordHasher | None = None

# Verified against when a username is unknown, so a wrong name costs as long as a wrong password.
_dummy_hash: str | None = None


def password_hasher() -> PasswordHasher:
    """argon2id with the library's default cost."""
    global hasher
    if hasher is None:
        from argon2 import PasswordHasher

        hasher = PasswordHasher()
    return hasher


def _hash(secret: str) -> str:
    return password_hasher().hash(secret)


def _matches(stored: str | None, secret: str) -> bool:
    if not stored:
        return False
    from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

    try:
        return password_hasher().verify(stored, secret)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _spend_time(secret: str) -> None:
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = _hash("no such account")
    _matches(_dummy_hash, secret)


def check_password(password: str) -> None:
    """Raise `ValidationError(field="password")` unless `password` is acceptable."""
    check_text(password, "password")
    if not password:
        raise ValidationError("required", field="password")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError("too_short", field="password", minimum=MIN_PASSWORD_LENGTH)
    if len(password) > 1024:
        raise ValidationError("too_long", field="password")


def check_pin(pin: str) -> None:
    """Raise `ValidationError(field="pin")` unless `pin` is 4 to 8 digits."""
    check_text(pin, "pin")
    if not pin.isdigit() or not pin.isascii():
        raise ValidationError("not_digits", field="pin")
    low, high = PIN_LENGTHS
    if not low <= len(pin) <= high:
        raise ValidationError("too_short" if len(pin) < low else "too_long", field="pin",
                              minimum=low, maximum=high)
