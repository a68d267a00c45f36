"""Text similarity across articles: clause segments, TF-IDF vectors, candidate pairs and a
monotone alignment of the segments of two articles.

A *segment* is a clause-sized piece of a body sentence (sentences are cut at commas, semicolons,
colons, brackets, dashes and before contrastive or causal conjunctions). Segments are compared as
TF-IDF vectors over light stems of content words, with IDF counted over every segment of the
brief. Two articles are compared only when they share enough of their most distinctive terms.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from geobrief import Article
from geobrief.text import Doc

from .lexicon import stopwords

__all__ = ["Alignment", "Corpus", "Pair", "Segment", "align", "stem", "words"]

WORD = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*")
_CUT = re.compile(
    r"[;:,()\[\]]|\s-{1,2}\s|(?=\b(?:but|while|whereas|although|though|because|however|yet)\b)",
    re.IGNORECASE,
)
_EDGE = " \t\r\n\"'.,;:!?()[]-"
_SPELLING = (
    ("isation", "ization"),
    ("isations", "izations"),
    ("ised", "ized"),
    ("ising", "izing"),
    ("ises", "izes"),
    ("ise", "ize"),
    ("yse", "yze"),
    ("ence", "ense"),
    ("our", "or"),
    ("tre", "ter"),
)
_SUFFIXES = (
    "izations",
    "ization",
    "ations",
    "ation",
    "ments",
    "ment",
    "ings",
    "ing",
    "ness",
    "ities",
    "ity",
    "ies",
    "ied",
    "ed",
    "es",
    "s",
    "ly",
)


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A light stem: lower case, possessive dropped, British spellings folded to American, one
    inflectional or derivational suffix removed, at most seven letters kept."""
    w = word.lower()
    if w.endswith("'s"):
        w = w[:-2]
    elif w.endswith("'"):
        w = w[:-1]
    if len(w) <= 4:
        return w
    for old, new in _SPELLING:
        if w.endswith(old) and len(w) - len(old) >= 3:
            w = w[: -len(old)] + new
            break
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            break
    return w[:7]


def words(text: str, start: int = 0, end: int | None = None) -> Iterable[re.Match[str]]:
    """Word tokens (letters and digits, with inner hyphens and apostrophes)."""
    return WORD.finditer(text, start, len(text) if end is None else end)


@dataclass(eq=False)
class Segment:
    """A clause-sized piece of a body sentence."""

    article: str
    index: int
    sentence: int
    start: int
    end: int
    terms: Counter[str]
    key: str
    vector: dict[str, float] = field(default_factory=dict)
    mass: float = 0.0


@dataclass(eq=False)
class Text:
    """One article as the similarity machinery sees it."""

    article: Article
    doc: Doc
    segments: list[Segment]
    sentences: list[tuple[int, int]]
    fingerprint: str


@dataclass(frozen=True)
class Pair:
    """Two aligned segments: ``i`` in the first article, ``j`` in the second."""

    i: int
    j: int
    score: float
    kind: str  # "same" (identical), "anchor" (similar), "gap" (between anchors, by position)


@dataclass
class Alignment:
    """The aligned segments of two articles and how much of each they cover."""

    pairs: list[Pair]
    cover_a: float
    cover_b: float
    mean: float

    @property
    def anchors(self) -> list[Pair]:
        return [p for p in self.pairs if p.kind != "gap"]


def segment(article: Article, doc: Doc) -> Text:
    """Cut the body into segments and count their terms."""
    stop = stopwords()
    text = doc.normalized
    segments: list[Segment] = []
    sentences: list[tuple[int, int]] = []
    for sentence in doc.sentences:
        if not doc.in_body(sentence):
            continue
        index = len(sentences)
        sentences.append((sentence.start, sentence.end))
        pieces: list[list[int]] = []
        last = sentence.start
        for cut in _CUT.finditer(text, sentence.start, sentence.end):
            if cut.start() > last:
                pieces.append([last, cut.start()])
            last = cut.end()
        if last < sentence.end:
            pieces.append([last, sentence.end])
        trimmed = []
        for s, e in pieces:
            while s < e and text[s] in _EDGE:
                s += 1
            while e > s and text[e - 1] in _EDGE:
                e -= 1
            if s < e:
                trimmed.append([s, e, sum(1 for _ in words(text, s, e))])
        merged: list[list[int]] = []
        carry: list[int] | None = None
        for piece in trimmed:
            if carry is not None:
                piece = [carry[0], piece[1], carry[2] + piece[2]]
                carry = None
            if piece[2] < 3:
                carry = piece
            else:
                merged.append(piece)
        if carry is not None:
            if merged:
                merged[-1] = [merged[-1][0], carry[1], merged[-1][2] + carry[2]]
            else:
                merged.append(carry)
        for s, e, _n in merged:
            terms: Counter[str] = Counter()
            for match in words(text, s, e):
                token = match.group()
                lowered = token.lower()
                if lowered in stop or (len(token) < 2 and not token.isdigit()):
                    continue
                terms[stem(token)] += 1
            key = " ".join(m.group().lower() for m in words(text, s, e))
            segments.append(Segment(article.id, len(segments), index, s, e, terms, key))
    body = " ".join(s.key for s in segments)
    fingerprint = hashlib.blake2b(body.encode("utf-8"), digest_size=16).hexdigest()
    return Text(article, doc, segments, sentences, fingerprint)


class Corpus:
    """The segments of every article with IDF weights over all segments, and the candidate pairs
    of articles worth aligning."""

    #: Distinctive terms kept per article for finding candidate pairs.
    SIGNATURE = 40

    def __init__(self, texts: Sequence[Text]) -> None:
        self.texts = list(texts)
        df: Counter[str] = Counter()
        n = 0
        for text in self.texts:
            for seg in text.segments:
                df.update(seg.terms.keys())
                n += 1
        self.df = df
        self.n = max(n, 1)
        for text in self.texts:
            for seg in text.segments:
                vector = {t: c * self.idf(t) for t, c in seg.terms.items()}
                norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
                seg.vector = {t: v / norm for t, v in vector.items()}
                seg.mass = sum(self.idf(t) for t in seg.terms)

    def idf(self, term: str) -> float:
        return math.log((self.n + 1) / (self.df.get(term, 0) + 1)) + 1.0

    def signature(self, text: Text) -> set[str]:
        """The article's most distinctive terms (highest summed TF-IDF)."""
        weights: Counter[str] = Counter()
        for seg in text.segments:
            for term, count in seg.terms.items():
                weights[term] += count * self.idf(term)
        ranked = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))
        return {term for term, _ in ranked[: self.SIGNATURE]}

    def candidates(self, indices: Sequence[int], min_shared: int = 8) -> list[tuple[int, int]]:
        """Pairs (of positions in ``texts``) sharing at least ``min_shared`` signature terms
        (or a third of the smaller signature, for short articles)."""
        postings: dict[str, list[int]] = defaultdict(list)
        sizes: dict[int, int] = {}
        for k in indices:
            signature = self.signature(self.texts[k])
            sizes[k] = len(signature)
            for term in signature:
                postings[term].append(k)
        shared: Counter[tuple[int, int]] = Counter()
        for members in postings.values():
            if len(members) < 2:
                continue
            for x in range(len(members)):
                a = members[x]
                for b in members[x + 1 :]:
                    shared[(a, b) if a < b else (b, a)] += 1
        out = []
        for (a, b), count in shared.items():
            need = min(min_shared, max(3, min(sizes[a], sizes[b]) // 3))
            if count >= need:
                out.append((a, b))
        return sorted(out)


def _similarities(sa: list[Segment], sb: list[Segment], floor: float) -> list[Pair]:
    """Every pair of segments at least ``floor`` similar (cosine of TF-IDF vectors); identical
    segments are found by their text first."""
    by_key: dict[str, list[int]] = defaultdict(list)
    for seg in sa:
        by_key[seg.key].append(seg.index)
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for seg in sa:
        for term, weight in seg.vector.items():
            postings[term].append((seg.index, weight))
    pairs: list[Pair] = []
    for seg in sb:
        same = by_key.get(seg.key)
        if same and seg.terms:
            pairs.extend(Pair(i, seg.index, 1.0, "same") for i in same)
            continue
        scores: dict[int, float] = defaultdict(float)
        for term, weight in seg.vector.items():
            for i, w in postings.get(term, ()):
                scores[i] += w * weight
        for i, score in scores.items():
            if score >= floor:
                pairs.append(Pair(i, seg.index, round(score, 6), "anchor"))
    return pairs


def _chain(pairs: list[Pair]) -> list[Pair]:
    """The heaviest chain of pairs increasing in both articles (one segment may align with two
    neighbouring ones of the other article)."""
    if not pairs:
        return []
    ordered = sorted(pairs, key=lambda p: (p.i, p.j))
    best = [p.score for p in ordered]
    back = [-1] * len(ordered)
    for x, p in enumerate(ordered):
        for y in range(x):
            q = ordered[y]
            if q.i > p.i or q.j > p.j or (q.i == p.i and q.j == p.j):
                continue
            if (q.i == p.i and p.j != q.j + 1) or (q.j == p.j and p.i != q.i + 1):
                continue
            if best[y] + p.score > best[x]:
                best[x] = best[y] + p.score
                back[x] = y
    x = max(range(len(ordered)), key=lambda k: (best[k], -k))
    chain = []
    while x != -1:
        chain.append(ordered[x])
        x = back[x]
    return chain[::-1]


def _free_in_sentence(
    segments: list[Segment], at: int, step: int, used: set[int], low: int, high: int
) -> list[int]:
    """Unaligned segments next to ``at`` (after it for ``step`` 1, before it for -1) in the
    same sentence, strictly between ``low`` and ``high``."""
    out = []
    k = at + step
    while low < k < high and segments[k].sentence == segments[at].sentence and k not in used:
        out.append(k)
        k += step
    return out if step == 1 else out[::-1]


def _first_word(seg: Segment) -> str:
    return seg.key.split(" ", 1)[0] if seg.key else ""


def _related(x: Segment, y: Segment) -> bool:
    """Whether two segments in the same place of aligned sentences correspond: they share a
    content term, or open with the same word (the same connective: "but even ...")."""
    return bool(x.terms.keys() & y.terms.keys()) or (
        bool(x.key) and _first_word(x) == _first_word(y) and _first_word(x) in stopwords()
    )


def align(a: Text, b: Text, anchor: float = 0.3, strong: float = 0.55) -> Alignment:
    """Align the segments of two articles.

    Anchors are the heaviest monotone chain of pairs at least ``anchor`` similar, plus pairs at
    least ``strong`` similar off the chain (a passage moved elsewhere). Between two consecutive
    anchors, a lone unaligned segment on each side that shares its sentence with the anchor on
    both sides is aligned by position (a reworded clause of an aligned sentence)."""
    sa, sb = a.segments, b.segments
    pairs = _similarities(sa, sb, anchor)
    chain = _chain(pairs)
    on_chain = {(p.i, p.j) for p in chain}
    used_a = {p.i for p in chain}
    used_b = {p.j for p in chain}
    extra = []
    for p in sorted(pairs, key=lambda p: (-p.score, p.i, p.j)):
        if (
            p.score >= strong
            and (p.i, p.j) not in on_chain
            and p.i not in used_a
            and p.j not in used_b
            and min(len(sa[p.i].terms), len(sb[p.j].terms)) >= 3
        ):
            extra.append(p)
            used_a.add(p.i)
            used_b.add(p.j)
    gaps = []
    for left, right in itertools.pairwise(chain):
        for anchor_pair, step in ((left, 1), (right, -1)):
            free_a = _free_in_sentence(sa, anchor_pair.i, step, used_a, left.i, right.i)
            free_b = _free_in_sentence(sb, anchor_pair.j, step, used_b, left.j, right.j)
            if len(free_a) != len(free_b):
                continue
            for i, j in zip(free_a, free_b, strict=True):
                if _related(sa[i], sb[j]):
                    gaps.append(Pair(i, j, 0.0, "gap"))
                    used_a.add(i)
                    used_b.add(j)
    aligned = sorted([*chain, *extra, *gaps], key=lambda p: (p.i, p.j))
    anchors = [p for p in aligned if p.kind != "gap"]
    mass_a = sum(s.mass for s in sa) or 1.0
    mass_b = sum(s.mass for s in sb) or 1.0
    cover_a = sum(sa[i].mass for i in {p.i for p in anchors}) / mass_a
    cover_b = sum(sb[j].mass for j in {p.j for p in anchors}) / mass_b
    mean = sum(p.score for p in anchors) / len(anchors) if anchors else 0.0
    return Alignment(aligned, cover_a, cover_b, mean)
