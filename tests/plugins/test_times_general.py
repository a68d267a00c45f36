"""The times plugin on general constructions: weeks as intervals, anaphora that reaches back
past coarser dates, scheduled events in the simple present, the edges of a year, fiscal years by
state, vague spans, and the guards (a verb "march", a year before a plural noun, a negated
bound on a duration). Every sentence here is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from geobrief_times import Anchor, find_times


def values(sentence: str, anchor: dt.date | Anchor | None, **kw) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_times(sentence, anchor, **kw)]


def only(sentence: str, anchor: dt.date | Anchor | None, **kw):
    found = find_times(sentence, anchor, **kw)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    return found[0]


# -- weeks ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "anchor", "value", "start", "end"),
    [
        # a Saturday: last week is the Monday-Sunday week before the anchor's own
        (
            "The envoy visited last week.",
            dt.date(2026, 1, 31),
            "2026-W04",
            "2026-01-19",
            "2026-01-25",
        ),
        # a Monday
        ("Prices rose this week.", dt.date(2024, 3, 4), "2024-W10", "2024-03-04", "2024-03-10"),
        ("Talks resume next week.", dt.date(2023, 12, 29), "2024-W01", "2024-01-01", "2024-01-07"),
    ],
)
def test_times_general_week_has_monday_to_sunday_ends(sentence, anchor, value, start, end):
    t = only(sentence, anchor)
    assert (t.value, t.granularity, t.start, t.end) == (value, "week", start, end)


def test_times_general_same_week_reaches_back_past_a_year():
    text = (
        "Last week the navy held drills near the strait. The ministry wants a new fleet by 2031. "
        "The same week, the parliament voted on the budget."
    )
    found = {t.text: t for t in find_times(text, dt.date(2026, 5, 14))}
    assert found["2031"].value == "2031"
    same = found["The same week"]
    assert (same.value, same.start, same.end) == ("2026-W19", "2026-05-04", "2026-05-10")


def test_times_general_same_month_takes_the_last_day_named():
    text = "The truce was signed on March 3, 1999. In the same month, the border reopened."
    assert values(text, dt.date(2020, 1, 1))[-1] == ("the same month", "1999-03")


def test_times_general_following_day_needs_a_day_just_named():
    # "the next day" follows the last date named; a year named since cuts it off
    text = "Rebels took the port on May 2, 2019. In 2020 they lost it. The next day, talks began."
    assert values(text, dt.date(2021, 1, 1))[-1] == ("The next day", None)


# -- tense of scheduled events ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The tax, which takes effect on July 1, was announced by the ministry.", "2026-07-01"),
        ("The fiscal year starts on July 1, officials said on Monday.", "2026-07-01"),
        ("The session opens on July 3, the speaker told reporters.", "2026-07-03"),
        # a past tense nearer the date still places it in the past
        ("The tax took effect on July 1, the ministry said.", "2025-07-01"),
    ],
)
def test_times_general_simple_present_of_schedules_is_not_past(sentence, value):
    t = [t for t in find_times(sentence, dt.date(2026, 6, 20)) if t.granularity == "day"]
    assert t[0].value == value


# -- parts of a year -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("The base will close by the end of 2030.", "the end of 2030", "2030-12"),
        ("The mission left at the close of 2019.", "the close of 2019", "2019-12"),
        ("Fighting resumed at the beginning of 1990.", "the beginning of 1990", "1990-01"),
        ("The law applies from the start of next year.", "the start of next year", "2027-01"),
        ("The plant reopened at the end of last year.", "the end of last year", "2025-12"),
        # parts that name no month keep the year
        ("Inflation eased in mid-2024.", "mid-2024", "2024"),
        ("The junta took power in late 2021.", "late 2021", "2021"),
        ("Exports grew in early 2025.", "early 2025", "2025"),
    ],
)
def test_times_general_edges_of_a_year_name_its_first_or_last_month(sentence, span, value):
    t = only(sentence, dt.date(2026, 6, 20))
    assert (t.text, t.value) == (span, value)


def test_times_general_end_of_the_decade_stays_a_decade():
    t = only("Emissions must halve by the end of the decade.", dt.date(2026, 6, 20))
    assert t.value == "202"


# -- fiscal years ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Australia's 2024-25 budget raised defence outlays.", "2024-07-01/2025-06-30"),
        ("Canberra expects a deficit in 2024-25.", "2024-07-01/2025-06-30"),
        ("Japan's spending plan for fiscal 2026 is a record.", "2026-04-01/2027-03-31"),
        ("The U.S. deficit for fiscal 2025 was large.", "2024-10-01/2025-09-30"),
        ("Kenya's treasury sees revenue rising in FY2026.", "2025-07-01/2026-06-30"),
    ],
)
def test_times_general_fiscal_years_follow_the_state_named(sentence, value):
    t = [t for t in find_times(sentence, dt.date(2026, 1, 31)) if t.granularity == "period"]
    assert [x.value for x in t] == [value]


def test_times_general_fiscal_year_of_a_state_given_by_actor_mentions():
    text = "Officials presented the 2026-27 budget to parliament on Tuesday."
    # no state is named in words here: the caller's mentions say which
    t = find_times(text, dt.date(2026, 6, 3), countries=[(0, "EGY")])[0]
    assert t.value == "2026-07-01/2027-06-30"
    t = find_times(text, dt.date(2026, 6, 3), countries=[(0, "IND")])[0]
    assert t.value == "2026-04-01/2027-03-31"


def test_times_general_its_budget_takes_the_previous_sentences_topic():
    text = (
        "Canada has stepped up its purchases. Its budget for 2026-27 adds ten billion dollars, "
        "more than Australia's whole increase."
    )
    t = next(t for t in find_times(text, dt.date(2026, 5, 1)) if t.granularity == "period")
    assert t.value == "2026-04-01/2027-03-31"


@pytest.mark.parametrize(
    ("anchor", "relation", "value"),
    [
        (dt.date(2026, 1, 31), "current", "2025-04-01/2026-03-31"),
        (dt.date(2026, 1, 31), "next", "2026-04-01/2027-03-31"),
        (dt.date(2026, 1, 31), "last", "2024-04-01/2025-03-31"),
        # "new": about to begin (within three months) or just begun
        (dt.date(2026, 2, 20), "new", "2026-04-01/2027-03-31"),
        (dt.date(2026, 5, 20), "new", "2026-04-01/2027-03-31"),
    ],
)
def test_times_general_relative_fiscal_year(anchor, relation, value):
    t = only(f"India's defence ministry will spend more in the {relation} fiscal year.", anchor)
    assert (t.value, t.granularity) == (value, "period")


def test_times_general_calendar_fiscal_years_and_other_year_spans():
    anchor = dt.date(2026, 1, 31)
    assert values("China's budget for the current fiscal year grew.", anchor) == [
        ("the current fiscal year", "2026")
    ]
    # a two-year span is a fiscal year only in a fiscal context
    assert values("Pakistan won the 2012-13 season.", anchor) == [("2012-13", "2012/2013")]
    assert values("Pakistan's drought of 2021-22 was severe.", anchor) == [("2021-22", "2021/2022")]
    # no state with a split fiscal year named: the plain years
    assert values("The 2024-25 budget passed.", anchor) == [("2024-25", "2024/2025")]


# -- vague and guards -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("It was the worst drought in decades.", "decades"),
        ("Within weeks, the rebels had regrouped.", "Within weeks"),
        ("The army said it would withdraw within days.", "within days"),
        ("Turnout was the lowest in years.", "years"),
    ],
)
def test_times_general_vague_spans_are_kept_without_value(sentence, span):
    t = only(sentence, dt.date(2026, 1, 31))
    assert (t.text, t.value, t.granularity) == (span, None, "unresolved")


def test_times_general_month_after_temporal_preposition_before_to():
    anchor = dt.date(2026, 6, 20)
    assert values("Her decision in March to expel the envoy surprised nobody.", anchor) == [
        ("March", "2026-03")
    ]
    assert values("Since May to the present, prices rose.", anchor) == [("May", "2026-05")]
    assert values("Protesters may march to the capital.", anchor) == []


def test_times_general_year_before_a_plural_noun():
    anchor = dt.date(2026, 1, 31)
    assert values("Traffic is still below 2023 levels.", anchor) == [("2023", "2023")]
    assert values("They prepared for the 2028 elections.", anchor) == [("2028", "2028")]
    assert values("He sent 2000 soldiers and 1500 tanks.", anchor) == []


def test_times_general_negated_bound_on_a_duration_is_no_period():
    anchor = dt.date(2026, 1, 31)
    assert values("The army has not held the pass for more than a few weeks.", anchor) == []
    assert values("They have not kept a ceasefire for more than two months.", anchor) == []
    # a negated perfect without a bound still names the period up to now
    assert values("The country has not held elections for three years.", anchor) == [
        ("three years", "2023/2026")
    ]


def test_times_general_weekday_needs_a_day_anchor():
    month_anchor = Anchor(dt.date(2025, 3, 15), "month", "inferred")
    t = only("The ministers met on Thursday.", month_anchor)
    assert (t.value, t.granularity) == (None, "unresolved")
    t = only("The ministers met on Thursday.", dt.date(2025, 3, 15))
    assert t.value == "2025-03-13"
