"""Takes a while over every article, and notes each one in the file named by
GEOBRIEF_TEST_PROGRESS: lets a test interrupt a run part way through."""

import os
import time

from geobrief import hookimpl


@hookimpl
def geobrief_facts(article):
    time.sleep(float(os.environ.get("GEOBRIEF_TEST_DELAY", "0.05")))
    progress = os.environ.get("GEOBRIEF_TEST_PROGRESS")
    if progress:
        with open(progress, "a", encoding="utf-8") as handle:
            handle.write(article.id + "\n")
    return []
