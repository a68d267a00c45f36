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

    geobrief_times.geobrief_facts(
        article=articles[0], doc=Doc(articles[0]), actors=(), mentions=()
    )  # warm caches

    def run(shared: bool) -> tuple[float, float, int]:
        """Wall and CPU seconds for the batch; ``shared``: the Doc's normalised text is made
        beforehand (in the pipeline it is shared by every plugin)."""
        docs = [Doc(a) for a in batch]
        if shared:
            for doc in docs:
                _ = doc.lower
        w0, c0 = time.perf_counter(), time.process_time()
        n = 0
        for article, doc in zip(batch, docs, strict=True):
            n += len(
                geobrief_times.geobrief_facts(article=article, doc=doc, actors=(), mentions=())
            )
        return time.perf_counter() - w0, time.process_time() - c0, n

    print(f"articles: {len(batch)}  words: {words:,}")
    for shared, label in ((False, "with Doc normalisation"), (True, "plugin only (shared Doc)")):
        best_wall = best_cpu = float("inf")
        found = 0
        for _ in range(args.repeat):
            wall, cpu, found = run(shared)
            best_wall, best_cpu = min(best_wall, wall), min(best_cpu, cpu)
        print(
            f"{label:<28} {found:,} times  wall {best_wall:.2f} s ({words / best_wall:,.0f} words/s)"
            f"  cpu {best_cpu:.2f} s ({words / best_cpu:,.0f} words/s)"
        )


if __name__ == "__main__":
    main()
