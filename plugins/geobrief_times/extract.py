"""Finding temporal expressions and resolving them against an anchor date.

One pass of the grammar's alternation finds the candidates; each construction has a resolver
that turns its parts into a calendar value, using the anchor for relative expressions and the
last resolved point (the reference time) for anaphoric ones ("two years later", "that month").
Candidates no rule resolves are handed to dateparser, on the candidate text alone.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from geobrief import TimeRef

from . import fallback
from .calendar import GRANULARITY_RANK, Anchor, Point, add_months
from .grammar import category_scanner, detail, priority, trigger
from .lexicon import FiscalYear, fiscal_years, lexicon, named_periods, terms

__all__ = ["Candidate", "Resolved", "find_times", "resolve", "scan"]


@dataclass(frozen=True, slots=True)
class Candidate:
    """One match of a construction: its name, its parsed parts and where it is."""

    kind: str
    match: re.Match[str]
    start: int
    end: int


@dataclass(slots=True)
class Resolved:
    """A resolver's answer: the value, its granularity and, for periods, the two ends."""

    value: str | None
    gran: str
    start: str | None = None
    end: str | None = None
    point: Point | None = None
    """The point the expression names (becomes the reference time for anaphora)."""
    span: tuple[int, int] | None = None
    """A narrower span than the match (a leading preposition left out)."""


# -- scanning ------------------------------------------------------------------------------------


def scan(lower: str, start: int = 0, end: int | None = None) -> list[Candidate]:
    """Every candidate in ``lower[start:end]`` (lower-cased, ASCII-folded text), in order.

    A cheap trigger pattern finds the words every construction contains (a number, a month, a
    time unit, a listed phrase); around each, only the constructions that contain such a word
    are tried, from ``_BEFORE`` characters before it. Candidates are returned by position,
    longest first, and may overlap: the resolver keeps the first it accepts.
    """
    end = len(lower) if end is None else end
    found: dict[tuple[int, int], Candidate] = {}
    rank = priority()
    done: dict[str, int] = {}
    for hit in trigger().finditer(lower, start, end):
        category = hit.lastgroup or ""
        pattern = category_scanner(category)
        lo = max(start, hit.start() - _BEFORE, done.get(category, start))
        hi = min(end, hit.end() + _AFTER)
        for m in pattern.finditer(lower, lo, hi):
            if m.start() > hit.start():
                break
            kind = m.lastgroup or ""
            key = (m.start(), m.end())
            old = found.get(key)
            if old is not None and rank[old.kind] <= rank[kind]:
                continue
            parsed = detail(kind).fullmatch(lower, m.start(), m.end())
            if parsed is not None:
                found[key] = Candidate(kind, parsed, m.start(), m.end())
        done[category] = hit.end()
    return sorted(found.values(), key=lambda c: (c.start, -c.end, rank[c.kind]))


_BEFORE = 32
_AFTER = 40


# -- small parsers --------------------------------------------------------------------------------


@cache
def _lex() -> dict:
    lex = lexicon()
    out = dict(lex)
    for key in (
        "count_qualifiers",
        "label_nouns",
        "count_nouns",
        "temporal_prepositions_year",
        "season_cues",
        "month_cues",
        "ambiguous_months",
    ):
        out[key] = frozenset(lex[key])
    out["future_re"] = re.compile(
        r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in lex["future_cues"]) + r")(?![a-z])"
    )
    out["past_re"] = re.compile(
        r"(?<![a-z])(?:"
        + "|".join(re.escape(w) for w in lex["past_cues"])
        + r"|[a-z]{3,}ed)(?![a-z])"
    )
    out["present_re"] = re.compile(
        r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in lex["present_cues"]) + r")(?![a-z])"
    )
    for key in ("strong_month_cues", "year_nouns", "non_fiscal_heads"):
        out[key] = frozenset(lex[key])
    out["fiscal_re"] = re.compile(
        r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in lex["fiscal_cues"]) + r")(?![a-z])"
    )
    out["fiscal_doc_re"] = re.compile(
        r"(?<![a-z])(?:"
        + "|".join(re.escape(w) for w in lex["fiscal_document_cues"])
        + r")(?![a-z])"
    )
    out["perfect_re"] = re.compile(
        r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in lex["perfect_cues"]) + r")(?![a-z])"
    )
    return out


_BOUNDS = frozenset({"more than", "over", "well over", "just over"})
_NEGATED = re.compile(r"(?<![a-z])(?:not|never|no longer)(?![a-z])|n't")
_PASSIVE = re.compile(r"(?<![a-z])(?:be|been|being)\s+$")
_APPROX = frozenset({"a few", "few", "several", "a couple", "a couple of", "couple of"})
_WORD_RE = re.compile(r"[a-z0-9$\u20ac\u00a3#.'-]+")
_SPACES = re.compile(r"\s+")


def _num(word: str | None) -> int | None:
    """The number a numeral or number word stands for (``None`` for vague ones: a few)."""
    if word is None:
        return 1
    word = _SPACES.sub(" ", word.strip())
    if word in _APPROX:
        return None
    if word.isdigit():
        return int(word)
    numbers = lexicon()["numbers"]
    if word in numbers:
        return numbers[word]
    parts = re.split(r"[- ]", word)
    if len(parts) == 2 and parts[0] in numbers and parts[1] in numbers:
        return numbers[parts[0]] + numbers[parts[1]]
    return None


def _month(word: str) -> int:
    return lexicon()["months"][word.rstrip(".")]


def _day(word: str) -> int:
    return int(re.sub(r"[a-z]", "", word))


def _unit(word: str) -> str:
    return lexicon()["units"][word]


def _season(word: str) -> str:
    return lexicon()["seasons"][word]


def _ordinal(word: str) -> int:
    word = word.replace(" ", "-")
    if word[0].isdigit():
        return int(re.sub(r"[a-z]", "", word))
    return lexicon()["ordinals"][word]


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


# -- the resolver --------------------------------------------------------------------------------


class _Context:
    """Per-text state: the text, the anchor, the mode and the reference time."""

    def __init__(
        self,
        text: str,
        lower: str,
        anchor: Anchor | None,
        mode: str,
        countries: Sequence[tuple[int, str]] = (),
    ) -> None:
        self.text = text
        self.lower = lower
        self.anchor = anchor
        self.mode = mode
        self.ref: Point | None = None
        self.refs: list[Point] = []
        """Every point named so far (the reference times anaphora can go back to)."""
        self.countries = countries
        """``(offset, ISO3)`` of the states named in the text, in order (for fiscal years)."""
        self._fiscal_doc: bool | None = None
        self._places: list[tuple[int, str]] | None = None

    def refer(self, point: Point) -> None:
        """Make ``point`` the reference time."""
        self.ref = point
        self.refs.append(point)

    def fiscal_context(self, start: int, end: int) -> bool:
        """Whether a year span such as "2025-26" is a fiscal year: a fiscal word in its
        sentence or "fiscal year" anywhere in the text, and no other kind of year after it
        ("the 2012-13 season")."""
        lex = _lex()
        words = self.after(end, 2)
        if words and (
            words[0] in lex["non_fiscal_heads"] or " ".join(words) in lex["non_fiscal_heads"]
        ):
            return False
        left, right = self.clause(start, end)
        if lex["fiscal_re"].search(left) or lex["fiscal_re"].search(right):
            return True
        if self._fiscal_doc is None:
            self._fiscal_doc = lex["fiscal_doc_re"].search(self.lower) is not None
        return self._fiscal_doc

    def fiscal_year(self, start: int, end: int, split_only: bool) -> FiscalYear | None:
        """The fiscal year of the state a fiscal expression is about, ``None`` when that state
        keeps the calendar year or none is named (``split_only``: only states whose fiscal year
        is not the calendar year count, as for "2025-26").

        The state is, in order: a possessor just before it ("Pakistan's 2025-26 budget"); the
        first state of its sentence before it (the subject); the first state of the nearest
        earlier sentence that names one (the topic carried on by "its"); a state named later in
        the sentence; the state named most often."""
        table = fiscal_years()
        if self._places is None:
            named = {p[0]: p for p in _named_countries(self.lower)}
            named.update({p[0]: p for p in self.countries})
            self._places = sorted(named.values())
        places = self._places
        if split_only:
            places = [p for p in places if p[1] in table]
        if not places:
            return None
        offsets = [p[0] for p in places]
        lo, hi = _sentence_bounds(self.text, start, end)
        first = bisect.bisect_left(offsets, lo)
        here = bisect.bisect_left(offsets, start)
        chosen = None
        if here > first:
            near = places[here - 1]
            gap = self.lower[near[0] : start]
            chosen = near[1] if len(_WORD_RE.findall(gap)) <= 3 else places[first][1]
        else:
            cut = lo
            for _ in range(3):
                if first == 0 or offsets[first - 1] < cut - 1500:
                    break
                prev_lo, _prev_hi = _sentence_bounds(
                    self.text, offsets[first - 1], offsets[first - 1]
                )
                k = bisect.bisect_left(offsets, prev_lo)
                if k < first:
                    chosen = places[k][1]
                    break
                cut = prev_lo
            if chosen is None:
                after = bisect.bisect_left(offsets, hi)
                if after > here:
                    chosen = places[here][1]
        if chosen is None:
            counts: dict[str, int] = {}
            for _, code in places:
                counts[code] = counts.get(code, 0) + 1
            chosen = max(counts, key=lambda c: counts[c])
        return table.get(chosen)

    def ref_for(self, unit: str, same: bool = False) -> Point | None:
        """The reference time an anaphor of ``unit`` points to: the last point named, when it
        is no coarser than ``unit``. "The same week" (``same``) looks further back, to the last
        week or day named, past any year or month named since."""
        rank = GRANULARITY_RANK.get(unit, 9)
        if same:
            for point in reversed(self.refs[-12:]):
                if GRANULARITY_RANK.get(point.gran, 9) <= rank:
                    return point
            return None
        ref = self.ref
        if ref is None or GRANULARITY_RANK.get(ref.gran, 9) > rank:
            return None
        return ref

    # context windows -----------------------------------------------------------------------
    def before(self, pos: int, n: int = 1) -> list[str]:
        """The ``n`` words before ``pos`` (nearest last), within the clause."""
        lo = max(0, pos - 40 * n)
        chunk = self.lower[lo:pos]
        cut = max(chunk.rfind(c) for c in ".;!?\n")
        if cut >= 0:
            chunk = chunk[cut + 1 :]
        return _WORD_RE.findall(chunk)[-n:]

    def after(self, pos: int, n: int = 1) -> list[str]:
        """The ``n`` words after ``pos``, within the clause."""
        chunk = self.lower[pos : pos + 40 * n]
        cuts = [i for i in (chunk.find(c) for c in ".;!?\n,") if i >= 0]
        if cuts:
            chunk = chunk[: min(cuts)]
        return _WORD_RE.findall(chunk)[:n]

    def clause(self, start: int, end: int) -> tuple[str, str]:
        """The sentence text before and after a span (at most 160 and 100 characters)."""
        lo = max(0, start - 160)
        left = self.lower[lo:start]
        cut = max(left.rfind(c) for c in ".!?\n")
        if cut >= 0:
            left = left[cut + 1 :]
        right = self.lower[end : end + 100]
        cuts = [i for i in (right.find(c) for c in ".!?\n") if i >= 0]
        if cuts:
            right = right[: min(cuts)]
        return left, right

    def direction(self, start: int, end: int) -> int:
        """+1 when the clause speaks of the future, -1 of the past, 0 when it does not say: the
        tense cue nearest the expression decides, one in its own comma-bounded clause first
        ("The tax, which takes effect on July 1, was announced ...")."""
        left, right = self.clause(start, end)
        left = left[-80:]
        right = right[:60]
        cut_left, cut_right = left.rfind(","), right.find(",")
        if cut_left >= 0 or cut_right >= 0:
            own = _nearest_cue(left[cut_left + 1 :], right[:cut_right] if cut_right >= 0 else right)
            if own is not None:
                return own
        found = _nearest_cue(left, right)
        return 0 if found is None else found

    def capitalised(self, start: int) -> bool:
        return self.text[start : start + 1].isupper()

    def all_lower(self, pos: int) -> bool:
        """Whether the sentence around ``pos`` is written without capitals (informal text)."""
        left, right = self.clause(pos, pos)
        lo = pos - len(left)
        return not any(c.isupper() for c in self.text[lo : pos + len(right)])

    # anchor helpers ------------------------------------------------------------------------
    def base(self) -> Anchor | None:
        """The date bare months and days are placed against: the anchor (news) or the
        reference time (narrative)."""
        if self.ref is not None and (self.mode == "narrative" or self.anchor is None):
            return Anchor(self.ref.first, "day" if self.ref.gran == "day" else "month", "inferred")
        return self.anchor

    def rel(self, gran: str, n: int = 0) -> Point | None:
        """The anchor's ``gran`` point moved by ``n`` (coarsened to the anchor's precision)."""
        if self.anchor is None:
            return None
        point = Point.of_date(self.anchor.date, gran).shift(n)
        return point.coarsen(self.anchor.precision)


def _nearest_cue(left: str, right: str) -> int | None:
    """The sign of the tense cue nearest the gap between ``left`` and ``right``: +1 future, -1
    past, 0 a scheduled event in the simple present ("the year that starts on July 1"), which
    leans neither way; ``None`` when there is no cue."""
    lex = _lex()
    best, sign = 10**6, None
    for pattern, value in ((lex["future_re"], 1), (lex["past_re"], -1), (lex["present_re"], 0)):
        for m in pattern.finditer(left):
            if value < 0 and _PASSIVE.search(left, 0, m.start()):
                continue  # "will be held": a participle, not a past tense
            distance = len(left) - m.end()
            if distance < best:
                best, sign = distance, value
        for m in pattern.finditer(right):
            if value < 0 and _PASSIVE.search(right, 0, m.start()):
                continue
            if m.start() < best:
                best, sign = m.start(), value
            break
    return sign


def _pick(candidates: list[tuple[int, Point]], direction: int) -> Point:
    """From ``(signed distance to the base, point)`` pairs choose by tense: the nearest in the
    past, in the future, or either (ties to the past)."""
    if direction < 0:
        past = [c for c in candidates if c[0] <= 0]
        if past:
            return max(past, key=lambda c: c[0])[1]
    elif direction > 0:
        future = [c for c in candidates if c[0] >= 0]
        if future:
            return min(future, key=lambda c: c[0])[1]
    return min(candidates, key=lambda c: (abs(c[0]), c[0] > 0))[1]


def _point_res(point: Point | None, span: tuple[int, int] | None = None) -> Resolved:
    if point is None:
        return Resolved(None, "unresolved", span=span)
    return Resolved(point.value, point.gran, point=point, span=span)


def _period(a: Point | None, b: Point | None, span: tuple[int, int] | None = None) -> Resolved:
    if a is None or b is None:
        return Resolved(None, "unresolved", span=span)
    return Resolved(f"{a.value}/{b.value}", "period", a.value, b.value, span=span)


def _gran_of_unit(unit: str) -> str:
    return {"fortnight": "week"}.get(unit, unit)


def _shift_units(point: Point, unit: str, n: int) -> Point:
    """``point`` moved by ``n`` of ``unit`` (at the point's own granularity where coarser)."""
    if unit == "fortnight":
        unit, n = "week", 2 * n
    if unit == "day":
        if point.gran == "day":
            return point.shift(n)
        return Point.of_date(point.first + dt.timedelta(days=n), point.gran)
    if unit == "week":
        if point.gran in ("day", "week"):
            return Point.of_date(point.first + dt.timedelta(weeks=n), point.gran)
        return Point.of_date(point.first + dt.timedelta(weeks=n), point.gran)
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}[unit] * n
    if point.gran == "day":
        y, m = add_months(point.year, point.month, months)
        day = min(point.day, 28) if _date(y, m, point.day) is None else point.day
        return Point("day", y, m, day)
    if point.gran in ("year", "decade", "century") and months % 12 == 0:
        return Point(point.gran, point.year + months // 12)
    y, m = add_months(point.first.year, point.first.month, months)
    return Point.of_date(dt.date(y, m, 1), point.gran)


class Resolver:
    """Turns candidates into values; one instance per text."""

    def __init__(self, ctx: _Context) -> None:
        self.ctx = ctx

    def __call__(self, cand: Candidate) -> Resolved | None:
        method: Callable[[re.Match[str], int, int], Resolved | None] = getattr(
            self, "r_" + cand.kind
        )
        return method(cand.match, cand.start, cand.end)

    # -- helpers ---------------------------------------------------------------------------
    def _month_ok(self, m: re.Match[str], group: str) -> bool:
        """A month name next to a day or year counts when capitalised, or in lower case when it
        cannot be a verb (not "may", "march" or a short form) or the clause is all lower case."""
        start = m.start(group)
        if self.ctx.capitalised(start):
            return True
        word = m[group].rstrip(".")
        if word not in _lex()["ambiguous_months"]:
            return True
        return self.ctx.all_lower(start)

    def _place_md(self, month: int, day: int, start: int, end: int) -> Point | None:
        """A month and day without a year: the year that puts it nearest the base date,
        leaning by tense."""
        base = self.ctx.base()
        if base is None:
            return None
        if self.ctx.ref is not None and (self.ctx.mode == "narrative" or self.ctx.anchor is None):
            d = _date(self.ctx.ref.year, month, day)
            return Point.of_date(d) if d else None
        options = []
        for y in (base.date.year - 1, base.date.year, base.date.year + 1):
            d = _date(y, month, day)
            if d is not None:
                options.append(((d - base.date).days, Point.of_date(d)))
        if not options:
            return None
        return _pick(options, self.ctx.direction(start, end))

    def _place_month(self, month: int, start: int, end: int, strict: int = 0) -> Point | None:
        base = self.ctx.base()
        if base is None:
            return None
        if self.ctx.ref is not None and (self.ctx.mode == "narrative" or self.ctx.anchor is None):
            return Point("month", self.ctx.ref.year, month)
        here = base.date.year * 12 + base.date.month
        options = []
        for y in (base.date.year - 1, base.date.year, base.date.year + 1):
            options.append((y * 12 + month - here, Point("month", y, month)))
        if strict:
            # "last June" is before the anchor's month, "next June" after it
            options = [o for o in options if o[0] * strict > 0]
            return min(options, key=lambda o: abs(o[0]))[1]
        return _pick(options, self.ctx.direction(start, end))

    def _place_season(self, code: str, start: int, end: int, strict: int = 0) -> Point | None:
        base = self.ctx.base()
        if base is None:
            return None
        if self.ctx.mode == "narrative" and self.ctx.ref is not None:
            return Point("season", self.ctx.ref.year, part=code)
        options = []
        for y in (base.date.year - 2, base.date.year - 1, base.date.year, base.date.year + 1):
            point = Point("season", y, part=code)
            if point.last < base.date:
                options.append(((point.last - base.date).days, point))
            elif point.first > base.date:
                options.append(((point.first - base.date).days, point))
            else:
                options.append((0, point))
        if strict:
            options = [o for o in options if o[0] * strict > 0]
            return min(options, key=lambda o: abs(o[0]))[1]
        return _pick(options, self.ctx.direction(start, end))

    def _place_weekday(self, weekday: int, start: int, end: int, strict: int = 0) -> Point | None:
        base = self.ctx.base()
        if base is None:
            return None
        if base.precision != "day":
            return None  # a weekday needs the day: against a month it names nothing
        options = []
        for delta in range(-7, 8):
            d = base.date + dt.timedelta(days=delta)
            if d.weekday() == weekday:
                options.append((delta, Point.of_date(d)))
        if strict:
            options = [o for o in options if o[0] * strict > 0]
            return min(options, key=lambda o: abs(o[0]))[1]
        direction = self.ctx.direction(start, end)
        # news style: a bare weekday is the most recent such day unless the clause looks ahead
        return _pick(options, direction if direction > 0 else -1)

    def _year_rel(self, rel: str | None) -> int | None:
        """The year of "this year", "last year", "the year" (the anchor's or the reference's)."""
        anaphoric = ("that", "the same") if self.ctx.mode == "news" else ("the", "that", "the same")
        if self.ctx.anchor is None or rel in anaphoric:
            return self.ctx.ref.year if self.ctx.ref is not None else None
        if self.ctx.anchor is None:
            return None
        shift = {"last": -1, "next": 1, "the previous": -1, "the following": 1}.get(rel or "", 0)
        return self.ctx.anchor.date.year + shift

    # -- ranges ----------------------------------------------------------------------------
    def _range_md(self, m: re.Match[str], p: str, s: int, e: int) -> Resolved | None:
        if not self._month_ok(m, p + "m1"):
            return None
        m1 = _month(m[p + "m1"])
        m2 = _month(m[p + "m2"]) if m[p + "m2"] else m1
        if m[p + "m2"] and not self._month_ok(m, p + "m2"):
            return None
        d1, d2 = _day(m[p + "d1"]), _day(m[p + "d2"])
        y2 = int(m[p + "y2"]) if m[p + "y2"] else None
        y1 = int(m[p + "y1"]) if m[p + "y1"] else None
        span = (m.start(p + "m1"), e)
        if y1 is None and y2 is not None:
            y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1
        if y1 is None:
            first = self._place_md(m1, d1, s, e)
            if first is None:
                return Resolved(None, "unresolved", span=span)
            y1 = first.year
        if y2 is None:
            y2 = y1 if (m2, d2) >= (m1, d1) else y1 + 1
        a, b = _date(y1, m1, d1), _date(y2, m2, d2)
        if a is None or b is None or b < a:
            return None
        return _period(Point.of_date(a), Point.of_date(b), span)

    def r_rmd_b(self, m, s, e):
        return self._range_md(m, "rmd_b_", s, e)

    def r_rmd(self, m, s, e):
        return self._range_md(m, "rmd_", s, e)

    def r_rdm(self, m, s, e):
        if not self._month_ok(m, "rdm_m"):
            return None
        month = _month(m["rdm_m"])
        d1, d2 = _day(m["rdm_d1"]), _day(m["rdm_d2"])
        span = (m.start("rdm_d1"), e)
        if m["rdm_y"]:
            y = int(m["rdm_y"])
        else:
            point = self._place_md(month, d2, s, e)
            if point is None:
                return Resolved(None, "unresolved", span=span)
            y = point.year
        a, b = _date(y, month, d1), _date(y, month, d2)
        if a is None or b is None or b < a:
            return None
        return _period(Point.of_date(a), Point.of_date(b), span)

    def _range_my(self, m1: str, y1: str | None, m2: str, y2: str | None, s, e, span):
        a_m, b_m = _month(m1), _month(m2)
        if y2 is None and y1 is None:
            first = self._place_month(a_m, s, e)
            if first is None:
                return Resolved(None, "unresolved", span=span)
            ya = first.year
            yb = ya if b_m >= a_m else ya + 1
        else:
            yb = int(y2) if y2 else int(y1)  # type: ignore[arg-type]
            ya = int(y1) if y1 else (yb if a_m <= b_m else yb - 1)
        if (ya, a_m) > (yb, b_m):
            return None
        return _period(Point("month", ya, a_m), Point("month", yb, b_m), span)

    def r_rmy(self, m, s, e):
        g1 = "rmy_m1" if m["rmy_m1"] else "rmy_m1b"
        if not (self._month_ok(m, g1) and self._month_ok(m, "rmy_m2")):
            return None
        y1 = m["rmy_y1"] or m["rmy_y1b"]
        return self._range_my(m[g1], y1, m["rmy_m2"], m["rmy_y2"], s, e, (m.start(g1), e))

    def r_rmy2(self, m, s, e):
        if not (self._month_ok(m, "rmy2_m1") and self._month_ok(m, "rmy2_m2")):
            return None
        return self._range_my(m["rmy2_m1"], m["rmy2_y1"], m["rmy2_m2"], m["rmy2_y2"], s, e, None)

    def r_ry_b(self, m, s, e):
        a, b = int(m["ry_b_y1"]), int(m["ry_b_y2"])
        if b <= a:
            return None
        return _period(Point("year", a), Point("year", b), (m.start("ry_b_y1"), e))

    def r_ry(self, m, s, e):
        a = int(m["ry_y1"])
        span = (m.start("ry_y1"), e)
        if m["ry_y2"]:
            b = int(m["ry_y2"])
            if b <= a:
                return None
            return _period(Point("year", a), Point("year", b), span)
        yy = int(m["ry_yy"])
        sep = self.ctx.lower[m.end("ry_y1") : m.start("ry_yy")].strip()
        if yy == (a + 1) % 100 and self.ctx.fiscal_context(s, e):
            # "the 2025-26 budget": one fiscal year of the state it is about
            fy = self.ctx.fiscal_year(s, e, split_only=True)
            if fy is not None:
                res = _fiscal_period(fy, a)
                res.span = span
                return res
        if yy > a % 100:
            return _period(Point("year", a), Point("year", a - a % 100 + yy), span)
        if sep == "-" and 1 <= yy <= 12:
            return _point_res(Point("month", a, yy), span)
        return None

    # -- dates -----------------------------------------------------------------------------
    def r_iso(self, m, s, e):
        d = _date(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
        return _point_res(Point.of_date(d)) if d else None

    def r_num(self, m, s, e):
        return fallback.FALLBACK

    def _full(self, m, p, s, e):
        if not self._month_ok(m, p + "m"):
            return None
        d = _date(int(m[p + "y"]), _month(m[p + "m"]), _day(m[p + "d"]))
        if d is None:
            return None
        return _point_res(Point.of_date(d))

    def r_mdy(self, m, s, e):
        return self._full(m, "mdy_", s, e)

    def r_dmy(self, m, s, e):
        return self._full(m, "dmy_", s, e)

    def r_my(self, m, s, e):
        if not self._month_ok(m, "my_m"):
            return None
        return _point_res(Point("month", int(m["my_y"]), _month(m["my_m"])))

    def r_sy(self, m, s, e):
        return _point_res(Point("season", int(m["sy_y"]), part=_season(m["sy_s"])))

    def _md(self, m, p, s, e):
        if not self._month_ok(m, p + "m"):
            return None
        month, day = _month(m[p + "m"]), _day(m[p + "d"])
        if _date(2000, month, day) is None:
            return None
        if m[p + "wd"] and self.ctx.base() is not None:
            # a weekday fixes the year: the nearest year where the date falls on it
            weekday = lexicon()["weekdays"][m[p + "wd"]]
            base = self.ctx.base()
            for y in sorted(
                range(base.date.year - 6, base.date.year + 7), key=lambda y: abs(y - base.date.year)
            ):
                d = _date(y, month, day)
                if d is not None and d.weekday() == weekday:
                    return _point_res(Point.of_date(d))
        return _point_res(self._place_md(month, day, s, e))

    def r_md(self, m, s, e):
        return self._md(m, "md_", s, e)

    def r_dm(self, m, s, e):
        return self._md(m, "dm_", s, e)

    # -- quarters, halves, decades, centuries ----------------------------------------------
    def _quarter(self, n: int, year: int | None, s, e) -> Resolved:
        if year is None:
            base = self.ctx.base()
            if base is None:
                return Resolved(None, "unresolved")
            here = (base.date.year * 4) + (base.date.month - 1) // 3
            options = [
                (y * 4 + n - 1 - here, Point("quarter", y, part=str(n)))
                for y in (base.date.year - 1, base.date.year, base.date.year + 1)
            ]
            return _point_res(_pick(options, self.ctx.direction(s, e)))
        return _point_res(Point("quarter", year, part=str(n)))

    def r_q(self, m, s, e):
        n = _ordinal(m["q_n"])
        year = int(m["q_y"]) if m["q_y"] else (self._year_rel(m["q_rel"]) if m["q_rel"] else None)
        if m["q_rel"] and year is None:
            return Resolved(None, "unresolved")
        return self._quarter(n, year, s, e)

    def r_q2(self, m, s, e):
        year = int(m["q2_y"]) if m["q2_y"] else self._year_rel(m["q2_rel"])
        return _point_res(Point("quarter", year, part="4") if year is not None else None)

    def r_qq(self, m, s, e):
        if not self.ctx.text[s].isupper():
            return None
        return self._quarter(int(m["qq_n"]), int(m["qq_y"]) if m["qq_y"] else None, s, e)

    def r_yq(self, m, s, e):
        return _point_res(Point("quarter", int(m["yq_y"]), part=m["yq_n"]))

    def r_half(self, m, s, e):
        n = 1 if m["half_n"] in ("first", "1st") else 2
        year = int(m["half_y"]) if m["half_y"] else self._year_rel(m["half_rel"])
        return _point_res(Point("half", year, part=str(n)) if year is not None else None)

    def r_hh(self, m, s, e):
        if not self.ctx.text[s].isupper():
            return None
        return _point_res(Point("half", int(m["hh_y"]), part=m["hh_n"]))

    def r_dec(self, m, s, e):
        if m["dec_y"]:
            year = int(m["dec_y"])
            if year % 100 == 0 and not self.ctx.lower[s:e].startswith("the"):
                # "1900s" may be a century ("the 1900s") or a count ("1900s-era"): need "the"
                pass
        else:
            yy = int(m["dec_yy"])
            now = self.ctx.anchor.date.year if self.ctx.anchor else 2000
            year = 2000 + yy if 2000 + yy <= now else 1900 + yy
        return _point_res(Point("decade", year))

    def r_decw(self, m, s, e):
        n = lexicon()["decade_words"][m["decw_w"]]
        return _point_res(Point("decade", 1900 + 10 * n))

    def r_cent(self, m, s, e):
        n = _ordinal(m["cent_n"])
        if not 1 <= n <= 22:
            return None
        return _point_res(Point("century", (n - 1) * 100))

    # -- parts -----------------------------------------------------------------------------
    def r_py(self, m, s, e):
        return _point_res(_edge_of(Point("year", int(m["py_y"])), m["py_part"]))

    def r_pm(self, m, s, e):
        if not self._month_ok(m, "pm_m"):
            return None
        if m["pm_m"].rstrip(".") != m["pm_m"] or (
            len(m["pm_m"].rstrip(".")) <= 4
            and m["pm_m"]
            not in (
                "may",
                "june",
                "july",
            )
        ):
            return None
        return _point_res(self._place_month(_month(m["pm_m"]), s, e))

    def r_pr(self, m, s, e):
        rel, unit = m["pr_rel"], m["pr_u"]
        part = m["pr_part"]
        if part in ("earlier", "later") and rel not in ("this", "that", "the same"):
            return None
        if unit in lexicon()["seasons"]:
            code = _season(unit)
            if rel in ("the", "that", "the same") and self.ctx.ref is not None:
                return _point_res(Point("season", self.ctx.ref.year, part=code))
            strict = {"last": -1, "next": 1, "the previous": -1, "the following": 1}.get(rel, 0)
            return _point_res(self._place_season(code, s, e, strict))
        if rel == "the" and self.ctx.mode == "news" and self.ctx.anchor is not None:
            return _point_res(_edge_of(self.ctx.rel(unit), part))
        if rel in ("the", "that", "the same", "the following", "the previous"):
            ref = self.ctx.ref_for(unit, same=rel == "the same")
            if ref is None:
                if rel == "the" and self.ctx.anchor is not None:
                    return _point_res(self.ctx.rel(unit))
                return Resolved(None, "unresolved")
            shift = {"the following": 1, "the previous": -1}.get(rel, 0)
            return _point_res(_edge_of(Point.of_date(ref.first, unit).shift(shift), part))
        shift = {"last": -1, "next": 1}.get(rel, 0)
        point = self.ctx.rel(unit, shift)
        return _point_res(_edge_of(point, part) if point is not None else None)

    # -- named periods, terms of office ----------------------------------------------------
    def _temporal_before(self, pos: int) -> bool:
        words = self.ctx.before(pos, 3)
        preps = set(lexicon()["temporal_prepositions"])
        return bool(words) and (
            words[-1] in preps or " ".join(words[-2:]) in preps or " ".join(words) in preps
        )

    def r_adm(self, m, s, e):
        ordinal = m["adm_ord"]
        if ordinal is None and not self._temporal_before(s):
            return None
        if not self.ctx.capitalised(m.start("adm_n")):
            return None
        options = terms().get(m["adm_n"], ())
        if not options:
            return None
        anchor = self.ctx.anchor.date if self.ctx.anchor else None
        if ordinal in ("first", "second", "third"):
            # the n-th term of the person holding the latest term with that surname
            person = options[-1].name if anchor is None else _holder(options, anchor).name
            own = [t for t in options if t.name == person]
            n = _ordinal(ordinal)
            if n > len(own):
                return None
            chosen = [own[n - 1]]
        elif ordinal in ("previous", "former", "last", "earlier") and anchor is not None:
            past = [t for t in options if t.end is not None and t.end <= anchor]
            if not past:
                return Resolved(None, "unresolved")
            chosen = [past[-1]]
        elif anchor is not None:
            current = [
                t for t in options if t.start <= anchor and (t.end is None or anchor < t.end)
            ]
            chosen = current[-1:] or [t for t in options if t.start <= anchor][-1:]
            if not chosen:
                return Resolved(None, "unresolved")
        else:
            if len({t.name for t in options}) > 1 or len(options) > 1:
                return Resolved(None, "unresolved")
            chosen = list(options)
        term = chosen[0]
        end = term.end.isoformat() if term.end else None
        if end is None:
            return Resolved(None, "period", term.start.isoformat(), None)
        return _period(Point.of_date(term.start), Point.of_date(term.end))

    def r_era(self, m, s, e):
        if not self._temporal_before(s):
            return None
        first = self.ctx.lower[s:e]
        if not first.startswith("the") and not self.ctx.text[s].isupper():
            return None
        start, end = named_periods()[_SPACES.sub(" ", m["era_n"])]
        return Resolved(f"{start}/{end}", "period", start, end)

    def r_fn(self, m, s, e):
        n = _num(m["fn_n"])
        unit = _unit(m["fn_u"])
        span = (self.ctx.lower.index("first", s), e)
        if n is None:
            return Resolved(None, "unresolved", span=span)
        left, right = self.ctx.clause(s, e)
        window = left + " " + right
        if not re.search(
            r"administration|presidency|in office|(?<![a-z])term(?![a-z])|government", window
        ):
            return Resolved(None, "unresolved", span=span)
        term = self._term_in(s, e)
        if term is None:
            return Resolved(None, "unresolved", span=span)
        first = Point.of_date(term.start)
        last = _shift_units(first, unit, n).shift(-1) if unit != "day" else first.shift(n - 1)
        return _period(first, last, span)

    def _term_in(self, s: int, e: int):
        """The term of office of a leader named near ``s`` that contains the anchor."""
        left, right = self.ctx.clause(s, e)
        anchor = self.ctx.anchor.date if self.ctx.anchor else None
        if anchor is None:
            return None
        table = terms()
        best = None
        for word in _WORD_RE.findall(left + " " + right):
            word = word.strip(".'").removesuffix("'s")
            if word in table:
                held = [
                    t
                    for t in table[word]
                    if t.start <= anchor and (t.end is None or anchor < t.end)
                ]
                if held:
                    best = held[-1]
        return best

    # -- vague, deictic, relative --------------------------------------------------------------
    def r_vague(self, m, s, e):
        phrase = m["vague_w"]
        span = (s + 3, e) if phrase.startswith("in ") else None
        return Resolved(None, "unresolved", span=span)

    def r_deictic(self, m, s, e):
        if self.ctx.anchor is None:
            return Resolved(None, "unresolved")
        point = Point.of_date(self.ctx.anchor.date, self.ctx.anchor.precision)
        return Resolved(point.value, point.gran)

    def r_dr(self, m, s, e):
        word = _SPACES.sub(" ", m["dr_w"])
        shift = {
            "yesterday": -1,
            "tomorrow": 1,
            "last night": -1,
            "the day before yesterday": -2,
            "the day after tomorrow": 2,
        }.get(word, 0)
        if self.ctx.anchor is None:
            return Resolved(None, "unresolved")
        point = self.ctx.rel("day", shift)
        return Resolved(point.value, point.gran)

    def r_wd(self, m, s, e):
        if not self.ctx.capitalised(s):
            return None
        return _point_res(self._place_weekday(lexicon()["weekdays"][m["wd_w"]], s, e))

    def r_hol(self, m, s, e):
        if not self.ctx.capitalised(s):
            return None
        month, day = (
            int(x) for x in lexicon()["holidays"][_SPACES.sub(" ", m["hol_n"])].split("-")
        )
        if m["hol_y"]:
            return _point_res(Point("day", int(m["hol_y"]), month, day))
        words = self.ctx.before(s, 1)
        if words and words[-1] in ("last", "next", "this"):
            base = self.ctx.base()
            if base is not None:
                for y in (base.date.year - 1, base.date.year, base.date.year + 1)[
                    :: (1 if words[-1] != "last" else -1)
                ]:
                    d = dt.date(y, month, day)
                    if (words[-1] == "last" and d < base.date) or (
                        words[-1] != "last" and d >= base.date
                    ):
                        return _point_res(Point.of_date(d))
        return _point_res(self._place_md(month, day, s, e))

    def r_bc(self, m, s, e):
        raw = self.ctx.text[s:e]
        if m["bc_y2"]:
            if not raw[:1].isupper():
                return None
            return _point_res(Point("year", int(m["bc_y2"])))
        era = m["bc_e"].replace(".", "")
        if not any(c.isupper() for c in raw):
            return None
        y = int(m["bc_y"])
        if y == 0:
            return None
        if era in ("bc", "bce"):
            return _point_res(Point("year", 1 - y))
        return _point_res(Point("year", y))

    def r_fy(self, m, s, e):
        raw = m["fy_y"].lstrip("'")
        year = int(raw) if len(raw) == 4 else 2000 + int(raw)
        fy = self.ctx.fiscal_year(s, e, split_only=False)
        if fy is None:
            return _point_res(Point("year", year))
        return _fiscal_period(fy, year - 1 if fy.named_by == "end" else year)

    def r_fyr(self, m, s, e):
        """ "the current fiscal year", "next fiscal year", "the new fiscal year"."""
        anchor = self.ctx.anchor
        if anchor is None:
            return Resolved(None, "unresolved")
        rel = m["fyr_rel"]
        fy = self.ctx.fiscal_year(s, e, split_only=False)
        shift = {"next": 1, "last": -1, "previous": -1, "past": -1}.get(rel, 0)
        if fy is None:
            if rel in ("new", "coming", "upcoming") and anchor.date.month >= 10:
                shift = 1
            return _point_res(self.ctx.rel("year", shift))
        current = fy.containing(anchor.date)
        if rel in ("new", "coming", "upcoming"):
            # the fiscal year about to begin (within three months) or just begun
            upcoming, _ = fy.span(current + 1)
            if (upcoming - anchor.date).days <= 92:
                shift = 1
        return _fiscal_period(fy, current + shift)

    def r_mon(self, m, s, e):
        if not (self.ctx.capitalised(s) or self.ctx.all_lower(s)):
            return None
        word = m["mon_m"]
        prev = self.ctx.before(s, 1)
        nxt = self.ctx.after(e, 1)
        if word in ("may", "march"):
            lex = _lex()
            if not prev or prev[-1] not in lex["month_cues"]:
                return None
            # after a preposition that introduces a time ("in March to ..."), only a verb form
            # ("in May be") makes it the verb
            verbs = ("be", "have", "not")
            if prev[-1] not in lex["strong_month_cues"]:
                verbs = (*verbs, "also", "well", "still", "soon", "on", "to")
            if nxt and nxt[0] in verbs:
                return None
        return _point_res(self._place_month(_month(word), s, e))

    def r_season(self, m, s, e):
        word = m["season_s"]
        prev = self.ctx.before(s, 1)
        nxt = self.ctx.after(e, 1)
        if nxt and nxt[0] == "of":
            return None
        if not prev or prev[-1] not in _lex()["season_cues"]:
            return None
        if prev[-1] in ("past", "coming", "following", "previous", "same", "that", "each", "every"):
            return None
        if (
            word == "fall"
            and self.ctx.lower[s:e] == "fall"
            and prev[-1] not in ("this", "last", "next", "the", "in", "by", "early", "late")
        ):
            return None
        return _point_res(self._place_season(_season(word), s, e))

    def r_year(self, m, s, e):
        y = int(m["year_y"])
        lex = _lex()
        prev = self.ctx.before(s, 2)
        nxt = self.ctx.after(m.end("year_y"), 1)
        p1 = prev[-1] if prev else ""
        p2 = " ".join(prev[-2:])
        if p1 in lex["count_qualifiers"] or p2 in lex["count_qualifiers"]:
            return None
        if p1 in lex["label_nouns"]:
            return None
        raw_before = self.ctx.text[max(0, s - 1) : s]
        if raw_before in ("$", "\u20ac", "\u00a3"):
            return None
        determined = p1 in lex["temporal_prepositions_year"] or p1.endswith("'s")
        if nxt:
            word = nxt[0]
            plural = (
                word.endswith("s") and not word.endswith("ss") and word.isalpha() and len(word) > 3
            )
            if (
                (plural and word not in lex["year_nouns"]) or word in lex["count_nouns"]
            ) and not determined:
                return None
            if word in (
                "km",
                "kg",
                "m",
                "miles",
                "metres",
                "meters",
                "tons",
                "tonnes",
                "mw",
                "bpd",
            ):
                return None
        if y < 1900 and not determined:
            return None
        if self.ctx.anchor is not None and y > self.ctx.anchor.date.year + 60 and not determined:
            return None
        return _point_res(Point("year", y), (s, m.end("year_y")))

    def r_anaph(self, m, s, e):
        unit = m["anaph_u"]
        direction = m["anaph_dir"] or m["anaph_dir2"]
        ref = self.ctx.ref
        if unit in ("morning", "evening", "night"):
            unit = "day"
        if unit in lexicon()["seasons"]:
            if ref is None:
                return Resolved(None, "unresolved")
            point = Point("season", ref.year, part=_season(unit))
            return _point_res(point.shift({"next": 4, "following": 4}.get(direction, 0)))
        shift = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "prior": -1}.get(
            direction, 0
        )
        ref = self.ctx.ref_for(unit, same=direction == "same")
        if ref is None:
            return Resolved(None, "unresolved")
        return _point_res(Point.of_date(ref.first, unit).shift(shift))

    def r_that(self, m, s, e):
        unit = m["that_u"]
        ref = self.ctx.ref
        if unit in lexicon()["seasons"]:
            return _point_res(Point("season", ref.year, part=_season(unit)) if ref else None)
        ref = self.ctx.ref_for(unit)
        if ref is None:
            return Resolved(None, "unresolved")
        return _point_res(Point.of_date(ref.first, unit))

    def _window(self, direction: str, n: int | None, unit: str, span) -> Resolved:
        """A period from the anchor back (past, last) or forward (next, coming) by ``n`` units."""
        if n is None or self.ctx.anchor is None:
            return Resolved(None, "unresolved", span=span)
        if direction in ("following", "preceding"):
            ref = self.ctx.ref
            if ref is None:
                return Resolved(None, "unresolved", span=span)
            base = ref
        else:
            gran = {"day": "day", "week": "day", "fortnight": "day", "month": "month"}.get(
                unit, "year"
            )
            base = Point.of_date(self.ctx.anchor.date, gran).coarsen(self.ctx.anchor.precision)
        if direction in ("past", "last", "previous", "preceding"):
            return _period(_shift_units(base, unit, -n), base, span)
        return _period(base, _shift_units(base, unit, n), span)

    def r_pn(self, m, s, e):
        unit_word = m["pn_u"]
        unit = _unit(unit_word)
        if (m["pn_n"] is None and unit_word.endswith("s") and unit_word != "days") or (
            m["pn_n"] is None and unit_word == "days"
        ):
            return Resolved(None, "unresolved")  # "the past years": vague
        n = _num(m["pn_n"]) if m["pn_n"] else 1
        return self._window(m["pn_dir"], n, unit, None)

    def r_pn2(self, m, s, e):
        if m["pn2_n"] in ("a", "an"):
            return None
        return self._window(m["pn2_dir"], _num(m["pn2_n"]), _unit(m["pn2_u"]), None)

    def r_pf(self, m, s, e):
        left, _right = self.ctx.clause(s, e)
        span = (m.start("pf_q") if m["pf_q"] else m.start("pf_n"), e)
        cues = list(_lex()["perfect_re"].finditer(left[-120:]))
        if not cues:
            return None
        if m["pf_q"] in _BOUNDS and _NEGATED.search(left[-120:], cues[-1].start()):
            # "has not held a road for more than a few weeks": a bound on how long, no period
            return None
        n = _num(m["pf_n"])
        return self._window("past", n, _unit(m["pf_u"]), span)

    def r_agoc(self, m, s, e):
        return fallback.FALLBACK

    def r_ago(self, m, s, e):
        n = _num(m["ago_n"])
        unit = _unit(m["ago_u"])
        direction = _SPACES.sub(" ", m["ago_dir"])
        if n is None:
            return Resolved(None, "unresolved")
        gran = {"fortnight": "week", "quarter": "quarter", "decade": "year", "century": "year"}.get(
            unit, unit
        )
        if direction in ("ago", "from now", "hence"):
            if self.ctx.anchor is None:
                return Resolved(None, "unresolved")
            sign = -1 if direction == "ago" else 1
            base = Point.of_date(self.ctx.anchor.date, gran)
            return _point_res(_shift_units(base, unit, sign * n).coarsen(self.ctx.anchor.precision))
        ref = self.ctx.ref
        if ref is None:
            return Resolved(None, "unresolved")
        sign = -1 if direction == "earlier" else 1
        start_gran = (
            ref.gran if GRANULARITY_RANK[ref.gran] >= GRANULARITY_RANK.get(gran, 5) else gran
        )
        base = Point.of_date(ref.first, start_gran)
        return _point_res(_shift_units(base, unit, sign * n))

    def r_inn(self, m, s, e):
        n = _num(m["inn_n"])
        unit = _unit(m["inn_u"])
        if n is None or self.ctx.anchor is None:
            return Resolved(None, "unresolved")
        gran = {"fortnight": "week", "decade": "year", "century": "year"}.get(unit, unit)
        base = Point.of_date(self.ctx.anchor.date, gran)
        return _point_res(_shift_units(base, unit, n).coarsen(self.ctx.anchor.precision))

    def r_rel(self, m, s, e):
        direction = _SPACES.sub(" ", m["rel_dir"])
        unit = m["rel_u"]
        lex = lexicon()
        strict = {"last": -1, "this past": -1, "previous": -1, "next": 1, "coming": 1}.get(
            direction, 0
        )
        if unit in lex["weekdays"]:
            if not self.ctx.capitalised(m.start("rel_u")):
                return None
            return _point_res(self._place_weekday(lex["weekdays"][unit], s, e, strict))
        if unit in lex["months"]:
            if not self.ctx.capitalised(m.start("rel_u")):
                return None
            return _point_res(self._place_month(_month(unit), s, e, strict))
        if unit in lex["seasons"]:
            if direction in ("this", "current"):
                return _point_res(self._place_season(_season(unit), s, e))
            if direction == "past":
                strict = -1
            return _point_res(self._place_season(_season(unit), s, e, strict))
        if self.ctx.anchor is None:
            return Resolved(None, "unresolved")
        if direction in ("past", "coming"):
            return self._window(direction, 1, unit, None)
        shift = {"last": -1, "previous": -1, "this past": -1, "next": 1}.get(direction, 0)
        return _point_res(self.ctx.rel(unit, shift))


_END_PARTS = frozenset({"end", "close", "end-"})
_START_PARTS = frozenset({"start", "beginning", "start-"})


def _edge_of(point: Point | None, part: str | None) -> Point | None:
    """The month an edge of a year names: "the end of 2023" is December 2023, "the start of
    next year" January (a part such as "early" or "mid-" keeps the year: it names no month)."""
    if point is None or point.gran != "year" or not part:
        return point
    words = part.replace("the ", "").replace("very ", "").replace(" of", "").strip()
    if words in _END_PARTS:
        return Point("month", point.year, 12)
    if words in _START_PARTS:
        return Point("month", point.year, 1)
    return point


@cache
def _country_names() -> re.Pattern[str]:
    names = {n: code for code, fy in fiscal_years().items() for n in fy.names}
    return re.compile(r"(?<![a-z])(?:" + _alts_names(names) + r")(?![a-z])")


def _alts_names(names: dict[str, str]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


_SENTENCE_END = re.compile(r"[.!?][)\"'\u201d\u2019]*\s+(?=[^a-z0-9])|\n")


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]`` (a full stop inside "2.55" ends nothing)."""
    lo = max(0, start - 1500)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    first = ends[-1] if ends else lo
    m = _SENTENCE_END.search(text, end, end + 1500)
    return first, m.start() if m else min(len(text), end + 1500)


def _named_countries(lower: str) -> list[tuple[int, str]]:
    """States with their own fiscal year named in ``lower`` (when no actor mentions are given)."""
    codes = {n: code for code, fy in fiscal_years().items() for n in fy.names}
    return [(m.start(), codes[m.group()]) for m in _country_names().finditer(lower)]


def _fiscal_period(fy: FiscalYear, first_year: int) -> Resolved:
    a, b = fy.span(first_year)
    return Resolved(f"{a.isoformat()}/{b.isoformat()}", "period", a.isoformat(), b.isoformat())


def _holder(options, anchor: dt.date):
    held = [t for t in options if t.start <= anchor]
    return held[-1] if held else options[0]


# -- putting it together ---------------------------------------------------------------------------

_SINCE = frozenset({"since"})
_UNTIL = frozenset({"until", "till"})


def resolve(
    text: str,
    lower: str,
    candidates: list[Candidate],
    anchor: Anchor | None,
    mode: str = "news",
    accept: Callable[[int, int], bool] | None = None,
    countries: Sequence[tuple[int, str]] = (),
) -> list[TimeRef]:
    """Resolve candidates into :class:`~geobrief.TimeRef` items (rejected candidates dropped).

    :param countries: ``(offset, ISO3)`` of the states named in the text, in order, which decide
        whose fiscal year "2025-26" or "the current fiscal year" is; without them the state
        names of ``data/fiscal_years.csv`` are looked for in the text.
    """
    ctx = _Context(text, lower, anchor, mode, countries)
    resolver = Resolver(ctx)
    out: list[TimeRef] = []
    anchor_date = anchor.date if anchor else None
    status = anchor.status if anchor else "missing"
    last_end = -1
    for cand in candidates:
        if cand.start < last_end:
            continue
        try:
            res = resolver(cand)
        except (ValueError, OverflowError, KeyError):
            continue  # a date outside the calendar's range ("31 February", year 0)
        if res is None:
            continue
        if res is fallback.FALLBACK:
            res = fallback.resolve(text[cand.start : cand.end], anchor)
            if res is None:
                continue
        start, end = res.span or (cand.start, cand.end)
        if accept is not None and not accept(start, end):
            continue
        # "since 2022": the value stays 2022, the open period runs to the anchor
        if res.gran not in ("period", "unresolved") and res.value is not None:
            words = ctx.before(start, 1)
            if words and words[-1] in _SINCE and anchor is not None and res.point is not None:
                now = Point.of_date(anchor.date, res.point.gran).coarsen(anchor.precision)
                res.start, res.end = res.value, now.value
        if res.gran == "week" and res.point is not None and res.start is None:
            # a week is also given as its Monday-Sunday interval
            res.start, res.end = res.point.first.isoformat(), res.point.last.isoformat()
        point = res.point
        if (
            point is not None
            and res.gran not in ("period", "unresolved")
            and 1 <= point.year <= 9000
        ):
            ctx.refer(point)
        out.append(
            TimeRef(
                span=(start, end),
                text=text[start:end],
                value=res.value,
                granularity=res.gran
                if res.value is not None or res.gran == "period"
                else "unresolved",
                start=res.start,
                end=res.end,
                anchor=anchor_date,
                anchor_status=status,
            )
        )
        last_end = end
    return out


def find_times(
    text: str,
    anchor: Anchor | dt.date | None = None,
    *,
    start: int = 0,
    end: int | None = None,
    lower: str | None = None,
    mode: str = "news",
    countries: Sequence[tuple[int, str]] = (),
) -> list[TimeRef]:
    """Every temporal expression of ``text[start:end]``, resolved against ``anchor``.

    :param anchor: a date (taken as given by the caller), an :class:`Anchor`, or ``None`` to
        resolve only what is absolute.
    :param lower: the lower-cased, ASCII-folded text when the caller has it already.
    :param mode: ``"news"`` places bare months and days near the anchor; ``"narrative"`` places
        them in the year of the last date mentioned (histories, timelines).
    :param countries: ``(offset, ISO3)`` of the states named in the text (see :func:`resolve`).
    """
    from geobrief.text import normalize

    if isinstance(anchor, dt.date):
        anchor = Anchor(anchor, "day", "given")
    if lower is None:
        lower = normalize(text).lower()
        if len(lower) != len(text):
            lower = normalize(text)
    return resolve(text, lower, scan(lower, start, end), anchor, mode, countries=countries)
