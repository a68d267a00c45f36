"""Property-based fuzzing of the loaders and of every bundled plugin: whatever the input, nothing
raises, every error is named, every span lies inside the text and matches it."""

from __future__ import annotations

import codecs
import datetime as dt
import json
import os
from importlib import metadata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geobrief import Article, LoadOptions, Pipeline, PluginError
from geobrief._loaders.regions import detect_layout
from geobrief.testing import assert_spans_consistent, strategies

#: Modest in CI; set GEOBRIEF_FUZZ_EXAMPLES=5000 for a longer hunt.
FUZZ = settings(
    max_examples=int(os.environ.get("GEOBRIEF_FUZZ_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

#: Words and marks the bundled plugins react to, and characters that break naive code.
VOCABULARY = [
    "Russia",
    "Iran",
    "Iranian",
    "the United States",
    "U.S.",
    "US",
    "NATO",
    "EU",
    "Ukraine",
    "China",
    "Moscow",
    "Tehran",
    "Kyiv",
    "Beijing",
    "the Kremlin",
    "the White House",
    "Vladimir Putin",
    "Putin",
    "President",
    "Mr.",
    "Dr.",
    "Xi Jinping",
    "Donald Trump",
    "foreign minister",
    "officials",
    "analysts",
    "a senior official",
    "he",
    "she",
    "they",
    "said",
    "told",
    "warned",
    "added",
    "according to",
    "claimed",
    "denied",
    "believes",
    "signed",
    "met",
    "threatened",
    "attacked",
    "sanctioned",
    "supports",
    "condemned",
    "did not",
    "will",
    "would",
    "refused to",
    "may",
    "not",
    "never",
    "because",
    "but",
    "on Tuesday",
    "last week",
    "next month",
    "in 2025",
    "Jan. 31, 2026",
    "since 1991",
    "the 1990s",
    "Q3",
    "summer",
    "May",
    "March 3",
    "2024-12-01",
    "yesterday",
    "10",
    "3,000",
    "1.5",
    "$5 million",
    "€2bn",
    "£3",
    "40%",
    "40 per cent",
    "half",
    "dozens of",
    "more than",
    "about",
    "up to",
    "between 3 and 5",
    "troops",
    "drones",
    "barrels",
    "km",
    "sanctions",
    "a deal",
    "talks",
    "with",
    "against",
    "and",
    "of",
    "the",
    '"',
    "\u201c",
    "\u201d",
    "'",
    "\u2019",
    "\u2014",
    "-",
    "(",
    ")",
    ",",
    ".",
    "?",
    "!",
    ";",
    ":",
    "...",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "  ",
    "\u00a0",
    "\u2028",
    "\x0b",
    "\x00",
    "e\u0301",
    "\U0001f1fa\U0001f1e6",
    "\u200d",
    "\ufeff",
    "\u0627\u064a\u0631\u0627\u0646",
    "\u0420\u043e\u0441\u0441\u0438\u044f",
    "\U0001f600",
]

news_texts = st.lists(
    st.one_of(st.sampled_from(VOCABULARY), strategies.texts(8)), max_size=80
).flatmap(lambda parts: st.sampled_from([" ", "", "\n"]).map(lambda sep: sep.join(parts)))
published = st.none() | st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31))


def _bundled() -> list[str]:
    names = {e.name for e in metadata.entry_points(group="geobrief")}
    article_plugins = sorted(names - {"corpus", "render"})
    assert article_plugins, "no bundled plugins registered"
    return article_plugins


BUNDLED = _bundled()
_PIPELINES: dict[str, Pipeline] = {}


def _pipeline(only: str | None) -> Pipeline:
    """Every bundled plugin (``None``), or just one of them."""
    key = only or "*"
    if key not in _PIPELINES:
        disable = [] if only is None else [n for n in BUNDLED if n != only]
        _PIPELINES[key] = Pipeline(disable=disable, environment=False)
    return _PIPELINES[key]


def _check(result, article: Article) -> None:
    assert result.errors == (), "\n".join(e.describe() for e in result.errors)
    assert result.article is article
    assert_spans_consistent(result)
    known = {a.id for a in result.actors}
    assert {m.actor for m in result.mentions} <= known


@pytest.mark.parametrize("only", [None, *BUNDLED])
@FUZZ
@given(text=news_texts, day=published, regions=st.booleans())
def test_fuzz_every_bundled_plugin_on_any_text(only, text, day, regions):
    if regions:
        article = Article.from_text(text, id="fuzz", published=day)
    else:
        article = Article(
            "fuzz", text, published=day, published_status="given" if day else "missing"
        )
    _check(_pipeline(only).run(article), article)


@FUZZ
@given(text=strategies.texts(2000))
def test_fuzz_region_detection_keeps_every_span_inside(text):
    layout = detect_layout(text)
    assert 0 <= layout.body.start <= layout.body.end <= len(text)
    for region in layout.regions:
        assert 0 <= region.span.start <= region.span.end <= len(text)
        assert text[region.span.start : region.span.end].strip()


LOADER_SUFFIXES = [".txt", ".json", ".jsonl", ".html"]


@FUZZ
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(LOADER_SUFFIXES))
def test_fuzz_loaders_on_any_bytes(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"input{suffix}"
    path.write_bytes(data)
    items = list(_pipeline("figures").load([path], LoadOptions(max_bytes=2000)))
    assert items, "every input gives an article or an error"
    for item in items:
        assert isinstance(item, (Article, PluginError))
        if isinstance(item, PluginError):
            assert item.path == str(path) and item.message
            continue
        assert 0 <= item.body_span.start <= item.body_span.end <= len(item.text)
        for region in item.regions:
            assert region.span.end <= len(item.text)


@FUZZ
@given(
    text=strategies.texts(600).filter(lambda t: t.strip() and "\x00" not in t), bom=st.booleans()
)
def test_fuzz_text_loader_keeps_the_text(tmp_path_factory, text, bom):
    path = tmp_path_factory.mktemp("fuzz") / "a.txt"
    path.write_bytes((codecs.BOM_UTF8 if bom else b"") + text.encode("utf-8"))
    (article,) = list(_pipeline("figures").load([path]))
    assert isinstance(article, Article), article
    assert article.text == text and article.bom == bom


line_items = st.one_of(
    st.builds(
        lambda t, i: json.dumps({"id": i, "text": t}, ensure_ascii=False),
        strategies.texts(200),
        st.text("abc123", min_size=1, max_size=5),
    ),
    st.builds(lambda t: json.dumps({"text": t}), strategies.texts(200)),
    strategies.texts(60).map(lambda t: t.replace("\n", " ").replace("\r", " ")),
    st.just(""),
)


@FUZZ
@given(lines=st.lists(line_items, max_size=12))
def test_fuzz_jsonl_one_answer_per_line_in_order(tmp_path_factory, lines):
    path = tmp_path_factory.mktemp("fuzz") / "b.jsonl"
    path.write_bytes("\n".join(lines).encode("utf-8", "surrogatepass") + b"\n")
    items = list(_pipeline("figures").load([path]))
    expected = [n for n, line in enumerate(lines, start=1) if line.strip()]
    if not expected:
        (error,) = items
        assert isinstance(error, PluginError) and "empty" in error.message
        return
    numbers = [
        item.line if isinstance(item, PluginError) else int(item.path.rsplit(":", 1)[1])
        for item in items
    ]
    assert numbers == expected
    for item, number in zip(items, numbers, strict=True):
        if isinstance(item, Article):
            assert item.text == json.loads(lines[number - 1])["text"]
