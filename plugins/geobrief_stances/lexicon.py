"""Word lists the stance scorer reads: VADER's general lexicon, the geopolitical lexicon, the
relational predicates and the function words, loaded once and on first use."""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Iterator
from importlib import resources

import attrs

__all__ = ["Lexicon", "Markers", "Relation", "inflect", "lexicon"]

#: VADER's valences run from -4 to +4; the scorer works on [-1, 1].
VALENCE_SCALE = 4.0


MARKER_KINDS = (
    "negation",
    "ability",
    "skip_negation",
    "contrast_after",
    "concessive",
    "irrealis",
    "booster",
    "dampener",
    "preposition",
    "determiner",
    "be",
    "pronoun_person",
    "pronoun_thing",
    "boundary",
    "condition",
    "accusation",
    "accusation_noun",
    "role_hedge",
    "institution",
    "unasserting",
    "object_person",
    "obligation",
    "communication",
    "directive",
    "preverbal",
    "event_noun",
    "reporting",
)


@attrs.frozen
class Markers:
    """Function-word sets by kind (see ``data/markers.csv``)."""

    negation: frozenset[str]
    ability: frozenset[str]
    skip_negation: frozenset[str]
    contrast_after: frozenset[str]
    concessive: frozenset[str]
    irrealis: frozenset[str]
    booster: frozenset[str]
    dampener: frozenset[str]
    preposition: frozenset[str]
    determiner: frozenset[str]
    be: frozenset[str]
    pronoun_person: frozenset[str]
    pronoun_thing: frozenset[str]
    boundary: frozenset[str]
    condition: frozenset[str]
    accusation: frozenset[str]
    accusation_noun: frozenset[str]
    role_hedge: frozenset[str]
    institution: frozenset[str]
    unasserting: frozenset[str]
    object_person: frozenset[str]
    obligation: frozenset[str]
    communication: frozenset[str]
    directive: frozenset[str]
    preverbal: frozenset[str]
    event_noun: frozenset[str]
    reporting: frozenset[str]


@attrs.frozen
class Relation:
    """A relational predicate: how a holder that uses it toward a target stands."""

    term: str
    polarity: float
    kind: str
    needs: frozenset[str] = frozenset()


@attrs.frozen
class Lexicon:
    """Everything the scorer looks up, keyed by lower-case token."""

    valence: dict[str, float]
    """Single words: VADER's lexicon with the geopolitical entries laid over it."""
    phrases: dict[str, tuple[tuple[tuple[str, ...], float], ...]]
    """Multi-word evaluative terms by first word: (rest of the phrase, valence), longest first."""
    relations: dict[str, tuple[tuple[tuple[str, ...], Relation], ...]]
    """Relational predicates by first word: (rest of the phrase, relation), longest first."""
    markers: dict[str, frozenset[str]]
    """Function words by kind (negation, contrast_after, preposition, ...)."""
    marker_phrases: dict[str, tuple[tuple[str, ...], ...]]
    """Multi-word markers by kind ("no longer", "far from"), as token tuples."""
    curated: frozenset[str] = frozenset()
    """Single words the geopolitical lexicon scores itself (evaluative whatever their position)."""
    m: Markers = attrs.field(init=False)
    """The same marker sets as attributes (``lex.m.negation``), for the scorer's inner loops."""
    phrase_ends: frozenset[str] = attrs.field(init=False)
    """Last words of the multi-word markers: only after one of these can a phrase end."""
    phrase_starts: frozenset[str] = attrs.field(init=False)
    """First words of the multi-word markers."""
    evaluative_keys: frozenset[str] = attrs.field(init=False)
    """Every token that can start an evaluative term (a word or a phrase's first word)."""

    def __attrs_post_init__(self) -> None:
        sets = {kind: self.markers.get(kind, frozenset()) for kind in MARKER_KINDS}
        object.__setattr__(self, "m", Markers(**sets))
        ends = {p[-1] for phrases in self.marker_phrases.values() for p in phrases}
        object.__setattr__(self, "phrase_ends", frozenset(ends))
        starts = {p[0] for phrases in self.marker_phrases.values() for p in phrases}
        object.__setattr__(self, "phrase_starts", frozenset(starts))
        object.__setattr__(self, "evaluative_keys", frozenset(self.valence) | set(self.phrases))

    def has(self, kind: str, word: str) -> bool:
        """Whether ``word`` is a marker of ``kind``."""
        return word in self.markers.get(kind, ())


def _rows(name: str) -> Iterator[dict[str, str]]:
    """The rows of a data file beside this module, skipping ``#`` comment lines."""
    text = resources.files(__package__).joinpath("data", name).read_text("utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    yield from csv.DictReader(io.StringIO("\n".join(lines)))


def inflect(verb: str) -> tuple[str, ...]:
    """Regular English inflections of a verb: base, -s, -ed, -ing."""
    if verb.endswith("e") and not verb.endswith("ee"):
        return verb, verb + "s", verb + "d", verb[:-1] + "ing"
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        return verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return verb, verb + "es", verb + "ed", verb + "ing"
    return verb, verb + "s", verb + "ed", verb + "ing"


def _vader_valences() -> dict[str, float]:
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text("utf-8")
    out: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split("\t", 2)
        if len(parts) >= 2 and parts[0].isascii() and parts[0][:1].isalpha():
            try:
                out[parts[0]] = float(parts[1])
            except ValueError:
                continue
    return out


def _by_first_word(entries: list[tuple[str, object]]) -> dict[str, tuple]:
    table: dict[str, list[tuple[tuple[str, ...], object]]] = {}
    for phrase, payload in entries:
        words = tuple(phrase.split())
        table.setdefault(words[0], []).append((words[1:], payload))
    return {k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in table.items()}


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shared lexicon, built on first use."""
    valence = _vader_valences()
    phrases: list[tuple[str, object]] = []
    curated: set[str] = set()
    for row in _rows("geo_lexicon.csv"):
        term = row["term"].strip().lower()
        value = float(row["valence"])
        if " " in term:
            phrases.append((term, value))
        else:
            valence[term] = value
            curated.add(term)
    valence = {k: v for k, v in valence.items() if v != 0.0}

    relations: list[tuple[str, object]] = []
    for row in _rows("relations.csv"):
        term = row["term"].strip().lower()
        needs = frozenset(w for w in (row.get("needs") or "").split("|") if w)
        relation = Relation(term, float(row["polarity"]), row["kind"].strip(), needs)
        words = term.split()
        if relation.kind in ("verb", "label"):
            listed = (row.get("forms") or "").strip()
            forms = [f.strip() for f in listed.lstrip("=").split("|") if f.strip()]
            if listed.startswith("="):
                variants = dict.fromkeys(forms)
            else:
                tail = " ".join(words[1:])
                inflected = [f"{form} {tail}".strip() for form in inflect(words[0])]
                variants = dict.fromkeys([term, *inflected, *forms])
        else:
            variants = dict.fromkeys([term])
        relations.extend((variant, relation) for variant in variants)

    markers: dict[str, set[str]] = {}
    marker_phrases: dict[str, list[tuple[str, ...]]] = {}
    for row in _rows("markers.csv"):
        word = row["word"].strip().lower()
        if " " in word:
            marker_phrases.setdefault(row["kind"], []).append(tuple(word.split()))
        else:
            markers.setdefault(row["kind"], set()).add(word)
    return Lexicon(
        valence=valence,
        phrases=_by_first_word(phrases),
        relations=_by_first_word(relations),
        markers={k: frozenset(v) for k, v in markers.items()},
        marker_phrases={k: tuple(v) for k, v in marker_phrases.items()},
        curated=frozenset(curated),
    )
