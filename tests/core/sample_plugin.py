"""A tiny plugin loaded by import path in the tests (``-p`` / ``GEOBRIEF_PLUGINS``)."""

from geobrief import Figure, Span, hookimpl


@hookimpl
def geobrief_facts(article):
    """Every '42' in the text is a figure."""
    start = article.text.find("42")
    while start >= 0:
        yield Figure(Span(start, start + 2), "42", 42.0)
        start = article.text.find("42", start + 1)
