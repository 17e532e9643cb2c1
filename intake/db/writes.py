"""The write transaction: one `db.write()` block, its known failures turned into typed errors."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import peewee

from intake.db.connection import is_available
from intake.db.driver_errors import constraint_name, storage_code
from intake.errors import BackCareError, ConflictError, StorageError, ValidationError
from intake.models import database
from intake.vocabulary import Resource


def _conflict_from(exc: peewee.IntegrityError) -> BackCareError | None:
    name = constraint_name(exc)
    for resource in Resource:
        if name.startswith(f"appointment_{resource}_no_overlap"):
            return ConflictError("double_booked", resource=resource)
    if name.startswith("appointment_times_"):
        return ValidationError("invalid_times", field="ends_at")
    return None


@contextlib.contextmanager
def write() -> Iterator[None]:
    """One write transaction. Known failures become typed errors: a double booking becomes
    `ConflictError`; locked / disk full / server gone become `StorageError`. While the database
    is known to be unreachable (`mark_unavailable`) it is refused at once, before any network."""
    if not is_available():
        raise StorageError("unavailable")
    try:
        with database.atomic():
            yield
    except peewee.IntegrityError as exc:
        conflict = _conflict_from(exc)
        if conflict is not None:
            raise conflict from exc
        raise
    except peewee.OperationalError as exc:
        raise _storage_error(exc) from exc
    except peewee.InternalError as exc:  # PostgreSQL: a read-only transaction (25006) and kin
        if storage_code(exc) == "unavailable":
            raise  # not a storage condition we know: a bug, shown as one
        raise _storage_error(exc) from exc
    except peewee.InterfaceError as exc:
        raise StorageError("unavailable") from exc


def _storage_error(exc: peewee.PeeweeException) -> StorageError:
    return StorageError(storage_code(exc))
