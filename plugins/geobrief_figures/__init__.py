"""geobrief's bundled figures plugin: every number in an article's body, with its unit (an ISO 4217
currency, percent, a time unit, a measure, or a count), what it counts, its qualifier and, for a
range, both ends.

Use it through the pipeline, or call :func:`find_figures` on a string.
"""

from __future__ import annotations

from collections.abc import Iterator

from geobrief import Article, Figure, hookimpl
from geobrief.text import Doc

from ._extract import FigureFinder
from ._lexicon import lexicon
from ._singular import singular

__all__ = ["find_figures", "geobrief_facts", "measure_nouns", "singular"]


def _lower(doc: Doc) -> str:
    """The doc's folded lower-case text, built character by character when case folding would
    change the length (so offsets still line up)."""
    lowered = doc.lower
    if lowered is doc.normalized:
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in doc.normalized)
    return lowered


def _figures(doc: Doc) -> Iterator[Figure]:
    finder = FigureFinder(doc.text, _lower(doc))
    boilerplate = doc.article.boilerplate
    for figure in finder.find(doc.body.start, doc.body.end):
        if boilerplate and not doc.in_body(figure.span):
            continue
        yield figure


@hookimpl
def geobrief_facts(doc: Doc) -> list[Figure]:
    """The figures of the article's body, boilerplate regions left out."""
    return list(_figures(doc))


def find_figures(text: str) -> list[Figure]:
    """Every figure in ``text`` (read as a whole body, with no boilerplate detection)."""
    return list(_figures(Doc(Article(id="text", text=text))))


def measure_nouns() -> frozenset[str]:
    """The measurement units outside ``geobrief.FIGURE_UNITS`` that a count figure may name as
    its ``counted`` noun ("32 degrees Celsius" -> 32 count, counted "degree celsius")."""
    return frozenset(lexicon().other_units.values())
