"""One Aho-Corasick pass over an article for every surface form the catalog knows.

Keys and text are *folded* the same way: lower case, every character that is not a letter or a
digit turned into a space (``U.S.-Iran`` -> ``u s  iran``), and every key starts with a space, so a
key can only match at the start of a word. Folding keeps the text's length, so a match's offsets
are offsets into the article. Each match is then checked against the original spelling: acronyms
must match exactly (``US`` yes, ``us`` no); other forms must keep every capital letter of the
catalog spelling (``Turkey`` yes, ``turkey`` no; ``The Kremlin`` and ``the Kremlin`` both).
The automaton is built once per catalog and kept.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from geobrief_actors.gazetteer import lexicon

if TYPE_CHECKING:
    from geobrief import Actor, Catalog

__all__ = ["Entry", "Hit", "Matcher", "fold", "matcher_for"]

_NONWORD = re.compile(r"[\W_]")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
#: Forms a catalog entry can have, plus the rule words the mention rules combine.
NOUN_FORMS = ("institution-noun", "title-noun", "epithet", "blocked")


def fold(text: str) -> str:
    """Lower case, with every non-alphanumeric character turned into a space (same length)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters change length when lower-cased
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return _NONWORD.sub(" ", lowered)


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


@attrs.frozen
class Hit:
    """A checked match: where it is and which entry it is."""

    start: int
    end: int
    entry: Entry


def _caps_kept(surface: str, written: str) -> bool:
    """Every capital letter of the catalog spelling is a capital in the text."""
    if len(surface) != len(written):
        return False
    return all(not s.isupper() or w.isupper() for s, w in zip(surface, written, strict=True))


class Matcher:
    """The automaton of every surface form of a catalog, and the match check."""

    def __init__(self, actors: Iterable[Actor]) -> None:
        import ahocorasick

        lex = lexicon()
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
            automaton.add_word(key, (len(key), tuple(entries)))
        automaton.make_automaton()
        self.automaton = automaton
        from geobrief_actors.rules import OfficeIndex

        self.offices = OfficeIndex(actors)

    def _add(self, entry: Entry) -> None:
        key = " " + fold(entry.surface)
        if not key.strip():
            return
        bucket = self.entries.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)

    def scan(self, text: str, folded: str, offset: int = 0) -> list[Hit]:
        """Every checked match in ``folded`` (the fold of ``text``), overlaps included.

        ``offset`` is added to every position (when scanning a slice of the article).
        """
        hits: list[Hit] = []
        size = len(folded)
        haystack = " " + folded
        for end, (length, entries) in self.automaton.iter(haystack):
            start = end - length + 1  # position of the key's leading space = start in ``folded``
            stop = start + length - 1
            if stop < size and folded[stop] != " " and folded[stop - 1] != " ":
                continue  # the key ends inside a word
            written = text[start:stop]
            for entry in entries:
                if (entry.exact and written == entry.surface) or (
                    not entry.exact and _caps_kept(entry.surface, written)
                ):
                    hits.append(Hit(start + offset, stop + offset, entry))
                    break
        return hits


def _entries(actor: Actor, lex: object) -> Iterable[Entry]:
    from geobrief_actors.gazetteer import Lexicon

    assert isinstance(lex, Lexicon)
    person = actor.kind == "person"
    notable = actor.id in lex.notable
    for name in (actor.name, *actor.aliases):
        bare = _LEADING_THE.sub("", name)
        weak = person and not notable and " " not in bare and "-" not in bare
        yield Entry(actor.id, "name", bare, weak=weak)
    for acronym in actor.acronyms:
        yield Entry(actor.id, "acronym", _LEADING_THE.sub("", acronym), exact=True)
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
