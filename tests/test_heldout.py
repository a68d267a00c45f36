"""The held-out evaluation set (tests/data/heldout): its gold is well formed, and the bundled
extractors do not regress on it.

The floors sit about 0.1 below the F1 the extractors scored when the set was first run (see
tests/data/heldout/ERRORS.md): they catch regressions, not progress. Raise them when the
extractors improve on their own merits; never tune an extractor to these articles.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from geobrief.cli import main

HELDOUT = Path(__file__).resolve().parent / "data" / "heldout"

# layer -> minimal F1 (first run, in ERRORS.md, minus about 0.1)
FLOORS = {
    "actors (mention span + actor)": 0.78,
    "actors (mention span)": 0.81,
    "figures (span)": 0.83,
    "figures (span + value)": 0.82,
    "times (span)": 0.84,
    "times (span + value)": 0.69,
    "claims (content + speaker)": 0.37,
    "claims (content)": 0.60,
    "relationships (type + negation)": 0.12,
    "relationships (quad class + negation)": 0.14,
    "stances (holder, target, sign)": 0.22,
}


def _validator():
    spec = importlib.util.spec_from_file_location("heldout_validate", HELDOUT / "validate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def heldout_report() -> dict:
    result = CliRunner().invoke(
        main,
        ["eval", "--gold", str(HELDOUT / "gold"), str(HELDOUT / "corpus"), "--format", "json"],
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_heldout_gold_is_well_formed():
    assert _validator().validate(HELDOUT) == []


def test_heldout_validator_flags_a_wrong_occurrence(tmp_path):
    shutil.copytree(HELDOUT / "corpus", tmp_path / "corpus")
    shutil.copytree(HELDOUT / "gold", tmp_path / "gold")
    path = next((tmp_path / "gold").glob("*.figures.json"))
    data = json.loads(path.read_text("utf-8"))
    data["items"][0]["occurrence"] = 99
    path.write_text(json.dumps(data), "utf-8")
    problems = _validator().validate(tmp_path)
    assert len(problems) == 1
    assert "occurrence 99 not in the text" in problems[0]


def test_heldout_every_article_is_scored(heldout_report):
    assert len(heldout_report["articles"]) == 5
    assert heldout_report["missing_gold"] == []


@pytest.mark.parametrize("layer", sorted(FLOORS))
def test_heldout_layer_stays_above_its_floor(heldout_report, layer):
    scores = {row["layer"]: row for row in heldout_report["layers"]}
    row = scores[layer]
    assert row["gold"] > 0
    assert row["f1"] >= FLOORS[layer], f"{layer}: F1 {row['f1']} fell below {FLOORS[layer]}"


def test_heldout_article_fields_do_not_regress(heldout_report):
    fields = heldout_report["article"]
    assert fields["title"]["right"] == 5
    assert fields["source"]["right"] >= 4
    assert fields["body_last"]["right"] >= 4
    assert fields["published"]["right"] >= 3
