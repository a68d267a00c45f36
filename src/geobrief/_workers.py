"""Run articles in worker processes: ordered, chunked, with per-plugin timeouts.

The parent process loads the inputs and hands articles to the workers in chunks; each worker
builds the same pipeline (from the plugins' import names, so the ``spawn`` start method works)
and sends back one answer per article. Answers are yielded in input order, so the output is the
same whatever the number of workers.

Timeouts: before each plugin call a worker writes which article and which plugin it is running,
and since when, into a small block of shared memory (no message per call). The parent watches
those blocks; a plugin that runs past the timeout gets its worker killed and replaced, the
plugin is reported against that article (a ``PluginError`` of type ``Timeout``) and the article
is run again without it, so the rest of its result is kept. A worker that dies (a crash in a C
extension, ``os._exit``, the out-of-memory killer) is handled the same way, with the plugin that
was running named; if no plugin was running, the article is retried once, then reported.

Memory stays flat: the parent reads ahead only a bounded number of articles.
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

from geobrief.errors import GeobriefError, UsageError
from geobrief.hookspec import ARTICLE_STAGES
from geobrief.model import Article, PluginError

if TYPE_CHECKING:
    from geobrief.pipeline import Pipeline

__all__ = ["WorkerPool", "default_start_method"]

#: A chunk holds articles until it has this many characters of text ...
CHUNK_CHARS = 16_000
#: ... or this many articles.
CHUNK_ARTICLES = 32
#: Chunks sent ahead to each worker, so it never waits for the parent.
PREFETCH = 2
#: Environment variable choosing the start method (spawn, forkserver, fork).
ENV_START_METHOD = "GEOBRIEF_START_METHOD"

# Layout of a worker's shared status block.
_ACTIVE, _SEQ, _CALL, _STARTED = 0, 1, 2, 3
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


def _worker_main(conn: Any, recipe: tuple[Any, ...], status: Any, transform: Any) -> None:
    """A worker: build the pipeline, then run the chunks it is sent until told to stop."""
    from geobrief.pipeline import run_article

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides how to stop
    try:
        pipeline = build_pipeline(recipe)
        _ = pipeline.catalog
        calls = call_table(pipeline)
    except BaseException as exc:
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    index = {call: i for i, call in enumerate(calls)}
    conn.send(("ready", calls))
    current = [0]

    def watch(stage: str | None, plugin: str | None) -> None:
        status[_ACTIVE] = 0.0
        if stage is not None:
            status[_SEQ] = current[0]
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
        for seq, article, skip in tasks:
            current[0] = seq
            answer = run_article(pipeline, article, transform, skip, watch)
            try:
                conn.send((seq, answer))
            except (EOFError, OSError):
                return
            except Exception as exc:  # an answer that cannot be sent back
                conn.send(
                    (
                        seq,
                        PluginError(
                            "core",
                            "run",
                            f"the result cannot be sent back from the worker: {exc}",
                            article.id,
                            "InternalError",
                            article.path,
                        ),
                    )
                )


# -- the parent side --------------------------------------------------------------------------


class _Task:
    __slots__ = ("article", "crashes", "seq", "skip")

    def __init__(self, seq: int, article: Article) -> None:
        self.seq = seq
        self.article = article
        self.skip: dict[tuple[str, str], PluginError] = {}
        self.crashes = 0

    def message(self) -> tuple[int, Article, dict[tuple[str, str], PluginError] | None]:
        return (self.seq, self.article, self.skip or None)


def _feed(conn: Any, outbox: queue.SimpleQueue[Any]) -> None:
    """Send queued chunks to one worker, so the parent's loop never blocks on a full pipe."""
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
        self.status = ctx.RawArray("d", 4)
        parent_end, child_end = ctx.Pipe(duplex=True)
        self.process = ctx.Process(
            target=_worker_main,
            args=(child_end, recipe, self.status, transform),
            name=f"geobrief-worker-{number}",
            daemon=True,
        )
        self.process.start()
        child_end.close()
        self.conn = parent_end
        self.outbox: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self.feeder = threading.Thread(target=_feed, args=(parent_end, self.outbox), daemon=True)
        self.feeder.start()
        self.calls: list[tuple[str, str]] | None = None
        self.tasks: dict[int, _Task] = {}  # unfinished, in the order sent
        self.chunks: collections.deque[set[int]] = collections.deque()

    def send(self, chunk: list[_Task]) -> None:
        for task in chunk:
            self.tasks[task.seq] = task
        self.chunks.append({task.seq for task in chunk})
        self.outbox.put([task.message() for task in chunk])

    def finish(self, seq: int) -> _Task | None:
        task = self.tasks.pop(seq, None)
        for chunk in self.chunks:
            chunk.discard(seq)
        while self.chunks and not self.chunks[0]:
            self.chunks.popleft()
        return task

    def running(self) -> tuple[int, int, float] | None:
        """(article seq, call index, started) of the plugin call under way, if any."""
        status = self.status
        if status[_ACTIVE] != 1.0:
            return None
        found = (int(status[_SEQ]), int(status[_CALL]), status[_STARTED])
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


class WorkerPool:
    """Run articles through copies of a pipeline in ``jobs`` worker processes.

    >>> with WorkerPool(pipeline, jobs=2, timeout=30) as pool:
    ...     for answer in pool.map(articles):
    ...         ...

    ``map`` yields, in input order, one answer per item: ``transform(result)`` (the ``Result``
    itself without a transform) for an article, a ``PluginError`` for an article the core failed
    on, and any ``PluginError`` among the items as it is.
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

    def map(self, items: Iterable[Article | PluginError]) -> Iterator[Any]:
        """Answers for ``items``, in their order (see the class)."""
        if not self.workers:
            self.workers = [self._start(i) for i in range(self.jobs)]
        try:
            yield from self._loop(iter(items))
        except BaseException:
            self.close(kill=True)
            raise

    def _loop(self, source: Iterator[Article | PluginError]) -> Iterator[Any]:
        done: dict[int, Any] = {}
        retry: collections.deque[_Task] = collections.deque()
        next_out = 0
        next_seq = 0
        exhausted = False
        ahead_limit = self.jobs * (PREFETCH + 2) * self.chunk_articles

        def take_chunk() -> list[_Task]:
            nonlocal next_seq, exhausted
            chunk: list[_Task] = []
            chars = 0
            while retry and len(chunk) < self.chunk_articles and chars < self.chunk_chars:
                task = retry.popleft()
                chunk.append(task)
                chars += len(task.article.text)
            while (
                not exhausted
                and len(chunk) < self.chunk_articles
                and chars < self.chunk_chars
                and next_seq - next_out < ahead_limit
            ):
                try:
                    item = next(source)
                except StopIteration:
                    exhausted = True
                    break
                seq, next_seq = next_seq, next_seq + 1
                if isinstance(item, Article):
                    chunk.append(_Task(seq, item))
                    chars += len(item.text)
                else:
                    done[seq] = item
            return chunk

        while True:
            for worker in sorted(self.workers, key=lambda w: len(w.chunks)):
                while len(worker.chunks) < PREFETCH:
                    chunk = take_chunk()
                    if not chunk:
                        break
                    worker.send(chunk)
            while next_out in done:
                answer = done.pop(next_out)
                next_out += 1
                yield answer
            busy = any(worker.tasks for worker in self.workers)
            if not busy and not retry and exhausted and not done:
                return
            if not busy:
                continue  # the head of the input is ready, or more input can be read
            self._wait(done, retry)

    def _wait(self, done: dict[int, Any], retry: collections.deque[_Task]) -> None:
        """Wait for answers, a dead worker or a plugin past its time; handle what happened."""
        waitables: list[Any] = []
        for worker in self.workers:
            waitables += [worker.conn, worker.process.sentinel]
        tick = None if self.timeout is None else min(max(self.timeout / 4, 0.01), 0.25)
        ready = set(wait(waitables, tick))
        for worker in list(self.workers):
            dead = False
            if worker.conn in ready or worker.process.sentinel in ready:
                dead = not self._receive(worker, done)
            if dead or not worker.process.is_alive():
                self._replace(worker, done, retry, timed_out=False)
            elif self.timeout is not None:
                running = worker.running()
                if running is not None and time.monotonic() - running[2] > self.timeout:
                    self._replace(worker, done, retry, timed_out=True)

    def _receive(self, worker: _Worker, done: dict[int, Any]) -> bool:
        """Read every answer waiting from one worker; False once its pipe is closed."""
        try:
            while worker.conn.poll():
                message = worker.conn.recv()
                if message[0] == "ready":
                    worker.calls = message[1]
                elif message[0] == "failed":
                    raise GeobriefError(f"a worker process could not start: {message[1]}")
                else:
                    seq, answer = message
                    if worker.finish(seq) is not None:
                        done[seq] = answer
        except (EOFError, OSError):
            return False
        return True

    def _replace(
        self,
        worker: _Worker,
        done: dict[int, Any],
        retry: collections.deque[_Task],
        timed_out: bool,
    ) -> None:
        """Kill a worker (or bury a dead one), blame the plugin it was running, requeue its
        unfinished articles and start another worker in its place."""
        running = worker.running()
        worker.process.kill()
        worker.process.join()
        self._receive(worker, done)  # answers it sent before it stopped still count
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
        culprit = None
        if running is not None and running[0] in worker.tasks and worker.calls is not None:
            seq, call, _started = running
            if 0 <= call < len(worker.calls):
                culprit = (worker.tasks[seq], worker.calls[call])
        if culprit is not None:
            task, (stage, plugin) = culprit
            if timed_out:
                message = (
                    f"took longer than {self.timeout:g} s on this article and was stopped "
                    "(its worker process was replaced)"
                )
                error_type = "Timeout"
            else:
                message = f"the worker process died ({reason}) while this plugin ran"
                error_type = "WorkerDied"
            task.skip[(stage, plugin)] = PluginError(
                plugin, stage, message, task.article.id, error_type, task.article.path
            )
        elif unfinished and not timed_out:
            task = unfinished[0]
            task.crashes += 1
            if task.crashes >= 2:
                unfinished.pop(0)
                done[task.seq] = PluginError(
                    "core",
                    "run",
                    f"the worker process died twice on this article ({reason}); it was skipped",
                    task.article.id,
                    "WorkerDied",
                    task.article.path,
                )
        for task in reversed(unfinished):
            retry.appendleft(task)
        worker.tasks.clear()
        worker.chunks.clear()
        worker.stop(kill=True)
        number = self.workers.index(worker)
        self.workers[number] = self._start(number)
        self.replaced += 1
