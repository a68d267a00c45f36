"""The brief as one self-contained HTML page: inline style, inline SVG pictures, no script and a
content security policy that forbids any. Every piece of article text is escaped."""

from __future__ import annotations

import json
from html import escape
from typing import Any

from geobrief import Brief

from .common import article_labels, context, describe_discrepancy, fmt_number, summary
from .svg import graph_svg, timeline_svg

__all__ = ["render_html"]

STYLE = """
:root { --ink: #1d232a; --muted: #5b6670; --line: #d9dee3; --soft: #f4f6f8; --accent: #1f4e9c;
  --mark: #ffe58a; --a: #e8f1ff; --b: #fff1e6; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--ink); background: #fff; }
header { padding: 28px 40px 18px; background: var(--soft); border-bottom: 1px solid var(--line); }
h1 { margin: 0 0 6px; font-size: 26px; }
h2 { margin: 36px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); font-size: 20px; }
h3 { margin: 22px 0 8px; font-size: 16px; }
main { padding: 0 40px 60px; max-width: 1280px; }
.counts { display: flex; flex-wrap: wrap; gap: 10px; margin: 10px 0 4px; padding: 0; list-style: none; }
.counts li { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 4px 10px; }
.counts b { font-size: 17px; margin-right: 4px; }
nav a { margin-right: 14px; color: var(--accent); text-decoration: none; font-size: 14px; }
nav a:hover { text-decoration: underline; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 14px; font-size: 14px; }
th, td { border: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
th { background: var(--soft); font-weight: 600; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.tag { display: inline-block; padding: 0 7px; border-radius: 10px; font-size: 12px;
  background: var(--soft); border: 1px solid var(--line); white-space: nowrap; }
.tag.retelling { background: #fff1e6; border-color: #f0b27a; }
.tag.duplicate, .tag.near-duplicate { background: #eef2ff; border-color: #9db3e8; }
.art { font: 12px ui-monospace, monospace; color: var(--muted); white-space: nowrap; }
mark { background: var(--mark); padding: 0 1px; border-radius: 2px; }
.ctx { color: #38424c; }
details.ev summary { cursor: pointer; }
details.ev p { margin: 4px 0 0; padding: 6px 8px; background: var(--soft); border-radius: 4px; }
.cards { display: grid; gap: 12px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
.card h3 { margin: 0 0 8px; font-size: 15px; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; }
.side { padding: 8px 10px; border-radius: 6px; }
.side.a { background: var(--a); } .side.b { background: var(--b); }
.side .who { font-size: 12px; color: var(--muted); margin-bottom: 3px; }
figure { margin: 8px 0 18px; border: 1px solid var(--line); border-radius: 8px; padding: 8px; }
figcaption { font-size: 13px; color: var(--muted); padding: 4px 6px 0; }
svg text { font: 12px system-ui, sans-serif; fill: var(--ink); }
svg .edge-label { font-size: 11px; paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
svg .legend { font-size: 12px; fill: var(--muted); }
svg .node circle { fill: #fff; stroke: var(--ink); stroke-width: 1.5; }
svg .node.state circle { fill: #dbe7fb; } svg .node.person circle { fill: #fde2cf; }
svg .node.organization circle, svg .node.bloc circle { fill: #d8f0e6; }
svg .node.group circle { fill: #eadcf5; }
svg .edge:hover { opacity: 0.7; }
svg .axis { stroke: var(--ink); stroke-width: 1.2; } svg .tick { stroke: var(--line); }
svg .lane { stroke: #eceff2; stroke-width: 10; stroke-linecap: round; }
svg .point { fill: var(--accent); stroke: #fff; stroke-width: 1.5; }
svg .point:hover { fill: #c0392b; } svg .period { fill: var(--accent); opacity: 0.55; }
svg .tick-label { fill: var(--muted); } svg .lane-label { font-family: ui-monospace, monospace; }
svg .empty { fill: var(--muted); }
.muted { color: var(--muted); }
.pos { color: #1b7f6b; font-weight: 600; } .neg { color: #c0392b; font-weight: 600; }
ul.errors { color: #8a1c1c; }
pre { background: var(--soft); padding: 10px; overflow: auto; white-space: pre-wrap; }
@media (max-width: 800px) { .pair { grid-template-columns: 1fr; } main, header { padding-left: 14px; padding-right: 14px; } }
"""

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


def e(value: Any) -> str:
    return escape("" if value is None else str(value), quote=True)


class _Writer:
    def __init__(self, brief: Brief) -> None:
        self.brief = brief
        self.labels = article_labels(brief)

    def art(self, article_id: str) -> str:
        return f'<span class="art" title="{e(article_id)}">{e(self.labels.get(article_id, article_id))}</span>'

    def in_context(self, evidence: dict[str, Any]) -> str:
        ctx = context(self.brief, evidence)
        return f'<span class="ctx">{e(ctx.before)}<mark>{e(ctx.mark)}</mark>{e(ctx.after)}</span>'

    def evidence(self, evidence: dict[str, Any], label: str | None = None) -> str:
        """A span that opens onto its sentence."""
        shown = label if label is not None else e(evidence["text"])
        return (
            f'<details class="ev"><summary>{shown} {self.art(evidence["article"])}</summary>'
            f"<p>{self.in_context(evidence)}</p></details>"
        )

    @staticmethod
    def table(headers: list[str], rows: list[list[str]], numeric: tuple[int, ...] = ()) -> str:
        if not rows:
            return '<p class="muted">None.</p>'
        head = "".join(f"<th>{h}</th>" for h in headers)
        body = "".join(
            "<tr>"
            + "".join(
                f'<td class="num">{cell}</td>' if k in numeric else f"<td>{cell}</td>"
                for k, cell in enumerate(row)
            )
            + "</tr>"
            for row in rows
        )
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"

    # -- sections ----------------------------------------------------------------------------

    def articles(self, data: list[dict[str, Any]]) -> str:
        rows = [
            [
                self.art(r["id"]),
                e(r["title"] or "(no title)"),
                e(r["source"] or "–"),
                e(r["author"] or "–"),
                e(r["published"] or "–"),
                str(r["words"]),
                self.art(r["group"]),
            ]
            for r in data
        ]
        return (
            self.table(
                ["Article", "Title", "Source", "Author", "Published", "Words", "Group"], rows, (5,)
            )
            + '<p class="muted">Articles in one group retell or duplicate each other; hover a label for the full id.</p>'
        )

    def links(self, data: list[dict[str, Any]]) -> str:
        if not data:
            return '<p class="muted">No article retells or duplicates another.</p>'
        out = [
            self.table(
                [
                    "Original",
                    "Retold in",
                    "Kind",
                    "Score",
                    "Covered",
                    "Direction from",
                    "Discrepancies",
                ],
                [
                    [
                        self.art(r["a"]),
                        self.art(r["b"]),
                        f'<span class="tag {e(r["kind"])}">{e(r["kind"])}</span>',
                        f"{r['score']:.3f}",
                        f"{r['cover_a']:.0%} / {r['cover_b']:.0%}",
                        e(r["basis"] or "undetermined"),
                        str(r["discrepancies"]),
                    ]
                    for r in data
                ],
                (3, 6),
            )
        ]
        for r in data:
            if not r["aligned"]:
                continue
            a, b = self.labels.get(r["a"], r["a"]), self.labels.get(r["b"], r["b"])
            title = (
                f"{e(b)} retells {e(a)}"
                if r["direction"] != "undetermined"
                else f"{e(a)} and {e(b)}"
            )
            out.append(
                f"<details><summary><b>{title}</b>: {len(r['aligned'])} aligned passages</summary>"
            )
            if r["shared_sources"]:
                out.append(f"<p>Both quote: {e(', '.join(r['shared_sources']))}.</p>")
            out.append(
                self.table(
                    [e(a), e(b), "Similarity"],
                    [
                        [
                            e(p["a"]["text"]),
                            e(p["b"]["text"]),
                            "by position" if p["by"] == "position" else f"{p['score']:.2f}",
                        ]
                        for p in r["aligned"]
                    ],
                    (2,),
                )
            )
            out.append("</details>")
        return "\n".join(out)

    def discrepancies(self, data: list[dict[str, Any]]) -> str:
        if not data:
            return '<p class="muted">No discrepancy found.</p>'
        cards = []
        for item in data:
            link = item.get("link")
            where = (
                f"between {self.art(link[0])} and {self.art(link[1])}"
                if link
                else "across independent articles"
            )
            cards.append(
                f'<div class="card {e(item["kind"])}"><h3>{e(_upper_first(describe_discrepancy(item)))} '
                f'<span class="muted">{where}</span></h3><div class="pair">'
                f'<div class="side a"><div class="who">{self.art(item["a"]["article"])}</div>{self.in_context(item["a"])}</div>'
                f'<div class="side b"><div class="who">{self.art(item["b"]["article"])}</div>{self.in_context(item["b"])}</div>'
                "</div></div>"
            )
        return '<div class="cards">' + "\n".join(cards) + "</div>"

    def corroboration(self, data: list[dict[str, Any]]) -> str:
        if not data:
            return '<p class="muted">Nothing is stated by two independent articles.</p>'
        return self.table(
            ["Kind", "Statement", "Stated in"],
            [
                [
                    e(item["kind"]),
                    e(item["summary"]),
                    "".join(self.evidence(ev) for ev in item["evidence"]),
                ]
                for item in data
            ],
        )

    def actors(self, data: list[dict[str, Any]]) -> str:
        rows = []
        for rank, r in enumerate(data, 1):
            forms = "; ".join(f"{form}: {', '.join(texts)}" for form, texts in r["forms"].items())
            rows.append(
                [
                    str(rank),
                    f'{e(r["name"])} <span class="art">{e(r["id"])}</span>',
                    e(r["kind"]),
                    e(r["country"] or "–"),
                    str(r["mentions"]),
                    " ".join(self.art(a) for a in r["articles"]) or "–",
                    e(forms) or "–",
                ]
            )
        return self.table(
            ["#", "Actor", "Kind", "Country", "Mentions", "Articles", "Forms"], rows, (0, 4)
        )

    def claims(self, data: list[dict[str, Any]]) -> str:
        if not data:
            return '<p class="muted">No attributed claim.</p>'
        out = []
        for group in data:
            n = len(group["claims"])
            out.append(
                f'<h3>{e(group["name"])} <span class="muted">{n} claim{"s" if n != 1 else ""}</span></h3>'
            )
            out.append(
                self.table(
                    ["Article", "How", "Cue", "Claim"],
                    [
                        [
                            self.art(c["article"]),
                            ("direct" if c["direct"] else "reported")
                            + ("" if c["modality"] == "asserted" else f", {e(c['modality'])}"),
                            e(c["cue"] or "–"),
                            self.evidence(c),
                        ]
                        for c in group["claims"]
                    ],
                )
            )
        return "\n".join(out)

    def relationships(self, data: dict[str, Any]) -> str:
        names = {n["id"]: n.get("name", n["id"]) for n in data["nodes"]}
        picture = (
            f"<figure>{graph_svg(data)}<figcaption>Arrows run from the actor that acts to the one "
            "it acts on; thicker arrows have more evidence, dashed ones are negated.</figcaption></figure>"
        )
        rows = [
            [
                e(names.get(x["source"], x["source"])),
                ("not " if x["negated"] else "")
                + e(x["type"])
                + (' <span class="tag">standing</span>' if x["standing"] else ""),
                e(names.get(x["target"], x["target"])),
                str(x["weight"]),
                "".join(self.evidence(ev) for ev in x["evidence"][:3]),
            ]
            for x in data["links"]
        ]
        return picture + self.table(
            ["Source", "Relation", "Target", "Evidence", "For example"], rows, (3,)
        )

    def stances(self, data: dict[str, Any]) -> str:
        if not data["cells"]:
            return '<p class="muted">No stance found.</p>'
        cells = {(c["holder"], c["target"]): c for c in data["cells"]}
        rows = []
        for holder in data["holders"]:
            row = [e(holder["name"])]
            for target in data["targets"]:
                cell = cells.get((holder["id"], target["id"]))
                if cell is None:
                    row.append("")
                    continue
                cls = (
                    "pos"
                    if cell["polarity"] > 0.05
                    else "neg"
                    if cell["polarity"] < -0.05
                    else "muted"
                )
                row.append(
                    f'<details class="ev"><summary><span class="{cls}">{cell["polarity"]:+.2f}</span> '
                    f'<span class="muted">({cell["n"]})</span></summary>'
                    + "".join(
                        f"<p>{self.art(ev['article'])} {self.in_context(ev)}</p>"
                        for ev in cell["evidence"][:4]
                    )
                    + "</details>"
                )
            rows.append(row)
        return self.table(["Holder \\ target", *(e(t["name"]) for t in data["targets"])], rows) + (
            '<p class="muted">Polarity from −1 (hostile) to +1 (favourable); open a cell for its evidence.</p>'
        )

    def figures(self, data: list[dict[str, Any]]) -> str:
        rows = [
            [
                e(
                    fmt_number(r["value"])
                    + (f"–{fmt_number(r['value_max'])}" if r["value_max"] is not None else "")
                ),
                e(r["unit"]),
                e(r["counted"] or "–"),
                e(r["qualifier"] or "–"),
                self.art(r["article"]),
                self.in_context(r),
            ]
            for r in data
        ]
        return self.table(
            ["Value", "Unit", "Counted", "Qualifier", "Article", "Context"], rows, (0,)
        )

    def timeline(self, data: list[dict[str, Any]]) -> str:
        picture = (
            f"<figure>{timeline_svg(data, self.labels)}<figcaption>Each dot is a dated reference; "
            "hover it for the clause it dates.</figcaption></figure>"
        )
        rows = [
            [
                e(r["key"] or "unresolved"),
                e(r["text"]),
                self.art(r["article"]),
                self.evidence(r["clause"], e(r["clause"]["text"])),
            ]
            for r in data
        ]
        return picture + self.table(["When", "Written", "Article", "What it dates"], rows)

    def sources(self, data: list[dict[str, Any]]) -> str:
        if not data:
            return '<p class="muted">No source is shared by two articles.</p>'
        return self.table(
            ["Source", "Kind", "Articles", "Independent groups"],
            [
                [
                    e(r["source"]),
                    e(r["kind"]),
                    " ".join(self.art(a) for a in r["articles"]),
                    str(r["independent"]),
                ]
                for r in data
            ],
            (3,),
        )

    def generic(self, data: Any) -> str:
        if isinstance(data, list) and data and all(isinstance(r, dict) for r in data):
            keys = list(dict.fromkeys(k for r in data for k in r))
            return self.table(
                [e(k) for k in keys],
                [[e(_flat(r.get(k))) for k in keys] for r in data],
            )
        return f"<pre>{e(json.dumps(data, ensure_ascii=False, indent=1))}</pre>"


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _flat(value: Any) -> str:
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else str(value)


_BUNDLED = {
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
}


def render_html(brief: Brief) -> str:
    writer = _Writer(brief)
    n = len(brief.results)
    title = f"Brief of {n} article{'s' if n != 1 else ''}"
    counts = "".join(f"<li><b>{value}</b>{e(label)}</li>" for label, value in summary(brief))
    nav = "".join(f'<a href="#{e(s.id)}">{e(s.title)}</a>' for s in brief.sections)
    body = []
    for section in brief.sections:
        handler = getattr(writer, section.id, None) if section.id in _BUNDLED else None
        content = handler(section.data) if handler else writer.generic(section.data)
        body.append(
            f'<section id="{e(section.id)}"><h2>{e(section.title)}</h2>\n{content}\n</section>'
        )
    errors = [*brief.errors, *(x for r in brief.results for x in r.errors)]
    if errors:
        items = "".join(f"<li>{e(x.describe())}</li>" for x in errors)
        body.append(
            f'<section id="errors"><h2>Errors</h2><ul class="errors">{items}</ul></section>'
        )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="geobrief">\n'
        f"<title>{e(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f'<header><h1>{e(title)}</h1><ul class="counts">{counts}</ul><nav>{nav}</nav></header>\n'
        "<main>\n" + "\n".join(body) + "\n</main>\n</body>\n</html>\n"
    )
