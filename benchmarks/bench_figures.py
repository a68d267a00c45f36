"""Throughput of the figures plugin: words per second on the example corpus, replicated to about a
million words, on one core.

    python benchmarks/bench_figures.py [--words 1000000] [--repeat 3]

Articles are loaded once (region detection is the loader's work, not the plugin's); the timed loop
builds a fresh ``Doc`` per article and runs the plugin's facts hook over it, as the pipeline does.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import geobrief_figures

import geobrief
from geobrief.text import Doc

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1_000_000, help="corpus size to reach")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs (the best is reported)")
    args = parser.parse_args()

    pipeline = geobrief.Pipeline(environment=False, entrypoints=False)
    base = [a for a in pipeline.load([CORPUS]) if isinstance(a, geobrief.Article)]
    base_words = sum(len(a.text.split()) for a in base)
    copies = max(1, round(args.words / base_words))
    articles = base * copies
    words = base_words * copies

    best = float("inf")
    figures = 0
    for _ in range(args.repeat):
        started = time.perf_counter()
        figures = 0
        for article in articles:
            figures += len(geobrief_figures.geobrief_facts(doc=Doc(article)))
        best = min(best, time.perf_counter() - started)
    print(f"articles: {len(articles)} ({len(base)} distinct x {copies})")
    print(f"words:    {words:,}")
    print(f"figures:  {figures:,}")
    print(f"time:     {best:.3f} s (best of {args.repeat})")
    print(f"speed:    {words / best:,.0f} words/s")


if __name__ == "__main__":
    main()
