"""The figures plugin: each construction it reads, what it must leave alone, qualifiers, ranges,
and properties over generated text."""

from __future__ import annotations

import geobrief_figures
import pytest
from geobrief_figures import find_figures, singular
from hypothesis import given, settings
from hypothesis import strategies as st

from geobrief import Article, Region
from geobrief.testing import assert_spans_consistent, pipeline_with


def only(sentence: str):
    figures = find_figures(sentence)
    assert len(figures) == 1, [f.text for f in figures]
    return figures[0]


# -- constructions ----------------------------------------------------------------------------

CASES = [
    # (sentence, span text, value, unit, counted)
    ("The navy lost 800,000 sailors.", "800,000 sailors", 800_000, "count", "sailor"),
    ("They fired 1 500 000 rounds.", "1 500 000 rounds", 1_500_000, "count", "round"),
    ("It grew by 1.5 percent last year.", "1.5 percent", 1.5, "percent", None),
    (
        "Some 2.5 million refugees crossed.",
        "Some 2.5 million refugees",
        2_500_000,
        "count",
        "refugee",
    ),
    ("The fund holds $2bn in cash.", "$2bn", 2e9, "USD", None),
    ("A bounty of $54K was offered.", "$54K", 54_000, "USD", None),
    ("It costs €50 billion a year.", "€50 billion", 5e10, "EUR", None),
    ("Fines of £8.10 million were paid.", "£8.10 million", 8_100_000, "GBP", None),
    ("They paid 500 rubles a month.", "500 rubles", 500, "RUB", None),
    ("A loaf costs 2 million rials now.", "2 million rials", 2e6, "IRR", None),
    ("Output reached 100 billion yuan.", "100 billion yuan", 1e11, "CNY", None),
    ("The loan was US$ 150 million.", "US$ 150 million", 1.5e8, "USD", None),
    ("Prices start at USD 200 for members.", "USD 200", 200, "USD", None),
    ("Shares fell 50 cents on Monday.", "50 cents", 0.5, "USD", None),
    (
        "Tickets cost thirteen dollars and forty-five cents.",
        "thirteen dollars and forty-five cents",
        13.45,
        "USD",
        None,
    ),
    ("A 20-year lease was signed.", "20-year", 20, "year", None),
    ("The war lasted three years.", "three years", 3, "year", None),
    ("In its first 100 days the cabinet met weekly.", "100 days", 100, "day", None),
    ("Talks took twenty-five days.", "twenty-five days", 25, "day", None),
    ("Aid arrived within 72 hours.", "72 hours", 72, "hour", None),
    ("a decade-long recession", "decade-long", 10, "year", None),
    ("It has been two decades since.", "two decades", 20, "year", None),
    ("He ruled for half a century.", "half a century", 50, "year", None),
    ("Iran supplied thousands of drones.", "thousands of drones", 1000, "count", "drone"),
    ("Dozens of villages burned.", "Dozens of villages", 12, "count", "village"),
    (
        "Tens of thousands of people marched.",
        "Tens of thousands of people",
        10_000,
        "count",
        "person",
    ),
    ("It spent tens of billions of dollars.", "tens of billions of dollars", 1e10, "USD", None),
    ("A handful of aircraft landed.", "A handful of aircraft", 3, "count", "aircraft"),
    ("A dozen soldiers were hurt.", "A dozen soldiers", 12, "count", "soldier"),
    (
        "Several hundred protesters gathered.",
        "Several hundred protesters",
        300,
        "count",
        "protester",
    ),
    (
        "About half a million people fled.",
        "About half a million people",
        500_000,
        "count",
        "person",
    ),
    ("Two-thirds of voters agreed.", "Two-thirds", 200 / 3, "percent", None),
    (
        "It rests on two long-standing, strategic goals.",
        "two long-standing, strategic goals",
        2,
        "count",
        "goal",
    ),
    ("The two authoritarian powers met.", "two authoritarian powers", 2, "count", "power"),
    (
        "Three Russian and Belarusian transport aircraft flew in.",
        "Three Russian and Belarusian transport aircraft",
        3,
        "count",
        "aircraft",
    ),
    ("The 27-nation bloc agreed.", "27-nation", 27, "count", "nation"),
    ("Iran holds 400 kg of uranium.", "400 kg", 400, "kg", None),
    ("The front is 1,000 km long.", "1,000 km", 1000, "km", None),
    ("Exports hit 5 million barrels a day.", "5 million barrels", 5e6, "barrel", None),
    ("Highs reached 45 degrees Celsius.", "45 degrees Celsius", 45, "count", "degree celsius"),
    ("They counted 120 casualties and 30 children.", "120 casualties", 120, "count", "casualty"),
    ("The rate rose 2 percentage points.", "2 percentage points", 2, "percentage_point", None),
]


@pytest.mark.parametrize(("sentence", "text", "value", "unit", "counted"), CASES)
def test_figures_reads_construction(sentence, text, value, unit, counted):
    figure = find_figures(sentence)[0]
    assert figure.text == text
    assert figure.value == pytest.approx(value)
    assert figure.unit == unit
    assert figure.counted == counted


NOT_FIGURES = [
    "The invasion began in 2022.",
    "Since 2014, the region has been contested.",
    "The 2015 nuclear deal collapsed.",
    "Between 2014 and 2022 the line barely moved.",
    "The talks were held on March 5, 2022.",
    "They met on 5 March in Geneva.",
    "The call began at 10:30 GMT.",
    "The briefing starts at 9 am.",
    "Iran sent Shahed-136 drones.",
    "Russia may sell Su-35 jets and the S-400 system.",
    "The F-35 and the Il-76 are aircraft.",
    "NATO's Article 5 was invoked.",
    "UN Resolution 2231 endorsed the deal.",
    "COVID-19 hit the economy.",
    "The G20 and the P5+1 met.",
    "The Boeing 737 landed.",
    "See page 12 of the report.",
    "Call +1 (202) 555-0100 for details.",
    "The 21st century began.",
    "In the 1990s trade grew.",
    "He lives at 10 Downing Street.",
    "On one hand, it helps.",
    "It is one of the largest.",
    "The two met in Riyadh.",
    "Both goals are embedded in the plan.",
    "The vote was 7-3 in favour.",
    "The Big Three met again.",
    "It was a third-party deal.",
    "Large quantities of drones and many missiles were sent.",
    "Version 2.1.3 was released.",
]


@pytest.mark.parametrize("sentence", NOT_FIGURES)
def test_figures_leaves_not_figures_alone(sentence):
    assert [f.text for f in find_figures(sentence)] == []


# -- qualifiers and ranges --------------------------------------------------------------------

QUALIFIED = [
    ("Losses of more than 800,000 soldiers.", "more than", "more than 800,000 soldiers"),
    ("It sent over 300 tanks.", "more than", "over 300 tanks"),
    ("Losses exceeding $500 billion.", "exceeding", "exceeding $500 billion"),
    ("Nearly 40% of the force.", "nearly", "Nearly 40%"),
    ("Almost 3 million people voted.", "nearly", "Almost 3 million people"),
    ("About 120 ships docked.", "about", "About 120 ships"),
    ("Roughly 2,000 troops left.", "about", "Roughly 2,000 troops"),
    ("At least 1,200 civilians died.", "at least", "At least 1,200 civilians"),
    ("Up to 2.5 percent of GDP.", "up to", "Up to 2.5 percent"),
    ("Fewer than 50 inspectors remain.", "less than", "Fewer than 50 inspectors"),
    ("Some 3,000 troops moved.", "about", "Some 3,000 troops"),
    ("It has 800,000 soldiers or more.", "at least", "800,000 soldiers or more"),
    ("for over a decade", "more than", "over a decade"),
]


@pytest.mark.parametrize(("sentence", "qualifier", "text"), QUALIFIED)
def test_figures_reads_qualifier(sentence, qualifier, text):
    figure = only(sentence)
    assert figure.qualifier == qualifier
    assert figure.text == text


def test_figures_preposition_is_no_qualifier_of_a_spelled_count():
    figure = only("They fought over two islands.")
    assert figure.qualifier is None
    assert figure.text == "two islands"


def test_figures_vague_quantity_is_a_lower_bound():
    figure = only("Hundreds of thousands of people fled.")
    assert (figure.value, figure.qualifier, figure.counted) == (100_000, "at least", "person")


RANGES = [
    ("Growth of 10-15% is expected.", "10-15%", 10, 15, "percent"),
    ("between 3 and 5 percent", "between 3 and 5 percent", 3, 5, "percent"),
    ("It costs 3 to 5 million euros.", "3 to 5 million euros", 3e6, 5e6, "EUR"),
    ("A $3-5 billion plan.", "$3-5 billion", 3e9, 5e9, "USD"),
    ("It took two or three days.", "two or three days", 2, 3, "day"),
    ("$300 to $500 per unit", "$300 to $500", 300, 500, "USD"),
]


@pytest.mark.parametrize(("sentence", "text", "low", "high", "unit"), RANGES)
def test_figures_keeps_both_ends_of_a_range(sentence, text, low, high, unit):
    figure = only(sentence)
    assert (figure.text, figure.unit) == (text, unit)
    assert (figure.value, figure.value_max) == (pytest.approx(low), pytest.approx(high))


def test_figures_change_is_two_figures_with_the_unit_shared():
    figures = find_figures("Inflation rose from 3 to 5 percent.")
    assert [(f.value, f.unit, f.value_max) for f in figures] == [
        (3, "percent", None),
        (5, "percent", None),
    ]


def test_figures_percent_then_money_is_no_range():
    figures = find_figures("Sales rose 6% to $1.45 billion.")
    assert [(f.text, f.unit) for f in figures] == [("6%", "percent"), ("$1.45 billion", "USD")]


# -- currencies and counted nouns -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("A$5 a day", "AUD"),
        ("a $5 fine", "USD"),
        ("C$ 16.4 million", "CAD"),
        ("HK$ 10 billion", "HKD"),
        ("30 MUSD in losses", "USD"),
        ("300 tomans", "IRR"),
        ("100 Turkish lira", "TRY"),
        ("20 billion rupees", "INR"),
    ],
)
def test_figures_currency_code(sentence, code):
    assert only(sentence).unit == code


def test_figures_toman_is_ten_rials():
    assert only("It costs 300 tomans.").value == 3000


def test_figures_pounds_of_something_is_a_weight_not_money():
    assert all(f.unit != "GBP" for f in find_figures("They seized 500 pounds of explosives."))


@pytest.mark.parametrize(
    ("plural", "singular_form"),
    [
        ("soldiers", "soldier"),
        ("casualties", "casualty"),
        ("crises", "crisis"),
        ("people", "person"),
        ("children", "child"),
        ("taxes", "tax"),
        ("churches", "church"),
        ("lives", "life"),
        ("objectives", "objective"),
        ("aircraft", "aircraft"),
        ("long-range missiles", "long-range missile"),
        ("news", "news"),
        ("status", "status"),
    ],
)
def test_figures_singular(plural, singular_form):
    assert singular(plural) == singular_form


# -- the plugin in the pipeline ---------------------------------------------------------------


def test_figures_hook_reads_only_the_body():
    text = "Headline with 300 soldiers\n\nThe army lost 800,000 soldiers.\n\nRead more: 5 tips"
    body_start = text.index("The army")
    body_end = text.index("Read more") - 2
    article = Article(
        id="a",
        text=text,
        body=(body_start, body_end),
        regions=[Region("read_more", (text.index("Read more"), len(text)))],
    )
    with pipeline_with(geobrief_figures) as pipeline:
        result = pipeline.run(article)
    assert [f.text for f in result.figures] == ["800,000 soldiers"]
    assert result.errors == ()
    assert_spans_consistent(result)


def test_figures_hook_skips_boilerplate_inside_the_body():
    text = "The army lost 800,000 soldiers. Photo: 300 tanks"
    credit = text.index("Photo")
    article = Article(id="a", text=text, regions=[Region("credit", (credit, len(text)))])
    with pipeline_with(geobrief_figures) as pipeline:
        result = pipeline.run(article)
    assert [f.text for f in result.figures] == ["800,000 soldiers"]


def test_figures_offsets_survive_curly_quotes_and_dashes():
    text = "\u201cIt took 10\u201315% of GDP,\u201d he said \u2014 more than 3,000 troops."
    figures = find_figures(text)
    assert [f.text for f in figures] == ["10\u201315%", "more than 3,000 troops"]
    for f in figures:
        assert text[f.span.start : f.span.end] == f.text


# -- properties -------------------------------------------------------------------------------

_news_alphabet = st.sampled_from(
    [
        *list("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ0123456789,.$%-–—’“”()€£/:+"),
        " million",
        " billion",
        " percent",
        " soldiers",
        " more than ",
        " years",
        " of ",
        "thousands",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_news_alphabet, max_size=60).map("".join))
def test_figures_never_crash_and_spans_match_on_newsy_text(text):
    with pipeline_with(geobrief_figures) as pipeline:
        result = pipeline.run(Article(id="x", text=text))
    assert result.errors == ()
    assert_spans_consistent(result)
    for figure in result.figures:
        assert figure.value == figure.value  # never NaN
        if figure.value_max is not None:
            assert figure.value_max > figure.value


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_figures_never_crash_on_any_text(text):
    for figure in find_figures(text):
        assert text[figure.span.start : figure.span.end] == figure.text


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=0, max_value=10**13), st.booleans())
def test_figures_formatted_integer_round_trips(n, grouped):
    written = f"{n:,}" if grouped else str(n)
    figure = only(f"The ministry reported {written} soldiers.")
    assert figure.value == n
    assert figure.text.startswith(written)


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=999_999), st.sampled_from(["$", "€", "£"]))
def test_figures_money_round_trips(n, sign):
    figure = only(f"The deal was worth {sign}{n:,}.")
    assert figure.value == n
    assert figure.unit == {"$": "USD", "€": "EUR", "£": "GBP"}[sign]
