"""Partnership meetings: agenda, invitations, attendance, minutes, decisions, action items."""
