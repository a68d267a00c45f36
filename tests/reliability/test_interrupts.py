"""Interrupted runs: SIGINT or SIGTERM mid-run leaves -o FILE holding whole records only, and
--resume then finishes it to exactly what an uninterrupted run writes: no duplicates, nothing
missing."""

from __future__ import annotations

import json
import signal
import subprocess
import time

import pytest

from .conftest import (
    BUNDLED_EXTRACTORS,
    cli,
    geobrief_command,
    process_env,
    run_process,
    story,
)

COUNT = 30


@pytest.fixture
def batch(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text(
        "".join(json.dumps({"id": f"s{i}", "text": story(i)}) + "\n" for i in range(COUNT)), "utf-8"
    )
    return path


@pytest.fixture
def reference(tmp_path, batch):
    """The output of an uninterrupted run."""
    out = tmp_path / "reference.jsonl"
    result = cli(
        "--disable",
        BUNDLED_EXTRACTORS,
        "-p",
        "faultplugins.slow",
        "extract",
        batch,
        "-o",
        out,
        env={"GEOBRIEF_TEST_DELAY": "0"},
    )
    assert result.exit_code == 0, result.stderr
    return out.read_bytes()


def _args(batch, out, *extra):
    return (
        "--disable",
        BUNDLED_EXTRACTORS,
        "-p",
        "faultplugins.slow",
        "extract",
        batch,
        "-o",
        out,
        *extra,
    )


def _wait_for(progress, count, deadline=60.0):
    stop = time.monotonic() + deadline
    while time.monotonic() < stop:
        if progress.exists() and len(progress.read_text().splitlines()) >= count:
            return
        time.sleep(0.02)
    raise AssertionError("the run made no progress")


def _check_whole_records(data: bytes, reference: bytes) -> int:
    """The partial output is valid JSON Lines, a prefix of the full output; its record count."""
    assert reference.startswith(data)
    assert data == b"" or data.endswith(b"\n")
    lines = data.splitlines()
    for line in lines:
        json.loads(line)
    return len(lines)


@pytest.mark.parametrize(
    "jobs, number", [(1, signal.SIGINT), (2, signal.SIGTERM), (1, signal.SIGTERM)]
)
def test_interrupts_signal_then_resume_equals_uninterrupted(
    tmp_path, batch, reference, jobs, number
):
    out = tmp_path / "out.jsonl"
    progress = tmp_path / "progress"
    process = subprocess.Popen(
        geobrief_command(*_args(batch, out, "--jobs", jobs)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=process_env(GEOBRIEF_TEST_PROGRESS=str(progress), GEOBRIEF_TEST_DELAY="0.1"),
    )
    _wait_for(progress, 6)
    process.send_signal(number)
    _stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 128 + number, stderr.decode()
    assert f"stopped by {signal.Signals(number).name}" in stderr.decode()

    partial = out.read_bytes() if out.exists() else b""
    written = _check_whole_records(partial, reference)
    assert written < COUNT
    assert not list(tmp_path.glob(".out.jsonl.*.part"))  # no temporary file left behind

    resumed = run_process(*_args(batch, out, "--resume", "--jobs", jobs), GEOBRIEF_TEST_DELAY="0")
    assert resumed.returncode == 0, resumed.stderr.decode()
    assert out.read_bytes() == reference


def test_interrupts_second_signal_stops_at_once_keeping_whole_records(tmp_path, batch, reference):
    out = tmp_path / "out.jsonl"
    progress = tmp_path / "progress"
    process = subprocess.Popen(
        geobrief_command(*_args(batch, out)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=process_env(GEOBRIEF_TEST_PROGRESS=str(progress), GEOBRIEF_TEST_DELAY="1"),
    )
    _wait_for(progress, 1)
    process.send_signal(signal.SIGINT)
    time.sleep(0.2)
    process.send_signal(signal.SIGINT)  # the slow plugin is mid-article: do not wait for it
    process.communicate(timeout=30)
    assert process.returncode == 130
    _check_whole_records(out.read_bytes() if out.exists() else b"", reference)


def test_interrupts_resume_drops_a_record_cut_short(tmp_path, batch, reference):
    """What a SIGKILL or a power cut during an append leaves: a last line cut short."""
    out = tmp_path / "out.jsonl"
    lines = reference.splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:4]) + lines[4][: len(lines[4]) // 2])
    result = cli(*_args(batch, out, "--resume"), env={"GEOBRIEF_TEST_DELAY": "0"})
    assert result.exit_code == 0, result.stderr
    assert f"{out}:5: dropped a record cut short" in result.stderr
    assert out.read_bytes() == reference


def test_interrupts_resume_skips_done_articles_without_running_them(tmp_path, batch, reference):
    out = tmp_path / "out.jsonl"
    progress = tmp_path / "progress"
    out.write_bytes(b"".join(reference.splitlines(keepends=True)[:10]))
    result = cli(
        *_args(batch, out, "--resume"),
        env={"GEOBRIEF_TEST_DELAY": "0", "GEOBRIEF_TEST_PROGRESS": str(progress)},
    )
    assert result.exit_code == 0
    assert progress.read_text().split() == [f"s{i}" for i in range(10, COUNT)]
    assert out.read_bytes() == reference
    again = cli(*_args(batch, out, "--resume"), env={"GEOBRIEF_TEST_DELAY": "0"})
    assert again.exit_code == 0 and out.read_bytes() == reference  # nothing left: no duplicates


def test_interrupts_resume_refuses_a_file_that_is_not_geobrief_output(tmp_path, batch):
    out = tmp_path / "out.jsonl"
    out.write_text('{"schema": "1.0", "article": {"id": "a"}}\nnot json\n{"x": 1}\n', "utf-8")
    result = run_process(*_args(batch, out, "--resume"), GEOBRIEF_TEST_DELAY="0")
    assert result.returncode == 2
    assert f"{out}:2: not a geobrief record" in result.stderr.decode()
    assert out.read_text("utf-8").count("\n") == 3  # left alone


def test_interrupts_failed_run_before_any_record_leaves_file_alone(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n", "utf-8")
    result = run_process("-p", "no.such.module", "extract", tmp_path, "-o", out)
    assert result.returncode == 1 and b"no.such.module" in result.stderr
    assert out.read_text("utf-8") == "previous\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]
