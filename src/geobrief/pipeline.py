"""The pipeline: load inputs, then run the mentions, facts and links stages over each article.

Each plugin implementation is called on its own, so a failure is attributed to the plugin, stage and
article it happened in, and every returned item is checked at the boundary before later stages see
it. Nothing a failing plugin does stops the other plugins or the other articles.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
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

__all__ = ["Pipeline", "iter_input_files", "run_article"]

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
    """Each input path, with folders walked in sorted order for files with a known suffix.

    Symbolically linked folders are followed, except one that leads back to a folder it is
    in (a loop), which is reported; so is a link that cannot be resolved, a missing path, an
    unreadable folder and a folder without any input. Nothing is raised.
    """
    for raw in paths:
        path = os.fspath(raw)
        if path == "-":
            yield path
        elif os.path.isdir(path):
            found = False
            for item in _walk(path, tuple(s.lower() for s in suffixes)):
                found = found or isinstance(item, str)
                yield item
            if not found:
                yield _input_error(path, f"no input files in this folder ({', '.join(suffixes)})")
        elif os.path.exists(path) or os.path.islink(path):
            yield path
        else:
            yield _input_error(path, "no such file or folder")


def _input_error(path: str, message: str) -> PluginError:
    return PluginError("core", "load", message, error_type="InputError", path=path)


def _walk(top: str, suffixes: tuple[str, ...]) -> Iterator[str | PluginError]:
    """Depth-first, sorted walk of ``top`` that follows links to folders but not around loops."""
    try:
        ancestors = [os.stat(top)]
    except OSError as exc:
        yield _input_error(top, f"cannot read folder: {exc.strerror or exc}")
        return
    stack: list[tuple[str, list[os.stat_result]]] = [(top, ancestors)]
    while stack:
        folder, chain = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            yield _input_error(folder, f"cannot read folder: {exc.strerror or exc}")
            continue
        subfolders = []
        for entry in entries:
            try:
                is_dir = entry.is_dir()
                info = entry.stat() if is_dir or entry.is_symlink() else None
            except OSError as exc:  # a link in a loop of links, or one that cannot be resolved
                yield _input_error(
                    entry.path, f"cannot follow symbolic link: {exc.strerror or exc}"
                )
                continue
            if is_dir:
                assert info is not None
                if any(os.path.samestat(info, seen) for seen in chain):
                    yield _input_error(
                        entry.path,
                        "symbolic link loop: leads back to a folder it is in (not followed)",
                    )
                else:
                    subfolders.append((entry.path, [*chain, info]))
            elif entry.name.lower().endswith(suffixes):
                yield entry.path
        stack.extend(reversed(subfolders))


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
        # How to build the same pipeline again in a worker process (see geobrief._workers).
        self._recipe = (tuple(plugins), tuple(disable), entrypoints, environment, trace)
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
        return self._run(article)

    def _run(
        self,
        article: Article,
        skip: Mapping[tuple[str, str], PluginError] | None = None,
        watch: Callable[[str | None, str | None], None] | None = None,
    ) -> Result:
        """:meth:`run`, for the worker processes: a ``(stage, plugin)`` in ``skip`` is not called
        and its error is recorded in its place; ``watch(stage, plugin)`` is told before each
        plugin call and ``watch(None, None)`` after it (to time plugins out)."""
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
            for item in self._call_stage(
                stage, kwargs, errors, catalog, new_actors, skip or {}, watch
            ):
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

    def run_many(
        self,
        articles: Iterable[Article | str],
        *,
        jobs: int = 1,
        timeout: float | None = None,
    ) -> Iterator[Result | PluginError]:
        """Run over a stream of articles, yielding each result as it is done, in input order
        (constant memory).

        ``jobs`` > 1 runs the articles in that many worker processes; ``timeout`` (seconds) bounds
        how long one plugin may spend on one article: past it the worker is replaced, the plugin
        is reported (a ``PluginError`` of type ``Timeout`` in the article's ``Result.errors``)
        and the article is finished without it. Either needs worker processes; the output is the
        same, in the same order, whatever ``jobs`` is. An article the core itself fails on is
        yielded as a ``PluginError`` in its place.
        """
        items = (Article.from_text(a) if isinstance(a, str) else a for a in articles)
        yield from self._execute(items, jobs, timeout)

    def extract(
        self,
        paths: Iterable[str | os.PathLike[str]],
        options: LoadOptions | None = None,
        stdin: bytes | None = None,
        *,
        jobs: int = 1,
        timeout: float | None = None,
    ) -> Iterator[Result | PluginError]:
        """Load and run, in input order: a result per article, a ``PluginError`` per bad input.

        ``jobs`` and ``timeout`` are as for :meth:`run_many`; with worker processes, the workers
        also load the inputs (in partitions: runs of files, line ranges of JSON Lines files).
        """
        yield from self._execute(self._sources(paths, options, stdin, jobs, timeout), jobs, timeout)

    def _sources(
        self,
        paths: Iterable[str | os.PathLike[str]],
        options: LoadOptions | None,
        stdin: bytes | None,
        jobs: int,
        timeout: float | None,
    ) -> Iterator[Any]:
        """The articles of the inputs (loaded here), or partitions for worker processes."""
        options = options or LoadOptions()
        if jobs == 1 and timeout is None:
            return self.load(paths, options, stdin)
        from geobrief._workers import partitions_for

        return partitions_for(self, paths, options, stdin)

    def _execute(
        self,
        items: Iterable[Article | PluginError],
        jobs: int,
        timeout: float | None,
        transform: Callable[[Result], Any] | None = None,
    ) -> Iterator[Any]:
        """Run the articles among ``items`` in order (``PluginError`` items pass through),
        in this process or in worker processes; ``transform`` is applied to each result where it
        is made (a picklable top-level function, for worker processes)."""
        if jobs < 1:
            raise ValueError(f"jobs must be 1 or more, not {jobs}")
        if timeout is not None and not timeout > 0:
            raise ValueError(f"timeout must be a positive number of seconds, not {timeout}")
        if jobs == 1 and timeout is None:
            for item in items:
                if isinstance(item, PluginError):
                    yield item
                else:
                    yield run_article(self, item, transform)
            return
        from geobrief._workers import WorkerPool

        with WorkerPool(self, jobs=jobs, timeout=timeout, transform=transform) as pool:
            yield from pool.map(items)

    # -- internals ----------------------------------------------------------------------------

    def _call_stage(
        self,
        stage: str,
        kwargs: dict[str, Any],
        errors: list[PluginError],
        catalog: Catalog,
        new_actors: dict[str, Actor],
        skip: Mapping[tuple[str, str], PluginError],
        watch: Callable[[str | None, str | None], None] | None,
    ) -> Iterator[Any]:
        article: Article = kwargs["article"]
        for impl in self.manager.implementations(f"geobrief_{stage}"):
            skipped = skip.get((stage, impl.plugin_name))
            if skipped is not None:
                errors.append(skipped)
                continue
            started = time.perf_counter()
            items: list[Any] = []
            try:
                if watch is not None:
                    watch(stage, impl.plugin_name)
                try:
                    returned = impl.function(**{name: kwargs[name] for name in impl.argnames})
                    items = list(returned) if returned is not None else []
                finally:
                    if watch is not None:
                        watch(None, None)
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


def run_article(
    pipeline: Pipeline,
    article: Article,
    transform: Callable[[Result], Any] | None = None,
    skip: Mapping[tuple[str, str], PluginError] | None = None,
    watch: Callable[[str | None, str | None], None] | None = None,
) -> Any:
    """One article through the pipeline (and ``transform``), the same in this process and in a
    worker: a failure of the core itself becomes a ``PluginError`` of plugin ``core`` in place
    of the result, so one article cannot stop a run."""
    try:
        result = pipeline._run(article, skip, watch)
        return result if transform is None else transform(result)
    except Exception as exc:
        return PluginError(
            "core",
            "run",
            f"{type(exc).__name__}: {exc}",
            article.id,
            "InternalError",
            article.path,
        )


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
