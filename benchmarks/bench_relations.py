"""Benchmark relation extraction: the example corpus replicated to about a million words.

    python benchmarks/bench_relations.py [--words 1000000] [--repeat 3]

The mentions, times and claims the relations plugin reads are produced once per corpus article
by the installed pipeline (with the relations plugin disabled) and reused for every copy; only
the links hook of the relations plugin is timed, on one core, each copy with a fresh ``Doc`` so
that the sentence splitting and lower-casing it triggers are counted too. The lexicons are
loaded before timing (they are loaded once per process). Times are CPU seconds of this process
(`time.process_time`), so other work on a shared machine does not inflate them.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from geobrief_relations import geobrief_links
from geobrief_relations.lexicon import cues, triggers

from geobrief import Article, Doc, Pipeline

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    started = time.process_time()
    triggers()
    cues()
    load = time.process_time() - started

    pipeline = Pipeline(disable=["relations", "stances"], environment=False)
    inputs = []
    for path in sorted(CORPUS.glob("*.txt")):
        article = next(a for a in pipeline.load([str(path)]) if isinstance(a, Article))
        result = pipeline.run(article)
        inputs.append((article, result.actors, result.mentions, result.times, result.claims))

    copies = []
    words = 0
    while words < args.words:
        for item in inputs:
            copies.append(item)
            words += len(item[0].text.split())

    best = float("inf")
    found = 0
    for _ in range(args.repeat):
        started = time.process_time()
        found = 0
        for article, actors, mentions, times, claims in copies:
            found += len(
                geobrief_links(
                    doc=Doc(article), actors=actors, mentions=mentions, times=times, claims=claims
                )
            )
        best = min(best, time.process_time() - started)
    print(f"lexicon load: {load * 1000:.1f} ms")
    print(f"{len(copies)} articles, {words} words, {found} relationships")
    print(f"best of {args.repeat}: {best:.2f} CPU s, {words / best:,.0f} words/s")


if __name__ == "__main__":
    main()
