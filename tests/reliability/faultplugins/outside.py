"""Returns a figure whose span lies past the end of the text, and one whose text does not match
its span, on OUTSIDE-SPAN articles."""

from geobrief import Figure, Span, hookimpl


@hookimpl
def geobrief_facts(article):
    if "OUTSIDE-SPAN" not in article.text:
        return []
    n = len(article.text)
    return [
        Figure(Span(n - 2, n + 40), "beyond the end", 1.0),
        Figure(Span(0, 3), "not what is there", 2.0),
    ]
