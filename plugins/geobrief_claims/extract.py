"""Attributed claims: reporting cues in every order, quotations, speakers, modality."""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

import attrs

from geobrief import Actor, Claim, Mention, Span
from geobrief.text import Doc

from .author import author_claims
from .lexicon import Cue, Lexicon, lexicon
from .quotes import Quote, find_quotes
from .speakers import Speaker, SpeakerFinder

__all__ = ["extract_claims"]

_WORD = re.compile(r"\w[\w'\u2019.-]*")
_PARTICIPLE_OPENERS = ",;\u2014\u2013-"
# A finite verb or modal somewhere near the start of a clause (cognition cues need a clause:
# "thinks he has found", not "fears an attack").
_FINITE = re.compile(
    r"(?<![\w'])(?:is|are|was|were|am|be|been|has|have|had|will|would|can|could|may|might|"
    r"shall|should|must|does|did|do|won't|can't|isn't|aren't|wasn't|doesn't|didn't|"
    r"[a-z]+ed|[a-z]{3,}s)(?![\w'])"
)
# Short adverbials between a cue and "that" ("said on Tuesday that", "told reporters that").
_THAT_AHEAD = re.compile(r"^[^.;:!?\"\u201c\u201d,]{0,60}?\bthat\b\s*")
_THAT = re.compile(r"^\s*that\b\s*")
_ADVERBIAL_AFTER = re.compile(
    r"^\s*(?:(?:on|in|at|during|last|this|earlier|later|late|yesterday|today|recently|"
    r"previously|again|also|then|too|repeatedly|publicly|privately|once)\b[^,;]{0,50})?"
    # a trailing time or circumstance phrase: '..., the government said on Tuesday, a month
    # after the clashes.'
    r"(?:,\s+(?:a|an|the|one|two|three|days|hours|weeks|months|after|before|as|amid|"
    r"during|following|shortly|just|less|more|ahead)\b[^;\"\u201c]*)?"
    r"[\s.!?\"')\u201d\u2019]*$",
    re.IGNORECASE,
)
# "at least 12 people were killed": a quantifier, not a prepositional adjunct.
_QUANTIFIER = re.compile(r"(?:at\s+(?:least|most)|in\s+all|over\s+\d|under\s+\d)\b")
# "accused Taiwan of stealing", "warned Iran against escalating": an object and a gerund.
# ("warned Iran against escalating" is a request, not a claim.)
_OF_GERUND = re.compile(r"\b(?:of|for)\s+\w+ing\b")
# A modal right before a cue ("will conclude", "may decide"): a forecast, not a report.
_MODAL_BEFORE = re.compile(
    r"\b(?:will|'ll|would|may|might|could|should|must|shall)\s+(?:\w+ly\s+|also\s+|soon\s+)?$"
)
# ", and Fumio Kishida": a coordinated clause with a subject of its own.
_NEW_SUBJECT = re.compile(r",\s+(?:and|but)\s+(?=[A-Z])")
# Auxiliaries and adverbs between a relative pronoun and its verb ("that would have demanded").
_RELATIVE_AUX = frozenset(
    [
        "would",
        "will",
        "could",
        "may",
        "might",
        "should",
        "must",
        "has",
        "have",
        "had",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "also",
        "not",
        "never",
        "only",
        "just",
        "once",
        "later",
        "then",
        "already",
    ]
)
_NEGATED_CUE = re.compile(r"(?:\bnot|n't|\bnever|\bno longer)\s+(?:\w+\s+){0,1}$")
_CLAUSE_CUT = re.compile(r"\s*(?:;|,\s+but\b|,\s+while\b|\s\u2014\s*while\b)")
_AS = re.compile(r"\bas\b")
_PREPOSITION = re.compile(
    r"(?:from|at|in|on|with|during|after|before|into|onto|through|across|behind|near|by|"
    r"under|over|for)\b"
)
_CLAUSE_VERB = re.compile(
    r"(?<![\w'])(?:is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|"
    r"does|did|[a-z]+ed)(?![\w'])"
)
_AUXILIARY = re.compile(
    r"(?<![\w'])(?:is|are|was|were|am|be|been|has|have|had|will|would|can|could|may|might|"
    r"shall|should|must|does|did|do|won't|can't|cannot|isn't|aren't|wasn't|doesn't|didn't|"
    r"wouldn't|couldn't|'s|'re|'ll|'d)(?![\w'])"
)
_NOUN_CONTEXT = re.compile(
    r"(?:\b(?:no|the|a|an|its|his|her|their|our|my|your|this|that|these|those|by|of|for|from|"
    r"without|after|before|on|in|about|against|with)|'s|\u2019s|s')\s+$"
)


def hedged(lex: Lexicon, low: str, original: str) -> bool:
    """Whether a clause carries an epistemic hedge ("May" the month is none)."""
    for m in lex.hedge_re.finditer(low):
        if m.group() == "may" and original[m.start() : m.start() + 1] == "M" and m.start() > 0:
            continue
        return True
    return False


class _Found(NamedTuple):
    claim: Claim
    cue: Cue | None
    sentence: int


class _Context:
    """Per-article state shared by the passes."""

    def __init__(self, doc: Doc, actors: tuple[Actor, ...], mentions: tuple[Mention, ...]):
        self.doc = doc
        self.text = doc.text
        self.norm = doc.normalized
        self.low = doc.lower
        self.lex: Lexicon = lexicon()
        boilerplate = doc.article.boilerplate
        body = doc.body
        self.sentences = [
            s
            for s in doc.sentences
            if body.contains(s) and not any(b.overlaps(s) for b in boilerplate)
        ]
        self.sentence_starts = [s.start for s in self.sentences]
        paragraphs = doc.paragraphs
        self.paragraphs = paragraphs
        self.quotes = [q for q in find_quotes(self.text, self.norm, paragraphs)]
        quoted = [Span(q.open, q.close) for q in self.quotes]
        self.quoted = quoted
        body_mentions = tuple(m for m in mentions if doc.body.contains(m.span))
        self.finder = SpeakerFinder(self.text, self.lex, actors, body_mentions, quoted)
        self.claims: list[_Found] = []
        self.used_cues: set[int] = set()
        self.cues = _all_cues(self)
        self.cue_starts = [m.start() for m, _ in self.cues]

    def sentence_of(self, offset: int) -> int | None:
        i = bisect.bisect_right(self.sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return i
        return None

    def trim(self, start: int, end: int) -> Span | None:
        text = self.text
        while start < end and (text[start].isspace() or text[start] in ",:;\u2014\u2013-"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",.;:\u2014\u2013-"):
            end -= 1
        if end - start < 2:
            return None
        return Span(start, end)

    def add(
        self,
        content: Span,
        speaker: Speaker,
        cue_span: Span | None,
        cue: Cue | None,
        direct: bool,
        modality: str | None = None,
    ) -> Claim | None:
        text = self.text
        if cue_span is not None and content.overlaps(cue_span):
            if content.start < cue_span.start:
                content = Span(content.start, cue_span.start)
            else:
                content = Span(cue_span.end, content.end)
            trimmed = self.trim(content.start, content.end)
            if trimmed is None:
                return None
            content = trimmed
        if len(content.of(text).split()) < 2:
            return None
        if modality is None:
            modality = self.modality(content, cue_span, cue)
        claim = Claim(
            span=content,
            text=content.of(text),
            speaker=speaker.actor,
            speaker_name=speaker.name,
            speaker_span=speaker.span,
            speaker_role=speaker.role,
            cue=cue_span.of(text) if cue_span is not None else None,
            cue_span=cue_span,
            direct=direct,
            modality=modality,  # type: ignore[arg-type]
        )
        for previous in self.claims:
            p = previous.claim
            if p.speaker == claim.speaker and p.span.overlaps(content) and p.cue == claim.cue:
                return None
        anchor = cue_span.start if cue_span is not None else content.start
        self.claims.append(_Found(claim, cue, self.sentence_of(anchor) or 0))
        self.finder.history.append(speaker)
        self.finder.history.sort(key=lambda s: s.span.start)
        for other in speaker.others:
            # "Both analysts expect ...", "They argued ...": one attribution per person
            if other != speaker.actor:
                twin = attrs.evolve(claim, speaker=other)
                self.claims.append(_Found(twin, cue, self.sentence_of(anchor) or 0))
        if speaker.actor is not None and speaker.role is None and not speaker.others:
            # "Russia and China said ...": one attribution per speaker
            for other in self.finder.coordinated_before(speaker.span.start):
                if other.actor != speaker.actor:
                    twin = attrs.evolve(
                        claim,
                        speaker=other.actor,
                        speaker_name=other.text,
                        speaker_span=other.span,
                    )
                    self.claims.append(_Found(twin, cue, self.sentence_of(anchor) or 0))
        return claim

    def modality(self, content: Span, cue_span: Span | None, cue: Cue | None) -> str:
        """negated when the cue denies or is negated, or the content's first clause is negated;
        hedged for epistemic hedges; future for plans and commitments; else asserted."""
        low = self.low
        if cue is not None and cue.modality == "negated":
            return "negated"
        if cue_span is not None:
            before = low[max(0, cue_span.start - 24) : cue_span.start]
            if _NEGATED_CUE.search(before):
                return "negated"
        body = low[content.start : content.end]
        first_clause = re.split(r"[,;:\u2014]|\bbut\b|\bwhile\b", body, maxsplit=1)[0]
        lex = self.lex
        if lex.negation_re.search(first_clause):
            return "negated"
        if (cue is not None and cue.modality == "hedged") or hedged(
            lex, first_clause, self.text[content.start : content.start + len(first_clause)]
        ):
            return "hedged"
        if (cue is not None and cue.modality == "future") or lex.future_re.search(first_clause):
            return "future"
        return "asserted"


# -- quotations ------------------------------------------------------------------------------


def _all_cues(ctx: _Context) -> list[tuple[re.Match[str], list[Cue]]]:
    """Every usable cue of the body outside quotations, found in one pass."""
    out = []
    body = ctx.doc.body
    for m in ctx.lex.cue_re.finditer(ctx.low, body.start, body.end):
        if ctx.finder.in_quote(m.start()):
            continue
        cues = _usable(ctx, m)
        if cues:
            out.append((m, cues))
    return out


def _cue_matches(ctx: _Context, start: int, end: int) -> list[tuple[re.Match[str], list[Cue]]]:
    """The cues that lie inside ``[start, end)``."""
    lo = bisect.bisect_left(ctx.cue_starts, start)
    hi = lo
    while hi < len(ctx.cues) and ctx.cues[hi][0].end() <= end:
        hi += 1
    return ctx.cues[lo:hi]


def _usable(ctx: _Context, match: re.Match[str]) -> list[Cue]:
    form = match.group()
    if " " not in form or "  " in form or "\n" in form:
        form = " ".join(form.split())
    cues = ctx.lex.cues.get(form, [])
    first = ctx.text[match.start()]
    if first.isupper():
        before = ctx.text[max(0, match.start() - 3) : match.start()].rstrip()
        if before and before[-1] not in ".!?\"'\u201c\u201d\u2018\u2019(\n":
            return []  # "United States", "Post" in a name: not a verb
    if cues and _NOUN_CONTEXT.search(ctx.low, max(0, match.start() - 30), match.start()):
        # "Russia's demands", "the continued purchases", "by threatening its allies": a noun
        # or gerund, not a reporting verb
        cues = [c for c in cues if c.pos in ("noun", "frame", "passive_as")]
    after = ctx.low[match.end() : match.end() + 4]
    if after.startswith(" to ") or after == " to":
        cues = [c for c in cues if c.lemma not in ctx.lex.not_before_to]
    return cues


def _quote_pass(ctx: _Context) -> None:
    text = ctx.text
    previous: tuple[Quote, Speaker, Span | None, Cue | None] | None = None
    quotes = ctx.quotes
    i = 0
    while i < len(quotes):
        q = quotes[i]
        # Join a quotation left open at a paragraph's end with its reopening.
        group = [q]
        while (
            not group[-1].closed
            and i + 1 < len(quotes)
            and quotes[i + 1].paragraph == group[-1].paragraph + 1
            and _starts_paragraph(ctx, quotes[i + 1])
        ):
            i += 1
            group.append(quotes[i])
        i += 1
        first, last = group[0], group[-1]
        if ctx.sentence_of(first.open) is None and ctx.sentence_of(first.inner.start) is None:
            continue  # outside the body, or in boilerplate
        if not any(g.sentence_like for g in group):
            continue
        content = Span(first.inner.start, last.inner.end)
        found = _attribution_after(ctx, last) or _attribution_before(ctx, first)
        if found is not None:
            speaker, cue_span, cue = found
            if speaker is None and cue_span is not None:
                speaker = _unresolved(ctx, cue_span)
            if speaker is not None:
                ctx.add(content, speaker, cue_span, cue, True)
                previous = (last, speaker, cue_span, cue)
            continue
        # A quotation opening its sentence with no cue of its own continues the last quoted
        # speaker in the same or the next paragraph.
        if previous is not None and _opens_sentence(ctx, first):
            prev_q, speaker, cue_span, cue = previous
            sentence = ctx.sentence_of(first.open)
            gap = text[prev_q.close : first.open]
            if (
                first.paragraph - prev_q.paragraph <= 1
                and len(gap) < 400
                and sentence is not None
                and not _cue_matches(
                    ctx, ctx.sentences[sentence].start, ctx.sentences[sentence].end
                )
            ):
                ctx.add(content, speaker, cue_span, cue, True)
                previous = (last, speaker, cue_span, cue)
                continue


def _unresolved(ctx: _Context, cue_span: Span) -> Speaker | None:
    """A pronoun next to a quotation's cue that refers to nobody in the text: the quotation is
    kept with an unnamed speaker ("'...,' he conceded." on its own)."""
    for start, end in ((cue_span.end, cue_span.end + 8), (cue_span.start - 8, cue_span.start)):
        m = re.search(r"\b(he|she|they|it|we|i)\b", ctx.low[max(start, 0) : end])
        if m is not None:
            s = max(start, 0) + m.start(1)
            span = Span(s, s + len(m.group(1)))
            return Speaker(None, span.of(ctx.text), span, None, "person")
    return None


def _starts_paragraph(ctx: _Context, q: Quote) -> bool:
    return q.open == ctx.paragraphs[q.paragraph].start


def _opens_sentence(ctx: _Context, q: Quote) -> bool:
    i = ctx.sentence_of(q.open)
    return i is not None and ctx.sentences[i].start == q.open


def _attribution_after(ctx: _Context, q: Quote) -> tuple[Speaker | None, Span, Cue] | None:
    """'"...," X said.' / '"...," said X.' / '"...": X.'"""
    text = ctx.text
    para = ctx.paragraphs[q.paragraph]
    end = para.end
    nxt = text.find("\u201c", q.close, end)
    nxt2 = ctx.norm.find('"', q.close, end)
    for cand in (nxt, nxt2):
        if cand >= 0:
            end = min(end, cand)
    stop = re.search(r"[.!?](?=\s|$)", text[q.close : end])
    if stop is not None and stop.start() == 0:
        return None  # '"..."." - the quotation ends its sentence
    region_end = q.close + stop.start() if stop is not None else end
    dash = re.match(r"\s*[\u2015\u2014\u2013]+\s*(?=[A-Z])", text[q.close : region_end])
    if dash is not None:
        # An epigraph or a social-media quotation signed with a dash: '"..." - Name'.
        speaker = ctx.finder.at_start(q.close + dash.end(), region_end)
        if speaker is not None:
            return speaker, None, None  # type: ignore[return-value]
    inner = text[q.inner.start : q.close].rstrip("\"'\u201d\u2019 ")
    if inner[-1:] in (".", "!", "?") and re.match(r"\s*[A-Z]", text[q.close : q.close + 4]):
        return None  # the quotation ends its sentence; "He noted ..." starts the next one
    for m, cues in _cue_matches(ctx, q.close, region_end):
        between = text[q.close : m.start()]
        if len(between.split()) > 8 or any(c in between for c in ";:"):
            break
        if re.search(r"\b(?:and|but|or)\b", between):
            break  # '... "a reckless threat" and said ...': a second verb of the same subject
        cue = cues[0]
        if cue.pos not in ("verb", "verb_obj", "phrase", "verb_as") or cue.cls == "label":
            continue
        cue_span = Span(m.start(), m.end())
        ctx.used_cues.add(m.start())
        speaker = ctx.finder.at_end(q.close, m.start())
        commas = [q.close + c.start() for c in re.finditer(",", between)]
        if len(commas) >= 2 and not between[commas[-1] - q.close + 1 :].strip():
            # '"...," Trinidad's prime minister, Kamla Persad-Bissessar, said'
            named = ctx.finder.apposed_name(
                commas[-3] + 1 if len(commas) > 2 else q.close, commas[-2], commas[-1]
            )
            if named is not None and (speaker is None or speaker.kind != "person"):
                speaker = named
        if speaker is None and "," in between.strip().rstrip(","):
            # '"...," Hikmet Hajiyev, foreign policy adviser to Aliyev, said'
            speaker = ctx.finder.at_start(q.close, m.start())
        if speaker is None:
            speaker = ctx.finder.at_start(m.end(), region_end)
        return speaker, cue_span, cue
    return None


def _attribution_before(ctx: _Context, q: Quote) -> tuple[Speaker | None, Span, Cue | None] | None:
    """'X said: "..."' / 'X said, "..."' / 'X: "..."'."""
    text = ctx.text
    sentence = ctx.sentence_of(max(q.open - 1, 0))
    para = ctx.paragraphs[q.paragraph]
    start = ctx.sentences[sentence].start if sentence is not None else para.start
    start = max(start, para.start)
    # Only what follows an earlier quotation in the same sentence.
    for other in ctx.quotes:
        if other.close <= q.open and other.close > start:
            start = other.close
    before = text[start : q.open]
    stripped = before.rstrip()
    if not stripped:
        return None
    matches = _cue_matches(ctx, start, q.open)
    if matches:
        m, cues = matches[-1]
        tail = text[m.end() : q.open]
        if (
            len(tail.split()) <= 6
            and not re.search(r"\bthat\b", tail)
            and not re.search(r"[.!?]\s", tail)
            and m.start() not in ctx.used_cues
        ):
            cue = cues[0]
            cue_span = Span(m.start(), m.end())
            if cue.cls == "directive" and tail.strip(" ,:\u2014\u2013-\n"):
                return None  # 'urged both sides to "..."': a request with quoted words
            if cue.pos in ("frame",):
                speaker = ctx.finder.at_start(m.end(), q.open)
            else:
                speaker = None
                if _coordinated(ctx, m.start()):
                    speaker = _sentence_speaker(ctx, m.start()) or _first_subject(ctx, m.start())
                speaker = (
                    speaker
                    or ctx.finder.at_end(start, m.start())
                    or _subject(ctx, start, m.start())
                )
                if speaker is None and _is_participle(ctx, m):
                    speaker = _sentence_speaker(ctx, m.start())
            ctx.used_cues.add(m.start())
            return speaker, cue_span, cue
    if stripped.endswith(":") and len(stripped.split()) <= 6:
        speaker = ctx.finder.at_end(start, start + len(stripped) - 1)
        if speaker is not None:
            return speaker, None, None  # type: ignore[return-value]
    return None


# -- reported speech -------------------------------------------------------------------------


def _is_participle(ctx: _Context, m: re.Match[str]) -> bool:
    if not m.group().endswith("ing"):
        return False
    before = ctx.text[max(0, m.start() - 3) : m.start()].rstrip()
    return bool(before) and before[-1] in _PARTICIPLE_OPENERS


def _coordinated(ctx: _Context, offset: int) -> bool:
    """Whether the cue at ``offset`` is a second verb of its subject ("urged restraint and
    warned that", '"..." and called')."""
    before = ctx.low[max(0, offset - 30) : offset]
    return (
        re.search(r"(?:^|\s|[\"\u201d,])(?:and|but)\s+(?:(?:also|then|later)\s+)?$", before)
        is not None
    )


def _first_subject(ctx: _Context, offset: int) -> Speaker | None:
    """The subject of the sentence's first reporting verb before ``offset`` ("X urged
    "restraint" and warned that ...": X)."""
    index = ctx.sentence_of(offset)
    if index is None:
        return None
    start = ctx.sentences[index].start
    earlier = [c for c, _cues in _cue_matches(ctx, start, offset) if c.start() < offset]
    if not earlier:
        return None
    first = earlier[0].start()
    return ctx.finder.at_end(start, first) or _subject(ctx, start, first)


def _sentence_speaker(ctx: _Context, offset: int) -> Speaker | None:
    """The speaker of the nearest earlier claim in the same sentence."""
    sentence = ctx.sentence_of(offset)
    best = None
    for found in ctx.claims:
        c = found.claim
        anchor = c.cue_span or c.span
        if found.sentence == sentence and anchor.start < offset and c.speaker_span is not None:
            best = Speaker(
                c.speaker,
                c.speaker_name or "",
                c.speaker_span,
                c.speaker_role,
                ctx.finder.kind_of(c.speaker),
            )
    return best


def _content_after(ctx: _Context, start: int, sentence: Span, cue: Cue) -> Span | None:
    low = ctx.low
    end = sentence.end
    rest = low[start:end]
    that = _THAT.match(rest)
    adjunct = ctx.lex.adjunct_re.match(rest)
    if that is None and adjunct is not None and adjunct.end() > 0:
        # "said on Wednesday it had fired", "pledged last month to invest"
        after = _THAT.match(rest[adjunct.end() :])
        start += adjunct.end() + (after.end() if after is not None else 0)
        rest = low[start:end]
        that = None
    if that is not None:
        start += that.end()
    elif cue.pos in ("verb_obj", "verb", "phrase"):
        ahead = _THAT_AHEAD.match(rest)
        if ahead is not None and (
            cue.pos == "verb_obj"
            or re.match(r"\s*(?:on|in|at|during|last|this|to|earlier|publicly|privately)\b", rest)
        ):
            start += ahead.end()
    # Stop before a later participial cue of the same sentence (", adding that ..."), or a
    # second cue of the same subject ("... and warned that ...").
    for m, _cues in _cue_matches(ctx, start, end):
        if _is_participle(ctx, m):
            end = m.start()
            break
        if _coordinated(ctx, m.start()) and not ctx.finder.in_quote(m.start()):
            end = ctx.low.rfind("and", start, m.start())
            end = ctx.low.rfind("but", start, m.start()) if end < 0 else end
            break
    cut = _CLAUSE_CUT.search(low, start, end)
    if cut is not None:
        end = cut.start()
    new_subject = _NEW_SUBJECT.search(ctx.text, start, end)
    if new_subject is not None and not ctx.finder.in_quote(new_subject.start()):
        end = new_subject.start()  # "..., and Fumio Kishida ... warned": another clause
    return ctx.trim(start, end)


def _reported_pass(ctx: _Context) -> None:
    for index, sentence in enumerate(ctx.sentences):
        frames_done = _frames(ctx, sentence)
        for m, cues in _cue_matches(ctx, sentence.start, sentence.end):
            if m.start() in ctx.used_cues or any(f.overlaps(Span(*m.span())) for f in frames_done):
                continue
            cue_span = Span(m.start(), m.end())
            for cue in cues:
                if _one_cue(ctx, index, sentence, m, cue, cue_span):
                    ctx.used_cues.add(m.start())
                    break


def _clause_start(ctx: _Context, sentence: Span, offset: int) -> int:
    """Start of the claim-bearing text before ``offset``: the sentence start, or the end of an
    earlier claim's cue in the same sentence."""
    start = sentence.start
    for found in ctx.claims:
        c = found.claim
        if c.cue_span is not None and sentence.start <= c.cue_span.end <= offset:
            if c.span.start > c.cue_span.start:  # that claim's content follows its cue
                continue
            start = max(start, c.cue_span.end)
    return start


def _one_cue(
    ctx: _Context, index: int, sentence: Span, m: re.Match[str], cue: Cue, cue_span: Span
) -> bool:
    text, low = ctx.text, ctx.low
    finder = ctx.finder
    pre_text = low[sentence.start : m.start()]
    if cue.pos != "frame" and re.search(r"\bwhether\b", pre_text[-80:]):
        return False  # "Whether Putin thinks this will work is unclear": an open question
    if text[sentence.end - 1 : sentence.end] == "?":
        return False

    if cue.cls in ("label", "directive"):
        # "called the deal ...": a cue only before a quotation; "urged X to", "called for X",
        # "demanded that X withdraw": requests, not assertions
        return False
    if cue.pos == "noun":
        return _noun_cue(ctx, sentence, m, cue, cue_span)
    if cue.pos == "frame":
        return _frame_cue(ctx, sentence, m, cue, cue_span)
    if cue.pos == "passive_as":
        return _passive_cue(ctx, sentence, m, cue, cue_span)

    if _in_relative_clause(ctx, sentence.start, m.start()):
        return False

    # Participles: ", adding that ...", ", warning that ..." continue the sentence's speaker.
    if _is_participle(ctx, m):
        if not re.match(r"\s*(?:that\b|:|\"|\u201c)", low[m.end() : m.end() + 8]) and (
            cue.pos != "verb_obj"
        ):
            return False
        speaker = _sentence_speaker(ctx, m.start()) or finder.clause_initial(
            sentence.start, m.start()
        )
        if speaker is None:
            return False
        content = _content_after(ctx, m.end(), sentence, cue)
        return content is not None and ctx.add(content, speaker, cue_span, cue, False) is not None

    clause_start = _clause_start(ctx, sentence, m.start())

    # Content before the cue: "Y, X said." / "Y, said X." / "Y, X said on Tuesday."
    comma = text.rfind(",", clause_start, m.start())
    if (
        comma > clause_start
        and cue.pos in ("verb", "verb_obj", "phrase")
        and _ADVERBIAL_AFTER.match(_drop_speaker_after(ctx, m.end(), sentence.end))
    ):
        between = text[comma + 1 : m.start()]
        content_end = comma
        if not between.strip():
            # "..., the ship's manager, Aegean Crest Shipping, said.": the speaker phrase is set
            # off by commas of its own
            inner = text.rfind(",", clause_start, comma)
            if inner > clause_start and len(text[inner + 1 : comma].split()) <= 6:
                speaker = finder.at_end(inner + 1, comma)
                if speaker is not None:
                    outer = text.rfind(",", clause_start, inner)
                    role = text[outer + 1 : inner] if outer > clause_start else ""
                    content_end = outer if role and len(role.split()) <= 6 else inner
                    content = ctx.trim(clause_start, content_end)
                    if content is not None:
                        ctx.add(content, speaker, cue_span, cue, False)
                        return True
        if len(between.split()) <= 7:
            speaker = finder.at_end(comma + 1, m.start()) if between.strip() else None
            if speaker is None:
                speaker = finder.at_start(m.end(), sentence.end)
            if speaker is not None:
                content = ctx.trim(clause_start, comma)
                if content is not None:
                    ctx.add(content, speaker, cue_span, cue, False)
                    return True
            return False

    # Content after the cue: "X said (that) Y".
    speaker = None
    if _coordinated(ctx, m.start()):
        speaker = _sentence_speaker(ctx, m.start()) or _first_subject(ctx, m.start())
    if speaker is None:
        speaker = finder.at_end(clause_start, m.start())
    if speaker is None:
        speaker = _subject(ctx, clause_start, m.start())
    if speaker is None:
        return False
    modal = _MODAL_BEFORE.search(low[max(speaker.span.end, m.start() - 40) : m.start()])
    if modal is not None and (
        cue.cls in ("cognition", "clausal", "evidential") or not modal.group().startswith("would")
    ):
        return False  # "Beijing will conclude that ...": the writer's forecast, not a report
    if cue.pos == "verb_as":
        tail = low[m.end() : sentence.end]
        as_match = _AS.search(tail)
        cut = _CLAUSE_CUT.search(tail)
        if as_match is None or (cut is not None and cut.start() < as_match.start()):
            return False
        if len(tail[: as_match.start()].split()) > 8:
            return False
        content = _content_after(ctx, m.end(), sentence, cue)
    else:
        content = _content_after(ctx, m.end(), sentence, cue)
        if content is None:
            return False
        has_that = "that" in low[m.end() : content.start + 1].split()
        if cue.cls == "evidential" and (speaker.role is None or speaker.kind == "person"):
            return False  # "a poll shows that", not "the collapse has shown that"
        if (
            cue.cls in ("cognition", "clausal", "evidential") or cue.pos == "verb_obj"
        ) and not has_that:
            # Without "that" the complement must be a clause ("thinks he has found"), not an
            # object ("told the audience", "confirm appointments").
            first = re.split(r"[,;:]", low[content.start : content.end], maxsplit=1)[0]
            words = " ".join(first.split()[:8])
            if (
                not _AUXILIARY.search(words)
                and not (cue.cls == "cognition" and _FINITE.search(" ".join(words.split()[:5])))
                and not (cue.pos == "verb_obj" and _OF_GERUND.search(words))
            ):
                return False
        if cue.cls == "intent" and "that" not in low[m.end() : content.start + 1]:
            return False
        lead_in = low[m.end() : content.start + 12]
        adjunct = ctx.lex.adjunct_re.match(lead_in)
        if adjunct is not None:
            lead_in = lead_in[adjunct.end() :]
        if cue.cls == "commissive" and re.search(r"\bthat\b", low[m.end() : content.start]):
            lead_in = " that"
        if cue.cls == "commissive" and not re.match(
            r"\s*(?:that\b|to\b|not to\b|never to\b)", lead_in
        ):
            return False
        if cue.cls == "weak" and not re.match(r"\s*(?:that\b|:)", low[m.end() : m.end() + 8]):
            return False
    if content is None:
        return False
    if (
        cue.pos != "verb_as"
        and _PREPOSITION.match(low, content.start)
        and not _QUANTIFIER.match(low, content.start)
    ):
        return False  # "explained from a podium": an adjunct, not what was said
    negated = _NEGATED_CUE.search(low[max(0, m.start() - 24) : m.start()]) is not None
    if negated and cue.cls == "cognition":
        return False  # "does not believe that" reports no view of the content
    return ctx.add(content, speaker, cue_span, cue, False) is not None


def _in_relative_clause(ctx: _Context, start: int, cue_at: int) -> bool:
    """Whether the cue is the verb of a relative clause on a noun that cannot speak ("vetoed a
    resolution that would have demanded", "a motion which said"): the main clause's subject
    did not say it. A relative on a speaker ("Egypt, which has long argued", "officials who
    said") is no such clause."""
    window = ctx.low[max(start, cue_at - 90) : cue_at]
    if "that" not in window and "which" not in window and "who" not in window:
        return False
    words = window.split()
    while words and (words[-1] in _RELATIVE_AUX or words[-1].endswith("ly")):
        words.pop()
    if len(words) < 2 or words[-1] not in ("that", "which", "who"):
        return False
    antecedent = words[-2].rstrip(",")
    if not antecedent or not antecedent[0].isalpha():
        return False
    at = ctx.low.rfind(antecedent, max(start, cue_at - 90), cue_at)
    word = ctx.text[at : at + len(antecedent)]
    if word[:1].isupper() or ctx.finder.mention_ending_at(at + len(antecedent)) is not None:
        return False
    lex = ctx.lex
    if antecedent in lex.role_singular or antecedent in lex.anaphors:
        return False
    return not (antecedent.endswith("s") and antecedent[:-1] in lex.role_singular)


def _drop_speaker_after(ctx: _Context, start: int, end: int) -> str:
    """The text after a cue with a following speaker phrase removed ("said the official ...")."""
    rest = ctx.text[start:end]
    m = re.match(
        r"\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w.'\u2019-]*\s*){1,4}(?=[,.!?]|\s+(?:on|in|at)\b|$)",
        rest,
    )
    if m is None:
        role = re.match(r"\s+(?:a|an|the|one)\s+[\w\s-]{0,40}?\b(\w+)(?=[,.!?]|$)", rest)
        if role is not None and role.group(1).lower() in ctx.lex.role_singular:
            return rest[role.end() :]
        return rest
    return rest[m.end() :]


def _subject(ctx: _Context, start: int, end: int) -> Speaker | None:
    """The subject of a clause whose verb is not next to it ("X, who ..., said";
    "Iran dismissed it and vowed"; "Trump is wrong to assume")."""
    text = ctx.text
    chunk = text[start:end].rstrip()
    if chunk.endswith(","):
        # An appositive or relative clause ends right before the cue: the subject is the
        # candidate in front of its opening comma. Commas are tried in order, so that a
        # fronted adverbial ("Within days, Russia's Africa Corps, a force ..., confirmed") or
        # an earlier clause (", and Fumio Kishida, the predecessor of ..., warned") is passed.
        segment = start
        last = start + len(chunk) - 1
        commas = [start + c.start() for c in re.finditer(",", text[start:last])]
        for i, at in enumerate(commas):
            found = ctx.finder.at_end(segment, at)
            following = commas[i + 1] if i + 1 < len(commas) else last
            if (found is None or found.kind != "person") and following == last:
                # "Kenya's former president, Uhuru Kenyatta, warned": the apposed name
                named = ctx.finder.apposed_name(segment, at, last)
                if named is not None:
                    return named
            if found is not None and _heads(ctx, segment, found):
                if (found.role is not None or found.kind != "person") and following == last:
                    # "The UN special envoy for Yemen, Hans Grundberg, urged": the name
                    named = ctx.finder.at_end(at + 1, last)
                    if named is not None and named.kind == "person" and _heads(ctx, at + 1, named):
                        return named
                return found
            segment = at + 1
        if commas:
            found = ctx.finder.clause_initial(start, commas[0])
            if found is not None:
                return found
    last = max(text.rfind(",", start, end), text.rfind(";", start, end), start)
    if last > start:
        found = ctx.finder.clause_initial(last + 1, end)
        if found is not None:
            return found
    return ctx.finder.clause_initial(start, end)


def _heads(ctx: _Context, start: int, speaker: Speaker) -> bool:
    """Whether ``speaker`` opens the stretch from ``start`` (only conjunctions, determiners,
    titles and capitalised words before it): a subject, not an object at its end."""
    lead = ctx.text[start : speaker.span.start]
    for word in re.findall(r"[\w'\u2019.-]+", lead):
        low = word.lower()
        if word[:1].isupper() or low in ("and", "but", "the", "a", "an", "then", "also"):
            continue
        if low in ctx.lex.titles or low.endswith(("'s", "\u2019s")):
            continue
        return False
    return True


def _frames(ctx: _Context, sentence: Span) -> list[Span]:
    """ "In X's view, Y" / "In their eyes, Y" / "Y, as X put it"."""
    low = ctx.low
    done = []
    for m in ctx.lex.frame_poss_re.finditer(low, sentence.start, sentence.end):
        holder = Span(m.start(1), m.end(1))
        word = low[holder.start : holder.end]
        if word in ("his", "her", "their", "its"):
            pronoun = {"his": "he", "her": "she", "their": "they", "its": "it"}[word]
            speaker = ctx.finder.resolve_pronoun(pronoun, holder)
        else:
            end = holder.end - (2 if word.endswith("'s") else 1 if word.endswith("'") else 0)
            speaker = ctx.finder.at_end(holder.start, end)
        if speaker is None or (speaker.actor is None and speaker.role is None):
            continue
        cue_span = Span(m.start(), m.end() - 1)
        if m.start() <= sentence.start + 2:
            content = ctx.trim(m.end(), sentence.end)
        else:
            content = ctx.trim(sentence.start, m.start())
        if content is not None:
            ctx.add(content, speaker, cue_span, None, False)
            done.append(Span(m.start(), m.end()))
    return done


def _frame_cue(ctx: _Context, sentence: Span, m: re.Match[str], cue: Cue, cue_span: Span) -> bool:
    """ "According to X, Y" and "Y, according to X"."""
    text = ctx.text
    speaker = ctx.finder.at_start(m.end(), sentence.end)
    if speaker is None:
        return False
    comma = text.find(",", speaker.span.end, sentence.end)
    while comma >= 0:
        # "According to X, director of Y in Z, the talks ...": skip a nominal appositive.
        nxt = text.find(",", comma + 1, sentence.end)
        segment = ctx.low[comma + 1 : nxt] if nxt > 0 else ""
        if nxt < 0 or len(segment.split()) > 15 or _CLAUSE_VERB.search(segment):
            break
        comma = nxt
    lead = text[sentence.start : m.start()].strip()
    if len(lead.split()) <= 2:
        if comma < 0:
            return False
        content = ctx.trim(comma + 1, sentence.end)
    else:
        content = ctx.trim(sentence.start, m.start())
    if content is None:
        return False
    return ctx.add(content, speaker, cue_span, cue, False) is not None


def _noun_cue(ctx: _Context, sentence: Span, m: re.Match[str], cue: Cue, cue_span: Span) -> bool:
    """ "X's view is that Y", "the view in X that Y", "his belief that Y"."""
    text, low = ctx.text, ctx.low
    after = low[m.end() : sentence.end]
    link = re.match(
        r"(?:\s+(?:in|of|among|from|by|across|within)\s+([^,;:]{1,60}?))?\s+(?:is\s+|was\s+)?that\b",
        after,
    )
    if link is None:
        return False
    speaker = None
    if link.group(1):
        speaker = ctx.finder.at_start(m.end() + link.start(1), m.end() + link.end(1))
    if speaker is None:
        before = text[max(sentence.start, m.start() - 60) : m.start()]
        poss = re.search(
            r"([\w.\u2019'-]+(?:\s+[\w.\u2019'-]+){0,3}?)(?:'s|\u2019s|')\s+(?:[\w-]+\s+){0,2}$",
            before,
        )
        pron = re.search(r"\b(his|her|their|its)\s+(?:[\w-]+\s+){0,2}$", before, re.IGNORECASE)
        if poss is not None:
            start = m.start() - len(before) + poss.start(1)
            speaker = ctx.finder.at_end(start, m.start() - len(before) + poss.end(1))
        elif pron is not None:
            p = {"his": "he", "her": "she", "their": "they", "its": "it"}[pron.group(1).lower()]
            pos = m.start() - len(before) + pron.start(1)
            speaker = ctx.finder.resolve_pronoun(p, Span(pos, pos + len(pron.group(1))))
    if speaker is None or (speaker.actor is None and speaker.role is None):
        return False
    content = ctx.trim(m.end() + link.end(), sentence.end)
    if content is None:
        return False
    cut = _CLAUSE_CUT.search(low, content.start, content.end)
    if cut is not None:
        content = ctx.trim(content.start, cut.start()) or content
    return ctx.add(content, speaker, cue_span, cue, False) is not None


def _passive_cue(ctx: _Context, sentence: Span, m: re.Match[str], cue: Cue, cue_span: Span) -> bool:
    """ "For many in Moscow, Y is viewed as Z" / "Y is seen as Z by X"."""
    text, low = ctx.text, ctx.low
    speaker = None
    by = re.search(r"\bby\s+", low[m.end() : sentence.end])
    lead = re.match(r"\s*(?:for|among|to)\s+([^,]{1,50}),", text[sentence.start : m.start()], re.I)
    if lead is not None:
        s = sentence.start + lead.start(1)
        e = sentence.start + lead.end(1)
        speaker = ctx.finder.at_end(s, e) or ctx.finder.clause_initial(s, e, max_lead=4)
        if speaker is not None and speaker.actor is None and speaker.role is None:
            speaker = None
        if speaker is not None and lead.group(1).lower().startswith(("many", "some", "most")):
            speaker = speaker._replace(kind="plural", name=lead.group(1), span=Span(s, e))
    if speaker is None and by is not None:
        speaker = ctx.finder.at_start(m.end() + by.end(), sentence.end)
    if speaker is None:
        return False
    content = _content_after(ctx, m.end(), sentence, cue)
    if content is None:
        return False
    return ctx.add(content, speaker, cue_span, cue, False) is not None


# -- continuation of a source's reported analysis ----------------------------------------------


def _continuations(ctx: _Context) -> None:
    """Unattributed sentences that go on with the reported analysis of an article's main
    source: a person who speaks in most of the attributions, in a paragraph where that person's
    spoken or written claim came just before. News reports that summarise one expert's post or
    interview run on in this way ("Yet this scenario is unrealistic.")."""
    persons = [
        f.claim.speaker
        for f in ctx.claims
        if f.claim.speaker and ctx.finder.kind_of(f.claim.speaker) == "person"
    ]
    if not ctx.claims or not persons:
        return
    main = max(set(persons), key=persons.count)
    if persons.count(main) < 3 or persons.count(main) * 2 < len(ctx.claims):
        return
    claimed = {f.sentence for f in ctx.claims}
    quoted_sentences = {ctx.sentence_of(q.open) for q in ctx.quotes if q.sentence_like}
    by_sentence: dict[int, _Found] = {}
    for f in ctx.claims:
        by_sentence.setdefault(f.sentence, f)
    for index, sentence in enumerate(ctx.sentences):
        if index in claimed or index in quoted_sentences or index == 0:
            continue
        para = ctx.doc.paragraph_at(sentence.start)
        if para is None:
            continue
        previous = None
        for j in range(index - 1, -1, -1):
            if ctx.sentences[j].start < para.start:
                break
            if j in by_sentence:
                previous = by_sentence[j]
                break
        if previous is None or previous.claim.speaker != main or previous.claim.direct:
            continue
        if previous.cue is None or previous.cue.cls not in ("speech", "written", "cognition"):
            continue
        content = ctx.trim(sentence.start, sentence.end)
        if content is None or ctx.text[sentence.end - 1] == "?":
            continue
        c = previous.claim
        speaker = Speaker(
            c.speaker, c.speaker_name or "", c.speaker_span or content, c.speaker_role, "person"
        )
        claim = ctx.add(content, speaker, None, None, False)
        if claim is not None:
            ctx.claims[-1] = ctx.claims[-1]._replace(cue=previous.cue, sentence=index)
            by_sentence[index] = ctx.claims[-1]


# -- entry point -----------------------------------------------------------------------------


def extract_claims(
    doc: Doc,
    actors: tuple[Actor, ...] = (),
    mentions: tuple[Mention, ...] = (),
    author: bool = True,
) -> tuple[list[Claim], list[Mention], list[Actor]]:
    """Every attributed claim of one article (and up to eight of the author's thesis
    statements), with the mentions and actors added for speakers the mentions stage missed."""
    ctx = _Context(doc, actors, mentions)
    if not ctx.sentences:
        return [], [], []
    _quote_pass(ctx)
    _reported_pass(ctx)
    _continuations(ctx)
    claims = [f.claim for f in ctx.claims]
    if author:
        claims.extend(author_claims(ctx.doc, ctx.sentences, claims, ctx.quotes, ctx.lex))
    claims.sort(key=lambda c: (c.span.start, c.span.end))
    used = {c.speaker for c in claims}
    new_actors = [a for a in ctx.finder.new_actors.values() if a.id in used]
    new_ids = {a.id for a in new_actors}
    new_mentions = [m for m in ctx.finder.new_mentions if m.actor in new_ids]
    return claims, new_mentions, new_actors
