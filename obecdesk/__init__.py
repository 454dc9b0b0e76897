"""obecdesk: the field coordinator's desk for local partnerships for social inclusion."""

__version__ = "0.1.0"
