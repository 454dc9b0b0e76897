"""Backups of the store: list, make one now, put one back (Soubor → Zálohy…)."""
