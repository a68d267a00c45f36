"""Think tanks and research institutes as geobrief actors: catalog entries and their mentions."""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources

from geobrief import Actor, Mention, Span, hookimpl

__version__ = "0.2.0"


@lru_cache(maxsize=1)
def _actors() -> tuple[Actor, ...]:
    text = resources.files(__name__).joinpath("thinktanks.csv").read_text("utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return tuple(
        Actor(
            id=row["id"],
            name=row["name"],
            kind="organization",
            country=row["country"] or None,
            aliases=tuple(a for a in row["aliases"].split("|") if a),
        )
        for row in rows
    )


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """One alternation of every name, longest first, so the longest name wins."""
    names = {}
    for actor in _actors():
        for name in (actor.name, *actor.aliases):
            names[name.removeprefix("the ")] = actor.id
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])"), names


@hookimpl
def geobrief_catalog():
    """Contribute the institutes to the actor catalog."""
    return _actors()


@hookimpl
def geobrief_mentions(article, doc):
    """Every mention of an institute in the body, by name or alias (case-sensitive)."""
    pattern, names = _pattern()
    body = doc.body
    for match in pattern.finditer(article.text, body.start, body.end):
        span = Span(*match.span())
        if doc.in_body(span):
            yield Mention(names[match.group()], span, match.group(), "name")
