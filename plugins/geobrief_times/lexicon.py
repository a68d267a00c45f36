"""The plugin's word lists and period tables, read once from the data files beside the code."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["FiscalYear", "Term", "fiscal_years", "lexicon", "named_periods", "terms"]


def _read(name: str) -> str:
    return resources.files(__package__).joinpath("data", name).read_text("utf-8")


def _rows(name: str) -> list[dict[str, str]]:
    lines = [line for line in _read(name).splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines))))


@cache
def lexicon() -> dict[str, Any]:
    """``data/lexicon.json``: calendar words, number words and cue lists."""
    return json.loads(_read("lexicon.json"))


@cache
def named_periods() -> dict[str, tuple[str, str]]:
    """``data/periods.csv``: lower-case surface form -> (ISO start, ISO end)."""
    out: dict[str, tuple[str, str]] = {}
    for row in _rows("periods.csv"):
        for name in row["name"].split("|"):
            out[name.strip()] = (row["start"], row["end"])
    return out


@dataclass(frozen=True)
class Term:
    """One term of office."""

    surname: str
    name: str
    role: str
    country: str
    start: dt.date
    end: dt.date | None


@cache
def terms() -> dict[str, tuple[Term, ...]]:
    """``data/terms.csv``: lower-case surname -> that person's terms, in order."""
    out: dict[str, list[Term]] = {}
    for row in _rows("terms.csv"):
        term = Term(
            row["surname"],
            row["name"],
            row["role"],
            row["country"],
            dt.date.fromisoformat(row["start"]),
            dt.date.fromisoformat(row["end"]) if row["end"] else None,
        )
        out.setdefault(term.surname, []).append(term)
    return {k: tuple(sorted(v, key=lambda t: t.start)) for k, v in out.items()}


@dataclass(frozen=True)
class FiscalYear:
    """A state's fiscal year, where it is not the calendar year."""

    country: str
    month: int
    day: int
    named_by: str
    """``end`` when "fiscal 2025" is the year ending in 2025, ``start`` when it begins then."""
    names: tuple[str, ...]

    def span(self, first_year: int) -> tuple[dt.date, dt.date]:
        """The first and last day of the fiscal year that begins in ``first_year``."""
        start = dt.date(first_year, self.month, self.day)
        return start, dt.date(first_year + 1, self.month, self.day) - dt.timedelta(days=1)

    def containing(self, day: dt.date) -> int:
        """The calendar year in which the fiscal year holding ``day`` begins."""
        return day.year if (day.month, day.day) >= (self.month, self.day) else day.year - 1


@cache
def fiscal_years() -> dict[str, FiscalYear]:
    """``data/fiscal_years.csv``: ISO3 -> that state's fiscal year."""
    out: dict[str, FiscalYear] = {}
    for row in _rows("fiscal_years.csv"):
        month, day = (int(x) for x in row["start"].split("-"))
        names = tuple(n.strip() for n in row["names"].split("|") if n.strip())
        out[row["country"]] = FiscalYear(row["country"], month, day, row["named_by"], names)
    return out
