"""`python -m belt_tui` is `belt`: handy where the console script is not on PATH."""

import sys

from belt_tui.cli import main

sys.exit(main())
