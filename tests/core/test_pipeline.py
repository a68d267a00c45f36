"""The pipeline: stages in order, plugin faults isolated and attributed, items checked."""

from __future__ import annotations

import types

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import geobrief
from geobrief import Actor, Article, Figure, Mention, Pipeline, Span, hookimpl
from geobrief.errors import PluginLoadError, UsageError
from geobrief.testing import assert_spans_consistent, pipeline_with


def _plugin(name: str, **hooks) -> types.ModuleType:
    module = types.ModuleType(name)
    for hook, function in hooks.items():
        setattr(module, hook, hookimpl(function))
    return module


def _find(word: str, actor: str):
    def geobrief_mentions(article, catalog):
        start = article.text.find(word)
        if start >= 0:
            yield Mention(actor, Span(start, start + len(word)), word)

    return geobrief_mentions


COUNTRIES = _plugin(
    "countries",
    geobrief_catalog=lambda: [Actor("RUS", "Russia", "state"), Actor("IRN", "Iran", "state")],
    geobrief_mentions=_find("Russia", "RUS"),
)


def test_pipeline_stages_see_earlier_results():
    seen = {}

    def geobrief_facts(mentions, actors):
        seen["facts"] = ([m.actor for m in mentions], [a.id for a in actors])
        return []

    with pipeline_with(COUNTRIES, _plugin("watcher", geobrief_facts=geobrief_facts)) as pipeline:
        result = pipeline.run("Russia sent drones.")
    assert seen["facts"] == (["RUS"], ["RUS"])
    assert [a.id for a in result.actors] == ["RUS"]
    assert result.errors == ()


def test_pipeline_raising_plugin_is_named_and_others_go_on():
    def geobrief_facts(article):
        raise RuntimeError("boom")

    broken = _plugin("broken", geobrief_facts=geobrief_facts)
    with pipeline_with(COUNTRIES, broken) as pipeline:
        result = pipeline.run("Russia sent drones.")
    assert [m.text for m in result.mentions] == ["Russia"]
    (error,) = result.errors
    assert (error.plugin, error.stage, error.error_type, error.message) == (
        "broken",
        "facts",
        "RuntimeError",
        "boom",
    )
    assert "broken/facts" in error.describe()


def test_pipeline_bad_items_are_dropped_and_reported():
    def geobrief_facts(article):
        yield Figure(Span(0, 2), "Rx", 2.0)  # text does not match
        yield Figure(Span(0, 999), "x", 1.0)  # outside the text
        yield "not an item"
        yield Mention("XXX", Span(0, 6), "Russia")  # unknown actor
        yield Figure(Span(0, 6), "Russia", 1.0)  # fine

    with pipeline_with(COUNTRIES, _plugin("sloppy", geobrief_facts=geobrief_facts)) as pipeline:
        result = pipeline.run("Russia sent drones.")
    assert len(result.figures) == 1
    assert len(result.errors) == 4
    assert all(e.plugin == "sloppy" and e.error_type == "InvalidItem" for e in result.errors)


def test_pipeline_catalog_merges_entries_by_id():
    extra = _plugin(
        "extra", geobrief_catalog=lambda: [Actor("RUS", "Russia", "state", aliases=["Rossiya"])]
    )
    with pipeline_with(COUNTRIES, extra) as pipeline:
        assert "Rossiya" in pipeline.catalog["RUS"].aliases


def test_pipeline_run_many_streams():
    with pipeline_with(COUNTRIES) as pipeline:
        stream = pipeline.run_many(f"Russia {i}" for i in range(10**9))
        first = next(stream)
        assert first.mentions[0].actor == "RUS"


def test_pipeline_disable_unknown_name_lists_choices():
    with pytest.raises(UsageError, match="available"):
        Pipeline(disable=["figures2"], environment=False)


def test_pipeline_disable_bundled_by_name():
    pipeline = Pipeline(disable=["figures"], environment=False)
    assert "figures" not in pipeline.manager.names()


def test_pipeline_environment_variables(monkeypatch):
    monkeypatch.setenv("GEOBRIEF_DISABLE_PLUGINS", "stances,relations")
    monkeypatch.setenv("GEOBRIEF_PLUGINS", "tests.core.sample_plugin")
    pipeline = Pipeline()
    names = pipeline.manager.names()
    assert "stances" not in names and "relations" not in names
    assert "tests.core.sample_plugin" in names


def test_pipeline_misspelt_hook_is_an_error():
    module = types.ModuleType("typo")
    module.geobrief_fact = hookimpl(lambda article: [])
    with pytest.raises(PluginLoadError):
        Pipeline(plugins=[module], entrypoints=False, environment=False)


def test_pipeline_bad_plugin_path_is_an_error():
    with pytest.raises(PluginLoadError, match=r"no\.such\.module"):
        Pipeline(plugins=["no.such.module"], environment=False)


def test_pipeline_shared_doc_is_built_once():
    docs = []

    def geobrief_facts(doc):
        docs.append(doc)
        return []

    def geobrief_links(doc):
        docs.append(doc)
        return []

    with pipeline_with(
        _plugin("a", geobrief_facts=geobrief_facts, geobrief_links=geobrief_links)
    ) as pipeline:
        pipeline.run("One. Two.")
    assert docs[0] is docs[1]
    assert len(docs[0].sentences) == 2


@settings(max_examples=50, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=600))
def test_pipeline_never_raises_and_spans_hold(text):
    result = _FULL.run(Article("h", text))
    assert_spans_consistent(result)


_FULL = Pipeline(environment=False)


def test_pipeline_extract_convenience(corpus_files):
    result = geobrief.extract(corpus_files[0])
    assert result.article.title.startswith("Trump")
    result = geobrief.extract("Russia and Iran signed a treaty.", published="2025-01-17")
    assert result.article.published.isoformat() == "2025-01-17"
