"""Text similarity across articles: clause segments, TF-IDF vectors, candidate pairs and a
monotone alignment of the segments of two articles.

A *segment* is a clause-sized piece of a body sentence (sentences are cut at commas, semicolons,
colons, brackets, dashes and before contrastive or causal conjunctions). Segments are compared as
TF-IDF vectors over light stems of content words, with IDF counted over every segment of the
brief. Two articles are compared only when they share enough of their most distinctive terms.
"""

from __future__ import annotations

import bisect
import hashlib
import heapq
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

from geobrief import Article
from geobrief.text import Doc

from .lexicon import stopwords

__all__ = ["Alignment", "Corpus", "Pair", "Segment", "align", "stem", "words"]

WORD = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*%?")
_CUT = re.compile(
    r"[;:,()\[\]]|\s-{1,2}\s|(?=\b(?:but|while|whereas|although|though|because|however|yet)\b)",
    re.IGNORECASE,
)
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


@dataclass(eq=False, slots=True)
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
    cache: dict[str, Any] = field(default_factory=dict)


class Pair(NamedTuple):
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
    cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    """What is derived from the pairs (their groups), kept for the alignment's other users."""

    @property
    def anchors(self) -> list[Pair]:
        return [p for p in self.pairs if p.kind != "gap"]


#: A sentence's segments, offsets relative to its start: (start, end, terms, key) each.
_Pieces = tuple[tuple[int, int, Counter[str], str], ...]


def _pieces(tokens: Sequence[tuple[int, int, str]], cuts: Sequence[int], at: int) -> _Pieces:
    """Cut the tokens of one sentence into segments at the cut positions; a piece of fewer
    than three words joins the next one (the last one joins the one before). Offsets are made
    relative to ``at``."""
    pieces: list[list[tuple[int, int, str]]] = [[]]
    c = 0
    for token in tokens:
        while c < len(cuts) and cuts[c] <= token[0]:
            c += 1
            if pieces[-1]:
                pieces.append([])
        pieces[-1].append(token)
    merged: list[list[tuple[int, int, str]]] = []
    carry: list[tuple[int, int, str]] = []
    for piece in pieces:
        if carry:
            piece = carry + piece
            carry = []
        if len(piece) < 3:
            carry = piece
        else:
            merged.append(piece)
    if carry:
        if merged:
            merged[-1].extend(carry)
        else:
            merged.append(carry)
    out = []
    for piece in merged:
        if not piece:
            continue
        key = " ".join([w.lower() for _, _, w in piece])
        out.append((piece[0][0] - at, piece[-1][1] - at, _terms(key), key))
    return tuple(out)


@lru_cache(maxsize=1 << 15)
def _terms(key: str) -> Counter[str]:
    """The terms of a segment from its lower-case words (shared: do not change it)."""
    stop = stopwords()
    return Counter(stem(w) for w in key.split(" ") if w not in stop and (len(w) > 1 or w.isdigit()))


def _isolated(text: str, start: int, end: int, low: int, high: int) -> bool:
    """Whether scanning ``text[start:end]`` on its own finds the same words and cuts as the scan
    of the whole body from ``low`` to ``high`` does there: no match of either pattern can run
    across the sentence's edges (blank on both sides, no dash opening it)."""
    return (
        start < end
        and (start == low or text[start - 1].isspace())
        and (end == high or text[end].isspace())
        and not text[start].isspace()
        and text[start] != "-"
    )


def segment(article: Article, doc: Doc, cache: dict[str, _Pieces] | None = None) -> Text:
    """Cut the body into segments and count their terms.

    ``cache`` (a dict shared over the articles of one brief) keeps the segments of each sentence
    by its text, so a sentence that recurs in other articles (republished wire copy, retold
    passages) is cut and counted once."""
    text = doc.normalized
    body = doc.body
    segments: list[Segment] = []
    sentences: list[tuple[int, int]] = []
    scanned: tuple[list[tuple[int, int, str]], list[int], list[int]] | None = None
    boilerplate = article.boilerplate
    for sentence in doc.sentences:
        s_start, s_end = sentence.start, sentence.end
        if boilerplate and not doc.in_body(sentence):
            continue
        index = len(sentences)
        sentences.append((s_start, s_end))
        pieces = None
        isolated = _isolated(text, s_start, s_end, body.start, body.end)
        if isolated and cache is not None:
            key = text[s_start:s_end]
            pieces = cache.get(key)
        if pieces is None:
            if isolated:
                tokens = [
                    (m.start(), m.end(), m.group()) for m in WORD.finditer(text, s_start, s_end)
                ]
                cuts = [m.start() for m in _CUT.finditer(text, s_start, s_end)]
            else:
                if scanned is None:
                    all_tokens = [
                        (m.start(), m.end(), m.group())
                        for m in WORD.finditer(text, body.start, body.end)
                    ]
                    all_cuts = [m.start() for m in _CUT.finditer(text, body.start, body.end)]
                    scanned = (all_tokens, [t[0] for t in all_tokens], all_cuts)
                all_tokens, token_starts, all_cuts = scanned
                tokens = all_tokens[
                    bisect.bisect_left(token_starts, s_start) : bisect.bisect_left(
                        token_starts, s_end
                    )
                ]
                cuts = all_cuts[bisect.bisect_left(all_cuts, s_start) :]
            pieces = _pieces(tokens, cuts, s_start)
            if isolated and cache is not None:
                cache[key] = pieces
        for start, end, terms, words_key in pieces:
            segments.append(
                Segment(
                    article.id,
                    len(segments),
                    index,
                    s_start + start,
                    s_start + end,
                    terms,
                    words_key,
                )
            )
    digest = hashlib.blake2b(digest_size=16)
    for seg in segments:
        digest.update(seg.key.encode("utf-8"))
        digest.update(b"\n")
    return Text(article, doc, segments, sentences, digest.hexdigest())


class Corpus:
    """The segments of every article with IDF weights over all segments, and the candidate pairs
    of articles worth aligning."""

    #: Distinctive terms kept per article for finding candidate pairs.
    SIGNATURE = 40

    def __init__(self, texts: Sequence[Text]) -> None:
        self.texts = list(texts)
        # document frequencies over segments, counted once per wording
        wordings: Counter[str] = Counter()
        terms_of: dict[str, Counter[str]] = {}
        for text in self.texts:
            wordings.update(seg.key for seg in text.segments)
            for seg in text.segments:
                terms_of.setdefault(seg.key, seg.terms)
        n = sum(wordings.values())
        df: Counter[str] = Counter()
        for key, times in wordings.items():
            for term in terms_of[key]:
                df[term] += times
        self.df = df
        self.n = max(n, 1)
        self._unseen = math.log(self.n + 1) + 1.0
        self._idf = {t: math.log((self.n + 1) / (c + 1)) + 1.0 for t, c in df.items()}
        # Segments with the same words have the same vector: weigh each wording once.
        weighed: dict[str, tuple[dict[str, float], float]] = {}
        #: each wording's TF-IDF weights before normalising
        self._weights: dict[str, dict[str, float]] = {}
        for text in self.texts:
            for seg in text.segments:
                known = weighed.get(seg.key)
                if known is None:
                    vector = {t: c * self.idf(t) for t, c in seg.terms.items()}
                    self._weights[seg.key] = vector
                    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
                    known = weighed[seg.key] = (
                        {t: v / norm for t, v in vector.items()},
                        sum(self.idf(t) for t in seg.terms),
                    )
                seg.vector, seg.mass = known

    def idf(self, term: str) -> float:
        return self._idf.get(term, self._unseen)

    def signature(self, text: Text) -> set[str]:
        """The article's most distinctive terms (highest summed TF-IDF)."""
        weights: dict[str, float] = {}
        get = weights.get
        for seg in text.segments:
            known = self._weights.get(seg.key)
            if known is None:
                known = {t: c * self.idf(t) for t, c in seg.terms.items()}
            for term, weight in known.items():
                weights[term] = get(term, 0) + weight
        if len(weights) <= self.SIGNATURE:
            return set(weights)
        # the SIGNATURE heaviest, ties at the lightest kept weight broken by the term
        cut = heapq.nlargest(self.SIGNATURE, weights.values())[-1]
        kept = [term for term, weight in weights.items() if weight > cut]
        tied = sorted(term for term, weight in weights.items() if weight == cut)
        return {*kept, *tied[: self.SIGNATURE - len(kept)]}

    def candidates(self, indices: Sequence[int], min_shared: int = 8) -> list[tuple[int, int]]:
        """Pairs (of positions in ``texts``) sharing at least ``min_shared`` signature terms
        (or a third of the smaller signature, for short articles), the most alike first."""
        postings: dict[str, list[int]] = defaultdict(list)
        signatures = []
        for k in sorted(set(indices)):
            signature = self.signature(self.texts[k])
            signatures.append((k, signature))
            for term in signature:
                postings[term].append(k)  # ascending
        sizes = {k: len(signature) for k, signature in signatures}
        out = []
        for a, signature in signatures:
            # the later articles sharing each term, counted in one pass
            shared = Counter(
                itertools.chain.from_iterable(
                    members[bisect.bisect_right(members, a) :]
                    for members in map(postings.__getitem__, signature)
                    if members[-1] > a
                )
            )
            size = sizes[a]
            for b, count in shared.items():
                if count >= 3 and count >= min(min_shared, max(3, min(size, sizes[b]) // 3)):
                    out.append((-count, a, b))
        return [(a, b) for _, a, b in sorted(out)]


def _index(text: Text) -> tuple[dict[str, list[int]], dict[str, list[tuple[int, float]]]]:
    """The segments of an article by their words, and its terms' postings (segment, weight);
    built once per article."""
    found = text.cache.get("index")
    if found is None:
        by_key: dict[str, list[int]] = defaultdict(list)
        postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for seg in text.segments:
            by_key[seg.key].append(seg.index)
            for term, weight in seg.vector.items():
                postings[term].append((seg.index, weight))
        found = text.cache["index"] = (dict(by_key), dict(postings))
    return found


def _similarities(a: Text, sb: list[Segment], floor: float) -> list[Pair]:
    """Every pair of segments at least ``floor`` similar (cosine of TF-IDF vectors); identical
    segments are found by their text first."""
    by_key, postings = _index(a)
    pairs: list[Pair] = []
    for seg in sb:
        same = by_key.get(seg.key)
        if same and seg.terms:
            j = seg.index
            pairs.extend([Pair(i, j, 1.0, "same") for i in same])
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
    neighbouring ones of the other article), in O(n log n)."""
    if not pairs:
        return []
    ordered = sorted(pairs)  # by (i, j): no two pairs share both
    at = {(p.i, p.j): x for x, p in enumerate(ordered)}
    best = [0.0] * len(ordered)
    back = [-1] * len(ordered)
    # a Fenwick tree of (best score, pair index) over prefixes of positions in b
    size = max(p.j for p in ordered) + 1
    tree: list[tuple[float, int]] = [(0.0, -1)] * (size + 1)
    x = 0
    while x < len(ordered):
        group_end = x
        while group_end < len(ordered) and ordered[group_end].i == ordered[x].i:
            group_end += 1
        for y in range(x, group_end):
            p = ordered[y]
            # the best chain strictly before in both articles
            found = (0.0, -1)
            k = p.j
            while k > 0:
                if tree[k] > found:
                    found = tree[k]
                k -= k & -k
            score, previous = found
            for q in ((p.i, p.j - 1), (p.i - 1, p.j)):  # one segment shared with a neighbour
                z = at.get(q)
                if z is not None and (best[z], z) > (score, previous):
                    score, previous = best[z], z
            best[y] = score + p.score
            back[y] = previous
        for y in range(x, group_end):
            value = (best[y], y)
            k = ordered[y].j + 1
            while k <= size:
                if value > tree[k]:
                    tree[k] = value
                k += k & -k
        x = group_end
    end = max(range(len(ordered)), key=lambda k: (best[k], -k))
    chain = []
    while end != -1:
        chain.append(ordered[end])
        end = back[end]
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
    pairs = _similarities(a, sb, anchor)
    chain = _chain(pairs)
    on_chain = {(p.i, p.j) for p in chain}
    used_a = {p.i for p in chain}
    used_b = {p.j for p in chain}
    extra = []
    off_chain = [
        p
        for p in pairs
        if p.score >= strong
        and (p.i, p.j) not in on_chain
        and min(len(sa[p.i].terms), len(sb[p.j].terms)) >= 3
    ]
    for p in sorted(off_chain, key=lambda p: (-p.score, p.i, p.j)):
        if p.i not in used_a and p.j not in used_b:
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
