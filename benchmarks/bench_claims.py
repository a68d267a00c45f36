"""Throughput of the claims plugin: words per second on the example corpus, replicated to about a
million words, on one core.

    python benchmarks/bench_claims.py [--words 1000000] [--repeat 3]

Articles are loaded once and the bundled mentions stage runs once per distinct article (the
claims plugin reads its mentions and actors; finding them is the actors plugin's work). The timed
loop builds a fresh ``Doc`` per article, so sentence splitting and normalisation are counted, and
runs the claims plugin's facts hook over it, as the pipeline does. Wall-clock and CPU-time speeds
are both printed; on a machine shared with other jobs the CPU-time figure is the fair one.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import geobrief_claims

import geobrief
from geobrief.text import Doc

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1_000_000, help="corpus size to reach")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs (the best is reported)")
    args = parser.parse_args()

    pipeline = geobrief.Pipeline(environment=False, disable=("claims",))
    base = []
    for article in pipeline.load([CORPUS]):
        if isinstance(article, geobrief.Article):
            result = pipeline.run(article)
            base.append((article, result.actors, result.mentions))
    base_words = sum(len(a.text.split()) for a, _, _ in base)
    copies = max(1, round(args.words / base_words))
    items = base * copies
    words = base_words * copies

    best = best_cpu = float("inf")
    claims = 0
    for _ in range(args.repeat):
        started = time.perf_counter()
        started_cpu = time.process_time()
        claims = 0
        for article, actors, mentions in items:
            found = geobrief_claims.geobrief_facts(
                doc=Doc(article), actors=actors, mentions=mentions
            )
            claims += sum(isinstance(x, geobrief.Claim) for x in found)
        best = min(best, time.perf_counter() - started)
        best_cpu = min(best_cpu, time.process_time() - started_cpu)
    print(f"articles: {len(items)} ({len(base)} distinct x {copies})")
    print(f"words:    {words:,}")
    print(f"claims:   {claims:,}")
    print(f"time:     {best:.3f} s (best of {args.repeat})")
    print(f"speed:    {words / best:,.0f} words/s (wall clock)")
    # CPU time of this process: the figure to quote when other jobs share the cores.
    print(f"cpu:      {best_cpu:.3f} s, {words / best_cpu:,.0f} words/s (one core)")


if __name__ == "__main__":
    main()
