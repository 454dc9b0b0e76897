"""Mapování procesů: agendas with formal and informal practice, critical points, recommendations."""
