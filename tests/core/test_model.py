"""The data model: spans, validators, converters, and the result's invariants."""

from __future__ import annotations

import attrs
import pytest

from geobrief import Actor, Article, Mention, Relationship, Result, Span, Stance


def test_model_span_slices_text():
    text = "Russia and Iran"
    span = Span(11, 15)
    assert span.of(text) == "Iran" == text[span.slice]
    assert len(span) == 4


def test_model_span_rejects_reversed_and_negative():
    with pytest.raises(ValueError):
        Span(5, 2)
    with pytest.raises(ValueError):
        Span(-1, 2)


def test_model_span_overlap_and_containment():
    assert Span(0, 5).overlaps(Span(4, 9))
    assert not Span(0, 5).overlaps(Span(5, 9))
    assert Span(0, 10).contains(Span(2, 3))


def test_model_values_are_frozen():
    actor = Actor("RUS", "Russia", "state")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        actor.name = "x"  # type: ignore[misc]
    assert attrs.evolve(actor, name="Russian Federation").name == "Russian Federation"


def test_model_lists_become_tuples_and_spans_accept_pairs():
    actor = Actor("RUS", "Russia", "state", aliases=["Russian Federation"])
    assert actor.aliases == ("Russian Federation",)
    mention = Mention("RUS", [0, 6], "Russia")
    assert mention.span == Span(0, 6)


def test_model_relationship_type_is_checked():
    with pytest.raises(ValueError):
        Relationship("RUS", "IRN", "FRIENDS", Span(0, 1), "x")


def test_model_stance_polarity_is_bounded():
    with pytest.raises(ValueError):
        Stance("author", "RUS", 1.5, Span(0, 1), "x")


def test_model_result_mentions_must_name_listed_actors():
    article = Article("a", "Russia")
    with pytest.raises(ValueError, match="RUS"):
        Result(article, mentions=[Mention("RUS", Span(0, 6), "Russia")])
    ok = Result(
        article,
        actors=[Actor("RUS", "Russia", "state")],
        mentions=[Mention("RUS", Span(0, 6), "Russia")],
    )
    assert ok.mentions_of("RUS")[0].text == "Russia"


def test_model_article_body_defaults_to_whole_text():
    article = Article("a", "Some text")
    assert article.body_span == Span(0, 9)
    assert article.body_text == "Some text"
