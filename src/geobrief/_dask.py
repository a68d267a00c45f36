"""Run the pipeline over a Dask distributed cluster, one task per partition of the input.

The client walks the inputs and cuts them into partitions of about ``partition_bytes``: runs of
whole files, and byte ranges of large JSON Lines files cut at line ends (with their first line
numbers counted, so every record keeps its ``path:line``). Each task loads its partition on a
worker, runs the pipeline and writes ``part-NNNNN.jsonl`` into the output folder (atomically:
a temporary file renamed into place), so the workers need the input paths and the output folder
at the same place (a shared file system). In partition order, the parts together are exactly what
``geobrief extract`` writes on one machine.

The folder also gets ``_partitions.json``, the list of partitions; ``--resume`` checks it against
the inputs and runs only the partitions without a part file.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from geobrief.errors import UsageError
from geobrief.model import LoadOptions, PluginError

if TYPE_CHECKING:
    from geobrief.pipeline import Pipeline

__all__ = ["DEFAULT_PARTITION_BYTES", "partition_inputs", "run_on_dask", "run_partition"]

#: About how much input one task reads.
DEFAULT_PARTITION_BYTES = 8 * 1024 * 1024
MANIFEST = "_partitions.json"

Part = tuple[Any, ...]  # ("file", path) or ("jsonl", path, start, end, first_line)


def _jsonl_ranges(path: str, target: int) -> Iterator[Part]:
    """Byte ranges of about ``target`` bytes of a JSON Lines file, each ending after a newline,
    with the number of its first line."""
    start = position = 0
    first = number = 1
    with open(path, "rb") as handle:
        for raw in handle:
            position += len(raw)
            number += 1
            if position - start >= target:
                yield ("jsonl", path, start, position, first)
                start, first = position, number
    if position > start or position == 0:
        yield ("jsonl", path, start, None, first)


def partition_inputs(
    paths: Iterable[str],
    partition_bytes: int = DEFAULT_PARTITION_BYTES,
    split_jsonl: bool = True,
) -> Iterator[list[Part] | PluginError]:
    """Partitions of the inputs in input order (with the input errors found on the way).

    Large JSON Lines files are cut into line ranges only with ``split_jsonl`` (when the bundled
    loader is the one that reads them)."""
    from geobrief.pipeline import iter_input_files

    current: list[Part] = []
    size = 0
    for path in iter_input_files(paths):
        if isinstance(path, PluginError):
            if current:
                yield current
                current, size = [], 0
            yield path
            continue
        if path == "-":
            raise UsageError("standard input ('-') cannot be read on a cluster; give files")
        try:
            length = os.path.getsize(path)
        except OSError:
            length = 0
        if (
            split_jsonl
            and path.lower().endswith(".jsonl")
            and os.path.isfile(path)
            and length > partition_bytes
        ):
            if current:
                yield current
                current, size = [], 0
            for part in _jsonl_ranges(path, partition_bytes):
                yield [part]
            continue
        current.append(("file", path))
        size += length
        if size >= partition_bytes:
            yield current
            current, size = [], 0
    if current:
        yield current


_CACHE: list[tuple[Any, Pipeline]] = []


def _pipeline(recipe: tuple[Any, ...]) -> Pipeline:
    """One pipeline per worker process and recipe (plugins and catalog are built once)."""
    from geobrief._workers import build_pipeline

    for known, pipeline in _CACHE:
        if known == recipe:
            return pipeline
    pipeline = build_pipeline(recipe)
    _ = pipeline.catalog
    _CACHE[:] = [(recipe, pipeline)]
    return pipeline


def run_partition(
    recipe: tuple[Any, ...], parts: list[Part], options: LoadOptions, out_path: str
) -> tuple[int, list[PluginError]]:
    """Load, run and write one partition (on a worker): the records written and the errors."""
    from geobrief._atomic import atomic_writer
    from geobrief._loaders.records import iter_jsonl
    from geobrief._output import json_line
    from geobrief.pipeline import run_article

    pipeline = _pipeline(recipe)
    errors: list[PluginError] = []
    records = 0

    def articles() -> Iterator[Any]:
        for part in parts:
            if part[0] == "jsonl":
                _kind, path, start, end, first_line = part
                yield from iter_jsonl(path, options, start, end, first_line)
            else:
                yield from pipeline.load_one(part[1], options)

    with atomic_writer(out_path) as out:
        for item in articles():
            if isinstance(item, PluginError):
                errors.append(item)
                continue
            answer = run_article(pipeline, item, json_line)
            if isinstance(answer, PluginError):
                errors.append(answer)
                continue
            line, found = answer
            out.write(line)
            errors.extend(found)
            records += 1
    return records, errors


def _connect(address: str, jobs: int | None) -> tuple[Any, Any]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise UsageError("--dask needs the 'dask' extra: pip install 'geobrief[dask]'") from None
    if address == "local":
        cluster = LocalCluster(
            n_workers=jobs or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",
        )
        return Client(cluster), cluster
    return Client(address), None


def run_on_dask(
    pipeline: Pipeline,
    paths: Iterable[str],
    options: LoadOptions,
    address: str,
    out_dir: str,
    *,
    partition_bytes: int = DEFAULT_PARTITION_BYTES,
    resume: bool = False,
    jobs: int | None = None,
    report: Callable[[PluginError], None] = lambda error: None,
) -> int:
    """Run over the cluster at ``address`` (``local``: a cluster of ``jobs`` processes on this
    machine), writing the parts into ``out_dir``; report each error in input order and return the
    number of records written."""
    from geobrief._workers import recipe_of

    recipe = recipe_of(pipeline)
    split = all(
        impl.plugin_name in ("txt", "json", "html")
        for impl in pipeline.manager.implementations("geobrief_load")
    )
    items = list(partition_inputs(paths, partition_bytes, split_jsonl=split))
    partitions = [item for item in items if not isinstance(item, PluginError)]
    os.makedirs(out_dir, exist_ok=True)
    manifest_path = os.path.join(out_dir, MANIFEST)
    manifest = {"partitions": [[list(part) for part in parts] for parts in partitions]}
    if resume and os.path.exists(manifest_path):
        with open(manifest_path, encoding="utf-8") as handle:
            if json.load(handle) != manifest:
                raise UsageError(
                    f"{out_dir}: the inputs are not those of the run being resumed "
                    f"(see {MANIFEST}); start afresh without --resume"
                )
    elif not resume:
        for name in os.listdir(out_dir):
            if name.startswith("part-") and name.endswith(".jsonl"):
                os.unlink(os.path.join(out_dir, name))
    from geobrief._atomic import atomic_writer

    with atomic_writer(manifest_path) as handle:
        json.dump(manifest, handle, indent=1)

    client, cluster = _connect(address, jobs)
    try:
        futures: dict[int, Any] = {}
        for index, parts in enumerate(partitions):
            out_path = os.path.join(out_dir, f"part-{index:05d}.jsonl")
            if resume and os.path.exists(out_path):
                continue
            futures[index] = client.submit(
                run_partition, recipe, parts, options, out_path, pure=False
            )
        records = 0
        index = 0
        for item in items:
            if isinstance(item, PluginError):
                report(item)
                continue
            future = futures.get(index)
            index += 1
            if future is None:
                continue
            count, errors = future.result()
            records += count
            for error in errors:
                report(error)
        return records
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
