"""Article links: duplicates, near-duplicates and retellings, with the direction of each retelling
and the groups of articles that are not independent of one another."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from geobrief import Article

from .lexicon import frame_nouns, stopwords
from .textsim import Alignment, Corpus, Text, align

__all__ = ["Link", "Linker"]

#: A retelling covers at least this share of one article's content ...
RETELL_COVER = 0.4
#: ... and at least this share of the other's ...
RETELL_FLOOR = 0.1
#: ... in at least this many aligned passages.
RETELL_ANCHORS = 4
#: Near-duplicates cover this share of both articles ...
NEAR_COVER = 0.85
#: ... with aligned passages this similar on average.
NEAR_MEAN = 0.75


@dataclass
class Link:
    """Two articles found to tell the same text: ``a`` is the original where that can be told."""

    a: int
    b: int
    kind: str  # duplicate, near-duplicate, retelling
    alignment: Alignment | None
    direction: str = "undetermined"  # "b retells a" or "undetermined"
    basis: str | None = None
    discrepancies: list[dict[str, Any]] = field(default_factory=list)

    @property
    def score(self) -> float:
        if self.alignment is None:
            return 1.0
        return round((self.alignment.cover_a + self.alignment.cover_b) / 2, 3)


class _Sets:
    """Union-find over article positions."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, x: int, y: int) -> None:
        rx, ry = self.find(x), self.find(y)
        if rx != ry:
            self.parent[max(rx, ry)] = min(rx, ry)


def _order_key(article: Article) -> tuple[Any, ...]:
    published = article.published if article.published_status != "missing" else None
    return (published is None, published or dt.date.max, article.id)


class Linker:
    """Finds the links among ``texts`` (one per article of a brief, in brief order)."""

    def __init__(self, texts: Sequence[Text]) -> None:
        self.texts = list(texts)
        n = len(self.texts)
        self.duplicates = _Sets(n)
        self.components = _Sets(n)
        self.links: list[Link] = []
        first: dict[str, int] = {}
        ordered = sorted(range(n), key=lambda k: _order_key(self.texts[k].article))
        for k in ordered:
            text = self.texts[k]
            if not text.segments:
                continue
            original = first.setdefault(text.fingerprint, k)
            if original != k:
                self.duplicates.union(original, k)
                self.components.union(original, k)
                self.links.append(
                    Link(original, k, "duplicate", None, "b retells a", "identical text")
                )
        self.representatives = [
            k for k in range(n) if self.duplicates.find(k) == k and self.texts[k].segments
        ]
        self.corpus = Corpus([self.texts[k] for k in self.representatives])
        positions = self.corpus.candidates(range(len(self.representatives)))
        near = _Sets(n)
        # Candidates come most alike first, so near-duplicates group up before other pairs are
        # tried; between two groups of near-duplicates one alignment decides (they are alike).
        tried_groups: set[tuple[int, int]] = set()
        for x, y in positions:
            i, j = self.representatives[x], self.representatives[y]
            gi, gj = near.find(i), near.find(j)
            if gi == gj or (min(gi, gj), max(gi, gj)) in tried_groups:
                continue
            tried_groups.add((min(gi, gj), max(gi, gj)))
            i, j = sorted((i, j), key=lambda k: _order_key(self.texts[k].article))
            alignment = align(self.texts[i], self.texts[j])
            kind = _classify(alignment)
            if kind is None:
                continue
            link = Link(i, j, kind, alignment)
            self._orient(link)
            self.links.append(link)
            self.components.union(i, j)
            if kind == "near-duplicate":
                near.union(i, j)
        self.links.sort(
            key=lambda link: (self.texts[link.a].article.id, self.texts[link.b].article.id)
        )

    def component(self, k: int) -> int:
        return self.components.find(k)

    def _orient(self, link: Link) -> None:
        """Decide which article retells which: an earlier stated date, naming the other's outlet
        or author, or framing the shared passages as someone's writing."""
        a, b = self.texts[link.a], self.texts[link.b]
        da, db = _stated(a.article), _stated(b.article)
        if da and db and da != db:
            link.direction, link.basis = "b retells a", "published earlier"
            if db < da:
                _swap(link)
            return
        names_a, names_b = _cites(b, a.article), _cites(a, b.article)
        if names_a != names_b:
            link.direction, link.basis = "b retells a", f"names the original's {names_a or names_b}"
            if names_b:
                _swap(link)
            return
        fa, fb = _framing(a), _framing(b)
        if abs(fa - fb) >= 2:
            link.direction, link.basis = (
                "b retells a",
                "frames the shared passages as another's writing",
            )
            if fa > fb:
                _swap(link)
            return
        if da or db:
            link.direction, link.basis = "b retells a", "only one states its date"
            if db and not da:
                _swap(link)


def _swap(link: Link) -> None:
    link.a, link.b = link.b, link.a
    if link.alignment is not None:
        from .textsim import Pair

        al = link.alignment
        link.alignment = Alignment(
            sorted((Pair(p.j, p.i, p.score, p.kind) for p in al.pairs), key=lambda p: (p.i, p.j)),
            al.cover_b,
            al.cover_a,
            al.mean,
        )


def _classify(alignment: Alignment) -> str | None:
    anchors = alignment.anchors
    high, low = max(alignment.cover_a, alignment.cover_b), min(alignment.cover_a, alignment.cover_b)
    if low >= NEAR_COVER and alignment.mean >= NEAR_MEAN:
        return "near-duplicate"
    if high >= RETELL_COVER and low >= RETELL_FLOOR and len(anchors) >= RETELL_ANCHORS:
        return "retelling"
    return None


def _stated(article: Article) -> dt.date | None:
    return article.published if article.published_status in ("stated", "given") else None


_GENERIC = frozenset(
    {"daily", "news", "the", "post", "times", "online", "weekly", "press", "media"}
)


def _cites(text: Text, other: Article) -> str | None:
    """Whether ``text`` names the outlet or the author of ``other``: "outlet" or "author"."""
    for label, value in (("outlet", other.source), ("author", other.author)):
        if value and _names(text, value):
            return label
    return None


def _names(text: Text, value: str) -> bool:
    """Whether the body holds every distinctive word of ``value`` (an outlet or an author)."""
    key = f"names:{value}"
    found = text.cache.get(key)
    if found is None:
        body = text.doc.normalized
        words = [
            w
            for w in re.findall(r"[A-Z][\w'-]+", value)
            if w.lower() not in _GENERIC and w.lower() not in stopwords() and len(w) > 3
        ]
        found = text.cache[key] = bool(words) and all(
            re.search(rf"\b{re.escape(w)}\b", body) for w in words
        )
    return found


_FRAME = None


def _framing(text: Text) -> int:
    """How often the text speaks of a piece and its writer ("the writer says", "the article")."""
    global _FRAME
    if _FRAME is None:
        nouns = "|".join(sorted(map(re.escape, frame_nouns()), key=len, reverse=True))
        # (the lookahead only lets the scan skip quickly to a possible first letter)
        _FRAME = re.compile(rf"(?=[thi])\b(?:the|this|her|his|its)\s+(?:{nouns})\b", re.IGNORECASE)
    found = text.cache.get("framing")
    if found is None:
        span = text.doc.body
        found = text.cache["framing"] = len(
            _FRAME.findall(text.doc.normalized, span.start, span.end)
        )
    return found
