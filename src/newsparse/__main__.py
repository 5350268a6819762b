"""Run the ``newsparse`` command line as ``python -m newsparse``."""

from newsparse.cli import main

raise SystemExit(main())
