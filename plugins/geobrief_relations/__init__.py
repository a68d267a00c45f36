"""geobrief's bundled relations plugin: typed, directed actor-to-actor relationships.

The links stage reads every sentence that mentions two or more actors, finds relation triggers
from a data lexicon (PLOVER event types plus the standing ties ALLY and RIVAL), and reads agent,
recipient, negation and mode off the clause around each trigger. See ``docs/plugins/relations.md``.

Hypothetical relations ("could", "would", "if") are not asserted and are left out of the result
unless the environment variable ``GEOBRIEF_RELATIONS_HYPOTHETICAL`` is set to ``1``.
"""

from __future__ import annotations

import os

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
    hypothetical = os.environ.get("GEOBRIEF_RELATIONS_HYPOTHETICAL", "") in ("1", "true", "yes")
    return extract(doc, mentions, actors, times, claims, hypothetical=hypothetical)
