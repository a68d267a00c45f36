"""Plugin faults: a plugin that raises, returns the wrong type, returns spans outside the text,
hangs or kills its process is reported against that plugin, stage and article; every other
article, and every other plugin's work on the same article, is kept."""

from __future__ import annotations

import json

import pytest

from geobrief import Article, Pipeline, PluginError

from .conftest import BUNDLED_EXTRACTORS, cli, error_lines, read_records, story

FAULTS = ("raising", "wrongtype", "outside")


def _batch(tmp_path, markers: dict[int, str], count: int = 8):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": f"a{i}", "text": story(i, " " + markers.get(i, ""))})
        for i in range(count)
    ]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def _plugin_args(*names: str) -> list[str]:
    return [arg for name in names for arg in ("-p", f"faultplugins.{name}")]


def _strip_errors(record: dict) -> dict:
    return {k: v for k, v in record.items() if k != "errors"}


def test_plugin_faults_raise_wrong_type_and_bad_spans_are_named(tmp_path):
    batch = _batch(tmp_path, {2: "RAISE-HERE", 4: "WRONG-TYPE", 6: "OUTSIDE-SPAN"})
    faulty = cli(*_plugin_args(*FAULTS), "extract", batch, "-o", tmp_path / "f.jsonl")
    clean = cli("extract", batch, "-o", tmp_path / "c.jsonl")
    assert faulty.exit_code == 1 and clean.exit_code == 0, clean.stderr

    described = error_lines(faulty.stderr)
    expected = {
        f"{batch}:3": [("faultplugins.raising", "facts", "RuntimeError")],
        f"{batch}:5": [("faultplugins.wrongtype", "facts", "InvalidItem")] * 3
        + [("faultplugins.wrongtype", "links", "TypeError")],
        f"{batch}:7": [("faultplugins.outside", "facts", "InvalidItem")] * 2,
    }
    assert len(described) == sum(len(v) for v in expected.values())
    for line in described:
        assert any(line.startswith(f"{where}: [") for where in expected), line

    faulty_records, clean_records = (
        read_records(tmp_path / "f.jsonl"),
        read_records(tmp_path / "c.jsonl"),
    )
    assert len(faulty_records) == len(clean_records) == 8  # no article lost
    for got, want in zip(faulty_records, clean_records, strict=True):
        where = got["article"]["path"]
        assert _strip_errors(got) == _strip_errors(want)  # the good plugins' work is all there
        errors = [(e["plugin"], e["stage"], e["error_type"]) for e in got["errors"]]
        assert sorted(errors) == sorted(expected.get(where, []))
        for error in got["errors"]:
            assert error["article"] == got["article"]["id"] and error["path"] == where
    outside = next(r for r in faulty_records if r["article"]["id"] == "a6")
    messages = " ".join(e["message"] for e in outside["errors"])
    assert "outside the text" in messages and "does not match its span" in messages


def test_plugin_faults_hang_times_out_and_the_run_goes_on(tmp_path):
    """With --timeout and one job, the articles run in one worker process."""
    batch = _batch(tmp_path, {1: "HANG-HERE", 5: "HANG-HERE"})
    args = ["--disable", "claims,relations,stances", "extract", batch]
    hung = cli(*_plugin_args("hang"), *args, "--timeout", "0.5", "-o", tmp_path / "h.jsonl")
    clean = cli(*args, "-o", tmp_path / "c.jsonl")
    assert hung.exit_code == 1 and clean.exit_code == 0

    lines = error_lines(hung.stderr)
    assert len(lines) == 2
    for line, number in zip(lines, (2, 6), strict=True):
        assert line.startswith(f"{batch}:{number}: [faultplugins.hang/mentions] Timeout: ")
    got, want = read_records(tmp_path / "h.jsonl"), read_records(tmp_path / "c.jsonl")
    assert [_strip_errors(r) for r in got] == [_strip_errors(r) for r in want]
    assert [len(r["errors"]) for r in got] == [0, 1, 0, 0, 0, 1, 0, 0]


def test_plugin_faults_crashing_worker_is_replaced_and_named(tmp_path):
    batch = _batch(tmp_path, {3: "CRASH-HERE"})
    args = ["--disable", BUNDLED_EXTRACTORS, "extract", batch, "--jobs", "2"]
    result = cli(*_plugin_args("crash"), *args, "-o", tmp_path / "out.jsonl")
    assert result.exit_code == 1
    (line,) = error_lines(result.stderr)
    assert line.startswith(f"{batch}:4: [faultplugins.crash/links] WorkerDied: ")
    assert "exit code 3" in line
    records = read_records(tmp_path / "out.jsonl")
    assert [r["article"]["id"] for r in records] == [f"a{i}" for i in range(8)]


def test_plugin_faults_python_api_with_jobs_and_timeout():
    import faultplugins.hang as hang
    import faultplugins.raising as raising

    pipeline = Pipeline(plugins=[hang, raising], entrypoints=False, environment=False)
    articles = [Article(f"n{i}", story(i, " HANG-HERE" if i == 2 else "")) for i in range(5)]
    articles.append(Article("r", story(9, " RAISE-HERE")))
    results = list(pipeline.run_many(articles, jobs=2, timeout=0.5))
    assert [r.article.id for r in results] == ["n0", "n1", "n2", "n3", "n4", "r"]
    (timeout,) = results[2].errors
    assert (timeout.plugin, timeout.stage, timeout.error_type, timeout.article) == (
        "hang",
        "mentions",
        "Timeout",
        "n2",
    )
    (raised,) = results[5].errors
    assert (raised.plugin, raised.error_type) == ("raising", "RuntimeError")
    assert all(not r.errors for r in results[:2] + results[3:5])


def test_plugin_faults_unshippable_plugin_is_a_clear_error():
    import types

    from geobrief import UsageError, hookimpl

    module = types.ModuleType("made_up_here")
    module.geobrief_facts = hookimpl(lambda article: [])
    pipeline = Pipeline(plugins=[module], entrypoints=False, environment=False)
    with pytest.raises(UsageError, match="not importable"):
        list(pipeline.run_many(["Iran said so."], jobs=2))
    # in this process it is fine
    assert isinstance(next(iter(pipeline.run_many(["Iran said so."]))).errors, tuple)


def test_plugin_faults_core_failure_becomes_an_error_not_a_crash(monkeypatch):
    pipeline = Pipeline(entrypoints=False, environment=False)

    def broken(*_args, **_kwargs):
        raise MemoryError("simulated")

    monkeypatch.setattr(pipeline, "_run", broken)
    (answer,) = list(pipeline.run_many(["Iran said so."]))
    assert isinstance(answer, PluginError)
    assert (answer.plugin, answer.stage, answer.error_type) == ("core", "run", "InternalError")
