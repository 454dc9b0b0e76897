"""Mediace: cases, their parties, sessions, result and the mediator's notes."""
