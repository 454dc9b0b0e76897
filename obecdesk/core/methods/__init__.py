"""Facilitation methods: the catalog with the coordinator's own methods, the assistant that ranks
them for an agenda item, method blocks in the agenda and how they went (ratings)."""
