"""Shared text work: normalisation keeps offsets, paragraphs and sentences split sensibly."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from geobrief import Article, Span
from geobrief.text import Doc, normalize, split_paragraphs, split_sentences


@given(st.text(st.characters(blacklist_categories=("Cs",))))
def test_text_normalize_keeps_length(text):
    assert len(normalize(text)) == len(text)


def test_text_normalize_folds_quotes_and_dashes():
    assert (
        normalize("Russia\u2019s \u201carmada\u201d \u2014 U.S.\u2013Iran")
        == 'Russia\'s "armada" - U.S.-Iran'
    )


def test_text_paragraphs_are_stripped_lines():
    text = "  First line.  \n\n\tSecond line\n"
    assert [s.of(text) for s in split_paragraphs(text)] == ["First line.", "Second line"]


def test_text_sentences_respect_abbreviations_and_initials():
    text = "Mr. Smith met Gen. J. Doe in Washington. The U.S. envoy said no. Talks resume Monday!"
    sentences = [s.of(text) for s in split_sentences(text, Span(0, len(text)))]
    assert sentences == [
        "Mr. Smith met Gen. J. Doe in Washington.",
        "The U.S. envoy said no.",
        "Talks resume Monday!",
    ]


def test_text_sentences_end_after_closing_quotes():
    text = "\u201cWe will not yield,\u201d he said. \u201cNever.\u201d Then he left."
    sentences = [s.of(text) for s in split_sentences(text, Span(0, len(text)))]
    assert sentences[0] == "\u201cWe will not yield,\u201d he said."
    assert sentences[1] == "\u201cNever.\u201d"


def test_text_doc_locates_offsets():
    text = "Title\n\nFirst sentence here. Second one.\nNext paragraph."
    article = Article("a", text, body=Span(7, len(text)))
    doc = Doc(article)
    assert [p.of(text) for p in doc.paragraphs] == [
        "First sentence here. Second one.",
        "Next paragraph.",
    ]
    offset = text.index("Second")
    assert doc.sentence_at(offset).of(text) == "Second one."
    assert doc.paragraph_at(offset).of(text).startswith("First")
    assert doc.sentence_at(0) is None
    assert doc.in_body(Span(7, 12)) and not doc.in_body(Span(0, 5))


@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_text_sentences_tile_paragraphs(text):
    doc = Doc(Article("h", text))
    for sentence in doc.sentences:
        paragraph = doc.paragraph_at(sentence.start)
        assert paragraph is not None and paragraph.contains(sentence)
    for token in doc.tokens:
        assert 0 <= token.start < token.end <= len(text)
