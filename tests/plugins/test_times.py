"""The times plugin: each construction and its value, the anchor (stated, given, inferred,
overridden), what it must leave alone, and properties over generated text."""

from __future__ import annotations

import datetime as dt

import geobrief_times
import pytest
from geobrief_times import Anchor, find_times, iso_parse
from geobrief_times.fallback import guard, parse
from hypothesis import given, settings
from hypothesis import strategies as st

from geobrief import Article
from geobrief.testing import assert_spans_consistent, pipeline_with

ANCHOR = dt.date(2026, 1, 31)  # a Saturday


def times(sentence: str, anchor: dt.date | Anchor | None = ANCHOR):
    return [(t.text, t.value) for t in find_times(sentence, anchor)]


def only(sentence: str, anchor: dt.date | Anchor | None = ANCHOR):
    found = find_times(sentence, anchor)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    return found[0]


# -- constructions ------------------------------------------------------------------------------

CASES = [
    # (sentence, span, value, granularity)
    ("The treaty was signed on April 15, 2025.", "April 15, 2025", "2025-04-15", "day"),
    ("It was signed on 15 April 2025 in Moscow.", "15 April 2025", "2025-04-15", "day"),
    ("The file is dated 2024-11-05.", "2024-11-05", "2024-11-05", "day"),
    ("Talks resumed in March 2024.", "March 2024", "2024-03", "month"),
    ("The offensive began in early March 2024.", "early March 2024", "2024-03", "month"),
    ("Prices fell in the summer of 2023.", "the summer of 2023", "2023-SU", "season"),
    ("Output rose in autumn 2019.", "autumn 2019", "2019-FA", "season"),
    (
        "Growth slowed in the first quarter of 2025.",
        "the first quarter of 2025",
        "2025-Q1",
        "quarter",
    ),
    ("Exports rose in Q3 2024.", "Q3 2024", "2024-Q3", "quarter"),
    ("Debt grew in the second half of 2022.", "the second half of 2022", "2022-H2", "half"),
    ("Sanctions were lifted in the 1990s.", "the 1990s", "199", "decade"),
    ("It was a feature of the '80s.", "the '80s", "198", "decade"),
    ("The border was drawn in the 19th century.", "the 19th century", "18", "century"),
    ("Inflation peaked in mid-2024.", "mid-2024", "2024", "year"),
    ("The army withdrew in early 2025.", "early 2025", "2025", "year"),
    ("The plant closed late last year.", "late last year", "2025", "year"),
    ("Trade fell last year.", "last year", "2025", "year"),
    ("Talks will resume next month.", "next month", "2026-02", "month"),
    ("Exports fell three years ago.", "three years ago", "2023", "year"),
    ("He left last summer.", "last summer", "2025-SU", "season"),
    ("She arrived two weeks ago.", "two weeks ago", "2026-W03", "week"),
    ("The ministers met yesterday.", "yesterday", "2026-01-30", "day"),
    ("Trade grew this week.", "this week", "2026-W05", "week"),
    ("The debt was restructured in fiscal 2024.", "fiscal 2024", "2024", "year"),
    ("Rome was sacked in 410 AD.", "410 AD", "0410", "year"),
    ("Carthage fell in 146 BC.", "146 BC", "-0145", "year"),
    ("Protests began on December 28.", "December 28", "2025-12-28", "day"),
    ("The envoy met him on January 12.", "January 12", "2026-01-12", "day"),
    ("The ceasefire held over Christmas.", "Christmas", "2025-12-25", "day"),
]


@pytest.mark.parametrize(("sentence", "span", "value", "granularity"), CASES)
def test_times_construction_value(sentence, span, value, granularity):
    t = only(sentence)
    assert (t.text, t.value, t.granularity) == (span, value, granularity)
    assert t.anchor == ANCHOR and t.anchor_status == "given"


PERIODS = [
    (
        "Flights stopped between December 27 and January 1.",
        "December 27 and January 1",
        "2025-12-27",
        "2026-01-01",
    ),
    ("The plan runs from 2016 to 2026.", "2016 to 2026", "2016", "2026"),
    ("The 2012-13 season was cancelled.", "2012-13", "2012", "2013"),
    ("Russia has grown richer over the past three years.", "the past three years", "2023", "2026"),
    ("Ties have deepened for over a decade.", "over a decade", "2016", "2026"),
    ("Output fell in the past six months.", "the past six months", "2025-07", "2026-01"),
    ("Investment will double in the next five years.", "the next five years", "2026", "2031"),
    ("Riots broke out from March 3 to 5, 2024.", "March 3 to 5, 2024", "2024-03-03", "2024-03-05"),
    ("Fighting raged 27-31 December 2024.", "27-31 December 2024", "2024-12-27", "2024-12-31"),
]


@pytest.mark.parametrize(("sentence", "span", "start", "end"), PERIODS)
def test_times_period_start_end(sentence, span, start, end):
    t = only(sentence)
    assert (t.text, t.granularity, t.start, t.end) == (span, "period", start, end)
    assert t.value == f"{start}/{end}"


def test_times_since_keeps_value_and_records_open_period():
    t = only("Since 2022, the two have formed a partnership.")
    assert (t.text, t.value, t.granularity) == ("2022", "2022", "year")
    assert (t.start, t.end) == ("2022", "2026")


def test_times_signal_prepositions_left_out_of_spans():
    assert times("In 2022 the war began.") == [("2022", "2022")]
    assert [t for t, _ in times("In recent years trade grew.")] == ["recent years"]
    assert [t for t, _ in times("In the short term prices rise.")] == ["the short term"]
    assert [t for t, _ in times("For years, nobody listened.")] == ["For years"]


def test_times_weekday_is_last_such_day_in_news_and_next_when_ahead():
    assert times("Trump spoke with Putin on Tuesday.") == [("Tuesday", "2026-01-27")]
    assert times("Trump will speak with Putin on Tuesday.") == [("Tuesday", "2026-02-03")]
    assert times("They met on Saturday.") == [("Saturday", "2026-01-31")]
    assert times("They met last Saturday.") == [("last Saturday", "2026-01-24")]


def test_times_bare_month_nearest_by_tense():
    anchor = dt.date(2013, 3, 22)
    assert times("The outbreak peaked in August.", anchor) == [("August", "2012-08")]
    assert times("Elections will be held in June.", anchor) == [("June", "2013-06")]
    assert times("The deal lapses in April.", anchor) == [("April", "2013-04")]


def test_times_deictic_and_vague():
    assert times("Now the talks are stalled.") == [("Now", "2026-01-31")]
    t = only("The agency recently confirmed it.")
    assert (t.text, t.value, t.granularity) == ("recently", None, "unresolved")
    assert times("At present, few believe it.") == [("At present", "2026-01-31")]


def test_times_relative_unresolved_without_anchor():
    t = only("They met last year.", None)
    assert (t.value, t.granularity, t.anchor_status) == (None, "unresolved", "missing")
    assert only("They met in March 2024.", None).value == "2024-03"


def test_times_anaphoric_follow_the_reference_time():
    found = times("The war began in May 1915. Fifteen months later the front collapsed.")
    assert found == [("May 1915", "1915-05"), ("Fifteen months later", "1916-08")]
    assert times("In 2016 the deal was signed. The following year it collapsed.") == [
        ("2016", "2016"),
        ("The following year", "2017"),
    ]


def test_times_narrative_mode_places_bare_dates_in_the_story_year():
    text = "The siege began in 1920. On April 24 the city fell."
    news = [(t.text, t.value) for t in find_times(text, dt.date(2009, 12, 19))]
    story = [(t.text, t.value) for t in find_times(text, dt.date(2009, 12, 19), mode="narrative")]
    assert news[1] == ("April 24", "2009-04-24")
    assert story[1] == ("April 24", "1920-04-24")


def test_times_terms_of_office_from_data():
    anchor = dt.date(2025, 4, 15)
    t = only(
        "The Kremlin faced circumstances like the first Trump administration, when ties froze.",
        anchor,
    )
    assert t.value == "2017-01-20/2021-01-20"
    t = only(
        "In its first 100 days, the administration of President Donald Trump changed course.",
        anchor,
    )
    assert (t.text, t.value) == ("first 100 days", "2025-01-20/2025-04-29")
    # a president named as an agent is not a time
    assert times("The Trump administration imposed tariffs.", anchor) == []


def test_times_named_period_needs_temporal_preposition():
    assert times("Arms control talks began during the Cold War.") == [("the Cold War", "1947/1991")]
    assert times("The Cold War shaped the alliance.") == []


def test_times_duration_alone_is_not_a_time():
    assert times("The war is more than three years long.") == []
    assert times("He served three years in prison.") == []
    assert times("A 20-year agreement was signed.") == []


def test_times_unresolved_fallback_parsed_by_dateparser():
    assert times("The memo is dated 4/15/2025.") == [("4/15/2025", "2025-04-15")]
    assert times("It happened 2 years and 3 months ago.") == [
        ("2 years and 3 months ago", "2023-10")
    ]


# -- false positives ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Iran may retaliate if pressed.",
        "Protesters march to the embassy.",
        "The talks may 2 weeks of preparation need.",  # "may" the verb before a number
        "The army fielded 2,000 troops and 1500 tanks.",
        "Russia sold Su-35 jets and S-400 systems to Iran.",
        "Resolution 2231 endorsed the deal.",
        "He came second to the incumbent.",
        "She went to the market.",
        "More than 2000 soldiers died.",
        "The fall of Assad surprised Moscow.",
        "Prices rose 2025 percent.",
    ],
)
def test_times_false_positive_guards(sentence):
    assert times(sentence) == []


def test_times_fallback_guard_refuses_known_dateparser_traps():
    for trap in ("may", "March", "to", "second", "2,000", "Su-35", "S-400", "1500"):
        assert not guard(trap), trap
    assert guard("4/15/2025")
    assert parse("may", ANCHOR) is None
    # without an anchor a purely relative string is not resolved against the machine's clock
    assert parse("2 weeks ago", None) is None


# -- anchors ----------------------------------------------------------------------------------


def _result(text: str, **meta):
    with pipeline_with(geobrief_times) as pipeline:
        result = pipeline.run(Article.from_text(text, **meta))
    assert_spans_consistent(result)
    return result


BODY_WITHOUT_DATE = (
    "Talks collapsed in the capital.\n\n"
    "Russia invaded Ukraine in 2022. The war is now more than three years long. "
    "In January, the two signed a treaty. In February, they spoke by phone. In March, envoys met "
    "in Riyadh.\n\nThe agency recently confirmed the report."
)


def test_times_anchor_inferred_from_content():
    result = _result(BODY_WITHOUT_DATE)
    values = {t.text: t.value for t in result.times}
    assert {t.anchor_status for t in result.times} == {"inferred"}
    assert values["now"] == "2025-03"  # known to the month only
    assert values["January"] == "2025-01"
    assert values["March"] == "2025-03"


def test_times_anchor_inferred_from_latest_full_date():
    result = _result(
        "Officials met on 3 May 2024. A second round followed on June 9, 2024, and talks "
        "resume next month."
    )
    by_text = {t.text: t for t in result.times}
    assert by_text["next month"].value == "2024-07"
    assert by_text["next month"].anchor_status == "inferred"


def test_times_anchor_given_overrides_inference():
    result = _result(BODY_WITHOUT_DATE, published=dt.date(2026, 1, 31))
    values = {t.text: t.value for t in result.times}
    assert {t.anchor_status for t in result.times} == {"given"}
    assert values["now"] == "2026-01-31"
    assert values["January"] == "2026-01"


def test_times_anchor_stated_in_dateline():
    result = _result(
        "Title of the piece\n\nPublished on April 15, 2025\n\nNow the Kremlin waits. "
        "It has waited for the past three years."
    )
    values = {t.text: (t.value, t.anchor_status) for t in result.times}
    assert values["Now"] == ("2025-04-15", "stated")
    assert values["the past three years"] == ("2022/2025", "stated")


def test_times_no_anchor_anywhere_leaves_relatives_unresolved():
    result = _result("The talks are now stalled, and the short term looks bleak.")
    assert [(t.text, t.value, t.granularity) for t in result.times] == [
        ("now", None, "unresolved"),
        ("the short term", None, "unresolved"),
    ]


def test_times_cli_published_option(tmp_path):
    from click.testing import CliRunner

    from geobrief.cli import main as cli

    path = tmp_path / "a.txt"
    path.write_text("The ministers met last year.\n", encoding="utf-8")
    runner = CliRunner()
    out = runner.invoke(
        cli, ["extract", str(path), "--format", "json", "--published", "2020-06-01"]
    )
    assert out.exit_code == 0, out.output
    assert '"value": "2019"' in out.output


# -- corpus and properties ----------------------------------------------------------------------


def test_times_corpus_spans_consistent(corpus_files):
    with pipeline_with(geobrief_times) as pipeline:
        for path in corpus_files:
            for article in pipeline.load([str(path)]):
                result = pipeline.run(article)
                assert_spans_consistent(result)
                assert not result.errors


_WORDS = st.sampled_from(
    [
        "in",
        "on",
        "since",
        "the",
        "last",
        "next",
        "past",
        "this",
        "early",
        "late",
        "mid-",
        "May",
        "March",
        "may",
        "2022",
        "2,000",
        "Su-35",
        "January",
        "December",
        "28",
        "Tuesday",
        "summer",
        "fall",
        "winter",
        "decade",
        "years",
        "ago",
        "three",
        "a",
        "1990s",
        "'90s",
        "between",
        "and",
        "from",
        "to",
        "Q1",
        "first",
        "quarter",
        "half",
        "of",
        "now",
        "recently",
        "for",
        "over",
        "12/31/2024",
        "2012-13",
        "century",
        "19th",
        "BC",
        "AD",
        "Christmas",
        "Cold",
        "War",
        "during",
        "administration",
        "Trump",
        "100",
        "days",
        "later",
        "following",
        "year",
        "month",
        "week",
        ".",
        ",",
        ";",
        "\n",
    ]
)


@settings(max_examples=150, deadline=None)
@given(words=st.lists(_WORDS, max_size=30), day=st.dates(dt.date(1950, 1, 1), dt.date(2100, 1, 1)))
def test_times_property_no_crash_and_iso_values(words, day):
    text = " ".join(words)
    for mode in ("news", "narrative"):
        for anchor in (day, None):
            for t in find_times(text, anchor, mode=mode):
                assert text[t.span.start : t.span.end] == t.text
                if t.value is not None:
                    assert iso_parse(t.value), t.value
                    assert t.granularity != "unresolved"
                if t.granularity == "period" and t.value is not None:
                    assert t.value == f"{t.start}/{t.end}"


@settings(max_examples=60, deadline=None)
@given(text=st.text(max_size=200))
def test_times_property_arbitrary_text(text):
    for t in find_times(text, ANCHOR):
        assert text[t.span.start : t.span.end] == t.text
        assert t.value is None or iso_parse(t.value)


def test_times_iso_parse():
    for good in (
        "2025",
        "2025-01",
        "2025-01-31",
        "2025-W05",
        "2025-SU",
        "2025-Q1",
        "2025-H2",
        "199",
        "20",
        "-0145",
        "2016/2026",
        "2025-12-27/2026-01-01",
    ):
        assert iso_parse(good), good
    for bad in ("2025-13", "2025-02-30", "2025-W60", "2", "2025/2026/2027", "summer"):
        assert not iso_parse(bad), bad


def test_times_the_year_is_the_anchor_year_in_news_and_that_year_is_anaphoric():
    found = times(
        "It will end in two years' time, by the end of the year. In 2016 it fell; later that year it rose."
    )
    assert found == [
        ("in two years' time", "2028"),
        ("the end of the year", "2026-12"),
        ("2016", "2016"),
        ("later that year", "2016"),
    ]
