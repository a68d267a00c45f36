"""Loaders and region detection: the corpus articles' metadata and body, and general layouts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geobrief import LoadOptions, Pipeline, PluginError
from geobrief._loaders.regions import detect_layout, parse_date
from geobrief.evaluate import load_gold


@pytest.mark.parametrize(
    "stem", ["000_737e1768f61d238b", "002_b0168f4eceec8c3f", "004_6c65e4ac5cb1500d"]
)
def test_loaders_corpus_articles_match_gold(pipeline, corpus_dir, gold_dir, stem):
    (article,) = list(pipeline.load([corpus_dir / f"{stem}.txt"]))
    gold = load_gold(gold_dir, stem)["article"]["items"][0]
    assert article.title == gold["title"]
    assert (article.published.isoformat() if article.published else None) == gold["published"]
    assert article.author == gold["author"]
    assert article.source == gold["source"]
    body = " ".join(article.body_text.split())
    assert body.startswith(" ".join(gold["body_first"].split()))
    assert body.endswith(" ".join(gold["body_last"].split()))


def test_loaders_dateline_title_and_source_line(pipeline, corpus_dir):
    (article,) = list(pipeline.load([corpus_dir / "001_3bacc65575a7848f.txt"]))
    assert article.title == "All of a sudden, Putin is willing to throw Iran under the bus"
    assert article.published.isoformat() == "2026-01-31"
    assert article.published_status == "stated"
    assert article.source == "Daily Telegraph"
    assert article.body_text.startswith("President Trump has warned Iran")
    assert article.body_text.endswith("throw them under the bus too.")
    kinds = {r.kind for r in article.regions}
    assert {"title", "dek", "dateline", "caption", "source_line"} <= kinds


def test_loaders_regions_never_cut_text(pipeline, corpus_files):
    for path in corpus_files:
        (article,) = list(pipeline.load([path]))
        assert article.text == path.read_text("utf-8")


BYLINE_STORY = """Ceasefire talks stall in Doha

By Jane Q. Writer

March 3, 2025 | 10:15 GMT

Negotiators from both sides left the talks on Monday without an agreement, officials said, after two days of meetings in the Qatari capital that mediators had hoped would end the fighting.
The next round is expected later this month.

Read more: Gaza aid convoys resume
Sign up for our newsletter
© 2025 Example News. All rights reserved.
"""


def test_loaders_byline_dateline_and_trailing_boilerplate():
    layout = detect_layout(BYLINE_STORY)
    assert layout.title == "Ceasefire talks stall in Doha"
    assert layout.author == "Jane Q. Writer"
    assert layout.published.isoformat() == "2025-03-03"
    body = layout.body.of(BYLINE_STORY)
    assert body.startswith("Negotiators from both sides")
    assert body.endswith("later this month.")
    assert layout.source == "Example News"


def test_loaders_headless_text_is_all_body():
    text = "Iran said on Tuesday that it would resume talks with the IAEA next week, according to state media, in a move welcomed by European diplomats."
    layout = detect_layout(text)
    assert layout.title is None
    assert layout.body.of(text) == text


@pytest.mark.parametrize(
    "text, iso",
    [
        ("Jan 31, 2026 - 08:21", "2026-01-31"),
        ("Published on April 15, 2025", "2025-04-15"),
        ("15 April 2025", "2025-04-15"),
        ("Updated: 2024-12-01", "2024-12-01"),
        ("Sept. 3, 2019", "2019-09-03"),
    ],
)
def test_loaders_parse_date_forms(text, iso):
    assert parse_date(text).isoformat() == iso


def test_loaders_jsonl_bad_line_names_file_and_line(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text(
        json.dumps(
            {"id": "a", "text": "Russia and Iran signed a treaty.", "published": "2025-01-17"}
        )
        + "\n"
        + "{not json\n"
        + json.dumps({"text": "NATO met in Brussels."})
        + "\n",
        "utf-8",
    )
    items = list(Pipeline(environment=False).load([path]))
    assert [type(i).__name__ for i in items] == ["Article", "PluginError", "Article"]
    assert items[0].id == "a" and items[0].published.isoformat() == "2025-01-17"
    assert items[1].line == 2 and items[1].path == str(path)
    assert items[2].id == "batch-3"


def test_loaders_invalid_utf8_and_empty_are_named_errors(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Russia \xff\xfe said")
    empty = tmp_path / "empty.txt"
    empty.write_text("", "utf-8")
    items = list(Pipeline(environment=False).load([bad, empty, tmp_path / "missing.txt"]))
    assert all(isinstance(i, PluginError) for i in items)
    assert "not UTF-8" in items[0].message and items[0].path == str(bad)
    assert "empty" in items[1].message
    assert "no such file" in items[2].message


def test_loaders_bom_is_removed_and_recorded(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(
        "\ufeffIran and Russia signed a treaty on Friday in Moscow, officials said.".encode()
    )
    (article,) = list(Pipeline(environment=False).load([path]))
    assert article.bom and article.text.startswith("Iran")


def test_loaders_max_bytes(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000, "utf-8")
    (error,) = list(Pipeline(environment=False).load([path], LoadOptions(max_bytes=100)))
    assert isinstance(error, PluginError) and "limit" in error.message


def test_loaders_published_override_is_given(tmp_path, corpus_dir):
    import datetime as dt

    options = LoadOptions(published=dt.date(2025, 6, 20))
    (article,) = list(
        Pipeline(environment=False).load([corpus_dir / "002_b0168f4eceec8c3f.txt"], options)
    )
    assert article.published == dt.date(2025, 6, 20) and article.published_status == "given"


WIRE_STORY = """Iran rejects talks offer

By Jane Writer

TEHRAN, March 13, 2025 (Reuters) - Iran's supreme leader on Wednesday rejected an offer of talks from Washington, saying the country would not be bullied into negotiations over its nuclear programme.
Officials in Tehran said the letter had been received.

(Reporting by Jane Writer; Editing by John Editor)
"""


def test_loaders_wire_dateline_opens_the_body_and_dates_it():
    layout = detect_layout(WIRE_STORY)
    assert layout.published.isoformat() == "2025-03-13"
    assert layout.source == "Reuters"
    assert layout.author == "Jane Writer"
    body = layout.body.of(WIRE_STORY)
    assert body.startswith("Iran's supreme leader on Wednesday")
    assert body.endswith("the letter had been received.")
    dateline = next(r for r in layout.regions if r.kind == "dateline")
    assert dateline.span.of(WIRE_STORY).startswith("TEHRAN, March 13, 2025 (Reuters)")


def test_loaders_wire_dateline_without_date_keeps_agency():
    text = "BEIRUT (AP) \u2014 Israeli warplanes struck targets in southern Lebanon on Sunday, hours after rockets were fired at northern Israel, officials said."
    layout = detect_layout(text)
    assert layout.published is None and layout.source == "AP"
    assert layout.body.of(text).startswith("Israeli warplanes")


def test_loaders_byline_with_places_and_credited_caption():
    text = (
        "Pakistan raises defence spending after clash\n\n"
        "By Ahmed Raza in Islamabad and Priya Menon in New Delhi\n\n"
        "Soldiers rehearse for a parade in Islamabad on Monday. (AFP via Getty Images)\n\n"
        "Pakistan will raise its defence budget by a fifth in the fiscal year that starts in July, the "
        "government said on Tuesday, a month after the worst fighting with India in decades.\n"
    )
    layout = detect_layout(text)
    assert layout.author == "Ahmed Raza and Priya Menon"
    assert layout.body.of(text).startswith("Pakistan will raise")
    assert any(r.kind == "caption" for r in layout.regions)


def test_loaders_name_and_role_lines_are_a_byline():
    text = (
        "Rebels claim strike on tanker\n\n"
        "Thu 24 Jul 2025 16.05 BST\n\n"
        "Nadia Haddad\nMiddle East correspondent\n\n"
        "A handout image purports to show a launch. Photograph: Handout\n\n"
        "The rebel movement said on Wednesday it had fired two missiles and a drone at an oil tanker in "
        "the southern Red Sea, its third attack on merchant shipping this month.\n"
    )
    layout = detect_layout(text)
    assert layout.author == "Nadia Haddad"
    assert layout.published.isoformat() == "2025-07-24"
    assert layout.body.of(text).startswith("The rebel movement said")


def test_loaders_long_standfirst_before_a_dated_byline():
    text = (
        "ANALYSIS\n\nThe exit changes the uniform, not the war\n\n"
        "The defence ministry is taking over where the mercenaries left off, and analysts doubt it will "
        "fare any better against insurgents now operating closer to the capital than ever before\n\n"
        "By Claire Mensah | June 19, 2025\n\n"
        "When the group announced on June 6 that it was leaving the country, declaring its mission "
        "accomplished, few in the capital believed its fighters were going anywhere.\n"
    )
    layout = detect_layout(text)
    assert layout.title == "The exit changes the uniform, not the war"
    assert layout.author == "Claire Mensah"
    assert layout.published.isoformat() == "2025-06-19"
    assert layout.body.of(text).startswith("When the group announced")


def test_loaders_section_labels_are_not_titles():
    text = (
        "Opinion | Defence\n\n"
        "Europe must pay for its own security now\n\n"
        "Helena Brandt and Tomas Novak\n\n"
        "30.09.2025\n\n"
        "European governments have spent a decade promising to take defence seriously, and the "
        "bill for that delay is now arriving faster than any of their budgets assumed.\n"
        "The alliance cannot wait another decade.\n\n"
        "Helena Brandt, a former diplomat, is a senior fellow at a Berlin research institute.\n"
        "Topics: Defence, Europe, NATO\n"
        "Do you have an opinion on the issues raised in this article? Submit a letter of up to 300 "
        "words to be considered for publication in our letters section.\n"
    )
    layout = detect_layout(text)
    assert layout.title == "Europe must pay for its own security now"
    assert layout.author == "Helena Brandt and Tomas Novak"
    assert layout.published.isoformat() == "2025-09-30"
    body = layout.body.of(text)
    assert body.startswith("European governments")
    assert body.endswith("another decade.")


@pytest.mark.parametrize(
    "label",
    ["Analysis", "World \u203a Americas", "Opinion | Defence", "MIDDLE EAST", "news / world"],
)
def test_loaders_section_label_forms(label):
    text = f"{label}\n\nIran and Iraq sign a water deal\n\nThe two governments signed an agreement on Tuesday to share the river's water, ending a dispute that has lasted for years.\n"
    layout = detect_layout(text)
    assert layout.title == "Iran and Iraq sign a water deal"


def test_loaders_numeric_dates():
    assert parse_date("Updated 30.09.2025").isoformat() == "2025-09-30"
    assert parse_date("09/30/2025").isoformat() == "2025-09-30"
    assert parse_date("30/09/2025").isoformat() == "2025-09-30"


def test_loaders_captions_inside_the_body_are_boilerplate():
    text = (
        "Talks resume in Oman\n\n"
        "Negotiators from the two countries met again on Saturday in Muscat, the third round of talks "
        "this spring, officials from both delegations said afterwards.\n"
        "Delegates arrive at the venue in Muscat on Saturday. Photograph: Staff/Reuters\n"
        "A further round is planned for next month, according to the mediators, who said progress "
        "had been made on the sequencing of sanctions relief.\n"
    )
    layout = detect_layout(text)
    caption = next(r for r in layout.regions if r.kind == "caption")
    assert caption.span.of(text).startswith("Delegates arrive")
    assert layout.body.contains(caption.span)


LAYOUTS = sorted((Path(__file__).parents[1] / "data" / "layouts").glob("*.txt"))


def _fold(value: str | None) -> str:
    return " ".join((value or "").replace("\u2019", "'").split()).lower()


@pytest.mark.parametrize("path", LAYOUTS, ids=[p.stem for p in LAYOUTS])
def test_loaders_layout_fixtures_match_expected_metadata(path):
    text = path.read_text("utf-8")
    expected = json.loads(path.with_suffix(".json").read_text("utf-8"))
    layout = detect_layout(text)
    found = {
        "title": layout.title,
        "published": layout.published.isoformat() if layout.published else None,
        "author": layout.author,
        "source": layout.source,
    }
    for field in ("title", "published", "author", "source"):
        assert _fold(found[field]) == _fold(expected[field]), field
    body = _fold(layout.body.of(text))
    assert body.startswith(_fold(expected["body_first"])), body[:80]
    assert body.endswith(_fold(expected["body_last"])), body[-80:]


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("THE DIPLOMAT", "The Diplomat"),
        ("Asia Times", "Asia Times"),
        ("The Steppe Dispatch", "The Steppe Dispatch"),
        ("AFP", "AFP"),
        ("Associated Press", "AP"),
        ("example.com", "example.com"),
        ("The Long Road Ahead", None),
        ("Middle East", None),
        ("OPINION", None),
        ("Nadia Haddad", None),
    ],
)
def test_loaders_outlet_name_forms(line, outlet):
    from geobrief._loaders.regions import _outlet_name

    assert _outlet_name(line) == outlet


@pytest.mark.parametrize(
    "line, expected",
    [
        (
            "Iran talks stall over inspections | Reuters",
            ("Iran talks stall over inspections", "Reuters"),
        ),
        ("Gaza truce holds for a third day | Analysis", ("Gaza truce holds for a third day", None)),
        (
            "Border talks open in Tbilisi - Caspian Herald",
            ("Border talks open in Tbilisi", "Caspian Herald"),
        ),
        ("Europe's plan \u2014 and what it leaves out", None),
        ("Sanctions - a blunt tool that still works", None),
    ],
)
def test_loaders_title_suffix_names_the_outlet(line, expected):
    from geobrief._loaders.regions import _title_and_suffix

    assert _title_and_suffix(line) == expected


def test_loaders_page_furniture_is_neither_title_nor_body():
    text = (
        "Share\nSave\n12\n\u2219 Paid\n4 min read\n"
        "Listen to this article \u00b7 5:40 min\n"
        "Drone strikes hit refinery deep inside Russia\n"
        "Ukrainian drones struck an oil refinery more than a thousand kilometres from the border "
        "overnight, regional officials said on Sunday, the third such attack this month.\n"
        "Share this article\nCopy link\n"
    )
    layout = detect_layout(text)
    assert layout.title == "Drone strikes hit refinery deep inside Russia"
    assert layout.body.of(text).startswith("Ukrainian drones")
    assert layout.body.of(text).endswith("this month.")
    assert sum(r.kind == "furniture" for r in layout.regions) == 8


def test_loaders_a_parenthesis_after_a_name_is_no_wire_dateline():
    text = (
        "Senator Lindqvist (R) - who chairs the committee - said on Tuesday that the bill would "
        "reach the floor before the recess, despite objections from both parties."
    )
    layout = detect_layout(text)
    assert layout.body.of(text) == text and layout.source is None


def test_loaders_one_word_kicker_above_the_headline():
    kicker = "Ukraine\nKyiv asks allies for more air defence before winter\nBy Olena Marchenko\n\nUkraine asked its allies on Tuesday for more air defence systems before winter, warning that Russia was stockpiling missiles for strikes on the power grid.\n"
    assert detect_layout(kicker).title == "Kyiv asks allies for more air defence before winter"
    assert detect_layout(kicker).author == "Olena Marchenko"


def test_loaders_wire_paragraph_starts_the_body_after_a_trailing_credit_caption():
    text = (
        "World\n\nBorder guards exchange fire on disputed ridge\n\n"
        "Two soldiers hurt; both capitals summon envoys\n\n"
        "By Anna Petrova\nMarch 3, 2025 6:10 PM GMT+5\n\n"
        "Soldiers patrol a mountain road near the frontier in this handout picture released by the "
        "army on Monday, one day before the clash on the ridge. Army Press Office/Handout via Steppe Wire\n\n"
        "ALMATY, March 3 (Steppe Wire) - Border guards of the two neighbours exchanged fire on a "
        "disputed ridge on Monday, wounding two soldiers, officials on both sides said.\n"
        "This article first appeared in Steppe Wire. Anna Petrova is its Central Asia correspondent.\n"
    )
    layout = detect_layout(text)
    assert layout.title == "Border guards exchange fire on disputed ridge"
    assert layout.source == "Steppe Wire"
    body = layout.body.of(text)
    assert body.startswith("Border guards of the two neighbours")
    assert body.endswith("officials on both sides said.")


def test_loaders_section_with_a_region_part():
    text = (
        "COMMENTARY | Europe & Eurasia\n\nThe alliance needs a plan, not a summit\n\n"
        "By Jan Novak\n\nMembers keep promising more money for defence, yet the plans that would "
        "make that money useful are still missing after three years of war in Europe.\n"
    )
    assert detect_layout(text).title == "The alliance needs a plan, not a summit"
