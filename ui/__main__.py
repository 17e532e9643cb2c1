"""`python -m ui` does what the `backcare` command does."""

import sys

from ui.app import main

sys.exit(main())
