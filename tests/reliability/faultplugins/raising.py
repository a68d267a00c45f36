"""Raises on articles that mention RAISE-HERE."""

from geobrief import hookimpl


@hookimpl
def geobrief_facts(article):
    if "RAISE-HERE" in article.text:
        raise RuntimeError("deliberate failure")
    return []
