"""Minutes as rich text: the parsing lives in :mod:`obecdesk.store.rich_text` (the store derives
the searchable words from it); services and printouts import it from here."""

from obecdesk.store.rich_text import RichBlock, html_to_blocks, html_to_paragraphs, html_to_text

__all__ = ["RichBlock", "html_to_blocks", "html_to_paragraphs", "html_to_text"]
