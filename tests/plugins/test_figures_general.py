"""The figures plugin on general constructions without a plain numeral + noun: ranks and counting
ordinals, multipliers and ratios, shares, numbers whose noun is left out, durations stated with an
article, and years used as modifiers. Every sentence here is written for the test."""

from __future__ import annotations

import geobrief_figures
import pytest
from geobrief_figures import find_figures
from hypothesis import given, settings
from hypothesis import strategies as st

from geobrief import Article
from geobrief.testing import assert_spans_consistent, pipeline_with


def only(sentence: str):
    figures = find_figures(sentence)
    assert len(figures) == 1, [(f.text, f.value, f.unit) for f in figures]
    return figures[0]


def summary(sentence: str) -> list[tuple[str, float, str, str | None]]:
    return [(f.text, f.value, f.unit, f.counted) for f in find_figures(sentence)]


# -- ranks --------------------------------------------------------------------------------------

RANKS = [
    ("Brazil has the world's fifth-highest murder rate.", "fifth-highest", 5),
    ("Vietnam became the second-largest exporter of rice.", "second-largest", 2),
    ("It is now the third largest economy in Asia.", "third largest", 3),
    ("Chile is the second-most populous country on the list.", "second-most", 2),
    ("Nigeria is the 10th-biggest oil producer.", "10th-biggest", 10),
    ("The ruling party ranked fourth in the polls.", "fourth", 4),
    ("Norway came 3rd in the index this year.", "3rd", 3),
    ("The opposition finished in second place.", "second place", 2),
    ("The deal was the twenty-second-largest of the decade.", "twenty-second-largest", 22),
]


@pytest.mark.parametrize(("sentence", "text", "value"), RANKS)
def test_figures_general_rank(sentence, text, value):
    figure = only(sentence)
    assert (figure.text, figure.value, figure.unit) == (text, value, "rank")


# -- ordinals that count occurrences ----------------------------------------------------------

COUNTING_ORDINALS = [
    ("For the third time this year, the rebels cut the road.", "third time", 3, "time"),
    ("It was the militia's fourth attack on the base.", "fourth attack", 4, "attack"),
    ("Envoys met for a second round of talks.", "second round", 2, "round"),
    ("Its fifth such strike hit the refinery.", "fifth such strike", 5, "strike"),
    ("Exports fell for the sixth consecutive month.", "sixth consecutive month", 6, "month"),
    ("It was the 12th round of sanctions.", "12th round", 12, "round"),
    ("He is seeking a third term in office.", "third term", 3, "term"),
]


@pytest.mark.parametrize(("sentence", "text", "value", "counted"), COUNTING_ORDINALS)
def test_figures_general_counting_ordinal(sentence, text, value, counted):
    figure = only(sentence)
    assert (figure.text, figure.value, figure.unit, figure.counted) == (
        text,
        value,
        "count",
        counted,
    )


NOT_ORDINAL_FIGURES = [
    "For the first time, the first lady spoke first.",
    "The second half of the year was calmer.",
    "The Fifth Fleet patrols the Gulf.",
    "The second Trump administration imposed tariffs.",
    "Second, the talks failed over third-party guarantees.",
    "It is the third year of the war.",
    "The 21st century began with the 19th Party Congress far away.",
    "A second-hand tanker waited for a second.",
    "The Third Reich and the Second World War are history.",
    "The 75th anniversary was marked quietly.",
]


@pytest.mark.parametrize("sentence", NOT_ORDINAL_FIGURES)
def test_figures_general_ordinal_that_places_or_names_is_no_figure(sentence):
    assert summary(sentence) == []


def test_figures_general_capitalised_ordinal_opens_a_sentence():
    figure = only("Third time lucky, the envoys said; the talks resumed.")
    assert (figure.text, figure.value, figure.counted) == ("Third time", 3, "time")


# -- multipliers and ratios -------------------------------------------------------------------

MULTIPLIERS = [
    ("Its budget is more than eight times Portugal's.", "more than eight times", 8, "more than"),
    ("The new drones fly twice as far.", "twice", 2, None),
    ("The camp holds three times the number it was built for.", "three times", 3, None),
    ("Prices are now 10 times higher than in spring.", "10 times", 10, None),
    ("Casualties were nearly double the toll of last year.", "nearly double", 2, "nearly"),
    ("Grain exports saw a tenfold rise.", "tenfold", 10, None),
    ("Arrests rose 4-fold after the decree.", "4-fold", 4, None),
    ("Arrests rose three-fold after the decree.", "three-fold", 3, None),
    ("The army spends about twice what the ministry reports.", "about twice", 2, "about"),
]


@pytest.mark.parametrize(("sentence", "text", "value", "qualifier"), MULTIPLIERS)
def test_figures_general_multiplier_is_a_ratio(sentence, text, value, qualifier):
    figure = only(sentence)
    assert (figure.text, figure.value, figure.unit, figure.qualifier) == (
        text,
        value,
        "ratio",
        qualifier,
    )


REPETITIONS = [
    ("Drones hit the depot twice this week.", "twice", 2),
    ("The ministers met three times last year.", "three times", 3),
    ("The ship was searched 14 times in port.", "14 times", 14),
]


@pytest.mark.parametrize(("sentence", "text", "value"), REPETITIONS)
def test_figures_general_repetition_counts_times(sentence, text, value):
    figure = only(sentence)
    assert (figure.text, figure.value, figure.unit, figure.counted) == (
        text,
        value,
        "count",
        "time",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Voters should think twice.",
        "The government plans to double the subsidy.",
        "Farmers suffered a double blow.",
        "At times the talks stalled.",
    ],
)
def test_figures_general_multiplier_words_that_are_no_figures(sentence):
    assert summary(sentence) == []


RATIOS = [
    ("The rebels were outnumbered seven to one.", "seven to one", 7),
    ("The ratio of applicants to places was about 4 to 1.", "about 4 to 1", 4),
    ("It passed by a 3-to-1 margin.", "3-to-1", 3),
    ("Exporters reported a 5:2 ratio of losses.", "5:2", 2.5),
]


@pytest.mark.parametrize(("sentence", "text", "value"), RATIOS)
def test_figures_general_ratio_next_to_a_ratio_word(sentence, text, value):
    figure = only(sentence)
    assert (figure.text, figure.value, figure.unit) == (text, pytest.approx(value), "ratio")


def test_figures_general_pairs_without_a_ratio_word_are_no_ratio():
    assert all(f.unit != "ratio" for f in find_figures("The court ruled 7 to 2 on Friday."))
    assert summary("The ratio was set at the 10:30 meeting.") == []


# -- shares -----------------------------------------------------------------------------------

SHARES = [
    ("A two-thirds majority is needed to amend it.", "two-thirds", 200 / 3),
    ("The fund sold a one-third stake.", "one-third", 100 / 3),
    ("One in five refugees is a child.", "One in five", 20),
    ("Only 1 in 8 requests was granted.", "1 in 8", 12.5),
]


@pytest.mark.parametrize(("sentence", "text", "value"), SHARES)
def test_figures_general_share_in_percent(sentence, text, value):
    figure = only(sentence)
    assert (figure.text, figure.value, figure.unit) == (text, pytest.approx(value), "percent")


def test_figures_general_ordinal_after_an_article_is_no_share():
    assert summary("A third convoy left at dawn.") == []
    assert summary("A third attack followed.") == [("third attack", 3, "count", "attack")]


# -- numbers whose counted noun is left out --------------------------------------------------


def test_figures_general_comparison_borrows_the_noun_before():
    assert summary("Only two destroyers remain on patrol, down from six in spring.") == [
        ("two destroyers", 2, "count", "destroyer"),
        ("six", 6, "count", "destroyer"),
    ]


def test_figures_general_comparison_borrows_the_unit_before():
    assert summary("Unemployment fell to 9 percent, down from 14 a year earlier.")[:2] == [
        ("9 percent", 9, "percent", None),
        ("14", 14, "percent", None),
    ]


def test_figures_general_subject_of_a_clause_borrows_the_noun_before():
    assert summary("Militants fired 40 rockets and 31 were intercepted.") == [
        ("40 rockets", 40, "count", "rocket"),
        ("31", 31, "count", "rocket"),
    ]


def test_figures_general_singular_verb_lends_no_noun():
    figures = find_figures("The fee is $9.50 and 40 is the limit.")
    assert [(f.text, f.unit) for f in figures] == [("$9.50", "USD"), ("40", "count")]


def test_figures_general_partitive_takes_its_noun():
    assert summary("The storm sank three of the fishing boats.") == [("three", 3, "count", "boat")]


def test_figures_general_partitive_leaves_the_whole_its_own_figure():
    assert summary("Eleven of the league's 20 clubs voted yes.") == [
        ("Eleven", 11, "count", "club"),
        ("20 clubs", 20, "count", "club"),
    ]


def test_figures_general_possessive_before_a_number_is_no_designation():
    assert summary("The alliance kept Canada's 88 jets and Chile's 2,000 troops.") == [
        ("88 jets", 88, "count", "jet"),
        ("2,000 troops", 2000, "count", "troop"),
    ]
    assert summary("Brazil's 2014 World Cup and the mayor's 1998 tax filings.") == []


@pytest.mark.parametrize(
    ("sentence", "text", "counted"),
    [
        ("The nine-member panel met.", "nine-member", "member"),
        ("A twelve-nation coalition formed.", "twelve-nation", "nation"),
        ("She set out a ten-point plan.", "ten-point", "point"),
    ],
)
def test_figures_general_spelled_compound_counts_its_noun(sentence, text, counted):
    figure = only(sentence)
    assert (figure.text, figure.counted) == (text, counted)


@pytest.mark.parametrize(
    "sentence",
    ["It is a two-way street.", "They back a two-state solution.", "A two-pronged push began."],
)
def test_figures_general_spelled_compound_that_is_an_adjective(sentence):
    assert summary(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The blast left 17 dead and 60 injured.", "17 dead"),
        ("Officials said twelve wounded were evacuated.", "twelve wounded"),
    ],
)
def test_figures_general_people_participle_counts_people(sentence, text):
    figure = find_figures(sentence)[0]
    assert (figure.text, figure.counted) == (text, "person")


def test_figures_general_no_noun_is_borrowed_across_sentences():
    figures = find_figures("Three ships sailed. Later 5 were sunk.")
    assert [f.counted for f in figures] == ["ship", None]


def test_figures_general_bare_spelled_number_without_antecedent_stays_out():
    assert summary("The two met and four spoke.") == []


# -- durations stated with an article -------------------------------------------------------

DURATIONS = [
    ("The ceasefire collapsed a month after it was signed.", "a month", 1, "month"),
    ("A year ago the border was open.", "A year", 1, "year"),
    ("Talks stalled for a week.", "a week", 1, "week"),
    ("Inspectors must report within a day.", "a day", 1, "day"),
    ("The year-long blockade ended.", "year-long", 1, "year"),
    ("Rebels broke a month-old truce.", "month-old", 1, "month"),
    ("After a week of shelling the town fell.", "a week", 1, "week"),
    ("The siege lasted a year and a half.", "a year and a half", 1.5, "year"),
    ("The port was shut for more than a month.", "more than a month", 1, "month"),
]


@pytest.mark.parametrize(("sentence", "text", "value", "unit"), DURATIONS)
def test_figures_general_article_duration(sentence, text, value, unit):
    figure = only(sentence)
    assert (figure.text, figure.value, figure.unit) == (text, value, unit)


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("The council meets once a month.", []),
        ("A year is a long time in politics.", []),
        ("The year was hard.", []),
        ("Tankers carry 2 million barrels a day.", [("2 million barrels", 2e6, "barrel", None)]),
        ("They pay $40 million a year.", [("$40 million", 4e7, "USD", None)]),
        ("Inspectors visit twice a year.", [("twice", 2, "count", "time")]),
    ],
)
def test_figures_general_rate_is_no_duration(sentence, figures):
    assert summary(sentence) == figures


# -- years used as modifiers ------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Traffic is still 40 percent below 2019 levels.",
        "In 2015 dollars the programme cost less.",
        "Talks returned to the 1967 lines.",
        "Output is back at 2021 prices.",
    ],
)
def test_figures_general_year_modifier_is_a_time(sentence):
    assert all(not (1900 <= f.value <= 2100) for f in find_figures(sentence))


def test_figures_general_year_like_number_still_counts_soldiers():
    figure = only("Above 2000 soldiers were sent north.")
    assert (figure.value, figure.counted, figure.qualifier) == (2000, "soldier", "more than")


# -- properties -------------------------------------------------------------------------------

_SUFFIX = {1: "st", 2: "nd", 3: "rd"}


def _ordinal_suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else _SUFFIX.get(n % 10, "th")


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=2, max_value=999), st.sampled_from(["largest", "highest", "worst"]))
def test_figures_general_digit_rank_round_trips(n, superlative):
    figure = only(f"The country is the {n}{_ordinal_suffix(n)}-{superlative} in the survey.")
    assert (figure.value, figure.unit) == (n, "rank")


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=2, max_value=5000))
def test_figures_general_times_round_trips(n):
    ratio = only(f"Spending is {n:,} times larger.")
    count = only(f"The site was hit {n:,} times in all.")
    assert (ratio.value, ratio.unit) == (n, "ratio")
    assert (count.value, count.counted) == (n, "time")


_WORDS = st.sampled_from(
    [
        "the",
        "a",
        "third",
        "second",
        "fifth-highest",
        "twice",
        "double",
        "times",
        "three",
        "4",
        "to",
        "one",
        ":",
        "in",
        "of",
        "down",
        "from",
        "were",
        "a",
        "year",
        "month",
        "-long",
        "-old",
        "ago",
        "after",
        "once",
        "levels",
        "2023",
        "ratio",
        ",",
        ".",
        "seven",
        "12th",
        "round",
        "wounded",
        "majority",
        "two-thirds",
        "tenfold",
        "3-fold",
    ]
)


@settings(max_examples=120, deadline=None)
@given(st.lists(_WORDS, max_size=24).map(" ".join))
def test_figures_general_random_text_keeps_spans_consistent(text):
    with pipeline_with(geobrief_figures) as pipeline:
        result = pipeline.run(Article(id="x", text=text))
    assert result.errors == ()
    assert_spans_consistent(result)
    for figure in result.figures:
        assert figure.text == text[figure.span.start : figure.span.end]
