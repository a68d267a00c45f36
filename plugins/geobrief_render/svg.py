"""Pictures as inline SVG, drawn without any script: the actor graph (a deterministic
force-directed layout) and the timeline (one lane per article)."""

from __future__ import annotations

import math
import re
from html import escape
from typing import Any

__all__ = ["graph_svg", "timeline_svg", "year_of"]

COOPERATIVE = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST"}
)
COLOURS = {
    "cooperative": "#1b7f6b",
    "hostile": "#c0392b",
    "ALLY": "#1f4e9c",
    "RIVAL": "#b35900",
}
MAX_NODES = 40


def _class(edge: dict[str, Any]) -> str:
    if edge["type"] in ("ALLY", "RIVAL"):
        return edge["type"]
    return "cooperative" if edge["type"] in COOPERATIVE else "hostile"


def _layout(
    nodes: list[str], edges: list[tuple[str, str, float]], width: float, height: float
) -> dict[str, tuple[float, float]]:
    """Fruchterman-Reingold from a circle, a fixed number of cooling steps: the same graph is
    always drawn the same way."""
    n = len(nodes)
    if n == 0:
        return {}
    cx, cy = width / 2, height / 2
    radius = min(width, height) * 0.38
    pos = {
        node: [
            cx + radius * math.cos(2 * math.pi * k / n - math.pi / 2),
            cy + radius * math.sin(2 * math.pi * k / n - math.pi / 2),
        ]
        for k, node in enumerate(nodes)
    }
    if n == 1:
        return {nodes[0]: (cx, cy)}
    k = math.sqrt(width * height / n) * 0.9
    temperature = width / 8
    for _ in range(150):
        shift = {node: [0.0, 0.0] for node in nodes}
        for x in range(n):
            u = nodes[x]
            for y in range(x + 1, n):
                v = nodes[y]
                dx = pos[u][0] - pos[v][0]
                dy = pos[u][1] - pos[v][1]
                d = math.hypot(dx, dy) or 0.01
                force = k * k / d
                shift[u][0] += dx / d * force
                shift[u][1] += dy / d * force
                shift[v][0] -= dx / d * force
                shift[v][1] -= dy / d * force
        for u, v, w in edges:
            if u == v:
                continue
            dx = pos[u][0] - pos[v][0]
            dy = pos[u][1] - pos[v][1]
            d = math.hypot(dx, dy) or 0.01
            force = d * d / k * (1 + math.log(w))
            shift[u][0] -= dx / d * force
            shift[u][1] -= dy / d * force
            shift[v][0] += dx / d * force
            shift[v][1] += dy / d * force
        for node in nodes:
            dx, dy = shift[node]
            d = math.hypot(dx, dy) or 0.01
            step = min(d, temperature)
            pos[node][0] += dx / d * step
            pos[node][1] += dy / d * step
            # gravity keeps loose parts in view
            pos[node][0] += (cx - pos[node][0]) * 0.02
            pos[node][1] += (cy - pos[node][1]) * 0.02
        temperature *= 0.96
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    margin = 70
    span_x = (max(xs) - min(xs)) or 1.0
    span_y = (max(ys) - min(ys)) or 1.0
    return {
        node: (
            margin + (p[0] - min(xs)) / span_x * (width - 2 * margin),
            margin * 0.6 + (p[1] - min(ys)) / span_y * (height - 1.4 * margin),
        )
        for node, p in pos.items()
    }


def graph_svg(data: dict[str, Any], width: int = 900, height: int = 560) -> str:
    """The relationship graph (node-link data) as an SVG element."""
    weight: dict[str, float] = {}
    for e in data["links"]:
        weight[e["source"]] = weight.get(e["source"], 0) + e["weight"]
        weight[e["target"]] = weight.get(e["target"], 0) + e["weight"]
    kept = sorted(weight, key=lambda n: (-weight[n], n))[:MAX_NODES]
    keep = set(kept)
    info = {n["id"]: n for n in data["nodes"]}
    edges = [e for e in data["links"] if e["source"] in keep and e["target"] in keep]
    order = sorted(kept)
    pos = _layout(order, [(e["source"], e["target"], e["weight"]) for e in edges], width, height)
    out = [
        f'<svg id="graph" class="graph" role="img" aria-labelledby="graph-title" viewBox="0 0 {width} {height}" '
        f'width="100%" xmlns="http://www.w3.org/2000/svg">',
        '<title id="graph-title">Relationships between actors</title>',
        "<defs>",
    ]
    for name, colour in sorted(COLOURS.items()):
        out.append(
            f'<marker id="arrow-{name}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="11" '
            f'markerHeight="11" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="{colour}"/></marker>'
        )
    out.append("</defs>")
    if not edges:
        out.append(
            f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle" class="empty">No relationship was found.</text>'
        )
    radius = {n: 8 + 2.5 * math.sqrt(weight.get(n, 1)) for n in kept}
    # One arrow per direction between two actors: coloured by the kind of most of its evidence,
    # as thick as all of it, labelled with its commonest types; the table lists every tie.
    bundles: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for edge in edges:
        bundles.setdefault((edge["source"], edge["target"]), []).append(edge)
    labels_out = []
    for (u, v), bundle in sorted(bundles.items()):
        total = sum(x["weight"] for x in bundle)
        by_class: dict[str, int] = {}
        for x in bundle:
            by_class[_class(x)] = by_class.get(_class(x), 0) + x["weight"]
        cls = sorted(by_class.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        colour = COLOURS[cls]
        negated = all(x["negated"] for x in bundle)
        ranked = sorted(bundle, key=lambda x: (-x["weight"], x["type"], x["negated"]))
        names = [("not " if x["negated"] else "") + x["type"].lower() for x in ranked]
        short = ", ".join(names[:2]) + (f" +{len(names) - 2}" if len(names) > 2 else "")
        (x1, y1), (x2, y2) = pos[u], pos[v]
        dx, dy = x2 - x1, y2 - y1
        d = math.hypot(dx, dy) or 1.0
        sx, sy = x1 + dx / d * radius[u], y1 + dy / d * radius[u]
        ex, ey = x2 - dx / d * (radius[v] + 2), y2 - dy / d * (radius[v] + 2)
        bend = 18 if (v, u) in bundles else 0
        mx, my = (sx + ex) / 2 - dy / d * bend, (sy + ey) / 2 + dx / d * bend
        width_px = 1.3 + 1.6 * math.log(1 + total)
        dash = ' stroke-dasharray="7 5"' if negated else ""
        detail = "; ".join(f"{n} ({x['weight']})" for n, x in zip(names, ranked, strict=True))
        label = f"{info.get(u, {}).get('name', u)} → {info.get(v, {}).get('name', v)}: {detail}"
        out.append(
            f'<path class="edge {cls.lower()}{" negated" if negated else ""}" '
            f'd="M{sx:.1f},{sy:.1f} Q{mx:.1f},{my:.1f} {ex:.1f},{ey:.1f}" fill="none" '
            f'stroke="{colour}" stroke-width="{width_px:.2f}"{dash} marker-end="url(#arrow-{cls})">'
            f"<title>{escape(label)}</title></path>"
        )
        lx, ly = (sx + 2 * mx + ex) / 4, (sy + 2 * my + ey) / 4
        labels_out.append(
            f'<text class="edge-label" x="{lx:.1f}" y="{ly + 3:.1f}" text-anchor="middle" fill="{colour}">'
            f"{escape(short)}<title>{escape(label)}</title></text>"
        )
    out.extend(labels_out)
    for n in kept:
        x, y = pos[n]
        node = info.get(n, {})
        name = node.get("name", n)
        out.append(
            f'<g class="node {escape(str(node.get("kind", "")))}"><circle cx="{x:.1f}" cy="{y:.1f}" r="{radius[n]:.1f}">'
            f"<title>{escape(name)} ({escape(str(node.get('kind', '')))}"
            f"{', ' + escape(node['country']) if node.get('country') else ''})</title></circle>"
            f'<text x="{x:.1f}" y="{y + radius[n] + 13:.1f}" text-anchor="middle">{escape(name)}</text></g>'
        )
    legend_y = height - 14
    items = [
        ("cooperative", "cooperation"),
        ("hostile", "hostility"),
        ("ALLY", "ally"),
        ("RIVAL", "rival"),
    ]
    x = 12
    for cls, text in items:
        out.append(
            f'<line x1="{x}" y1="{legend_y - 4}" x2="{x + 22}" y2="{legend_y - 4}" stroke="{COLOURS[cls]}" stroke-width="3"/>'
            f'<text class="legend" x="{x + 28}" y="{legend_y}">{text}</text>'
        )
        x += 120
    out.append(
        f'<line x1="{x}" y1="{legend_y - 4}" x2="{x + 22}" y2="{legend_y - 4}" stroke="#555" stroke-width="2" stroke-dasharray="6 4"/>'
        f'<text class="legend" x="{x + 28}" y="{legend_y}">negated</text>'
    )
    out.append("</svg>")
    return "\n".join(out)


def year_of(key: str | None) -> float | None:
    """A sortable time key as a fractional year (2025-07-01 -> 2025.5)."""
    if not key:
        return None
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", key)
    if m:
        year = int(m.group(1))
        month = int(m.group(2)) if m.group(2) else 1
        day = int(m.group(3)) if m.group(3) else 1
        return year + (month - 1) / 12 + (day - 1) / 365
    m = re.match(r"(\d{4})-W(\d{2})", key)
    if m:
        return int(m.group(1)) + (int(m.group(2)) - 1) / 52
    return None


def timeline_svg(rows: list[dict[str, Any]], labels: dict[str, str], width: int = 900) -> str:
    """Resolved time references on a time axis, one lane per article."""
    points = [(year_of(r["key"]), r) for r in rows]
    points = [(y, r) for y, r in points if y is not None]
    lanes = sorted({r["article"] for _, r in points}, key=lambda a: labels.get(a, a))
    lane_height = 34
    top, left, right = 30, 110, 30
    height = top + lane_height * max(1, len(lanes)) + 46
    out = [
        f'<svg id="timeline" class="timeline" role="img" aria-labelledby="timeline-title" viewBox="0 0 {width} {height}" '
        f'width="100%" xmlns="http://www.w3.org/2000/svg">',
        '<title id="timeline-title">Time references by article</title>',
    ]
    if not points:
        out.append(
            f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle" class="empty">No dated reference.</text>'
        )
        out.append("</svg>")
        return "\n".join(out)
    instants = [y for y, r in points if not (r.get("end") and (year_of(r["end"]) or y) > y)]
    domain = instants or [y for y, _ in points]
    low = math.floor(min(domain))
    high = math.floor(max(domain)) + 1
    span = max(high - low, 1)
    step = 1 if span <= 12 else 2 if span <= 24 else 5 if span <= 60 else 10 if span <= 120 else 50
    inner = width - left - right

    def x_of(year: float) -> float:
        return left + (year - low) / span * inner

    axis_y = top + lane_height * len(lanes) + 6
    out.append(f'<line class="axis" x1="{left}" y1="{axis_y}" x2="{width - right}" y2="{axis_y}"/>')
    first_tick = low - low % step if low % step else low
    for year in range(first_tick, high + 1, step):
        if year < low:
            continue
        x = x_of(year)
        out.append(
            f'<line class="tick" x1="{x:.1f}" y1="{top - 8}" x2="{x:.1f}" y2="{axis_y + 5}"/>'
        )
        out.append(
            f'<text class="tick-label" x="{x:.1f}" y="{axis_y + 20}" text-anchor="middle">{year}</text>'
        )
    for k, article in enumerate(lanes):
        y = top + lane_height * k + lane_height / 2
        out.append(f'<line class="lane" x1="{left}" y1="{y}" x2="{width - right}" y2="{y}"/>')
        out.append(
            f'<text class="lane-label" x="{left - 10}" y="{y + 4}" text-anchor="end">{escape(labels.get(article, article))}</text>'
        )
    lane_of = {a: k for k, a in enumerate(lanes)}
    for year, r in sorted(points, key=lambda p: (p[0], p[1]["article"], p[1]["span"])):
        y = top + lane_height * lane_of[r["article"]] + lane_height / 2
        x = x_of(year)
        tip = f"{r['key']} — {r['text']}: {r['clause']['text']}"
        end = year_of(r["end"]) if r.get("end") else None
        if end is not None and end > year:
            x0 = max(x, left - 4)
            x1 = min(x_of(end), width - right + 4)
            if x1 <= left:
                continue
            out.append(
                f'<rect class="period" x="{x0:.1f}" y="{y - 5:.1f}" width="{max(x1 - x0, 3):.1f}" height="10" rx="4">'
                f"<title>{escape(tip)}</title></rect>"
            )
        elif not left - 1 <= x <= width - right + 1:
            continue
        else:
            out.append(
                f'<circle class="point" cx="{x:.1f}" cy="{y:.1f}" r="5.5"><title>{escape(tip)}</title></circle>'
            )
    out.append("</svg>")
    return "\n".join(out)
