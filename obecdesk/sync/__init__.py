"""Sync between replicas: the change feed, the merge and the conflict log (DESIGN.md §4)."""
