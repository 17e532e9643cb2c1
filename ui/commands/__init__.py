"""`backcare COMMAND`: maintenance commands that print and return an exit code, no window.

Each module has NAME, help_text(), add_arguments(parser) and run(args, url, where) -> exit code; the
work itself is done by a function in intake/ (no SQL here).
"""

from ui.commands import backup, check, restore

ALL = [check, backup, restore]
