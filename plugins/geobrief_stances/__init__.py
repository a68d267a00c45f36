"""geobrief's bundled stances plugin: where the author and each speaker stand toward each actor.

Links stage. Evidence is read clause by clause with a general sentiment lexicon (VADER) under a
geopolitical one, scoped to the actor each evaluative word is said of, with negation, contrast and
modality; relational predicates ("A pressures B", "B's ally A") give the acting actor's stance.
Evidence is aggregated per (holder, target) and only clear stances are reported.
"""

from __future__ import annotations

from .analysis import Settings, find_stances
from .hooks import geobrief_links

__all__ = ["Settings", "find_stances", "geobrief_links"]
