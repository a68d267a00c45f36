"""``geobrief brief``: extract every input, build the corpus brief and render it."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections.abc import Iterator
from typing import Any

import click

from geobrief.cli import _exit, _load_options, _State, input_options, iter_results, open_output
from geobrief.model import PluginError, Result

#: Show a progress bar from this many inputs on (when standard error is a terminal).
PROGRESS_FROM = 20


def _is_records(path: str) -> bool:
    """Whether a .json/.jsonl file holds ``geobrief extract`` output (results, not articles)."""
    if path == "-" or not path.lower().endswith((".jsonl", ".json")) or not os.path.isfile(path):
        return False
    try:
        with open(path, encoding="utf-8-sig") as handle:
            for line in handle:
                if line.strip():
                    record = json.loads(line)
                    return isinstance(record, dict) and "schema" in record and "article" in record
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return False
    return False


def _read_records(state: _State, path: str) -> Iterator[Result]:
    """Results back from ``geobrief extract`` output, one per line."""
    from geobrief.serialize import from_record

    with open(path, encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if record.get("article") is None:
                    for error in record.get("errors", ()):
                        state.report(PluginError(**error))
                    continue
                result = from_record(record)
            except Exception as exc:
                state.report(
                    PluginError(
                        "core",
                        "load",
                        f"not an extract record: {exc}",
                        None,
                        type(exc).__name__,
                        path,
                        number,
                    )
                )
                continue
            for error in result.errors:
                state.report(error)
            yield result


def _progress(count: int | None) -> Any:
    if (count is not None and count < PROGRESS_FROM) or not sys.stderr.isatty():
        return None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )


@click.command()
@input_options
@click.option(
    "--format",
    "fmt",
    default="markdown",
    show_default=True,
    metavar="FORMAT",
    help="markdown, html, json or graphml (or any format an installed plugin renders).",
)
@click.option(
    "-o", "--output", metavar="FILE", help="Write to FILE (atomically) instead of stdout."
)
@click.pass_obj
def brief(
    state: _State,
    paths: tuple[str, ...],
    published: dt.date | None,
    max_bytes: int,
    fmt: str,
    output: str | None,
) -> None:
    """Build the brief of many articles: merged actors, who says what, figures, timeline,
    relationship graph, stances, retellings, discrepancies and corroboration.

    PATH may also be `geobrief extract` output (JSON Lines), which is not extracted again."""
    from geobrief.brief import Brief
    from geobrief.pipeline import Pipeline, iter_input_files

    pipeline = Pipeline(plugins=state.plugins, disable=state.disable, trace=state.trace)
    Brief((), pipeline=pipeline).render(fmt)  # an unknown format fails now, not after the work
    records = [p for p in paths if _is_records(p)]
    articles = tuple(p for p in paths if p not in records)
    files = [p for p in iter_input_files(articles) if not isinstance(p, PluginError)]
    count = None if any(p.lower().endswith(".jsonl") for p in files) or records else len(files)
    results: list[Result] = []
    progress = _progress(count)

    def gather() -> Iterator[Result]:
        if articles:
            yield from iter_results(state, articles, _load_options(max_bytes, published))
        else:
            state.pipeline()  # report plugins that failed to load
        for path in records:
            yield from _read_records(state, path)

    if progress is None:
        results.extend(gather())
        document = Brief.from_results(results, pipeline)
    else:
        with progress:
            task = progress.add_task("extracting", total=count)
            for result in gather():
                results.append(result)
                progress.advance(task)
            progress.update(task, description="building the brief")
            document = Brief.from_results(results, pipeline)
    for error in document.errors:
        if error.plugin != "core":
            state.report(error)
        else:
            click.echo(error.describe(), err=True)
    rendered = document.render(fmt)
    if isinstance(rendered, bytes):
        if output in (None, "-"):
            sys.stdout.buffer.write(rendered)
        else:
            with open_output(output, "wb") as out:
                out.write(rendered)
    else:
        with open_output(output) as out:
            out.write(rendered)
    _exit(state)
