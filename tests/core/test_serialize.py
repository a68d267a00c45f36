"""Serialisation: the cattrs round trip holds for every type, and records validate."""

from __future__ import annotations

import json

import jsonschema
from hypothesis import given, settings

import geobrief.model as model
from geobrief import from_record, schema, to_record
from geobrief.serialize import converter, dumps, loads
from geobrief.testing import strategies


@settings(max_examples=60, deadline=None)
@given(strategies.results())
def test_serialize_result_round_trip(result):
    assert from_record(json.loads(json.dumps(to_record(result)))) == result


@settings(max_examples=60, deadline=None)
@given(strategies.results())
def test_serialize_every_item_type_round_trips(result):
    items = [
        result.article,
        *result.actors,
        *result.mentions,
        *result.figures,
        *result.times,
        *result.claims,
        *result.relationships,
        *result.stances,
        *result.errors,
    ]
    for item in items:
        assert loads(dumps(item), type(item)) == item
        assert converter.structure(converter.unstructure(item), type(item)) == item


@settings(max_examples=40, deadline=None)
@given(strategies.results())
def test_serialize_records_validate_against_schema(result):
    jsonschema.validate(to_record(result), schema())


def test_serialize_span_is_a_pair():
    span = model.Span(3, 7)
    assert converter.unstructure(span) == [3, 7]
    assert converter.structure([3, 7], model.Span) == span


def test_serialize_mentions_nest_under_actors():
    article = model.Article("a", "Russia and Moscow")
    result = model.Result(
        article,
        actors=[model.Actor("RUS", "Russia", "state")],
        mentions=[
            model.Mention("RUS", (0, 6), "Russia"),
            model.Mention("RUS", (11, 17), "Moscow", "capital"),
        ],
    )
    record = to_record(result)
    assert [m["text"] for m in record["actors"][0]["mentions"]] == ["Russia", "Moscow"]
    assert record["article"]["text"] == "Russia and Moscow"
