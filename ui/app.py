"""main(): arguments, database, QApplication, and which window: desk (default) or kiosk.

`main` is the console program `backcare`; `main_windowed` is `backcarew`, the same without a
console window, which shows start-up errors in a message box.
"""

from __future__ import annotations

import logging
import os
import sys

from ui import cli, logs

log = logging.getLogger(__name__)
LOG_FILE_AFTER_MS = 300  # the log file opens once the first window is painted


def main(argv: list[str] | None = None) -> int:
    return _main(argv, windowed=False)


def main_windowed(argv: list[str] | None = None) -> int:
    return _main(argv, windowed=True)


def _main(argv: list[str] | None, *, windowed: bool) -> int:
    _give_missing_streams_a_sink()
    show_errors_in_a_box = windowed or not cli.has_console()
    logs.start_buffering(console=not windowed)  # the file itself opens after the first frame
    return _run(argv, box=show_errors_in_a_box)


def _run(argv: list[str] | None, *, box: bool) -> int:
    from ui import toolkit

    problem = toolkit.problem()
    if problem:
        return _fail(problem, box)
    parser = cli.build_parser()
    try:
        args = parser.parse_args(argv)
    except cli.UsageError as exc:
        return _fail(f"backcare: {exc}", box, usage=parser.format_usage())
    except SystemExit as exc:  # --help and --version print and stop
        return int(exc.code or 0)

    from intake import location

    url = location.resolve_url(args.db)
    where = location.describe(url)
    if getattr(args, "run", None) is not None:
        try:
            logs.configure(console=not box)
            return args.run(args, url, where)
        except Exception as exc:  # noqa: BLE001 - one line and the log, never a traceback
            from ui import crash

            log.error("command %s failed: %s", args.command, crash.scrubbed(type(exc), exc.__traceback__))
            return _fail(f"backcare {args.command}: an unexpected error stopped it; the log file "
                         f"has the details ({logs.log_dir()})", box)
    if args.kiosk:
        return _start_kiosk(args, url, where, box)
    return _start_desk(args, url, where, box)


def _start_kiosk(args, url: str, where: str, box: bool) -> int:
    """The kiosk opens its database before its window (a kiosk whose server does not answer
    starts offline when it has run before)."""
    from intake import db as dbmod
    from intake.errors import DatabaseOpenError

    storage = _Storage(url, demo=args.demo)
    try:
        storage.open()
        storage.hold()
    except DatabaseOpenError as exc:
        storage.release()
        offline = _kiosk_without_database(args, url, exc)
        if offline is None:
            return _fail(_refusal(exc, where), box)
        try:
            return _run_kiosk(box=box, where=where, offline=offline)
        finally:
            dbmod.close_database()
    except Exception as exc:  # noqa: BLE001 - one line, never a traceback
        storage.release()
        return _fail(_refusal(exc, where), box)
    try:
        return _run_kiosk(box=box, where=where)
    finally:
        storage.release()


def _start_desk(args, url: str, where: str, box: bool) -> int:
    """The desk draws its sign-in page before the storage code and the driver are imported and
    before the database is opened (docs/performance.md): what the address alone can refuse is
    refused first; the rest of the checks run once the window is on screen (ui.windows.DeskStart),
    which no one can use until they passed, and a refusal then hides it and stops with the same
    line (and box) as before."""
    from intake.errors import DatabaseOpenError
    from intake.location import check_address

    try:
        check_address(url)
    except DatabaseOpenError as exc:
        return _fail(cli.open_error_text(exc, where), box)
    storage = _Storage(url, demo=args.demo)
    app = _application()
    from ui import windows

    start = windows.start_desk(where, open_storage=storage.open_in_thread, hold_storage=storage.hold)
    refusals: list[BaseException] = []

    def refused(error: BaseException) -> None:
        refusals.append(error)
        app.exit(cli.EXIT_USAGE)

    start.refused.connect(refused)
    try:
        code = _exec(app)
    finally:
        if not start.wait():
            log.warning("the database was still being opened at exit")
        storage.release()
    if refusals:
        return _fail(_refusal(refusals[0], where), box)
    return code


class _Storage:
    """The database as the app opens it, in two steps that raise what the start refuses with:
    `open()` (the content files checked, the database opened, checked or upgraded: no Qt), then
    `hold()` in the GUI thread (its connection, the instance lock held shared, the demo clinic
    when asked); `release()` at exit. The kiosk runs both in the GUI thread before its window;
    the desk runs `open_in_thread()` in a thread of its own once its window is on screen."""

    # the storage code the desk reads as soon as it is open (the first-run choice, the lock, the
    # urgent alarm, the backup warning), imported in the opening thread rather than the GUI
    # thread; the rest (staff, argon2, holidays) is loaded by the desk's warm-up thread
    DESK_STORAGE_MODULES = ("intake.clinic", "intake.instance_lock", "intake.arrivals",
                            "intake.backup_schedule")

    def __init__(self, url: str, *, demo: bool) -> None:
        self._url = url
        self._demo = demo
        self._db = None  # the peewee database open() opened
        self._lock = None

    def open(self) -> None:
        from intake import db as dbmod
        from intake.content import article_markdown, checklists, consent_markdown

        checklists(), article_markdown(), consent_markdown()  # a malformed file stops us here
        self._db = dbmod.open_database(self._url)

    def open_in_thread(self) -> None:
        import importlib

        from intake import db as dbmod

        self.open()
        dbmod.drop_connection()  # this thread's: the GUI thread opens its own in hold()
        for name in self.DESK_STORAGE_MODULES:
            importlib.import_module(name)

    def hold(self) -> None:
        from intake import db as dbmod
        from intake.errors import DatabaseOpenError, StorageError
        from intake.instance_lock import InstanceLock

        try:
            dbmod.ensure_connected()
        except StorageError as exc:  # it answered the opening a moment ago
            raise DatabaseOpenError("unreachable") from exc
        lock = InstanceLock(self._db)
        lock.hold_shared()  # every running desk and kiosk: a restore waits for all to close
        self._lock = lock
        if self._demo:
            from intake import demo

            demo.fill_if_empty()

    def release(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        if "intake.db" in sys.modules:
            from intake import db as dbmod

            dbmod.close_database()


def _refusal(error: BaseException, where: str) -> str:
    """The one line a start refused with, for what opening the database raised."""
    from intake.content import ContentError
    from intake.errors import BackupError, DatabaseOpenError

    if isinstance(error, BackupError):
        return cli.restore_running_text(where)
    if isinstance(error, DatabaseOpenError):
        return cli.open_error_text(error, where)
    if isinstance(error, ContentError):
        return cli.content_error_text(error)
    log.warning("open failed: %s", type(error).__name__)
    return cli.open_error_text(DatabaseOpenError("unknown"), where)


def _fail(line: str, box: bool, usage: str = "") -> int:
    if usage and sys.stderr is not None:
        print(usage.rstrip(), file=sys.stderr)
    logs.configure(console=False)  # the file, with what was kept since the start
    log.info("start-up refused: %s", line.split(":", 1)[-1].strip()[:200])
    code = cli.fail(line)
    if box:
        from ui import startup_error

        startup_error.show(line)
    return code


def _give_missing_streams_a_sink() -> None:
    """Under a windowed launcher (pythonw) there is no stdout/stderr; argparse and Qt write
    there all the same."""
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the process
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115


def _kiosk_without_database(args, url: str, exc) -> dict[str, str] | None:
    """A kiosk whose server does not answer starts all the same when it has run before
    (ui.kiosk.offline); the desk and everything else stop with one line."""
    if not args.kiosk or exc.code != "unreachable":
        return None
    from ui.kiosk.offline import offline_profile

    return offline_profile(url)


def _application():
    from PySide6.QtWidgets import QApplication

    from ui import crash, fonts, windows

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("BackCare")
    fonts.install()  # Chinese on a machine without a CJK font (~5 ms: docs/performance.md)
    crash.install(windows.show_unexpected_error)
    return app


def _exec(app) -> int:
    from PySide6.QtCore import QTimer

    QTimer.singleShot(LOG_FILE_AFTER_MS, lambda: logs.configure(console=False))
    return app.exec()


def _run_kiosk(*, box: bool, where: str, offline: dict[str, str] | None = None) -> int:
    from PySide6.QtCore import QCoreApplication

    from intake.clinic import is_set_up

    app = _application()
    from ui import windows

    if offline is None and not is_set_up():
        return _fail(QCoreApplication.translate(
            "cli", "backcare: this database has no clinic yet: start BackCare at the desk once to "
                   "set it up (or use --demo)"), box)
    keep = windows.start_kiosk(where=where, offline=offline)
    code = _exec(app)
    del keep
    return code


if __name__ == "__main__":
    sys.exit(main())
