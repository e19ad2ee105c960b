"""``python -m vigie``: the same command as ``vigie``."""

import sys

from vigie.cli import main

sys.exit(main())
