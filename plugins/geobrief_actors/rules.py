"""The annotation guide's rules applied to the raw matches of one article.

- longest match wins; blocked phrases (``New Mexico``) swallow what they contain;
- a capital is a mention only where it stands for the state, not where it is only a place;
- a single-word alias of a little-known person counts only when the article names them in full;
- a state qualifier plus an institution noun is one institution mention (``the Iranian regime``,
  ``Russia's foreign ministry``, ``the Trump administration``);
- a state qualifier plus a title is a title mention of whoever held that office on the
  article's date (``the US president``, ``Iran's supreme leader``), unless a name follows
  directly (then only the name is a mention);
- an epithet (``the autocrat``) refers back to the last head of state or government named.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from geobrief_actors.gazetteer import Lexicon, lexicon
from geobrief_actors.matcher import Hit

if TYPE_CHECKING:
    from geobrief import Catalog, Doc

__all__ = ["Found", "OfficeIndex", "apply_rules", "select"]

_WORD = re.compile(r"[^\W\d_][\w'-]*|\d+|[()]")
_AREA_WORDS = frozenset(
    [
        "central",
        "downtown",
        "northern",
        "southern",
        "eastern",
        "western",
        "greater",
        "suburban",
        "outer",
        "inner",
        "north",
        "south",
        "east",
        "west",
    ]
)
#: Prepositions after which a capital is always a location.
_ALWAYS_PLACE = frozenset(
    ["near", "outside", "around", "across", "inside", "within", "through", "via"]
)
_PLACE_OF = frozenset(
    [
        "kilometres",
        "kilometers",
        "km",
        "miles",
        "streets",
        "outskirts",
        "centre",
        "center",
        "heart",
        "suburbs",
        "city",
        "residents",
        "mayor",
        "people",
        "skies",
        "airport",
        "university",
    ]
)
_TIME_AFTER = re.compile(
    r"\s*,?\s*(?:(?:on|last|this|next|earlier|later|in|during|late|early|at|a|an|the)\s+)*"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
    r"may|june|july|august|september|october|november|december|week|month|year|weekend|"
    r"today|yesterday|tomorrow|ceremony|meeting|summit|\d)",
    re.IGNORECASE,
)
_NOT_CURRENT = frozenset(
    ["former", "late", "then", "previous", "ex", "erstwhile", "past", "next", "future"]
)
_MODIFIERS_MAX = 2
_HEAD_ROLES = frozenset(
    [
        "president",
        "prime-minister",
        "chancellor",
        "supreme-leader",
        "king",
        "emir",
        "sultan",
        "crown-prince",
        "general-secretary",
    ]
)
_HONORIFIC_BEFORE_NAME = re.compile(
    r"(?:(?:President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Sultan|Crown Prince|"
    r"Supreme Leader|Ayatollah|Sheikh|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+)*"
)


@attrs.define
class Found:
    """A mention under construction."""

    start: int
    end: int
    actor: str
    form: str
    keep: bool = True


class OfficeIndex:
    """Who held which office of which state, for resolving titles by date."""

    def __init__(self, catalog: Catalog) -> None:
        self.by_post: dict[tuple[str, str], list[tuple[str, object]]] = {}
        for actor in catalog:
            for office in actor.offices:
                if office.country:
                    self.by_post.setdefault((office.country, office.role), []).append(
                        (actor.id, office)
                    )

    def holder(self, country: str, role: str, day: dt.date, leaders: dict[str, str]) -> str | None:
        """The one person holding ``role`` of ``country`` on ``day`` (``None``: unknown or several)."""
        if role == "leader":
            role = leaders.get(country, "")
            if not role:
                return None
        found = {
            actor_id
            for actor_id, office in self.by_post.get((country, role), ())
            if office.held_on(day)  # type: ignore[attr-defined]
        }
        return found.pop() if len(found) == 1 else None


def select(hits: Iterable[Hit]) -> list[Hit]:
    """Leftmost-longest non-overlapping hits."""
    chosen: list[Hit] = []
    last = -1
    for hit in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        if hit.start >= last:
            chosen.append(hit)
            last = hit.end
    return chosen


def _starts_longer_name(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a capitalised word that is not a title, a function word or a calendar word
    follows directly: the match is then the first part of a longer proper name."""
    if text[end : end + 1] != " ":
        return False
    following = _next_word(text, end, end + 40)
    if not following[:1].isupper() or following.isupper():
        return False
    lowered = following.lower()
    return (
        lowered not in lex.name_stopwords
        and lowered not in _CALENDAR
        and lowered not in lex.honorifics_lower
        and lowered not in lex.titles
    )


def _free(candidates: list[Hit], taken: list[Hit]) -> list[Hit]:
    """The candidates (in text order) that overlap none of ``taken`` (in text order)."""
    out = []
    i = 0
    for hit in candidates:
        while i < len(taken) and taken[i].end <= hit.start:
            i += 1
        if i < len(taken) and taken[i].start < hit.end:
            continue
        out.append(hit)
    return out


def _words_before(text: str, pos: int, floor: int, count: int) -> list[tuple[int, int, str]]:
    window = text[max(floor, pos - 12 * count) : pos]
    base = pos - len(window)
    words = [(m.start() + base, m.end() + base, m.group()) for m in _WORD.finditer(window)]
    return words[-count:]


_NEXT_WORD = re.compile(r"\s*([\w'-]+)")
_STRIP = "\"'()[],.;:!?"


def _next_word(text: str, pos: int, ceiling: int) -> str:
    match = _NEXT_WORD.match(text, pos, min(ceiling, pos + 40))
    return match.group(1) if match else ""


def _plain_words_before(text: str, pos: int, floor: int) -> list[str]:
    """The words before ``pos`` (about ten), punctuation stripped; a bracket is a word."""
    out = []
    for word in text[max(floor, pos - 70) : pos].split():
        if word.endswith(")"):
            out.append(word.rstrip(")").strip(_STRIP))
            out.append(")")
        else:
            out.append(word.strip(_STRIP))
    return [w for w in out if w]


def capital_is_place(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the capital at ``start:end`` names only a place (``met in Riyadh``)."""
    text = doc.normalized
    sentence = doc.sentence_at(start)
    floor = sentence.start if sentence else doc.body.start
    ceiling = sentence.end if sentence else doc.body.end
    after = text[end:ceiling]
    # attributive use: "Moscow-based", "the Riyadh talks", "Moscow residents"
    if after.startswith("-based"):
        return True
    following = _next_word(text, end, ceiling)
    if following.lower() in lex.place_nouns and not after.startswith(("'", ",")):
        return True
    # part of a longer proper name: "Moscow State University", "Beijing Daily"
    if (
        after.startswith(" ")
        and following[:1].isupper()
        and following.lower() not in _CALENDAR
        and following.lower() not in lex.name_stopwords
    ):
        return True
    previous_char = text[max(floor, start - 2) : start].rstrip(" ")[-1:]
    if previous_char and not previous_char.isalnum():
        return False  # "...talks. Moscow", "(Moscow": no preposition governs it
    before = _plain_words_before(text, start, floor)
    index = len(before) - 1
    while index >= 0 and before[index].lower() in _AREA_WORDS:
        index -= 1
    if index < 0:
        return False
    preposition = before[index].lower()
    if preposition == "of":
        return index > 0 and before[index - 1].lower() in _PLACE_OF
    if preposition not in lex.place_prepositions:
        return False
    if preposition in _ALWAYS_PLACE:
        return True  # "near Khartoum", "outside Kyiv": only ever a location
    window = [w.lower() for w in before[max(0, index - 4) : index]]
    if any(w in lex.place_cues or w in lex.reporting_verbs for w in window):
        return True
    joined = " ".join(window)
    if any(" " in cue and cue in joined for cue in lex.place_cues):
        return True
    if preposition in ("in", "at") and index > 0:
        previous = before[index - 1]
        if previous == ")" or (previous[:1].isupper() and previous.lower() not in _OPENERS):
            return True  # "the Center ... (CQTM) in Baku": where an organisation is
        if _TIME_AFTER.match(after):
            return True  # "in Riyadh on Monday": where an event happened
    return False


_CALENDAR = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
_OPENERS = frozenset(["many", "some", "most", "few", "those", "officials", "people"])


def apply_rules(
    hits: list[Hit],
    doc: Doc,
    catalog: Catalog,
    offices: OfficeIndex,
    day: dt.date,
) -> list[Found]:
    """Turn the raw hits of one article into mentions, by the rules in the module docstring."""
    lex = lexicon()
    text = doc.normalized
    actor_hits = [h for h in hits if h.entry.actor is not None or h.entry.form == "blocked"]
    selected = select(actor_hits)
    chosen = [h for h in selected if h.entry.form != "blocked"]
    rule_words = select(h for h in hits if h.entry.actor is None and h.entry.form != "blocked")
    nouns = _free(rule_words, selected)

    strong = {h.entry.actor for h in chosen if not h.entry.weak}
    kinds = {a: catalog[a].kind for a in {h.entry.actor for h in chosen} if a in catalog}
    found: list[Found] = []
    for hit in chosen:
        entry = hit.entry
        assert entry.actor is not None
        if entry.weak and entry.actor not in strong:
            continue
        if entry.form in ("capital", "institution") and capital_is_place(
            doc, hit.start, hit.end, lex
        ):
            continue  # "met in Riyadh", "a ceremony at the White House"
        if (
            entry.form == "name"
            and kinds.get(entry.actor) == "person"
            and _starts_longer_name(text, hit.end, lex)
        ):
            continue  # "the Trump Route for ...", "Trump Tower" (state names count anyway)
        found.append(Found(hit.start, hit.end, entry.actor, entry.form))

    by_end = {f.end: f for f in found}
    _absorb_qualifiers(found, by_end, text)
    by_start = {f.start: f for f in found}
    extra: list[Found] = []
    unresolved = []
    for noun in nouns:
        made = None
        if noun.entry.form != "epithet":
            made = _combine(noun, by_end, by_start, text, catalog, offices, day, lex)
        if made is not None:
            extra.append(made)
        else:
            unresolved.append(noun)
    found.extend(extra)
    found.extend(_references(unresolved, found, doc, catalog, offices, day, lex))
    return [f for f in found if f.keep]


def _absorb_qualifiers(found: list[Found], by_end: dict[int, Found], text: str) -> None:
    """``the U.S. State Department``, ``Russia's Duma``: one institution mention, not two."""
    for institution in found:
        if (
            institution.form != "institution"
            or text[institution.start : institution.start + 4].lower() == "the "
        ):
            continue
        for gap in (" ", "'s ", "' "):
            qualifier = by_end.get(institution.start - len(gap))
            if (
                qualifier is not None
                and qualifier.keep
                and qualifier.actor == institution.actor
                and text[qualifier.end : institution.start] == gap
            ):
                qualifier.keep = False
                start = qualifier.start
                if gap == " ":
                    start, _ = _determiner_start(text, start, max(0, start - 40))
                institution.start = start
                break


def _state_of(found: Found, catalog: Catalog, person_ok: bool) -> str | None:
    actor = catalog.get(found.actor)
    if actor is None:
        return None
    if actor.kind == "person":
        if not person_ok or found.form != "name":
            return None
        return actor.country
    return actor.id


def _determiner_start(text: str, start: int, floor: int) -> tuple[int, list[str]]:
    """Extend left over up to two modifiers to a preceding ``the``; the modifiers seen."""
    words = _words_before(text, start, floor, _MODIFIERS_MAX + 1)
    modifiers: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        s, _, word = words[i]
        gap = text[words[i][1] : (words[i + 1][0] if i + 1 < len(words) else start)]
        if gap not in (" ", "-"):
            break
        if word.lower() == "the":
            return s, modifiers
        if not word.islower() or len(modifiers) >= _MODIFIERS_MAX:
            break
        modifiers.append(word.lower())
    return start, []


_INSTITUTION_OF_PERSON = frozenset(
    ["administration", "government", "regime", "cabinet", "presidency", "junta", "leadership"]
)


def _combine(
    noun: Hit,
    by_end: dict[int, Found],
    by_start: dict[int, Found],
    text: str,
    catalog: Catalog,
    offices: OfficeIndex,
    day: dt.date,
    lex: Lexicon,
) -> Found | None:
    """An institution or title phrase built around ``noun``, or ``None``."""
    is_title = noun.entry.form == "title-noun"
    noun_text = text[noun.start : noun.end].lower()
    qualifier: Found | None = None
    start = noun.start
    modifiers: list[str] = []
    # "the Iranian regime", "Russia's foreign ministry", "the Trump administration"
    for gap in (" ", "'s ", "' ", "-"):
        q = by_end.get(noun.start - len(gap))
        if q is not None and text[q.end : noun.start] == gap:
            qualifier = q
            break
    state = None
    if qualifier is not None:
        state = _state_of(
            qualifier, catalog, person_ok=not is_title and noun_text in _INSTITUTION_OF_PERSON
        )
        possessive = text[qualifier.end : noun.start] != " "
        if state is not None:
            if possessive:
                start = qualifier.start
                if text[max(0, start - 4) : start].lower() == "the ":
                    start -= 4  # "the EU's foreign policy chief"
            else:
                start, modifiers = _determiner_start(
                    text, qualifier.start, max(0, qualifier.start - 60)
                )
    end = noun.end
    if state is None:
        # "the president of Russia", "the administration of President Donald Trump"
        match = re.match(r" of (?:the )?", text[noun.end : noun.end + 10])
        before = text[max(0, noun.start - 4) : noun.start]
        if match is None or before.lower() != "the ":
            return None
        at = noun.end + match.end()
        honorific = _HONORIFIC_BEFORE_NAME.match(text, at)
        at = honorific.end() if honorific else at
        qualifier = by_start.get(at)
        if qualifier is None:
            return None
        state = _state_of(
            qualifier, catalog, person_ok=not is_title and noun_text in _INSTITUTION_OF_PERSON
        )
        if state is None:
            return None
        start = noun.start - 4
        end = qualifier.end
    if is_title:
        if any(m in _NOT_CURRENT for m in modifiers):
            return None
        following = _next_word(text, end, end + 40)
        if (
            re.match(r",?\s+[A-Z]", text[end : end + 3])
            and following.lower() not in lex.name_stopwords
        ):
            return None  # "Russian President Vladimir Putin": only the name counts
        person = offices.holder(state, noun.entry.value or "", day, lex.leaders)
        if person is None:
            return None
        return Found(start, end, person, "title")
    if qualifier.actor == state:
        qualifier.keep = False  # the same actor inside its institution phrase
    return Found(start, end, state, "institution")


def _references(
    nouns: list[Hit],
    found: list[Found],
    doc: Doc,
    catalog: Catalog,
    offices: OfficeIndex,
    day: dt.date,
    lex: Lexicon,
) -> list[Found]:
    """Bare titles and epithets that refer back to a person named shortly before.

    ``the president`` is the last person named in this or the two sentences before who held a
    presidency on the article's date; ``the autocrat`` (``the Russian autocrat``) is the head of
    state or government named first in the nearest sentence that names one (the subject is
    usually named first), or the leader of the state that qualifies it.
    """
    text = doc.normalized
    out: list[Found] = []
    people = sorted(
        (
            f
            for f in found
            if f.keep and (a := catalog.get(f.actor)) is not None and a.kind == "person"
        ),
        key=lambda f: f.start,
    )
    by_end = {f.end: f for f in found if f.keep}
    for noun in nouns:
        epithet = noun.entry.form == "epithet"
        if noun.entry.form not in ("epithet", "title-noun") or noun.start in _claimed(out):
            continue
        qualifier = by_end.get(noun.start - 1)
        anchor = qualifier.start if qualifier is not None else noun.start
        start, modifiers = _determiner_start(text, anchor, max(doc.body.start, anchor - 40))
        if start == anchor or any(m in _NOT_CURRENT for m in modifiers):
            continue  # "an autocrat", "the former president": no reference back
        after = text[noun.end : noun.end + 40]
        if re.match(r" of\b", after) or re.match(r",?\s+[A-Z]", after):
            continue  # "the president of ...", "the president, Donald Trump"
        if qualifier is not None:
            if not epithet:
                continue  # qualified titles are resolved by _combine
            state = _state_of(qualifier, catalog, person_ok=False)
            person = state and offices.holder(state, "leader", day, lex.leaders)
            if person:
                out.append(Found(start, noun.end, person, "title"))
            continue
        here = doc.sentence_index(noun.start)
        if here is None:
            continue
        chosen = None
        for back in range(3):
            index = here - back
            if index < 0:
                break
            sentence = doc.sentences[index]
            candidates = [
                f for f in people if sentence.start <= f.start and f.end <= min(sentence.end, start)
            ]
            if epithet:
                candidates = [f for f in candidates if _is_head(catalog, f.actor)]
                if candidates:
                    chosen = candidates[0].actor
                    break
            else:
                role = noun.entry.value or ""
                fitting = [f for f in candidates if _holds(catalog, f.actor, role, day)]
                if fitting:
                    chosen = fitting[-1].actor
                    break
        if chosen is not None:
            out.append(Found(start, noun.end, chosen, "title"))
    return out


def _claimed(found: list[Found]) -> set[int]:
    return {f.start for f in found}


def _is_head(catalog: Catalog, actor_id: str) -> bool:
    actor = catalog.get(actor_id)
    return actor is not None and any(o.role in _HEAD_ROLES for o in actor.offices)


def _holds(catalog: Catalog, actor_id: str, role: str, day: dt.date) -> bool:
    actor = catalog.get(actor_id)
    if actor is None:
        return False
    roles = _HEAD_ROLES if role == "leader" else {role}
    return any(o.role in roles and o.held_on(day) for o in actor.offices)
