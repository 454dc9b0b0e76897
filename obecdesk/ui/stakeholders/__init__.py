"""Stakeholder mapping screens: actor list and form, relations, bodies, composition, power map."""
