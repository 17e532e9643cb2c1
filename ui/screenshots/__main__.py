"""python -m ui.screenshots DIR"""

import sys

from ui.screenshots import main

sys.exit(main())
