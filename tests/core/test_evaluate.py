"""The gold scorer: occurrence offsets, one-to-one matching and per-layer P/R/F1."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from geobrief import Actor, Article, Claim, Figure, Mention, Relationship, Result, Span, Stance
from geobrief.cli import main
from geobrief.evaluate import evaluate, offsets, quad_class

TEXT = "Russia armed Iran. Iran thanked Russia, Moscow said, adding 800 drones were sent."


def _write(folder, layer, items):
    (folder / f"story.{layer}.json").write_text(
        json.dumps({"file": "story.txt", "layer": layer, "items": items})
    )


@pytest.fixture
def gold(tmp_path):
    _write(
        tmp_path,
        "actors",
        [
            {
                "id": "RUS",
                "name": "Russia",
                "mentions": [
                    {"text": "Russia", "occurrence": 1},
                    {"text": "Russia", "occurrence": 2},
                    {"text": "Moscow", "occurrence": 1},
                ],
            },
            {
                "id": "IRN",
                "name": "Iran",
                "mentions": [{"text": "Iran", "occurrence": 1}, {"text": "Iran", "occurrence": 2}],
            },
        ],
    )
    _write(
        tmp_path,
        "figures",
        [{"text": "800 drones", "occurrence": 1, "value": 800, "unit": "count"}],
    )
    _write(
        tmp_path,
        "claims",
        [{"text": "adding 800 drones were sent", "occurrence": 1, "speaker": "RUS"}],
    )
    _write(
        tmp_path,
        "relationships",
        [
            {"source": "RUS", "target": "IRN", "type": "AID", "negated": False},
            {"source": "IRN", "target": "RUS", "type": "SUPPORT", "negated": False},
        ],
    )
    _write(tmp_path, "stances", [{"holder": "author", "target": "RUS", "polarity": -1}])
    return tmp_path


def _result(**items):
    article = Article("story", TEXT, path="corpus/story.txt")
    actors = [Actor("RUS", "Russia", "state"), Actor("IRN", "Iran", "state")]
    return Result(article, actors=actors, **items)


def _at(needle, occurrence=1):
    return offsets(TEXT, needle, occurrence)


def test_evaluate_offsets_by_occurrence():
    assert _at("Iran", 2).start == TEXT.index("Iran", TEXT.index("Iran") + 1)
    assert offsets(TEXT, "Iran", 3) is None


def test_evaluate_mentions_precision_recall(gold):
    mentions = [
        Mention("RUS", _at("Russia"), "Russia"),
        Mention("IRN", _at("Iran"), "Iran"),
        Mention("IRN", _at("Russia", 2), "Russia"),  # right span, wrong actor
    ]
    report = evaluate([_result(mentions=mentions)], gold)
    both = report.layers["actors (mention span + actor)"]
    assert (both.tp, both.pred, both.gold) == (2, 3, 5)
    assert both.precision == pytest.approx(2 / 3) and both.recall == pytest.approx(2 / 5)
    assert report.layers["actors (mention span)"].tp == 3


def test_evaluate_figures_span_and_value(gold):
    span = _at("800 drones")
    report = evaluate([_result(figures=[Figure(span, span.of(TEXT), 80.0)])], gold)
    assert report.layers["figures (span)"].f1 == 1.0
    assert report.layers["figures (span + value)"].tp == 0
    assert report.extra["figures value accuracy (matched)"] == 0.0


def test_evaluate_claims_need_the_speaker(gold):
    span = _at("800 drones were sent")
    wrong = Claim(span, span.of(TEXT), speaker="IRN")
    report = evaluate([_result(claims=[wrong])], gold)
    assert report.layers["claims (content)"].tp == 1
    assert report.layers["claims (content + speaker)"].tp == 0


def test_evaluate_relationships_exact_and_quad(gold):
    span = Span(0, 17)
    rels = [
        Relationship("RUS", "IRN", "AID", span, span.of(TEXT)),
        Relationship("RUS", "IRN", "AID", span, span.of(TEXT)),  # repeated evidence counts once
        Relationship("IRN", "RUS", "AGREE", span, span.of(TEXT)),  # same quad class as SUPPORT
    ]
    report = evaluate([_result(relationships=rels)], gold)
    exact = report.layers["relationships (type + negation)"]
    quad = report.layers["relationships (quad class + negation)"]
    assert (exact.tp, exact.pred, exact.gold) == (1, 2, 2)
    assert (quad.tp, quad.pred, quad.gold) == (2, 2, 2)
    assert quad_class("ALLY") == quad_class("SUPPORT")


def test_evaluate_stances_sign_and_coverage(gold):
    span = Span(0, 6)
    stances = [
        Stance("author", "RUS", -0.7, span, "Russia"),
        Stance("author", "IRN", 0.5, span, "Russia"),
    ]
    report = evaluate([_result(stances=stances)], gold)
    assert report.layers["stances (holder, target, sign)"].tp == 1
    assert report.extra["stances coverage of gold pairs"] == 1.0
    assert report.extra["stances share outside gold"] == 0.5


def test_evaluate_missing_layers_score_zero_not_absent(gold):
    report = evaluate([_result()], gold)
    assert report.layers["times (span)"].f1 == 0.0
    assert "times (span)" in report.table()


def test_evaluate_cli_on_shipped_gold(corpus_dir, gold_dir):
    result = CliRunner().invoke(
        main, ["eval", "--gold", str(gold_dir), str(corpus_dir), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert sorted(report["articles"]) == [
        "000_737e1768f61d238b",
        "002_b0168f4eceec8c3f",
        "004_6c65e4ac5cb1500d",
    ]
    assert {layer["layer"] for layer in report["layers"]} >= {
        "actors (mention span + actor)",
        "stances (holder, target, sign)",
    }
    assert all(v["right"] == v["total"] for v in report["article"].values())
