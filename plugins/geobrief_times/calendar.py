"""Calendar values: points at a granularity, their ISO forms and the arithmetic rules need."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

__all__ = [
    "GRANULARITY_RANK",
    "SEASON_MONTHS",
    "Anchor",
    "Point",
    "add_months",
    "add_years",
    "iso_parse",
]

#: Granularities from finest to coarsest; a relative value is never finer than its anchor.
GRANULARITY_RANK = {
    "day": 0,
    "week": 1,
    "month": 2,
    "season": 3,
    "quarter": 3,
    "half": 4,
    "year": 5,
    "decade": 6,
    "century": 7,
}

#: First month of each season (meteorological, northern hemisphere); winter YYYY-WI starts in
#: December of YYYY, as in TimeML.
SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """``(year, month)`` moved by ``n`` months."""
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def add_years(day: dt.date, n: int) -> dt.date:
    """``day`` moved by ``n`` years (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + n)
    except ValueError:
        return day.replace(year=day.year + n, day=28)


def _last_day(year: int, month: int) -> int:
    y, m = add_months(year, month, 1)
    return (dt.date(y, m, 1) - dt.timedelta(days=1)).day


def _year_str(year: int) -> str:
    if year < 0:
        return f"-{-year:04d}"
    return f"{year:04d}"


@dataclass(frozen=True, slots=True)
class Point:
    """A calendar point at one granularity: a day, an ISO week, a month, a season, a quarter, a
    half-year, a year, a decade or a century."""

    gran: str
    year: int
    month: int = 1
    day: int = 1
    part: str = ""
    """Season code (SP, SU, FA, WI), quarter (1-4) or half (1-2), as text."""

    # -- construction ---------------------------------------------------------------------------
    @classmethod
    def of_date(cls, day: dt.date, gran: str = "day") -> Point:
        """The point of granularity ``gran`` that contains ``day``."""
        if gran == "day":
            return cls("day", day.year, day.month, day.day)
        if gran == "week":
            iso = day.isocalendar()
            monday = day - dt.timedelta(days=iso[2] - 1)
            return cls("week", monday.year, monday.month, monday.day)
        if gran == "month":
            return cls("month", day.year, day.month)
        if gran == "season":
            if day.month == 12:
                return cls("season", day.year, part="WI")
            if day.month <= 2:
                return cls("season", day.year - 1, part="WI")
            code = {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(day.month, "FA")
            return cls("season", day.year, part=code)
        if gran == "quarter":
            return cls("quarter", day.year, part=str((day.month - 1) // 3 + 1))
        if gran == "half":
            return cls("half", day.year, part="1" if day.month <= 6 else "2")
        if gran == "decade":
            return cls("decade", day.year - day.year % 10)
        if gran == "century":
            return cls("century", day.year - day.year % 100)
        return cls("year", day.year)

    # -- views ----------------------------------------------------------------------------------
    @property
    def value(self) -> str:
        """The ISO (TimeML-style) value: 2025-01-31, 2025-W05, 2025-01, 2025-SU, 2025-Q1,
        2025-H1, 2025, 202 (the 2020s), 20 (the 21st century)."""
        g = self.gran
        if g == "day":
            return f"{_year_str(self.year)}-{self.month:02d}-{self.day:02d}"
        if g == "week":
            iso = self.first.isocalendar()
            return f"{_year_str(iso[0])}-W{iso[1]:02d}"
        if g == "month":
            return f"{_year_str(self.year)}-{self.month:02d}"
        if g == "season":
            return f"{_year_str(self.year)}-{self.part}"
        if g == "quarter":
            return f"{_year_str(self.year)}-Q{self.part}"
        if g == "half":
            return f"{_year_str(self.year)}-H{self.part}"
        if g == "decade":
            return _year_str(self.year)[:3]
        if g == "century":
            return _year_str(self.year)[:2]
        return _year_str(self.year)

    @property
    def first(self) -> dt.date:
        """The first day the point covers."""
        g = self.gran
        if g in ("day", "week"):
            return dt.date(self.year, self.month, self.day)
        if g == "month":
            return dt.date(self.year, self.month, 1)
        if g == "season":
            return dt.date(self.year, SEASON_MONTHS[self.part], 1)
        if g == "quarter":
            return dt.date(self.year, 3 * int(self.part) - 2, 1)
        if g == "half":
            return dt.date(self.year, 1 if self.part == "1" else 7, 1)
        return dt.date(self.year, 1, 1)

    @property
    def last(self) -> dt.date:
        """The last day the point covers."""
        g = self.gran
        if g == "day":
            return self.first
        if g == "week":
            return self.first + dt.timedelta(days=6)
        if g == "month":
            return dt.date(self.year, self.month, _last_day(self.year, self.month))
        if g == "season":
            y, m = add_months(self.year, SEASON_MONTHS[self.part], 2)
            return dt.date(y, m, _last_day(y, m))
        if g == "quarter":
            m = 3 * int(self.part)
            return dt.date(self.year, m, _last_day(self.year, m))
        if g == "half":
            return dt.date(self.year, 6, 30) if self.part == "1" else dt.date(self.year, 12, 31)
        if g == "decade":
            return dt.date(self.year + 9, 12, 31)
        if g == "century":
            return dt.date(self.year + 99, 12, 31)
        return dt.date(self.year, 12, 31)

    # -- arithmetic -----------------------------------------------------------------------------
    def shift(self, n: int) -> Point:
        """The point ``n`` units of its own granularity later (earlier when negative)."""
        g = self.gran
        if g == "day":
            return Point.of_date(self.first + dt.timedelta(days=n), "day")
        if g == "week":
            return Point.of_date(self.first + dt.timedelta(weeks=n), "week")
        if g == "month":
            y, m = add_months(self.year, self.month, n)
            return Point("month", y, m)
        if g == "season":
            y, m = add_months(self.year, SEASON_MONTHS[self.part], 3 * n)
            return Point.of_date(dt.date(y, m, 1), "season")
        if g == "quarter":
            y, m = add_months(self.year, 3 * int(self.part) - 2, 3 * n)
            return Point.of_date(dt.date(y, m, 1), "quarter")
        if g == "half":
            y, m = add_months(self.year, 1 if self.part == "1" else 7, 6 * n)
            return Point.of_date(dt.date(y, m, 1), "half")
        if g == "decade":
            return Point("decade", self.year + 10 * n)
        if g == "century":
            return Point("century", self.year + 100 * n)
        return Point("year", self.year + n)

    def coarsen(self, gran: str) -> Point:
        """This point at a coarser granularity (unchanged when ``gran`` is not coarser)."""
        if GRANULARITY_RANK.get(gran, 0) <= GRANULARITY_RANK[self.gran]:
            return self
        if gran == "season" and self.gran in ("quarter",):
            return self
        return Point.of_date(self.first, gran)


@dataclass(frozen=True, slots=True)
class Anchor:
    """The date relative expressions are resolved against, with how precisely it is known."""

    date: dt.date
    precision: str = "day"
    """day, month or year: a relative value is never reported finer than this."""
    status: str = "stated"
    """stated, given or inferred (the ``anchor_status`` of every time reference)."""

    def point(self, gran: str) -> Point:
        """The anchor as a point of granularity ``gran`` (coarsened to the anchor's precision)."""
        return Point.of_date(self.date, gran).coarsen(self.precision)


_ISO = re.compile(r"-?\d{4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}|SP|SU|FA|WI|Q[1-4]|H[12]))?|-?\d{2,3}")


def iso_parse(value: str) -> bool:
    """Whether ``value`` is a well-formed value or ``START/END`` period in the plugin's formats
    (and, for days, weeks and months, a real calendar date)."""
    parts = value.split("/")
    if len(parts) > 2:
        return False
    for part in parts:
        if not _ISO.fullmatch(part):
            return False
        bare = part.lstrip("-")
        if len(bare) == 10:
            try:
                dt.date.fromisoformat(bare)
            except ValueError:
                return False
        elif (len(bare) == 7 and bare[5].isdigit() and not 1 <= int(bare[5:]) <= 12) or (
            len(bare) == 8 and bare[5] == "W" and not 1 <= int(bare[6:]) <= 53
        ):
            return False
    return True
