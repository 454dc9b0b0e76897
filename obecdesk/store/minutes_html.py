"""Minutes are rich text (the HTML a ``QTextEdit`` produces); search and printouts need less.

``html_to_text`` gives the plain words for the full-text index; ``html_to_paragraphs`` keeps only
the markup reportlab understands (bold, italic, underline, line breaks, bullet lists), so a
pasted Word document or Qt's inline styles never break a printout.

It lives with the store (plain Python, no core imports) because the agenda item model derives
its full-text column from the minutes on every write; the minutes printout uses it too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from html.parser import HTMLParser

_SKIPPED = {"style", "script", "head", "title"}
_BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table"}
_INLINE = {"b": "b", "strong": "b", "i": "i", "em": "i", "u": "u"}


@dataclass(frozen=True)
class RichBlock:
    """One paragraph or list item: ``marker`` is ``"•"`` or ``"3."`` for list items, ``level``
    the list depth (1 for a top-level list, 0 for a paragraph)."""

    kind: str
    markup: str
    level: int = 0
    marker: str = ""


@dataclass
class _List:
    ordered: bool
    count: int = 0


class _Collector(HTMLParser):
    """Walks the HTML once and collects paragraphs of text with the few inline tags we keep."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[RichBlock] = []
        self._current: list[str] = []
        self._kind = "p"
        self._marker = ""
        self._lists: list[_List] = []  # the open <ol>/<ul>, outermost first
        self._skip_depth = 0
        self._open: list[str] = []
        self._spans: list[list[str]] = []  # the tags each open <span> style stood for

    def _flush(self) -> None:
        markup = "".join(self._current).strip()
        for tag in reversed(self._open):
            markup += f"</{tag}>"
        if markup and any(ch.isalnum() for ch in markup):
            level = len(self._lists) if self._kind == "li" else 0
            self.paragraphs.append(RichBlock(self._kind, markup, level, self._marker))
        self._current = [f"<{tag}>" for tag in self._open]
        self._kind = "p"
        self._marker = ""

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIPPED:
            self._skip_depth += 1
        elif tag in _BLOCKS:
            self._flush()
            if tag in ("ol", "ul"):
                start = dict(attrs).get("start") or ""
                self._lists.append(_List(tag == "ol", int(start) - 1 if start.isdigit() else 0))
            elif tag == "li":
                self._kind = "li"
                self._marker = self._next_marker()
        elif tag in _INLINE and not self._skip_depth:
            self._start(_INLINE[tag])
        elif tag == "span":
            tags = _span_tags(dict(attrs).get("style") or "")
            self._spans.append(tags)
            for mapped in tags:
                self._start(mapped)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCKS:
            self._flush()
            if tag in ("ol", "ul") and self._lists:
                self._lists.pop()
        elif tag in _INLINE:
            self._end(_INLINE[tag])
        elif tag == "span" and self._spans:
            for mapped in reversed(self._spans.pop()):
                self._end(mapped)

    def _next_marker(self) -> str:
        if not self._lists:
            return "•"
        current = self._lists[-1]
        current.count += 1
        if current.ordered:
            return f"{current.count}."
        return "•" if len(self._lists) % 2 else "–"

    def _start(self, mapped: str) -> None:
        self._open.append(mapped)
        self._current.append(f"<{mapped}>")

    def _end(self, mapped: str) -> None:
        if mapped in self._open:
            idx = len(self._open) - 1 - self._open[::-1].index(mapped)
            self._open.pop(idx)
            self._current.append(f"</{mapped}>")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self._current.append(escape(re.sub(r"\s+", " ", data)))

    def close(self) -> None:
        super().close()
        self._open.clear()
        self._flush()


def _span_tags(style: str) -> list[str]:
    """Bold/italic/underline that Qt writes as ``<span style="font-weight:700; …">``."""
    props = {}
    for declaration in style.split(";"):
        name, _, value = declaration.partition(":")
        props[name.strip().lower()] = value.strip().lower()
    tags = []
    weight = props.get("font-weight", "")
    if weight == "bold" or (weight.isdigit() and int(weight) >= 600):
        tags.append("b")
    if props.get("font-style") == "italic":
        tags.append("i")
    if "underline" in props.get("text-decoration", ""):
        tags.append("u")
    return tags


def _collect(html: str) -> list[RichBlock]:
    parser = _Collector()
    parser.feed(html or "")
    parser.close()
    return parser.paragraphs


def html_to_paragraphs(html: str) -> list[tuple[str, str]]:
    """``[(kind, markup), ...]`` with kind ``"p"`` or ``"li"`` and markup safe for reportlab."""
    return [(block.kind, block.markup) for block in _collect(html)]


def html_to_blocks(html: str) -> list[RichBlock]:
    """Paragraphs and list items with their list depth and marker (``•``, ``–``, ``2.``), so a
    printout keeps numbered lists numbered and nested lists indented."""
    return _collect(html)


def html_to_text(html: str) -> str:
    """The words of ``html`` without tags, one paragraph per line."""
    lines = []
    for block in _collect(html):
        strip = _TagStripper()
        strip.feed(block.markup)
        strip.close()
        lines.append(strip.text.strip())
    return "\n".join(line for line in lines if line)


class _TagStripper(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text = ""

    def handle_data(self, data: str) -> None:
        self.text += data
