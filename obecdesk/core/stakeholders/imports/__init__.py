"""Importing actors from a spreadsheet: the file (``files``, ``encoding``), what its columns and
cells mean (``fields``, ``cells``), what each row becomes (``rows``, ``results``) and the service
that previews and commits an import (``service``)."""
