"""Serialisation: one cattrs converter owns how every model type becomes JSON and back.

Spans are ``[start, end]`` lists, dates ISO strings, tuples lists. A ``Result`` becomes the JSON
contract's record: ``article`` plus the lists ``actors`` (each with its ``mentions``), ``figures``,
``times``, ``claims``, ``relationships``, ``stances`` and ``errors``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from importlib import resources
from typing import Any, TypeVar

from cattrs.preconf.json import make_converter

from geobrief.model import Actor, Article, Mention, PluginError, Result, Span

__all__ = ["SCHEMA_VERSION", "converter", "dumps", "from_record", "loads", "schema", "to_record"]

T = TypeVar("T")

#: Version of the JSON contract; bumped on any change to its shape.
SCHEMA_VERSION = "1.0"

converter = make_converter(omit_if_default=False)
converter.register_unstructure_hook(Span, lambda span: [span.start, span.end])
converter.register_structure_hook(
    Span, lambda value, _: value if isinstance(value, Span) else Span(*value)
)
converter.register_unstructure_hook(dt.date, lambda day: day.isoformat())
converter.register_structure_hook(dt.date, lambda value, _: dt.date.fromisoformat(value))

_LISTS = ("figures", "times", "claims", "relationships", "stances", "errors")
_TYPES = {
    "figures": "Figure",
    "times": "TimeRef",
    "claims": "Claim",
    "relationships": "Relationship",
    "stances": "Stance",
    "errors": "PluginError",
}


def _unstructure_result(result: Result) -> dict[str, Any]:
    by_actor: dict[str, list[dict[str, Any]]] = {}
    for mention in result.mentions:
        by_actor.setdefault(mention.actor, []).append(
            {
                "span": [mention.span.start, mention.span.end],
                "text": mention.text,
                "form": mention.form,
            }
        )
    actors = []
    for actor in result.actors:
        record = converter.unstructure(actor, Actor)
        record["mentions"] = by_actor.get(actor.id, [])
        actors.append(record)
    record: dict[str, Any] = {
        "schema": SCHEMA_VERSION,
        "article": converter.unstructure(result.article, Article),
    }
    record["actors"] = actors
    for name in _LISTS:
        record[name] = [converter.unstructure(item) for item in getattr(result, name)]
    return record


def _structure_result(record: dict[str, Any], _: Any) -> Result:
    from geobrief import model

    mentions = []
    actors = []
    for entry in record.get("actors", ()):
        entry = dict(entry)
        for mention in entry.pop("mentions", ()):
            mentions.append(
                Mention(
                    actor=entry["id"],
                    span=mention["span"],
                    text=mention["text"],
                    form=mention["form"],
                )
            )
        actors.append(converter.structure(entry, Actor))
    lists = {
        name: [
            converter.structure(item, getattr(model, _TYPES[name])) for item in record.get(name, ())
        ]
        for name in _LISTS
    }
    return Result(
        article=converter.structure(record["article"], Article),
        actors=actors,
        mentions=mentions,
        **lists,
    )


converter.register_unstructure_hook(Result, _unstructure_result)
converter.register_structure_hook(Result, _structure_result)


def to_record(result: Result) -> dict[str, Any]:
    """The JSON contract's object for one article."""
    return converter.unstructure(result, Result)


def from_record(record: dict[str, Any]) -> Result:
    """A result back from its JSON contract object (e.g. a line of ``geobrief extract`` output)."""
    return converter.structure(record, Result)


def dumps(value: Any, indent: int | None = None) -> str:
    """JSON text of any model value, with keys in a stable order and non-ASCII kept."""
    return json.dumps(
        converter.unstructure(value), ensure_ascii=False, indent=indent, sort_keys=False
    )


def loads(text: str, cls: type[T]) -> T:
    """A model value of type ``cls`` back from :func:`dumps` output."""
    return converter.structure(json.loads(text), cls)


def error_record(error: PluginError) -> dict[str, Any]:
    """A JSON Lines record for an input that produced no article (a load failure)."""
    return {
        "schema": SCHEMA_VERSION,
        "article": None,
        "errors": [converter.unstructure(error, PluginError)],
    }


def schema(name: str = "extract") -> dict[str, Any]:
    """The shipped JSON Schema of the ``extract`` contract (or of ``brief``)."""
    data = resources.files("geobrief").joinpath("data", f"{name}.schema.json").read_text("utf-8")
    return json.loads(data)


def iter_records(results: Iterable[Result | PluginError]) -> Iterable[dict[str, Any]]:
    """Contract records for a stream of results and load errors."""
    for item in results:
        yield error_record(item) if isinstance(item, PluginError) else to_record(item)
