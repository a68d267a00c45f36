"""The Brief type: corpus hooks called in isolation, sections checked at the boundary, render
hook, the relationship graph and the JSON record."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import geobrief
from geobrief import Article, Brief, BriefSection, Relationship, Result, hookimpl
from geobrief.brief import RenderError, build_graph
from geobrief.errors import UsageError
from geobrief.testing import pipeline_with

TEXT = "Russia and Iran signed a treaty. Israel struck Iran. Russia did not arm Iran."


def _result(article_id: str = "a", text: str = TEXT, **layers) -> Result:
    return Result(article=Article(article_id, text), **layers)


def _rel(text: str, phrase: str, source: str, target: str, type_: str, **kw) -> Relationship:
    start = text.index(phrase)
    return Relationship(source, target, type_, (start, start + len(phrase)), phrase, **kw)


class Counter:
    @hookimpl
    def geobrief_corpus(self, brief):
        yield BriefSection("count", "Count", {"articles": len(brief.results)})


class SeesEarlier:
    @hookimpl(trylast=True)
    def geobrief_corpus(self, brief):
        earlier = brief.section("count")
        return [BriefSection("seen", "Seen", earlier.data if earlier else None)]


class Raises:
    @hookimpl
    def geobrief_corpus(self):
        raise ValueError("broken on purpose")


class BadItems:
    @hookimpl(trylast=True)
    def geobrief_corpus(self):
        return [
            "not a section",
            BriefSection("count", "Duplicate id", 1),
            BriefSection("opaque", "Not JSON", object()),
            BriefSection("fine", "Fine", [1, 2]),
        ]


class Renders:
    @hookimpl
    def geobrief_render(self, brief, format):
        if format == "count":
            return str(len(brief.results))
        return None


class RenderRaises:
    @hookimpl(tryfirst=True)
    def geobrief_render(self, format):
        if format == "count":
            raise RuntimeError("renderer down")


def test_brief_calls_every_corpus_plugin_in_order():
    with pipeline_with(Counter(), SeesEarlier()) as pipeline:
        brief = Brief.from_results([_result("a"), _result("b")], pipeline)
    assert [s.id for s in brief.sections] == ["count", "seen"]
    assert brief.section("count").data == {"articles": 2}
    assert brief.section("seen").data == {"articles": 2}
    assert brief.section("count").plugin == "Counter"
    assert brief.errors == ()


def test_brief_isolates_a_raising_plugin():
    with pipeline_with(Raises(), Counter()) as pipeline:
        brief = Brief.from_results([_result()], pipeline)
    assert brief.section("count").data == {"articles": 1}
    (error,) = brief.errors
    assert (error.plugin, error.stage, error.error_type) == ("Raises", "corpus", "ValueError")
    assert "broken on purpose" in error.message


def test_brief_checks_sections_at_the_boundary():
    with pipeline_with(Counter(), BadItems()) as pipeline:
        brief = Brief.from_results([_result()], pipeline)
    assert [s.id for s in brief.sections] == ["count", "fine"]
    messages = sorted(e.message for e in brief.errors)
    assert len(messages) == 3
    assert all(e.error_type == "InvalidItem" and e.plugin == "BadItems" for e in brief.errors)
    assert any("already taken" in m for m in messages)
    assert any("not JSON-able" in m for m in messages)
    assert any("takes BriefSection" in m for m in messages)


def test_brief_renames_repeated_article_ids():
    with pipeline_with(Counter()) as pipeline:
        brief = Brief.from_results([_result("x"), _result("x"), _result("x~2")], pipeline)
    ids = [a.id for a in brief.articles]
    assert len(set(ids)) == 3 and ids[0] == "x"
    assert brief.result(ids[1]).article.id == ids[1]
    assert [e.error_type for e in brief.errors] == ["DuplicateId"]


def test_brief_render_takes_the_first_answer_and_names_failures():
    with pipeline_with(Renders()) as pipeline:
        brief = Brief.from_results([_result("a"), _result("b")], pipeline)
        assert brief.render("count") == "2"
        with pytest.raises(UsageError, match="no plugin renders"):
            brief.render("nothing")
    with pipeline_with(Renders(), RenderRaises()) as pipeline:
        brief = Brief.from_results([_result()], pipeline)
        with pytest.raises(RenderError, match=r"RenderRaises.*renderer down"):
            brief.render("count")


def test_brief_graph_weights_edges_by_evidence():
    text = "Russia armed Iran. Russia armed Iran again. Russia is Iran's ally. Russia did not arm Iran."
    rels = [
        _rel(text, "Russia armed Iran.", "RUS", "IRN", "AID"),
        _rel(text, "Russia armed Iran again.", "RUS", "IRN", "AID"),
        _rel(text, "Russia is Iran's ally.", "RUS", "IRN", "ALLY"),
        _rel(text, "Russia did not arm Iran.", "RUS", "IRN", "AID", negated=True),
    ]
    actors = (geobrief.Actor("RUS", "Russia", "state"), geobrief.Actor("IRN", "Iran", "state"))
    graph = build_graph([_result("a", text, relationships=rels, actors=actors)])
    assert set(graph.nodes) == {"RUS", "IRN"}
    assert graph.nodes["RUS"]["name"] == "Russia"
    edges = {k: d for _, _, k, d in graph.edges(keys=True, data=True)}
    assert set(edges) == {"AID", "ALLY", "not-AID"}
    assert edges["AID"]["weight"] == 2 and not edges["AID"]["negated"]
    assert edges["not-AID"]["negated"] and edges["not-AID"]["weight"] == 1
    assert edges["ALLY"]["standing"] and not edges["AID"]["standing"]
    assert edges["AID"]["evidence"][0]["text"] == "Russia armed Iran."


def test_brief_merges_actors_by_id():
    a = _result("a", actors=(geobrief.Actor("nato", "NATO", "bloc"),))
    b = _result("b", actors=(geobrief.Actor("nato", "North Atlantic Treaty Organization", "bloc"),))
    with pipeline_with() as pipeline:
        brief = Brief.from_results([a, b], pipeline)
    merged = brief.actors["nato"]
    assert merged.name == "NATO"
    assert "North Atlantic Treaty Organization" in merged.aliases


def test_brief_record_is_json_and_carries_no_article_text():
    with pipeline_with(Counter()) as pipeline:
        brief = Brief.from_results([_result()], pipeline)
    record = json.loads(json.dumps(brief.to_record()))
    assert record["schema"] == "1.0"
    assert record["articles"][0]["id"] == "a"
    assert "text" not in record["articles"][0]
    assert record["sections"] == [
        {"id": "count", "title": "Count", "plugin": "Counter", "data": {"articles": 1}}
    ]


def test_brief_doc_is_shared():
    with pipeline_with() as pipeline:
        brief = Brief.from_results([_result()], pipeline)
    assert brief.doc("a") is brief.doc("a")
    with pytest.raises(KeyError):
        brief.doc("missing")


def test_brief_import_geobrief_stays_light():
    code = "import sys, geobrief; print('networkx' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_brief_exports():
    assert geobrief.Brief is Brief and geobrief.BriefSection is BriefSection
    assert {"Brief", "BriefSection"} <= set(geobrief.__all__)
