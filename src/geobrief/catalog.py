"""The actor catalog: every known actor contributed by the catalog stage, looked up by id."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from geobrief.model import Actor

__all__ = ["Catalog"]


class Catalog:
    """Known actors by id. Built once per pipeline from every ``geobrief_catalog`` answer.

    A later entry with an id already present is merged into the first: its aliases, acronyms,
    demonyms, institutions and offices are added, so a plugin can extend a bundled actor.
    """

    def __init__(self, actors: Iterable[Actor] = ()) -> None:
        self._actors: dict[str, Actor] = {}
        for actor in actors:
            self.add(actor)

    def add(self, actor: Actor) -> None:
        """Add an actor, or merge it into the one with the same id."""
        known = self._actors.get(actor.id)
        if known is None:
            self._actors[actor.id] = actor
            return

        def merged(a: tuple, b: tuple) -> tuple:
            return tuple(dict.fromkeys(a + b))

        self._actors[actor.id] = Actor(
            id=known.id,
            name=known.name,
            kind=known.kind,
            country=known.country or actor.country,
            aliases=merged(known.aliases, actor.aliases),
            acronyms=merged(known.acronyms, actor.acronyms),
            demonyms=merged(known.demonyms, actor.demonyms),
            capital=known.capital or actor.capital,
            institutions=merged(known.institutions, actor.institutions),
            offices=merged(known.offices, actor.offices),
            role=known.role or actor.role,
            affiliation=known.affiliation or actor.affiliation,
            wikidata=known.wikidata or actor.wikidata,
        )

    def get(self, actor_id: str) -> Actor | None:
        """The actor with this id, or ``None``."""
        return self._actors.get(actor_id)

    def __getitem__(self, actor_id: str) -> Actor:
        return self._actors[actor_id]

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._actors

    def __iter__(self) -> Iterator[Actor]:
        return iter(self._actors.values())

    def __len__(self) -> int:
        return len(self._actors)

    def __repr__(self) -> str:
        return f"<Catalog of {len(self)} actors>"
