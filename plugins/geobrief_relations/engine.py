"""Shallow, clause-by-clause relation extraction.

A sentence with mentions of at least two actors is tokenised; each actor mention becomes one
slot; adjacent mentions joined by "and", commas or a hyphen form a group ("Moscow and Tehran",
"U.S.-Iran"). The sentence is cut into clauses at semicolons, spaced dashes, subordinators and
relative pronouns. In each clause the triggers of the lexicon are found, and for each one the
agent and recipient are read off the slots around it:

- verbs: the nearest subject-like group on the left (not inside a prepositional phrase, not the
  object of an earlier trigger) is the agent; the first group on the right (a direct object or a
  recipient after "to", "with", "on", ...) the recipient. A past participle after a form of "be"
  with a "by" phrase is passive: the "by" group is the agent, the subject the recipient.
- nouns: a possessor ("Russia's support for Iran"), an attributive actor ("US sanctions",
  "Iranian drones") or a compound ("the Russia-Iran partnership") inside the noun phrase, and a
  prepositional recipient after it ("for", "on", "with", "between", ...).
- participant nouns (ally, partner, rival): possessor and attributive actors, plus the subject of
  a copula ("Tehran has become Moscow's ally").
- symmetric ties join every pair of participants once; mutual events (war) both ways.

Negation and mode are read from cue words in the clause (see ``data/cues.csv``); wrappers retype
the trigger they govern ("agreed to assist" -> AGREE, "refused to negotiate" -> REJECT).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple

from geobrief import Actor, Claim, Mention, Relationship, Span, TimeRef
from geobrief.text import Doc
from geobrief_relations.lexicon import (
    Referent,
    Trigger,
    anaphors,
    cues,
    referents,
    tokenize,
    triggers,
)

__all__ = ["extract"]

#: Responses whose object may be a thing an earlier agent offered ("Iran dismissed it").
RESPONSES = frozenset({"REJECT", "ACCUSE", "SUPPORT"})
COOPERATIVE = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "ALLY"}
)
#: Verbs that respond to an event ("condemned the strikes", "welcomed the deal"): their subject
#: is not the agent of the event noun they take, and their target is that event's agent.
REACTIONS = frozenset({"ACCUSE", "REJECT", "PROTEST", "SUPPORT"})
#: Event nouns whose "from" phrase is their agent ("pressure from Baku", "aid from Qatar").
ORIGIN_FROM = frozenset(
    {"AID", "SUPPORT", "COERCE", "THREATEN", "ASSAULT", "ACCUSE", "REQUEST", "AGREE"}
)
#: Hostile acts whose halting is a de-escalation (PLOVER RETREAT), not a negated act.
HALTABLE = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
#: Types whose event noun, with an agent and no named target, aims at the agent's latest
#: target ("an end to American air strikes").
HOSTILE = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "THREATEN"})
#: Conflict types a stated intention turns into a threat.
MATERIAL_CONFLICT = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"})

PREPOSITIONS = frozenset(
    [
        "in",
        "at",
        "on",
        "of",
        "for",
        "to",
        "with",
        "from",
        "by",
        "about",
        "over",
        "under",
        "against",
        "into",
        "onto",
        "toward",
        "towards",
        "between",
        "among",
        "amid",
        "across",
        "through",
        "within",
        "without",
        "during",
        "after",
        "before",
        "since",
        "than",
        "like",
        "upon",
        "via",
        "per",
        "beyond",
        "around",
        "near",
        "inside",
        "outside",
        "behind",
    ]
)
#: Prepositions after which a group is a place or a circumstance, never a recipient.
NOT_RECIPIENT = frozenset({"in", "at", "from", "by", "than", "like", "during", "inside", "near"})
DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "some",
        "any",
        "every",
        "each",
        "another",
        "such",
        "no",
        "its",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
    ]
)
POSSESSIVE_PRONOUNS = {"his": "person", "her": "person", "its": "other", "their": "group"}
BE = frozenset(["is", "are", "was", "were", "be", "been", "being", "am"])
AUX = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "has",
        "have",
        "had",
        "having",
        "do",
        "does",
        "did",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "wo",
        "ca",
    ]
)
CONNECTORS = frozenset(
    {",", "and", "or", "nor", "even", "both", "especially", "particularly", "including"}
    | {"notably", "as", "well", "-", "/", "&", "also", "either", "neither", "the"}
)
#: Connectors that set actors side by side without coordinating them (an apposition).
COMMA_ONLY = frozenset({",", "the"})
#: Words that may stand between a possessor and its noun ("Moscow's crucial military ally").
STOP_MODIFIER = (
    DETERMINERS | PREPOSITIONS | AUX | frozenset({".", ",", ";", ":", "(", ")", '"', "!"})
)
#: Light verbs whose subject is the agent of the event noun they take ("imposed sanctions").
COPULA = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "become",
        "becomes",
        "became",
        "becoming",
        "remain",
        "remains",
        "remained",
        "as",
    ]
)
IRREGULAR_PARTICIPLES = frozenset(
    [
        "made",
        "built",
        "sent",
        "sold",
        "bought",
        "brought",
        "held",
        "led",
        "fought",
        "struck",
        "shot",
        "won",
        "lost",
        "paid",
        "put",
        "set",
        "cut",
        "hit",
        "kept",
        "left",
    ]
)
#: Words a clause may have before its trigger and still borrow the previous clause's subject.
SHORT_CLAUSE = 4
RELATIVE = frozenset({"that", "which", "who", "whom", "whose", "where"})
#: Openers of a clause whose subject is that of the following main clause ("By funding Iran, China").
LATER_SUBJECT = frozenset({"by", "after", "before", "while", "when", "without", "despite"})
PREP_OPENERS = frozenset({"in", "during", "at", "after", "following", "on", "amid", "before"})
#: Nouns of time: "called X a day later" is no label, "shipping this month" no object.
TIME_NOUNS = frozenset(
    [
        "day",
        "week",
        "month",
        "year",
        "hour",
        "minute",
        "time",
        "few",
        "weekend",
        "morning",
        "evening",
        "spring",
        "summer",
        "autumn",
        "winter",
        "fall",
        "decade",
        "century",
    ]
)


class Slot(NamedTuple):
    word: str  # lower-case token, "" for an actor slot
    start: int
    end: int
    actor: str | None
    demonym: bool = False  # an adjective ("Iranian"): always followed by its noun
    extra: tuple[str, ...] = ()  # further actors a plural anaphor stands for ("these countries")


class Group(NamedTuple):
    first: int  # slot index of the first actor
    last: int  # slot index of the last actor
    actors: tuple[str, ...]
    possessive: bool  # followed by 's
    oblique: bool  # preceded by a preposition
    compound: bool  # joined by a hyphen (U.S.-Iran)
    before: str  # the word before the group


class Found(NamedTuple):
    start: int  # first slot
    end: int  # one past the last slot
    trigger: Trigger


def _actor_info(actors: Iterable[Actor]) -> dict[str, Actor]:
    return {a.id: a for a in actors}


def _same_side(a: str, b: str, info: dict[str, Actor]) -> bool:
    """An actor and its own state, or two members of one state (Trump and the US)."""
    if a == b:
        return True
    actor_a, actor_b = info.get(a), info.get(b)
    country_a = actor_a.country if actor_a else None
    country_b = actor_b.country if actor_b else None
    if actor_a is not None and actor_b is not None and actor_a.kind == actor_b.kind == "person":
        return False  # two people of one state may still act on each other
    if actor_a is not None and actor_a.kind == "state":
        country_a = a
    if actor_b is not None and actor_b.kind == "state":
        country_b = b
    return (
        country_a is not None
        and country_a == country_b
        and not (actor_a and actor_b and actor_a.kind == actor_b.kind == "state")
    )


#: Prefixes that make an actor name into something else ("post-Soviet states", "pro-Russian").
NAME_PREFIXES = ("post-", "pre-", "anti-", "pro-", "ex-", "non-", "neo-")


def _prefixed(lower: str, start: int) -> bool:
    return lower[max(0, start - 6) : start].endswith(NAME_PREFIXES)


_SUFFIX_WORD = re.compile(r"-([a-z]+)\b")


def _suffixed(text: str, end: int) -> bool:
    """A name glued to a lower-case word ("Greek-operated tanker", "Pakistan-based militants",
    "Moscow-led bloc") modifies another noun: it is not a participant. A trigger word keeps it
    ("Iran-backed Houthis": Iran backs them)."""
    if text[end : end + 1] != "-":
        return False
    match = _SUFFIX_WORD.match(text, end)
    if match is None:
        return False
    return match.group(1) not in triggers()


def _slots(
    doc: Doc,
    sentence: Span,
    mentions: Sequence[Mention],
    extra: dict[int, tuple[str, ...]] | None = None,
) -> list[Slot]:
    """The sentence as words and actor slots (one slot per mention)."""
    lower = doc.lower
    slots: list[Slot] = []
    append = slots.append
    spans = [(m.span.start, m.span.end) for m in mentions]
    count = len(spans)
    mi = 0
    m_start, m_end = spans[0] if spans else (-1, -1)
    for word, start, end in tokenize(lower, sentence.start, sentence.end):
        if mi < count and m_end <= start:
            while mi < count and spans[mi][1] <= start:
                mi += 1
            if mi < count:
                m_start, m_end = spans[mi]
        if mi < count and m_start < end:
            mention = mentions[mi]
            if word in ("'s", "'") and start >= m_end - 2:
                append(Slot("'s", start, end, None))
                continue
            if _prefixed(lower, m_start) or _suffixed(doc.text, m_end):
                append(Slot(word, start, end, None))
                continue
            if slots and slots[-1].actor == mention.actor and slots[-1].end > m_start:
                last = slots[-1]
                slots[-1] = last._replace(end=max(end, last.end))
            else:
                more = extra.get(m_start, ()) if extra else ()
                append(Slot("", start, end, mention.actor, mention.form == "demonym", more))
            continue
        if word == "'" and slots and slots[-1].actor and lower[end : end + 1] == "s":
            continue
        if word == "s" and slots and slots[-1].word == "'" and slots[-1].start == start - 1:
            slots[-1] = Slot("'s", slots[-1].start, end, None)
            continue
        append(Slot(word, start, end, None))
    if any(s.word == "(" for s in slots):
        slots = _merge_acronyms(slots)
    # a lone apostrophe after an actor ("Brussels'") is a possessive too
    if not any(s.word == "'" for s in slots):
        return slots
    return [
        Slot("'s", s.start, s.end, None)
        if s.word == "'"
        and i
        and slots[i - 1].actor
        and (i + 1 == len(slots) or slots[i + 1].actor is None)
        else s
        for i, s in enumerate(slots)
    ]


def _merge_acronyms(slots: list[Slot]) -> list[Slot]:
    """A name and its acronym in brackets ("the Collective Security Treaty Organization
    (CSTO)") are one slot, so that the brackets cut no clause."""
    out: list[Slot] = []
    i = 0
    while i < len(slots):
        slot = slots[i]
        if (
            slot.actor is not None
            and i + 3 < len(slots)
            and slots[i + 1].word == "("
            and slots[i + 2].actor == slot.actor
            and slots[i + 3].word == ")"
        ):
            out.append(slot._replace(end=slots[i + 3].end))
            i += 4
            continue
        out.append(slot)
        i += 1
    return out


def _clauses(slots: list[Slot], text: str) -> list[tuple[int, int]]:
    """Clause boundaries as ``(first slot, end slot)``: before a boundary cue (subordinators,
    relative pronouns, ";"), a spaced dash, a parenthesis, and "even as"."""
    boundary = cues().by_kind.get("boundary", frozenset())
    out = []
    start = 0
    relative = False  # inside ", which ..." / ", who ..."
    for i, slot in enumerate(slots):
        word = slot.word
        spaced_dash = word == "-" and (
            text[slot.start - 1 : slot.start].isspace() or text[slot.end : slot.end + 1].isspace()
        )
        even_as = word == "even" and i + 1 < len(slots) and slots[i + 1].word in ("as", "though")
        cut = (word,) in boundary or spaced_dash or word in ("(", ")") or even_as
        if not cut and word in ('"', "and", "but", "or"):
            cut = _closing_quote(slots, i) or _new_clause(slots, i)
        # "Russia, which Ukraine attacked in August, demanded talks": the comma that closes
        # the relative clause before a verb resumes the main clause
        closes = (
            relative
            and word == ","
            and i + 1 < len(slots)
            and slots[i + 1].actor is None
            and _finite(slots[i + 1].word)
        )
        if (cut or closes) and i > start:
            out.append((start, i))
            start = i
            relative = word in ("which", "who") and i > 0 and slots[i - 1].word == ","
    if start < len(slots):
        out.append((start, len(slots)))
    return out


def _closing_quote(slots: list[Slot], i: int) -> bool:
    """A quotation mark closing a quotation (after "," "." "?" "!"): what follows is the
    reporting clause ('"...to sell its oil," Scott Bessent said')."""
    return slots[i].word == '"' and i > 0 and slots[i - 1].word in (",", ".", "?", "!")


def _finite(word: str) -> bool:
    """A word that looks like a finite verb or an auxiliary."""
    if word in AUX or word in IRREGULAR_PARTICIPLES or word in ("said", "says"):
        return True
    if word.endswith("ed"):
        return True
    return any(
        t.pos == "verb" and t.tag in ("s", "past") and len(key) == 1
        for key, t in triggers().get(word, ())
    )


def _new_clause(slots: list[Slot], i: int) -> bool:
    """ ", and China condemned ...": a conjunction after a comma whose actor is followed by a
    verb opens a clause of its own (the actor is no member of the list before it)."""
    if slots[i].word not in ("and", "but", "or") or i == 0 or slots[i - 1].word != ",":
        return False
    if (
        i >= 4
        and slots[i - 2].actor is not None
        and slots[i - 3].word == ","
        and slots[i - 4].actor is not None
    ):
        return False  # "The US, Russia, and France met": a list with a serial comma
    j = i + 1
    if j < len(slots) and slots[j].word == "the":
        j += 1
    if j >= len(slots) or slots[j].actor is None:
        return False
    while j < len(slots) and slots[j].actor is not None:
        j += 1
    if j < len(slots) and slots[j].word == "'s":
        return False
    return j < len(slots) and _finite(slots[j].word)


def _groups(slots: list[Slot], lo: int, hi: int) -> list[Group]:
    groups: list[Group] = []
    i = lo
    while i < hi:
        if slots[i].actor is None:
            i += 1
            continue
        first = i
        actors = [slots[i].actor, *slots[i].extra]
        compound = False
        last = i
        j = i + 1
        joined = False  # a conjunction or hyphen links the members (not commas alone)
        while j < hi:
            k = j
            while k < hi and slots[k].actor is None and slots[k].word in CONNECTORS:
                k += 1
            if k < hi and slots[k].actor is not None and k - j <= 3:
                if any(slots[x].word in ("-", "/") for x in range(j, k)):
                    compound = True
                if any(slots[x].word not in COMMA_ONLY for x in range(j, k)):
                    joined = True
                actors.extend((slots[k].actor, *slots[k].extra))
                last = k
                j = k + 1
            else:
                break
        if last > first and not joined:
            # "Iran, Hezbollah's main backer, ...": actors set side by side by commas alone
            # are an apposition, not a list (a list ends with "and" / "or")
            actors = [slots[first].actor, *slots[first].extra]
            last = first
        possessive = last + 1 < hi and slots[last + 1].word == "'s"
        before = slots[first - 1].word if first > lo else ""
        # the word opening a clause ("after Iran supplied") is a subordinator, not a preposition
        oblique = before in PREPOSITIONS and first - 1 > lo
        if oblique and before in ("of", "in") and first >= 2:
            # "the juntas in Mali", "the government of Niger": the state acts through them
            head = slots[first - 2].word
            oblique = not cues().has("government", head)
        groups.append(
            Group(
                first,
                last,
                tuple(dict.fromkeys(a for a in actors if a)),
                possessive,
                oblique,
                compound,
                before,
            )
        )
        i = last + 1
    return groups


def _find_triggers(slots: list[Slot], lo: int, hi: int) -> list[Found]:
    index = triggers()
    found: list[Found] = []
    i = lo
    while i < hi:
        word = slots[i].word
        candidates = index.get(word) if word else None
        matched = None
        if candidates:
            for key, trigger in candidates:
                n = len(key)
                if i + n <= hi and all(slots[i + k].word == key[k] for k in range(1, n)):
                    if matched is None:
                        matched = (n, [trigger])
                    elif n == matched[0]:
                        matched[1].append(trigger)
                    else:
                        break
        if matched:
            n, options = matched
            trigger = _choose_reading(slots, i, n, hi, options)
            if trigger.pos != "verb" or not _nominal(slots, i, trigger):
                found.append(Found(i, i + n, trigger))
            i += n
        else:
            i += 1
    return found


def _nominal(slots: list[Slot], i: int, trigger: Trigger) -> bool:
    """Whether a verb form stands where only a noun can ("the press", "its push for", "the
    peacekeeping force", "use of force", "Russian forces"): a verb-only trigger is then no
    event."""
    if i == 0:
        return False
    prev = slots[i - 1]
    if prev.actor is not None:
        if trigger.tag == "s" and i >= 2 and slots[i - 2].actor is None:
            # "targeting U.S. ships", "of Russian arms": an actor modifying a noun
            before = slots[i - 2].word
            if before in DETERMINERS or before in PREPOSITIONS or before.endswith("ing"):
                return True
        return prev.demonym and trigger.tag != "past"
    word = prev.word
    if word == "'s" or (word in DETERMINERS and word != "that"):
        return True
    if trigger.tag not in ("base", "s"):
        return False  # "by supplying", "far from aligned with"
    if word in PREPOSITIONS and word != "to":
        return True
    # right after an -ing modifier ("peacekeeping force")
    return word.endswith("ing") and word not in PREPOSITIONS


def _choose_reading(slots: list[Slot], i: int, n: int, hi: int, options: list[Trigger]) -> Trigger:
    """Pick the verb or the noun reading of an ambiguous form (attacks, support, offer)."""
    if len(options) == 1:
        return options[0]
    verbs = [t for t in options if t.pos == "verb"]
    nouns = [t for t in options if t.pos != "verb"]
    if not verbs or not nouns:
        return options[0]
    prev = slots[i - 1] if i > 0 else None
    nxt = slots[i + n] if i + n < hi else None
    if verbs[0].tag == "ing" and nouns[0].type == "NONE":
        # a gerund that is also an ordinary noun ("merchant shipping", "the shipping lane") is
        # a verb only before its object ("shipping drones to Russia", "shipping them")
        after = slots[i + n + 1].word if i + n + 1 < hi else ""
        takes_object = nxt is not None and (
            nxt.actor is not None
            or (nxt.word in DETERMINERS and after not in TIME_NOUNS)
            or nxt.word in ("it", "them")
            or any(t.pos == "noun" and t.type != "NONE" for _k, t in triggers().get(nxt.word, ()))
        )
        return verbs[0] if takes_object else nouns[0]
    if prev is not None and prev.actor is None:
        if prev.word in ("to", "will", "would", "could", "might", "can", "should", "not", "n't"):
            return verbs[0]
        if prev.word in DETERMINERS or prev.word == "'s" or prev.word in PREPOSITIONS:
            return nouns[0]
        if prev.word in AUX and verbs[0].tag in ("past", "ing"):
            return verbs[0]
    if prev is not None and prev.demonym:
        return nouns[0]
    if nxt is not None and (nxt.actor is not None or nxt.word in DETERMINERS):
        return verbs[0]
    if nxt is None or nxt.word in (",", ".", ";", ":", "and", "or", ")"):
        return nouns[0]
    if nxt is not None and nxt.word in nouns[0].preps:
        return nouns[0]
    if prev is not None and prev.actor is not None:
        # "US sanctions" after a determiner or preposition is a noun phrase; "Russia attacks"
        # at the head of a clause is a verb
        j = i - 1
        while j > 0 and slots[j - 1].actor is not None:
            j -= 1
        before = slots[j - 1].word if j > 0 else ""
        if before in DETERMINERS or before in PREPOSITIONS:
            return nouns[0]
        return verbs[0] if verbs[0].tag in ("s", "past") else nouns[0]
    if verbs[0].tag in ("past", "ing"):
        return verbs[0]
    return nouns[0]


class _LazyGroups:
    """The groups of each clause, found when a clause is first looked at."""

    def __init__(self, slots: list[Slot], clauses: list[tuple[int, int]]) -> None:
        self.slots = slots
        self.clauses = clauses
        self.cache: dict[int, list[Group]] = {}

    def __getitem__(self, c: int) -> list[Group]:
        found = self.cache.get(c)
        if found is None:
            lo, hi = self.clauses[c]
            found = self.cache[c] = _groups(self.slots, lo, hi)
        return found

    def __len__(self) -> int:
        return len(self.clauses)

    def __iter__(self) -> Iterator[list[Group]]:
        return (self[c] for c in range(len(self.clauses)))


class _Sentence:
    """One sentence's slots, clauses, groups and triggers, plus the resolution rules."""

    def __init__(
        self,
        doc: Doc,
        span: Span,
        mentions: Sequence[Mention],
        info: dict[str, Actor],
        extra: dict[int, tuple[str, ...]] | None = None,
        history: list[tuple[str, str, str, bool]] | None = None,
    ):
        self.doc = doc
        self.info = info
        #: Events read so far in the article, as (source, target, type, directed), oldest
        #: first.
        self.history: list[tuple[str, str, str, bool]] = history if history is not None else []
        self.recent_agents: list[str] = []
        #: Triggers (by first slot) whose event is only requested of someone.
        self.irrealis: set[int] = set()
        #: The triggers of every clause read so far, the current one included.
        self.seen: list[Found] = []
        self.current: list[Found] = []
        #: Event nouns (by first slot) taken as the object of a verb that absorbs them.
        self.consumed: set[int] = set()
        #: The agents of the last verb read without a recipient.
        self.agent_only: tuple[str, ...] | None = None
        #: The recipients of the sentence's last aid ("supplied Russia with drones").
        self.aid_recipients: tuple[str, ...] = ()
        self.slots = _slots(doc, span, mentions, extra)
        self.clauses = _clauses(self.slots, doc.normalized)
        self.groups = _LazyGroups(self.slots, self.clauses)
        self.cues = cues()

    # -- helpers ------------------------------------------------------------------------------

    def word(self, i: int) -> str:
        return self.slots[i].word if 0 <= i < len(self.slots) else ""

    def subject(self, c: int, before: int, used: set[int]) -> Group | None:
        """The nearest subject-like group left of slot ``before`` in clause ``c``."""
        candidates = [
            g
            for g in self.groups[c]
            if g.last < before and (not g.oblique or g.before == "by") and g.first not in used
        ]
        if not candidates:
            return None
        chosen = candidates[-1]
        if len(candidates) >= 2 and self.appositive(candidates[-2], chosen, before):
            return candidates[-2]
        return chosen

    def appositive(self, head: Group, inner: Group, before: int) -> bool:
        """Whether ``inner`` stands in a phrase set off by commas after ``head`` ("Iran,
        Hezbollah's main backer, has warned"; "Iran, a close ally of Russia, said")."""
        if self.word(head.last + 1) != "," or inner.first <= head.last + 1:
            return False
        if any(self.word(j) in (",", "and", "or") for j in range(head.last + 2, inner.first)):
            return False
        # the phrase closes with a comma before the verb (or runs up to it)
        return any(self.word(j) == "," for j in range(inner.last + 1, before)) or (inner.possessive)

    def inherited_subject(self, c: int, before: int) -> Group | None:
        """The agent of a clause without its own subject: for a relative clause the actor right
        before the relative pronoun ("Iran, which supplies"), otherwise, for a short participial
        or prepositional clause, the previous clause's subject ("Moscow played both sides, ...
        while secretly assisting Iran"; "... because of shared opposition to")."""
        lo = self.clauses[c][0]
        if self.word(lo) == "," and c >= 1:
            resumed = self.antecedent(c - 1)
            if resumed is not None:
                return resumed
        if before - lo > SHORT_CLAUSE and not (
            # "Russia, which signed a treaty with Iran in January, criticised the sanctions"
            self.word(lo) in ("which", "who") and self.word(lo - 1) == ","
        ):
            return None
        if self.word(lo) in RELATIVE:
            j = lo - 1
            if self.word(j) == ",":
                j -= 1
            return next((g for g in self.groups[c - 1] if g.last == j), None)
        return self.first_subject(c - 1)

    def first_subject(self, c: int) -> Group | None:
        for g in self.groups[c]:
            if not g.oblique:
                return g
        return None

    def nearest_left(self, c: int, before: int, used: set[int]) -> Group | None:
        """The nearest group left of ``before``, even inside a prepositional phrase."""
        candidates = [g for g in self.groups[c] if g.last < before and g.first not in used]
        return candidates[-1] if candidates else None

    def predicate_between(self, group: Group, before: int) -> bool:
        """Whether another trigger stands between ``group`` and slot ``before`` (the group is then
        that trigger's argument, not the later noun's)."""
        return any(
            group.last < f.start
            and f.end <= before
            and f.trigger.type not in ("NONE", "INTENT", "REFUSAL")
            for f in self.current
        )

    def quoted_speaker(self, found: Found) -> Group | None:
        """The speaker of 'X said the group "makes its own decisions" and called ...': a
        finite verb after a quoted complement and "and" is the reporting subject's."""
        if found.trigger.tag not in ("past", "s") or self.word(found.start - 1) not in (
            "and",
            "but",
        ):
            return None
        close = found.start - 2
        if self.word(close) != '"':
            return None
        report = next(
            (k for k in range(close - 1, -1, -1) if self.cues.has("report", self.word(k))), None
        )
        if report is None:
            return None
        speaker = None
        for groups in self.groups:
            for g in groups:
                if g.last < report and not g.oblique and not g.possessive:
                    speaker = g
        return speaker

    def used_participle(self, lo: int, hi: int) -> bool:
        """Whether a participle of use ("used", "deployed", "fired") opens a phrase set off by a
        comma in ``[lo, hi)``."""
        return any(
            self.word(j) == "," and self.cues.has("use", self.word(j + 1)) for j in range(lo, hi)
        )

    def detached(self, lo: int, hi: int) -> bool:
        """Whether a participle phrase set off by a comma starts in ``[lo, hi)``
        ("supplied drones, used in attacks on Ukraine": the attacker is not the supplier)."""
        if self.word(lo) == ",":
            # an apposition after the subject ("Washington, Tehran's old enemy, imposed"): its
            # closing comma is followed by the main verb, not by a detached participle
            close = next((j for j in range(lo + 1, hi) if self.slots[j].word == ","), None)
            if close is not None:
                lo = close + 1
        for j in range(lo, hi - 1):
            if self.slots[j].word == ",":
                word = self.slots[j + 1].word
                if word.endswith(("ed", "ing", "en")) or word in IRREGULAR_PARTICIPLES:
                    return True
        return False

    def apposed(self, c: int, np_start: int, end: int) -> Group | None:
        """The actor a participant noun phrase is set beside: "Iran, Hezbollah's main backer";
        "Hezbollah's main backer Iran"; "its allies, including Japan and Australia"."""
        groups = self.groups[c]
        if self.word(np_start - 1) == ",":
            g = next((g for g in groups if g.last == np_start - 2), None)
            if g is not None and not g.possessive and not g.oblique:
                return g
            if self.word(np_start - 2) == ")" and self.word(np_start - 4) == "(":
                # "... wal-Muslimin (JNIM), al-Qaeda's affiliate": the bracketed name
                k = np_start - 3
                for c2, (lo, hi) in enumerate(self.clauses):
                    if lo <= k < hi:
                        g = next((g for g in self.groups[c2] if g.last == k), None)
                        if g is not None and not g.possessive:
                            return g
        j = end
        if self.word(j) == ",":
            j += 1
        if self.word(j) in ("including", "notably", "especially", "like"):
            j += 1
        elif self.word(j) == "such" and self.word(j + 1) == "as":
            j += 2
        elif j != end:
            return None
        return next((g for g in groups if g.first == j and not g.possessive), None)

    def prep_target(self, c: int, end: int, preps: frozenset[str], reach: int = 8) -> Group | None:
        """A group after one of ``preps`` within ``reach`` words of slot ``end``, past the
        verb's own object ("launched missiles at", "recalled its ambassador from"), with a
        determiner and two modifiers between the preposition and the group."""
        hi = min(self.clauses[c][1], end + reach)
        for j in range(end, hi):
            slot = self.slots[j]
            if slot.actor is not None:
                continue
            if slot.word in (";", ":", '"') or self.predicate_in(end, j):
                return None
            if slot.word not in preps:
                continue
            k = j + 1
            if k < len(self.slots) and self.slots[k].word in DETERMINERS:
                k += 1
            if (
                k + 1 < len(self.slots)
                and self.cues.has("frontier", self.slots[k].word)
                and self.slots[k + 1].word in ("with", "of")
            ):
                k += 2  # "to the border with China", "off the coast of Taiwan"
            for _ in range(3):
                if k < len(self.slots) and self.slots[k].actor is not None:
                    g = next((g for g in self.groups[c] if g.first == k), None)
                    if g is not None and self.noun_owns(end, g, adjunct=True):
                        return None  # "in solidarity with Azerbaijan"
                    return g
                if k >= len(self.slots) or self.slots[k].word in STOP_MODIFIER:
                    break
                k += 1
        return None

    def noun_owns(self, end: int, group: Group, adjunct: bool = False) -> bool:
        """Whether ``group`` is introduced by a preposition of an event noun standing between
        slot ``end`` and it ("the sanctions on Iran", "an investigation into X"); with
        ``adjunct``, only of a noun inside a prepositional phrase ("in solidarity with")."""
        prep = self.prep_before(group)
        return any(
            end <= f.start
            and f.end <= group.first
            and f.trigger.pos == "noun"
            and f.trigger.type not in ("NONE", "INTENT", "REFUSAL")
            and prep in f.trigger.preps
            and (not adjunct or self.word(f.start - 1) in PREPOSITIONS)
            for f in self.current
        )

    def controller(self, start: int) -> Group | None:
        """The addressee of a request or compulsion that governs the infinitive before slot
        ``start`` ("urged Beijing to stop supplying Russia", "forced Iran to withdraw"); a
        requested event is only hypothetical."""
        j = start - 1
        while j > 0 and self.cues.has("negation", self.word(j)) and start - j <= 2:
            j -= 1
        linker = self.word(j)
        if linker not in ("to", "of") or j < 2:
            return None
        wanted = ("REQUEST", "COERCE") if linker == "to" else ("ACCUSE",)
        group = None
        if self.word(j - 1) == "," and linker == "to":
            # "called on the United States and France, which brokered the deal, to pressure
            # Israel": the addressee before the relative clause
            c = next(k for k, (lo, hi) in enumerate(self.clauses) if lo <= j - 1 < hi)
            rel = c - 1 if self.clauses[c][0] == j - 1 else c
            group = self.antecedent(rel) if rel >= 0 else None
            if group is not None and any(
                f.trigger.type == "REQUEST" and f.end <= group.first and group.first - f.end <= 2
                for f in self.seen
            ):
                self.irrealis.add(start)
                return group
            return None
        if self.slots[j - 1].actor is None:
            # "Iran, which the West accuses of arming the Houthis": the antecedent
            verb = next((f for f in self.current if f.end == j), None)
            if verb is None or verb.trigger.type not in wanted:
                return None
            c = next(k for k, (lo, hi) in enumerate(self.clauses) if lo <= j < hi)
            group = self.antecedent(c)
            if group is not None and linker == "of":
                self.irrealis.add(start)
            return group
        for groups in self.groups:
            for g in groups:
                if g.last == j - 1:
                    group = g
        if group is None or group.possessive:
            return None
        for f in self.current:
            if (
                f.trigger.pos == "verb"
                and f.trigger.type in wanted
                and f.end <= group.first
                and group.first - f.end <= 2
            ):
                # what is requested of someone, or alleged against them ("accuse Iran of
                # arming the Houthis"), is not asserted
                if f.trigger.type in ("REQUEST", "ACCUSE"):
                    self.irrealis.add(start)
                return group
        return None

    def verbal(self, f: Found) -> bool:
        """Whether a verb trigger reads as a verb where it stands: a past or -ing form, or a
        base or -s form after "to", a conjunction, an auxiliary or its subject (not "artillery
        shells")."""
        if f.trigger.pos != "verb":
            return False
        if f.trigger.tag in ("past", "ing"):
            return True
        prev = self.slots[f.start - 1] if f.start > 0 else None
        if prev is None or prev.actor is not None:
            return True
        return prev.word in AUX or prev.word in ("to", "and", "or", "but", "not", "n't", "also")

    def reciprocal(self, np_start: int) -> bool:
        """Whether a verb of exchange ("traded", "exchanged") governs the noun phrase at
        ``np_start``."""
        j = np_start - 1
        while j >= 0 and np_start - j <= 6:
            word = self.slots[j].word
            if self.cues.has("reciprocal", word):
                return True
            if word in STOP_MODIFIER and word != ",":
                return False
            j -= 1
        return False

    def antecedent(self, c: int) -> Group | None:
        """The actor a relative clause opened by "which"/"who"/"whom" refers to."""
        lo = self.clauses[c][0]
        if c == 0 or self.word(lo) not in ("which", "who", "whom"):
            return None
        j = lo - 1
        if self.word(j) == ",":
            j -= 1
        if self.cues.has("government", self.word(j)) and self.word(j - 1) == "'s":
            j -= 2  # "the country's government, which ...": the state acts through it
        return next((g for g in self.groups[c - 1] if g.last == j), None)

    def troops_of(self, c: int, end: int) -> tuple[Group, int] | None:
        """ "of Russian troops", "of U.S. forces" after an event noun: the group and the slot
        after the forces' noun."""
        if self.word(end) != "of":
            return None
        k = end + 1 + (1 if self.word(end + 1) == "the" else 0)
        group = next((g for g in self.groups[c] if g.first == k and not g.possessive), None)
        if group is None or not self.cues.has("troops", self.word(group.last + 1)):
            return None
        return group, group.last + 2

    def relative_agent(self, c: int, end: int) -> Group | None:
        """The subject of a reduced relative clause right after an event noun ("the invasion
        he launched", "the sanctions Washington imposed"): an actor and a past-tense verb."""
        group = next((g for g in self.groups[c] if g.first == end and not g.possessive), None)
        if group is None:
            return None
        verb = self.word(group.last + 1)
        if verb in ("has", "had", "have"):
            verb = self.word(group.last + 2)
        if not (verb.endswith("ed") or verb in IRREGULAR_PARTICIPLES):
            return None
        return group

    def group_at(self, k: int) -> Group | None:
        """The group whose first actor slot is ``k``, in whichever clause."""
        for c, (lo, hi) in enumerate(self.clauses):
            if lo <= k < hi:
                return next((g for g in self.groups[c] if g.first == k), None)
        return None

    def complement_subject(self, end: int) -> Group | None:
        """The subject of a "that" complement right after slot ``end`` ("demanded that
        Armenia ...", "its demand that Armenia ...")."""
        if self.word(end) != "that":
            return None
        k = end + 1
        if self.word(k) == "the" and k + 1 < len(self.slots) and self.slots[k + 1].actor:
            k += 1
        group = self.group_at(k)
        return group if group is not None and not group.possessive else None

    def place_target(self, c: int, end: int, reach: int = 12) -> Group | None:
        """A state named after "in" in the object of a hostile verb ("struck camps at nine
        sites in Pakistan"), with no other predicate before it."""
        hi = min(self.clauses[c][1], end + reach)
        for g in self.groups[c]:
            if g.first < end:
                continue
            if g.first >= hi or self.predicate_in(end, g.first):
                return None
            before = self.prep_before(g)
            if before != "in" and not (
                # "in central Mali", "in southern Lebanon"
                self.word(g.first - 2) == "in" and before.endswith(("ern", "ral"))
            ):
                continue
            known = [self.info.get(a) for a in g.actors]
            if all(k is not None and k.kind == "state" for k in known):
                return g
        return None

    def consume(self, lo: int, hi: int) -> None:
        """The event nouns in slots ``[lo, hi)`` are the object of the verb before them
        ("suspended arms deliveries to", "blamed the attack on"): no events of their own."""
        self.consumed.update(f.start for f in self.current if lo <= f.start < hi)

    def coordinated_verbs(self, end: int) -> int:
        """The slot after a chain of verbs coordinated with the one ending at ``end`` (", funded
        and trained"), or ``end`` itself."""
        j = end
        while j < len(self.slots) and self.slots[j].word in (",", "and", "or"):
            k = j + 1
            if self.slots[j].word == "," and self.word(k) in ("and", "or"):
                k += 1
            verb = next((f for f in self.current if f.start == k and self.verbal(f)), None)
            if verb is None or verb.trigger.tag == "ing":
                break
            j = verb.end
        return j

    def predicate_in(self, lo: int, hi: int) -> bool:
        """Whether slots ``[lo, hi)`` hold a verb trigger, or a conjunction and a past-tense
        verb ("and called", ", then accused")."""
        if any(
            lo <= f.start < hi and self.verbal(f) and self.word(f.start - 2) != "what"
            for f in self.current
        ):
            return True  # (not the verb of a label: "struck what it called camps in X")
        for j in range(lo, hi - 1):
            if self.slots[j].word in ("and", "but", "then") and self.slots[j + 1].actor is None:
                nxt = self.slots[j + 1].word
                if nxt.endswith("ed") or nxt in IRREGULAR_PARTICIPLES or nxt == "said":
                    return True
        return False

    def mediator_between(self, group: Group, before: int) -> bool:
        """Whether a verb of mediation stands between ``group`` and slot ``before``: the group
        brokers the event noun, it is no party to it ("Qatar brokered a deal with Hamas")."""
        return any(
            group.last < f.start
            and f.end <= before
            and f.trigger.pos == "verb"
            and self.cues.has("mediation", f.trigger.lemma)
            for f in self.current
        )

    def reaction_between(self, group: Group, before: int) -> bool:
        """Whether a response verb stands between ``group`` and slot ``before``: the group is
        then that verb's subject, not the agent of the event noun it takes ("Turkey condemned
        the strikes on Syria")."""
        return any(
            group.last < f.start
            and f.end <= before
            and f.trigger.pos == "verb"
            and (f.trigger.type in REACTIONS or f.trigger.type == "REQUEST")
            for f in self.current
        )

    def referred_event(self, c: int, end: int, subject: Sequence[str]) -> list[str]:
        """The agent of an earlier event that a definite noun after a response verb refers to
        ("Lebanon condemned the strikes", "Khamenei rejected the overture")."""
        hi = self.clauses[c][1]
        j = end
        if j < hi and self.slots[j].word in DETERMINERS:
            j += 1
        halt = self.cue_at(j, "halt")
        if halt:
            # "demanded an end to the attacks"
            j += halt
            if j < hi and self.slots[j].word in DETERMINERS:
                j += 1
        found = None
        types: frozenset[str] = frozenset()
        target: tuple[str, ...] = ()
        nouns = anaphors()
        for k in range(j, min(hi, j + 4)):
            slot = self.slots[k]
            if slot.actor is not None or slot.word in STOP_MODIFIER:
                break
            found = next((f for f in self.current if f.start == k), None)
            if found is not None and found.trigger.type in ("NONE", "INTENT", "REFUSAL"):
                return []
            if found is not None and found.trigger.pos == "verb":
                return []  # "denied supplying drones": the subject's own act, not a response
            if found is not None:
                types = frozenset({found.trigger.type})
                right = self.right_target(c, found.end, found.trigger.preps)
                target = right.actors if right is not None else ()
                break
            if slot.word in nouns and (k + 1 >= hi or self.slots[k + 1].word not in nouns):
                types = nouns[slot.word]
                break
        if not types:
            return []
        best: tuple[int, int, str] | None = None
        for age, (source, recipient, rtype, directed) in enumerate(reversed(self.history)):
            if not directed or rtype not in types:
                continue  # "Baku welcomed the agreement" between two others: no one side
            if any(_same_side(source, a, self.info) for a in subject):
                continue
            if target and not any(_same_side(recipient, t, self.info) for t in target):
                continue
            victim = any(_same_side(recipient, a, self.info) for a in subject)
            rank = (0 if victim else 1, age)
            if best is None or rank < best[:2]:
                best = (*rank, source)
        return [best[2]] if best is not None else []

    def copula_between(self, group: Group, before: int) -> bool:
        """Whether a copula links ``group`` to what starts at ``before`` (is, became, as)."""
        return any(self.slots[j].word in COPULA for j in range(group.last + 1, before))

    def resolve_pronoun(self, pronoun: str, position: int) -> tuple[str, ...]:
        """A possessive pronoun's referent: the first fitting actor earlier in the sentence."""
        kind = POSSESSIVE_PRONOUNS[pronoun]
        for groups in self.groups:
            for g in groups:
                if g.first >= position:
                    return ()
                if kind == "group":
                    if len(g.actors) >= 2:
                        return g.actors
                    continue
                for actor in g.actors:
                    is_person = (self.info.get(actor) and self.info[actor].kind == "person") or (
                        actor not in self.info and "-" in actor and actor.islower()
                    )
                    if (kind == "person") == bool(is_person):
                        return (actor,)
        return ()

    def noun_left(self, c: int, start: int) -> tuple[tuple[str, ...], list[Group], int]:
        """Possessor actors, attributive groups and the slot where the noun phrase starts."""
        lo = self.clauses[c][0]
        groups_by_last = {g.last: g for g in self.groups[c]}
        modifiers: list[Group] = []
        possessor: tuple[str, ...] = ()
        j = start - 1
        words = 0
        np_start = start
        while j >= lo:
            slot = self.slots[j]
            if slot.actor is not None:
                group = groups_by_last.get(j)
                if group is None:
                    break
                if group.possessive:
                    break
                modifiers.append(group)
                np_start = group.first
                # only a possessor may stand before an attributive actor ("his Iranian allies")
                k = group.first - 1
                if k >= lo and self.slots[k].word in POSSESSIVE_PRONOUNS:
                    possessor = self.resolve_pronoun(self.slots[k].word, k)
                    np_start = k
                elif k >= lo and self.slots[k].word == "'s":
                    owner = groups_by_last.get(k - 1)
                    if owner is not None:
                        possessor = owner.actors
                        np_start = owner.first
                j = np_start - 1
                break
            if slot.word == "'s":
                group = groups_by_last.get(j - 1)
                if group is not None:
                    possessor = group.actors
                    np_start = group.first
                break
            if slot.word in POSSESSIVE_PRONOUNS:
                possessor = self.resolve_pronoun(slot.word, j)
                np_start = j
                break
            if slot.word in STOP_MODIFIER or words >= 4:
                break
            words += 1
            j -= 1
        if (
            j >= lo
            and self.slots[j].word in DETERMINERS
            and self.slots[j].word not in POSSESSIVE_PRONOUNS
        ):
            np_start = j
        return possessor, modifiers, np_start

    def right_target(self, c: int, end: int, preps: frozenset[str], gap: int = 2) -> Group | None:
        """A group introduced by one of ``preps`` shortly after slot ``end``: at most ``gap``
        modifier words before the preposition ("sanctions relief for"), a determiner and two
        adjectives after it ("against a hostile West")."""
        hi = self.clauses[c][1]
        j = end
        while j < hi and j - end < gap and self.slots[j].actor is None:
            word = self.slots[j].word
            if word in preps or word in STOP_MODIFIER or word in ("to", ",", "and", '"'):
                break
            j += 1
        if j >= hi or self.slots[j].word not in preps:
            return None
        k = j + 1
        if k < hi and self.slots[k].word in DETERMINERS:
            k += 1
        adjectives = 0
        while k < hi and self.slots[k].actor is None and adjectives < 2:
            word = self.slots[k].word
            if word in STOP_MODIFIER or word in ("to", ",", "and", '"', "-"):
                return None
            adjectives += 1
            k += 1
        if k < hi and self.slots[k].actor is not None:
            return next((g for g in self.groups[c] if g.first == k), None)
        return None

    def object_group(self, c: int, end: int, stop: int, preps: frozenset[str]) -> Group | None:
        """The first group after a verb: its direct object or prepositional recipient. A
        second predicate in between ends the search ("condemned the attacks and called on the
        United States": the United States is not what was condemned)."""
        # "armed, funded and trained Hezbollah": coordinated verbs share the object
        end = self.coordinated_verbs(end)
        for g in self.groups[c]:
            if g.first < end:
                continue
            if g.first >= stop or g.first - end > 6 or self.predicate_in(end, g.first):
                return None
            before = self.prep_before(g)
            if before in PREPOSITIONS and self.noun_owns(end, g, adjunct=True):
                return None  # "sealed the frontier in solidarity with Azerbaijan"
            prep_at = g.first - (2 if g.before in DETERMINERS else 1)
            if before in NOT_RECIPIENT and before not in preps and prep_at >= end:
                # "promised in Tokyo", "struck targets in Lebanon" (but the trigger's own
                # preposition introduces its object: "away from the West")
                continue
            return g
        return None

    def prep_before(self, g: Group) -> str:
        """The preposition governing a group, looking past one determiner ("by the US")."""
        if g.before in DETERMINERS and g.first >= 2:
            return self.slots[g.first - 2].word
        return g.before

    def by_agent(self, c: int, end: int) -> Group | None:
        for g in self.groups[c]:
            if g.first < end:
                continue
            if g.first - end > 3:
                return None
            if self.prep_before(g) == "by":
                return g
        return None

    def is_passive(self, found: Found) -> bool:
        if found.trigger.tag != "past":
            return False
        j = found.start - 1
        lo = 0
        steps = 0
        while j >= lo and steps < 3:
            word = self.slots[j].word
            if word in BE:
                return True
            if word.endswith("ly") or word in ("not", "n't", "also", "already", "reportedly"):
                j -= 1
                steps += 1
                continue
            return False
        return False

    def cue_at(self, i: int, kind: str) -> int:
        """The length of the longest ``kind`` cue starting at slot ``i`` (0 if none)."""
        word = self.word(i)
        for key, cue_kind in self.cues.first.get(word, ()) if word else ():
            n = len(key)
            if cue_kind == kind and all(self.word(i + k) == key[k] for k in range(1, n)):
                return n
        return 0

    def cue_in(self, lo: int, hi: int, kind: str) -> int | None:
        """The slot of the last ``kind`` cue in ``[lo, hi)``, minding multi-word cues."""
        found = None
        i = lo
        while i < hi:
            word = self.slots[i].word
            entries = self.cues.first.get(word) if word else None
            if entries:
                for key, cue_kind in entries:
                    n = len(key)
                    if i + n <= len(self.slots) and all(
                        self.slots[i + k].word == key[k] for k in range(1, n)
                    ):
                        if cue_kind == "not_negation" and kind == "negation":
                            i += n - 1
                            break
                        if cue_kind == kind:
                            found = i
                            break
            i += 1
        return found


def _pairs(actors: Sequence[str]) -> list[tuple[str, str]]:
    out = []
    for i, a in enumerate(actors):
        for b in actors[i + 1 :]:
            out.append((a, b))
    return out


class _Event(NamedTuple):
    pairs: list[tuple[str, str]]
    type: str
    negated: bool
    mode: str
    found: Found
    clause: int


def _analyse(sentence: _Sentence, published: dt.date | None) -> list[_Event]:
    events: list[_Event] = []
    for c, (lo, hi) in enumerate(sentence.clauses):
        found_all = _find_triggers(sentence.slots, lo, hi)
        if not found_all:
            continue
        opener = sentence.word(lo)
        if opener in ("-", ",", '"') and lo + 1 < hi:
            opener = sentence.word(lo + 1)
        conditional = sentence.cues.has("conditional", opener) or (
            opener == "even" and sentence.word(lo + 1) == "if"
        )
        used: set[int] = set()
        sentence.current = found_all
        sentence.seen.extend(found_all)
        wrapper: Found | None = None
        wrapped_done = False
        previous_end = lo
        for found in found_all:
            trigger = found.trigger
            if trigger.type == "NONE":
                continue
            if trigger.type in ("INTENT", "REFUSAL"):
                wrapper = found
                wrapped_done = False
                continue
            if _delayed_intent(sentence, found, found_all):
                # "pledged last month to invest": an intent with an adverbial before "to"
                wrapper = found._replace(trigger=found.trigger._replace(type="INTENT"))
                wrapped_done = False
                continue
            if _is_modifier(sentence, found, found_all) or found.start in sentence.consumed:
                previous_end = found.end
                continue
            if trigger.pos == "verb" and sentence.cues.has("label", trigger.lemma):
                # "called Israel a terrorist state": a label, not a phone call
                label = _label(sentence, found)
                if label is not None:
                    trigger = trigger._replace(type=label)
                    found = found._replace(trigger=trigger)
            if trigger.type == "AID" and trigger.pos == "verb" and _grants_access(sentence, found):
                # "gave U.S. forces access to nine bases": mutual military cooperation
                trigger = trigger._replace(type="COOPERATE")
                found = found._replace(trigger=trigger)
            if trigger.pos == "noun" and _truce_in_force(sentence, found):
                # "a ceasefire took hold", "declared a truce": PLOVER RETREAT, both ways
                trigger = trigger._replace(type="RETREAT", frame="mutual")
                found = found._replace(trigger=trigger)
            if (
                trigger.type == "MOBILIZE"
                and trigger.pos == "verb"
                and _protective(sentence, found)
            ):
                # "deployed a civilian monitoring mission to Armenia": peacekeeping is aid
                trigger = trigger._replace(type="AID")
                found = found._replace(trigger=trigger)
            if trigger.pos == "verb" and sentence.cues.has("suspension", trigger.lemma):
                # "suspended arms deliveries to Turkey": the deliveries are what stops
                sentence.consume(found.end, found.end + 4)
            elif trigger.pos == "verb":
                # "stopped supplying drones to Russia": the drones are the supplying's object
                _consume_object_noun(sentence, found, found_all)
            sentence.agent_only = None
            result = _resolve(sentence, c, found, used)
            if result is None:
                if sentence.agent_only is not None and not conditional:
                    # an act without a named target ("fired missiles at a tanker") may still be
                    # what a later response refers to ("condemned the attack")
                    unreal = any(
                        sentence.cue_in(max(lo, previous_end), found.start, kind) is not None
                        for kind in ("negation", "hypothetical", "future")
                    )
                    if not unreal and wrapper is None:
                        sentence.history.extend(
                            (a, "", trigger.type, True) for a in sentence.agent_only
                        )
                previous_end = found.end
                continue
            pairs, presupposed, agent_end = result
            membership = sentence.cues.by_kind.get("membership", frozenset())
            # leaving a body one belongs to ("left ECOWAS", "quit the CSTO") reduces relations
            # with it; leaving a country withdraws from it
            if (
                trigger.type == "RETREAT"
                and tuple(trigger.lemma.split()) in membership
                and pairs
                and all(_is_body(b, sentence.info) for _a, b in pairs)
            ):
                trigger = trigger._replace(type="SANCTION")
            # a standing tie or measure named inside a noun phrase ("its allies", "US
            # sanctions") is presupposed: modals and wrappers around the clause leave it asserted
            rtype = trigger.type
            strong = presupposed and (rtype in ("ALLY", "RIVAL") or trigger.standing)
            negated = False
            mode = "asserted"
            window_lo = max(lo, agent_end, previous_end)
            if presupposed:
                window_lo = max(lo, found.start - 3)
            elif (
                trigger.pos == "verb"
                and trigger.tag in ("past", "s")
                and sentence.word(found.start - 1) in ("and", "but")
            ):
                # "could not protect every ship and urged Germany": a conjunct of its own
                window_lo = max(window_lo, found.start)
            # wrappers: "agreed to assist" -> AGREE; "refused to negotiate" -> REJECT
            governed = wrapper is not None and not strong
            if governed and not wrapped_done and not _wrapper_agent(sentence, c, wrapper, pairs):
                # "China offered to organise talks between Russia and Ukraine": the talks are
                # not the offer of their parties
                wrapped_done = True
                mode = "hypothetical"
            elif governed and not wrapped_done and found.start - wrapper.end <= 8:
                wrapped_done = True
                denied = sentence.cue_in(window_lo, wrapper.start, "negation") is not None
                if wrapper.trigger.type == "INTENT" and denied:
                    # "is not willing to defend Iran": the event itself is denied
                    negated = True
                elif wrapper.trigger.type == "INTENT":
                    if rtype in COOPERATIVE:
                        rtype = "AGREE"
                    elif rtype in MATERIAL_CONFLICT:
                        rtype = "THREATEN"
                elif rtype in COOPERATIVE:
                    rtype = "REJECT"
                else:
                    negated = True
                window_lo = max(window_lo, wrapper.end)
            elif governed:
                mode = "hypothetical"
            halt = sentence.cue_in(
                max(lo, found.start - 5) if presupposed else window_lo, found.start, "halt"
            )
            if halt is not None and rtype in HALTABLE and not negated:
                # "stopped targeting U.S. ships", "an end to air strikes": a de-escalation
                rtype = "RETREAT"
                window_lo = max(window_lo, halt + 1)
            negation = None if negated else sentence.cue_in(window_lo, found.start, "negation")
            if negation is not None and rtype == "RETREAT" and negation == halt:
                negation = None
            if negation is not None:
                if presupposed:
                    negated = sentence.word(negation) in ("no", "without", "not") or negated
                else:
                    negated = True
            if not strong and mode == "asserted":
                if conditional:
                    mode = "hypothetical"
                else:
                    near = window_lo
                    hypo = sentence.cue_in(near, found.start, "hypothetical")
                    future = sentence.cue_in(near, found.start, "future")
                    if hypo is not None and (future is None or hypo > future):
                        mode = "hypothetical"
                    elif future is not None:
                        mode = "future"
            if mode == "asserted" and (
                _purpose(sentence, c, found, agent_end) or found.start in sentence.irrealis
            ):
                mode = "hypothetical"
            events.append(_Event(pairs, rtype, negated, mode, found, c))
            if rtype == "AID" and not negated:
                sentence.aid_recipients = tuple(dict.fromkeys(b for _a, b in pairs))
            sentence.recent_agents.extend(a for a, _b in pairs)
            if not negated and mode != "hypothetical":
                directed = trigger.frame in ("directed", "inverse")
                sentence.history.extend((a, b, rtype, directed) for a, b in pairs)
            previous_end = found.end
    return events


@lru_cache(maxsize=1)
def _intent_verbs() -> frozenset[str]:
    """Verbs whose "to" form is an intent wrapper ("pledge" for "pledge to")."""
    return frozenset(
        t.lemma[: -len(" to")]
        for entries in triggers().values()
        for _k, t in entries
        if t.type == "INTENT" and t.pos == "verb" and t.lemma.endswith(" to")
    )


def _wrapper_agent(s: _Sentence, c: int, wrapper: Found, pairs: list[tuple[str, str]]) -> bool:
    """Whether the subject of an intent or refusal (when it has one) is an agent of the event
    it governs."""
    subject = s.subject(c, wrapper.start, set())
    if subject is None and c > 0:
        subject = s.inherited_subject(c, wrapper.start)
    if subject is None:
        return True
    return any(_same_side(a, x, s.info) for a, _b in pairs for x in subject.actors)


def _truce_in_force(s: _Sentence, found: Found) -> bool:
    """Whether a truce is declared or observed ("declared a ceasefire", "respected the truce")
    or takes effect ("a ceasefire took hold", "the truce came into force"), not agreed."""
    if not s.cues.has("truce", found.trigger.lemma):
        return False
    k = found.start - 1
    if s.word(k) in DETERMINERS:
        k -= 1
    return s.cue_at(k, "observe") > 0 or s.cue_at(found.end, "holds") > 0


def _delayed_intent(s: _Sentence, found: Found, found_all: list[Found]) -> bool:
    """ "pledged last month to invest", "promised on Friday to help": a verb whose "to" form is
    an intent wrapper, with a short adverbial between it and the infinitive it governs."""
    trigger = found.trigger
    if trigger.pos != "verb" or s.word(found.end) == "to" or trigger.lemma not in _intent_verbs():
        return False
    for k in range(found.end, min(len(s.slots), found.end + 5)):
        if s.slots[k].actor is not None or s.word(k) in (",", ";", ":", ".", "that", "and"):
            return False
        if s.word(k) == "to":
            return any(f.start == k + 1 and f.trigger.pos == "verb" for f in found_all)
    return False


def _protective(s: _Sentence, found: Found) -> bool:
    """Whether a deployment sends a mission, peacekeepers or observers (PLOVER AID)."""
    for k in range(found.end, min(len(s.slots), found.end + 6)):
        if s.cues.has("protective", s.word(k)):
            return True
        if s.slots[k].actor is not None or s.word(k) in (",", ";", ":", "to", "on", "in"):
            return False
    return False


def _consume_object_noun(s: _Sentence, found: Found, found_all: list[Found]) -> None:
    """A noun of the verb's own type heading its object ("supplied drones to", "provided
    arms to") restates the verb's event: it is read once, with the verb's negation and mode.
    A verb whose recipient is never its object ("launched an air strike on") yields to the noun
    instead."""
    if not found.trigger.direct:
        return
    for f in found_all:
        if f.start < found.end or f.start - found.end > 3:
            continue
        if (
            f.trigger.pos == "noun"
            and f.trigger.type == found.trigger.type
            and f.trigger.frame == "directed"
        ):
            between = range(found.end, f.start)
            if all(s.slots[k].actor is None and s.word(k) not in (",", ";") for k in between):
                s.consumed.add(f.start)
        break


def _grants_access(s: _Sentence, found: Found) -> bool:
    """Whether what a verb of giving gives is access or rights ("granted Washington transit
    rights", "gave U.S. forces access to its bases")."""
    for k in range(found.end, min(len(s.slots), found.end + 6)):
        word = s.word(k)
        if s.cues.has("access", word):
            return True
        if word in (",", ".", ";", ":", "to", "and") and s.slots[k].actor is None:
            return False
    return False


def _label(s: _Sentence, found: Found) -> str | None:
    """The type of "called X a Y": ACCUSE, or SUPPORT for a label of praise ("a dear friend");
    None when the verb is no label ("called Trump on Tuesday", "called on", "called a meeting")."""
    j = found.end
    if j >= len(s.slots) or s.word(j) in PREPOSITIONS or s.word(j) in ("a", "an", "it", "for"):
        return None
    for k in range(j + 1, min(len(s.slots), j + 9)):
        word = s.word(k)
        if word in (",", ".", ";", ":", "and", "but", "to", "that", "after", "before"):
            return None
        if word in ("a", "an"):
            after = [s.word(x) for x in range(k + 1, min(len(s.slots), k + 5))]
            if any(w in TIME_NOUNS for w in after[:2]):
                return None
            if any(s.cues.has("praise", w) for w in after):
                return "SUPPORT"
            return "ACCUSE"
    return None


def _purpose(s: _Sentence, c: int, found: Found, agent_end: int) -> bool:
    """ "use Putin to pressure Iran", "leveraging Russia's influence to pressure Tehran": an
    infinitive after an instrument states a purpose."""
    if found.trigger.pos != "verb" or s.word(found.start - 1) != "to":
        return False
    group = next((g for g in s.groups[c] if g.last == agent_end - 1), None)
    if group is None:
        return False
    return s.cues.has("instrument", s.word(group.first - 1))


def _is_modifier(s: _Sentence, found: Found, found_all: list[Found]) -> bool:
    """A trigger that only modifies a word: part of a hyphenated compound ("nuclear-armed"), or
    a noun before another trigger noun ("'maximum pressure' sanctions")."""
    prev = s.slots[found.start - 1] if found.start > 0 else None
    if (
        prev is not None
        and prev.word == "-"
        and prev.end == s.slots[found.start].start
        and found.start >= 2
        and s.slots[found.start - 2].actor is None
    ):
        return True
    if found.trigger.pos != "noun":
        return False
    j = found.end
    while j < len(s.slots) and s.slots[j].word in ('"', "'"):
        j += 1
    return any(f.start == j and f.trigger.pos == "noun" for f in found_all)


def _resolve(
    s: _Sentence, c: int, found: Found, used: set[int]
) -> tuple[list[tuple[str, str]], bool, int] | None:
    """Agent-recipient pairs of one trigger, whether its noun phrase presupposes it, and the
    slot after the agent (where the negation and modal window starts)."""
    trigger = found.trigger
    lo, hi = s.clauses[c]
    pos, frame = trigger.pos, trigger.frame
    if pos in ("verb", "prep"):
        return _resolve_verb(s, c, found, used)
    possessor, modifiers, np_start = s.noun_left(c, found.start)
    preps = trigger.preps | ({"between"} if frame != "directed" else set())
    right = s.right_target(c, found.end, preps)
    after = found.end  # where the noun's own phrases end
    by = s.by_agent(c, found.end) if pos == "noun" else None
    if by is not None and right is None:
        # "strikes by Israel on Yemen": the recipient after the agent's "by" phrase
        right = s.right_target(c, by.last + 1, preps)
    troops = s.troops_of(c, found.end) if pos == "noun" and by is None else None
    if troops is not None:
        # "the withdrawal of Russian troops from Syria": the forces' state is the agent
        by, after = troops
        right = s.right_target(c, after, preps)
    relative = None
    if pos == "noun" and by is None and right is None:
        relative = s.relative_agent(c, found.end)
        if relative is not None:
            # "the invasion he launched", "the sanctions Washington imposed on Iran"
            by, after = relative, relative.last + 2
            right = s.right_target(c, after, preps)
    if right is None and trigger.lemma.split()[-1] in PREPOSITIONS:
        # "Russia's withdrawal from Syria": the phrase ends with its own preposition
        k = found.end + (1 if s.word(found.end) in DETERMINERS else 0)
        right = next((g for g in s.groups[c] if g.first == k and found.end <= k), None)
    internal: list[str] = list(possessor)
    for g in modifiers:
        internal.extend(g.actors)
    internal = list(dict.fromkeys(internal))
    presupposed = bool(internal)
    if pos == "adj":
        # "hostile West", "aligned with Moscow": the clause subject holds the attitude
        holder = s.subject(c, found.start, used)
        if holder is None and trigger.type in ("ALLY", "RIVAL"):
            holder = s.nearest_left(c, found.start, used)
        target = right
        if target is None and found.end < hi and s.slots[found.end].actor is not None:
            target = next((g for g in s.groups[c] if g.first == found.end), None)
        if holder is None or target is None:
            return None
        used.add(target.first)
        pairs = [(a, b) for a in holder.actors for b in target.actors]
        return pairs, False, holder.last + 1
    if frame in ("symmetric", "mutual"):
        parts = list(internal)
        if right is not None:
            parts.extend(right.actors)
            used.add(right.first)
        parts = list(dict.fromkeys(parts))
        agent_end = np_start
        if len(parts) < 2:
            subject = s.subject(c, np_start, used)
            if subject is not None and s.mediator_between(subject, np_start):
                subject = None
            if subject is None and len(parts) == 1 and trigger.type in ("ALLY", "RIVAL"):
                subject = s.nearest_left(c, np_start, used)
            if subject is None and len(parts) == 1 and c > 0 and pos != "agent":
                # "Russia, which signed a treaty with Iran"
                subject = s.inherited_subject(c, np_start)
            if pos == "agent" and subject is not None and not s.copula_between(subject, np_start):
                subject = None
            if pos == "agent" and len(parts) == 1:
                apposed = s.apposed(c, np_start, found.end)
                if apposed is not None:
                    # "its allies, including Japan and Australia": each member with the owner
                    pairs = [(a, parts[0]) for a in apposed.actors if a != parts[0]]
                    return pairs, presupposed, np_start
            if pos == "agent" and not parts and subject is not None and len(subject.actors) >= 2:
                # "Russia and Belarus are close allies"
                return _pairs(list(subject.actors)), False, subject.last + 1
            if len(parts) == 1 and subject is not None:
                parts = list(dict.fromkeys([*subject.actors, *parts]))
                agent_end = subject.last + 1
                presupposed = presupposed and pos == "agent"
            elif (
                not parts
                and subject is not None
                and len(subject.actors) >= 2
                and pos != "agent"
                and not subject.compound
                and subject.before not in DETERMINERS
            ):
                parts = list(subject.actors)
                agent_end = subject.last + 1
            elif not parts and s.word(lo) in PREP_OPENERS and found.start - lo <= 6:
                after = [g for g in s.groups[c] if g.first >= found.end]
                if len(after) >= 2:
                    parts = [after[0].actors[0], after[1].actors[0]]
        if (
            len(parts) <= 1
            and s.cues.has("truce", trigger.lemma)
            and (
                trigger.type == "RETREAT"
                or s.cue_in(max(lo, np_start - 2), np_start, "accept") is not None
            )
        ):
            # "Hezbollah accepted a ceasefire": the truce is with its enemy; "a ceasefire took
            # hold": between the parties of the latest hostilities
            if not parts:
                subject = s.subject(c, np_start, used)
                parts = list(subject.actors[:1]) if subject is not None else []
                agent_end = subject.last + 1 if subject is not None else agent_end
            if parts:
                parts.extend(_recent_enemy(s, parts[0]))
            elif trigger.type == "RETREAT":
                parts = list(_last_hostile_pair(s.history))
        if len(parts) < 2:
            return None
        pairs = _pairs(parts)
        if frame == "mutual":
            pairs = pairs + [(b, a) for a, b in pairs]
        return pairs, presupposed, agent_end
    # directed nouns and participant nouns
    if pos == "agent":
        # "China is Iran's backer": the holder (subject) supports the possessor
        holder = s.subject(c, np_start, used)
        if holder is not None and not s.copula_between(holder, np_start):
            holder = None
        holder = s.apposed(c, np_start, found.end) or holder
        targets = list(possessor) or (list(right.actors) if right else [])
        if holder is None or not targets:
            return None
        return [(a, b) for a in holder.actors for b in targets], False, holder.last + 1
    if by is None and trigger.type in ORIGIN_FROM and "from" not in trigger.preps:
        # "pressure from Baku", "aid from the Gulf": the "from" phrase names the agent
        by = s.right_target(c, found.end, frozenset({"from"}))
    sources = list(internal) or (list(by.actors) if by else [])
    agent_end = np_start
    from_subject = False
    if not sources:
        subject = s.subject(c, np_start, used)
        if subject is None and c > 0:
            subject = s.inherited_subject(c, np_start)
        if subject is None:
            return None
        if subject.first >= lo and s.detached(subject.last + 1, np_start):
            # "supplied Russia with drones, used in attacks on Ukraine": the recipient uses them
            if not (s.aid_recipients and s.used_participle(subject.last + 1, np_start)):
                return None
            subject = subject._replace(actors=s.aid_recipients)
        if s.reaction_between(subject, np_start) or s.mediator_between(subject, np_start):
            # "Turkey condemned the strikes on Syria": the strikes are someone else's
            return None
        sources = list(subject.actors)
        agent_end = subject.last + 1 if subject.first >= lo else lo
        from_subject = True
    targets: list[str] = []
    if frame == "inverse":
        # "Russia's isolation from the West": the West isolates Russia
        if right is None:
            return None
        return [(b, a) for a in sources for b in right.actors], presupposed, agent_end
    if right is not None:
        targets = list(right.actors)
        used.add(right.first)
    elif from_subject:
        between = [
            g
            for g in s.groups[c]
            if agent_end <= g.first and g.last < np_start and s.prep_before(g) not in NOT_RECIPIENT
        ]
        if between:
            targets = list(between[0].actors)
            used.add(between[0].first)
    elif trigger.standing:
        targets = _nearest_other(s, found.start, sources)
    if not targets and trigger.type == "REQUEST":
        # "its demand that Armenia change its constitution"
        addressee = s.complement_subject(found.end)
        targets = list(addressee.actors) if addressee is not None else []
    if (
        not targets
        and trigger.type in HOSTILE
        and (relative is not None or s.cue_in(max(lo, found.start - 5), found.start, "halt"))
    ):
        # "the invasion he launched", "an end to American air strikes": the agent's target
        targets = _recent_target(s, sources, HOSTILE)
    if (
        not targets
        and len(sources) >= 2
        and trigger.type not in ("AID", "COOPERATE", "SUPPORT")
        and s.reciprocal(found.start)
    ):
        # "Both sides traded artillery strikes", "Israel and Hezbollah trade fire"
        pairs = _pairs(sources)
        return pairs + [(b, a) for a, b in pairs], presupposed, agent_end
    if not targets:
        return None
    return [(a, b) for a in sources for b in targets], presupposed, agent_end


def _recent_target(s: _Sentence, sources: Sequence[str], types: frozenset[str]) -> list[str]:
    """The target of the latest earlier event of ``types`` by the side of ``sources``."""
    for source, target, rtype, _directed in reversed(s.history):
        if (
            target
            and rtype in types
            and any(_same_side(source, a, s.info) for a in sources)
            and not any(_same_side(target, a, s.info) for a in sources)
        ):
            return [target]
    return []


def _recent_enemy(s: _Sentence, actor: str) -> list[str]:
    """The other party of the latest earlier hostile event ``actor``'s side took part in."""
    for source, target, rtype, _directed in reversed(s.history):
        if not target or rtype not in HOSTILE:
            continue
        if _same_side(source, actor, s.info) and not _same_side(target, actor, s.info):
            return [target]
        if _same_side(target, actor, s.info) and not _same_side(source, actor, s.info):
            return [source]
    return []


def _nearest_other(
    s: _Sentence, position: int, exclude: Sequence[str], before: bool = False
) -> list[str]:
    """The actor nearest to ``position`` in the sentence that is not on the side of ``exclude``
    (only those before it with ``before``); states before people."""
    best: tuple[int, int, str] | None = None
    for groups in s.groups:
        for g in groups:
            if before and g.last >= position:
                continue
            for actor in g.actors:
                if any(_same_side(actor, e, s.info) for e in exclude):
                    continue
                info = s.info.get(actor)
                rank = (0 if info is None or info.kind != "person" else 1, abs(g.first - position))
                if best is None or rank < best[:2]:
                    best = (*rank, actor)
    return [best[2]] if best else []


def _resolve_verb(
    s: _Sentence, c: int, found: Found, used: set[int]
) -> tuple[list[tuple[str, str]], bool, int] | None:
    trigger = found.trigger
    lo, hi = s.clauses[c]
    frame = trigger.frame
    if s.is_passive(found) or (
        trigger.tag == "past" and s.word(found.end) == "by" and s.subject(c, found.start, used)
    ):
        agent = s.by_agent(c, found.end)
        patient = s.subject(c, found.start, used)
        if agent is None or patient is None:
            return None
        used.add(agent.first)
        # "A and B were hosted by C": each with C (symmetric ties need one direction only)
        pairs = [(a, b) for a in agent.actors for b in patient.actors if a != b]
        return pairs, False, found.start
    if frame == "warned":
        return _warned(s, c, found, used)
    stop = hi
    opener = s.word(lo)
    obj = s.object_group(c, found.end, stop, trigger.preps) if trigger.direct else None
    if obj is not None and not trigger.direct:
        obj = None
    if obj is None and trigger.preps and frame != "inverse":
        # "fired a barrage of rockets at northern Israel": the recipient's preposition may
        # follow the verb's own object
        obj = s.prep_target(c, found.end, trigger.preps)
        absorbs = s.cues.has("suspension", trigger.lemma) or s.cues.has("mediation", trigger.lemma)
        if obj is not None and not trigger.direct and s.noun_owns(found.end, obj) and not absorbs:
            return None  # "launched an investigation into X": the noun is the event
    blamed = None
    if trigger.type == "ACCUSE" and trigger.preps:
        # "blamed the attack on Hezbollah": the "on" phrase names the accused, not the victim
        blamed = s.prep_target(c, found.end, trigger.preps)
        if blamed is not None and (obj is None or obj.first == blamed.first):
            s.consume(found.end, blamed.first)
            obj = blamed
        else:
            blamed = None
    if (
        blamed is None
        and obj is not None
        and (trigger.type in REACTIONS or s.cues.has("light", trigger.lemma))
        and s.noun_owns(found.end, obj)
    ):
        obj = None  # "opposed the sanctions on Iran": Iran is the sanctions' target
    if (
        obj is not None
        and trigger.type not in REACTIONS
        and obj.first == found.end
        and any(f.start == obj.last + 1 and f.trigger.pos == "noun" for f in s.current)
    ):
        # "called Israeli strikes on Yemen a violation": the object is the event, not Israel
        return None
    if frame == "inverse":
        source = s.right_target(c, found.end, trigger.preps, gap=6)
        subject = s.subject(c, found.start, used)
        if source is None or subject is None:
            return None
        used.add(source.first)
        return [(a, b) for a in source.actors for b in subject.actors], False, subject.last + 1
    controller = s.controller(found.start) or s.quoted_speaker(found)
    if controller is not None:
        # "called on the US and France to pressure Israel": the addressee is the agent
        subject, agent_end = controller, controller.last + 1
    else:
        subject = s.subject(c, found.start, set(used) | ({obj.first} if obj else set()))
        agent_end = subject.last + 1 if subject is not None else lo
    if subject is None:
        if c > 0:
            subject = s.inherited_subject(c, found.start)
        if subject is None and (opener in LATER_SUBJECT or opener.endswith("ing")):
            later = [g for k in range(c + 1, len(s.clauses)) for g in s.groups[k] if not g.oblique]
            subject = later[0] if later else None
        agent_end = lo
    if frame in ("symmetric", "mutual"):
        # "Russia and Iran met": each pair of the subjects; "Russia cooperates with China and
        # Iran": the subject with each object, not the objects with each other
        agents = list(subject.actors) if subject else []
        pairs = _pairs(agents)
        if obj is not None:
            used.add(obj.first)
            pairs += [(a, b) for a in agents for b in obj.actors if a != b]
        if not pairs:
            return None
        if frame == "mutual":
            pairs = pairs + [(b, a) for a, b in pairs]
        return pairs, False, agent_end
    # "Trump sent a letter; Iran dismissed it": the response goes to the earlier agent
    if (
        subject is not None
        and obj is None
        and trigger.type in RESPONSES
        and s.word(found.end) in ("it", "this", "them", "that")
        and s.recent_agents
    ):
        agents = [a for a in s.recent_agents if a not in subject.actors]
        if agents:
            return [(a, agents[-1]) for a in subject.actors], False, agent_end
    if (
        obj is None
        and subject is not None
        and subject.first > lo
        and frame == "directed"
        and found.start - subject.last <= 3
    ):
        # an object relative: "Iran, which Western governments accuse of arming the Houthis"
        obj = s.antecedent(c)
    if subject is not None and obj is None and trigger.type == "REQUEST":
        # "demanded that Armenia change its constitution": the addressee opens the complement
        obj = s.complement_subject(found.end)
    if subject is not None and obj is None and trigger.type == "ASSAULT":
        # "struck what it called terrorist camps at nine sites in Pakistan": the state where
        # the targets lie
        obj = s.place_target(c, found.end)
    if (
        subject is not None
        and obj is None
        and (trigger.type in REACTIONS or trigger.type == "REQUEST")
    ):
        agents = s.referred_event(c, found.end, subject.actors)
        if agents:
            return [(a, b) for a in subject.actors for b in agents], False, agent_end
    if subject is not None and obj is None and trigger.standing:
        # "Turkey sealed the frontier": a border closure presupposes a neighbour, one already
        # named (an implicit complement refers back)
        targets = _nearest_other(s, found.start, subject.actors, before=True)
        return [(a, b) for a in subject.actors for b in targets], False, agent_end
    if subject is None or obj is None:
        if subject is not None:
            s.agent_only = subject.actors
        return None
    used.add(obj.first)
    return [(a, b) for a in subject.actors for b in obj.actors], False, agent_end


def _warned(
    s: _Sentence, c: int, found: Found, used: set[int]
) -> tuple[list[tuple[str, str]], bool, int] | None:
    """ "Katz said the group would pay a heavy price": a stock threat reported of a speaker
    threatens the subject of the idiom (the speaker is the subject of the reporting verb)."""
    target = s.subject(c, found.start, used)
    if target is None and c > 0:
        target = s.inherited_subject(c, found.start)
    if target is None:
        return None
    report = None
    for k in range(target.first - 1, -1, -1):
        if s.cues.has("report", s.word(k)):
            report = k
            break
    if report is None:
        return None
    speaker = None
    for groups in s.groups:
        for g in groups:
            if g.last < report and not g.oblique and not g.possessive:
                speaker = g
    if speaker is None or speaker.first == target.first:
        return None
    pairs = [(a, b) for a in speaker.actors for b in target.actors]
    return pairs, True, found.start


def _historical(time: TimeRef | None, published: dt.date | None, since: bool) -> bool:
    if time is None or time.value is None or since:
        return False
    value = time.end or time.value
    if "/" in value:
        value = value.split("/")[-1]
    if published is None:
        return False
    try:
        year = int(value[:4])
    except ValueError:
        return False
    if year < published.year:
        return True
    if year > published.year or len(value) < 7 or not value[5:7].isdigit():
        return False
    return int(value[5:7]) < published.month


def extract(
    doc: Doc,
    mentions: Sequence[Mention],
    actors: Sequence[Actor] = (),
    times: Sequence[TimeRef] = (),
    claims: Sequence[Claim] = (),
    *,
    hypothetical: bool = False,
) -> list[Relationship]:
    """Every relationship stated in ``doc``'s body between the actors of ``mentions``.

    Relations in the hypothetical mode are left out unless ``hypothetical`` is true.
    """
    text = doc.text
    info = _actor_info(actors)
    ordered = sorted(
        (m for m in mentions if doc.body.contains(m.span)),
        key=lambda m: (m.span.start, -m.span.end),
    )
    # an outer mention hides those inside it ("Iran's supreme leader" over "Iran")
    clean: list[Mention] = []
    for m in ordered:
        if clean and clean[-1].span.end >= m.span.end:
            continue
        if clean and clean[-1].span.end > m.span.start:
            continue
        clean.append(m)
    clean = _merge_title_states(doc, clean, info)
    if len(clean) < 2:
        return []
    starts = [m.span.start for m in clean]
    people = [m for m in clean if _is_person(m.actor, info)]
    people_starts = [m.span.start for m in people]
    time_list = sorted((t for t in times if t.value), key=lambda t: t.span.start)
    time_starts = [t.span.start for t in time_list]
    published = doc.article.published
    since_words = cues().by_kind.get("since", frozenset())
    out: list[Relationship] = []
    lower = doc.lower
    previous_plural: tuple[str, ...] = ()
    previous_end = -10
    history: list[tuple[str, str, str, bool]] = []
    sentences = doc.sentences
    references = _references(doc, sentences, clean, starts, info)
    ref_starts = [m.span.start for m, _more in references]
    for sentence in sentences:
        a = bisect.bisect_left(starts, sentence.start)
        b = bisect.bisect_left(starts, sentence.end)
        inside = clean[a:b]
        extra: dict[int, tuple[str, ...]] = {}
        a = bisect.bisect_left(ref_starts, sentence.start)
        b = bisect.bisect_left(ref_starts, sentence.end)
        if a < b:
            # "it", "they", "the group", "member states": actors named earlier
            inside = sorted([*inside, *(m for m, _more in references[a:b])], key=_by_start)
            extra = {m.span.start: more for m, more in references[a:b] if more}
        if previous_plural and previous_end >= sentence.start - 3:
            inside, plural_extra = _with_anaphors(doc, sentence, inside, previous_plural)
            extra.update(plural_extra)
        elif history and lower.find("sides", sentence.start, sentence.end) >= 0:
            # "Both sides then traded strikes": the two parties of the latest hostilities
            pair = _last_hostile_pair(history)
            if pair:
                inside, plural_extra = _with_anaphors(doc, sentence, inside, pair, sides=True)
                extra.update(plural_extra)
        if not inside and not (
            history and _truce_words().intersection(_sentence_words(doc, sentence))
        ):
            previous_plural = ()
            continue
        previous_plural = ()
        previous_end = sentence.end
        if len({m.actor for m in inside} | {x for v in extra.values() for x in v}) < 2:
            inside = _with_pronouns(doc, sentence, inside, people, people_starts)
        elif lower.find("him", sentence.start, sentence.end) >= 0:
            # an object pronoun stands for someone else than the sentence's actors
            inside = _with_pronouns(doc, sentence, inside, people, people_starts, only_him=True)
            # one actor may still respond to an earlier event ("Lebanon condemned the strikes")
            # or act without a named target, to be responded to later ("fired at a tanker")
        if not _may_trigger(set(_WORD.findall(lower, sentence.start, sentence.end))):
            previous_plural = _coordinated(lower, inside)
            continue
        if not doc.in_body(sentence):
            continue
        analysed = _Sentence(doc, sentence, inside, info, extra, history)
        events = _analyse(analysed, published)
        plural = [g.actors for groups in analysed.groups for g in groups if len(g.actors) >= 2]
        previous_plural = plural[-1] if plural else ()
        seen: set[tuple] = set()
        for event in events:
            if event.mode == "hypothetical" and not hypothetical:
                continue
            lo, hi = analysed.clauses[event.clause]
            span = Span(analysed.slots[lo].start, analysed.slots[hi - 1].end)
            while span.end > span.start and text[span.end - 1] in " ,;:-\u2014\u2013":
                span = Span(span.start, span.end - 1)
            while span.start < span.end and text[span.start] in ' ,;:-\u2014\u2013"\u201c\u201d':
                span = Span(span.start + 1, span.end)
            trigger_span = Span(
                analysed.slots[event.found.start].start, analysed.slots[event.found.end - 1].end
            )
            time = _time_in(time_list, time_starts, span, trigger_span.start)
            since = False
            if time is not None:
                before = text[max(0, time.span.start - 8) : time.span.start].lower().split()
                since = bool(before) and (before[-1],) in since_words
                since = since or (
                    time.text.lower().split()[:1] and (time.text.lower().split()[0],) in since_words
                )
            mode = event.mode
            if mode == "asserted" and _historical(time, published, bool(since)):
                mode = "historical"
            claim = _claim_of(claims, trigger_span)
            for source, target in event.pairs:
                if _same_side(source, target, info):
                    continue
                key = (source, target, event.type, event.negated, event.clause, mode)
                if key in seen:
                    continue
                seen.add(key)
                out.append(
                    Relationship(
                        source=source,
                        target=target,
                        type=event.type,
                        span=span,
                        text=span.of(text),
                        negated=event.negated,
                        mode=mode,  # type: ignore[arg-type]
                        trigger=trigger_span.of(text),
                        time=time.value if time else None,
                        claim=claim,
                    )
                )
    return out


_WORD = re.compile(r"\w+")
#: The words between a state and a person it titles ("U.S. President", "Iran's Supreme Leader
#: Ayatollah", "Azerbaijani Foreign Minister"): a possessive and up to five words, no punctuation.
_TITLE_GAP = re.compile(r"(?:'s|')?(?:\s+(?:[a-z][a-z-]*|[a-z]{1,4}\.)){1,5}\s+$")


def _merge_title_states(doc: Doc, mentions: list[Mention], info: dict[str, Actor]) -> list[Mention]:
    """A state named in a person's title ("U.S. President Donald Trump", "Iran's foreign
    minister Abbas Araqchi") is part of the person's name, not a participant of its own."""
    lower = doc.lower
    keep: list[Mention] = []
    skip = -1
    for i, m in enumerate(mentions):
        if i == skip:
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None and nxt.actor != m.actor:
            person = info.get(nxt.actor)
            if (
                person is not None
                and person.kind == "person"
                and person.country == m.actor
                and nxt.span.start - m.span.end <= 60
            ):
                gap = doc.normalized[m.span.end : nxt.span.start]
                words = lower[m.span.end : nxt.span.start].split()
                if _TITLE_GAP.match(gap.lower()) and not any(
                    w in PREPOSITIONS or w in DETERMINERS or w in AUX or w in ("and", "or")
                    for w in words
                ):
                    # one slot for the whole titled name
                    span = Span(m.span.start, nxt.span.end)
                    keep.append(Mention(nxt.actor, span, span.of(doc.text), nxt.form))
                    skip = i + 1
                    continue
        keep.append(m)
    return keep


@lru_cache(maxsize=1)
def _trigger_words() -> tuple[frozenset[str], dict[str, list[tuple[str, ...]]]]:
    """One-word triggers, and the words of longer ones by their first word."""
    single: set[str] = set()
    longer: dict[str, list[tuple[str, ...]]] = {}
    for entries in triggers().values():
        for key, trigger in entries:
            if trigger.type == "NONE":
                continue
            words = tuple(w for w in key if w[:1].isalnum())
            if len(words) == 1:
                single.add(words[0])
            elif words:
                longer.setdefault(words[0], []).append(words[1:])
    return frozenset(single), longer


def _may_trigger(words: set[str]) -> bool:
    """Whether the words of a sentence include every word of some trigger."""
    single, longer = _trigger_words()
    if not single.isdisjoint(words):
        return True
    for head in words.intersection(longer):
        if any(all(w in words for w in rest) for rest in longer[head]):
            return True
    return False


_PRONOUN = re.compile(r"\b(?:he|she|him)\b")
#: How far back (in characters) a personal pronoun looks for the person it stands for.
PRONOUN_REACH = 600


_COORDINATOR = re.compile(r"\s*(?:,\s*(?:and|or)?|and|or|&)\s*")


def _coordinated(lower: str, mentions: Sequence[Mention]) -> tuple[str, ...]:
    """The last list of two or more actors joined by "and", "or" or commas in a sentence that
    is not analysed further (for a plural anaphor in the next one)."""
    best: tuple[str, ...] = ()
    run: list[str] = []
    for i, m in enumerate(mentions):
        if i and _COORDINATOR.fullmatch(lower, mentions[i - 1].span.end, m.span.start):
            run.append(m.actor)
        else:
            run = [m.actor]
        if len(set(run)) >= 2:
            best = tuple(dict.fromkeys(run))
    return best


def _is_body(actor: str, info: dict[str, Actor]) -> bool:
    """An organisation or bloc (a body states belong to)."""
    known = info.get(actor)
    return known is not None and known.kind in ("organization", "bloc")


def _is_person(actor: str, info: dict[str, Actor]) -> bool:
    known = info.get(actor)
    if known is not None:
        return known.kind == "person"
    return False


def _with_pronouns(
    doc: Doc,
    sentence: Span,
    inside: list[Mention],
    people: list[Mention],
    people_starts: list[int],
    only_him: bool = False,
) -> list[Mention]:
    """The sentence's mentions plus "he"/"she" read as the last person named before them
    (within ``PRONOUN_REACH`` characters); "him" skips the person named last in its own
    sentence ("Kocharyan accuses him": not Kocharyan himself)."""
    added = []
    for match in _PRONOUN.finditer(doc.lower, sentence.start, sentence.end):
        if only_him and match.group(0) != "him":
            continue
        i = bisect.bisect_left(people_starts, match.start()) - 1
        if match.group(0) == "him" and i >= 0 and people[i].span.start >= sentence.start:
            i -= 1
            while i >= 0 and people[i].actor == people[i + 1].actor:
                i -= 1
        if i < 0 or match.start() - people[i].span.end > PRONOUN_REACH:
            continue
        span = Span(*match.span())
        added.append(Mention(people[i].actor, span, doc.text[span.slice], "name"))
    if not added:
        return inside
    return sorted([*inside, *added], key=lambda m: m.span.start)


_ANAPHOR = re.compile(
    r"\b(?:(?:these|those|both|the two|the three) (?:countries|states|nations|governments|powers"
    r"|capitals|neighbours|neighbors|rivals|allies|sides)|both sides|the two sides)\b"
)


@lru_cache(maxsize=1)
def _truce_words() -> frozenset[str]:
    """The words of truce nouns ("a ceasefire took hold" names no party)."""
    return frozenset(w for key in cues().by_kind.get("truce", ()) for w in key if w.isalpha())


def _sentence_words(doc: Doc, sentence: Span) -> set[str]:
    return set(_WORD.findall(doc.lower, sentence.start, sentence.end))


def _last_hostile_pair(history: list[tuple[str, str, str, bool]]) -> tuple[str, ...]:
    for source, target, rtype, _directed in reversed(history):
        if target and rtype in HOSTILE:
            return (source, target)
    return ()


def _with_anaphors(
    doc: Doc,
    sentence: Span,
    inside: list[Mention],
    plural: tuple[str, ...],
    sides: bool = False,
) -> tuple[list[Mention], dict[int, tuple[str, ...]]]:
    """A plural anaphor ("these countries") read as the last coordinated group of actors in the
    sentence before (with ``sides``, only "both sides", "the two sides", for the two parties of
    the latest hostilities)."""
    added = []
    extra: dict[int, tuple[str, ...]] = {}
    for match in _ANAPHOR.finditer(doc.lower, sentence.start, sentence.end):
        if sides and not match.group(0).endswith("sides"):
            continue
        span = Span(*match.span())
        added.append(Mention(plural[0], span, doc.text[span.slice], "name"))
        extra[span.start] = plural[1:]
    if not added:
        return inside, extra
    return sorted([*inside, *added], key=lambda m: m.span.start), extra


def _by_start(m: Mention) -> int:
    return m.span.start


#: Words after which "it"/"they" opens a clause as its subject.
SUBJECT_OPENERS = frozenset(
    [
        ",",
        ";",
        ":",
        '"',
        "and",
        "but",
        "or",
        "that",
        "said",
        "says",
        "say",
        "told",
        "because",
        "after",
        "when",
        "while",
        "as",
        "since",
        "if",
        "so",
        "though",
        "although",
        "where",
        "until",
        "before",
        "once",
        "whether",
        "then",
        "also",
        "now",
        "which",
    ]
)
#: Verbs after which a following adjective makes "it" an expletive or a thing ("it is clear").
COPULAR_OPENERS = frozenset(
    ["is", "was", "'s", "are", "were", "seems", "seemed", "appears", "appeared", "remains"]
)
_REFERENCE_WORD = re.compile(r"[\w']+|[^\w\s]")
_NOT_A_REFERENCE = re.compile(r"\s+of\b|'s\s+own\b")


@lru_cache(maxsize=1)
def _reference_pattern() -> re.Pattern[str]:
    with_det = [n for n, r in referents().items() if r.determiner]
    bare = [n for n, r in referents().items() if not r.determiner]
    alternatives = [r"\b(?:it|they)\b"]
    if with_det:
        nouns = "|".join(sorted(map(re.escape, with_det), key=len, reverse=True))
        alternatives.append(rf"\b(?:the|this|that)\s+(?P<noun>{nouns})\b")
    if bare:
        nouns = "|".join(sorted(map(re.escape, bare), key=len, reverse=True))
        alternatives.append(rf"\b(?P<bare>{nouns})\b")
    return re.compile("|".join(alternatives))


def _references(
    doc: Doc,
    sentences: Sequence[Span],
    mentions: Sequence[Mention],
    starts: Sequence[int],
    info: dict[str, Actor],
) -> list[tuple[Mention, tuple[str, ...]]]:
    """Subject pronouns ("it", "they") and common-noun anaphors ("the group", "the bloc",
    "member states") resolved to actors named earlier, as mentions (with the further actors a
    plural stands for). "it" takes the subject of its own sentence before it, else of the
    nearest earlier sentence (a state or organisation, not a person nor a plural name); "they"
    the last coordinated list or plural name; a noun the latest actor of a fitting kind."""
    lower = doc.lower
    body = doc.body
    out: list[tuple[Mention, tuple[str, ...]]] = []
    sentence_starts = [s.start for s in sentences]
    table = referents()
    for match in _reference_pattern().finditer(lower, body.start, body.end):
        start, end = match.span()
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and mentions[i].span.end > start:
            continue  # inside a name ("the Wagner Group")
        if _NOT_A_REFERENCE.match(lower, end):
            continue  # "the group of experts", "its own"
        k = bisect.bisect_right(sentence_starts, start) - 1
        if k < 0:
            continue
        noun = match.group("noun") or match.group("bare")
        if noun is not None:
            actors = _latest_of_kind(mentions, starts, start, table[noun], info)
        else:
            if not _subject_position(lower, sentences[k].start, start, end):
                continue
            plural = match.group(0) == "they"
            actors = ()
            for back in range(k, max(-1, k - 3), -1):
                actors = _pronoun_referent(
                    lower, mentions, starts, sentences[back], start, plural, info, back == k
                )
                if actors:
                    break
        if actors:
            span = Span(start, end)
            out.append((Mention(actors[0], span, span.of(doc.text), "name"), actors[1:]))
    return out


def _subject_position(lower: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether a pronoun opens a clause ("It has supplied", "said it would") and is not an
    expletive or a thing ("it is clear", "dismissed it")."""
    before = _REFERENCE_WORD.findall(lower, max(sentence_start, start - 30), start)
    if before and before[-1] not in SUBJECT_OPENERS and before[-1] not in ("\u201c", "\u201d"):
        return False
    after = _REFERENCE_WORD.findall(lower, end, end + 40)[:2]
    if not after or after[0] in (".", ",", ";", ":", "?", "!", "to"):
        return False
    if after[0] in COPULAR_OPENERS:
        # "it is clear", "it was a mistake": only an auxiliary before a participle counts
        nxt = after[1] if len(after) > 1 else ""
        return nxt.endswith(("ed", "ing", "en")) or nxt in IRREGULAR_PARTICIPLES
    return True


def _pronoun_referent(
    lower: str,
    mentions: Sequence[Mention],
    starts: Sequence[int],
    sentence: Span,
    position: int,
    plural: bool,
    info: dict[str, Actor],
    same: bool,
) -> tuple[str, ...]:
    """The actors a subject pronoun at ``position`` stands for, read in ``sentence`` (before
    the pronoun when it is the pronoun's own sentence)."""
    a = bisect.bisect_left(starts, sentence.start)
    b = bisect.bisect_left(starts, position if same else sentence.end)
    inside = [m for m in mentions[a:b] if not _is_person(m.actor, info)]
    if not inside:
        return ()
    if plural:
        listed = _coordinated(lower, inside)
        if listed:
            return listed
        names = [m for m in inside if _plural_name(m, info)]
        return (names[-1].actor,) if names else ()
    fitting = [m for m in inside if not _plural_name(m, info)]
    if not fitting:
        return ()
    for m in fitting:
        words = _REFERENCE_WORD.findall(lower, max(sentence.start, m.span.start - 12), m.span.start)
        if not words or words[-1] not in PREPOSITIONS:
            return (m.actor,)
    return (fitting[0].actor,)


def _plural_name(m: Mention, info: dict[str, Actor]) -> bool:
    """A name that takes "they" ("the Houthis"), not "it" (states are singular)."""
    known = info.get(m.actor)
    if known is not None and known.kind == "state":
        return False
    return m.text.endswith("s") and not m.text.isupper()


def _latest_of_kind(
    mentions: Sequence[Mention],
    starts: Sequence[int],
    position: int,
    referent: Referent,
    info: dict[str, Actor],
) -> tuple[str, ...]:
    """The actor of the latest mention before ``position`` whose kind fits ``referent``."""
    i = bisect.bisect_left(starts, position) - 1
    while i >= 0 and position - mentions[i].span.end <= referent.reach:
        known = info.get(mentions[i].actor)
        if known is not None and known.kind in referent.kinds:
            return (known.id,)
        i -= 1
    return ()


def _time_in(times: list[TimeRef], starts: list[int], clause: Span, anchor: int) -> TimeRef | None:
    i = bisect.bisect_left(starts, clause.start)
    best = None
    while i < len(times) and times[i].span.start < clause.end:
        t = times[i]
        if clause.contains(t.span) and (
            best is None or abs(t.span.start - anchor) < abs(best.span.start - anchor)
        ):
            best = t
        i += 1
    return best


def _claim_of(claims: Sequence[Claim], span: Span) -> int | None:
    best = None
    for i, claim in enumerate(claims):
        if claim.span.contains(span) and (best is None or len(claim.span) < len(claims[best].span)):
            best = i
    return best
