"""Kills its own process on articles that mention CRASH-HERE (as a crash in C code would)."""

import os

from geobrief import hookimpl


@hookimpl
def geobrief_links(article):
    if "CRASH-HERE" in article.text:
        os._exit(3)
    return []
