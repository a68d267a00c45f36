"""Stance finding: who (the author, a quoted speaker, an acting state) stands where toward whom.

Three kinds of evidence are gathered sentence by sentence and clause by clause:

* evaluation: an evaluative word (VADER's lexicon under the geopolitical one) scored with negation,
  degree adverbs, contrast and modality, attached to the actor it is said of (a modifier of the
  mention, a possessed noun, an appositive, or the predicate of the clause whose subject the
  actor is); it belongs to the speaker of the claim it sits in, otherwise to the author;
* relation: a relational predicate ("A pressures B", "A's support for B", "B's ally A") gives the
  acting actor's stance toward the other;
* every piece is weighted, then aggregated per (holder, target): agreeing evidence gives a clear
  polarity, mixed or thin evidence a polarity near zero, and only clear stances are emitted.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Iterable, Sequence

import attrs

from geobrief import Actor, Claim, Mention, Span, Stance
from geobrief.text import Doc

from .lexicon import VALENCE_SCALE, Lexicon, Relation, lexicon

__all__ = ["Settings", "find_stances"]

_TOKEN = re.compile(r"\w+(?:'\w+)?|[^\w\s]")
_START = re.Match.start
_END = re.Match.end
_GROUP = re.Match.group
_DASHES = frozenset("\u2014\u2013\u2015")
_CLAUSE_PUNCT = frozenset(";:")
_NEGATION_SCALAR = -0.74  # VADER's: a negated word keeps most of its strength, reversed
_RELATION_NEGATION = -0.6  # "did not support" is hostile, less plainly than "opposed"
_SUBJECT_WINDOW = 6  # tokens from a clause's start within which its subject must begin
_HOLDER_WINDOW = 12  # tokens back from a relational predicate to its holder
_TARGET_WINDOW = 5  # tokens forward from a relational verb to its object
_NOUN_TARGET_WINDOW = 3  # tokens after "support for", "pressure on" to its complement
_RELATIVE = frozenset({"which", "who", "whom"})
_TARGET_STOPS = frozenset({",", ";", ":", ".", "and", "or", "(", ")"})
_NEGATION_WINDOW = 3
_VERB_TARGET_STOPS = frozenset({"between", "among", "amid"})


@attrs.frozen
class Settings:
    """Thresholds for what is emitted (see ``docs/plugins/stances.md``, "Calibration")."""

    min_polarity: float = 0.3
    """An aggregate closer to zero than this is not a stance a reader would agree on."""
    min_strength: float = 0.35
    """Total weighted evidence a stance needs."""
    min_author_mentions: int = 2
    """The author's stance is reported only toward actors mentioned at least this often."""
    saturation: float = 0.5
    """Evidence strength at which polarity reaches 63% of the agreement ratio."""
    min_author_strength: float | None = 0.45
    """Total weighted evidence the author's stance needs (the author's evaluations are spread
    over many loosely attached words, so one weak word is not enough); ``None``: as any other."""
    max_author_targets: int = 4
    """The author's stance is reported toward at most this many actors, the best attested
    first: an opinion piece argues about a few central actors."""
    max_report_share: float = 0.2
    """A body in which more than this share of sentences carries a reporting cue ("said",
    "according to", "spokesman") is a news report: its author takes no stance."""
    min_author_voice: float = 0.5
    """Nor does an author whose own voice (outside attributed claims) holds less than this share
    of the body's sentences."""
    pairs_base: int = 4
    """Pairs an article may always report ..."""
    words_per_pair: int = 80
    """... plus one per this many body words; the best attested pairs are kept."""
    same_side: bool = False
    """Whether a state and a person of that state may hold a stance toward each other from
    relations or evaluations (``False``: only from explicit condemnations, accusations or
    labels; "Putin's Kremlin" links no two sides)."""


@attrs.define
class _Occ:
    """One mention, located in tokens."""

    actor: str
    first: int
    last: int
    start: int
    end: int
    possessive: bool
    form: str = "name"


@attrs.define
class _Clause:
    first: int
    last: int  # exclusive
    weight: float  # contrast, concession and modality: how much its evaluation counts
    modality: float = 1.0  # conditional, modal or questioned: how much its relations count
    subject: _Occ | None = None
    subject_actor: str | None = None
    subject_end: int = -1  # token index after which the predicate starts
    speakers: frozenset[str] = frozenset()  # actors named as speakers in this clause


@attrs.define
class _Evidence:
    holder: str
    target: str
    value: float
    span: tuple[int, int]
    kind: str = "evaluation"  # evaluation | relation | speech | recommended
    direct: bool = False  # an evaluation said of the mention itself, or a relation's own verb


class _Article:
    """Token-level view of one article's body."""

    def __init__(
        self,
        doc: Doc,
        mentions: Sequence[Mention],
        actors: Sequence[Actor],
        claims: Sequence[Claim],
        lex: Lexicon,
    ) -> None:
        self.doc = doc
        self.text = doc.text
        self.lex = lex
        lower = doc.lower
        body = doc.body
        found = list(_TOKEN.finditer(lower, body.start, body.end))
        starts = list(map(_START, found))
        words = list(map(_GROUP, found))
        ends = list(map(_END, found))
        if lower is doc.normalized:  # lower-casing changed lengths: fold token by token
            words = [w.lower() for w in words]
        self.words, self.starts, self.ends = words, starts, ends
        self.kinds = {a.id: a.kind for a in actors}
        self.boilerplate = [(b.start, b.end) for b in doc.article.boilerplate]
        # tokens the lexicons can score or link: the inner loops visit only these
        keys = lex.evaluative_keys
        self.hits = [
            i for i, w in enumerate(words) if w in keys or (w.endswith("'s") and w[:-2] in keys)
        ]
        self.n_words = sum(1 for w in words if w[:1].isalpha())
        self.n_sentences = 0  # body sentences, counted as they are read
        self.n_reporting = 0  # ... holding a reporting cue
        self.n_author_voice = 0  # ... in the author's own voice
        relations = lex.relations
        self.relation_hits = [i for i, w in enumerate(words) if w in relations]

        self.occ_at: dict[int, _Occ] = {}
        self.in_mention = bytearray(len(words))
        self.mention_count: dict[str, int] = {}
        for mention in mentions:
            if not self.in_body(mention.span) or mention.span.start >= mention.span.end:
                continue
            first = bisect.bisect_right(starts, mention.span.start) - 1
            last = bisect.bisect_left(starts, mention.span.end) - 1
            if first < 0 or last < first:
                continue
            word = words[last]
            possessive = word.endswith("'s") or (
                last + 1 < len(words) and words[last + 1] == "'" and word.endswith("s")
            )
            occ = _Occ(
                mention.actor,
                first,
                last,
                mention.span.start,
                mention.span.end,
                possessive,
                mention.form,
            )
            if first in self.occ_at and self.occ_at[first].last >= last:
                continue
            self.occ_at[first] = occ
            for i in range(first, last + 1):
                self.in_mention[i] = 1
            self.mention_count[mention.actor] = self.mention_count.get(mention.actor, 0) + 1
        self.occ_firsts = sorted(self.occ_at)
        # people in order, for object pronouns ("accuses him of ...")
        self.people = [
            (k, self.occ_at[k].actor)
            for k in self.occ_firsts
            if self.kinds.get(self.occ_at[k].actor) == "person"
        ]
        self.people_firsts = [p[0] for p in self.people]
        # accusations made so far: (token, accuser, accused), which a rejection answers
        self.accusations: list[tuple[int, str, str]] = []
        # hostile acts reported so far: (token, agent), which "condemned the attack" refers to
        self.events: list[tuple[int, str, str | None]] = []
        self.state_of = {x.id: x.id if x.kind == "state" else x.country for x in actors}
        # tokens inside quotation marks: words quoted in the author's voice are someone else's
        self.in_quote = bytearray(len(words))
        text = doc.text
        opened = -1
        for k in [k for k, w in enumerate(words) if w == '"']:
            if opened >= 0 and "\n" not in text[starts[opened] : starts[k]]:
                self.in_quote[opened + 1 : k] = b"\x01" * (k - opened - 1)
                opened = -1
            else:
                opened = k  # an opening mark (or one left open in an earlier paragraph)

        # claim content regions, and who speaks in each (None: an unnamed source)
        regions = sorted(
            (c.span.start, c.span.end, c.speaker) for c in claims if c.span.end > c.span.start
        )
        self.claim_starts = [r[0] for r in regions]
        self.claims = regions
        self.claim_edges = {r[0] for r in regions} | {r[1] for r in regions}
        # where speakers are named: naming a speaker judges nobody
        self.speaker_tokens: set[int] = set()
        for claim in claims:
            if claim.speaker_span is not None:
                lo = bisect.bisect_left(starts, claim.speaker_span.start)
                hi = bisect.bisect_left(starts, claim.speaker_span.end)
                self.speaker_tokens.update(range(lo, hi))

    # -- helpers ------------------------------------------------------------------------------

    def in_body(self, span: Span) -> bool:
        """Whether ``span`` lies in the body and in no boilerplate region."""
        body = self.doc.body
        if span.start < body.start or span.end > body.end:
            return False
        start, end = span.start, span.end
        # a plain loop, not any(): this is called for every mention and clause
        for s, e in self.boilerplate:  # noqa: SIM110
            if s < end and start < e:
                return False
        return True

    def voice(self, offset: int) -> str | None:
        """Who speaks at ``offset``: a claim's speaker, ``None`` for an unnamed source, or the
        author."""
        i = bisect.bisect_right(self.claim_starts, offset) - 1
        # claims may nest or overlap: the innermost (latest starting) one that covers wins
        while i >= 0:
            start, end, speaker = self.claims[i]
            if start <= offset < end:
                return speaker
            if end <= offset and start < offset - 2000:
                break
            i -= 1
        return "author"

    def only_month_may(self, s: int, e: int) -> bool:
        """Whether the only modal among tokens ``s..e`` is "May" the month (capitalised
        mid-sentence)."""
        found = False
        for k in range(s, e):
            w = self.words[k]
            if w in self.lex.m.irrealis:
                initial = k == 0 or self.words[k - 1] in (".", "!", "?", '"', ":")
                if w != "may" or initial or not self.text[self.starts[k]].isupper():
                    return False
                found = True
        return found

    def person_before(self, k: int, skip: str | None) -> str | None:
        """The last person named before token ``k`` other than ``skip`` (the agent): "Kocharyan
        accuses him" is not Kocharyan."""
        j = bisect.bisect_left(self.people_firsts, k) - 1
        while j >= 0 and k - self.people[j][0] <= 200:
            if self.people[j][1] != skip:
                return self.people[j][1]
            j -= 1
        return None

    def occs_between(self, first: int, last: int) -> list[_Occ]:
        """Mentions whose first token lies in ``[first, last)``."""
        lo = bisect.bisect_left(self.occ_firsts, first)
        hi = bisect.bisect_left(self.occ_firsts, last)
        return [self.occ_at[k] for k in self.occ_firsts[lo:hi]]

    def is_dash(self, i: int) -> bool:
        w = self.words[i]
        if w != "-":
            return False
        s = self.starts[i]
        if self.text[s] in _DASHES:
            return True
        before = self.text[s - 1] if s else " "
        after = self.text[s + 1] if s + 1 < len(self.text) else " "
        return before.isspace() or after.isspace() or after == "-"

    def marker_phrase_at(self, kind: str, i: int) -> int:
        """Length of a multi-word marker of ``kind`` starting at token ``i`` (0: none)."""
        if self.words[i] not in self.lex.phrase_starts:
            return 0
        for phrase in self.lex.marker_phrases.get(kind, ()):
            n = len(phrase)
            if tuple(self.words[i : i + n]) == phrase:
                return n
        return 0

    def negated(self, i: int, floor: int) -> str | None:
        """``"negation"`` or ``"ability"`` when a negator governs token ``i``."""
        lex, words = self.lex, self.words
        for j in range(i - 1, max(floor, i - 1 - _NEGATION_WINDOW - 1), -1):
            w = words[j]
            if w in (",", ";", ".", ":"):
                return None
            nxt = words[j + 1] if j + 1 < len(words) else ""
            if nxt in lex.m.skip_negation:
                continue
            if w in lex.m.ability:
                return "ability"
            if (w in lex.m.negation or w.endswith("n't")) and i - j <= _NEGATION_WINDOW:
                return "negation"
            if w in lex.phrase_ends and i - j <= _NEGATION_WINDOW:
                for k in range(max(floor, j - 2), j + 1):
                    n = self.marker_phrase_at("negation", k)
                    if n and k + n - 1 == j:
                        return "negation"
        return None


def _unasserted_from(a: _Article, first: int, last: int) -> int:
    """The first token of a complement left unasserted by a negated matrix verb ("None of this
    means ...", "That does not mean ..."), else ``last``."""
    words, m = a.words, a.lex.m
    for j in range(first, last):
        if words[j] in m.unasserting:
            for k in range(max(first, j - 4), j):
                w = words[k]
                if w in m.negation or w.endswith("n't"):
                    return j + 1
    return last


def _strip(word: str) -> str:
    return word[:-2] if word.endswith("'s") else word


def _not_evaluative(lex: Lexicon, word: str) -> bool:
    """Function words and condition words VADER scores ("no", "hope", "loss") judge nobody."""
    m = lex.m
    return (
        word in m.condition
        or word in m.negation
        or word in m.ability
        or word in m.booster
        or word in m.dampener
        or word in m.irrealis
    )


def _clauses(a: _Article, first: int, last: int) -> list[_Clause]:
    """Split one sentence's tokens into clauses and weigh them (contrast, concession, modality)."""
    lex, words, starts, edges = a.lex, a.words, a.starts, a.claim_edges
    boundary = lex.m.boundary
    cuts = [first]
    for i in range(first + 1, last):
        w = words[i]
        if w in _CLAUSE_PUNCT or (w == "-" and a.is_dash(i)) or starts[i] in edges:
            cuts.append(i if starts[i] in edges and w not in _CLAUSE_PUNCT else i + 1)
        elif w in boundary and words[i - 1] not in ("not", "only"):
            # "not only ... but also" is one clause; otherwise a subordinator opens a new one
            if w == "but" and i + 1 < last and words[i + 1] == "also":
                continue
            cuts.append(i)
    cuts.append(last)
    spans = [(s, e) for s, e in itertools.pairwise(cuts) if e > s]
    question = words[last - 1] == "?" if last > first else False
    clauses = []
    contrast_seen = False
    for index, (s, e) in enumerate(spans):
        head = words[s] if words[s] not in (",", "-") else (words[s + 1] if s + 1 < e else "")
        modality = 1.0
        if head in lex.m.contrast_after and index > 0:
            contrast_seen = True
        if not lex.m.irrealis.isdisjoint(words[s:e]) and not a.only_month_may(s, e):
            modality *= 0.6
        if question:
            modality *= 0.5
        weight = modality
        if head in lex.m.concessive or a.marker_phrase_at("concessive", s):
            weight *= 0.5
        clauses.append(_Clause(s, e, weight, modality))
        if contrast_seen:
            for earlier in clauses[:-1]:
                earlier.weight *= 0.5
            clauses[-1].weight *= 1.5
            contrast_seen = False
    return clauses


def _find_subject(a: _Article, clause: _Clause, last_subject: dict[str, str]) -> None:
    """The clause's subject: an actor mention (or a pronoun standing for one) at its start."""
    lex, words = a.lex, a.words
    start = clause.first
    while start < clause.last and (words[start] in (",", "-") or words[start] in lex.m.boundary):
        start += 1
    # a leading adverbial ("In March, ...", "More worrisome, ...", "Certainly, ...") is skipped
    head = _strip(words[start]) if start < clause.last else ""
    if not (head in lex.m.pronoun_person or head in lex.m.pronoun_thing):
        for k in range(start, min(clause.last, start + 8)):
            if words[k] == ",":
                adverbial = head in lex.m.preposition or head.endswith("ly") or k - start <= 3
                if adverbial and not a.occs_between(start, k):
                    start = k + 1
                break
    if start >= clause.last:
        return
    pronoun = _strip(words[start])
    if pronoun in lex.m.pronoun_person or pronoun in lex.m.pronoun_thing:
        key = "person" if pronoun in lex.m.pronoun_person else "thing"
        actor = last_subject.get(key)
        if actor:
            clause.subject_actor = actor
            clause.subject_end = start
        return
    for occ in a.occs_between(start, min(clause.last, start + _SUBJECT_WINDOW + 1)):
        before = words[occ.first - 1] if occ.first > start else ""
        if before in lex.m.preposition:
            continue
        if any(words[k] in lex.m.preposition for k in range(start, occ.first)):
            break
        clause.subject = occ
        clause.subject_actor = occ.actor
        clause.subject_end = occ.last
        key = "person" if a.kinds.get(occ.actor) == "person" else "thing"
        last_subject[key] = occ.actor
        break


def _evaluations(
    a: _Article, clause: _Clause, consumed: set[int], out: list[_Evidence], unasserted: int
) -> None:
    """Evaluative words of one clause, attached to the actor each is said of."""
    lex, words = a.lex, a.words
    occs = a.occs_between(clause.first, clause.last)
    if not occs and clause.subject_actor is None:
        return
    by_last = {o.last: o for o in occs}
    hits = a.hits
    resume = clause.first
    for i in hits[bisect.bisect_left(hits, clause.first) : bisect.bisect_left(hits, clause.last)]:
        if i < resume or a.in_mention[i] or i in consumed or i >= unasserted:
            continue
        w = words[i]
        value = None
        span_len = 1
        for rest, val in lex.phrases.get(w, ()):
            n = len(rest)
            if tuple(words[i + 1 : i + 1 + n]) == rest and i + 1 + n <= clause.last:
                value, span_len = val, n + 1
                break
        if value is None:
            value = lex.valence.get(_strip(w)) if w[:1].isalpha() else None
        resume = i + span_len
        if not value or (span_len == 1 and _not_evaluative(lex, _strip(w))):
            continue
        if span_len == 1 and _in_name(a, i, clause.first):
            continue  # "Grand Ethiopian Renaissance Dam", "Liberation Army": a name's part
        score = max(-1.0, min(1.0, value / VALENCE_SCALE))
        if i > clause.first:
            prev = words[i - 1]
            if prev in lex.m.booster:
                score *= 1.3
            elif prev in lex.m.dampener:
                score *= 0.7
        if a.negated(i, clause.first):
            score *= _NEGATION_SCALAR
        # a relational word that linked no pair ("deep skepticism of allies") evaluates only
        # the mention it is directly said of
        direct_only = span_len == 1 and _strip(w) in lex.relations
        if direct_only and _tie_of_another(a, clause, i):
            continue
        if (
            score < 0
            and clause.subject_actor is not None
            and clause.weight == 1.0
            and _main_verb(a, clause, i)
        ):
            a.events.append((i, clause.subject_actor, None))  # what a later "the attack" names
        target, attach = _attach(a, clause, occs, by_last, i, i + span_len - 1, direct_only)
        if (
            attach in (_PREDICATE, _COPULA)
            and target == clause.subject_actor
            and any(words[k] in lex.m.directive for k in range(clause.subject_end + 1, i))
        ):
            continue  # "France called for calm": what it asks for, not how it is judged
        named = by_last.get(i - 1)
        if (
            span_len == 1
            and w.endswith("ed")
            and _strip(w) not in lex.curated
            and named is not None
            and not named.possessive
            and named.form != "demonym"
        ):
            # "after Hezbollah fired rockets": a past tense after a name is what it did
            if score < 0 and clause.weight == 1.0:
                a.events.append((i, named.actor, None))
            continue
        if (
            span_len == 1
            and _strip(w) not in lex.curated
            and (attach == _PREDICATE or (attach == 1.0 and target == clause.subject_actor))
            and _main_verb(a, clause, i)
        ):
            continue  # "the United States approved a package": an event, not a judgement
        if target is not None and target not in clause.speakers:
            value_w = score * attach * clause.weight
            holder = a.voice(a.starts[i])
            if holder == "author" and a.in_quote[i]:
                continue  # quoted words ("what it called 'terrorist infrastructure'")
            if holder is not None and holder != target and value_w:
                out.append(
                    _Evidence(
                        holder,
                        target,
                        value_w,
                        (a.starts[clause.first], a.ends[clause.last - 1]),
                        "evaluation",
                        attach >= _COPULA,
                    )
                )


def _in_name(a: _Article, i: int, first: int) -> bool:
    """Whether token ``i`` is capitalised inside a sentence: a part of a name, not a judgement."""
    if i <= first or not a.text[a.starts[i]].isupper():
        return False
    return a.words[i - 1] not in (".", "!", "?", '"', ":", "(", "-", ";")


_PREDICATE = 0.6  # how directly a non-copular predicate evaluates its subject
_COPULA = 0.9  # how directly a copular one does ("Trump is wrong")


def _main_verb(a: _Article, clause: _Clause, i: int) -> bool:
    """Whether token ``i`` is the main verb right after the clause's subject (auxiliaries, time
    words and adverbs aside): what the subject did, not how anyone judges it."""
    words, m = a.words, a.lex.m
    subject = clause.subject
    if subject is not None and (subject.possessive or subject.form == "demonym"):
        return False  # "Iran's threats", "Iranian threats": a noun after its modifier
    if clause.subject_end < 0:
        return False
    k = clause.subject_end + 1
    steps = 0
    while k < i and steps < 4:
        w = words[k]
        if not (w in m.preverbal or w in m.negation or w.endswith("ly") or w == ","):
            return False
        k, steps = k + 1, steps + 1
    return k == i and not words[i].endswith("ing")


def _tie_of_another(a: _Article, clause: _Clause, i: int) -> bool:
    """Whether the role noun at ``i`` names a tie rather than a quality: hedged ("Armenia's
    nominal ally") or possessed by a mention ("Armenia's ally" judges neither)."""
    lex, words = a.lex, a.words
    roles = lex.relations.get(_strip(words[i]), ())
    if not any(not rest and rel.kind.startswith("role") for rest, rel in roles):
        return False
    for k in range(i - 1, max(clause.first, i - 4) - 1, -1):
        if words[k] in lex.m.role_hedge:
            return True
        occ = next(
            (o for o in a.occs_between(max(clause.first, k - 6), k + 1) if o.last == k), None
        )
        if occ is not None:
            return occ.possessive
    return False


def _attach(
    a: _Article,
    clause: _Clause,
    occs: list[_Occ],
    by_last: dict[int, _Occ],
    i: int,
    j: int,
    direct_only: bool = False,
) -> tuple[str | None, float]:
    """The actor the evaluative word at tokens ``i..j`` is said of, and how directly."""
    lex, words = a.lex, a.words
    # a mention modifying the word: "American threats", "Iran's nuclear ambitions"
    prev = by_last.get(i - 1)
    if prev is not None:
        return prev.actor, 1.0
    for k in range(i - 2, max(clause.first, i - 4) - 1, -1):
        occ = by_last.get(k)
        if occ is not None:
            between = range(k + 1, i)
            if occ.possessive and not any(
                a.in_mention[m]
                or not (words[m][:1].isalnum() or words[m] == "-")
                or words[m] in lex.m.preposition
                for m in between
            ):
                return occ.actor, 1.0  # within the possessed noun phrase
            break
    # the word modifying a mention: "a hostile West", "rogue Iran"
    nxt = a.occ_at.get(j + 1)
    if nxt is not None and j + 1 < clause.last:
        before = words[i - 1] if i > clause.first else ""
        if i == clause.first or before in lex.m.determiner or before in (",", "and"):
            return nxt.actor, 1.0
    # "the flaw in Trump's approach", "the failure of the regime in Tehran"
    if j + 2 < clause.last and words[j + 1] in ("of", "in", "by"):
        k = j + 2
        if words[k] in lex.m.determiner and k + 1 < clause.last:
            k += 1
        occ = a.occ_at.get(k)
        if occ is not None:
            return occ.actor, 0.8
    # an appositive: "Putin, a leader who thrives on instability", "Putin's goal, an obsession"
    for occ in reversed(occs):
        if occ.last >= i:
            continue
        k = occ.last + 1
        if occ.possessive:
            while k < min(i, occ.last + 4) and words[k][:1].isalpha():
                k += 1
        if (
            k + 1 < clause.last
            and words[k] == ","
            and words[k + 1] in lex.m.determiner
            and "," not in words[k + 1 : i]
        ):
            return occ.actor, 1.0
        break
    # the predicate of the clause's subject: "Trump is wrong", "Moscow's strategy rests on ..."
    if clause.subject_actor is not None and not direct_only:
        if i > clause.subject_end:
            after = words[clause.subject_end + 1] if clause.subject_end + 1 < clause.last else ""
            copula = after in lex.m.be or after.endswith("'s")
            if copula and clause.subject_end + 2 < i:
                # "Iran is enriching uranium ...", "Russia was sanctioned ...": a progressive or a
                # passive tells what happens, it does not say what the subject is
                nxt = words[clause.subject_end + 2]
                copula = not (nxt.endswith("ing") or nxt.endswith("ed")) or nxt in lex.curated
            return clause.subject_actor, _COPULA if copula else _PREDICATE
        return clause.subject_actor, 0.4
    return None, 0.0


def _relations(
    a: _Article,
    sentence_clauses: list[_Clause],
    clause_of: list[_Clause],
    first: int,
    last: int,
    consumed: set[int],
    out: list[_Evidence],
    unasserted: int,
) -> None:
    """Relational predicates of one sentence: the acting actor's stance toward the other."""
    lex, words = a.lex, a.words
    hits = a.relation_hits
    resume = first
    for i in hits[bisect.bisect_left(hits, first) : bisect.bisect_left(hits, last)]:
        if i < resume or a.in_mention[i]:
            continue
        match = None
        for rest, relation in lex.relations[words[i]]:
            n = len(rest)
            if tuple(words[i + 1 : i + 1 + n]) == rest:
                match = (relation, i + n)
                break
        if match is None:
            continue
        relation, end = match
        resume = end + 1
        if relation.needs and not any(
            words[k] in relation.needs for k in range(end + 1, min(last, end + 6))
        ):
            continue
        if i >= unasserted or _alleged(a, i, first) or _requested(a, i, first):
            # "None of this means A abandoned B"; "accuse A of arming B": B is not asserted
            continue
        clause = clause_of[i - first]
        chain = [c for c in sentence_clauses if c.first <= clause.first]
        kind = relation.kind
        label = kind == "label"
        if label:
            nxt = words[end + 1] if end + 1 < last else ""
            if nxt in _PARTICLES:
                continue  # "called on", "called for", "called off": no labelling
            kind = "verb"
        pairs = _relation_pairs(a, kind, clause, chain, first, last, i, end)
        answer, complement = _answered_accusation(a, relation, clause, chain, first, last, i, end)
        if answer is not None:
            pairs = answer
        elif not pairs and (relation.polarity < 0 or label) and kind == "verb":
            # "condemned the attack", "called the sanctions illegal", "dismissed the measures
            # as meaningless": a stance toward whoever carried out the act
            answer, complement = _condemned_event(a, clause, chain, first, last, i, end)
            pairs = answer or []
        if not pairs:
            continue
        negation = a.negated(i, first)
        if negation == "ability":
            continue
        factor = _RELATION_NEGATION if negation == "negation" else 1.0
        polarity = relation.polarity
        if label or answer:
            # what the target (or the accusation) is called: "labelled China a hostile force",
            # "rejected the accusations as politically motivated"
            start = complement if answer else max(p[3] for p in pairs) + 1
            valence, stop = _complement(a, start, last)
            consumed.update(range(start, stop))
            if label:
                if abs(valence) < 0.2:
                    continue
                polarity = valence
        # a modal or "if" right before the predicate imagines it ("would normalise ties only
        # once ..."): not a stance taken; unless it is recommended ("should pressure")
        weight = 0.5 if words[last - 1] == "?" else 1.0
        recommended = _before_in_clause(a, clause, i, "obligation")
        if not recommended and (
            _before_in_clause(a, clause, i, "irrealis") or words[clause.first] in ("if", "unless")
        ):
            weight *= _IRREALIS_RELATION
        for holder, target, lo, hi, share in pairs:
            span = (min(a.starts[lo], a.starts[i]), max(a.ends[hi], a.ends[end]))
            value = polarity * factor * share
            voice = a.voice(a.starts[i])
            if recommended and voice is not None:
                # "Washington should pressure Tehran": the writer's stance toward Tehran
                if voice != target:
                    out.append(
                        _Evidence(voice, target, value * _RECOMMENDATION, span, "recommended")
                    )
                continue
            speech = label or answer is not None
            out.append(
                _Evidence(
                    holder,
                    target,
                    value * weight,
                    span,
                    "speech" if speech else "relation",
                    kind in ("verb", "label") and weight == 1.0,
                )
            )
            if words[i] in lex.m.accusation and value < 0:
                a.accusations.append((i, holder, target))
            if value < 0 and weight == 1.0 and negation is None and not speech:
                a.events.append((i, holder, target))  # an act, not words about one
        consumed.update(range(i, end + 1))


_PARTICLES = frozenset({"on", "upon", "for", "off", "up", "back", "in", "out", "at", "to", "into"})
_IRREALIS_RELATION = 0.3
_RECOMMENDATION = 0.8
_COMPLEMENT_WINDOW = 14


def _alleged(a: _Article, i: int, first: int) -> bool:
    """Whether the predicate at ``i`` is what someone is accused of: "accuse Iran of arming the
    Houthis", "blamed Kyiv for attacking ...", "charged with aiding ..."."""
    words, m = a.words, a.lex.m
    for j in range(i - 1, max(first, i - 7) - 1, -1):
        w = words[j]
        if w in (",", ";", ":", ".") or w in _RELATIVE:
            return False
        if w in ("of", "for", "with"):
            return any(words[k] in m.accusation for k in range(max(first, j - 5), j))
    return False


def _requested(a: _Article, i: int, first: int) -> bool:
    """Whether the predicate at ``i`` is an infinitive someone is urged or asked to carry out:
    "called on France to pressure Israel", "urged Ankara to back Baku"."""
    words, m = a.words, a.lex.m
    if i - 1 < first or words[i - 1] != "to":
        return False
    for k in range(i - 2, max(first, i - 14) - 1, -1):
        w = words[k]
        if w in (";", ":", ".") or (w in _RELATIVE and k == i - 2):
            return False
        if w in m.directive:
            return True
    return False


def _before_in_clause(a: _Article, clause: _Clause, i: int, kind: str) -> bool:
    """Whether a marker of ``kind`` (a modal: "would", "could"; an obligation: "should",
    "must", "needs to") governs the predicate at ``i``: within four words before it."""
    words = a.words
    markers = getattr(a.lex.m, kind)
    for k in range(max(clause.first, i - 4), i):
        if (words[k] in markers and not a.only_month_may(k, k + 1)) or a.marker_phrase_at(kind, k):
            return True
    return False


def _complement(a: _Article, start: int, last: int) -> tuple[float, int]:
    """The valence of what something is called ("a reckless threat", "as politically
    motivated"), from ``start`` to the end of the complement, and where it ends."""
    lex, words = a.lex, a.words
    total = 0.0
    k = start
    stop = min(last, start + _COMPLEMENT_WINDOW)
    while k < stop:
        w = words[k]
        if (
            w in (",", ";", ":", ".")
            or (w in lex.m.boundary and w not in ("that",))
            or (w == "and" and k + 1 < stop and words[k + 1] in ("said", "says", "added", "warned"))
        ):
            break
        value = None
        span_len = 1
        for rest, val in lex.phrases.get(w, ()):
            n = len(rest)
            if tuple(words[k + 1 : k + 1 + n]) == rest:
                value, span_len = val, n + 1
                break
        if value is None and w[:1].isalpha() and not a.in_mention[k]:
            value = lex.valence.get(_strip(w))
            if value is not None and _not_evaluative(lex, _strip(w)):
                value = None
        if value:
            if a.negated(k, start):
                value *= _NEGATION_SCALAR
            total += value
        k += span_len
    return max(-1.0, min(1.0, total / VALENCE_SCALE)), k


def _answered_accusation(
    a: _Article,
    relation: Relation,
    clause: _Clause,
    chain: list[_Clause],
    first: int,
    last: int,
    i: int,
    end: int,
) -> tuple[list[tuple[str, str, int, int, float]] | None, int]:
    """A rejection of an accusation ("rejected the accusations", "denied the charges", "a charge
    Pakistan called baseless") is a stance toward whoever made it: the agent of the last
    accusation against the holder, else the speaker of the last claim before it. Also where
    what the accusation is called begins (``None`` pairs: no accusation is answered)."""
    lex, words = a.lex, a.words
    k = end + 1
    while k < last and words[k] in lex.m.determiner:
        k += 1
    fronted = None
    if relation.kind == "label" or relation.polarity < 0:
        # "a charge Pakistan called ...", "a charge Abu Dhabi denies": the accusation is named
        # before the one who answers it
        holder = _agent(a, clause, chain, first, i)
        if holder is not None:
            j = holder.first - 1
            if j >= first and words[j] in lex.m.accusation_noun:
                fronted = holder
    named = (
        k < last
        and words[k] in lex.m.accusation_noun
        and (relation.polarity < 0 or relation.kind == "label")
    )
    if not named and fronted is None:
        return None, end + 1
    complement = k + 1 if named else end + 1
    holder_occ = fronted or _agent(a, clause, chain, first, i)
    if holder_occ is None:
        return [], complement
    accuser = _accuser(a, holder_occ.actor, i)
    if accuser is None:
        return [], complement
    return [(holder_occ.actor, accuser, holder_occ.first, min(last - 1, k), 1.0)], complement


def _condemned_event(
    a: _Article,
    clause: _Clause,
    chain: list[_Clause],
    first: int,
    last: int,
    i: int,
    end: int,
) -> tuple[list[tuple[str, str, int, int, float]] | None, int]:
    """A condemnation of a hostile act named without its agent ("condemned the attack as
    reckless"): a stance toward the agent of the last hostile act reported (a few sentences
    back at most)."""
    lex, words = a.lex, a.words
    k = end + 1
    while k < last and words[k] in lex.m.determiner:
        k += 1
    if not (k < last and words[k] in lex.m.event_noun) or a.occ_at.get(k + 1) is not None:
        return None, end + 1
    if k + 2 < last and words[k + 1] in ("by", "on", "against") and a.in_mention[k + 2]:
        return None, end + 1  # the act's agent or target is named: a relation of its own
    holder_occ = _agent(a, clause, chain, first, i)
    if holder_occ is None:
        return None, end + 1
    holder = holder_occ.actor
    own = a.state_of.get(holder)
    recent = [
        (agent, target)
        for j, agent, target in a.events
        if j < i and i - j <= _EVENT_WINDOW and agent != holder
    ]
    if not recent:
        return None, end + 1
    # the act named by the same word first ("imposed sanctions ... called the sanctions")
    stem = words[k][:5]
    named = [
        (agent, target)
        for j, agent, target in a.events
        if j < i and i - j <= _EVENT_WINDOW and agent != holder and words[j].startswith(stem)
    ]
    recent = named or recent
    # an act against the holder's own side first ("Mikati condemned the attacks": those on
    # Lebanon), then one by another side, then the last one reported
    against = [g for g, t in recent if own and t is not None and a.state_of.get(t) == own]
    other = [g for g, _ in recent if not own or a.state_of.get(g) != own]
    agent = (against or other or [g for g, _ in recent])[-1]
    return [(holder, agent, holder_occ.first, k, 1.0)], k + 1


def _agent(a: _Article, clause: _Clause, chain: list[_Clause], first: int, i: int) -> _Occ | None:
    """The mention acting at ``i``: the nearest mention before it in its clause, else the
    clause's subject."""
    for k in range(i - 1, max(first, clause.first - 1, i - _HOLDER_WINDOW) - 1, -1):
        occ = a.occ_at.get(k)
        if occ is not None:
            return occ
    governing = next((c for c in reversed(chain) if c.subject is not None), None)
    return governing.subject if governing is not None else None


def _accuser(a: _Article, accused: str, i: int) -> str | None:
    """Who accused ``accused`` last, before token ``i``: the agent of an accusation against it,
    else the speaker of the last claim (within a few sentences)."""
    for k, holder, target in reversed(a.accusations):
        if i - k > _ANSWER_WINDOW:
            break
        if target == accused and holder != accused:
            return holder
    offset = a.starts[i]
    floor = a.starts[max(0, i - _ANSWER_WINDOW)]
    j = bisect.bisect_right(a.claim_starts, offset) - 1
    while j >= 0 and a.claims[j][0] >= floor:
        speaker = a.claims[j][2]
        if speaker not in (None, "author", accused):
            return speaker
        j -= 1
    return None


_ANSWER_WINDOW = 120  # tokens back to the accusation a rejection answers
_EVENT_WINDOW = 400  # tokens back to the act "the attack" names (often the report's lede)


def _parenthetical_open(a: _Article, k: int, first: int) -> int | None:
    """When the comma at ``k`` closes an apposition or relative clause after a mention
    ("Velayati, an adviser to Khamenei, warned", "Kocharyan, who leads the bloc, accuses"), the
    last token of that mention; else ``None``."""
    words, m = a.words, a.lex.m
    for j in range(k - 1, max(first, k - 18) - 1, -1):
        w = words[j]
        if w in (";", ":", ".", "-"):
            return None
        if w == ",":
            head = words[j + 1] if j + 1 < k else ""
            if (head in m.determiner or head in _RELATIVE or head == "whose") and (
                j - 1 >= first and a.in_mention[j - 1]
            ):
                return j - 1
            return None
    return None


def _relation_pairs(
    a: _Article,
    kind: str,
    clause: _Clause,
    clauses: list[_Clause],
    first: int,
    last: int,
    i: int,
    end: int,
) -> list[tuple[str, str, int, int, float]]:
    """(holder, target, first token, last token) pairs a relational predicate links."""
    lex, words = a.lex, a.words

    def oblique(occ: _Occ) -> bool:
        """A mention governed by a preposition other than "by" is no agent (but "the juntas in
        Mali", "the government of Niger" name the state that acts)."""
        k = occ.first - 1
        if k >= first and words[k] in lex.m.determiner:
            k -= 1
        if not (k >= first and words[k] in lex.m.preposition and words[k] != "by"):
            return False
        return not (
            words[k] in ("in", "of") and k - 1 >= first and words[k - 1] in lex.m.institution
        )

    blocked = False
    object_of: _Occ | None = None

    def antecedent_at(j: int) -> _Occ | None:
        return next((o for o in a.occs_between(max(first, j - 6), j + 1) if o.last == j), None)

    def before(limit: int) -> _Occ | None:
        nonlocal blocked, object_of
        k = i - 1
        floor = max(first, i - limit)
        while k >= floor:
            w = words[k]
            if w in (";", ":"):
                return None
            if w == ",":
                opened = _parenthetical_open(a, k, first)
                if opened is None:
                    # a mention beyond another comma belongs to another phrase ("entities in
                    # China and Hong Kong, stepping up ..."): the clause's subject acts
                    return None
                # skip the apposition: its mentions do not act here
                floor = max(first, floor - (k - opened))
                k = opened
                continue
            if w in _RELATIVE or (w == "that" and i - k <= 2):
                # in a relative clause the agent is its antecedent: "Iran, which arms Russia"
                j = k - 1 if k - 1 >= first and words[k - 1] != "," else k - 2
                antecedent = antecedent_at(j)
                blocked = antecedent is None
                return antecedent
            occ = a.occ_at.get(k)
            if occ is None or oblique(occ):
                k -= 1
                continue
            if occ.form == "demonym" and i - occ.last > 2:
                k -= 1
                continue  # "Russian reserves frozen due to sanctions": the demonym modifies
            # an object relative: "Iran, which Western governments accuse": the relative
            # clause's subject acts on the antecedent
            j = occ.first - 1
            if j >= first and words[j] in lex.m.determiner:
                j -= 1
            if j - 1 >= first and (words[j] in _RELATIVE or words[j] == "that"):
                object_of = antecedent_at(j - 1 if words[j - 1] != "," else j - 2)
            return occ
        return None

    def after(skip: str | None, start: int = end + 1, window: int = _TARGET_WINDOW) -> _Occ | None:
        for k in range(start, min(last, start + window)):
            w = words[k]
            if w in _TARGET_STOPS or (w == "that" and words[i] in lex.m.communication):
                return None  # "warned that Tehran would ...": the content, not the target
            if w in _VERB_TARGET_STOPS and kind == "verb":
                return None  # "help mediate between Washington and Tehran"
            occ = a.occ_at.get(k)
            if occ is not None and occ.actor != skip:
                return occ
            if w in lex.m.object_person:
                person = a.person_before(k, skip)
                if person is not None:
                    return _Occ(person, k, k, a.starts[k], a.ends[k], False, "pronoun")
                return None
            if w in lex.m.accusation_noun and kind == "verb":
                return None  # "rejected the accusations": answered elsewhere
        return None

    def subject() -> tuple[str | None, int]:
        if clause.subject is not None:
            return clause.subject.actor, clause.subject.first
        return clause.subject_actor, clause.first

    if kind in ("verb", "noun", "prep"):
        if kind == "verb" and i > first:
            prev = words[i - 1]
            prev2 = words[i - 2] if i - 2 >= first else ""
            if (
                prev in lex.m.determiner
                or (prev in lex.m.preposition and prev not in ("to", "by"))
                or (
                    (prev2 in lex.m.determiner or prev2 in lex.m.preposition)
                    and prev2 not in ("to", "by")
                    and prev[:1].isalpha()
                    and not a.in_mention[i - 1]
                    and prev not in lex.m.preverbal
                    and not prev.endswith("ly")
                )
            ):
                # a nominal or adjectival use ("the weakening of U.S. power", "for the sake of
                # improved ties", "used in devastating attacks on Ukraine") names no agent
                return []
        if kind == "verb" and end + 1 < last and words[end + 1] == "from":
            return []  # "pressure from Baku", "support from Moscow": a noun, its agent follows
        holder_occ = None
        if kind == "noun":
            k = i - 1
            while (
                k >= max(first, i - 5)
                and (words[k][:1].isalpha() or words[k] == "-")
                and not a.in_mention[k]
            ):
                if words[k] in lex.m.preposition:
                    break
                k -= 1
            occ = next((o for o in a.occs_between(max(first, k - 6), k + 1) if o.last == k), None)
            if occ is not None and occ.possessive:
                holder_occ = occ  # "the Kremlin's friendship with", "Trump's reliance on"
            elif i > first and words[i - 1] in ("the", "a", "an"):
                return []  # "the friendship with Iran" names no agent
        if holder_occ is None:
            holder_occ = before(_HOLDER_WINDOW)
        # passive: "Iran was sanctioned by Washington"; without an agent the subject is only
        # the patient ("Iran was accused of arming the Houthis")
        if (
            i > first
            and words[i - 1] in lex.m.be
            and kind == "verb"
            and not words[i].endswith("ing")
            and (end + 1 >= last or words[end + 1] not in ("to", "with"))
        ):
            for k in range(end + 1, min(last, end + 4)):
                if words[k] == "by" and (agent := a.occ_at.get(k + 1)) is not None:
                    if holder_occ is not None and holder_occ.actor != agent.actor:
                        return [(agent.actor, holder_occ.actor, holder_occ.first, agent.last, 1.0)]
                    return []
            return []
        holder: str | None = holder_occ.actor if holder_occ else None
        lo = holder_occ.first if holder_occ else i
        if holder is None and not blocked:
            # the clause's subject (or the pronoun standing for it), else the subject of the
            # clause it depends on, is the default agent
            governing = next((c for c in reversed(clauses) if c.subject_actor is not None), None)
            if governing is not None and governing.subject_end < i:
                holder = governing.subject_actor
                lo = governing.subject.first if governing.subject is not None else i
        if holder is None:
            return []
        if object_of is not None:
            target = object_of
        else:
            target = after(holder, window=_NOUN_TARGET_WINDOW if kind == "noun" else _TARGET_WINDOW)
        if target is None:
            return []
        holders = [holder]
        if holder_occ is not None:
            # coordinated agents: "Moscow and Tehran oppose the West", "the juntas in Mali,
            # Burkina Faso and Niger expelled French troops"
            conjunct = holder_occ
            while conjunct.first - 2 >= first and words[conjunct.first - 1] in ("and", ","):
                k = conjunct.first - 1
                partner = next(
                    (o for o in a.occs_between(max(first, k - 7), k) if o.last == k - 1), None
                )
                if partner is None or oblique(partner):
                    break
                holders.append(partner.actor)
                lo = partner.first
                conjunct = partner
        lo, hi = min(lo, target.first), max(target.last, lo)
        return [(h, target.actor, lo, hi, 1.0) for h in dict.fromkeys(holders) if h != target.actor]

    # role nouns: find the mention(s) the role is of; "Armenia's nominal ally", "its former
    # patron" name a tie that is not there
    if any(words[k] in lex.m.role_hedge for k in range(max(first, i - 3), i)):
        return []
    modifiers: list[_Occ] = []
    k = i - 1
    while k >= first:
        occ = next((o for o in a.occs_between(max(first, k - 6), k + 1) if o.last == k), None)
        if occ is not None:
            modifiers.append(occ)
            k = occ.first - 1
            continue
        if (
            words[k] in ("-", "and", ",")
            and k - 1 >= first
            and any(o.last == k - 1 for o in a.occs_between(max(first, k - 7), k))
        ):
            k -= 1
            continue
        break
    possessor = None
    if not modifiers:
        for k in range(i - 1, max(first, i - 5) - 1, -1):
            occ = next((o for o in a.occs_between(max(first, k - 6), k + 1) if o.last == k), None)
            if occ is not None:
                possessor = occ if occ.possessive else None
                break
    elif modifiers[0].possessive:
        possessor, modifiers = modifiers[0], modifiers[1:]
    of_occ = None
    if end + 2 < last and words[end + 1] in ("of", "between", "with"):
        k = end + 2
        if words[k] in lex.m.determiner:
            k += 1
        of_occ = a.occ_at.get(k)

    distinct = list(dict.fromkeys(o.actor for o in modifiers))
    pairs: list[tuple[str, str, int, int, float]] = []
    predicated = _predicated(a, clause, first, i)
    if kind == "role_symmetric":
        # "A and B's partnership", "a U.S.-Russia rapprochement", "partnership between A and B"
        group = list(distinct)
        if possessor is not None:
            group.append(possessor.actor)
        if words[end + 1 : end + 2] == ["between"] and of_occ is not None:
            k = of_occ.last + 1
            if k < last and words[k] == "and":
                k += 1 + (k + 1 < last and words[k + 1] in lex.m.determiner)
                second = a.occ_at.get(k)
                group = [of_occ.actor, second.actor] if second is not None else []
            else:
                group = []
        group = list(dict.fromkeys(group))
        if len(group) >= 2:
            span_lo = min([i, *(o.first for o in modifiers)])
            # a tie named between both ("a U.S.-Russia rapprochement") says less of either's stance
            return [(x, y, span_lo, end, 0.6) for x in group for y in group if x != y]
        if not predicated:
            return []
        if possessor is not None:
            # "Tehran has become Moscow's ally": the possessor holds the stance
            subject, lo = subject()
            other = subject if subject not in (None, possessor.actor) else None
            if other is None:
                occ = after(possessor.actor)
                other = occ.actor if occ else None
            if other is not None:
                return [(possessor.actor, other, min(lo, possessor.first), end, 1.0)]
            return []
        if distinct or of_occ is not None:
            # "his Iranian allies", "an ally of Iran": the subject holds it toward the modifier
            target = distinct[0] if distinct else of_occ.actor  # type: ignore[union-attr]
            holder, lo = subject()
            if holder is not None and holder != target:
                hi = max(end, of_occ.last if of_occ else end)
                return [(holder, target, min(lo, i), hi, 1.0)]
        return pairs
    # role_agent: "Iran's backer", "a backer of Iran", "Iranian backers": the subject backs
    target_occ = possessor or (modifiers[0] if modifiers else None) or of_occ
    if target_occ is None or not predicated:
        return []
    holder, lo = subject()
    if holder is None or holder == target_occ.actor:
        return []
    lo = min(lo, target_occ.first, i)
    return [(holder, target_occ.actor, lo, max(end, target_occ.last), 1.0)]


_ROLE_HEADS = frozenset({"role", "position", "status", "image", "reputation", "place"})


def _predicated(a: _Article, clause: _Clause, first: int, i: int) -> bool:
    """Whether the role noun at ``i`` is said of the clause's subject: "Tehran has become
    Moscow's ally", "China, Iran's backer", "its role as Iran's backer" (and not a role noun that
    only refers, as in "Putin's other partners" or "what is known as the Kremlin's friendship")."""
    if clause.subject_actor is None:
        return False
    words, m = a.words, a.lex.m
    k, steps = i - 1, 0
    while k >= first and steps < 7:
        w = words[k]
        if w == "," or w == "as" or w in m.be:
            break
        if not (a.in_mention[k] or (w[:1].isalpha() and w not in m.preposition)):
            return False
        k, steps = k - 1, steps + 1
    if k < first or steps >= 7:
        return False
    marker = words[k]
    if marker == ",":
        return clause.subject is not None and clause.subject.last == k - 1
    j = k - 1
    if marker == "as" and j - 1 >= first and words[j] in _ROLE_HEADS:
        return _strip(words[j - 1]) in ("its", "his", "her", "their")
    # the subject, then at most a few auxiliaries or adverbs, then "is", "has become", "as"
    return 0 <= j - clause.subject_end <= 3 and not any(
        a.in_mention[t] for t in range(clause.subject_end + 1, j + 1)
    )


def _opinionated(a: _Article, settings: Settings) -> bool:
    """Whether the article speaks in its author's voice: not a news report (few sentences carry a
    reporting cue) and mostly unattributed."""
    n = a.n_sentences
    if not n:
        return False
    return (
        a.n_reporting / n <= settings.max_report_share
        and a.n_author_voice / n >= settings.min_author_voice
    )


def _same_side(a: _Article, holder: str, target: str) -> bool:
    """A state and one of its own people ("Russia" and "Putin"): one side, not two."""
    kinds = {a.kinds.get(holder), a.kinds.get(target)}
    if kinds != {"state", "person"}:
        return False
    side = a.state_of.get(holder)
    return side is not None and side == a.state_of.get(target)


def _aggregate(evidence: Iterable[_Evidence], a: _Article, settings: Settings) -> list[Stance]:
    groups: dict[tuple[str, str], list[_Evidence]] = {}
    for item in evidence:
        groups.setdefault((item.holder, item.target), []).append(item)
    opinion = _opinionated(a, settings)
    scored: list[tuple[float, Stance]] = []
    for (holder, target), items in groups.items():
        author = holder == "author"
        if author and (
            not opinion or a.mention_count.get(target, 0) < settings.min_author_mentions
        ):
            continue
        kinds = {e.kind for e in items}
        if not settings.same_side and "speech" not in kinds and _same_side(a, holder, target):
            continue
        total = sum(e.value for e in items)
        strength = sum(abs(e.value) for e in items)
        floor = settings.min_author_strength if author else None
        if strength < (settings.min_strength if floor is None else floor):
            continue
        agreement = total / strength
        polarity = agreement * (1.0 - math.exp(-strength / settings.saturation))
        if abs(polarity) < settings.min_polarity:
            continue
        sign = 1 if polarity > 0 else -1
        best = max(items, key=lambda e: e.value * sign)
        spans = sorted({e.span for e in items})
        confidence = abs(agreement) * (1.0 - math.exp(-len(items) / 2.0))
        text = a.text[best.span[0] : best.span[1]]
        stance = Stance(
            holder=holder,
            target=target,
            polarity=round(max(-1.0, min(1.0, polarity)), 3),
            span=Span(*best.span),
            text=text,
            confidence=round(max(0.0, min(1.0, confidence)), 3),
            evidence=tuple(Span(*s) for s in spans),
        )
        # rank: agreeing evidence, a direct piece (a verb or label naming the target, a word said
        # of the mention itself) and an explicit speech act count most
        rank = abs(total) * (1.5 if any(e.direct for e in items) else 1.0)
        if "speech" in kinds:
            rank *= 1.5
        scored.append((rank, stance))
    # the author's stances first (in an opinion piece they are what it argues), then the rest
    scored.sort(key=lambda r: (r[1].holder != "author", -r[0]))
    kept: list[Stance] = []
    authors = 0
    cap = settings.pairs_base + a.n_words // max(1, settings.words_per_pair)
    for _, stance in scored:
        if stance.holder == "author":
            if authors >= settings.max_author_targets:
                continue
            authors += 1
        kept.append(stance)
        if len(kept) >= cap:
            break
    kept.sort(key=lambda s: (s.span.start, s.holder, s.target))
    return kept


def find_stances(
    doc: Doc,
    mentions: Sequence[Mention],
    actors: Sequence[Actor] = (),
    claims: Sequence[Claim] = (),
    settings: Settings | None = None,
) -> list[Stance]:
    """Every clear stance in one article: one per (holder, target)."""
    settings = settings or Settings()
    if not mentions:
        return []
    a, evidence = _collect(doc, mentions, actors, claims)
    return _aggregate(evidence, a, settings)


def _collect(
    doc: Doc, mentions: Sequence[Mention], actors: Sequence[Actor], claims: Sequence[Claim]
) -> tuple[_Article, list[_Evidence]]:
    """Every piece of evidence in one article, before aggregation."""
    a = _Article(doc, mentions, actors, claims, lexicon())
    evidence: list[_Evidence] = []
    last_subject: dict[str, str] = {}
    reporting = a.lex.m.reporting
    for sentence in doc.sentences:
        if not a.in_body(sentence):
            continue
        first = bisect.bisect_left(a.starts, sentence.start)
        last = bisect.bisect_left(a.starts, sentence.end)
        if last > first:
            a.n_sentences += 1
            if not reporting.isdisjoint(a.words[first:last]):
                a.n_reporting += 1
            if a.voice(a.starts[(first + last) // 2]) == "author":
                a.n_author_voice += 1
        if last <= first or not a.occs_between(first, last):
            # subjects still carry over for pronouns; nothing to attach here
            continue
        clauses = _clauses(a, first, last)
        clause_of: list[_Clause] = []
        for clause in clauses:
            _find_subject(a, clause, last_subject)
            clause.speakers = frozenset(
                o.actor
                for o in a.occs_between(clause.first, clause.last)
                if o.first in a.speaker_tokens
            )
            clause_of.extend([clause] * (clause.last - clause.first))
        consumed: set[int] = set()
        unasserted = _unasserted_from(a, first, last)
        _relations(a, clauses, clause_of, first, last, consumed, evidence, unasserted)
        for clause in clauses:
            _evaluations(a, clause, consumed, evidence, unasserted)
    return a, evidence
