"""The word lists beside this module (``data/``), read once and cached."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources

__all__ = [
    "frame_nouns",
    "months",
    "negation_pattern",
    "number_words",
    "qualifiers",
    "restrictive_pattern",
    "stopwords",
]


def _lines(name: str) -> list[str]:
    text = resources.files(__package__).joinpath("data", name).read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _rows(name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(_lines(name)))


def _phrase(cue: str) -> str:
    """A cue of the data files as a regular expression: spaces match any blank run, a trailing
    ``*`` on a word any ending of it."""
    parts = []
    for word in cue.split():
        if word.endswith("*"):
            parts.append(re.escape(word[:-1]) + r"\w*")
        else:
            parts.append(re.escape(word))
    return r"\s+".join(parts)


@cache
def stopwords() -> frozenset[str]:
    return frozenset(_lines("stopwords.txt"))


@cache
def frame_nouns() -> frozenset[str]:
    return frozenset(_lines("frames.txt"))


@cache
def months() -> dict[str, int]:
    return {row["name"]: int(row["month"]) for row in _rows("months.csv")}


@cache
def number_words() -> dict[str, tuple[float, str]]:
    return {row["word"]: (float(row["value"]), row["kind"]) for row in _rows("number_words.csv")}


@cache
def negation_pattern() -> re.Pattern[str]:
    """One alternation of every negation cue (longest first), matched on lower-cased text.
    ``n't`` is matched inside its word (didn't, aren't)."""
    cues = sorted((row["cue"] for row in _rows("negation.csv")), key=len, reverse=True)
    alternatives = []
    for cue in cues:
        if cue == "n't":
            alternatives.append(r"(?<=\w)n't\b")
        else:
            alternatives.append(r"\b" + _phrase(cue) + r"\b")
    return re.compile(first_letters(cues) + "(?:" + "|".join(alternatives) + ")")


def first_letters(words: Iterable[str], also: str = "") -> str:
    """A lookahead for the characters ``words`` begin with: it lets the scan pass over other
    positions at once, and changes nothing the alternation after it matches."""
    firsts = sorted({w[0] for w in words} | set(also))
    return "(?=[" + "".join(re.escape(c) for c in firsts) + "])"


@cache
def restrictive_pattern() -> re.Pattern[str]:
    """What, following a negation cue, makes it no denial ("not exceed", "not only"); matched
    at the end of the cue."""
    alternatives = []
    for row in sorted(_rows("restrictive.csv"), key=lambda r: len(r["word"]), reverse=True):
        window = int(row["window"])
        gap = rf"(?:\w+\W+){{0,{window}}}?" if window else ""
        alternatives.append(gap + _phrase(row["word"]))
    return re.compile(r"\W*(?:" + "|".join(alternatives) + r")\b")


@cache
def qualifiers() -> dict[str, tuple[float, float]]:
    """How each figure qualifier widens a value: (low factor, high factor)."""
    return {
        row["qualifier"]: (float(row["low"]), float(row["high"])) for row in _rows("qualifiers.csv")
    }
