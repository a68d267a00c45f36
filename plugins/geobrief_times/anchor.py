"""Choosing the anchor: the stated or given publication date, or one inferred from the content.

Inference, for articles that state no date, reads the absolute expressions of the body:
1. the latest full date or month with its year that the text does not place in the future;
2. the latest year, including what "now more than three years long" adds to a year just named
   ("the invasion he launched in 2022. The war is now more than three years long" -> 2025);
3. when only a year is known, the latest month named without a year (months named without a
   year in news are the months just past), found as the month before the widest gap in the
   circle of months mentioned (December and January -> January).
An inferred anchor is known to the month at best, so relative values are never reported finer
than that ("now" -> 2025-03), and it is marked ``inferred``.
"""

from __future__ import annotations

import datetime as dt
import re

from geobrief import Article

from .calendar import Anchor
from .extract import Candidate, Resolver, _Context, _month, _num, _ordinal
from .grammar import NUM, ORD

__all__ = ["article_anchor", "infer_anchor"]

_DURATION_NOW = re.compile(
    rf"(?<![a-z])(?:now|today|currently)\s+(?:(?:more\s+than|over|nearly|almost|about|roughly|"
    rf"well\s+over)\s+)?(?P<n>{NUM})\s+years?\s+(?:long|old)(?![a-z])"
    rf"|(?<![a-z])(?:now|currently)\s+in\s+its\s+(?P<ord>{ORD})\s+year(?![a-z])"
)
_YEAR = re.compile(r"(?<![0-9$.,-])(?:19|20)[0-9]{2}(?![0-9])")
_DAY_KINDS = frozenset({"mdy", "dmy", "iso", "num"})
_MONTH_KINDS = frozenset({"my"})
_YEAR_KINDS = frozenset({"year", "py", "fy"})
_BARE_MONTH_KINDS = frozenset({"mon", "md", "dm", "pm"})


def article_anchor(
    article: Article, text: str, lower: str, candidates: list[Candidate]
) -> Anchor | None:
    """The anchor of an article: its publication date when stated or given, else an inferred
    one, else the loader's own inferred date, else ``None``."""
    if article.published is not None and article.published_status in ("stated", "given"):
        return Anchor(article.published, "day", article.published_status)
    inferred = infer_anchor(text, lower, candidates)
    if inferred is None and article.published is not None:
        return Anchor(article.published, "day", "inferred")
    return inferred


def infer_anchor(
    text: str, lower: str, candidates: list[Candidate], today: dt.date | None = None
) -> Anchor | None:
    """An anchor inferred from the absolute expressions among ``candidates`` (see the module
    docstring), or ``None`` when the text names no year."""
    today = today or dt.date.today()
    ctx = _Context(text, lower, None, "news")
    resolver = Resolver(ctx)
    months: list[tuple[int, int]] = []  # (year, month) of dates and months with a year
    years: list[int] = []
    bare: list[int] = []  # months named without a year
    for cand in candidates:
        if cand.kind in _BARE_MONTH_KINDS:
            group = {"mon": "mon_m", "md": "md_m", "dm": "dm_m", "pm": "pm_m"}[cand.kind]
            accepted = resolver(cand) is not None
            if accepted and ctx.direction(cand.start, cand.end) <= 0:
                bare.append(_month(cand.match[group]))
            continue
        if cand.kind not in _DAY_KINDS | _MONTH_KINDS | _YEAR_KINDS:
            continue
        res = resolver(cand)
        point = getattr(res, "point", None)
        if point is None or point.first > today or ctx.direction(cand.start, cand.end) > 0:
            continue
        if cand.kind in _YEAR_KINDS:
            years.append(point.year)
        else:
            months.append((point.year, point.month))
    for cand in candidates:
        if cand.kind not in ("deictic", "dr"):
            continue
        m = _DURATION_NOW.match(lower, cand.start)
        if m is None:
            continue
        before = _YEAR.findall(lower, max(0, m.start() - 400), m.start())
        if not before:
            continue
        n = _num(m["n"]) if m["n"] else _ordinal_years(m["ord"])
        if n:
            year = int(before[-1]) + n
            if year <= today.year:
                years.append(year)
    latest_month = max(months) if months else None
    latest_year = max(years) if years else None
    if latest_month and (latest_year is None or latest_month[0] >= latest_year):
        y, m = latest_month
        return Anchor(dt.date(y, m, 15), "month", "inferred")
    if latest_year is None:
        return None
    month = _latest_in_circle(bare)
    if month is None:
        return Anchor(dt.date(latest_year, 7, 1), "year", "inferred")
    return Anchor(dt.date(latest_year, month, 15), "month", "inferred")


def _ordinal_years(word: str | None) -> int | None:
    if not word:
        return None
    n = _ordinal(word)
    return n - 1 if n > 0 else None


def _latest_in_circle(months: list[int]) -> int | None:
    """The month just before the widest gap in the circle of months mentioned."""
    distinct = sorted(set(months))
    if not distinct:
        return None
    if len(distinct) == 1:
        return distinct[0]
    best, widest = distinct[-1], -1
    for i, month in enumerate(distinct):
        following = distinct[(i + 1) % len(distinct)]
        gap = (following - month) % 12
        if gap > widest:
            best, widest = month, gap
    return best
