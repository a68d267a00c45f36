"""The helpers geobrief ships for plugin authors' tests."""

from __future__ import annotations

from geobrief import Mention, Span
from geobrief.testing import mentions_by_name


def test_testing_mentions_by_name_longest_whole_words_with_forms():
    names = {"Iran": "IRN", "Iranian": "IRN", "Saudi Arabia": "SAU", "Arabia": "SAU"}
    text = "Iranian drones reached Saudi Arabia, not Iranians."
    found = mentions_by_name(text, names, {"Iranian": "demonym"})
    assert found == (
        Mention("IRN", Span(0, 7), "Iranian", "demonym"),
        Mention("SAU", Span(23, 35), "Saudi Arabia", "name"),
    )
