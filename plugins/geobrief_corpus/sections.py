"""The sections of a brief that merge per-article results: articles, actors, who says what,
figures, timeline, relationships, stances and shared sources."""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from geobrief import Brief, Result, TimeRef

__all__ = [
    "actors",
    "articles",
    "claims",
    "clause_of",
    "figures",
    "relationships",
    "sources",
    "stances",
    "time_key",
    "timeline",
]


def _ev(result: Result, span: Any, text: str | None = None) -> dict[str, Any]:
    return {
        "article": result.article.id,
        "span": [span.start, span.end],
        "text": text if text is not None else span.of(result.article.text),
    }


def author_key(result: Result) -> tuple[str, str]:
    """A key and a display name for the voice of an article's own writer."""
    name = result.article.author or f"the author of {result.article.id}"
    return f"author:{result.article.id}", name


def articles(brief: Brief, component: Callable[[str], int]) -> list[dict[str, Any]]:
    rows = []
    for result in brief.results:
        article = result.article
        rows.append(
            {
                "id": article.id,
                "title": article.title,
                "source": article.source,
                "author": article.author,
                "published": article.published.isoformat() if article.published else None,
                "published_status": article.published_status,
                "path": article.path,
                "words": len(article.body_text.split()),
                "group": component(article.id),
                "counts": {
                    name: len(getattr(result, name))
                    for name in (
                        "mentions",
                        "figures",
                        "times",
                        "claims",
                        "relationships",
                        "stances",
                    )
                },
            }
        )
    return rows


def actors(brief: Brief) -> list[dict[str, Any]]:
    """Actors merged by id, ranked by salience: each article adds 1 + ln(its mentions), so
    spread across articles weighs more than repetition in one."""
    merged = brief.actors
    per_article: dict[str, dict[str, int]] = defaultdict(dict)
    forms: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for result in brief.results:
        counts = Counter(m.actor for m in result.mentions)
        for actor_id, n in counts.items():
            per_article[actor_id][result.article.id] = n
        for mention in result.mentions:
            forms[mention.actor][mention.form].add(mention.text)
    rows = []
    for actor_id, actor in merged.items():
        spread = per_article.get(actor_id, {})
        salience = sum(1 + math.log(n) for n in spread.values())
        rows.append(
            {
                "id": actor_id,
                "name": actor.name,
                "kind": actor.kind,
                "country": actor.country,
                "mentions": sum(spread.values()),
                "articles": sorted(spread),
                "salience": round(salience, 3),
                "forms": {form: sorted(texts) for form, texts in sorted(forms[actor_id].items())},
            }
        )
    rows.sort(key=lambda r: (-r["salience"], -r["mentions"], r["id"]))
    return rows


def claims(brief: Brief) -> list[dict[str, Any]]:
    """Claims grouped by speaker: actors by id, each article's writer apart, unnamed sources by
    how they are described."""
    merged = brief.actors
    groups: dict[str, dict[str, Any]] = {}
    for result in brief.results:
        for claim in result.claims:
            if claim.speaker == "author":
                key, name = author_key(result)
                kind = "author"
            elif claim.speaker:
                key = claim.speaker
                actor = merged.get(claim.speaker)
                name = actor.name if actor else claim.speaker_name or claim.speaker
                kind = "actor"
            else:
                label = claim.speaker_role or claim.speaker_name or "unnamed source"
                key, name, kind = f"unnamed:{label.lower()}", label, "unnamed"
            group = groups.setdefault(
                key, {"speaker": key, "name": name, "kind": kind, "claims": []}
            )
            entry = _ev(result, claim.span, claim.text)
            entry.update(
                {
                    "as_written": claim.speaker_name,
                    "cue": claim.cue,
                    "direct": claim.direct,
                    "modality": claim.modality,
                }
            )
            group["claims"].append(entry)
    out = list(groups.values())
    for group in out:
        group["claims"].sort(key=lambda c: (c["article"], c["span"]))
    out.sort(key=lambda g: (-len(g["claims"]), g["name"].lower(), g["speaker"]))
    return out


def sentence_of(brief: Brief, result: Result, start: int, end: int) -> tuple[int, int]:
    """The body sentence holding a span, or a window around it outside the body."""
    doc = brief.doc(result.article.id)
    sentence = doc.sentence_at(start)
    if sentence is not None and sentence.end >= end:
        return sentence.start, sentence.end
    text = result.article.text
    s = max(0, text.rfind("\n", 0, start) + 1, start - 160)
    e = text.find("\n", end)
    e = min(len(text) if e == -1 else e, end + 160)
    return s, e


_CLAUSE_CUT = re.compile(
    r";|:|\s-{1,2}\s|,\s+(?=(?:and|but|while|whereas|although|though|yet|so)\s)"
)


def clause_of(brief: Brief, result: Result, start: int, end: int) -> tuple[int, int]:
    """The clause a span belongs to: its sentence, cut at semicolons, colons, dashes and
    contrastive conjunctions; the whole sentence when the piece holds little besides the span."""
    s, e = sentence_of(brief, result, start, end)
    text = brief.doc(result.article.id).normalized
    left, right = _clause_in(text[s:e], start - s, end - s)
    return s + left, s + right


@lru_cache(maxsize=1 << 14)
def _clause_in(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of ``text[start:end]`` within its sentence ``text`` (a sentence recurring in
    other articles is cut once)."""
    cuts = [0, *(m.start() for m in _CLAUSE_CUT.finditer(text)), len(text)]
    for left, right in itertools.pairwise(cuts):
        if left <= start and end <= right:
            piece = text[left:right].strip(" ;:,-.")
            if len(piece.split()) - len(text[start:end].split()) >= 2:
                lead = len(text[left:right]) - len(text[left:right].lstrip(" ;:,-"))
                trail = len(text[left:right]) - len(text[left:right].rstrip(" ;:,-."))
                return left + lead, right - trail
            break
    return 0, len(text)


def figures(brief: Brief) -> list[dict[str, Any]]:
    rows = []
    for result in brief.results:
        for figure in result.figures:
            entry = _ev(result, figure.span, figure.text)
            s, e = sentence_of(brief, result, figure.span.start, figure.span.end)
            entry.update(
                {
                    "value": figure.value,
                    "value_max": figure.value_max,
                    "unit": figure.unit,
                    "counted": figure.counted,
                    "qualifier": figure.qualifier,
                    "context": _ev(result, _Span(s, e)),
                }
            )
            rows.append(entry)
    rows.sort(key=lambda r: (r["counted"] or "~", r["unit"], r["value"], r["article"], r["span"]))
    return rows


class _Span:
    __slots__ = ("end", "start")

    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end

    def of(self, text: str) -> str:
        return text[self.start : self.end]


_SEASONS = {"WI": "12", "SP": "03", "SU": "06", "FA": "09", "AU": "09"}
_QUARTERS = {"Q1": "01", "Q2": "04", "Q3": "07", "Q4": "10", "H1": "01", "H2": "07"}


def time_key(time: TimeRef) -> str | None:
    """A sortable ISO-like start of a time reference (``None`` when unresolved)."""
    value = time.start or time.value
    if not value:
        return None
    value = value.split("/")[0]
    if re.fullmatch(r"\d{3}", value):  # a decade: 199 -> 1990
        return value + "0"
    match = re.fullmatch(r"(\d{4})-([A-Z]{2}|Q\d|H\d)", value)
    if match:
        part = _SEASONS.get(match.group(2)) or _QUARTERS.get(match.group(2), "01")
        return f"{match.group(1)}-{part}"
    match = re.fullmatch(r"(\d{4})-W(\d\d)", value)
    if match:
        return f"{match.group(1)}-W{match.group(2)}"
    return value if re.match(r"\d{4}", value) else None


def timeline(brief: Brief) -> list[dict[str, Any]]:
    """Time references in time order, each with the clause it dates; unresolved ones last."""
    rows = []
    for result in brief.results:
        for time in result.times:
            s, e = clause_of(brief, result, time.span.start, time.span.end)
            entry = _ev(result, time.span, time.text)
            entry.update(
                {
                    "value": time.value,
                    "granularity": time.granularity,
                    "start": time.start,
                    "end": time.end,
                    "key": time_key(time),
                    "clause": _ev(result, _Span(s, e)),
                }
            )
            rows.append(entry)
    rows.sort(key=lambda r: (r["key"] is None, r["key"] or "", r["article"], r["span"]))
    return rows


def relationships(brief: Brief) -> dict[str, Any]:
    """The relationship graph in networkx's node-link form (``edges="links"``)."""
    return brief.graph_data()


def stances(brief: Brief) -> dict[str, Any]:
    """Holder x target: the confidence-weighted mean polarity with every evidence span."""
    merged = brief.actors
    holders: dict[str, str] = {}
    cells: dict[tuple[str, str], dict[str, Any]] = {}
    for result in brief.results:
        for stance in result.stances:
            if stance.holder == "author":
                key, name = author_key(result)
            else:
                key = stance.holder
                actor = merged.get(key)
                name = actor.name if actor else key
            holders[key] = name
            cell = cells.setdefault(
                (key, stance.target),
                {"holder": key, "target": stance.target, "weight": 0.0, "sum": 0.0, "evidence": []},
            )
            weight = max(stance.confidence, 0.05)
            cell["weight"] += weight
            cell["sum"] += weight * stance.polarity
            cell["evidence"].append(_ev(result, stance.span, stance.text))
    rows = []
    for (_, _), cell in sorted(cells.items()):
        rows.append(
            {
                "holder": cell["holder"],
                "target": cell["target"],
                "polarity": round(cell["sum"] / cell["weight"], 3),
                "n": len(cell["evidence"]),
                "articles": sorted({e["article"] for e in cell["evidence"]}),
                "evidence": sorted(cell["evidence"], key=lambda e: (e["article"], e["span"])),
            }
        )
    targets = sorted({r["target"] for r in rows})
    return {
        "holders": [
            {"id": k, "name": holders[k]}
            for k in sorted(holders, key=lambda k: (k.startswith("author:"), holders[k].lower(), k))
        ],
        "targets": [{"id": t, "name": merged[t].name if t in merged else t} for t in targets],
        "cells": rows,
    }


def sources(
    brief: Brief, component: Callable[[str], int], cited: dict[str, list[str]]
) -> list[dict[str, Any]]:
    """Speakers quoted, and outlets named, by two or more articles; ``independent`` counts the
    groups of articles that are not retellings of each other."""
    merged = brief.actors
    speakers: dict[str, set[str]] = defaultdict(set)
    for result in brief.results:
        for claim in result.claims:
            if claim.speaker and claim.speaker != "author":
                speakers[claim.speaker].add(result.article.id)
    rows = []
    for speaker, ids in speakers.items():
        if len(ids) >= 2:
            actor = merged.get(speaker)
            rows.append(
                {
                    "source": actor.name if actor else speaker,
                    "id": speaker,
                    "kind": "speaker",
                    "articles": sorted(ids),
                    "independent": len({component(i) for i in ids}),
                }
            )
    for outlet, ids in cited.items():
        if len(ids) >= 2:
            rows.append(
                {
                    "source": outlet,
                    "id": None,
                    "kind": "outlet",
                    "articles": sorted(ids),
                    "independent": len({component(i) for i in ids}),
                }
            )
    rows.sort(key=lambda r: (-len(r["articles"]), r["source"].lower()))
    return rows
