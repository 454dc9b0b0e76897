"""Errors a user can act on.

A ``UserError`` carries one clear Czech sentence for the UI and the CLI; anything else is a bug
and is allowed to surface as a traceback.
"""


class UserError(Exception):
    """Something the user did or has (a file, a store, an input) that we refuse, with a reason."""


class StoreError(UserError):
    """The store cannot be opened or used: not a database, locked, too new, damaged."""


class NotFound(UserError):
    """A record the user referred to does not exist (or was deleted)."""


class ValidationError(UserError):
    """Input that breaks a domain rule; the message says which rule."""
