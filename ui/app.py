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

    from intake import db as dbmod

    url = dbmod.resolve_url(args.db)
    where = dbmod.describe(url)
    if getattr(args, "run", None) is not None:
        try:
            logs.configure(console=not box)
            return args.run(args, url, where)
        except Exception as exc:  # noqa: BLE001 - one line and the log, never a traceback
            from ui import crash

            log.error("command %s failed: %s", args.command, crash.scrubbed(type(exc), exc.__traceback__))
            return _fail(f"backcare {args.command}: an unexpected error stopped it; the log file "
                         f"has the details ({logs.log_dir()})", box)
    return _start_app(args, url, where, box)


def _start_app(args, url: str, where: str, box: bool) -> int:
    from intake import db as dbmod
    from intake.content import ContentError, article_markdown, checklists, consent_markdown
    from intake.errors import BackupError, DatabaseOpenError
    from intake.instance_lock import InstanceLock

    try:
        checklists(), article_markdown(), consent_markdown()  # a malformed file stops us here
        lock = InstanceLock(dbmod.open_database(url))
        lock.hold_shared()  # every running desk and kiosk: a restore waits for all to close
    except BackupError:
        dbmod.close_database()
        return _fail(cli.restore_running_text(where), box)
    except DatabaseOpenError as exc:
        offline = _kiosk_without_database(args, url, exc)
        if offline is None:
            return _fail(cli.open_error_text(exc, where), box)
        try:
            return _run_gui(kiosk=True, box=box, where=where, offline=offline)
        finally:
            dbmod.close_database()
    except ContentError as exc:
        return _fail(cli.content_error_text(exc), box)
    except Exception as exc:  # noqa: BLE001 - one line, never a traceback
        log.warning("open failed: %s", type(exc).__name__)
        return _fail(cli.open_error_text(DatabaseOpenError("unknown"), where), box)
    try:
        if args.demo:
            from intake import demo

            demo.fill_if_empty()
        return _run_gui(kiosk=args.kiosk, box=box, where=where)
    finally:
        lock.release()
        dbmod.close_database()


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


def _run_gui(*, kiosk: bool, box: bool, where: str, offline: dict[str, str] | None = None) -> int:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from intake.clinic import is_set_up
    from ui import crash, windows

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("BackCare")
    from ui import fonts

    fonts.install()  # Chinese on a machine without a CJK font (~5 ms: docs/performance.md)
    crash.install(windows.show_unexpected_error)
    if kiosk and offline is None and not is_set_up():
        return _fail(QCoreApplication.translate(
            "cli", "backcare: this database has no clinic yet: start BackCare at the desk once to "
                   "set it up (or use --demo)"), box)
    keep = windows.start(kiosk=kiosk, where=where, offline=offline)
    from PySide6.QtCore import QTimer

    QTimer.singleShot(LOG_FILE_AFTER_MS, lambda: logs.configure(console=False))
    code = app.exec()
    del keep
    return code


if __name__ == "__main__":
    sys.exit(main())
