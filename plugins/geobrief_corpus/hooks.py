"""The corpus-stage hook: every section of the bundled brief."""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from typing import Any

from geobrief import Brief, BriefSection, hookimpl

from . import crossing, sections
from .diff import compare, groups
from .links import Linker
from .textsim import segment

#: Section ids in reading order: the cross-article findings first, then the merged layers.
SECTION_ORDER = (
    "articles",
    "links",
    "discrepancies",
    "corroboration",
    "actors",
    "claims",
    "relationships",
    "stances",
    "figures",
    "timeline",
    "sources",
)

_KIND_ORDER = {
    "date": 0,
    "number": 1,
    "name": 2,
    "polarity": 3,
    "speaker": 4,
    "figure-conflict": 5,
    "relation-conflict": 6,
}


@hookimpl
def geobrief_corpus(brief: Brief) -> list[BriefSection]:
    texts = []
    by_text: dict[str, Any] = {}
    sentences: dict[str, Any] = {}  # segments of each sentence, by its text
    for r in brief.results:
        known = by_text.get(r.article.text)
        if known is not None and known.article.body_span == r.article.body_span:
            # the same text: the same segments, under this article's id
            texts.append(dataclasses.replace(known, article=r.article, doc=brief.doc(r.article.id)))
        else:
            texts.append(segment(r.article, brief.doc(r.article.id), sentences))
            by_text.setdefault(r.article.text, texts[-1])
    linker = Linker(texts)
    results = brief.results
    labels: dict[int, str] = {}
    for k, result in enumerate(results):
        root = linker.component(k)
        labels[root] = min(labels.get(root, result.article.id), result.article.id)
    group_of = {r.article.id: labels[linker.component(k)] for k, r in enumerate(results)}

    def component(article_id: str) -> str:
        return group_of[article_id]

    link_rows, discrepancies = _links(brief, linker, texts)
    # Independent articles: one per group of duplicates is enough to compare.
    distinct = [results[k] for k in range(len(results)) if linker.duplicates.find(k) == k]
    figure_conflicts, figure_agreements = crossing.figures_compared(
        distinct,
        component,
        lambda result, figure: sections.sentence_of(
            brief, result, figure.span.start, figure.span.end
        ),
    )
    actors = brief.actors

    def name(actor_id: str) -> str:
        actor = actors.get(actor_id)
        return actor.name if actor else actor_id

    relation_conflicts, relation_agreements = crossing.relations_compared(distinct, component, name)
    claim_agreements = crossing.claims_corroborated(distinct, component, linker.corpus.idf)
    discrepancies.extend(figure_conflicts)
    discrepancies.extend(relation_conflicts)
    discrepancies.sort(
        key=lambda d: (
            d.get("link") is None,
            d.get("link") or [],
            _KIND_ORDER.get(d["kind"], 99),
            d["a"]["article"],
            d["a"]["span"],
            d["b"]["article"],
            d["b"]["span"],
        )
    )
    corroboration = sorted(
        [*claim_agreements, *figure_agreements, *relation_agreements],
        key=lambda c: (
            -len(c["evidence"]),
            c["kind"],
            c["evidence"][0]["article"],
            c["evidence"][0]["span"],
        ),
    )
    data: dict[str, Any] = {
        "articles": sections.articles(brief, component),
        "links": link_rows,
        "discrepancies": discrepancies,
        "corroboration": corroboration,
        "actors": sections.actors(brief),
        "claims": sections.claims(brief),
        "relationships": sections.relationships(brief),
        "stances": sections.stances(brief),
        "figures": sections.figures(brief),
        "timeline": sections.timeline(brief),
        "sources": sections.sources(brief, component, _cited_outlets(brief, texts)),
    }
    titles = {
        "articles": "Articles",
        "links": "Article links",
        "discrepancies": "Discrepancies",
        "corroboration": "Corroboration",
        "actors": "Actors",
        "claims": "Who says what",
        "relationships": "Relationships",
        "stances": "Stances",
        "figures": "Figures",
        "timeline": "Timeline",
        "sources": "Shared sources",
    }
    return [BriefSection(key, titles[key], data[key]) for key in SECTION_ORDER]


def _links(
    brief: Brief, linker: Linker, texts: list[Any]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rows = []
    discrepancies: list[dict[str, Any]] = []
    for link in linker.links:
        a, b = texts[link.a], texts[link.b]
        ida, idb = a.article.id, b.article.id
        row: dict[str, Any] = {
            "a": ida,
            "b": idb,
            "kind": link.kind,
            "score": link.score,
            "cover_a": round(link.alignment.cover_a, 3) if link.alignment else 1.0,
            "cover_b": round(link.alignment.cover_b, 3) if link.alignment else 1.0,
            "direction": link.direction,
            "basis": link.basis,
            "aligned": [],
            "shared_sources": _shared_speakers(brief, ida, idb),
            "discrepancies": 0,
        }
        if link.alignment is not None:
            by_i: dict[int, list[Any]] = defaultdict(list)
            for p in link.alignment.pairs:
                by_i[p.i].append(p)
            for xs, ys, kind in groups(link.alignment):
                if kind != "gap" and all(
                    a.segments[i].key == b.segments[j].key for i in xs for j in ys
                ):
                    continue  # identical passages say nothing a reader needs
                sa, ea = a.segments[xs[0]].start, a.segments[xs[-1]].end
                sb, eb = b.segments[ys[0]].start, b.segments[ys[-1]].end
                in_ys = set(ys)
                scores = [p.score for i in xs for p in by_i[i] if p.j in in_ys]
                row["aligned"].append(
                    {
                        "a": {"article": ida, "span": [sa, ea], "text": a.doc.text[sa:ea]},
                        "b": {"article": idb, "span": [sb, eb], "text": b.doc.text[sb:eb]},
                        "score": round(max(scores), 3) if scores else 0.0,
                        "by": "position" if kind == "gap" else "similarity",
                    }
                )
            found = list(compare(a, b, link.alignment, brief.result(ida), brief.result(idb)))
            for item in found:
                item["link"] = [ida, idb]
            row["discrepancies"] = len(found)
            discrepancies.extend(found)
        rows.append(row)
    rows.sort(key=lambda r: (_link_rank(r), r["a"], r["b"]))
    return rows, discrepancies


def _link_rank(row: dict[str, Any]) -> int:
    return {"retelling": 0, "near-duplicate": 1, "duplicate": 2}.get(row["kind"], 3)


def _shared_speakers(brief: Brief, ida: str, idb: str) -> list[str]:
    def speakers(article_id: str) -> set[str]:
        result = brief.result(article_id)
        return {c.speaker for c in result.claims if c.speaker and c.speaker != "author"}

    return sorted(speakers(ida) & speakers(idb))


def _cited_outlets(brief: Brief, texts: list[Any]) -> dict[str, list[str]]:
    """Each outlet an article comes from, with the articles that come from it or name it."""
    outlets: dict[str, set[str]] = defaultdict(set)
    for result in brief.results:
        if result.article.source:
            outlets[result.article.source].add(result.article.id)
    out = {}
    for outlet, ids in outlets.items():
        words = [
            w
            for w in re.findall(r"[A-Z][\w'-]{3,}", outlet)
            if w.lower() not in ("daily", "news", "times", "post")
        ]
        if not words:
            continue
        # A word of letters and digits only is found whole when it is one of the body's runs
        # of such characters; another ("O'Neill") is searched for.
        plain = [w for w in words if _RUN.fullmatch(w)]
        patterns = [re.compile(rf"\b{re.escape(w)}\b") for w in words if not _RUN.fullmatch(w)]
        naming = set(ids)
        for text in texts:
            span = text.doc.body
            if all(w in _runs(text) for w in plain) and all(
                p.search(text.doc.normalized, span.start, span.end) for p in patterns
            ):
                naming.add(text.article.id)
        out[outlet] = sorted(naming)
    return out


_RUN = re.compile(r"\w+")


def _runs(text: Any) -> set[str]:
    """The body's runs of word characters (a run the body opens inside of left out), once per
    article."""
    found = text.cache.get("runs")
    if found is None:
        source, span = text.doc.normalized, text.doc.body
        start = span.start
        if start > 0 and _RUN.match(source, start - 1):
            partial = _RUN.match(source, start)
            start = partial.end() if partial else start
        found = text.cache["runs"] = set(_RUN.findall(source, start, span.end))
    return found
