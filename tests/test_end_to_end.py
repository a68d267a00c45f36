"""End to end over examples/corpus: the CLI's records validate and carry every layer."""

from __future__ import annotations

import json

import jsonschema
from click.testing import CliRunner

import geobrief
from geobrief.cli import main
from geobrief.testing import assert_spans_consistent


def test_end_to_end_extract_corpus_validates(corpus_dir):
    result = CliRunner().invoke(main, ["extract", str(corpus_dir), "--format", "json"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert len(records) == 5
    schema = geobrief.schema()
    for record in records:
        jsonschema.validate(record, schema)
        assert record["errors"] == []
        assert geobrief.to_record(geobrief.from_record(record)) == record


def test_end_to_end_every_layer_is_populated(corpus_results):
    for stem, result in corpus_results.items():
        assert_spans_consistent(result)
        assert result.mentions, f"{stem}: no actor mentions"
        assert result.claims, f"{stem}: no claims"
        assert result.relationships, f"{stem}: no relationships"
    assert any(r.figures for r in corpus_results.values())
    assert any(r.times for r in corpus_results.values())
    assert any(r.stances for r in corpus_results.values())


def test_end_to_end_items_stay_in_the_body(corpus_results):
    from geobrief.text import Doc

    for result in corpus_results.values():
        doc = Doc(result.article)
        for name in ("mentions", "figures", "times", "claims"):
            for item in getattr(result, name):
                assert doc.body.contains(item.span), (name, item.text)


def test_end_to_end_table_format(corpus_dir):
    result = CliRunner().invoke(
        main, ["extract", str(corpus_dir / "001_3bacc65575a7848f.txt"), "--format", "table"]
    )
    assert result.exit_code == 0
    assert "Daily Telegraph" in result.output
