"""Indicators: the activity of the local partnership in numbers (more indicators follow)."""
