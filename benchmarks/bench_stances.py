"""Benchmark stance finding: the example corpus replicated to about a million words.

    python benchmarks/bench_stances.py [--words 1000000] [--repeat 3]

The mentions and claims the stances plugin reads are produced once per corpus article by the
installed pipeline (with the stances plugin disabled) and reused for every copy; only the links
hook of the stances plugin is timed, on one core, each copy with a fresh ``Doc`` so that the
sentence splitting and lower-casing it triggers are counted too. The lexicons are loaded before
timing (they are loaded once per process).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from geobrief_stances.hooks import geobrief_links
from geobrief_stances.lexicon import lexicon

from geobrief import Article, Doc, Pipeline

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    started = time.perf_counter()
    lexicon()
    load = time.perf_counter() - started

    pipeline = Pipeline(disable=["stances"], environment=False)
    inputs = []
    for path in sorted(CORPUS.glob("*.txt")):
        article = next(a for a in pipeline.load([str(path)]) if isinstance(a, Article))
        result = pipeline.run(article)
        inputs.append((article, result.actors, result.mentions, result.claims))

    copies = []
    words = 0
    while words < args.words:
        for item in inputs:
            copies.append(item)
            words += len(item[0].text.split())

    best = float("inf")
    stances = 0
    for _ in range(args.repeat):
        started = time.perf_counter()
        stances = 0
        for article, actors, mentions, claims in copies:
            found = geobrief_links(
                article=article, doc=Doc(article), actors=actors, mentions=mentions, claims=claims
            )
            stances += len(found)
        best = min(best, time.perf_counter() - started)

    print(f"lexicons loaded in {load * 1000:.0f} ms")
    print(
        f"{len(copies)} articles, {words:,} words, {stances:,} stances: "
        f"best of {args.repeat} {best:.2f} s = {words / best:,.0f} words/s"
    )


if __name__ == "__main__":
    main()
