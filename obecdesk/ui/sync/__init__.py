"""Sync with HQ: this installation's identity and what its store holds (bundles follow)."""
