"""Coverage-guided fuzzing of geobrief with atheris: loaders, region detection and every
installed plugin, on any bytes.

    pip install atheris
    python fuzz/fuzz_pipeline.py -max_total_time=3600 fuzz/corpus

Each input is cut into a suffix choice (text, JSON, JSON Lines, HTML) and the file's bytes. The
target fails (and atheris saves the input) when geobrief raises, when an error is not named, or
when any item's span lies outside its text or does not match it.
"""

from __future__ import annotations

import os
import sys
import tempfile

import atheris

with atheris.instrument_imports():
    from geobrief import Article, LoadOptions, Pipeline, PluginError
    from geobrief.testing import assert_spans_consistent

SUFFIXES = (".txt", ".json", ".jsonl", ".html")
PIPELINE = Pipeline(environment=False)
FOLDER = tempfile.mkdtemp(prefix="geobrief-fuzz-")
OPTIONS = LoadOptions(max_bytes=1 << 20)


def check(data: bytes) -> None:
    if not data:
        return
    suffix = SUFFIXES[data[0] % len(SUFFIXES)]
    path = os.path.join(FOLDER, f"input{suffix}")
    with open(path, "wb") as handle:
        handle.write(data[1:])
    items = list(PIPELINE.load([path], OPTIONS))
    if not items:
        raise AssertionError("an input gave neither an article nor an error")
    for item in items:
        if isinstance(item, PluginError):
            if not item.message or item.path != path:
                raise AssertionError(f"an error that does not name its input: {item!r}")
            continue
        if not isinstance(item, Article):
            raise AssertionError(f"a loader returned {type(item).__name__}")
        result = PIPELINE.run(item)
        for error in result.errors:  # a plugin that raised or returned a bad item
            raise AssertionError(error.describe())
        assert_spans_consistent(result)


def main() -> None:
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
