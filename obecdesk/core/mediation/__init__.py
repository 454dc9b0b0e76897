"""Mediation of a conflict between groups of residents (seed 000): cases and their notes."""
