"""Partnership meetings: list, editor (basics, agenda, invitations, attendance, minutes), tasks."""
