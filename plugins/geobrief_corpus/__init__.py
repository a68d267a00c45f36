"""geobrief's bundled corpus plugin: merges the articles of a brief (actors, who says what,
figures, timeline, relationship graph, stances) and finds duplicates, retellings, discrepancies,
conflicts and corroboration across them."""

from .hooks import geobrief_corpus

__all__ = ["geobrief_corpus"]
