"""Participace: events with head counts and the proposals collected at them."""
