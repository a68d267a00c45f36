"""Throughput of the times plugin: words per second on the example corpus replicated to about
one million words, on one core (the facts hook with a fresh ``Doc`` per article, as the pipeline
runs it: normalising, scanning, anchoring and resolving).

    python benchmarks/bench_times.py [--words 1000000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import geobrief_times

from geobrief import Doc, LoadOptions, Pipeline

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "corpus"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    pipeline = Pipeline(plugins=(), entrypoints=False, environment=False)
    paths = sorted(str(p) for p in CORPUS.glob("*.txt"))
    articles = [a for a in pipeline.load(paths, LoadOptions()) if hasattr(a, "text")]
    per_round = sum(len(a.text.split()) for a in articles)
    rounds = max(1, -(-args.words // per_round))
    batch = articles * rounds
    words = per_round * rounds

    geobrief_times.geobrief_facts(article=articles[0], doc=Doc(articles[0]))  # warm caches
    best = float("inf")
    found = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        found = 0
        for article in batch:
            found += len(geobrief_times.geobrief_facts(article=article, doc=Doc(article)))
        best = min(best, time.perf_counter() - t0)
    print(f"articles: {len(batch)}  words: {words:,}  time references: {found:,}")
    print(f"best of {args.repeat}: {best:.2f} s  ->  {words / best:,.0f} words/s (one core)")


if __name__ == "__main__":
    main()
