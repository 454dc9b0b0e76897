"""Entry point of the packaged application (PyInstaller runs this file as ``__main__``)."""

from obecdesk.cli import main

raise SystemExit(main())
