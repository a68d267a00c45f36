"""Returns things that are not items (a string, a dict, a number) on WRONG-TYPE articles."""

from geobrief import hookimpl


@hookimpl
def geobrief_facts(article):
    if "WRONG-TYPE" in article.text:
        return ["a string", {"span": [0, 1]}, 42]
    return None


@hookimpl
def geobrief_links(article):
    if "WRONG-TYPE" in article.text:
        return 7  # not even iterable
    return None
