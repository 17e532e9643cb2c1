"""What the command-line tests read from a run's standard error."""

from __future__ import annotations

import subprocess

# What Qt's offscreen platform (the tests' display) prints whenever a window is shown: the desk's
# sign-in page is drawn before the database is opened, so a refusal found by opening it comes
# after a window. A real display prints nothing of the kind.
OFFSCREEN_NOTE = "This plugin does not support "


def error_lines(result: subprocess.CompletedProcess) -> list[str]:
    """The lines the program itself wrote to standard error."""
    return [line for line in result.stderr.strip().splitlines()
            if not line.startswith(OFFSCREEN_NOTE)]
