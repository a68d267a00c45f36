"""Run articles in worker processes: ordered, chunked, with per-plugin timeouts.

Work goes to the workers as tasks: partitions of the inputs that a worker loads itself (runs of
small files, line ranges of large JSON Lines files; see :func:`partitions_for`), so the parent
does little more than write, or chunks of articles the caller already has (``run_many``). Each
worker builds the same pipeline (from the plugins' import names, so the ``spawn`` start method
works) and sends back one answer per article. Answers are yielded in input order, so the output
is the same whatever the number of workers.

Timeouts: before each plugin call a worker writes which task, which article and which plugin it
is running, and since when, into a small block of shared memory (no message per call). The
parent watches those blocks; a plugin that runs past the timeout gets its worker killed and
replaced, the plugin is reported against that article (a ``PluginError`` of type ``Timeout``)
and the task is sent again from that article on, without that plugin for that article, so the
rest of its result is kept. A worker that dies (a crash in a C extension, ``os._exit``, the
out-of-memory killer) is handled the same way, with the plugin that was running named; if no
plugin was running, the article is retried once, then reported.

Memory stays flat: the parent reads ahead only a few tasks per worker.
"""

from __future__ import annotations

import collections
import importlib
import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import wait
from types import ModuleType
from typing import TYPE_CHECKING, Any

import attrs

from geobrief.errors import GeobriefError, UsageError
from geobrief.hookspec import ARTICLE_STAGES
from geobrief.model import Article, LoadOptions, PluginError

if TYPE_CHECKING:
    from geobrief.pipeline import Pipeline

__all__ = ["Partition", "WorkerPool", "default_start_method", "partitions_for"]

#: A chunk holds articles until it has this many characters of text ...
CHUNK_CHARS = 16_000
#: ... or this many articles.
CHUNK_ARTICLES = 32
#: Chunks sent ahead to each worker, so it never waits for the parent.
PREFETCH = 2
#: Environment variable choosing the start method (spawn, forkserver, fork).
ENV_START_METHOD = "GEOBRIEF_START_METHOD"

#: About how much input a partition the workers load themselves holds.
PARTITION_BYTES = 128 * 1024

# Layout of a worker's shared status block.
_ACTIVE, _SEQ, _INDEX, _CALL, _STARTED = 0, 1, 2, 3, 4
_STOP = object()


def default_start_method() -> str:
    """``spawn`` unless ``GEOBRIEF_START_METHOD`` names another: the same everywhere, and safe
    with threads in the parent."""
    method = os.environ.get(ENV_START_METHOD, "spawn")
    if method not in multiprocessing.get_all_start_methods():
        raise UsageError(
            f"{ENV_START_METHOD}={method!r} is not available here; "
            f"choose one of {', '.join(multiprocessing.get_all_start_methods())}"
        )
    return method


# -- the worker side --------------------------------------------------------------------------


def _portable(plugin: object) -> tuple[str, object]:
    """How a worker process gets hold of the same plugin."""
    if isinstance(plugin, str):
        return ("path", plugin)
    if isinstance(plugin, ModuleType):
        name = plugin.__name__
        if sys.modules.get(name) is plugin and name not in ("__main__", "__mp_main__"):
            return ("module", name)
        raise UsageError(
            f"plugin module {name!r} cannot be loaded in worker processes: it is not importable "
            "by name; define it in an importable module (or pass its import path)"
        )
    from multiprocessing.reduction import ForkingPickler

    try:
        ForkingPickler.dumps(plugin)
    except Exception as exc:
        raise UsageError(
            f"plugin {plugin!r:.60} cannot be sent to worker processes ({exc}); register a "
            "module or an instance of a class defined at module level"
        ) from None
    return ("object", plugin)


def recipe_of(pipeline: Pipeline) -> tuple[Any, ...]:
    """What a worker (here or on another machine) needs to build the same pipeline: the
    plugins, and the plugin environment variables as this process sees them."""
    from geobrief.plugins import ENV_DISABLE, ENV_PLUGINS

    plugins, disable, entrypoints, environment, trace = pipeline._recipe
    env = {name: os.environ.get(name) for name in (ENV_PLUGINS, ENV_DISABLE)} if environment else {}
    return (tuple(_portable(p) for p in plugins), disable, entrypoints, env, trace)


def build_pipeline(recipe: tuple[Any, ...]) -> Pipeline:
    """The pipeline a recipe describes (in a worker process)."""
    from geobrief.pipeline import Pipeline

    plugins, disable, entrypoints, env, trace = recipe
    objects = [importlib.import_module(v) if kind == "module" else v for kind, v in plugins]
    saved = {name: os.environ.get(name) for name in env}
    try:
        for name, value in env.items():
            _set_env(name, value)
        return Pipeline(
            objects, disable, entrypoints=entrypoints, environment=bool(env), trace=trace
        )
    finally:
        for name, value in saved.items():
            _set_env(name, value)


def _set_env(name: str, value: str | None) -> None:
    if value is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = value


def call_table(pipeline: Pipeline) -> list[tuple[str, str]]:
    """Every (stage, plugin) call the pipeline makes on an article, in order."""
    return [
        (stage, impl.plugin_name)
        for stage in ARTICLE_STAGES
        for impl in pipeline.manager.implementations(f"geobrief_{stage}")
    ]


class Partition:
    """Inputs a worker loads itself: whole files, or a byte range of a JSON Lines file
    (``("file", path)`` or ``("jsonl", path, start, end, first_line)`` parts)."""

    __slots__ = ("options", "parts", "size")

    def __init__(self, parts: list[tuple[Any, ...]], options: LoadOptions, size: int = 0) -> None:
        self.parts = parts
        self.options = options
        self.size = size


def _items_of(pipeline: Pipeline, payload: Any) -> Iterator[Article | PluginError]:
    """The articles (and load errors) of a task, in order."""
    if not isinstance(payload, Partition):
        yield from payload
        return
    from geobrief._loaders.records import iter_jsonl

    for part in payload.parts:
        if part[0] == "jsonl":
            _kind, path, start, end, first_line = part
            yield from iter_jsonl(path, payload.options, start, end, first_line)
        else:
            yield from pipeline.load_one(part[1], payload.options)


def _worker_main(conn: Any, recipe: tuple[Any, ...], status: Any, transform: Any) -> None:
    """A worker: build the pipeline, then run the tasks it is sent until told to stop."""
    from geobrief.pipeline import run_article

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides how to stop
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    try:
        pipeline = build_pipeline(recipe)
        _ = pipeline.catalog
        calls = call_table(pipeline)
    except BaseException as exc:
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    index = {call: i for i, call in enumerate(calls)}
    conn.send(("ready", calls))
    current = [0, 0]

    def watch(stage: str | None, plugin: str | None) -> None:
        status[_ACTIVE] = 0.0
        if stage is not None:
            status[_SEQ], status[_INDEX] = current
            status[_CALL] = index.get((stage, plugin), -1)  # type: ignore[arg-type]
            status[_STARTED] = time.monotonic()
            status[_ACTIVE] = 1.0

    while True:
        try:
            tasks = conn.recv()
        except (EOFError, OSError):
            return
        if tasks is None:
            return
        for seq, payload, start, skips in tasks:
            count = 0
            for number, item in enumerate(_items_of(pipeline, payload)):
                count = number + 1
                if number < start:
                    continue
                if isinstance(item, PluginError):
                    answer: Any = item
                else:
                    current[0], current[1] = seq, number
                    skip = skips.get(number)
                    if skip:  # errors decided in the parent, which may not know the article
                        skip = {
                            key: attrs.evolve(
                                error,
                                article=error.article or item.id,
                                path=error.path or item.path,
                            )
                            for key, error in skip.items()
                        }
                    answer = run_article(pipeline, item, transform, skip, watch)
                try:
                    conn.send((seq, number, answer))
                except (EOFError, OSError):
                    return
                except Exception as exc:  # an answer that cannot be sent back
                    where = item.id if isinstance(item, Article) else None
                    conn.send(
                        (
                            seq,
                            number,
                            PluginError(
                                "core",
                                "run",
                                f"the result cannot be sent back from the worker: {exc}",
                                where,
                                "InternalError",
                                getattr(item, "path", None),
                            ),
                        )
                    )
            conn.send(("end", seq, count))


# -- the parent side --------------------------------------------------------------------------


class _Task:
    """A chunk of articles, or a partition the worker loads; answered one item at a time."""

    __slots__ = ("answers", "crashes", "payload", "received", "seq", "skips", "start", "total")

    def __init__(self, seq: int, payload: Any) -> None:
        self.seq = seq
        self.payload = payload
        self.answers: dict[int, Any] = {}
        self.received = 0  # answers come in order: items below this are answered
        self.start = 0  # where a resent task starts
        self.total: int | None = None  # known once the worker says it is done
        self.skips: dict[int, dict[tuple[str, str], PluginError]] = {}
        self.crashes: dict[int, int] = {}

    def message(self) -> tuple[Any, ...]:
        return (self.seq, self.payload, self.start, self.skips)

    def item(self, number: int) -> Article | None:
        """The article at ``number``, where the parent has it (chunks of articles)."""
        if isinstance(self.payload, list) and number < len(self.payload):
            return self.payload[number]
        return None


def _feed(conn: Any, outbox: queue.SimpleQueue[Any]) -> None:
    """Send queued tasks to one worker, so the parent's loop never blocks on a full pipe."""
    while True:
        message = outbox.get()
        if message is _STOP:
            return
        try:
            conn.send(message)
        except (OSError, ValueError):
            return


class _Worker:
    """One worker process, its pipe, its feeder thread and its shared status block."""

    def __init__(self, ctx: Any, recipe: tuple[Any, ...], transform: Any, number: int) -> None:
        self.status = ctx.RawArray("d", 5)
        parent_end, child_end = ctx.Pipe(duplex=True)
        self.process = ctx.Process(
            target=_worker_main,
            args=(child_end, recipe, self.status, transform),
            name=f"geobrief-worker-{number}",
            daemon=True,
        )
        # The terminal's Ctrl-C goes to the whole process group: the worker must not die of it
        # before it has set SIGINT aside, so it starts with SIGINT blocked.
        masked = hasattr(signal, "pthread_sigmask")
        if masked:
            previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            self.process.start()
        finally:
            if masked:
                signal.pthread_sigmask(signal.SIG_SETMASK, previous)
        child_end.close()
        self.conn = parent_end
        self.outbox: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self.feeder = threading.Thread(target=_feed, args=(parent_end, self.outbox), daemon=True)
        self.feeder.start()
        self.calls: list[tuple[str, str]] | None = None
        self.tasks: dict[int, _Task] = {}  # sent and not finished, in the order sent

    def send(self, task: _Task) -> None:
        self.tasks[task.seq] = task
        self.outbox.put([task.message()])

    def running(self) -> tuple[int, int, int, float] | None:
        """(task seq, item number, call index, started) of the plugin call under way, if any."""
        status = self.status
        if status[_ACTIVE] != 1.0:
            return None
        found = (int(status[_SEQ]), int(status[_INDEX]), int(status[_CALL]), status[_STARTED])
        return found if status[_ACTIVE] == 1.0 else None

    def stop(self, kill: bool) -> None:
        if kill and self.process.is_alive():
            self.process.kill()
        self.process.join(None if kill else 10)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.outbox.put(_STOP)
        self.feeder.join(1)
        self.conn.close()


def _exit_reason(code: int | None) -> str:
    if code is not None and code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


def partitions_for(
    pipeline: Pipeline,
    paths: Iterable[str | os.PathLike[str]],
    options: LoadOptions,
    stdin: bytes | None = None,
    partition_bytes: int = PARTITION_BYTES,
) -> Iterator[Article | PluginError | Partition]:
    """What the workers should load, in input order: partitions of the inputs (large JSON
    Lines files cut into line ranges, when the bundled loader reads them), the errors found
    while walking folders, and the articles of standard input (read here)."""
    from geobrief._dask import partition_inputs

    split = all(
        impl.plugin_name in ("txt", "json", "html")
        for impl in pipeline.manager.implementations("geobrief_load")
    )
    for raw in paths:
        path = os.fspath(raw)
        if path == "-":
            yield from pipeline.load_one("-", options, stdin)
            continue
        for item in partition_inputs([path], partition_bytes, split_jsonl=split):
            if isinstance(item, PluginError):
                yield item
            else:
                yield Partition(item, options)


class WorkerPool:
    """Run articles through copies of a pipeline in ``jobs`` worker processes.

    >>> with WorkerPool(pipeline, jobs=2, timeout=30) as pool:
    ...     for answer in pool.map(articles):
    ...         ...

    ``map`` takes articles, ``PluginError`` items (passed through in place) and
    :class:`Partition` items (inputs the workers load themselves, see :func:`partitions_for`),
    and yields in input order one answer per article: ``transform(result)`` (the ``Result``
    itself without a transform), or a ``PluginError`` for an article the core failed on or an
    input that could not be loaded.
    """

    def __init__(
        self,
        pipeline: Pipeline,
        jobs: int = 2,
        timeout: float | None = None,
        transform: Callable[[Any], Any] | None = None,
        start_method: str | None = None,
        chunk_chars: int = CHUNK_CHARS,
        chunk_articles: int = CHUNK_ARTICLES,
    ) -> None:
        if jobs < 1:
            raise ValueError(f"jobs must be 1 or more, not {jobs}")
        self.recipe = recipe_of(pipeline)
        self.jobs = jobs
        self.timeout = timeout
        self.transform = transform
        self.ctx = multiprocessing.get_context(start_method or default_start_method())
        self.chunk_chars = chunk_chars
        self.chunk_articles = chunk_articles
        self.workers: list[_Worker] = []
        self.replaced = 0  # workers replaced after a timeout or a crash

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close(kill=exc_info[0] is not None)

    def _start(self, number: int) -> _Worker:
        return _Worker(self.ctx, self.recipe, self.transform, number)

    def close(self, kill: bool = False) -> None:
        """Stop the workers (at once with ``kill``)."""
        workers, self.workers = self.workers, []
        for worker in workers:
            if not kill:
                worker.outbox.put(None)
        for worker in workers:
            worker.stop(kill)

    # -- the loop ----------------------------------------------------------------------------

    def map(self, items: Iterable[Article | PluginError | Partition]) -> Iterator[Any]:
        """Answers for ``items``, in their order (see the class)."""
        if not self.workers:
            self.workers = [self._start(i) for i in range(self.jobs)]
        try:
            yield from self._loop(iter(items))
        except BaseException:
            self.close(kill=True)
            raise

    def _loop(self, source: Iterator[Article | PluginError | Partition]) -> Iterator[Any]:
        tasks: collections.deque[_Task] = collections.deque()  # not yet fully answered, in order
        retry: collections.deque[_Task] = collections.deque()
        pending: Article | PluginError | Partition | None = None
        next_seq = 0
        exhausted = False
        ahead_limit = self.jobs * (PREFETCH + 2)

        def take_task() -> _Task | None:
            """The next task to send: one to redo, or a new one from the input."""
            nonlocal next_seq, exhausted, pending
            if retry:
                return retry.popleft()
            chunk: list[Article] = []
            chars = 0
            while not exhausted and len(tasks) < ahead_limit:
                if pending is None:
                    try:
                        pending = next(source)
                    except StopIteration:
                        exhausted = True
                        break
                item = pending
                if isinstance(item, Article):
                    if len(chunk) >= self.chunk_articles or chars >= self.chunk_chars:
                        break
                    chunk.append(item)
                    chars += len(item.text)
                    pending = None
                    continue
                if chunk:
                    break  # the chunk goes first; the partition or error comes next
                pending = None
                task = _Task(next_seq, item if isinstance(item, Partition) else [item])
                next_seq += 1
                tasks.append(task)
                if isinstance(item, PluginError):
                    task.answers[0], task.received, task.total = item, 1, 1
                    continue  # nothing to send: an error found here
                return task
            if not chunk:
                return None
            task = _Task(next_seq, chunk)
            next_seq += 1
            tasks.append(task)
            return task

        while True:
            for worker in sorted(self.workers, key=lambda w: len(w.tasks)):
                while len(worker.tasks) < PREFETCH:
                    task = take_task()
                    if task is None:
                        break
                    worker.send(task)
            while tasks:
                head = tasks[0]
                number = min(head.answers, default=None)
                if number is not None:
                    yield head.answers.pop(number)
                    continue
                if head.total is not None and head.received >= head.total:
                    tasks.popleft()
                    continue
                break
            busy = any(worker.tasks for worker in self.workers)
            if not busy and not retry and exhausted and not tasks:
                return
            if not busy and (retry or not exhausted):
                continue
            self._wait(retry)

    def _wait(self, retry: collections.deque[_Task]) -> None:
        """Wait for answers, a dead worker or a plugin past its time; handle what happened."""
        waitables: list[Any] = []
        for worker in self.workers:
            waitables += [worker.conn, worker.process.sentinel]
        tick = None if self.timeout is None else min(max(self.timeout / 4, 0.01), 0.25)
        ready = set(wait(waitables, tick))
        for worker in list(self.workers):
            dead = False
            if worker.conn in ready or worker.process.sentinel in ready:
                dead = not self._receive(worker)
            if dead or not worker.process.is_alive():
                self._replace(worker, retry, timed_out=False)
            elif self.timeout is not None:
                running = worker.running()
                if running is not None and time.monotonic() - running[3] > self.timeout:
                    self._replace(worker, retry, timed_out=True)

    def _receive(self, worker: _Worker) -> bool:
        """Read every answer waiting from one worker; False once its pipe is closed."""
        try:
            while worker.conn.poll():
                message = worker.conn.recv()
                if message[0] == "ready":
                    worker.calls = message[1]
                elif message[0] == "failed":
                    raise GeobriefError(f"a worker process could not start: {message[1]}")
                elif message[0] == "end":
                    task = worker.tasks.pop(message[1], None)
                    if task is not None:
                        task.total = message[2]
                else:
                    seq, number, answer = message
                    task = worker.tasks.get(seq)
                    if task is not None and number not in task.answers:
                        task.answers[number] = answer
                        task.received = number + 1
        except (EOFError, OSError):
            return False
        return True

    def _replace(self, worker: _Worker, retry: collections.deque[_Task], timed_out: bool) -> None:
        """Kill a worker (or bury a dead one), blame the plugin it was running, requeue its
        unfinished tasks and start another worker in its place."""
        running = worker.running()
        worker.process.kill()
        worker.process.join()
        self._receive(worker)  # answers it sent before it stopped still count
        if worker.calls is None and not timed_out:
            code = worker.process.exitcode
            worker.stop(kill=True)
            raise GeobriefError(
                f"a worker process died while starting ({_exit_reason(code)}); with the "
                f"{self.ctx.get_start_method()} start method a script that uses worker processes "
                "must start them under `if __name__ == '__main__':`"
            )
        reason = _exit_reason(worker.process.exitcode)
        unfinished = list(worker.tasks.values())
        for task in unfinished:
            task.start = task.received
        culprit = None
        if running is not None and running[0] in worker.tasks and worker.calls is not None:
            seq, number, call, _started = running
            if 0 <= call < len(worker.calls) and number == worker.tasks[seq].received:
                culprit = (worker.tasks[seq], number, worker.calls[call])
        if culprit is not None:
            task, number, (stage, plugin) = culprit
            article = task.item(number)
            article_id = article.id if article is not None else None
            path = article.path if article is not None else None
            if timed_out:
                message = (
                    f"took longer than {self.timeout:g} s on this article and was stopped "
                    "(its worker process was replaced)"
                )
                error_type = "Timeout"
            else:
                message = f"the worker process died ({reason}) while this plugin ran"
                error_type = "WorkerDied"
            task.skips.setdefault(number, {})[(stage, plugin)] = PluginError(
                plugin, stage, message, article_id, error_type, path
            )
        elif unfinished and not timed_out:
            task = unfinished[0]
            number = task.received
            task.crashes[number] = task.crashes.get(number, 0) + 1
            if task.crashes[number] >= 2:
                article = task.item(number)
                task.answers[number] = PluginError(
                    "core",
                    "run",
                    f"the worker process died twice on item {number + 1} of this input "
                    f"({reason}); it was skipped",
                    article.id if article is not None else None,
                    "WorkerDied",
                    article.path if article is not None else _partition_path(task.payload),
                )
                task.received = task.start = number + 1
        for task in reversed(unfinished):
            retry.appendleft(task)
        worker.tasks.clear()
        worker.stop(kill=True)
        number = self.workers.index(worker)
        self.workers[number] = self._start(number)
        self.replaced += 1


def _partition_path(payload: Any) -> str | None:
    if isinstance(payload, Partition) and payload.parts:
        return str(payload.parts[0][1])
    return None
