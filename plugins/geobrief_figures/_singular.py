"""Plural nouns to their singular: an exceptions table (data/words.json) and a few suffix rules."""

from __future__ import annotations

from functools import lru_cache

from ._lexicon import lexicon

__all__ = ["plural_to_singular", "singular"]

_SIBILANT_ES = ("sses", "shes", "ches", "xes", "zes")
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "ous", "'s")


@lru_cache(maxsize=8192)
def plural_to_singular(word: str) -> str | None:
    """The singular of ``word`` if it reads as a plural noun (or an invariant one), else ``None``."""
    lex = lexicon()
    irregular = lex.irregular_plurals.get(word)
    if irregular is not None:
        return irregular
    if word in lex.not_plural or len(word) < 3 or not word.endswith("s"):
        return None
    if word.endswith(_NOT_PLURAL_ENDINGS) or not word[-2].isalpha():
        return None
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(_SIBILANT_ES):
        return word[:-2]
    return word[:-1]


def singular(word: str) -> str:
    """``word`` in the singular (unchanged when it does not read as a plural)."""
    lowered = word.lower()
    if "-" in lowered:  # "long-range missiles": singularise the last part
        head, _, last = lowered.rpartition("-")
        return f"{head}-{singular(last)}"
    return plural_to_singular(lowered) or lowered
