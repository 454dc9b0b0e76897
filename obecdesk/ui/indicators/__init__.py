"""Indikátory: the strategic plan, its indicators, the value grid, projects, the dashboard."""
