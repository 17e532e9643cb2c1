"""BackCare domain and storage. Imports no Qt widgets; SQL lives here."""

__version__ = "0.1.0"


def use_sqlite_only() -> None:
    """Tell peewee there is no PostgreSQL driver, before peewee is first imported.

    peewee imports psycopg eagerly (about 100 ms and 10 MB at start-up); a BackCare on its
    embedded SQLite database never uses it. Has no effect once peewee is imported, and is never
    called when the database URL is a PostgreSQL one.
    """
    import sys

    if "peewee" not in sys.modules:
        for name in ("psycopg", "psycopg2"):
            sys.modules.setdefault(name, None)
