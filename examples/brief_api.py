"""Build the brief of the example corpus with the Python API and look at what it found.

python examples/brief_api.py
"""

from __future__ import annotations

from pathlib import Path

import geobrief

CORPUS = Path(__file__).resolve().parent / "corpus"

pipeline = geobrief.Pipeline()
brief = geobrief.Brief.from_results(pipeline.extract([CORPUS]), pipeline)

for link in brief.section("links").data:
    print(f"{link['b']} {link['kind']} of {link['a']} (score {link['score']}, {link['basis']})")

for item in brief.section("discrepancies").data:
    print(f"  {item['kind']:<18} {item['a']['text']!r}  vs  {item['b']['text']!r}")

print("most salient actors:", ", ".join(a["name"] for a in brief.section("actors").data[:5]))

graph = brief.graph  # a networkx MultiDiGraph: edges weighted by their evidence
strongest = sorted(graph.edges(keys=True, data=True), key=lambda e: -e[3]["weight"])[:3]
for source, target, key, data in strongest:
    print(f"  {source} -[{key} x{data['weight']}]-> {target}")

Path("corpus_brief.html").write_text(brief.render("html"), encoding="utf-8")
print("wrote corpus_brief.html")
