"""Benchmark: what building the brief adds to extracting the same corpus.

The five articles of examples/corpus are replicated to N articles (default 200). Two corpora:
``copies`` (each article repeated verbatim: duplicates are found by fingerprint and compared
once) and ``edited`` (every copy has one word of each paragraph changed, so no two articles are
identical and every near-duplicate is aligned). For each, the extraction of all articles is timed,
then ``Brief.from_results`` over the results (the corpus stage), in wall-clock and in CPU time
(the process's own, steadier on a shared machine). Run:

    python benchmarks/bench_brief.py [N]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import attrs

import geobrief
from geobrief import Article, Brief

ROOT = Path(__file__).resolve().parent.parent


def _edit(text: str, k: int) -> str:
    """Change the k-th word (mod length) of every paragraph, so each copy is distinct."""
    lines = []
    for line in text.split("\n"):
        words = line.split(" ")
        if len(words) > 8:
            i = 3 + k % (len(words) - 4)
            words[i] = words[i] + "s"
        lines.append(" ".join(words))
    return "\n".join(lines)


def corpus(n: int, edited: bool) -> list[Article]:
    pipeline = geobrief.Pipeline(environment=False)
    base = [a for a in pipeline.load([ROOT / "examples" / "corpus"]) if isinstance(a, Article)]
    out = []
    for k in range(n):
        article = base[k % len(base)]
        copy = k // len(base)
        if edited and copy:
            reloaded = Article.from_text(_edit(article.text, copy), id=f"{article.id}-{copy}")
            out.append(
                attrs.evolve(
                    reloaded, published=article.published, published_status=article.published_status
                )
            )
        else:
            out.append(attrs.evolve(article, id=f"{article.id}-{copy}"))
    return out


def run(n: int, edited: bool) -> tuple[tuple[float, float], tuple[float, float], Brief]:
    """(wall, CPU) seconds of the extraction and of the brief, and the brief."""
    pipeline = geobrief.Pipeline(environment=False)
    articles = corpus(n, edited)
    pipeline.run(articles[0])  # warm the catalog and the plugins
    wall, cpu = time.perf_counter(), time.process_time()
    results = list(pipeline.run_many(articles))
    extracted = time.perf_counter() - wall, time.process_time() - cpu
    wall, cpu = time.perf_counter(), time.process_time()
    brief = Brief.from_results(results, pipeline)
    built = time.perf_counter() - wall, time.process_time() - cpu
    return extracted, built, brief


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    for edited in (False, True):
        extracted, built, brief = run(n, edited)
        links = brief.section("links").data
        kinds = {
            k: sum(1 for x in links if x["kind"] == k)
            for k in ("duplicate", "near-duplicate", "retelling")
        }
        print(
            f"{'edited' if edited else 'copies'}: {n} articles, extraction {extracted[0]:.2f} s "
            f"(CPU {extracted[1]:.2f} s), brief {built[0]:.2f} s (CPU {built[1]:.2f} s) = "
            f"{100 * built[0] / extracted[0]:.1f}% of extraction "
            f"(CPU {100 * built[1] / extracted[1]:.1f}%); links {kinds}, "
            f"{len(brief.section('discrepancies').data)} discrepancies"
        )


if __name__ == "__main__":
    main()
