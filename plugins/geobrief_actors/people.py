"""People and organisations the catalog does not know, recognised from their context.

A run of capitalised words is taken as a personal name when its context says so:
a title or honorific before it ("Foreign Minister NAME", "Dr. NAME"), a role noun before it
("analyst NAME"), an apposition after it ("NAME, a senior fellow at ..."), a verb of saying
next to it ("said NAME", "NAME argues") or "according to NAME". The person gets a slug id, the
role and affiliation the apposition states, and later mentions of the surname alone link back.

A capitalised phrase followed by an acronym in brackets ("the Center for South Caucasus Studies
(CQTM)") is an organisation; later uses of the acronym link back.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

import attrs

from geobrief import Actor
from geobrief_actors.gazetteer import lexicon, slugify
from geobrief_actors.ids import actor_id, clean_name
from geobrief_actors.matcher import matcher_for
from geobrief_actors.rules import Found

if TYPE_CHECKING:
    from geobrief import Article, Catalog, Doc
    from geobrief_actors.matcher import Hit

__all__ = ["find_people"]

_ABBREVIATION = r"(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Adm|Sgt|Sen|Rep|Gov|Sr|Jr)\.|[A-Z]\."
_WORD = r"[\w]*(?:'[^\W\d_]+|-[\w]+)*"
_TOKEN = re.compile(_ABBREVIATION + r"|[^\W\d_]" + _WORD)
# Runs of capitalised words (Latin capitals, Latin-1 and Latin Extended-A letters), with
# lower-case name particles between them ("Mohammed bin Salman", "Bashar al-Assad"). One regex
# pass finds them; full stops inside a run are split off in Python.
_UPPER = r"[A-Z\xc0-\xd6\xd8-\xde\u0100-\u017f]"
_CAP_WORD = _UPPER + r"[\w'.-]*"
_PARTICLES_RE = (
    r"(?:(?:al|el|bin|ibn|bint|de|da|di|van|von|der|den|la|le|du|dos|das|abu|ben|del|ter) )*"
)
_NAME_RUN = re.compile(
    _CAP_WORD + r"(?: " + _PARTICLES_RE + r"(?:" + _CAP_WORD + r"|(?:al|el)-" + _CAP_WORD + r"))+"
)
#: Auxiliaries and adverbs that may stand between a name and its verb of saying.
_VERB_COMPANIONS = frozenset(
    [
        "has",
        "have",
        "had",
        "also",
        "long",
        "recently",
        "once",
        "later",
        "then",
        "previously",
        "repeatedly",
        "publicly",
        "has",
        "already",
        "often",
    ]
)
_ABBREVIATIONS = frozenset(
    [
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Prof",
        "Gen",
        "Lt",
        "Col",
        "Maj",
        "Capt",
        "Adm",
        "Sgt",
        "Sen",
        "Rep",
        "Gov",
        "Sr",
        "Jr",
        "St",
    ]
)
_PARTICLES = frozenset(
    [
        "al",
        "el",
        "bin",
        "ibn",
        "bint",
        "de",
        "da",
        "di",
        "van",
        "von",
        "der",
        "den",
        "la",
        "le",
        "du",
        "dos",
        "das",
        "abu",
        "ben",
        "y",
        "del",
        "della",
        "ter",
    ]
)
_BRACKETED_ACRONYM = re.compile(r"\(([A-Z][A-Za-z&]{1,9})\)")
_CONNECTORS = frozenset(["of", "for", "and", "the", "on", "in", "&"])


@attrs.define
class _Person:
    name: str
    tokens: list[str]
    role: str | None = None
    affiliation: str | None = None
    country: str | None = None


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    lex = lexicon()
    roles = sorted(lex.person_roles, key=len, reverse=True)
    role_alt = "|".join(re.escape(r) for r in roles)
    org = r"[A-Z][\w'-]*(?:\s+(?:of|for|and|on|the|&|[A-Z][\w'-]*))*"
    apposition = re.compile(
        r",\s+(?:(?:a|an|the|its|his|her)\s+)?(?:[\w-]+\s+){0,3}?(" + role_alt + r")\b"
        r"(?:\s+(?:of|at|with|for|from|in)\s+(?:the\s+)?(" + org + r"))?",
        re.IGNORECASE,
    )
    honorifics = frozenset(h.rstrip(".") for h in lex.honorifics)
    return apposition, frozenset(r.lower() for r in roles), honorifics


def _role_word(word: str, roles: frozenset[str]) -> bool:
    """A role noun, singular or plural ("analyst", "envoys")."""
    return word in roles or (word.endswith("s") and word[:-1] in roles)


def _runs(
    text: str, start: int, end: int, covered: list[tuple[int, int]]
) -> Iterator[list[re.Match[str]]]:
    """Runs of two or more name-like words, split at full stops and at catalog mentions."""
    starts = [c[0] for c in covered]
    for run in _NAME_RUN.finditer(text, start, end):
        if run.start() > 0 and text[run.start() - 1].isalnum():
            continue
        i = bisect.bisect_left(starts, run.start())
        if i > 0 and covered[i - 1][1] > run.start():
            i -= 1
        stop = run.end()
        cuts = list(itertools.takewhile(lambda c, stop=stop: c[0] < stop, covered[i : i + 64]))
        part: list[re.Match[str]] = []
        for token in _TOKEN.finditer(text, run.start(), run.end()):
            if any(cs < token.end() and token.start() < ce for cs, ce in cuts):
                if len(part) > 1:
                    yield part
                part = []
                continue
            part.append(token)
            word = token.group()
            if (
                token.end() < run.end()
                and text[token.end()] == "."
                and len(word) > 1
                and word not in _ABBREVIATIONS
            ):
                if len(part) > 1:
                    yield part
                part = []
        if len(part) > 1:
            yield part


def find_people(
    article: Article,
    doc: Doc,
    catalog: Catalog,
    found: list[Found],
    hits: list[Hit],
) -> tuple[list[Found], list[Actor]]:
    """Mentions of people and organisations outside the catalog, and their actors."""
    lex = lexicon()
    apposition, role_words_set, honorifics = _patterns()
    text = doc.normalized
    body = doc.body
    covered = sorted((f.start, f.end) for f in found)
    known_names = matcher_for(catalog).person_names
    orgs, org_actors = _organizations(text, body.start, body.end, catalog, covered, hits)
    if orgs:
        covered = sorted([*covered, *((f.start, f.end) for f in orgs)])
    named_orgs, named_org_actors = _named_organizations(
        text, body.start, body.end, catalog, covered
    )
    if named_orgs:
        covered = sorted([*covered, *((f.start, f.end) for f in named_orgs)])
    people: dict[str, _Person] = {}

    previous_person: tuple[int, str | None] | None = None  # (end, role) of the last person
    for run in _runs(text, body.start, body.end, covered):
        tokens = [m.group() for m in run]
        ends = [m.end() for m in run]
        if tokens[-1].endswith("'s"):  # possessive: "Lai Ching-te's"
            tokens[-1] = tokens[-1][:-2]
            ends[-1] -= 2
        # titles and honorifics in front ("Foreign Minister", "Finance Minister", "Dr.")
        titled = [
            i
            for i, t in enumerate(tokens[:-1])
            if t.rstrip(".") in honorifics
            or t.lower() in lex.name_stopwords
            or _role_word(t.lower(), role_words_set)
        ]
        first = titled[-1] + 1 if titled else 0
        prefix = tokens[:first]
        last = len(tokens)
        while last > first and (
            tokens[last - 1].lower() in lex.name_stopwords or tokens[last - 1].lower() in _PARTICLES
        ):
            last -= 1
        name_tokens = tokens[first:last]
        if not name_tokens or name_tokens[0].lower() in _PARTICLES:
            continue
        if any(t.lower() in lex.name_stopwords for t in name_tokens):
            continue
        honorific = bool(prefix) and (
            prefix[-1].rstrip(".") in honorifics
            or prefix[-1].lower() in lex.titles
            or _role_word(prefix[-1].lower(), role_words_set)
        )
        if len(name_tokens) > 4 or (len(name_tokens) < 2 and not honorific):
            continue
        if any(len(t) == 1 for t in name_tokens[-1:]):
            continue
        s, e = run[first].start(), ends[last - 1]
        name = text[s:e]
        role = None
        affiliation = None
        country = None
        cue = honorific
        if honorific:
            role_words = " ".join(prefix).lower().rstrip(".")
            role = lex.titles.get(role_words, role_words) or None
        head = text[max(body.start, s - 40) : s]
        words_before = head.lower().split()[-3:]
        if head[-1:].isspace() and words_before:
            for size in (3, 2, 1):
                phrase = " ".join(words_before[-size:])
                singular = phrase[:-1] if phrase.endswith("s") else phrase  # "envoys"
                if len(words_before) >= size and (
                    phrase in role_words_set or singular in role_words_set
                ):
                    cue = True
                    role = role or (phrase if phrase in role_words_set else singular)
                    break
            if words_before[-2:] == ["according", "to"]:
                cue = True
            if words_before[-1].strip(",") in lex.reporting_verbs:
                cue = True
            # "envoys A and B": a name coordinated with a person just recognised
            if (
                words_before[-1] == "and"
                and previous_person is not None
                and text[previous_person[0] : s].strip() == "and"
            ):
                cue = True
                role = role or previous_person[1]
        # "The UN special envoy for Yemen, NAME,": a role in the phrase before the comma
        if head.endswith(", ") and not cue:
            before_comma = head[:-2].lower().split()[-6:]
            if any(w in role_words_set for w in before_comma):
                cue = True
                role = role or next(w for w in reversed(before_comma) if w in role_words_set)
        tail = text[e : min(body.end, e + 200)]
        if tail.startswith(",") and (m := apposition.match(tail)) is not None:
            cue = True
            role = m.group(1).lower()
            if m.group(2):
                affiliation = m.group(2).strip()
                known = [h for h in hits if e + m.start(2) <= h.start < e + m.end(2) + 20]
                states = [
                    h.entry.actor
                    for h in known
                    if h.entry.actor and (a := catalog.get(h.entry.actor)) and a.kind == "state"
                ]
                country = states[0] if states else None
        # "NAME said", "NAME has long argued", "NAME, who ..."
        following = [w for w in (w.strip(",.") for w in tail[:60].lower().split()[:5]) if w]
        for word in following:
            if word in lex.reporting_verbs:
                cue = True
                break
            if word not in _VERB_COMPANIONS:
                break
        if tail.startswith(", who "):
            cue = True
        if not cue:
            continue
        key = actor_id(name)
        if not key or key in catalog or name in known_names or not clean_name(name):
            continue  # nothing but titles ("Supreme Leader Ayatollah"), or a known person
        previous_person = (e, role)
        person = people.get(key)
        if person is None:
            people[key] = _Person(name, name_tokens, role, affiliation, country)
        else:
            person.role = person.role or role
            person.affiliation = person.affiliation or affiliation
            person.country = person.country or country

    out: list[Found] = []
    actors: list[Actor] = []
    for key, person in people.items():
        actors.append(
            Actor(
                id=key,
                name=person.name,
                kind="person",
                country=person.country,
                aliases=(person.tokens[-1],) if len(person.tokens) > 1 else (),
                role=person.role,
                affiliation=person.affiliation,
            )
        )
    out.extend(_occurrences(text, body.start, body.end, people, covered))

    out.extend(orgs)
    actors.extend(org_actors)
    out.extend(named_orgs)
    actors.extend(named_org_actors)

    author = (article.author or "").strip()
    if author:
        key = actor_id(author)
        known = next((a for a in catalog if a.kind == "person" and a.name == author), None)
        if known is None and key and key not in people:
            actors.append(
                Actor(id=key, name=author, kind="person", role="author", affiliation=article.source)
            )
            out.extend(
                _occurrences(text, body.start, body.end, {key: _Person(author, [author])}, covered)
            )
    return out, actors


def _overlapping(covered: list[tuple[int, int]], start: int, end: int, minimum: int = 0) -> bool:
    """Whether ``start:end`` overlaps a span of ``covered`` (sorted) longer than ``minimum``."""
    i = bisect.bisect_left(covered, (end, -1))  # spans before i start before ``end``
    while i > 0:
        i -= 1
        s, e = covered[i]
        if s < start - 300:  # mentions are short: nothing earlier reaches ``start``
            return False
        if e > start and e - s > minimum:
            return True
    return False


def _occurrences(
    text: str, start: int, end: int, people: dict[str, _Person], covered: list[tuple[int, int]]
) -> Iterator[Found]:
    """Every occurrence of each person's full name and surname."""
    if not people:
        return
    forms: dict[str, str] = {}
    for key, person in people.items():
        forms.setdefault(person.name, key)
        surname = person.tokens[-1]
        if len(person.tokens) > 1 and len(surname) > 2:
            forms.setdefault(surname, key)
        # family name first, hyphenated given name ("Lai Ching-te", "Lee Jae-myung")
        if len(person.tokens) == 2 and "-" in surname and len(person.tokens[0]) >= 2:
            forms.setdefault(person.tokens[0], key)
    for form, key in sorted(forms.items(), key=lambda item: -len(item[0])):
        at = text.find(form, start, end)
        while at >= 0:
            stop = at + len(form)
            before = text[at - 1 : at]
            after = text[stop : stop + 1]
            if (
                not (before.isalnum() or before == "-")
                and not (after.isalnum() or after == "-")
                and not _overlapping(covered, at, stop)
            ):
                yield Found(at, stop, key, "name")
                covered = sorted([*covered, (at, stop)])
            at = text.find(form, stop, end)


_OPENERS = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "By",
        "For",
        "From",
        "To",
        "Of",
        "And",
        "But",
        "Or",
        "As",
        "While",
        "When",
        "After",
        "Before",
        "Since",
        "According",
        "Both",
        "Analysts",
        "Officials",
    ]
)


@lru_cache(maxsize=1)
def _org_pattern() -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in sorted(lexicon().org_heads, key=len, reverse=True))
    word = r"[A-Z][\w'&-]*"
    return re.compile(
        r"(?<![\w-])(?:" + word + r" ){0,5}(?:" + heads + r")(?![\w-])"
        r"(?: (?:for|of|on)(?: the)?(?: (?:" + word + r"|and|&))+)?"
    )


def _named_organizations(
    text: str, start: int, end: int, catalog: Catalog, covered: list[tuple[int, int]]
) -> tuple[list[Found], list[Actor]]:
    """Organisations named by a capitalised phrase ending in an organisation noun."""
    lex = lexicon()
    found: list[Found] = []
    actors: dict[str, Actor] = {}
    names: dict[str, str] = {}
    for match in _org_pattern().finditer(text, start, end):
        words = match.group().split(" ")
        while words and (words[0] in _OPENERS or words[0].endswith(("-based", "-led", "-backed"))):
            words.pop(0)
        while words and words[-1] in ("and", "&", "the", "of", "for", "on"):
            words.pop()
        capitals = [w for w in words if w[:1].isupper()]
        head = next((w for w in words if w in lex.org_heads), None)
        if head is None or len(capitals) < 2:
            continue
        name = " ".join(words)
        name_start = match.start() + match.group().index(name)
        name_end = name_start + len(name)
        if _overlapping(covered, name_start, name_end, minimum=0):
            continue
        key = actor_id(name, lex.org_heads[head])
        if not key or key in catalog:
            continue
        names[name] = key
        actors.setdefault(
            key,
            Actor(id=key, name=name, kind=lex.org_heads[head], country=None),  # type: ignore[arg-type]
        )
    for name, key in names.items():
        at = text.find(name, start, end)
        while at >= 0:
            stop = at + len(name)
            if not _overlapping(covered, at, stop):
                found.append(Found(at, stop, key, "name"))
            at = text.find(name, stop, end)
    return found, list(actors.values())


def _organizations(
    text: str,
    start: int,
    end: int,
    catalog: Catalog,
    covered: list[tuple[int, int]],
    hits: Iterable[Hit],
) -> tuple[list[Found], list[Actor]]:
    """Organisations introduced with their acronym in brackets."""
    found: list[Found] = []
    actors: list[Actor] = []
    hits = sorted(hits)
    starts = [h.start for h in hits]
    made: set[str] = set()
    for bracket in _BRACKETED_ACRONYM.finditer(text, start, end):
        name_end = bracket.start()
        while name_end > start and text[name_end - 1] == " ":
            name_end -= 1
        words: list[str] = []
        for word in reversed(text[max(start, name_end - 160) : name_end].split(" ")):
            if (
                not (word[:1].isupper() or word in _CONNECTORS)
                or len(words) >= 11
                or any(c in word for c in ',;:!?"()')
            ):
                break
            if word == "the" and words and words[0] in _CONNECTORS:
                break
            words.insert(0, word)
        # "the" belongs to a name only after a connector ("Center for the Study of ...")
        for i in range(len(words) - 1, 0, -1):
            if words[i] == "the" and words[i - 1] not in ("of", "for", "on", "and", "in"):
                words = words[i + 1 :]
                break
        roles = _patterns()[1]
        while words and (not words[0][:1].isupper() or words[0].lower() in roles):
            words.pop(0)  # "Director of the Center for ...": the role is not the name
        capitals = [w for w in words if w[:1].isupper()]
        if len(capitals) < 2:
            continue
        name = " ".join(words)
        name_start = name_end - len(name)
        if text[name_start:name_end] != name:
            continue  # the phrase runs over a line break or double space
        acronym = bracket.group(1)
        if _overlapping(covered, name_start, name_end, minimum=len(name) // 2):
            continue
        key = slugify(acronym)
        if key in catalog:
            key = actor_id(name, "organization")
        if key in catalog or key in made:
            continue
        made.add(key)
        country = None
        after = [
            h
            for h in hits[bisect.bisect_left(starts, bracket.end()) :][:4]
            if h.start < bracket.end() + 20 and h.entry.form == "capital"
        ]
        inside = [
            h
            for h in hits[bisect.bisect_left(starts, name_start) :][:12]
            if h.start < name_end and h.entry.form in ("name", "demonym")
        ]
        for h in after + inside:
            actor = catalog.get(h.entry.actor or "")
            if actor is not None and actor.kind == "state":
                country = actor.id
                break
        actors.append(
            Actor(id=key, name=name, kind="organization", country=country, acronyms=(acronym,))
        )
        found.append(Found(name_start, name_end, key, "name"))
        for other in re.finditer(
            r"(?<![\w-])" + re.escape(acronym) + r"(?![\w-])", text[start:end]
        ):
            s, e = other.start() + start, other.end() + start
            found.append(Found(s, e, key, "acronym"))
        for other in re.finditer(re.escape(name), text[start:end]):
            s = other.start() + start
            if s != name_start:
                found.append(Found(s, s + len(name), key, "name"))
    return found, actors
