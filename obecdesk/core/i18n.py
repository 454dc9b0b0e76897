"""Translation markers usable outside Qt.

Strings defined in the core (enum labels, column titles) are Czech, the source language. They are
wrapped in ``QT_TRANSLATE_NOOP`` so that ``pyside6-lupdate`` finds them; the UI translates them at
display time with ``QCoreApplication.translate(context, text)``.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text
