"""Shared fixtures: the example corpus and the gold annotations shipped with the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "corpus"
GOLD = Path(__file__).resolve().parent / "data" / "gold"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    return GOLD


@pytest.fixture(scope="session")
def corpus_files() -> list[Path]:
    files = sorted(CORPUS.glob("*.txt"))
    assert len(files) == 5, "examples/corpus must hold the five showcase articles"
    return files


@pytest.fixture(scope="session")
def pipeline():
    import geobrief

    return geobrief.Pipeline(environment=False)


@pytest.fixture(scope="session")
def corpus_results(pipeline, corpus_files):
    return {
        path.stem: result
        for path, result in zip(corpus_files, pipeline.extract(corpus_files), strict=False)
    }
