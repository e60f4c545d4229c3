"""`python -m sync.server ...`: the `registry` commands (see `sync.server.cli`)."""

from __future__ import annotations

import sys

from sync.server.cli import main

sys.exit(main(sys.argv[1:]))
