"""main(): arguments, database, QApplication, and which window: desk (default) or kiosk."""

from __future__ import annotations

import logging
import os
import sys

import intake
from ui import cli

log = logging.getLogger(__name__)


def main(argv: list[str] | None = None) -> int:
    args = cli.build_parser().parse_args(argv)
    if not (args.db or os.environ.get("BACKCARE_DB", "")).startswith("postgres"):
        intake.use_sqlite_only()
    from intake import db as dbmod
    from intake.content import ContentError, article_markdown, checklists, consent_markdown
    from intake.errors import DatabaseOpenError

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    url = dbmod.resolve_url(args.db)
    where = dbmod.describe(url)
    try:
        checklists(), article_markdown(), consent_markdown()  # a malformed file stops us here
        dbmod.open_database(url)
    except DatabaseOpenError as exc:
        return cli.fail(cli.open_error_text(exc, where))
    except ContentError as exc:
        return cli.fail(cli.content_error_text(exc))
    except Exception as exc:  # noqa: BLE001 - one line, never a traceback
        log.debug("open failed: %s", type(exc).__name__)
        return cli.fail(cli.open_error_text(DatabaseOpenError("unknown"), where))
    try:
        if args.demo:
            from intake import demo

            demo.fill_if_empty()
        return _run_gui(kiosk=args.kiosk, where=where)
    finally:
        dbmod.close_database()


def _run_gui(*, kiosk: bool, where: str) -> int:
    from PySide6.QtWidgets import QApplication

    from intake.clinic import is_set_up
    from ui import crash, windows

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("BackCare")
    crash.install(windows.show_unexpected_error)
    if kiosk and not is_set_up():
        return cli.fail(cli.tr("backcare: this database has no clinic yet: start BackCare at "
                               "the desk once to set it up (or use --demo)"))
    keep = windows.start(kiosk=kiosk, where=where)
    code = app.exec()
    del keep
    return code


if __name__ == "__main__":
    sys.exit(main())
