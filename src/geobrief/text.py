"""Shared per-article text work: paragraphs, sentences, tokens and a normalised copy of the text.

One ``Doc`` is built per article and handed to every plugin, so the splitting is done once, not
once per plugin. Everything is computed lazily on first use and keeps offsets into
``Article.text``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from functools import cached_property

from geobrief.model import Article, Span

__all__ = ["Doc", "normalize", "split_paragraphs", "split_sentences"]

# One-to-one character folds: the normalised text has exactly the original's length, so an
# offset found in it is an offset into the original.
_FOLDS = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2007": " ",
        "\u200a": " ",
        "\u3000": " ",
    }
)


_FOLDABLE = re.compile("[" + "".join(chr(code) for code in _FOLDS) + "]")


def normalize(text: str) -> str:
    """Fold curly quotes, dashes and unusual spaces to ASCII, keeping every offset.

    A regular-expression pass over the few foldable characters is an order of magnitude faster
    than ``str.translate`` on long texts, which are mostly ASCII.
    """
    if text.isascii():
        return text
    return _FOLDABLE.sub(lambda match: _FOLDS[ord(match.group())], text)


# Words that end in a full stop without ending a sentence.
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "cmdr",
        "adm",
        "sgt",
        "sen",
        "rep",
        "gov",
        "pres",
        "amb",
        "sec",
        "st",
        "jr",
        "sr",
        "rev",
        "hon",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
        "approx",
        "est",
        "dept",
        "univ",
        "inc",
        "ltd",
        "corp",
        "co",
        "bros",
        "vs",
        "etc",
        "al",
        "cf",
        "ed",
        "eds",
    ]
)
# Abbreviations only when a number follows: "No. 5", "Art. 5", "pp. 12".
_NUMBER_ABBREVIATIONS = frozenset(
    ["no", "nos", "vol", "pp", "p", "fig", "art", "para", "sec", "ch"]
)
_DOTTED_ACRONYM = re.compile(r"(?:[A-Za-z]\.){2,}$")
_BOUNDARY = re.compile(r"""[.!?\u2026]+["'\u201d\u2019)\]]*(?=\s+["'\u201c\u2018(\[]?[A-Z0-9])""")
_PARAGRAPH = re.compile(r"[^\r\n]+")
_TOKEN = re.compile(r"\w+(?:[-'\u2019.]\w+)*|[^\w\s]", re.UNICODE)


def split_paragraphs(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Spans of the non-empty lines of ``text[start:end]``, stripped of surrounding blanks."""
    end = len(text) if end is None else end
    spans = []
    for match in _PARAGRAPH.finditer(text, start, end):
        s, e = match.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append(Span(s, e))
    return spans


def _ends_sentence(text: str, stop: int, para_start: int) -> bool:
    """Whether the full stop at ``stop`` ends a sentence (not an abbreviation or an initial)."""
    if text[stop] != ".":
        return True
    word_start = stop
    while word_start > para_start and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start : stop + 1].lstrip("\"'(\u201c\u2018[")
    bare = word[:-1]
    if len(bare) == 1 and bare.isalpha() and bare.isupper():
        return False  # an initial: "J. Smith"
    if bare.lower() in _ABBREVIATIONS:
        return False
    if bare.lower() in _NUMBER_ABBREVIATIONS:
        following = text[stop + 1 : stop + 3].lstrip()
        return not (following[:1].isdigit())
    return not _DOTTED_ACRONYM.match(word)  # "U.S." ends no sentence mid-paragraph


def split_sentences(text: str, paragraph: Span) -> list[Span]:
    """Sentence spans inside one paragraph, found by punctuation and capitalisation."""
    spans = []
    start = paragraph.start
    for match in _BOUNDARY.finditer(text, paragraph.start, paragraph.end):
        if not _ends_sentence(text, match.start(), paragraph.start):
            continue
        end = match.end()
        spans.append(Span(start, end))
        start = end
        while start < paragraph.end and text[start].isspace():
            start += 1
    if start < paragraph.end:
        spans.append(Span(start, paragraph.end))
    return spans


class Doc:
    """Lazily computed views of one article, shared by every plugin in a run."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self.body = article.body_span

    @cached_property
    def normalized(self) -> str:
        """The text with quotes, dashes and spaces folded to ASCII (same length)."""
        return normalize(self.text)

    @cached_property
    def lower(self) -> str:
        """The normalised text in lower case (same length for the scripts news is written in)."""
        lowered = self.normalized.lower()
        return lowered if len(lowered) == len(self.text) else self.normalized

    @cached_property
    def paragraphs(self) -> list[Span]:
        """Body paragraphs (non-empty lines)."""
        return split_paragraphs(self.text, self.body.start, self.body.end)

    @cached_property
    def sentences(self) -> list[Span]:
        """Body sentences, in order; none crosses a paragraph."""
        out: list[Span] = []
        for paragraph in self.paragraphs:
            out.extend(split_sentences(self.text, paragraph))
        return out

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    @cached_property
    def tokens(self) -> list[Span]:
        """Word and punctuation tokens of the body."""
        return [Span(*m.span()) for m in _TOKEN.finditer(self.text, self.body.start, self.body.end)]

    def sentence_index(self, offset: int) -> int | None:
        """Index of the sentence containing ``offset``, or ``None`` outside every sentence."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return i
        return None

    def sentence_at(self, offset: int) -> Span | None:
        """The sentence containing ``offset``."""
        i = self.sentence_index(offset)
        return None if i is None else self.sentences[i]

    def paragraph_at(self, offset: int) -> Span | None:
        """The paragraph containing ``offset``."""
        i = bisect.bisect_right(self._paragraph_starts, offset) - 1
        if i >= 0 and offset < self.paragraphs[i].end:
            return self.paragraphs[i]
        return None

    @cached_property
    def _boilerplate_index(self) -> tuple[list[int], list[int]]:
        """Boilerplate starts in order, and the furthest end reached up to each of them."""
        spans = sorted(self.article.boilerplate, key=lambda s: s.start)
        return [s.start for s in spans], list(itertools.accumulate((s.end for s in spans), max))

    def in_body(self, span: Span) -> bool:
        """Whether ``span`` lies in the body and in no boilerplate region."""
        if not self.body.contains(span):
            return False
        # A boilerplate span overlaps when it starts before ``span`` ends and ends after it
        # starts: among those starting before span.end, the furthest end decides.
        starts, reach = self._boilerplate_index
        before = bisect.bisect_left(starts, span.end)
        return not (before and reach[before - 1] > span.start)

    def iter_sentences(self) -> Iterator[tuple[Span, str]]:
        """Each sentence span with its text."""
        for span in self.sentences:
            yield span, span.of(self.text)

    def word_count(self) -> int:
        """Whitespace-separated words of the whole text."""
        return len(self.text.split())
