"""The trigger and cue lexicons: read from the CSV files in ``data/``, inflected, and indexed by
their first token so that a sentence is matched in one left-to-right pass.

Verbs get light regular morphology on their first word (supply -> supplies, supplied, supplying;
ban -> banned), nouns a plural on their last word (sanction -> sanctions); irregular forms are
listed in the data.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

__all__ = [
    "Cues",
    "Referent",
    "Trigger",
    "anaphors",
    "cues",
    "inflect_noun",
    "inflect_verb",
    "referents",
    "tokenize",
    "triggers",
]

_VOWELS = frozenset("aeiou")


# words (with one clitic), and single punctuation marks; spaces are skipped
_TOKENS = re.compile(r"\w+(?:'\w+)?|[^\w\s]")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """Word and punctuation tokens of ``text[start:end]`` as ``(token, start, end)``.

    Hyphens are tokens of their own (``Iran-Israel`` -> ``Iran`` ``-`` ``Israel``); a clitic is
    split from its word (``Russia's`` -> ``Russia`` ``'s``; ``won't`` -> ``wo`` ``n't``).
    """
    end = len(text) if end is None else end
    # a space run is never a token, so the tokens are the other parts with their offsets
    out = [(m.group(), m.start(), m.end()) for m in _TOKENS.finditer(text, start, end)]
    if text.find("'", start, end) < 0:
        return out
    split: list[tuple[str, int, int]] = []
    for word, s, e in out:
        cut = word.find("'") if len(word) > 1 else -1
        if cut >= 0 and word.endswith("n't") and len(word) > 3:
            cut = len(word) - 3
        if cut > 0:
            split.append((word[:cut], s, s + cut))
            split.append((word[cut:], s + cut, e))
        else:
            split.append((word, s, e))
    return split


def _syllables(word: str) -> int:
    groups = 0
    previous = False
    for char in word:
        vowel = char in _VOWELS or char == "y"
        if vowel and not previous:
            groups += 1
        previous = vowel
    return groups


def _doubles(word: str) -> bool:
    """Whether a one-syllable verb doubles its last consonant (ban -> banned)."""
    return (
        len(word) >= 3
        and _syllables(word) == 1
        and word[-1] not in _VOWELS
        and word[-1] not in "wxy"
        and word[-2] in _VOWELS
        and word[-3] not in _VOWELS
    )


def inflect_verb(lemma: str) -> dict[str, str]:
    """The regular forms of a verb: ``{form: tag}`` with tags base, s, past and ing."""
    forms = {lemma: "base"}
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        forms[lemma + "es"] = "s"
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        forms[lemma[:-1] + "ies"] = "s"
    else:
        forms[lemma + "s"] = "s"
    if lemma.endswith("e"):
        forms[lemma + "d"] = "past"
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        forms[lemma[:-1] + "ied"] = "past"
    elif _doubles(lemma):
        forms[lemma + lemma[-1] + "ed"] = "past"
    else:
        forms[lemma + "ed"] = "past"
    if lemma.endswith("ie"):
        forms[lemma[:-2] + "ying"] = "ing"
    elif lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        forms[lemma[:-1] + "ing"] = "ing"
    elif _doubles(lemma):
        forms[lemma + lemma[-1] + "ing"] = "ing"
    else:
        forms[lemma + "ing"] = "ing"
    return forms


def inflect_noun(lemma: str) -> dict[str, str]:
    """A noun and its regular plural."""
    if lemma.endswith("s"):
        return {lemma: "base"}
    if lemma.endswith(("x", "z", "ch", "sh")):
        plural = lemma + "es"
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        plural = lemma[:-1] + "ies"
    else:
        plural = lemma + "s"
    return {lemma: "base", plural: "plural"}


class Trigger(NamedTuple):
    """One form of one lexicon entry."""

    lemma: str
    pos: str
    """verb, noun, agent (a participant noun: ally), adj or prep."""
    type: str
    """A relation type, or INTENT / REFUSAL for wrappers."""
    frame: str
    """directed, symmetric, mutual or inverse."""
    preps: frozenset[str]
    """Prepositions that introduce the recipient."""
    standing: bool
    """The measure presupposes a recipient that may be left implicit."""
    tag: str
    """The form: base, s, past, ing or plural."""
    direct: bool = True
    """A verb's recipient may be its direct object; false when only a preposition introduces
    it ("fired rockets at Israel", "recalled its ambassador from China")."""


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files(__package__).joinpath("data", name).read_text("utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines))


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(token for token, _s, _e in tokenize(phrase.lower()))


#: What ``{det}`` in a trigger phrase stands for ("seal {det} border": "seal the border",
#: "sealed its border", "sealing their border").
DETERMINER_SLOT = ("the", "its", "their", "his", "her", "our", "a")


def _expanded(rows: list[dict[str, str]]) -> Iterator[dict[str, str]]:
    """Rows with ``{det}`` in the phrase, once per determiner (irregular forms likewise)."""
    for row in rows:
        if "{det}" not in row["phrase"]:
            yield row
            continue
        for det in DETERMINER_SLOT:
            forms = ";".join(
                f.replace("{det}", det) for f in (row.get("forms") or "").split(";") if f.strip()
            )
            yield {**row, "phrase": row["phrase"].replace("{det}", det), "forms": forms}


@lru_cache(maxsize=1)
def triggers() -> dict[str, list[tuple[tuple[str, ...], Trigger]]]:
    """Every trigger form, indexed by its first token; longest phrases first."""
    index: dict[str, list[tuple[tuple[str, ...], Trigger]]] = {}
    seen: set[tuple[tuple[str, ...], str, str]] = set()
    for row in _expanded(_rows("triggers.csv")):
        phrase = row["phrase"].strip().lower()
        pos = row["pos"].strip()
        preps = frozenset(p.strip() for p in (row["preps"] or "").split(";") if p.strip("- "))
        words = phrase.split()
        if pos == "verb":
            head = inflect_verb(words[0])
            forms = {" ".join([form, *words[1:]]): tag for form, tag in head.items()}
        elif pos in ("noun", "agent"):
            tail = inflect_noun(words[-1])
            forms = {" ".join([*words[:-1], form]): tag for form, tag in tail.items()}
        else:
            forms = {phrase: "base"}
        for extra in (row.get("forms") or "").split(";"):
            extra = extra.strip().lower()
            if extra and pos in ("noun", "agent"):
                # a spelling variant of a noun takes a plural too ("air strike(s)")
                head, _, last = extra.rpartition(" ")
                for form, tag in inflect_noun(last).items():
                    forms.setdefault(f"{head} {form}".strip(), tag)
            elif extra:
                forms.setdefault(extra, "past" if pos == "verb" else "base")
        for form, tag in forms.items():
            key = _words(form)
            if (key, pos, row["type"]) in seen:
                continue
            seen.add((key, pos, row["type"]))
            trigger = Trigger(
                lemma=phrase,
                pos=pos,
                type=row["type"].strip(),
                frame=row["frame"].strip(),
                preps=preps,
                standing=(row.get("standing") or "").strip() == "y",
                tag=tag,
                direct=(row.get("object") or "").strip() != "n",
            )
            index.setdefault(key[0], []).append((key, trigger))
    for entries in index.values():
        entries.sort(key=lambda item: -len(item[0]))
    return index


class Cues(NamedTuple):
    """Cue phrases by kind, as token tuples, indexed by first token."""

    by_kind: dict[str, frozenset[tuple[str, ...]]]
    first: dict[str, list[tuple[tuple[str, ...], str]]]

    def has(self, kind: str, word: str) -> bool:
        return (word,) in self.by_kind.get(kind, frozenset())


@lru_cache(maxsize=1)
def cues() -> Cues:
    """The cue lexicon (negation, modality, clause boundaries)."""
    by_kind: dict[str, set[tuple[str, ...]]] = {}
    first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for row in _rows("cues.csv"):
        words = _words(row["cue"].strip().lower())
        kind = row["kind"].strip()
        by_kind.setdefault(kind, set()).add(words)
        first.setdefault(words[0], []).append((words, kind))
    for entries in first.values():
        entries.sort(key=lambda item: -len(item[0]))
    return Cues({k: frozenset(v) for k, v in by_kind.items()}, first)


@lru_cache(maxsize=1)
def anaphors() -> dict[str, frozenset[str]]:
    """Nouns that refer back to an event already reported ("condemned the strikes", "rejected
    the overture"), singular and plural, with the relation types they may refer to."""
    out: dict[str, frozenset[str]] = {}
    for row in _rows("anaphora.csv"):
        types = frozenset(t.strip() for t in row["types"].split(";") if t.strip())
        for form in inflect_noun(row["noun"].strip().lower()):
            out[form] = out.get(form, frozenset()) | types
    return out


class Referent(NamedTuple):
    """A common noun that refers back to a named actor ("the group", "member states")."""

    kinds: frozenset[str]
    determiner: bool
    """Read only after "the"/"this"/"that"."""
    reach: int
    """How far back (in characters) the actor may be named."""


@lru_cache(maxsize=1)
def referents() -> dict[str, Referent]:
    """Nouns standing for an actor named earlier, by their lower-case text."""
    out = {}
    for row in _rows("referents.csv"):
        kinds = frozenset(k.strip() for k in row["kinds"].split(";") if k.strip())
        out[row["noun"].strip().lower()] = Referent(
            kinds, row["determiner"].strip() == "y", int(row["reach"])
        )
    return out
