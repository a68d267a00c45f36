"""geobrief's bundled claims plugin: who says what, with the speaker resolved to an actor.

Finds attributions with a reporting cue (verbs, nouns and phrases kept in ``data/cues.csv``) in
every order, direct quotations (with their continuation across sentences and paragraphs), pronoun
and role-noun speakers, and up to eight of the author's own thesis statements per article.
"""

from __future__ import annotations

from collections.abc import Iterator

from geobrief import Actor, Claim, Mention, hookimpl
from geobrief.text import Doc

from .extract import extract_claims

__all__ = ["extract_claims", "geobrief_facts"]


@hookimpl
def geobrief_facts(
    doc: Doc, actors: tuple[Actor, ...], mentions: tuple[Mention, ...]
) -> Iterator[Claim | Mention | Actor]:
    """Attributed claims of one article, plus a mention and an actor for each speaker the
    mentions stage did not find."""
    claims, new_mentions, new_actors = extract_claims(doc, actors, mentions)
    yield from new_actors
    yield from new_mentions
    yield from claims
