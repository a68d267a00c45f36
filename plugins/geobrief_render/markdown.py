"""The brief as GitHub-flavoured Markdown: a heading per section, tables for the rows."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from geobrief import Brief, BriefSection

from .common import article_labels, context, describe_discrepancy, fmt_number, summary

__all__ = ["render_markdown"]

_ESCAPES = str.maketrans(
    {
        "\\": "\\\\",
        "|": "\\|",
        "*": "\\*",
        "_": "\\_",
        "`": "\\`",
        "[": "\\[",
        "]": "\\]",
        "<": "&lt;",
        ">": "&gt;",
        "#": "\\#",
        "\n": " ",
        "\r": " ",
    }
)


def esc(value: Any) -> str:
    """Text safe inside a Markdown table cell: markup characters escaped, HTML neutralised."""
    if value is None:
        return ""
    return " ".join(str(value).translate(_ESCAPES).split())


def table(headers: list[str], rows: list[list[str]]) -> list[str]:
    if not rows:
        return ["_None._", ""]
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join(" --- " for _ in headers) + "|"]
    lines.extend("| " + " | ".join(row) + " |" for row in rows)
    lines.append("")
    return lines


class _Writer:
    def __init__(self, brief: Brief) -> None:
        self.brief = brief
        self.labels = article_labels(brief)

    def label(self, article_id: str) -> str:
        return esc(self.labels.get(article_id, article_id))

    def quote(self, evidence: dict[str, Any]) -> str:
        """An evidence span in its sentence, the span in bold."""
        ctx = context(self.brief, evidence)
        before, after = ctx.before.translate(_ESCAPES), ctx.after.translate(_ESCAPES)
        return f"{before}**{esc(ctx.mark)}**{after}".strip()

    # -- sections ----------------------------------------------------------------------------

    def articles(self, data: list[dict[str, Any]]) -> list[str]:
        rows = [
            [
                f"`{esc(r['id'])}`" if self.labels[r["id"]] == r["id"] else self.label(r["id"]),
                esc(r["title"] or "(no title)"),
                esc(r["source"] or "-"),
                esc(r["author"] or "-"),
                esc(r["published"] or "-"),
                str(r["words"]),
                self.label(r["group"]),
            ]
            for r in data
        ]
        notes = []
        if any(self.labels[r["id"]] != r["id"] for r in data):
            notes = [
                "Articles are labelled by the start of their id: "
                + ", ".join(f"{self.label(r['id'])} = `{esc(r['id'])}`" for r in data)
                + ". Articles in one group retell or duplicate each other.",
                "",
            ]
        return [
            *table(["Article", "Title", "Source", "Author", "Published", "Words", "Group"], rows),
            *notes,
        ]

    def links(self, data: list[dict[str, Any]]) -> list[str]:
        if not data:
            return ["_No article retells or duplicates another._", ""]
        lines = table(
            [
                "Original",
                "Retold in",
                "Kind",
                "Score",
                "Covered (original / retelling)",
                "Direction from",
                "Discrepancies",
            ],
            [
                [
                    self.label(r["a"]),
                    self.label(r["b"]),
                    esc(r["kind"]),
                    f"{r['score']:.3f}",
                    f"{r['cover_a']:.0%} / {r['cover_b']:.0%}",
                    esc(r["basis"] or "undetermined"),
                    str(r["discrepancies"]),
                ]
                for r in data
            ],
        )
        for r in data:
            if not r["aligned"]:
                continue
            lines.append(
                f"### {self.label(r['b'])} retells {self.label(r['a'])}: aligned passages"
                if r["direction"] != "undetermined"
                else f"### {self.label(r['a'])} and {self.label(r['b'])}: aligned passages"
            )
            lines.append("")
            if r["shared_sources"]:
                lines += [f"Both quote: {esc(', '.join(r['shared_sources']))}.", ""]
            lines += table(
                [self.label(r["a"]), self.label(r["b"]), "Similarity"],
                [
                    [
                        esc(p["a"]["text"]),
                        esc(p["b"]["text"]),
                        "by position" if p["by"] == "position" else f"{p['score']:.2f}",
                    ]
                    for p in r["aligned"]
                ],
            )
        return lines

    def discrepancies(self, data: list[dict[str, Any]]) -> list[str]:
        if not data:
            return ["_No discrepancy found._", ""]
        rows = []
        for item in data:
            rows.append(
                [
                    esc(describe_discrepancy(item)),
                    f"{self.label(item['a']['article'])}: {self.quote(item['a'])}",
                    f"{self.label(item['b']['article'])}: {self.quote(item['b'])}",
                ]
            )
        return table(["What", "One says", "The other says"], rows)

    def corroboration(self, data: list[dict[str, Any]]) -> list[str]:
        if not data:
            return ["_Nothing is stated by two independent articles._", ""]
        rows = [
            [
                esc(item["kind"]),
                esc(item["summary"]),
                "; ".join(
                    f"{self.label(e['article'])}: {esc(e['text'])}" for e in item["evidence"]
                ),
            ]
            for item in data
        ]
        return table(["Kind", "Statement", "Stated in"], rows)

    def actors(self, data: list[dict[str, Any]]) -> list[str]:
        rows = []
        for rank, r in enumerate(data, 1):
            forms = "; ".join(f"{form}: {', '.join(texts)}" for form, texts in r["forms"].items())
            rows.append(
                [
                    str(rank),
                    f"{esc(r['name'])} (`{esc(r['id'])}`)",
                    esc(r["kind"]),
                    esc(r["country"] or "-"),
                    str(r["mentions"]),
                    ", ".join(self.label(a) for a in r["articles"]) or "-",
                    esc(forms) or "-",
                ]
            )
        return table(["#", "Actor", "Kind", "Country", "Mentions", "Articles", "Forms"], rows)

    def claims(self, data: list[dict[str, Any]]) -> list[str]:
        if not data:
            return ["_No attributed claim._", ""]
        lines = []
        for group in data:
            n = len(group["claims"])
            lines += [f"### {esc(group['name'])} ({n} claim{'s' if n != 1 else ''})", ""]
            lines += table(
                ["Article", "How", "Cue", "Claim"],
                [
                    [
                        self.label(c["article"]),
                        ("direct" if c["direct"] else "reported")
                        + ("" if c["modality"] == "asserted" else f", {esc(c['modality'])}"),
                        esc(c["cue"] or "-"),
                        esc(c["text"]),
                    ]
                    for c in group["claims"]
                ],
            )
        return lines

    def relationships(self, data: dict[str, Any]) -> list[str]:
        names = {n["id"]: n.get("name", n["id"]) for n in data["nodes"]}
        rows = [
            [
                esc(names.get(e["source"], e["source"])),
                ("not " if e["negated"] else "")
                + esc(e["type"])
                + (" (standing)" if e["standing"] else ""),
                esc(names.get(e["target"], e["target"])),
                str(e["weight"]),
                ", ".join(self.label(a) for a in e["articles"]),
                esc(e["evidence"][0]["text"]) if e["evidence"] else "",
            ]
            for e in data["links"]
        ]
        return table(["Source", "Relation", "Target", "Evidence", "Articles", "For example"], rows)

    def stances(self, data: dict[str, Any]) -> list[str]:
        if not data["cells"]:
            return ["_No stance found._", ""]
        cells = {(c["holder"], c["target"]): c for c in data["cells"]}
        header = ["Holder \\ target", *(esc(t["name"]) for t in data["targets"])]
        rows = []
        for holder in data["holders"]:
            row = [esc(holder["name"])]
            for target in data["targets"]:
                cell = cells.get((holder["id"], target["id"]))
                row.append(f"{cell['polarity']:+.2f} ({cell['n']})" if cell else "")
            rows.append(row)
        return [
            *table(header, rows),
            "Polarity from -1 (hostile) to +1 (favourable), with the number of evidence spans.",
            "",
        ]

    def figures(self, data: list[dict[str, Any]]) -> list[str]:
        rows = [
            [
                esc(
                    fmt_number(r["value"])
                    + (f"–{fmt_number(r['value_max'])}" if r["value_max"] is not None else "")
                ),
                esc(r["unit"]),
                esc(r["counted"] or "-"),
                esc(r["qualifier"] or "-"),
                self.label(r["article"]),
                self.quote(r),
            ]
            for r in data
        ]
        return table(["Value", "Unit", "Counted", "Qualifier", "Article", "Context"], rows)

    def timeline(self, data: list[dict[str, Any]]) -> list[str]:
        rows = [
            [
                esc(r["key"] or "unresolved"),
                esc(r["text"]),
                self.label(r["article"]),
                esc(r["clause"]["text"]),
            ]
            for r in data
        ]
        return table(["When", "Written", "Article", "What it dates"], rows)

    def sources(self, data: list[dict[str, Any]]) -> list[str]:
        if not data:
            return ["_No source is shared by two articles._", ""]
        rows = [
            [
                esc(r["source"]),
                esc(r["kind"]),
                ", ".join(self.label(a) for a in r["articles"]),
                str(r["independent"]),
            ]
            for r in data
        ]
        return table(["Source", "Kind", "Articles", "Independent groups"], rows)

    def generic(self, data: Any) -> list[str]:
        if isinstance(data, list) and data and all(isinstance(r, dict) for r in data):
            keys = list(dict.fromkeys(k for r in data for k in r))
            return table(
                [esc(k) for k in keys],
                [[esc(_flat(r.get(k))) for k in keys] for r in data],
            )
        return [
            "```json",
            json.dumps(data, ensure_ascii=False, indent=1).replace("```", "` ` `"),
            "```",
            "",
        ]


def _flat(value: Any) -> str:
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else str(value)


def render_markdown(brief: Brief) -> str:
    writer = _Writer(brief)
    lines = [f"# Brief of {len(brief.results)} article{'s' if len(brief.results) != 1 else ''}", ""]
    lines += [", ".join(f"{n} {label}" for label, n in summary(brief)) + ".", ""]
    for section in brief.sections:
        lines += [f"## {esc(section.title)}", ""]
        handler: Callable[[Any], list[str]] | None = getattr(writer, section.id, None)
        if handler is None or not _is_bundled(section):
            handler = writer.generic
        lines += handler(section.data)
    errors = [*brief.errors, *(e for r in brief.results for e in r.errors)]
    if errors:
        lines += ["## Errors", ""]
        lines += [f"- {esc(e.describe())}" for e in errors]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _is_bundled(section: BriefSection) -> bool:
    return section.id in {
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
