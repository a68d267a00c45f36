"""Quotation marks: pair them inside paragraphs, follow quotations across paragraphs, and tell
quotations from scare quotes and titles."""

from __future__ import annotations

import re
from typing import NamedTuple

from geobrief import Span

__all__ = ["Quote", "find_quotes"]

_OPENERS_BEFORE = " \t([{\u2014\u2013-:/\n"
_TERMINAL = ".,!?;:\u2026"
_MARK = re.compile("[\"']")


class Quote(NamedTuple):
    """One quoted stretch of one paragraph."""

    open: int
    """Offset of the opening mark."""
    close: int
    """Offset one past the closing mark (the paragraph end when left open)."""
    inner: Span
    """The words inside the marks, without surrounding blanks and trailing , or ."""
    closed: bool
    """Whether a closing mark was found in the paragraph."""
    paragraph: int
    """Index of the paragraph."""
    words: int
    """Number of words inside."""
    terminal: bool
    """Whether the quoted words end in sentence punctuation (a quoted sentence)."""
    title_like: bool
    """Capitalised words without final punctuation: a title or a name, not speech."""

    @property
    def sentence_like(self) -> bool:
        """A quotation of speech rather than a scare quote or a title."""
        if self.title_like:
            return False
        return self.words >= 4 or (self.terminal and self.words >= 2)


def _inner(text: str, start: int, end: int) -> tuple[Span, bool]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    terminal = end > start and text[end - 1] in _TERMINAL
    while end > start and text[end - 1] in ",.;:":
        end -= 1
    return Span(start, end), terminal


def _title_like(words: list[str]) -> bool:
    content = [w for w in words if len(w) > 3]
    if not content:
        return False
    return all(w[:1].isupper() for w in content)


def find_quotes(text: str, norm: str, paragraphs: list[Span]) -> list[Quote]:
    """Every double-quoted stretch (and single-quoted one opened by a curly mark) in the
    paragraphs. A quotation left open at a paragraph's end runs to that end; by the news
    convention the next paragraph then reopens it with a new opening mark."""
    quotes: list[Quote] = []
    for index, para in enumerate(paragraphs):
        open_at: int | None = None
        open_single: int | None = None
        marks = [(m.start(), m.group()) for m in _MARK.finditer(norm, para.start, para.end)]
        for offset, kind in marks:
            original = text[offset]
            before = text[offset - 1] if offset > para.start else " "
            after = text[offset + 1] if offset + 1 < para.end else " "
            if kind == '"':
                if open_single is not None:
                    open_single = None
                if original == "\u201c" or original == "\u201e":
                    is_open = True
                elif original == "\u201d":
                    is_open = False
                else:
                    is_open = open_at is None and (
                        before in _OPENERS_BEFORE or offset == para.start
                    )
                if is_open:
                    open_at = offset
                elif open_at is not None:
                    inner, terminal = _inner(text, open_at + 1, offset)
                    words = text[inner.start : inner.end].split()
                    quotes.append(
                        Quote(
                            open_at,
                            offset + 1,
                            inner,
                            True,
                            index,
                            len(words),
                            terminal,
                            _title_like(words) and not terminal,
                        )
                    )
                    open_at = None
            elif open_at is None:
                # Single marks: opening only where clearly opening, closing only a pending one.
                if (
                    open_single is None
                    and (before in _OPENERS_BEFORE or offset == para.start)
                    and after.isalnum()
                    and original in "\u2018'"
                ):
                    open_single = offset
                elif open_single is not None and not after.isalnum() and before not in " \t":
                    inner, terminal = _inner(text, open_single + 1, offset)
                    words = text[inner.start : inner.end].split()
                    quotes.append(
                        Quote(
                            open_single,
                            offset + 1,
                            inner,
                            True,
                            index,
                            len(words),
                            terminal,
                            _title_like(words) and not terminal,
                        )
                    )
                    open_single = None
        if open_at is not None:
            inner, terminal = _inner(text, open_at + 1, para.end)
            words = text[inner.start : inner.end].split()
            if words:
                quotes.append(
                    Quote(open_at, para.end, inner, False, index, len(words), terminal, False)
                )
    return quotes
