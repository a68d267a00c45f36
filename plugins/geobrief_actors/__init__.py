"""geobrief's bundled actors plugin: the gazetteer (catalog stage) and actor mentions.

The catalog comes from versioned data files in ``data/`` (ISO 3166 states, organisations and
groups, office holders with their dates). Mentions are found in one Aho-Corasick pass and then
shaped by the annotation guide's rules (``rules.py``); people and organisations the catalog does
not know are recognised from their context (``people.py``). :func:`actor_id` and
:func:`clean_name` give such an actor its id and name; other plugins that create actors from names
written in the text use them too, so that one person is one actor.
"""

from __future__ import annotations

from geobrief_actors.hooks import geobrief_catalog, geobrief_mentions
from geobrief_actors.ids import actor_id, clean_name

__all__ = ["actor_id", "clean_name", "geobrief_catalog", "geobrief_mentions"]
__version__ = "0.1.0"
