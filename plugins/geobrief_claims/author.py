"""The author's own central thesis statements: the unattributed sentences that carry the
argument, chosen by position, evaluative and modal language, and closeness to the headline."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from geobrief import Claim, Span
from geobrief.text import Doc

from .lexicon import Lexicon
from .quotes import Quote

__all__ = ["MAX_AUTHOR_CLAIMS", "author_claims", "thesis_scores"]

#: At most this many thesis statements per article (the annotation guide's "about eight").
MAX_AUTHOR_CLAIMS = 8
#: One thesis statement per this many unattributed body sentences: a news report whose
#: sentences are mostly attributed gets its lead only, an essay up to the maximum.
SENTENCES_PER_THESIS = 4
#: In an opinion piece (a share of at least OPINION_SHARE of its unattributed sentences argue:
#: deontic modals, evaluative words, argumentative openers, comparisons), one thesis statement
#: per this many sentences.
OPINION_SENTENCES_PER_THESIS = 2.5
OPINION_SHARE = 0.25
# "far more dangerous than", "smarter than", "less risky than": a comparative judgement.
_COMPARATIVE = re.compile(r"\b(?:more|less|fewer|\w{3,}er)\s+(?:\w+\s+){0,2}?than\b")
# A generic (timeless) statement: present copula, "cannot", "has to" (not a reported event).
_GENERIC = re.compile(
    r"\b(?:is|are|cannot|can't|can|has to|have to|will have to|remains|remain|becomes|matters)\b"
)
_CONTENT_WORD = re.compile(r"[a-z][a-z'-]{3,}")
_STOP = frozenset(
    [
        "this",
        "that",
        "with",
        "from",
        "have",
        "been",
        "were",
        "their",
        "there",
        "they",
        "them",
        "than",
        "then",
        "what",
        "when",
        "which",
        "while",
        "will",
        "would",
        "could",
        "should",
        "about",
        "into",
        "over",
        "under",
        "after",
        "before",
        "more",
        "most",
        "also",
        "only",
        "such",
        "even",
        "very",
        "much",
        "many",
        "some",
        "other",
        "these",
        "those",
        "being",
        "does",
        "doing",
        "done",
        "just",
        "like",
    ]
)
_ATTITUDE = re.compile(
    r"^(?:[\w'\u2019.-]+\s+){1,4}(?:also\s+)?(?:sees|saw|wants|wanted|hopes|hoped|feels|felt|likes|liked|prefers|"
    r"preferred|wishes|wished)\b"
)
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_LEAD_CONNECTIVE = re.compile(
    r"^(?:however|in fact|indeed|certainly|clearly|ultimately|instead|moreover|furthermore|"
    r"in reality|in short|at the same time|yet|but|still|meanwhile)\s*,?\s+",
    re.IGNORECASE,
)


def _stems(text: str) -> set[str]:
    """Crude stems (first five letters) of the lower-case content words of ``text``; names
    (capitalised words) are left out, since every sentence of a piece names its actors."""
    return {w[:5] for w in _CONTENT_WORD.findall(text) if w not in _STOP}


def _reports(lex: Lexicon, s_low: str) -> bool:
    """Whether a sentence holds a verb of saying, writing, labelling or requesting (used or not
    as an attribution): the writer reports what an actor said or called something."""
    for m in lex.cue_re.finditer(s_low):
        for cue in lex.cues.get(" ".join(m.group().split()), ()):
            if cue.pos in ("verb", "verb_obj", "phrase") and cue.cls in (
                "speech",
                "written",
                "label",
                "directive",
            ):
                return True
    return False


def thesis_scores(
    doc: Doc,
    sentences: Sequence[Span],
    claims: Sequence[Claim],
    quotes: Sequence[Quote],
    lex: Lexicon,
) -> tuple[list[tuple[float, int]], bool]:
    """``(score, sentence index)`` for every sentence that may state the author's thesis, and
    whether the article argues (an opinion piece) rather than reports."""
    text, low = doc.text, doc.lower
    title = doc.article.title or ""
    title_words = _stems(title)
    for region in doc.article.regions:
        if region.kind == "dek":
            title_words |= _stems(region.span.of(text))
    attributed = [c for c in claims if c.speaker != "author"]
    quoted = [Span(q.open, q.close) for q in quotes if q.sentence_like]
    paragraph_starts = {p.start for p in doc.paragraphs}
    body_paragraphs = [p for p in doc.paragraphs if doc.in_body(p)]
    # The opening paragraphs state what the piece argues (the "nut graf"), the last one
    # concludes it.
    opening = {p.start for p in body_paragraphs[:2]}
    last = len(sentences) - 1
    starts = [s.start for s in sentences]

    def covered(span: Span) -> range:
        first = max(bisect.bisect_right(starts, span.start) - 1, 0)
        return range(first, bisect.bisect_left(starts, span.end))

    # Sentences holding an attribution are the speaker's, unless the author judges the
    # attribution itself ("X is wrong to assume that ...").
    blocked: set[int] = set()
    embedded: set[int] = set()
    for span in quoted:
        blocked.update(covered(span))
    for c in attributed:
        cue_at = c.cue_span.start if c.cue_span else c.span.start
        for j in {*covered(c.span), *(covered(c.cue_span) if c.cue_span else ())}:
            if j < len(sentences) and lex.assessment_to_re.search(low[sentences[j].start : cue_at]):
                embedded.add(j)
            else:
                blocked.add(j)
    candidates = []
    argued = 0
    for i, sentence in enumerate(sentences):
        if i in blocked and i not in embedded:
            continue
        s_low = low[sentence.start : sentence.end].strip()
        words = s_low.split()
        if len(words) < 6 or s_low.endswith("?") or s_low.endswith(":"):
            continue
        deontic = lex.deontic_re.search(s_low) is not None
        evaluative = len(lex.evaluative_re.findall(s_low))
        opener = lex.thesis_opener_re.match(s_low) is not None
        comparative = " than " in s_low and _COMPARATIVE.search(s_low) is not None
        arguing = deontic or opener or comparative or evaluative >= 2
        candidates.append((i, sentence, s_low, words, deontic, evaluative, opener, comparative))
        argued += arguing
    opinion = bool(candidates) and argued >= OPINION_SHARE * len(candidates)
    scored = []
    for i, sentence, s_low, words, deontic, evaluative, opener, comparative in candidates:
        background = lex.background_re.match(s_low) is not None
        dated = lex.narrative_time_re.search(s_low) is not None if opinion else False
        year = _YEAR.search(s_low) is not None
        digit = year or _DIGIT.search(s_low) is not None
        narrative = background or dated or year
        score = 0.0
        if i == 0:
            # A news report's lead states its news; an opinion piece that opens on an event
            # ("On Monday, the minister flew to ...") argues later.
            score += 0.5 if opinion and narrative else 3.0
        if i == last:
            score += 2.5
        if sentence.start in paragraph_starts:
            score += 1.5
        paragraph = doc.paragraph_at(sentence.start)
        if paragraph is not None and paragraph.start in opening:
            score += 1.0
        if i in embedded:
            score += 1.5
        if deontic:
            score += 1.5
        score += min(evaluative, 4) * 0.5
        if opener:
            score += 1.0
        if re.match(r"for [\w .'-]{2,30},", s_low):
            score += 1.0  # "For Russia, even a failed negotiation is valuable"
        if re.search(r"\b(?:will not|won't|cannot|can't|never)\b", s_low):
            score += 0.5
        if title_words:
            overlap = len(_stems(sentence.of(text)) & title_words) / len(title_words)
            score += 2.0 * overlap
        if _ATTITUDE.search(s_low):
            score -= 1.0  # an actor's perception or desire is reportage, not the thesis
        if i not in embedded and _reports(lex, s_low):
            score -= 1.0  # an actor's words or labels the writer reports ("likes to call")
        if background:
            score -= 1.5
        if year:
            score -= 1.0
        elif digit:
            score -= 0.5
        if opinion:
            if dated:
                score -= 1.0  # an event on a date: the narrative an argument rests on
            if comparative:
                score += 0.5
            if not narrative and not digit and _GENERIC.search(s_low):
                score += 0.5
        if words[0] in lex.reference_pronouns:
            score -= 0.5
        if len(words) > 45:
            score -= 0.5
        scored.append((score, i))
    return scored, opinion


def author_claims(
    doc: Doc,
    sentences: Sequence[Span],
    claims: Sequence[Claim],
    quotes: Sequence[Quote],
    lex: Lexicon,
    limit: int = MAX_AUTHOR_CLAIMS,
) -> list[Claim]:
    """The best-scoring thesis sentences as claims of the speaker ``"author"``."""
    scored, opinion = thesis_scores(doc, sentences, claims, quotes, lex)
    if not scored:
        return []
    per = OPINION_SENTENCES_PER_THESIS if opinion else SENTENCES_PER_THESIS
    count = min(limit, max(1, round(len(scored) / per)))
    best = sorted(scored, key=lambda si: (-si[0], si[1]))[:count]
    text = doc.text
    out = []
    for score, i in sorted(best, key=lambda si: si[1]):
        if score < 1.0 and i != 0:
            continue
        sentence = sentences[i]
        start, end = sentence.start, sentence.end
        lead = _LEAD_CONNECTIVE.match(text[start:end])
        if lead is not None:
            start += lead.end()
        while end > start and text[end - 1] in ".!\u2026 ":
            end -= 1
        span = Span(start, end)
        out.append(
            Claim(
                span=span,
                text=span.of(text),
                speaker="author",
                speaker_name=doc.article.author,
                cue=None,
                direct=False,
                modality=_modality(span.of(doc.lower), span.of(text), lex),  # type: ignore[arg-type]
            )
        )
    return out


def _modality(low: str, original: str, lex: Lexicon) -> str:
    from .extract import hedged

    first = re.split(r"[,;:\u2014]", low, maxsplit=1)[0]
    if lex.negation_re.search(first):
        return "negated"
    if hedged(lex, first, original):
        return "hedged"
    if lex.future_re.search(first):
        return "future"
    return "asserted"
