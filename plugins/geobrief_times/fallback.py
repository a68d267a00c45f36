"""dateparser as the last resort: on one candidate string, with the anchor as its "now".

Only strings the plugin's own patterns found reach it, and a guard refuses the strings
dateparser is known to read as dates wrongly ("may", "march", "to", "second", bare counts such
as "2,000", model numbers such as "Su-35" or "S-400"). dateparser is imported on first use and
its answers are memoised per (candidate, anchor).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .calendar import Point

if TYPE_CHECKING:
    from .calendar import Anchor
    from .extract import Resolved

__all__ = ["FALLBACK", "guard", "parse", "resolve"]


class _Fallback:
    """Marker a resolver returns to hand its candidate to dateparser."""

    def __repr__(self) -> str:
        return "FALLBACK"


FALLBACK = _Fallback()

_WORDS_NEVER_DATES = frozenset(
    {
        "may",
        "march",
        "to",
        "second",
        "sec",
        "mon",
        "sun",
        "sat",
        "wed",
        "now",
        "a",
        "an",
        "on",
        "at",
        "in",
        "of",
        "by",
        "ago",
        "next",
        "last",
        "this",
        "day",
        "week",
        "month",
        "year",
    }
)
_COUNT = re.compile(r"[$\u20ac\u00a3]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[$\u20ac\u00a3]?\d+(?:\.\d+)?%?")
_MODEL = re.compile(r"[A-Za-z]{1,4}-?\d{1,4}[A-Za-z]?|\d{1,4}-[A-Za-z]{1,4}")


def guard(candidate: str) -> bool:
    """Whether ``candidate`` may be given to dateparser at all."""
    s = candidate.strip()
    if not s or len(s) > 60:
        return False
    if s.lower() in _WORDS_NEVER_DATES:
        return False
    if _COUNT.fullmatch(s) or _MODEL.fullmatch(s):
        return False
    return any(c.isdigit() for c in s) or len(s.split()) > 1


@lru_cache(maxsize=64)
def _parser(anchor: dt.date | None):
    """A dateparser parser whose "now" is noon of the anchor day (English only)."""
    from dateparser.date import DateDataParser

    base = dt.datetime.combine(anchor or dt.date(2000, 1, 1), dt.time(12))
    settings = {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PARSERS": ["relative-time", "absolute-time", "custom-formats"],
    }
    return DateDataParser(languages=["en"], settings=settings)


@lru_cache(maxsize=4096)
def parse(candidate: str, anchor: dt.date | None) -> tuple[dt.date, str] | None:
    """dateparser's reading of ``candidate``: the date and its period (day, week, month, year),
    or ``None``."""
    if not guard(candidate):
        return None
    try:
        data = _parser(anchor).get_date_data(candidate)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    if data is None or data.date_obj is None:
        return None
    period = data.period or "day"
    if period == "time":
        period = "day"
    if anchor is None and not re.search(r"\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2}", candidate):
        return None  # relative to nothing: dateparser would answer relative to its own today
    return data.date_obj.date(), period


def resolve(candidate: str, anchor: Anchor | None) -> Resolved | None:
    """A resolved value for ``candidate``, or ``None`` when dateparser has none."""
    from .extract import Resolved

    answer = parse(candidate, anchor.date if anchor else None)
    if answer is None:
        return None
    day, period = answer
    gran = period if period in ("day", "week", "month", "year") else "day"
    point = Point.of_date(day, gran)
    if anchor is not None and not re.search(r"\d{4}", candidate):
        point = point.coarsen(anchor.precision)
    return Resolved(point.value, point.gran, point=point)
