"""One Aho-Corasick pass over an article for every surface form the catalog knows.

The pass runs over the article's normalised text (curly quotes and dashes folded to ASCII, same
length), so offsets are offsets into the article. Matching is case-sensitive: each surface form is
entered as written, with its first letter capitalised (``the Kremlin`` / ``The Kremlin``,
``president`` / ``President``) and in capitals (``IRAN``); acronyms only exactly as written
(``US`` yes, ``us`` no) and names only with their capitals (``Turkey`` yes, ``turkey`` no).
A match must begin and end at a word boundary, so ``Russia`` does not match inside
``Russian`` while ``Russia's``, ``Russia-Iran`` and ``post-Soviet`` all give a mention.
The automaton is built once per catalog and kept.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

import attrs

from geobrief.text import normalize
from geobrief_actors.gazetteer import lexicon

if TYPE_CHECKING:
    from geobrief import Actor, Catalog

__all__ = ["Entry", "Hit", "Matcher", "matcher_for", "variants"]

_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
#: Forms a catalog entry can have, plus the rule words the mention rules combine.
NOUN_FORMS = ("institution-noun", "title-noun", "epithet", "blocked")


@attrs.frozen
class Entry:
    """One surface form of one actor (or a rule word, with ``actor`` ``None``)."""

    actor: str | None
    form: str
    surface: str
    exact: bool = False
    """Case-sensitive (acronyms)."""
    weak: bool = False
    """A single-word alias of a person not known by surname alone: kept only when the article
    also names the person in full."""
    value: str | None = None
    """For rule words: the role a title noun stands for."""


class Hit(NamedTuple):
    """A match at word boundaries: where it is and which entry it is."""

    start: int
    end: int
    entry: Entry


_SMALL_WORDS = frozenset(["of", "the", "and", "for", "in", "on", "to", "a", "an"])


def variants(surface: str, exact: bool) -> set[str]:
    """The spellings under which a surface form is looked for."""
    if exact:
        return {surface}
    out = {surface, surface[:1].upper() + surface[1:]}
    if len(surface) >= 4:
        out.add(surface.upper())
    if surface[:1].islower():  # rule words: "foreign minister" -> "Foreign Minister"
        words = surface.split(" ")
        out.add(
            " ".join(
                w if (i and w in _SMALL_WORDS) else w[:1].upper() + w[1:]
                for i, w in enumerate(words)
            )
        )
    return out


class Matcher:
    """The automaton of every surface form of a catalog, and the match check."""

    def __init__(self, actors: Iterable[Actor]) -> None:
        import ahocorasick

        lex = lexicon()
        actors = list(actors)
        catalog_kind = {a.id: a.kind for a in actors}
        self.entries: dict[str, list[Entry]] = {}
        for actor in actors:
            for entry in _entries(actor, lex):
                self._add(entry)
        for phrase in lex.blocked:
            self._add(Entry(None, "blocked", phrase))
        for phrase, role in lex.titles.items():
            self._add(Entry(None, "title-noun", phrase, value=role))
        for noun in lex.institution_nouns:
            self._add(Entry(None, "institution-noun", noun))
        for noun in lex.epithets:
            self._add(Entry(None, "epithet", noun))
        automaton = ahocorasick.Automaton()
        for key, entries in self.entries.items():
            automaton.add_word(key, (len(key), key[-1].isalnum(), tuple(entries)))
        automaton.make_automaton()
        self.automaton = automaton
        from geobrief_actors.rules import OfficeIndex

        self.offices = OfficeIndex(actors)
        #: every name and alias of a known person: a run of words equal to one is not a new person
        self.person_names = frozenset(
            e.surface
            for bucket in self.entries.values()
            for e in bucket
            if e.form == "name" and e.actor and catalog_kind.get(e.actor) == "person"
        )

    def _add(self, entry: Entry) -> None:
        surface = " ".join(normalize(entry.surface).split())
        if not surface:
            return
        for key in variants(surface, entry.exact):
            bucket = self.entries.setdefault(key, [])
            if entry not in bucket:
                bucket.append(entry)

    def scan(self, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
        """Every match in ``text[start:end]`` (normalised text) at word boundaries, overlaps
        included, with offsets into ``text``."""
        hits: list[Hit] = []
        end = len(text) if end is None else end
        if end <= start:
            return hits
        append = hits.append
        for last, (length, alnum_end, entries) in self.automaton.iter_long(text, start, end):
            first = last - length + 1
            if first > 0 and text[first - 1].isalnum():
                continue  # starts inside a word
            if alnum_end and last + 1 < len(text) and text[last + 1].isalnum():
                continue  # ends inside a word
            append(Hit(first, last + 1, entries[0]))
        return hits


def _entries(actor: Actor, lex: object) -> Iterable[Entry]:
    from geobrief_actors.gazetteer import Lexicon

    assert isinstance(lex, Lexicon)
    person = actor.kind == "person"
    notable = actor.id in lex.notable
    for acronym in actor.acronyms:  # before names: "NATO" is the acronym form
        yield Entry(actor.id, "acronym", _LEADING_THE.sub("", acronym), exact=True)
    for name in (actor.name, *actor.aliases):
        bare = _LEADING_THE.sub("", name)
        weak = person and not notable and " " not in bare and "-" not in bare
        yield Entry(actor.id, "name", bare, weak=weak)
    for demonym in actor.demonyms:
        yield Entry(actor.id, "demonym", demonym)
    if actor.id in lex.capital_variants:
        capitals: tuple[str, ...] = lex.capital_variants[actor.id]
    elif actor.capital and actor.id not in lex.capital_known:
        capitals = (actor.capital,)
    else:
        capitals = ()
    for capital in capitals:
        yield Entry(actor.id, "capital", capital)
    for institution in actor.institutions:
        bare = _LEADING_THE.sub("", institution)
        acronym = bare.replace(".", "").isupper() and len(bare) <= 8
        yield Entry(actor.id, "institution", bare, exact=acronym)
        if not acronym:
            yield Entry(actor.id, "institution", "the " + bare)


_CACHE: weakref.WeakKeyDictionary[Catalog, tuple[int, Matcher]] = weakref.WeakKeyDictionary()


def matcher_for(catalog: Catalog) -> Matcher:
    """The matcher of a catalog, built on first use and kept while the catalog lives."""
    cached = _CACHE.get(catalog)
    if cached is not None and cached[0] == len(catalog):
        return cached[1]
    matcher = Matcher(catalog)
    _CACHE[catalog] = (len(catalog), matcher)
    return matcher
