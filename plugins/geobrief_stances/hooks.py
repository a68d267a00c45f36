"""The links-stage hook: stances of the author and of each speaker toward the actors."""

from __future__ import annotations

from geobrief import Actor, Article, Claim, Mention, Stance, hookimpl
from geobrief.text import Doc

from .analysis import find_stances


@hookimpl
def geobrief_links(
    article: Article,
    doc: Doc,
    actors: tuple[Actor, ...],
    mentions: tuple[Mention, ...],
    claims: tuple[Claim, ...],
) -> list[Stance]:
    """One stance per (holder, target) with a clear polarity, its evidence and a confidence."""
    return find_stances(doc, mentions, actors, claims)
