"""The second held-out evaluation set (tests/data/heldout2): its gold is well formed, and the
bundled extractors do not regress on it.

The floors sit about 0.1 below the F1 the extractors scored when the set was first run (see
tests/data/heldout2/SCORES.md): they catch regressions, not progress. Raise them when the
extractors improve on their own merits; never read these articles while tuning an extractor.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from geobrief.cli import main

HELDOUT = Path(__file__).resolve().parent / "data" / "heldout2"

# layer -> minimal F1 (first run, in SCORES.md, minus about 0.1)
FLOORS = {
    "actors (mention span + actor)": 0.84,
    "actors (mention span)": 0.84,
    "figures (span)": 0.85,
    "figures (span + value)": 0.85,
    "times (span)": 0.84,
    "times (span + value)": 0.62,
    "claims (content + speaker)": 0.57,
    "claims (content)": 0.65,
    "relationships (type + negation)": 0.19,
    "relationships (quad class + negation)": 0.22,
    "stances (holder, target, sign)": 0.11,
}


def _validator():
    spec = importlib.util.spec_from_file_location("heldout2_validate", HELDOUT / "validate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def heldout2_report() -> dict:
    result = CliRunner().invoke(
        main,
        ["eval", "--gold", str(HELDOUT / "gold"), str(HELDOUT / "corpus"), "--format", "json"],
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_heldout2_gold_is_well_formed():
    assert _validator().validate(HELDOUT) == []


def test_heldout2_validator_flags_a_span_outside_the_body(tmp_path):
    shutil.copytree(HELDOUT / "corpus", tmp_path / "corpus")
    shutil.copytree(HELDOUT / "gold", tmp_path / "gold")
    path = next((tmp_path / "gold").glob("*.actors.json"))
    text = next((tmp_path / "corpus").glob(path.name.split(".")[0] + ".txt")).read_text("utf-8")
    data = json.loads(path.read_text("utf-8"))
    title_word = text.split()[0]  # the first word of the title, which is front matter
    data["items"][0]["mentions"].append({"text": title_word, "occurrence": 1, "form": "name"})
    path.write_text(json.dumps(data), "utf-8")
    problems = _validator().validate(tmp_path)
    assert len(problems) == 1
    assert "lies outside the body" in problems[0]


def test_heldout2_every_article_is_scored(heldout2_report):
    assert len(heldout2_report["articles"]) == 4
    assert heldout2_report["missing_gold"] == []


@pytest.mark.parametrize("layer", sorted(FLOORS))
def test_heldout2_layer_stays_above_its_floor(heldout2_report, layer):
    scores = {row["layer"]: row for row in heldout2_report["layers"]}
    row = scores[layer]
    assert row["gold"] > 0
    assert row["f1"] >= FLOORS[layer], f"{layer}: F1 {row['f1']} fell below {FLOORS[layer]}"


def test_heldout2_article_fields_do_not_regress(heldout2_report):
    fields = heldout2_report["article"]
    assert fields["source"]["right"] >= 3
    assert fields["published"]["right"] >= 2
    assert fields["body_first"]["right"] >= 2
