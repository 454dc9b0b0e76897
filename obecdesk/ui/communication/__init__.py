"""Komunikace: the situation log, audiences, risks and the communication plan of a locality."""
