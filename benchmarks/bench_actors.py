"""Benchmark actor-mention finding on the example corpus replicated to about a million words.

    python benchmarks/bench_actors.py [--words 1000000] [--repeat 3]

Reports words per second on one core, best of ``--repeat`` runs, for:

- the catalog pass: the Aho-Corasick scan and the mention rules (places, titles, institutions);
- the whole mentions stage of the actors plugin (adding people and organisations outside the
  catalog, and building the ``Mention`` objects);
- the shared per-article text work the core does once for every plugin (normalised text,
  sentences), shown separately.

The automaton is built once per catalog and kept; its build time is printed on its own.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

from geobrief_actors.hooks import find_mentions
from geobrief_actors.matcher import matcher_for
from geobrief_actors.rules import apply_rules

from geobrief import Article, Doc, Pipeline

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"


def _best(repeat: int, work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    catalog = Pipeline(environment=False).catalog
    started = time.perf_counter()
    matcher = matcher_for(catalog)
    build = time.perf_counter() - started

    texts = [p.read_text("utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    articles: list[Article] = []
    words = 0
    while words < args.words:
        for text in texts:
            articles.append(Article(id=f"a{len(articles)}", text=text))
            words += len(text.split())
    day = dt.date(2025, 6, 1)

    def fresh_docs() -> list[Doc]:
        docs = [Doc(a) for a in articles]
        for doc in docs:
            _ = doc.normalized, doc.sentences
        return docs

    prep = _best(args.repeat, fresh_docs)
    docs = fresh_docs()

    def catalog_pass() -> None:
        for doc in docs:
            hits = matcher.scan(doc.normalized, doc.body.start, doc.body.end)
            apply_rules(hits, doc, catalog, matcher.offices, day)

    counted = [0]

    def whole_stage() -> None:
        counted[0] = 0
        for article, doc in zip(articles, docs, strict=True):
            counted[0] += len(find_mentions(article, doc, catalog, day))

    first = _best(args.repeat, catalog_pass)
    whole = _best(args.repeat, whole_stage)
    print(f"catalog: {len(catalog)} actors; automaton built in {build * 1000:.0f} ms")
    print(f"input: {len(articles)} articles, {words:,} words; {counted[0]:,} mentions and actors")
    print(f"catalog pass (scan + rules):        {words / first:>12,.0f} words/s")
    print(f"whole mentions stage:               {words / whole:>12,.0f} words/s")
    print(f"shared text work (core, per doc):   {words / prep:>12,.0f} words/s")


if __name__ == "__main__":
    main()
