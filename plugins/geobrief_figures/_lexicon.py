"""The figure rules' knowledge, read once from the data files beside this module."""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

__all__ = ["Lexicon", "lexicon"]


def _rows(name: str) -> list[list[str]]:
    text = resources.files(__package__).joinpath("data", name).read_text("utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [row for row in csv.reader(lines)]


def _json(name: str) -> dict:
    return json.loads(resources.files(__package__).joinpath("data", name).read_text("utf-8"))


def _alternation(phrases: list[str]) -> str:
    """A regex alternation that prefers the longest phrase; inner spaces match any blank run."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


@dataclass
class Lexicon:
    """Word tables and the regular expressions compiled from them."""

    units: dict[str, float]
    tens: dict[str, float]
    scales: dict[str, float]
    scale_abbreviations: dict[str, float]
    attached_only: frozenset[str]
    money_only: frozenset[str]
    fractions: dict[str, float]
    vague: dict[str, tuple[float, str]]
    vague_requires_of: frozenset[str]
    vague_multipliers: dict[str, float]
    vague_phrases: dict[str, tuple[float, str | None]]
    measure_units: dict[str, tuple[str, float, str]]
    currencies: dict[str, tuple[str, str, float]]
    case_sensitive: dict[str, str]
    qualifiers: dict[str, tuple[str, str, bool]]
    months: frozenset[str]
    date_prepositions: frozenset[str]
    designators: frozenset[str]
    address_nouns: frozenset[str]
    time_suffixes: frozenset[str]
    head_stopwords: frozenset[str]
    modifier_ok: frozenset[str]
    not_plural: frozenset[str]
    irregular_plurals: dict[str, str]
    idioms: frozenset[str]
    other_units: dict[str, str]
    capital_ok: frozenset[str] = field(default_factory=frozenset)
    # ranks, ordinal counts, multipliers, ratios, elided nouns, durations by article
    ordinals: dict[str, float] = field(default_factory=dict)
    multiplicatives: dict[str, float] = field(default_factory=dict)
    fold_words: dict[str, float] = field(default_factory=dict)
    occurrence_nouns: frozenset[str] = field(default_factory=frozenset)
    streak_modifiers: frozenset[str] = field(default_factory=frozenset)
    streak_nouns: frozenset[str] = field(default_factory=frozenset)
    rank_verbs: frozenset[str] = field(default_factory=frozenset)
    rank_nouns: frozenset[str] = field(default_factory=frozenset)
    superlatives: frozenset[str] = field(default_factory=frozenset)
    not_superlatives: frozenset[str] = field(default_factory=frozenset)
    deliberation_verbs: frozenset[str] = field(default_factory=frozenset)
    verb_markers: frozenset[str] = field(default_factory=frozenset)
    compound_idioms: frozenset[str] = field(default_factory=frozenset)
    ratio_cues: frozenset[str] = field(default_factory=frozenset)
    multiplier_followers: frozenset[str] = field(default_factory=frozenset)
    not_comparatives: frozenset[str] = field(default_factory=frozenset)
    time_phrase_after_the: frozenset[str] = field(default_factory=frozenset)
    people_participles: frozenset[str] = field(default_factory=frozenset)
    elision_cues: tuple[str, ...] = ()
    elision_verbs: frozenset[str] = field(default_factory=frozenset)
    year_nouns: frozenset[str] = field(default_factory=frozenset)
    proportion_nouns: frozenset[str] = field(default_factory=frozenset)
    duration_before: frozenset[str] = field(default_factory=frozenset)
    duration_after: frozenset[str] = field(default_factory=frozenset)
    rate_words: frozenset[str] = field(default_factory=frozenset)
    # compiled
    anchor: re.Pattern[str] = field(init=False)
    unit_after: re.Pattern[str] = field(init=False)
    currency_after: re.Pattern[str] = field(init=False)
    currency_before: re.Pattern[str] = field(init=False)
    currency_before_at: re.Pattern[str] = field(init=False)
    qualifier_before: re.Pattern[str] = field(init=False)
    qualifier_after: re.Pattern[str] = field(init=False)
    scale_after: re.Pattern[str] = field(init=False)
    other_unit_after: re.Pattern[str] = field(init=False)
    time_of_day: re.Pattern[str] = field(init=False)
    elision_before: re.Pattern[str] = field(init=False)
    ratio_cue: re.Pattern[str] = field(init=False)

    def __post_init__(self) -> None:
        number_words = [
            *self.units,
            *self.tens,
            "hundred",
            "dozen",
            *self.scales,
            *self.fractions,
            *self.vague,
            "several",
            "few",
            "handful",
            "couple",
            "pair",
            "decade",
            "decades",
            "century",
            "centuries",
            "year",
            "month",
            "week",
            "day",
            "hour",
            *(w for w in self.ordinals if w != "first"),
            *self.multiplicatives,
            *self.fold_words,
        ]
        self.anchor = re.compile(
            r"(?<![0-9])[0-9]|\b(?:"
            + "|".join(sorted(set(number_words), key=len, reverse=True))
            + r")\b"
        )
        self.unit_after = re.compile(
            r"(?:\s?-\s?|\s?)(" + _alternation(list(self.measure_units)) + r")(?![a-z0-9])"
        )
        post = [s for s, (_, pos, _) in self.currencies.items() if pos in ("post", "both")]
        pre = [s for s, (_, pos, _) in self.currencies.items() if pos in ("pre", "both")]
        # "10 $", "115usd", "20 billion yuan", "12-cent"
        self.currency_after = re.compile(
            r"(?:\s?-\s?|\s?)(" + _alternation(post) + r")(?![a-z0-9])"
        )
        # "$5", "us$ 5", "USD 200", "dollar 22.5"; preceded by a non-word character
        self.currency_before = re.compile(r"(?<![a-z0-9])(" + _alternation(pre) + r")\s?\Z")
        symbols = [p for p in pre if not p.isalpha()]
        self.currency_before_at = re.compile(r"(" + _alternation(symbols) + r")\s?(?=\d)")
        scales = [
            *self.scales,
            *(k for k in self.scale_abbreviations if k not in self.attached_only),
        ]
        self.scale_after = re.compile(r"\s?-?\s?(" + _alternation(scales) + r")(?![a-z0-9])")
        self.other_unit_after = re.compile(
            r"\s?(" + _alternation(list(self.other_units)) + r")(?![a-z0-9])"
        )
        self.time_of_day = re.compile(
            r"\s?(" + _alternation(list(self.time_suffixes)) + r")(?![a-z])"
        )
        self.elision_before = re.compile(
            r"(?<![a-z])(?:" + _alternation(list(self.elision_cues)) + r")\s+\Z"
        )
        self.ratio_cue = re.compile(
            r"(?<![a-z])(?:" + _alternation(list(self.ratio_cues)) + r")(?![a-z])"
        )
        before = [p for p, (_, pos, _) in self.qualifiers.items() if pos == "before"]
        self.qualifier_before = re.compile(r"(?<![a-z])(" + _alternation(before) + r")\s*\Z")
        after = [p for p, (_, pos, _) in self.qualifiers.items() if pos == "after"]
        words_after = [p for p in after if p[0].isalpha() and p != "plus"]
        self.qualifier_after = re.compile(
            r"(?:\s+(" + _alternation(words_after) + r")(?![a-z])|(-plus|\+)(?![a-z0-9]))"
        )


@cache
def lexicon() -> Lexicon:
    """The shared lexicon (built on first use)."""
    numbers = _json("numbers.json")
    words = _json("words.json")
    measure_units = {row[0]: (row[1], float(row[2]), row[3]) for row in _rows("units.csv")}
    currencies = {
        row[0].lower(): (row[1], row[2], float(row[3])) for row in _rows("currencies.csv")
    }
    case_sensitive = {
        line.strip().lower(): line.strip()
        for line in resources.files(__package__)
        .joinpath("data", "case_sensitive.txt")
        .read_text("utf-8")
        .splitlines()
        if line.strip() and not line.startswith("#")
    }
    # "30 MUSD", "MEUR 120": an M before a code is the financial-report notation for millions
    for surface, (code, position, factor) in list(currencies.items()):
        if len(surface) == 3 and surface.isalpha() and factor == 1.0:
            currencies["m" + surface] = (code, position, 1e6)
            case_sensitive["m" + surface] = "M" + surface.upper()
    qualifiers = {row[0]: (row[1], row[2], row[3] == "1") for row in _rows("qualifiers.csv")}
    head_stopwords = frozenset(words["head_stopwords"])
    qualifier_words = {w for phrase in qualifiers for w in phrase.split()}
    capital_ok = frozenset(
        head_stopwords
        | qualifier_words
        | set(words["date_prepositions"])
        | {"only", "just", "another", "nearly", "some", "almost", "roughly", "exactly"}
    )
    # "threefold", "tenfold", "hundredfold": a multiplier glued to its number word
    fold_words = {
        f"{word}fold": float(value)
        for table in (numbers["units"], numbers["tens"], numbers["hundred"], {"thousand": 1000})
        for word, value in table.items()
        if value > 1
    }
    return Lexicon(
        units={k: float(v) for k, v in numbers["units"].items()},
        tens={k: float(v) for k, v in numbers["tens"].items()},
        scales={k: float(v) for k, v in numbers["scales"].items()},
        scale_abbreviations={k: float(v) for k, v in numbers["scale_abbreviations"].items()},
        attached_only=frozenset(numbers["attached_only"]),
        money_only=frozenset(numbers["money_only"]),
        fractions={k: float(v) for k, v in numbers["fractions"].items()},
        vague={k: (float(v[0]), v[1]) for k, v in numbers["vague"].items()},
        vague_requires_of=frozenset(numbers["vague_requires_of"]),
        vague_multipliers={k: float(v) for k, v in numbers["vague_multipliers"].items()},
        vague_phrases={k: (float(v[0]), v[1]) for k, v in numbers["vague_phrases"].items()},
        measure_units=measure_units,
        currencies=currencies,
        case_sensitive=case_sensitive,
        qualifiers=qualifiers,
        months=frozenset(words["months"]),
        date_prepositions=frozenset(words["date_prepositions"]),
        designators=frozenset(words["designators"]),
        address_nouns=frozenset(words["address_nouns"]),
        time_suffixes=frozenset(words["time_suffixes"]),
        head_stopwords=head_stopwords,
        modifier_ok=frozenset(words["modifier_ok"]),
        not_plural=frozenset(words["not_plural"]),
        irregular_plurals=dict(words["irregular_plurals"]),
        idioms=frozenset(words["idioms"]),
        other_units={row[0]: row[1] for row in _rows("other_units.csv")},
        capital_ok=capital_ok,
        ordinals={k: float(v) for k, v in numbers["ordinals"].items()},
        multiplicatives={k: float(v) for k, v in numbers["multiplicatives"].items()},
        fold_words=fold_words,
        occurrence_nouns=frozenset(words["occurrence_nouns"]),
        streak_modifiers=frozenset(words["streak_modifiers"]),
        streak_nouns=frozenset(words["streak_nouns"]),
        rank_verbs=frozenset(words["rank_verbs"]),
        rank_nouns=frozenset(words["rank_nouns"]),
        superlatives=frozenset(words["superlatives"]),
        not_superlatives=frozenset(words["not_superlatives"]),
        deliberation_verbs=frozenset(words["deliberation_verbs"]),
        verb_markers=frozenset(words["verb_markers"]),
        compound_idioms=frozenset(words["compound_idioms"]),
        ratio_cues=frozenset(words["ratio_cues"]),
        multiplier_followers=frozenset(words["multiplier_followers"]),
        not_comparatives=frozenset(words["not_comparatives"]),
        time_phrase_after_the=frozenset(words["time_phrase_after_the"]),
        people_participles=frozenset(words["people_participles"]),
        elision_cues=tuple(words["elision_cues"]),
        elision_verbs=frozenset(words["elision_verbs"]),
        year_nouns=frozenset(words["year_nouns"]),
        proportion_nouns=frozenset(words["proportion_nouns"]),
        duration_before=frozenset(words["duration_before"]),
        duration_after=frozenset(words["duration_after"]),
        rate_words=frozenset(words["rate_words"]),
    )
