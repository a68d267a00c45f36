"""What every format shares: short article labels, evidence in its sentence, readable values."""

from __future__ import annotations

import re
from typing import Any

from geobrief import Brief

__all__ = ["Context", "article_labels", "context", "describe_discrepancy", "fmt_number", "summary"]


def article_labels(brief: Brief) -> dict[str, str]:
    """Short labels for articles: the part of each id before its first ``_`` when that part is
    unique to it (``001`` for ``001_3bacc65575a7848f``), else the whole id."""
    ids = [a.id for a in brief.articles]
    heads = [i.split("_", 1)[0] for i in ids]
    if len(set(heads)) == len(heads) and all(heads):
        return dict(zip(ids, heads, strict=True))
    return {i: i for i in ids}


class Context:
    """A span shown in its sentence: ``before``, ``mark`` and ``after``."""

    __slots__ = ("after", "before", "mark")

    def __init__(self, before: str, mark: str, after: str) -> None:
        self.before, self.mark, self.after = before, mark, after


_SPACE = re.compile(r"\s+")


def context(brief: Brief, evidence: dict[str, Any], limit: int = 240) -> Context:
    """The sentence(s) around an evidence span, with the span itself apart."""
    result = brief.result(evidence["article"])
    start, end = evidence["span"]
    if result is None:
        return Context("", evidence.get("text", ""), "")
    text = result.article.text
    doc = brief.doc(result.article.id)
    first = doc.sentence_at(start)
    last = doc.sentence_at(max(start, end - 1))
    around_s = first.start if first is not None else max(0, start - limit // 2)
    around_e = last.end if last is not None else min(len(text), end + limit // 2)
    s = max(around_s, start - limit)
    e = min(around_e, end + limit)
    before = _SPACE.sub(" ", text[s:start]).lstrip()
    after = _SPACE.sub(" ", text[end:e]).rstrip()
    if s > around_s or (first is None and s > 0):
        before = "…" + before
    if e < around_e or (last is None and e < len(text)):
        after = after + "…"
    return Context(before, _SPACE.sub(" ", text[start:end]), after)


def fmt_number(value: float | None) -> str:
    """A number as a reader writes it: 800,000; 2.5; 500,000,000,000."""
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6g}" if abs(value) < 1e6 else f"{value:,.0f}"


_KINDS = {
    "date": "changed date",
    "number": "changed number",
    "name": "changed name",
    "polarity": "flipped polarity",
    "speaker": "claim moved to another speaker",
    "figure-conflict": "conflicting figures",
    "relation-conflict": "conflicting relationships",
}


def describe_discrepancy(item: dict[str, Any]) -> str:
    """One line saying what changed."""
    kind = item["kind"]
    label = _KINDS.get(kind, kind)
    if kind == "polarity":
        sides = [
            ("negated: " + ", ".join(f"“{c}”" for c in item.get(k, [])))
            if item.get(k)
            else "not negated"
            for k in ("a_cues", "b_cues")
        ]
        return f"{label} ({sides[0]} / {sides[1]})"
    if kind == "speaker":
        return f"{label} ({item.get('a_speaker')} / {item.get('b_speaker')})"
    if kind == "figure-conflict":
        return f"{label}: {item.get('counted')} ({item.get('unit')})"
    if kind == "relation-conflict":
        return f"{label}: {item.get('relation')} ({item.get('reason')})"
    return label


def summary(brief: Brief) -> list[tuple[str, int]]:
    """Counts for the head of the document."""

    def size(section_id: str) -> int:
        section = brief.section(section_id)
        if section is None:
            return 0
        data = section.data
        if isinstance(data, dict):
            return len(data.get("links", data.get("cells", ())))
        return len(data or ())

    return [
        ("articles", len(brief.results)),
        ("links", size("links")),
        ("discrepancies", size("discrepancies")),
        ("corroborated", size("corroboration")),
        ("actors", size("actors")),
        (
            "claims",
            sum(
                len(g["claims"])
                for g in (brief.section("claims").data if brief.section("claims") else [])
            ),
        ),
        ("relationships", size("relationships")),
        ("errors", len(brief.errors) + sum(len(r.errors) for r in brief.results)),
    ]
