"""geobrief's bundled times plugin: every temporal expression, resolved against the article's date.

The facts stage returns one :class:`geobrief.TimeRef` per expression: its span, its ISO value
(2025-01-31, 2025-W05, 2025-01, 2025-SU, 2025-Q1, 2025, 202 for the 2020s, or ``START/END`` for a
period), its granularity, and the anchor it was resolved against with how that anchor was
obtained (``stated``, ``given`` by the caller, or ``inferred`` from the content).

Use it on its own with :func:`find_times`::

    >>> import datetime as dt
    >>> [(t.text, t.value) for t in find_times("He left last summer.", dt.date(2026, 1, 31))]
    [('last summer', '2025-SU')]
"""

from __future__ import annotations

from geobrief import Actor, Article, Doc, Mention, Span, hookimpl

from .anchor import article_anchor, infer_anchor
from .calendar import Anchor, Point, iso_parse
from .extract import find_times, resolve, scan

__all__ = [
    "Anchor",
    "Point",
    "article_anchor",
    "find_times",
    "geobrief_facts",
    "infer_anchor",
    "iso_parse",
    "resolve",
    "scan",
]


@hookimpl
def geobrief_facts(
    article: Article, doc: Doc, actors: tuple[Actor, ...], mentions: tuple[Mention, ...]
):
    """Every temporal expression of the article's body, resolved against its anchor."""
    text, lower, body = doc.text, doc.lower, doc.body
    candidates = scan(lower, body.start, body.end)
    anchor = article_anchor(article, text, lower, candidates)
    return resolve(
        text,
        lower,
        candidates,
        anchor,
        accept=lambda s, e: doc.in_body(Span(s, e)),
        countries=_countries(actors, mentions),
    )


def _countries(actors: tuple[Actor, ...], mentions: tuple[Mention, ...]) -> list[tuple[int, str]]:
    """Where each state is named: its own mentions, and those of its people and institutions."""
    state_of = {
        a.id: a.id if a.kind == "state" else a.country
        for a in actors
        if a.kind == "state" or a.country
    }
    return sorted(
        (m.span.start, state_of[m.actor]) for m in mentions if state_of.get(m.actor) is not None
    )
