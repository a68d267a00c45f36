"""The pipeline: load inputs, then run the mentions, facts and links stages over each article.

Each plugin implementation is called on its own, so a failure is attributed to the plugin, stage and
article it happened in, and every returned item is checked at the boundary before later stages see
it. Nothing a failing plugin does stops the other plugins or the other articles.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from geobrief.catalog import Catalog
from geobrief.model import (
    Actor,
    Article,
    Claim,
    Figure,
    LoadOptions,
    Mention,
    PluginError,
    Relationship,
    Result,
    Span,
    Stance,
    TimeRef,
)
from geobrief.plugins import Manager, debug_print
from geobrief.text import Doc

__all__ = ["Pipeline", "iter_input_files"]

#: What each item-returning stage may return.
_ALLOWED: dict[str, tuple[type, ...]] = {
    "mentions": (Mention, Actor),
    "facts": (Figure, TimeRef, Claim, Mention, Actor),
    "links": (Relationship, Stance),
}
KNOWN_SUFFIXES = (".txt", ".text", ".json", ".jsonl", ".html", ".htm")


def iter_input_files(
    paths: Iterable[str | os.PathLike[str]], suffixes: Sequence[str] = KNOWN_SUFFIXES
) -> Iterator[str | PluginError]:
    """Each input path, with directories walked (sorted, symlinked folders not followed) for files
    with a known suffix; a missing path or an unreadable folder is reported, not raised."""
    for raw in paths:
        path = os.fspath(raw)
        if path == "-":
            yield path
        elif os.path.isdir(path):
            problems: list[OSError] = []
            found = []
            for root, dirs, files in os.walk(path, onerror=problems.append, followlinks=False):
                dirs.sort()
                found.extend(
                    os.path.join(root, f)
                    for f in sorted(files)
                    if f.lower().endswith(tuple(suffixes))
                )
            yield from found
            for problem in problems:
                yield PluginError(
                    "core",
                    "load",
                    f"cannot read folder: {problem.strerror or problem}",
                    error_type="InputError",
                    path=getattr(problem, "filename", None) or path,
                )
        elif os.path.exists(path) or os.path.islink(path):
            yield path
        else:
            yield PluginError(
                "core", "load", "no such file or folder", error_type="InputError", path=path
            )


class Pipeline:
    """Runs the registered plugins over articles.

    >>> pipeline = Pipeline()                            # bundled and installed plugins
    >>> pipeline = Pipeline(plugins=[my_module])         # plus your own, in-process
    >>> pipeline = Pipeline(disable=["stances"])         # without one, by name
    """

    def __init__(
        self,
        plugins: Sequence[object | str] = (),
        disable: Iterable[str] = (),
        *,
        entrypoints: bool = True,
        environment: bool = True,
        trace: bool = False,
    ) -> None:
        self.manager = Manager(plugins, disable, entrypoints=entrypoints, environment=environment)
        self.trace = trace
        self._catalog: Catalog | None = None
        self._catalog_errors: list[PluginError] = [
            PluginError(name, "load", message, error_type="PluginLoadError")
            for name, message in self.manager.load_errors
        ]

    # -- catalog ------------------------------------------------------------------------------

    @property
    def catalog(self) -> Catalog:
        """Every actor the catalog stage contributed (built on first use, then kept)."""
        if self._catalog is None:
            catalog = Catalog()
            for impl in self.manager.implementations("geobrief_catalog"):
                try:
                    for actor in impl.function() or ():
                        if isinstance(actor, Actor):
                            catalog.add(actor)
                        else:
                            self._catalog_errors.append(
                                PluginError(
                                    impl.plugin_name,
                                    "catalog",
                                    f"returned {type(actor).__name__}, expected Actor",
                                    error_type="TypeError",
                                )
                            )
                except Exception as exc:
                    self._catalog_errors.append(
                        PluginError(
                            impl.plugin_name, "catalog", str(exc), error_type=type(exc).__name__
                        )
                    )
            self._catalog = catalog
        return self._catalog

    @property
    def startup_errors(self) -> tuple[PluginError, ...]:
        """Plugins that could not be imported, and failures of the catalog stage."""
        _ = self.catalog
        return tuple(self._catalog_errors)

    # -- loading ------------------------------------------------------------------------------

    def load(
        self,
        paths: Iterable[str | os.PathLike[str]],
        options: LoadOptions | None = None,
        stdin: bytes | None = None,
    ) -> Iterator[Article | PluginError]:
        """Articles from files, folders and ``-`` (whose bytes are ``stdin``), in input order."""
        options = options or LoadOptions()
        for path in iter_input_files(paths):
            if isinstance(path, PluginError):
                yield path
                continue
            yield from self.load_one(path, options, stdin if path == "-" else None)

    def load_one(
        self, path: str, options: LoadOptions, data: bytes | None = None
    ) -> Iterator[Article | PluginError]:
        """The articles of one input, through the first loader that takes it."""
        try:
            loaded = self.manager.pm.hook.geobrief_load(path=path, data=data, options=options)
        except Exception as exc:
            yield PluginError("core", "load", str(exc), error_type=type(exc).__name__, path=path)
            return
        if loaded is None:
            yield PluginError(
                "core",
                "load",
                f"no loader for {Path(path).suffix or 'files without a suffix'}; "
                f"known: {', '.join(KNOWN_SUFFIXES)}",
                error_type="InputError",
                path=path,
            )
            return
        try:
            for item in loaded:
                if isinstance(item, (Article, PluginError)):
                    yield item
                else:
                    yield PluginError(
                        "core",
                        "load",
                        f"a loader returned {type(item).__name__}",
                        error_type="TypeError",
                        path=path,
                    )
        except Exception as exc:
            yield PluginError("core", "load", str(exc), error_type=type(exc).__name__, path=path)

    # -- extraction ---------------------------------------------------------------------------

    def run(self, article: Article | str) -> Result:
        """Run every stage over one article (a string is read as a plain-text article)."""
        if isinstance(article, str):
            article = Article.from_text(article)
        doc = Doc(article)
        catalog = self.catalog
        errors: list[PluginError] = []
        found: dict[str, list[Any]] = {"mentions": [], "actors": []}
        new_actors: dict[str, Actor] = {}

        kwargs: dict[str, Any] = {"article": article, "doc": doc, "catalog": catalog}
        for stage in ("mentions", "facts", "links"):
            if stage == "facts":
                kwargs["mentions"] = _merge_mentions(found["mentions"])
                kwargs["actors"] = self._actors(kwargs["mentions"], new_actors, ())
            if stage == "links":
                kwargs["mentions"] = _merge_mentions(found["mentions"])
                kwargs["actors"] = self._actors(
                    kwargs["mentions"], new_actors, found.get("claims", ())
                )
                for name in ("figures", "times", "claims"):
                    kwargs[name] = tuple(found.get(name, ()))
            for item in self._call_stage(stage, kwargs, errors, catalog, new_actors):
                key = _bucket(item)
                if key == "actors":
                    new_actors.setdefault(item.id, item)
                else:
                    found.setdefault(key, []).append(item)

        mentions = _merge_mentions(found["mentions"])
        claims = tuple(found.get("claims", ()))
        relationships = tuple(found.get("relationships", ()))
        stances = tuple(found.get("stances", ()))
        return Result(
            article=article,
            actors=self._actors(mentions, new_actors, (*claims, *relationships, *stances)),
            mentions=mentions,
            figures=tuple(sorted(found.get("figures", ()), key=_position)),
            times=tuple(sorted(found.get("times", ()), key=_position)),
            claims=claims,
            relationships=relationships,
            stances=stances,
            errors=tuple(errors),
        )

    def run_many(self, articles: Iterable[Article | str]) -> Iterator[Result]:
        """Run over a stream of articles, yielding each result as it is done (constant memory)."""
        for article in articles:
            yield self.run(article)

    def extract(
        self,
        paths: Iterable[str | os.PathLike[str]],
        options: LoadOptions | None = None,
        stdin: bytes | None = None,
    ) -> Iterator[Result | PluginError]:
        """Load and run, in input order: a result per article, a ``PluginError`` per bad input."""
        for item in self.load(paths, options, stdin):
            yield item if isinstance(item, PluginError) else self.run(item)

    # -- internals ----------------------------------------------------------------------------

    def _call_stage(
        self,
        stage: str,
        kwargs: dict[str, Any],
        errors: list[PluginError],
        catalog: Catalog,
        new_actors: dict[str, Actor],
    ) -> Iterator[Any]:
        article: Article = kwargs["article"]
        for impl in self.manager.implementations(f"geobrief_{stage}"):
            started = time.perf_counter()
            items: list[Any] = []
            try:
                returned = impl.function(**{name: kwargs[name] for name in impl.argnames})
                items = list(returned) if returned is not None else []
            except Exception as exc:
                errors.append(
                    PluginError(
                        impl.plugin_name,
                        stage,
                        str(exc) or repr(exc),
                        article.id,
                        type(exc).__name__,
                        article.path,
                    )
                )
            local_actors = {a.id for a in items if isinstance(a, Actor)}
            for item in items:
                problem = _check_item(item, stage, article.text)
                if (
                    problem is None
                    and isinstance(item, Mention)
                    and (
                        item.actor not in catalog
                        and item.actor not in new_actors
                        and item.actor not in local_actors
                    )
                ):
                    problem = f"mention of unknown actor {item.actor!r} (return its Actor too)"
                if problem is not None:
                    errors.append(
                        PluginError(
                            impl.plugin_name,
                            stage,
                            problem,
                            article.id,
                            "InvalidItem",
                            article.path,
                        )
                    )
                    continue
                yield item
            if self.trace:
                debug_print(
                    f"trace: {impl.plugin_name}.geobrief_{stage}({article.id}) -> {len(items)} items "
                    f"in {1000 * (time.perf_counter() - started):.1f} ms"
                )

    def _actors(
        self, mentions: Sequence[Mention], new_actors: dict[str, Actor], items: Iterable[Any]
    ) -> tuple[Actor, ...]:
        ids: dict[str, None] = dict.fromkeys(m.actor for m in mentions)
        for item in items:
            for name in ("speaker", "source", "target", "holder"):
                value = getattr(item, name, None)
                if isinstance(value, str) and value != "author":
                    ids.setdefault(value)
        actors = []
        for actor_id in ids:
            actor = self.catalog.get(actor_id) or new_actors.get(actor_id)
            if actor is not None:
                actors.append(actor)
        return tuple(actors)


def _bucket(item: Any) -> str:
    return {
        Mention: "mentions",
        Actor: "actors",
        Figure: "figures",
        TimeRef: "times",
        Claim: "claims",
        Relationship: "relationships",
        Stance: "stances",
    }[type(item)]


def _position(item: Any) -> tuple[int, int]:
    return (item.span.start, item.span.end)


def _check_span(span: Span | None, length: int, label: str) -> str | None:
    if span is not None and span.end > length:
        return f"{label} {span.start}..{span.end} lies outside the text (length {length})"
    return None


def _check_item(item: Any, stage: str, text: str) -> str | None:
    """Why an item a plugin returned cannot be kept, or ``None`` when it is sound."""
    allowed = _ALLOWED[stage]
    if not isinstance(item, allowed):
        names = ", ".join(t.__name__ for t in allowed)
        return f"returned {type(item).__name__} ({item!r:.60}); the {stage} stage takes {names}"
    span = getattr(item, "span", None)
    if span is not None:
        problem = _check_span(span, len(text), "span")
        if problem:
            return problem
        if item.text != span.of(text):
            return f"text {item.text!r:.40} does not match its span {span.start}..{span.end} ({span.of(text)!r:.40})"
    if isinstance(item, Claim):
        return _check_span(item.speaker_span, len(text), "speaker_span") or _check_span(
            item.cue_span, len(text), "cue_span"
        )
    if isinstance(item, Stance):
        for evidence in item.evidence:
            if problem := _check_span(evidence, len(text), "evidence span"):
                return problem
    return None


def _merge_mentions(mentions: Iterable[Mention]) -> tuple[Mention, ...]:
    """Mentions in text order; of overlapping mentions of one actor only the longest is kept."""
    ordered = sorted(mentions, key=lambda m: (m.span.start, -m.span.end, m.actor))
    kept: list[Mention] = []
    last_end: dict[str, int] = {}
    for mention in ordered:
        if last_end.get(mention.actor, -1) > mention.span.start:
            continue
        kept.append(mention)
        last_end[mention.actor] = mention.span.end
    return tuple(kept)
