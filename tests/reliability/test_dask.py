"""The Dask engine: partitions cover the input exactly, and the parts a cluster writes are, in
order, byte for byte what one machine writes; errors are reported the same way."""

from __future__ import annotations

import itertools
import json
import os

# dask[distributed] is part of the test extra: a missing install fails here, it is never skipped
import distributed  # noqa: F401
import pytest

from geobrief import LoadOptions, Pipeline

from .conftest import cli, error_lines, story


@pytest.fixture(scope="module")
def cluster():
    from dask.distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0"
    ) as local:
        yield local.scheduler_address


@pytest.fixture
def inputs(tmp_path, corpus_files):
    batch = tmp_path / "batch.jsonl"
    lines = [json.dumps({"id": f"r{i}", "text": story(i)}) for i in range(40)]
    lines[7] = "{broken"
    batch.write_text("\n".join(lines) + "\n", "utf-8")
    return [*map(str, corpus_files), str(batch), str(tmp_path / "missing.txt")]


def _parts(folder) -> bytes:
    names = sorted(n for n in os.listdir(folder) if n.startswith("part-"))
    return b"".join((folder / n).read_bytes() for n in names)


def test_dask_partitions_cover_jsonl_exactly(tmp_path):
    from geobrief._dask import partition_inputs
    from geobrief._loaders.records import iter_jsonl

    path = tmp_path / "big.jsonl"
    path.write_text(
        "".join(json.dumps({"id": f"x{i}", "text": story(i)}) + "\n" for i in range(100))
        + "\n\nnot json\n",
        "utf-8",
    )
    (whole,) = list(partition_inputs([str(path)], partition_bytes=10**9))
    parts = list(partition_inputs([str(path)], partition_bytes=3000))
    assert len(parts) > 5 and all(len(p) == 1 and p[0][0] == "jsonl" for p in parts)
    ranges = [p[0] for p in parts]
    assert ranges[0][2] == 0 and ranges[-1][3] is None
    for before, after in itertools.pairwise(ranges):
        assert before[3] == after[2]  # contiguous, no gap, no overlap
    options = LoadOptions()
    split = [item for _, p, s, e, n in ranges for item in iter_jsonl(p, options, s, e, n)]
    assert whole == [("file", str(path))]
    assert split == list(Pipeline(entrypoints=False, environment=False).load([path]))


def test_dask_parts_equal_the_local_run(tmp_path, inputs, cluster):
    local = cli("extract", *inputs, "-o", tmp_path / "local.jsonl")
    out = tmp_path / "parts"
    remote = cli("extract", *inputs, "--dask", cluster, "-o", out, "--partition-bytes", "4000")
    assert local.exit_code == remote.exit_code == 1  # the broken line and the missing file
    assert len(list(out.glob("part-*.jsonl"))) > 3
    assert _parts(out) == (tmp_path / "local.jsonl").read_bytes()
    remote_errors = [e for e in error_lines(remote.stderr) if not e.startswith("geobrief: ")]
    assert remote_errors == error_lines(local.stderr)
    assert len(remote_errors) == 2


def test_dask_resume_runs_only_missing_parts(tmp_path, inputs, cluster):
    out = tmp_path / "parts"
    first = cli("extract", *inputs, "--dask", cluster, "-o", out, "--partition-bytes", "4000")
    assert first.exit_code == 1
    complete = _parts(out)
    parts = sorted(out.glob("part-*.jsonl"))
    parts[2].unlink()
    kept = {p: p.stat().st_mtime_ns for p in parts if p != parts[2]}
    again = cli(
        "extract", *inputs, "--dask", cluster, "-o", out, "--partition-bytes", "4000", "--resume"
    )
    assert again.exit_code == 1
    assert _parts(out) == complete
    assert all(p.stat().st_mtime_ns == t for p, t in kept.items())  # not redone
    changed = cli(
        "extract",
        *inputs[:2],
        "--dask",
        cluster,
        "-o",
        out,
        "--partition-bytes",
        "4000",
        "--resume",
    )
    assert changed.exit_code == 2 and "not those of the run being resumed" in changed.stderr


def test_dask_local_cluster_of_processes(tmp_path, corpus_files):
    """``--dask local`` starts its own cluster of worker processes."""
    local = cli("extract", *corpus_files)
    out = tmp_path / "parts"
    result = cli("extract", *corpus_files, "--dask", "local", "--jobs", "1", "-o", out)
    assert result.exit_code == 0, result.stderr
    assert _parts(out) == local.stdout.encode("utf-8")
