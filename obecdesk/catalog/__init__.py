"""Catalogs shipped in ``resources/`` (and editable there): loading and validation."""
