"""Worker processes: answers in input order whatever the chunking, errors passed through in
place, bounded read-ahead, crashes outside plugins retried once and then reported."""

from __future__ import annotations

import itertools
import os

import pytest

from geobrief import Article, LoadOptions, Pipeline, PluginError
from geobrief._workers import PREFETCH, WorkerPool

TEXT = "Diplomats from Iran met officials in Vienna on Tuesday, a spokesman said."


def article_id(result):
    """A picklable transform: keep only what the tests compare."""
    return (result.article.id, len(result.errors))


def crash_on_marker(result):
    """A transform that kills its worker outside any plugin call."""
    if "CRASH" in result.article.text:
        os._exit(9)
    return result.article.id


@pytest.fixture(scope="module")
def bare():
    return Pipeline(entrypoints=False, environment=False)


def _articles(n, marker=None, every=None):
    for i in range(n):
        text = f"{TEXT} ({i})"
        if every and i % every == every - 1:
            text += f" {marker}"
        yield Article(f"a{i}", text)


def test_workers_keep_input_order_across_many_chunks(bare):
    items = []
    for i, article in enumerate(_articles(200)):
        items.append(article)
        if i % 37 == 0:
            items.append(PluginError("core", "load", f"bad input {i}", path=f"bad{i}.txt"))
    with WorkerPool(bare, jobs=3, transform=article_id, chunk_chars=300, chunk_articles=4) as pool:
        answers = list(pool.map(items))
    expected = [item.path if isinstance(item, PluginError) else (item.id, 0) for item in items]
    assert [a.path if isinstance(a, PluginError) else a for a in answers] == expected


def test_workers_results_equal_in_process_results(bare, corpus_files):
    pipeline = Pipeline(environment=False)
    serial = list(pipeline.extract(corpus_files))
    parallel = list(pipeline.extract(corpus_files, jobs=2))
    assert parallel == serial


def test_workers_fork_start_method_gives_the_same(bare):
    items = list(_articles(20))
    with WorkerPool(bare, jobs=2, transform=article_id, start_method="fork") as pool:
        forked = list(pool.map(items))
    assert forked == [(f"a{i}", 0) for i in range(20)]


def test_workers_read_ahead_is_bounded(bare):
    pulled = itertools.count()

    def endless():
        for i in itertools.count():
            next(pulled)
            yield Article(f"e{i}", TEXT)

    pool = WorkerPool(bare, jobs=2, transform=article_id, chunk_articles=8)
    stream = pool.map(endless())
    first = list(itertools.islice(stream, 50))
    stream.close()
    assert first == [(f"e{i}", 0) for i in range(50)]
    assert next(pulled) <= 50 + 2 * (PREFETCH + 2) * 8 + 8  # not the whole endless input
    assert pool.workers == []  # closed with the stream


def test_workers_crash_outside_plugins_is_retried_then_reported(bare):
    items = list(_articles(12, "CRASH", every=5))  # a4 and a9 always crash their worker
    with WorkerPool(bare, jobs=2, transform=crash_on_marker, chunk_articles=3) as pool:
        answers = list(pool.map(items))
        replaced = pool.replaced
    assert replaced == 4  # each crashing article: one retry, then given up
    for i, answer in enumerate(answers):
        if i in (4, 9):
            assert isinstance(answer, PluginError)
            assert (answer.plugin, answer.error_type, answer.article) == (
                "core",
                "WorkerDied",
                f"a{i}",
            )
            assert "died twice" in answer.message
        else:
            assert answer == f"a{i}"


def test_workers_bad_arguments(bare):
    with pytest.raises(ValueError, match="jobs"):
        list(bare.run_many(["x"], jobs=0))
    with pytest.raises(ValueError, match="timeout"):
        list(bare.run_many(["x"], timeout=0))


def test_workers_load_partitions_themselves_in_order(tmp_path, corpus_files):
    """Workers load line ranges of a large JSON Lines file and runs of small files; the answers
    are those of loading and running everything here, in the same order."""
    import json

    from geobrief._workers import partitions_for

    batch = tmp_path / "batch.jsonl"
    lines = [json.dumps({"id": f"b{i}", "text": f"{TEXT} ({i})"}) for i in range(300)]
    lines[17] = "{broken"
    batch.write_text("\n".join(lines) + "\n", "utf-8")
    paths = [*corpus_files, batch, tmp_path / "missing.txt", *corpus_files[:2]]
    pipeline = Pipeline(entrypoints=False, environment=False)
    expected = [
        item.describe() if isinstance(item, PluginError) else (item.id, 0)
        for item in pipeline.load(paths)
    ]
    sources = list(partitions_for(pipeline, paths, LoadOptions(), partition_bytes=2000))
    assert sum(1 for s in sources if type(s).__name__ == "Partition") > 8
    with WorkerPool(pipeline, jobs=2, transform=article_id) as pool:
        answers = [a.describe() if isinstance(a, PluginError) else a for a in pool.map(sources)]
    assert answers == expected
