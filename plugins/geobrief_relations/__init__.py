"""geobrief's bundled relations plugin: typed, directed actor-to-actor relationships.

The links stage reads every sentence that mentions two or more actors, finds relation triggers
from a data lexicon (PLOVER event types plus the standing ties ALLY and RIVAL), and reads agent,
recipient, negation and mode off the clause around each trigger. See ``docs/plugins/relations.md``.

Hypothetical relations ("could", "would", "if") are kept with ``mode="hypothetical"``, so a user
can tell a threat that was made from one that was only imagined; filter on ``mode`` to drop them.
"""

from __future__ import annotations

import geobrief
from geobrief import Actor, Claim, Mention, Relationship, TimeRef
from geobrief.text import Doc
from geobrief_relations.engine import extract

__all__ = ["extract", "geobrief_links"]


@geobrief.hookimpl
def geobrief_links(
    doc: Doc,
    actors: tuple[Actor, ...],
    mentions: tuple[Mention, ...],
    times: tuple[TimeRef, ...],
    claims: tuple[Claim, ...],
) -> list[Relationship]:
    """Relationships between the actors mentioned in one article."""
    return extract(doc, mentions, actors, times, claims, hypothetical=True)
