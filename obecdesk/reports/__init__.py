"""Printouts (reportlab, A4, DejaVu Sans embedded). ``document`` is the base every report uses.

Reports take plain data from the services (frozen dataclasses) and never open a session.
"""
