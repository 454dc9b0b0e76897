"""The strategic plan, its indicators and the locality's funding projects (DESIGN.md §2.4)."""
