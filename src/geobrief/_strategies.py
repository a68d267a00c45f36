"""Hypothesis strategies that build valid geobrief values (spans always inside their text)."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from geobrief.model import (
    MENTION_FORMS,
    RELATION_TYPES,
    Actor,
    Article,
    Claim,
    Figure,
    Mention,
    Office,
    PluginError,
    Region,
    Relationship,
    Result,
    Span,
    Stance,
    TimeRef,
)

_ids = st.from_regex(r"[a-z][a-z0-9\-]{0,12}", fullmatch=True)
_words = st.text(st.characters(blacklist_categories=("Cs",)), max_size=20)
_opt = st.none() | _words
_dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
_finite = st.floats(allow_nan=False, allow_infinity=False, width=64)


def texts(max_size: int = 400) -> st.SearchStrategy[str]:
    """Any text, unicode and control characters included (no lone surrogates)."""
    return st.text(st.characters(blacklist_categories=("Cs",)), max_size=max_size)


@st.composite
def spans(draw: st.DrawFn, length: int) -> Span:
    """A span inside a text of ``length`` characters."""
    start = draw(st.integers(0, length))
    return Span(start, draw(st.integers(start, length)))


def offices() -> st.SearchStrategy[Office]:
    return st.builds(
        Office,
        role=_words,
        country=st.none() | _ids,
        start=st.none() | _dates,
        end=st.none() | _dates,
    )


def actors() -> st.SearchStrategy[Actor]:
    return st.builds(
        Actor,
        id=_ids,
        name=_words,
        kind=st.sampled_from(["state", "person", "organization", "group", "bloc"]),
        country=st.none() | _ids,
        aliases=st.lists(_words, max_size=3).map(tuple),
        offices=st.lists(offices(), max_size=2).map(tuple),
        wikidata=st.none() | st.from_regex(r"Q[1-9][0-9]{0,6}", fullmatch=True),
    )


@st.composite
def articles(draw: st.DrawFn) -> Article:
    text = draw(texts())
    return Article(
        id=draw(_ids),
        text=text,
        path=draw(_opt),
        title=draw(_opt),
        published=draw(st.none() | _dates),
        published_status=draw(st.sampled_from(["stated", "given", "inferred", "missing"])),
        author=draw(_opt),
        source=draw(_opt),
        body=draw(st.none() | spans(len(text))),
        regions=tuple(
            draw(st.lists(st.builds(Region, kind=_ids, span=spans(len(text))), max_size=3))
        ),
        bom=draw(st.booleans()),
    )


@st.composite
def results(draw: st.DrawFn) -> Result:
    """A result whose items all point into its article's text."""
    article = draw(articles())
    text = article.text
    n = len(text)

    def located(draw_span: Span) -> tuple[Span, str]:
        return draw_span, draw_span.of(text)

    actor_list = draw(st.lists(actors(), max_size=4, unique_by=lambda a: a.id))
    ids = [a.id for a in actor_list]
    mentions = []
    if ids:
        for _ in range(draw(st.integers(0, 4))):
            span, s = located(draw(spans(n)))
            mentions.append(
                Mention(draw(st.sampled_from(ids)), span, s, draw(st.sampled_from(MENTION_FORMS)))
            )
    figures = [
        Figure(
            span,
            s,
            draw(_finite),
            draw(st.sampled_from(["count", "USD", "percent", "year"])),
            draw(_opt),
            draw(_opt),
        )
        for span, s in (located(draw(spans(n))) for _ in range(draw(st.integers(0, 3))))
    ]
    times = [
        TimeRef(
            span,
            s,
            draw(_opt),
            draw(st.sampled_from(["day", "month", "year", "unresolved"])),
            anchor=draw(st.none() | _dates),
        )
        for span, s in (located(draw(spans(n))) for _ in range(draw(st.integers(0, 3))))
    ]
    claims = [
        Claim(
            span,
            s,
            speaker=draw(st.none() | st.just("author") | _ids),
            cue=draw(_opt),
            cue_span=draw(st.none() | spans(n)),
            direct=draw(st.booleans()),
            modality=draw(st.sampled_from(["asserted", "hedged", "negated", "future"])),
        )
        for span, s in (located(draw(spans(n))) for _ in range(draw(st.integers(0, 3))))
    ]
    relationships = [
        Relationship(
            draw(_ids),
            draw(_ids),
            draw(st.sampled_from(RELATION_TYPES)),
            span,
            s,
            negated=draw(st.booleans()),
        )
        for span, s in (located(draw(spans(n))) for _ in range(draw(st.integers(0, 3))))
    ]
    stances = [
        Stance(
            draw(_ids),
            draw(_ids),
            draw(st.floats(-1, 1)),
            span,
            s,
            confidence=draw(st.floats(0, 1)),
            evidence=(span,),
        )
        for span, s in (located(draw(spans(n))) for _ in range(draw(st.integers(0, 2))))
    ]
    errors = [
        PluginError(
            draw(_ids),
            "facts",
            draw(_words),
            article=article.id,
            line=draw(st.none() | st.integers(1, 10)),
        )
        for _ in range(draw(st.integers(0, 2)))
    ]
    return Result(
        article, actor_list, mentions, figures, times, claims, relationships, stances, errors
    )
