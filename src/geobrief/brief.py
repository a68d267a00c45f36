"""The corpus brief: many per-article results merged into one document, built by the corpus stage
and turned into formats by the render stage.

>>> results = list(pipeline.extract(["examples/corpus"]))
>>> brief = Brief.from_results(results, pipeline)
>>> brief.section("links").data          # what a corpus plugin contributed
>>> brief.graph                          # a networkx MultiDiGraph of the relationships
>>> print(brief.render("markdown"))

A :class:`BriefSection` holds JSON-able data (plain types, or attrs values the package's cattrs
converter can unstructure), so every section travels to the ``json`` format as it is.
"""

from __future__ import annotations

import contextlib
import gc
import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import attrs
from attrs import field, frozen

from geobrief.errors import GeobriefError, UsageError
from geobrief.model import Actor, Article, PluginError, Result

if TYPE_CHECKING:
    import networkx

    from geobrief.pipeline import Pipeline
    from geobrief.text import Doc

__all__ = ["Brief", "BriefSection", "RenderError", "build_graph", "graph_data"]

#: Version of the brief's JSON shape (``geobrief schema brief``).
BRIEF_SCHEMA_VERSION = "1.0"


class RenderError(GeobriefError, RuntimeError):
    """A renderer raised; the message names the plugin and the format."""


@frozen
class BriefSection:
    """One part of a brief, contributed by a corpus-stage plugin."""

    id: str
    """A short stable key (``actors``, ``links``); unique within a brief."""
    title: str
    """A heading for readers."""
    data: Any = None
    """JSON-able content: dicts, lists, strings, numbers, booleans, ``None``, or attrs values."""
    plugin: str | None = None
    """The plugin that contributed it (set by :meth:`Brief.from_results`)."""


def _results(value: Iterable[Result]) -> tuple[Result, ...]:
    return tuple(value)


@frozen
class Brief:
    """The results of many articles with the sections the corpus stage derived from them."""

    results: tuple[Result, ...] = field(converter=_results)
    """One result per article, in input order; article ids are unique."""
    sections: tuple[BriefSection, ...] = field(default=(), converter=tuple)
    """What the corpus stage contributed, in plugin order."""
    errors: tuple[PluginError, ...] = field(default=(), converter=tuple)
    """Problems of the corpus stage (a raising plugin, a malformed section)."""
    pipeline: Pipeline | None = field(default=None, eq=False, repr=False)
    """The pipeline whose plugins build and render the brief (``None``: the default one)."""
    _cache: dict[str, Any] = field(factory=dict, init=False, eq=False, repr=False)

    # -- construction -------------------------------------------------------------------------

    @classmethod
    def from_results(cls, results: Iterable[Result], pipeline: Pipeline | None = None) -> Brief:
        """Build a brief: every ``geobrief_corpus`` implementation is called in turn, each seeing
        the sections of the ones before it. A plugin that raises, or returns something that is
        not a :class:`BriefSection` with JSON-able data and a new id, is recorded in
        :attr:`errors` and the others go on."""
        if pipeline is None:
            pipeline = _default_pipeline()
        unique, errors = _unique_ids(results)
        brief = cls(unique, (), errors, pipeline)
        with _collector_paused():
            return brief._built(pipeline)

    def _built(self, pipeline: Pipeline) -> Brief:
        brief = self
        for impl in pipeline.manager.implementations("geobrief_corpus"):
            kwargs = {"brief": brief}
            found: list[BriefSection] = []
            problems: list[PluginError] = []
            try:
                returned = impl.function(**{k: kwargs[k] for k in impl.argnames})
                items = list(returned) if returned is not None else []
            except Exception as exc:
                problems.append(
                    PluginError(
                        impl.plugin_name, "corpus", str(exc) or repr(exc), None, type(exc).__name__
                    )
                )
                items = []
            known = {s.id for s in brief.sections}
            for item in items:
                problem = _check_section(item, known)
                if problem is not None:
                    problems.append(
                        PluginError(impl.plugin_name, "corpus", problem, None, "InvalidItem")
                    )
                    continue
                known.add(item.id)
                found.append(attrs.evolve(item, plugin=item.plugin or impl.plugin_name))
            brief = brief._with(found, problems)
        return brief

    def _with(self, sections: list[BriefSection], errors: list[PluginError]) -> Brief:
        new = attrs.evolve(
            self, sections=(*self.sections, *sections), errors=(*self.errors, *errors)
        )
        # Per-article work and the graph depend only on the results: share them.
        new._cache.update(self._cache)
        return new

    # -- access -------------------------------------------------------------------------------

    @property
    def articles(self) -> tuple[Article, ...]:
        """The articles, in input order."""
        return tuple(r.article for r in self.results)

    def result(self, article_id: str) -> Result | None:
        """The result of one article, by its id."""
        index = self._cache.get("index")
        if index is None:
            index = self._cache["index"] = {r.article.id: r for r in self.results}
        return index.get(article_id)

    def section(self, section_id: str) -> BriefSection | None:
        """The section with this id, if some plugin contributed it."""
        return next((s for s in self.sections if s.id == section_id), None)

    def doc(self, article_id: str) -> Doc:
        """The shared per-article text work (sentences, normalised text) of one article, built
        once per brief and shared by every corpus and render plugin."""
        from geobrief.text import Doc

        docs = self._cache.setdefault("docs", {})
        doc = docs.get(article_id)
        if doc is None:
            result = self.result(article_id)
            if result is None:
                raise KeyError(article_id)
            doc = docs[article_id] = Doc(result.article)
        return doc

    @property
    def actors(self) -> dict[str, Actor]:
        """Every actor of every article, merged by id (the first description seen wins, names
        written elsewhere are added to its aliases)."""
        merged = self._cache.get("actors")
        if merged is None:
            merged = {}
            for result in self.results:
                for actor in result.actors:
                    known = merged.get(actor.id)
                    if known is None:
                        merged[actor.id] = actor
                    elif actor.name != known.name and actor.name not in known.aliases:
                        merged[actor.id] = attrs.evolve(known, aliases=(*known.aliases, actor.name))
            self._cache["actors"] = merged
        return dict(merged)

    def graph_data(self) -> dict[str, Any]:
        """The relationship graph as node-link JSON (no networkx needed): what
        ``networkx.node_link_graph(data, edges="links")`` reads back into :attr:`graph`."""
        data = self._cache.get("graph_data")
        if data is None:
            data = self._cache["graph_data"] = graph_data(self.results, self.actors)
        return data

    @property
    def graph(self) -> networkx.MultiDiGraph:
        """The relationships of every article as a directed multigraph (built on first use).

        Nodes are actor ids with ``name``, ``kind`` and ``country``; an edge per (source, target,
        type, negated) with key ``TYPE`` or ``not-TYPE``, ``weight`` = number of evidence
        spans, ``articles`` (sorted ids), ``negated``, ``standing`` (ALLY/RIVAL ties), ``modes``
        and ``evidence`` (``{"article", "span", "text"}`` dicts). Nodes and edges are added in
        sorted order, so exports are deterministic."""
        graph = self._cache.get("graph")
        if graph is None:
            graph = self._cache["graph"] = build_graph(self.results, self.actors)
        return graph

    # -- output -------------------------------------------------------------------------------

    def render(self, format: str) -> str | bytes:
        """The brief as a document in ``format``, from the first ``geobrief_render``
        implementation that answers. Raises :class:`~geobrief.UsageError` when no plugin renders
        the format and :class:`RenderError` (naming the plugin) when a renderer raises."""
        pipeline = self.pipeline or _default_pipeline()
        kwargs = {"brief": self, "format": format}
        for impl in pipeline.manager.implementations("geobrief_render"):
            try:
                out = impl.function(**{k: kwargs[k] for k in impl.argnames})
            except Exception as exc:
                raise RenderError(
                    f"renderer {impl.plugin_name!r} failed on format {format!r}: "
                    f"{type(exc).__name__}: {exc}"
                ) from exc
            if out is not None:
                return out
        raise UsageError(f"no plugin renders the format {format!r}")

    def to_record(self) -> dict[str, Any]:
        """The JSON-able document of the ``json`` format: the articles' metadata, every section
        and the errors (see ``geobrief schema brief``)."""
        from geobrief.serialize import converter

        articles = []
        for result in self.results:
            article = converter.unstructure(result.article, Article)
            article.pop("text", None)
            article.pop("regions", None)
            articles.append(article)
        return {
            "schema": BRIEF_SCHEMA_VERSION,
            "articles": articles,
            "sections": [
                {
                    "id": s.id,
                    "title": s.title,
                    "plugin": s.plugin,
                    "data": converter.unstructure(s.data),
                }
                for s in self.sections
            ],
            "errors": [converter.unstructure(e, PluginError) for e in self.errors],
        }


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while the corpus stage runs. The stage makes
    many short-lived containers, and each full pass of the collector they trigger walks every
    object of every result in the brief again; reference counting still frees them as usual,
    and any cycles are collected once the collector runs again."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _default_pipeline() -> Pipeline:
    from geobrief.pipeline import Pipeline

    return Pipeline()


def _unique_ids(results: Iterable[Result]) -> tuple[list[Result], list[PluginError]]:
    """Results with unique article ids: a repeated id gets the first free ``~N`` suffix, and
    the renaming is reported."""
    results = list(results)
    for result in results:
        if not isinstance(result, Result):
            raise TypeError(f"Brief.from_results takes Result objects, not {type(result).__name__}")
    taken = {r.article.id for r in results}
    seen: set[str] = set()
    out: list[Result] = []
    errors: list[PluginError] = []
    for result in results:
        article_id = result.article.id
        if article_id in seen:
            n = 2
            while f"{article_id}~{n}" in taken:
                n += 1
            new_id = f"{article_id}~{n}"
            taken.add(new_id)
            errors.append(
                PluginError(
                    "core",
                    "corpus",
                    f"article id {article_id!r} is repeated; this one is called {new_id!r}",
                    new_id,
                    "DuplicateId",
                    result.article.path,
                )
            )
            result = attrs.evolve(result, article=attrs.evolve(result.article, id=new_id))
            article_id = new_id
        seen.add(article_id)
        out.append(result)
    return out, errors


def _check_section(item: Any, known: set[str]) -> str | None:
    if not isinstance(item, BriefSection):
        return f"returned {type(item).__name__} ({item!r:.60}); the corpus stage takes BriefSection"
    if not item.id or not isinstance(item.id, str):
        return "a section needs a non-empty string id"
    if item.id in known:
        return f"section id {item.id!r} is already taken"
    from geobrief.serialize import converter

    try:
        json.dumps(item.data, allow_nan=False, default=converter.unstructure)
    except (TypeError, ValueError, RecursionError) as exc:
        return f"section {item.id!r} holds data that is not JSON-able: {exc}"
    return None


def graph_data(results: Iterable[Result], actors: dict[str, Actor] | None = None) -> dict[str, Any]:
    """The relationships in ``results`` as node-link data (networkx's ``node_link_data`` shape,
    edges under ``links``), nodes and edges in sorted order; see :attr:`Brief.graph`."""
    results = list(results)
    if actors is None:
        actors = {}
        for result in results:
            for actor in result.actors:
                actors.setdefault(actor.id, actor)
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    mentions: dict[str, int] = {}
    for result in results:
        for mention in result.mentions:
            mentions[mention.actor] = mentions.get(mention.actor, 0) + 1
        for rel in result.relationships:
            key = f"not-{rel.type}" if rel.negated else rel.type
            edge = edges.setdefault(
                (rel.source, rel.target, key),
                {
                    "type": rel.type,
                    "negated": rel.negated,
                    "evidence": [],
                    "modes": set(),
                    "articles": set(),
                },
            )
            edge["evidence"].append(
                {
                    "article": result.article.id,
                    "span": [rel.span.start, rel.span.end],
                    "text": rel.text,
                }
            )
            edge["modes"].add(rel.mode)
            edge["articles"].add(result.article.id)
    nodes = []
    for node in sorted({n for s, t, _ in edges for n in (s, t)}):
        actor = actors.get(node)
        nodes.append(
            {
                "id": node,
                "name": actor.name if actor else node,
                "kind": actor.kind if actor else "unknown",
                "country": (actor.country or "") if actor else "",
                "mentions": mentions.get(node, 0),
            }
        )
    links = [
        {
            "source": source,
            "target": target,
            "key": key,
            "type": edge["type"],
            "negated": edge["negated"],
            "standing": edge["type"] in ("ALLY", "RIVAL"),
            "weight": len(edge["evidence"]),
            "articles": sorted(edge["articles"]),
            "modes": sorted(edge["modes"]),
            "evidence": sorted(edge["evidence"], key=lambda e: (e["article"], e["span"])),
        }
        for (source, target, key), edge in sorted(edges.items())
    ]
    return {"directed": True, "multigraph": True, "graph": {}, "nodes": nodes, "links": links}


def build_graph(
    results: Iterable[Result], actors: dict[str, Actor] | None = None
) -> networkx.MultiDiGraph:
    """A directed multigraph of the relationships in ``results`` (see :attr:`Brief.graph`)."""
    import networkx

    data = graph_data(results, actors)
    graph = networkx.MultiDiGraph()
    for node in data["nodes"]:
        graph.add_node(node["id"], **{k: v for k, v in node.items() if k != "id"})
    for link in data["links"]:
        attrs_ = {k: v for k, v in link.items() if k not in ("source", "target", "key")}
        graph.add_edge(link["source"], link["target"], key=link["key"], **attrs_)
    return graph
