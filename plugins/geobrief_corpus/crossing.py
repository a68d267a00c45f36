"""Across independent articles (different link components): conflicting figures and
relationships, and claims, figures and relationships that two or more of them state."""

from __future__ import annotations

import bisect
import math
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

from geobrief import Figure, Result

from .lexicon import qualifiers
from .textsim import WORD, stem

__all__ = ["claims_corroborated", "figures_compared", "relations_compared"]

#: Sentences around two figures must share this share of the smaller one's content words (and
#: two of them besides the counted noun) to count the same thing.
FIGURE_CONTEXT = 0.4
#: Two claims this similar (cosine of content stems) say the same thing.
CLAIM_SIMILARITY = 0.5


def _evidence(result: Result, span: Any, text: str) -> dict[str, Any]:
    return {"article": result.article.id, "span": [span.start, span.end], "text": text}


def interval(figure: Figure) -> tuple[float, float]:
    """The values a figure allows, from its qualifier (``qualifiers.csv``) or stated range."""
    if figure.value_max is not None:
        return figure.value, figure.value_max
    low, high = qualifiers().get((figure.qualifier or "exact").lower(), qualifiers()["exact"])
    values = (figure.value * low, figure.value * high)
    return min(values), max(values)


@lru_cache(maxsize=1 << 14)
def _terms(text: str) -> frozenset[str]:
    """Content stems of a passage (no numbers); a passage repeated in other articles is read
    once."""
    from .lexicon import stopwords

    stop = stopwords()
    return frozenset(
        {
            stem(w)
            for w in WORD.findall(text)
            if w.lower() not in stop and not any(map(str.isdigit, w))
        }
    )


def _overlap(x: frozenset[str], y: frozenset[str], counted: str) -> float:
    shared = x & y
    if len(shared - {stem(counted)}) < 2:
        return 0.0
    return len(shared) / min(len(x), len(y))


def figures_compared(
    results: list[Result],
    component: Callable[[str], int],
    context: Callable[[Result, Figure], tuple[int, int]],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(conflicts, corroborations) among figures of the same unit and counted thing, stated in
    independent articles in sentences about the same thing."""
    groups: dict[tuple[str, str], list[tuple[Result, Figure, frozenset[str], tuple[int, int]]]] = (
        defaultdict(list)
    )
    for result in results:
        for figure in result.figures:
            if not figure.counted:
                continue
            where = context(result, figure)
            groups[(figure.unit, figure.counted.lower())].append(
                (result, figure, _terms(result.article.text[where[0] : where[1]]), where)
            )
    conflicts, agreements = [], []
    for (unit, counted), members in sorted(groups.items()):
        agreeing: dict[int, list[int]] = {}
        for x in range(len(members)):
            rx, fx, tx, _ = members[x]
            for y in range(x + 1, len(members)):
                ry, fy, ty, _ = members[y]
                if component(rx.article.id) == component(ry.article.id):
                    continue
                if _overlap(tx, ty, counted) < FIGURE_CONTEXT:
                    continue
                lx, hx = interval(fx)
                ly, hy = interval(fy)
                if hx < ly or hy < lx:
                    conflicts.append(
                        {
                            "kind": "figure-conflict",
                            "unit": unit,
                            "counted": counted,
                            "a": _evidence(rx, fx.span, fx.text),
                            "b": _evidence(ry, fy.span, fy.text),
                        }
                    )
                else:
                    agreeing.setdefault(x, [x]).append(y)
        for x, ys in sorted(agreeing.items()):
            chosen = {}
            for k in ys:
                result, figure, _, _ = members[k]
                chosen.setdefault(
                    component(result.article.id), _evidence(result, figure.span, figure.text)
                )
            if len(chosen) >= 2:
                agreements.append(
                    {
                        "kind": "figure",
                        "summary": f"{members[x][1].text} ({counted})",
                        "evidence": sorted(chosen.values(), key=_order),
                    }
                )
    return conflicts, _dedupe(agreements)


def relations_compared(
    results: list[Result], component: Callable[[str], int], name: Callable[[str], str] = str
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(conflicts, corroborations) among relationships of independent articles: the same tie
    stated as ALLY in one and RIVAL in another, or asserted in one and negated in another."""
    stated: dict[tuple[str, str, str, bool], dict[int, dict[str, Any]]] = defaultdict(dict)
    for result in results:
        comp = component(result.article.id)
        for rel in result.relationships:
            if rel.mode == "hypothetical":
                continue
            source, target = rel.source, rel.target
            if rel.type in ("ALLY", "RIVAL") and target < source:
                source, target = target, source  # standing ties hold both ways
            stated[(source, target, rel.type, rel.negated)].setdefault(
                comp, _evidence(result, rel.span, rel.text)
            )
    conflicts, agreements = [], []
    for key, by_comp in sorted(stated.items()):
        source, target, kind, negated = key
        if len(by_comp) >= 2:
            agreements.append(
                {
                    "kind": "relation",
                    "summary": f"{name(source)} {'not ' if negated else ''}{kind} {name(target)}",
                    "evidence": sorted(by_comp.values(), key=_order),
                }
            )
        opposite: list[tuple[tuple[str, str, str, bool], str]] = []
        if not negated:
            opposite.append(((source, target, kind, True), "asserted and negated"))
        if kind == "ALLY" and not negated:
            opposite.append(((source, target, "RIVAL", False), "ALLY and RIVAL"))
        for other, reason in opposite:
            against = stated.get(other, {})
            pairs = [(cx, cy) for cx in sorted(by_comp) for cy in sorted(against) if cx != cy]
            if not pairs:
                continue
            cx, cy = pairs[0]
            conflicts.append(
                {
                    "kind": "relation-conflict",
                    "reason": reason,
                    "relation": f"{name(source)} {kind} {name(target)}",
                    "a": by_comp[cx],
                    "b": against[cy],
                    "a_articles": sorted(e["article"] for e in by_comp.values()),
                    "b_articles": sorted(e["article"] for e in against.values()),
                }
            )
    return conflicts, agreements


def claims_corroborated(
    results: list[Result], component: Callable[[str], int], idf: Callable[[str], float]
) -> list[dict[str, Any]]:
    """Claims with the same content (cosine of IDF-weighted content stems) in independent
    articles, grouped."""
    items: list[tuple[Result, Any, dict[str, float]]] = []
    vectors: dict[frozenset[str], dict[str, float]] = {}
    seen: set[tuple[Any, str]] = set()
    for result in results:
        comp = component(result.article.id)
        for claim in result.claims:
            key = (comp, " ".join(claim.text.lower().split()))
            if key in seen:
                continue  # the same words again in one group of retold articles
            seen.add(key)
            terms = _terms(claim.text)
            if len(terms) < 3:
                continue
            vector = vectors.get(terms)
            if vector is None:
                weights = {t: idf(t) for t in terms}
                norm = math.sqrt(sum(v * v for v in weights.values()))
                vector = vectors[terms] = {t: v / norm for t, v in weights.items()}
            items.append((result, claim, vector))
    parent = list(range(len(items)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    # Claims of one group with the same content terms have the same vector and so the same
    # neighbours in other groups: compare one of each kind. (Republished copies of a story
    # repeat most claims with a word changed here and there.)
    kinds: dict[tuple[Any, int], list[int]] = {}
    for k, (result, _, vector) in enumerate(items):
        kinds.setdefault((component(result.article.id), id(vector)), []).append(k)
    heads = sorted(members[0] for members in kinds.values())
    # postings by group: a claim is scored only against claims of other groups
    comp_of = {k: component(items[k][0].article.id) for k in heads}
    postings: dict[str, dict[Any, list[int]]] = defaultdict(dict)
    for k in heads:
        for term in items[k][2]:
            postings[term].setdefault(comp_of[k], []).append(k)  # ascending
    linked: set[int] = set()
    for k in heads:
        own = comp_of[k]
        scores: dict[int, float] = defaultdict(float)
        for term, weight in items[k][2].items():
            for comp, members in postings[term].items():
                if comp == own or members[-1] <= k:
                    continue
                for other in members[bisect.bisect_right(members, k) :]:
                    scores[other] += weight * items[other][2][term]
        for other, score in scores.items():
            if score >= CLAIM_SIMILARITY:
                parent[find(other)] = find(k)
                linked.update((k, other))
    # a claim like one that corroborates another corroborates it too
    for members in kinds.values():
        if members[0] in linked:
            for k in members[1:]:
                parent[find(k)] = find(members[0])
    clusters: dict[int, list[int]] = defaultdict(list)
    for k in range(len(items)):
        clusters[find(k)].append(k)
    out = []
    for members in clusters.values():
        by_comp: dict[int, dict[str, Any]] = {}
        for k in members:
            result, claim, _ = items[k]
            entry = _evidence(result, claim.span, claim.text)
            entry["speaker"] = claim.speaker
            by_comp.setdefault(component(result.article.id), entry)
        if len(by_comp) >= 2:
            evidence = sorted(by_comp.values(), key=_order)
            out.append({"kind": "claim", "summary": evidence[0]["text"], "evidence": evidence})
    return out


def _order(evidence: dict[str, Any]) -> tuple[str, list[int]]:
    return evidence["article"], evidence["span"]


def _dedupe(items: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    seen = set()
    out = []
    for item in items:
        key = tuple((e["article"], tuple(e["span"])) for e in item["evidence"])
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out
