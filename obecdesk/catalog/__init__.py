"""Catalogs shipped in ``resources/`` (and editable there): loading and validation.

Catalogs are data access and sit below the core, beside the store: a catalog module reads a
file and checks its shape, and imports nothing from ``core`` (nor ``ui``, ``reports``,
``commands``). What an entry means — which member fills a seat, which codes the domain knows —
is a rule and lives in the core, which hands the loader what it needs to check (for instance
the sector codes of the vocabulary). ``tests/unit/test_layering.py`` keeps the arrow pointing down.
"""
