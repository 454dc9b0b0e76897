"""Facilitation methods: the methods a locality's meetings have used (the catalog follows)."""
