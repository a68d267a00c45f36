"""The two hook implementations of the actors plugin."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from geobrief import Actor, Article, Catalog, Doc, Mention, Span, hookimpl
from geobrief_actors.gazetteer import actors
from geobrief_actors.matcher import matcher_for
from geobrief_actors.people import find_people
from geobrief_actors.rules import apply_rules

__all__ = ["find_mentions", "geobrief_catalog", "geobrief_mentions"]


@hookimpl
def geobrief_catalog() -> Iterable[Actor]:
    """Every bundled actor: states, organisations and groups, office holders."""
    return actors()


@hookimpl
def geobrief_mentions(article: Article, doc: Doc, catalog: Catalog) -> Iterable[Mention | Actor]:
    """Every mention of every actor in the article body, plus actors found only in the text."""
    return find_mentions(article, doc, catalog)


def find_mentions(
    article: Article, doc: Doc, catalog: Catalog, day: dt.date | None = None
) -> list[Mention | Actor]:
    """Mentions (and new actors) of one article; titles resolve by ``day`` (default: the
    article's date, else today)."""
    day = day or article.published or dt.date.today()
    matcher = matcher_for(catalog)
    body = doc.body
    hits = matcher.scan(doc.normalized, body.start, body.end)
    found = apply_rules(hits, doc, catalog, matcher.offices, day)
    extra, new_actors = find_people(article, doc, catalog, found, hits)
    text = article.text
    out: list[Mention | Actor] = list(new_actors)
    skip = [(b.start, b.end) for b in article.boilerplate if b.overlaps(body)]
    for item in [*found, *extra]:
        if item.start < body.start or item.end > body.end:
            continue
        if skip and any(s < item.end and item.start < e for s, e in skip):
            continue
        out.append(
            Mention(
                actor=item.actor,
                span=Span(item.start, item.end),
                text=text[item.start : item.end],
                form=item.form,
            )
        )
    return out
