"""The held-out evaluation sets (tests/data/heldout, heldout2, heldout3): their gold is well formed
and rebuilds from its hand-annotated source, and the bundled extractors do not regress on them.

Each floor sits about 0.1-0.15 below the F1 the extractors scored when the set was first run (see
each set's README, ERRORS.md or SCORES.md), never above: the floors catch regressions, not
progress. The second and third sets are kept unseen by whoever tunes an extractor.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from geobrief.cli import main

DATA = Path(__file__).resolve().parent / "data"
TOOLS = DATA / "annotation"

# set -> (articles, layer -> minimal F1, article field -> minimal right)
SETS = {
    "heldout": (
        5,
        {
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
        },
        {"title": 5, "source": 4, "body_last": 4, "published": 3},
    ),
    "heldout2": (
        4,
        {
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
        },
        {"source": 3, "published": 2, "body_first": 2},
    ),
    "heldout3": (
        3,
        {
            "actors (mention span + actor)": 0.77,
            "actors (mention span)": 0.78,
            "figures (span)": 0.82,
            "figures (span + value)": 0.82,
            "times (span)": 0.63,
            "times (span + value)": 0.52,
            "claims (content + speaker)": 0.54,
            "claims (content)": 0.65,
            "relationships (type + negation)": 0.18,
            "relationships (quad class + negation)": 0.18,
            "stances (holder, target, sign)": 0.0,
        },
        {"author": 2, "published": 1, "body_last": 1},
    ),
}


def _tool(name: str):
    spec = importlib.util.spec_from_file_location(f"annotation_{name}", TOOLS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module", params=sorted(SETS))
def heldout(request) -> tuple[str, dict]:
    name = request.param
    folder = DATA / name
    result = CliRunner().invoke(
        main, ["eval", "--gold", str(folder / "gold"), str(folder / "corpus"), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    return name, json.loads(result.output)


@pytest.mark.parametrize("name", sorted(SETS))
def test_heldout_gold_is_well_formed(name):
    assert _tool("validate").validate(DATA / name) == []


def test_heldout_validator_flags_a_wrong_occurrence(tmp_path):
    shutil.copytree(DATA / "heldout" / "corpus", tmp_path / "corpus")
    shutil.copytree(DATA / "heldout" / "gold", tmp_path / "gold")
    path = next((tmp_path / "gold").glob("*.figures.json"))
    data = json.loads(path.read_text("utf-8"))
    data["items"][0]["occurrence"] = 999
    path.write_text(json.dumps(data), "utf-8")
    problems = _tool("validate").validate(tmp_path)
    assert len(problems) == 1
    assert "occurrence 999 not in the text" in problems[0]


@pytest.mark.parametrize("name", sorted(SETS))
def test_heldout_gold_rebuilds_from_its_source(name, tmp_path):
    """Rebuilding from ``source/`` reproduces the committed corpus and gold exactly."""
    folder = DATA / name
    shutil.copytree(folder / "source", tmp_path / "source")
    (tmp_path / "corpus").mkdir()
    (tmp_path / "gold").mkdir()
    build = _tool("build")
    for marked in sorted((folder / "source").glob("*.marked.txt")):
        build.build(marked.name[: -len(".marked.txt")], root=tmp_path)
    for sub in ("corpus", "gold"):
        built = {p.name: p.read_bytes() for p in (tmp_path / sub).iterdir()}
        committed = {p.name: p.read_bytes() for p in (folder / sub).iterdir()}
        assert built == committed


def test_heldout_every_article_is_scored(heldout):
    name, report = heldout
    assert len(report["articles"]) == SETS[name][0]
    assert report["missing_gold"] == []


def test_heldout_layers_stay_above_their_floors(heldout):
    name, report = heldout
    scores = {row["layer"]: row for row in report["layers"]}
    low = {
        layer: (scores[layer]["f1"], floor)
        for layer, floor in SETS[name][1].items()
        if scores[layer]["gold"] == 0 or scores[layer]["f1"] < floor
    }
    assert not low, f"{name}: layers below their floors (F1, floor): {low}"


def test_heldout_article_fields_do_not_regress(heldout):
    name, report = heldout
    fields = report["article"]
    for field, right in SETS[name][2].items():
        assert fields[field]["right"] >= right, f"{name}: {field}"
