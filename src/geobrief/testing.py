"""Helpers for testing geobrief plugins: hypothesis strategies for its types, a context manager that
registers a plugin for one block, and an assertion that every span a result holds is sound.

Requires hypothesis for the strategies (``pip install 'geobrief[test]'``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from geobrief.model import Claim, Mention, Result, Span, Stance
from geobrief.pipeline import Pipeline

__all__ = ["assert_spans_consistent", "mentions_by_name", "pipeline_with", "strategies"]


@contextmanager
def pipeline_with(
    *plugins: object, disable: Sequence[str] = (), entrypoints: bool = False
) -> Iterator[Pipeline]:
    """A pipeline with ``plugins`` registered (and, if asked, the installed ones); nothing global
    is changed, so nothing needs unregistering."""
    yield Pipeline(plugins=plugins, disable=disable, entrypoints=entrypoints, environment=False)


@lru_cache(maxsize=32)
def _name_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<!\w)({alternation})(?!\w)")


def mentions_by_name(
    text: str, names: Mapping[str, str], forms: Mapping[str, str] | None = None
) -> tuple[Mention, ...]:
    """Mentions of a fixed name table (surface -> actor id), as a mentions stage would report
    them: every whole-word occurrence, the longest name winning, with its form from ``forms``
    (default ``"name"``). Lets a later-stage plugin be tested without the actors plugin."""
    forms = forms or {}
    return tuple(
        Mention(names[m.group(1)], Span(*m.span(1)), m.group(1), forms.get(m.group(1), "name"))
        for m in _name_pattern(tuple(names)).finditer(text)
    )


def _spans_of(item: Any) -> Iterator[tuple[str, Span]]:
    span = getattr(item, "span", None)
    if span is not None:
        yield "span", span
    if isinstance(item, Claim):
        for name in ("speaker_span", "cue_span"):
            value = getattr(item, name)
            if value is not None:
                yield name, value
    if isinstance(item, Stance):
        for evidence in item.evidence:
            yield "evidence", evidence


def assert_spans_consistent(result: Result) -> None:
    """Every span lies inside the article's text, and every item's ``text`` is its span's text."""
    text = result.article.text
    for name in ("mentions", "figures", "times", "claims", "relationships", "stances"):
        for item in getattr(result, name):
            for label, span in _spans_of(item):
                assert 0 <= span.start <= span.end <= len(text), (
                    f"{name}: {label} {span} outside text"
                )
            assert item.text == item.span.of(text), (
                f"{name}: text {item.text!r} != {item.span.of(text)!r}"
            )


class _Strategies:
    """Hypothesis strategies for geobrief's types, built on first use."""

    def __getattr__(self, name: str) -> Any:
        from geobrief import _strategies

        return getattr(_strategies, name)


#: ``strategies.articles()``, ``strategies.results()``, ``strategies.spans()``, ...
strategies = _Strategies()
