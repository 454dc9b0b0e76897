"""Allow ``python -m obecdesk``."""

from obecdesk.cli import main

raise SystemExit(main())
