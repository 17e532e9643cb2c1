"""Opening the database: URL → peewee database, checks, backup, migrations; the write transaction.

SQLite (default, one computer) and PostgreSQL (kiosk and desk on separate computers) run the same
code. Every failure to open is a `DatabaseOpenError` with a code; nothing is written to a file that
is not ours or that was written by a newer BackCare.

A module per topic, the same API re-exported here (`from intake import db; db.write()`):
`intake.location` (the URL, the data folder and the checks an address passes: outside this
package, as it needs no peewee and no driver and the desk reads it before they are loaded),
`opening` (open, bind unopened, close), `sqlite_file` and `postgres` (each backend's checks,
pragmas and timeouts), `versions` (migrations, the upgrade and the copy before it), `connection`
(this thread's connection, outages, the schema verified once a kiosk's server answers), `writes`
(the write transaction), `driver_errors` (the driver's codes read).

A test that replaces one of these names replaces it where it is looked up: here for callers
outside the package, in the topic module for calls inside it (`verify_schema` and `reconnect`
call `connection.ensure_connected`; `_open_sqlite` reads `sqlite_file.BUSY_TIMEOUT_MS`).
"""

from __future__ import annotations

from intake.db.connection import (  # noqa: F401 - the package's API
    drop_connection,
    ensure_connected,
    is_available,
    is_sqlite,
    mark_available,
    mark_unavailable,
    probe,
    reconnect,
    storage_lost,
    thread_connection,
    verify_schema,
)
from intake.db.driver_errors import constraint_name, storage_code  # noqa: F401 - the package's API
from intake.db.opening import (  # noqa: F401 - the package's API
    bind_unopened,
    close_database,
    open_database,
)
from intake.db.postgres import (  # noqa: F401 - the package's API
    PG_CONNECT_TIMEOUT_S,
    PG_STATEMENT_TIMEOUT_MS,
    PG_TCP_PARAMS,
    postgres_driver_installed,
)
from intake.db.sqlite_file import BUSY_TIMEOUT_MS  # noqa: F401 - the package's API
from intake.db.versions import (  # noqa: F401 - the package's API
    KEEP_UPGRADE_COPIES,
    MIGRATIONS_TABLE,
    backup_database,
    latest_version,
    migrations_dir,
    prune_copies,
    schema_status,
    shipped_migrations,
)
from intake.db.writes import write  # noqa: F401 - the package's API
from intake.location import (  # noqa: F401 - the package's API
    APP_NAME,
    SQLITE_HEADER,
    default_data_dir,
    default_url,
    describe,
    resolve_url,
)
from intake.models import database  # noqa: F401 - the models' proxy, as `db.database`
