"""Stakeholder mapping: actors, relations, bodies and members, composition check, GDPR, import."""
