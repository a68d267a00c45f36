"""Never returns on articles that mention HANG-HERE (a busy loop: no sleep to interrupt)."""

from geobrief import hookimpl


@hookimpl
def geobrief_mentions(article):
    if "HANG-HERE" in article.text:
        while True:
            pass
    return []
