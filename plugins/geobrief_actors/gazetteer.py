"""The bundled gazetteer: states, organisations, groups and office holders read from ``data/``.

Everything here is data loading; the files and their sources are described in ``data/README.md``.
The result is cached: the files are read once per process.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import attrs

from geobrief import Actor, Office

DATA = Path(__file__).resolve().parent / "data"

__all__ = [
    "Lexicon",
    "actors",
    "ascii_fold",
    "lexicon",
    "slugify",
    "strip_possessive",
]

_APOSTROPHES = frozenset("'\u2019\u2018\u02bc`\u00b4")
_POSSESSIVE = re.compile(r"(?:['\u2019\u02bc][sS]|(?<=[sS])['\u2019\u02bc])\s*\Z")


@lru_cache(maxsize=1)
def _letter_folds() -> dict[int, str]:
    """Letters NFKD does not reduce to ASCII, with their romanisation (``data/letters.csv``)."""
    lines = (DATA / "letters.csv").read_text("utf-8").splitlines()
    rows = csv.reader(line for line in lines if line.strip() and not line.startswith("#"))
    next(rows)  # header
    return str.maketrans({row[0]: row[1] if len(row) > 1 else "" for row in rows})


def ascii_fold(text: str) -> str:
    """``Erdoğan`` -> ``Erdogan``, ``Kılıç`` -> ``Kilic``, ``Łukasz`` -> ``Lukasz``: diacritics
    stripped (the spelling many English outlets use) and the letters that do not decompose
    romanised, Cyrillic and Greek included (``Путин`` -> ``Putin``)."""
    folds = _letter_folds()
    decomposed = unicodedata.normalize("NFKD", text.translate(folds))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(folds)


def strip_possessive(name: str) -> str:
    """``Lai Ching-te’s`` -> ``Lai Ching-te``, ``the Houthis'`` -> ``the Houthis``."""
    return _POSSESSIVE.sub("", name.strip())


def slugify(name: str) -> str:
    """A lowercase-hyphen id of ASCII letters and digits: ``Recep Tayyip Erdoğan`` ->
    ``recep-tayyip-erdogan``, ``Serdar Kılıç`` -> ``serdar-kilic``, ``Lai Ching-te’s`` ->
    ``lai-ching-te`` (a trailing possessive is dropped), ``Jama'at`` -> ``jamaat`` (apostrophes
    join). Letters of other scripts are separators, never kept."""
    out: list[str] = []
    for char in ascii_fold(strip_possessive(name)).lower():
        if char.isascii() and char.isalnum():
            out.append(char)
        elif char in _APOSTROPHES:
            continue
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split("|") if part.strip()]


def _rows(name: str) -> Iterator[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def _lines(name: str) -> list[str]:
    text = (DATA / name).read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _date(value: str) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _with_folds(names: list[str]) -> tuple[str, ...]:
    """The names plus their diacritic-free spellings, without duplicates."""
    out: dict[str, None] = {}
    for name in names:
        out[name] = None
        out[ascii_fold(name)] = None
    return tuple(out)


def _aliases(name: str, aliases: list[str]) -> tuple[str, ...]:
    """Aliases and diacritic-free spellings of the name and the aliases, without the name."""
    return tuple(n for n in _with_folds([name, *aliases]) if n != name)


@attrs.frozen
class Lexicon:
    """Rule data that is not an actor: title phrases, institution nouns, place cues, ..."""

    titles: dict[str, str]
    """Title phrase (lower case) -> normalised role."""
    leaders: dict[str, str]
    """State or organisation id -> the role whose holder is its leader."""
    institution_nouns: tuple[str, ...]
    place_cues: frozenset[str]
    place_nouns: frozenset[str]
    place_prepositions: frozenset[str]
    blocked: tuple[str, ...]
    capital_variants: dict[str, tuple[str, ...]]
    """State id -> every spelling of its capital that stands for it."""
    capital_known: frozenset[str]
    """Ids whose capital the data files describe (a listed id missing above: never a stand-in)."""
    notable: frozenset[str]
    """People known by their surname alone (Putin, Trump)."""
    person_roles: tuple[str, ...]
    epithets: tuple[str, ...]
    honorifics: tuple[str, ...]
    honorifics_lower: frozenset[str]
    name_stopwords: frozenset[str]
    reporting_verbs: frozenset[str]
    org_heads: dict[str, str]
    """Head noun ending an organisation's name -> the kind of actor it makes."""


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The rule data, read once."""
    capitals: dict[str, tuple[str, ...]] = {}
    known = {row["alpha3"] for row in _rows("states.csv")} | {
        row["id"] for row in _rows("organizations.csv")
    }
    for row in _rows("states.csv"):
        if row["capital_metonym"].strip().lower() == "y":
            capitals[row["alpha3"]] = tuple(_with_folds(_split(row["capital"])))
    for row in _rows("organizations.csv"):
        if row["capital"]:
            capitals[row["id"]] = tuple(_with_folds(_split(row["capital"])))
    return Lexicon(
        titles={row["phrase"].lower(): row["role"] for row in _rows("titles.csv")},
        leaders={row["country"]: row["role"] for row in _rows("leaders.csv")},
        institution_nouns=tuple(_lines("institution_nouns.txt")),
        place_cues=frozenset(_lines("place_cues.txt")),
        place_nouns=frozenset(_lines("place_nouns.txt")),
        place_prepositions=frozenset(_lines("place_prepositions.txt")),
        blocked=tuple(_lines("blocked.txt")),
        capital_variants=capitals,
        capital_known=frozenset(known),
        notable=frozenset(row["id"] for row in _rows("people.csv") if row["notable"] == "y"),
        person_roles=tuple(_lines("person_roles.txt")),
        epithets=tuple(_lines("epithets.txt")),
        honorifics=tuple(_lines("honorifics.txt")),
        honorifics_lower=frozenset(h.lower().rstrip(".") for h in _lines("honorifics.txt")),
        name_stopwords=frozenset(w.lower() for w in _lines("name_stopwords.txt")),
        reporting_verbs=frozenset(_lines("reporting_verbs.txt")),
        org_heads={
            line.split(",")[0]: [*line.split(","), "organization"][1]
            for line in _lines("org_heads.txt")
        },
    )


def _states() -> Iterator[Actor]:
    iso = {row["alpha3"]: row for row in _rows("iso3166.csv")}
    written = {row["alpha3"]: row for row in _rows("states.csv")}
    claimed = set()
    for row in written.values():
        claimed.update(n.lower() for n in [row["name"], *_split(row["aliases"])])
    for alpha3, row in iso.items():
        if row["status"] != "current" and alpha3 not in written:
            continue
        extra = written.get(alpha3)
        iso_names = [
            n for n in (row["name"], row["official_name"]) if "," not in n and "(" not in n
        ]
        if extra is None:
            yield Actor(
                id=alpha3,
                name=row["name"],
                kind="state",
                country=alpha3,
                aliases=_with_folds([n for n in iso_names if n.lower() not in claimed]),
            )
            continue
        aliases = [*_split(extra["aliases"])]
        aliases += [n for n in iso_names if n.lower() not in claimed and n != extra["name"]]
        capitals = _split(extra["capital"])
        yield Actor(
            id=alpha3,
            name=extra["name"],
            kind="state",
            country=alpha3,
            aliases=_aliases(extra["name"], aliases),
            acronyms=_split(extra["acronyms"]),
            demonyms=_with_folds(_split(extra["demonyms"])),
            capital=capitals[0] if capitals else None,
            institutions=_split(extra["institutions"]),
            wikidata=extra["wikidata"] or None,
        )
    # states that ISO 3166 does not list (Kosovo's user-assigned XKX)
    for alpha3, extra in written.items():
        if alpha3 in iso:
            continue
        capitals = _split(extra["capital"])
        yield Actor(
            id=alpha3,
            name=extra["name"],
            kind="state",
            country=alpha3,
            aliases=_with_folds(_split(extra["aliases"])),
            acronyms=_split(extra["acronyms"]),
            demonyms=_with_folds(_split(extra["demonyms"])),
            capital=capitals[0] if capitals else None,
            institutions=_split(extra["institutions"]),
            wikidata=extra["wikidata"] or None,
        )


def _organizations() -> Iterator[Actor]:
    for row in _rows("organizations.csv"):
        capitals = _split(row["capital"])
        yield Actor(
            id=row["id"],
            name=row["name"],
            kind=row["kind"],  # type: ignore[arg-type]
            country=row["country"] or None,
            aliases=_aliases(row["name"], _split(row["aliases"])),
            acronyms=_split(row["acronyms"]),
            demonyms=_split(row["demonyms"]),
            capital=capitals[0] if capitals else None,
            institutions=_split(row["institutions"]),
            wikidata=row["wikidata"] or None,
        )


def _people() -> Iterator[Actor]:
    offices: dict[str, list[Office]] = {}
    for row in _rows("offices.csv"):
        offices.setdefault(row["person"], []).append(
            Office(
                role=row["role"],
                country=row["country"] or None,
                start=_date(row["start"]),
                end=_date(row["end"]),
            )
        )
    for row in _rows("people.csv"):
        held = offices.get(row["id"], [])
        yield Actor(
            id=row["id"],
            name=row["name"],
            kind="person",
            country=row["country"] or None,
            aliases=_aliases(row["name"], _split(row["aliases"])),
            offices=held,
            role=held[-1].role if held else None,
            affiliation=row["affiliation"] or None,
            wikidata=row["wikidata"] or None,
        )


@lru_cache(maxsize=1)
def actors() -> tuple[Actor, ...]:
    """Every bundled actor: states (ISO 3166), organisations and groups, office holders."""
    return (*_states(), *_organizations(), *_people())
