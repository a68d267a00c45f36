"""The ``geobrief`` command line: a thin user of the library.

Exit codes: 0 all fine; 1 some input or plugin reported an error (the rest of the output is
complete); 2 usage error. Errors go to stderr, one line each (a traceback only with ``--debug``).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any

import click

from geobrief import __version__
from geobrief.errors import GeobriefError, UsageError
from geobrief.model import DEFAULT_MAX_BYTES, LoadOptions, PluginError, Result

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2


class _State:
    """Options shared by every command."""

    def __init__(
        self, plugins: tuple[str, ...], disable: tuple[str, ...], debug: bool, trace: bool
    ) -> None:
        self.plugins = plugins
        self.disable = tuple(name for value in disable for name in value.split(",") if name)
        self.debug = debug
        self.trace = trace
        self.had_errors = False

    def pipeline(self, check: bool = True) -> Any:
        """The pipeline; with ``check``, its startup errors are reported now (building the
        catalog), else :meth:`check` does it later."""
        from geobrief.pipeline import Pipeline

        pipeline = Pipeline(plugins=self.plugins, disable=self.disable, trace=self.trace)
        if check:
            self.check(pipeline)
        return pipeline

    def check(self, pipeline: Any) -> None:
        """Report the plugins that could not be loaded and the failures of the catalog stage."""
        for error in pipeline.startup_errors:
            self.report(error)

    def report(self, error: PluginError) -> None:
        self.had_errors = True
        click.echo(error.describe(), err=True)


def _date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)") from None


@contextmanager
def open_output(path: str | None, mode: str = "w") -> Iterator[IO[str]]:
    """Standard output, or a file written atomically: a temporary file renamed into place at the
    end, so an interrupted run never leaves a half-written output."""
    if path in (None, "-"):
        yield sys.stdout
        return
    from geobrief._atomic import atomic_writer

    with atomic_writer(path, mode) as handle:
        yield handle


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="geobrief")
@click.option(
    "-p", "plugins", multiple=True, metavar="MODULE", help="Load a plugin module by import path."
)
@click.option(
    "--disable",
    multiple=True,
    metavar="NAME",
    help="Disable a plugin by name (repeat or comma-separate).",
)
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@click.option("--trace", is_flag=True, help="Print every plugin hook call to stderr.")
@click.pass_context
def main(
    ctx: click.Context, plugins: tuple[str, ...], disable: tuple[str, ...], debug: bool, trace: bool
) -> None:
    """Structured, source-linked briefs from geopolitical news and commentary."""
    ctx.obj = _State(plugins, disable, debug, trace)


def _load_options(max_bytes: int, published: dt.date | None) -> LoadOptions:
    return LoadOptions(max_bytes=max_bytes, published=published)


_input_options = [
    click.argument("paths", nargs=-1, required=True, metavar="PATH..."),
    click.option(
        "--published",
        callback=_date,
        metavar="DATE",
        help="Publication date (YYYY-MM-DD) for every input.",
    ),
    click.option(
        "--max-bytes",
        type=click.IntRange(min=1),
        default=DEFAULT_MAX_BYTES,
        show_default=True,
        help="Refuse larger inputs.",
    ),
]


def input_options(function: Any) -> Any:
    """Decorate a command with the input arguments every reading command shares."""
    for option in reversed(_input_options):
        function = option(function)
    return function


def iter_results(state: _State, paths: tuple[str, ...], options: LoadOptions) -> Iterator[Result]:
    """Results of every input; load errors and plugin errors are reported on the way."""
    pipeline = state.pipeline()
    stdin = sys.stdin.buffer.read() if "-" in paths else None
    for item in pipeline.extract(paths, options, stdin):
        if isinstance(item, PluginError):
            state.report(item)
            continue
        for error in item.errors:
            state.report(error)
        yield item


class _Interrupts:
    """SIGINT and SIGTERM ask the run to stop after the record being written (so no record is
    cut short); a second signal stops it at once."""

    def __init__(self) -> None:
        self.signal: int | None = None
        self._previous: dict[int, Any] = {}

    def __enter__(self) -> _Interrupts:
        import signal
        import threading

        if threading.current_thread() is threading.main_thread():
            for number in (signal.SIGINT, signal.SIGTERM):
                self._previous[number] = signal.signal(number, self._handle)
        return self

    def _handle(self, number: int, _frame: object) -> None:
        if self.signal is not None:
            raise KeyboardInterrupt
        self.signal = number

    def __exit__(self, *_: object) -> None:
        import signal

        for number, handler in self._previous.items():
            signal.signal(number, handler)


def _table_answer(result: Result) -> tuple[str, tuple[PluginError, ...]]:
    return _table(result) + "\n", result.errors


@main.command()
@input_options
@click.option(
    "--format", "fmt", type=click.Choice(["json", "table"]), default="json", show_default=True
)
@click.option(
    "-o",
    "--output",
    metavar="PATH",
    help="Write to FILE (atomically, whole records only) instead of stdout; with --dask, the "
    "folder for the JSON Lines parts.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Worker processes (0: one per CPU). The output is the same whatever the number.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    metavar="SECONDS",
    help="Stop a plugin that runs longer than this on one article, report it and go on "
    "(runs the articles in worker processes).",
)
@click.option(
    "--resume",
    is_flag=True,
    help="Continue an interrupted run: keep the records already in -o FILE and skip their "
    "articles (with --dask: the parts already written).",
)
@click.option(
    "--dask",
    "dask_address",
    metavar="ADDRESS",
    help="Run on a Dask cluster: a scheduler address, or 'local' for one on this machine "
    "(--jobs workers). -o names the output folder (needs the 'dask' extra).",
)
@click.option(
    "--partition-bytes",
    type=click.IntRange(min=1),
    default=8 * 1024 * 1024,
    show_default=True,
    help="With --dask: about how much input one task reads.",
)
@click.pass_obj
def extract(
    state: _State,
    paths: tuple[str, ...],
    published: dt.date | None,
    max_bytes: int,
    fmt: str,
    output: str | None,
    jobs: int,
    timeout: float | None,
    resume: bool,
    dask_address: str | None,
    partition_bytes: int,
) -> None:
    """Extract actors, figures, times, claims, relationships and stances: one JSON object per
    article (JSON Lines), or a readable table."""
    import os

    from geobrief._output import RecordSink, json_line

    options = _load_options(max_bytes, published)
    jobs = jobs or os.cpu_count() or 1
    if dask_address is not None:
        if not output or output == "-":
            raise click.UsageError("--dask writes a folder of parts: give it with -o DIR")
        if fmt != "json":
            raise click.UsageError("--dask writes JSON Lines: drop --format table")
        if timeout is not None:
            raise click.UsageError("--timeout is not available with --dask")
        from geobrief._dask import run_on_dask

        try:
            records = run_on_dask(
                state.pipeline(),
                paths,
                options,
                dask_address,
                output,
                partition_bytes=partition_bytes,
                resume=resume,
                jobs=jobs if dask_address == "local" else None,
                report=state.report,
            )
        except UsageError as exc:
            raise click.UsageError(str(exc)) from None
        click.echo(f"geobrief: {records} records written to {output}", err=True)
        _exit(state)
    if resume and (not output or output == "-"):
        raise click.UsageError("--resume continues an output file: give it with -o FILE")
    if resume and fmt != "json":
        raise click.UsageError("--resume continues JSON Lines output: drop --format table")

    workers = jobs > 1 or timeout is not None
    # With worker processes this process needs no catalog of its own: it is built (to report
    # its errors) once the workers are running, instead of before they start.
    pipeline = state.pipeline(check=not workers)
    stdin = sys.stdin.buffer.read() if "-" in paths else None
    transform = json_line if fmt == "json" else _table_answer
    try:
        sink = RecordSink(output, resume).open()
    except UsageError as exc:
        raise click.UsageError(str(exc)) from None
    with _Interrupts() as interrupts, sink:
        if sink.skipped_tail is not None:
            click.echo(
                f"{output}:{sink.skipped_tail}: dropped a record cut short; its article runs again",
                err=True,
            )
        if sink.done:  # articles are loaded here, to skip those already written
            done = sink.done
            items: Any = (
                item
                for item in pipeline.load(paths, options, stdin)
                if isinstance(item, PluginError) or (item.id, item.path) not in done
            )
        else:
            items = pipeline._sources(paths, options, stdin, jobs, timeout)
        answers = pipeline._execute(items, jobs, timeout, transform)
        checked = not workers
        try:
            for answer in answers:
                if not checked:
                    state.check(pipeline)
                    checked = True
                if isinstance(answer, PluginError):
                    state.report(answer)
                else:
                    line, errors = answer
                    sink.write(line)
                    for error in errors:
                        state.report(error)
                if interrupts.signal is not None:
                    break
        finally:
            answers.close()
        if not checked:
            state.check(pipeline)
    if interrupts.signal is not None:
        import signal

        name = signal.Signals(interrupts.signal).name
        where = f"; {output} holds them, continue with --resume" if output else ""
        click.echo(
            f"geobrief: stopped by {name} after {sink.records} whole records{where}", err=True
        )
        sys.exit(128 + interrupts.signal)
    _exit(state)


def _table(result: Result) -> str:
    article = result.article
    lines = [
        f"== {article.id}: {article.title or '(no title)'}",
        f"   published {article.published or '-'} ({article.published_status}), author {article.author or '-'}, source {article.source or '-'}",
    ]
    counts = {a.id: 0 for a in result.actors}
    for mention in result.mentions:
        counts[mention.actor] = counts.get(mention.actor, 0) + 1
    top = sorted(counts.items(), key=lambda kv: -kv[1])[:10]
    lines.append("   actors: " + ", ".join(f"{k} ({v})" for k, v in top))
    for figure in result.figures:
        lines.append(
            f"   figure  {figure.text!r}: {figure.value:g} {figure.unit} {figure.counted or ''}".rstrip()
        )
    for time in result.times:
        lines.append(f"   time    {time.text!r}: {time.value} ({time.granularity})")
    for claim in result.claims:
        lines.append(
            f"   claim   {claim.speaker or claim.speaker_name or '?'} {claim.cue or ''}: {claim.text[:80]!r}"
        )
    for rel in result.relationships:
        neg = "NOT " if rel.negated else ""
        lines.append(f"   rel     {rel.source} {neg}{rel.type} {rel.target} ({rel.mode})")
    for stance in result.stances:
        lines.append(f"   stance  {stance.holder} -> {stance.target}: {stance.polarity:+.2f}")
    return "\n".join(lines)


@main.command()
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@click.pass_obj
def plugins(state: _State, fmt: str) -> None:
    """List the registered plugins with their versions and hooks."""
    pipeline = state.pipeline()
    infos = list(pipeline.manager.info.values())
    if fmt == "json":
        click.echo(
            json.dumps(
                [
                    {
                        "name": i.name,
                        "version": i.version,
                        "origin": i.origin,
                        "hooks": list(i.hooks),
                    }
                    for i in infos
                ],
                indent=1,
            )
        )
    else:
        for info in infos:
            hooks = ", ".join(h.removeprefix("geobrief_") for h in info.hooks)
            click.echo(f"{info.name:<14} {info.version or '-':<10} {info.origin:<12} {hooks}")
    _exit(state)


@main.command()
@click.argument("name", type=click.Choice(["extract", "brief"]), default="extract")
def schema(name: str) -> None:
    """Print the JSON Schema of the extract contract (or of the brief)."""
    from geobrief.serialize import schema as load_schema

    click.echo(json.dumps(load_schema(name), indent=1))


@main.command(name="eval")
@click.option(
    "--gold",
    "gold_dir",
    required=True,
    type=click.Path(exists=True, file_okay=False),
    help="Folder of gold annotations.",
)
@input_options
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@click.pass_obj
def eval_command(
    state: _State,
    gold_dir: str,
    paths: tuple[str, ...],
    published: dt.date | None,
    max_bytes: int,
    fmt: str,
) -> None:
    """Precision, recall and F1 per layer against gold annotations."""
    from geobrief.evaluate import evaluate

    report = evaluate(iter_results(state, paths, _load_options(max_bytes, published)), gold_dir)
    click.echo(json.dumps(report.as_dict(), indent=1) if fmt == "json" else report.table())
    _exit(state)


def _exit(state: _State) -> None:
    sys.exit(EXIT_ERRORS if state.had_errors else EXIT_OK)


def run() -> None:
    """Entry point with geobrief's exit codes and one-line errors."""
    debug = "--debug" in sys.argv
    try:
        main.main(standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        click.echo("interrupted", err=True)
        sys.exit(130)
    except click.UsageError as exc:
        exc.show()
        sys.exit(EXIT_USAGE)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_ERRORS)
    except UsageError as exc:
        click.echo(f"geobrief: error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    except (GeobriefError, OSError) as exc:
        if debug:
            raise
        click.echo(f"geobrief: error: {exc}", err=True)
        sys.exit(EXIT_ERRORS)
    except BrokenPipeError:
        sys.exit(EXIT_ERRORS)


from geobrief._cli_brief import brief as _brief_command  # noqa: E402  (needs the helpers above)

main.add_command(_brief_command)
