"""The render-stage hook: markdown, html, json and graphml."""

from __future__ import annotations

import json
from typing import Any

from geobrief import Brief, hookimpl

#: The formats this plugin renders.
FORMATS = ("markdown", "html", "json", "graphml")
_ALIASES = {"md": "markdown", "htm": "html"}


@hookimpl(trylast=True)
def geobrief_render(brief: Brief, format: str) -> str | None:
    name = _ALIASES.get(format.lower(), format.lower())
    if name == "markdown":
        from .markdown import render_markdown

        return render_markdown(brief)
    if name == "html":
        from .html import render_html

        return render_html(brief)
    if name == "json":
        return json.dumps(brief.to_record(), ensure_ascii=False, indent=1) + "\n"
    if name == "graphml":
        return render_graphml(brief)
    return None


def render_graphml(brief: Brief) -> str:
    """The relationship graph as GraphML: list-valued attributes (articles, modes, evidence)
    become JSON strings, so any GraphML reader can load it."""
    import networkx

    graph = networkx.MultiDiGraph()
    for node, attrs in brief.graph.nodes(data=True):
        graph.add_node(node, **{k: _scalar(v) for k, v in attrs.items()})
    for source, target, key, attrs in brief.graph.edges(keys=True, data=True):
        graph.add_edge(source, target, key=key, **{k: _scalar(v) for k, v in attrs.items()})
    return "\n".join(networkx.generate_graphml(graph, prettyprint=True)) + "\n"


def _scalar(value: Any) -> Any:
    if isinstance(value, (list, tuple, dict, set)):
        return json.dumps(value, ensure_ascii=False, sort_keys=isinstance(value, dict))
    return "" if value is None else value
