"""CLI subcommands, one module per capability; each exposes ``add_parsers(subparsers)``.

A handler is ``handler(args, store) -> int`` and calls the same services as the UI.
"""
