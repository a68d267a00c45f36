"""Apply geobrief's Python API to the example corpus: who says what, and which figures are cited.

Run from the repository root: ``python examples/extract_corpus.py``.
"""

from __future__ import annotations

from pathlib import Path

import geobrief

CORPUS = Path(__file__).resolve().parent / "corpus"


def main() -> None:
    pipeline = geobrief.Pipeline()
    for result in pipeline.extract([CORPUS]):
        if isinstance(result, geobrief.PluginError):
            print("could not read:", result.describe())
            continue
        article = result.article
        print(
            f"\n== {article.title or article.id} ({article.source or 'unknown source'}, {article.published or 'undated'})"
        )
        names = {actor.id: actor.name for actor in result.actors}
        for claim in result.claims:
            speaker = names.get(
                claim.speaker or "", claim.speaker_name or claim.speaker or "someone"
            )
            print(f"  {speaker} {claim.cue or 'says'}: {claim.text[:100]}")
        for figure in result.figures:
            print(
                f"  figure: {figure.text} -> {figure.value:g} {figure.unit} {figure.counted or ''}"
            )
        for error in result.errors:
            print("  problem:", error.describe())


if __name__ == "__main__":
    main()
