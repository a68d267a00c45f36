"""Ids and canonical names for actors the catalog does not know.

Every plugin that creates an actor from a name written in the text (a speaker, a person, an
organisation) should name and id it the same way, so that the same person found by two stages is
one actor: :func:`actor_id` and :func:`clean_name`, exported by the package.
"""

from __future__ import annotations

from functools import lru_cache

from geobrief_actors.gazetteer import lexicon, slugify, strip_possessive

__all__ = ["actor_id", "clean_name"]

_FUNCTION_WORDS = frozenset(["of", "the", "and", "for", "in", "to", "at", "on", "a", "an"])


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Every word of a title, honorific or role phrase (data/titles.csv, honorifics.txt,
    person_roles.txt), lower case, without its full stop."""
    lex = lexicon()
    phrases = [*lex.titles, *lex.honorifics_lower, *lex.person_roles]
    words = {w.rstrip(".") for phrase in phrases for w in phrase.lower().split()}
    return frozenset(words - _FUNCTION_WORDS)


def _title_like(token: str, words: frozenset[str]) -> bool:
    low = token.lower().rstrip(".,")
    if token in _FUNCTION_WORDS:
        return True  # "the" in "the President"
    if strip_possessive(low) != low:
        return True  # "Iran's" in "Iran's Supreme Leader": a qualifier of the title
    return low in words or (low.endswith("s") and low[:-1] in words)


def clean_name(name: str, kind: str = "person") -> str:
    """The canonical name of an actor written as ``name``: spaces tidied, a trailing possessive
    dropped and, for a person, the titles, honorifics, roles and their qualifiers written before
    the name dropped (everything up to the last such word; the last word is always kept as a
    name unless it too is a title)::

        clean_name("Lai Ching-te’s") == "Lai Ching-te"
        clean_name("Pakistan's Finance Minister Muhammad Aurangzeb") == "Muhammad Aurangzeb"
        clean_name("Supreme Leader Ayatollah") == ""   # no name left
        clean_name("the Houthis'", "group") == "the Houthis"
    """
    tokens = strip_possessive(" ".join(name.split())).split()
    if kind != "person" or not tokens:
        return " ".join(tokens)
    words = _title_words()
    last = max((i for i, t in enumerate(tokens[:-1]) if _title_like(t, words)), default=-1)
    rest = tokens[last + 1 :]
    if all(_title_like(t, words) for t in rest):
        return ""
    return " ".join(rest)


def actor_id(name: str, kind: str = "person") -> str:
    """The id of an actor the catalog does not know, from its name as written: a lowercase-hyphen
    slug of :func:`clean_name` (``Serdar Kılıç`` -> ``serdar-kilic``, ``Finance Minister Muhammad
    Aurangzeb`` -> ``muhammad-aurangzeb``, ``Lai Ching-te’s`` -> ``lai-ching-te``); for an
    organisation a leading *the* is dropped too (``the Aegean Crest Shipping's`` ->
    ``aegean-crest-shipping``). ``""`` when no name is left (``Supreme Leader Ayatollah``)."""
    clean = clean_name(name, kind)
    if kind != "person" and clean[:4].lower() == "the ":
        clean = clean[4:]
    return slugify(clean)
