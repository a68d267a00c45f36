"""Tests for the stances plugin: holder attribution, clause scoping, negation, contrast,
relational predicates, aggregation, and properties over generated sentences."""

from __future__ import annotations

import re

import geobrief_stances
import pytest
from geobrief_stances import Settings, find_stances
from geobrief_stances.lexicon import inflect, lexicon
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geobrief import Actor, Article, Claim, Mention, Span, hookimpl
from geobrief.testing import assert_spans_consistent, pipeline_with
from geobrief.text import Doc

ACTORS = {
    "Russia": ("RUS", "state", "name"),
    "Moscow": ("RUS", "state", "capital"),
    "Russian": ("RUS", "state", "demonym"),
    "Iran": ("IRN", "state", "name"),
    "Tehran": ("IRN", "state", "capital"),
    "Iranian": ("IRN", "state", "demonym"),
    "Washington": ("USA", "state", "capital"),
    "the United States": ("USA", "state", "name"),
    "China": ("CHN", "state", "name"),
    "India": ("IND", "state", "name"),
    "Turkey": ("TUR", "state", "name"),
    "Germany": ("DEU", "state", "name"),
    "Egypt": ("EGY", "state", "name"),
    "Putin": ("vladimir-putin", "person", "name"),
    "Lavrov": ("sergey-lavrov", "person", "name"),
}
_NAMES = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, ACTORS), key=len, reverse=True)) + r")\b"
)


def _inputs(text: str) -> tuple[Doc, list[Mention], list[Actor]]:
    doc = Doc(Article(id="t", text=text))
    mentions = [
        Mention(ACTORS[m.group()][0], Span.of_match(m), m.group(), ACTORS[m.group()][2])
        for m in _NAMES.finditer(text)
    ]
    actors = {ACTORS[m.text][0]: Actor(m.actor, m.actor, ACTORS[m.text][1]) for m in mentions}
    return doc, mentions, list(actors.values())


def _claim(text: str, content: str, speaker: str | None, who: str | None = None) -> Claim:
    start = text.index(content)
    speaker_span = None
    if who:
        s = text.index(who)
        speaker_span = Span(s, s + len(who))
    return Claim(Span(start, start + len(content)), content, speaker, speaker_span=speaker_span)


# the rules are tested sentence by sentence: the article-level calibration (author evidence
# threshold, news-report test, caps) is tested on whole articles in test_stances_round2.py
RULES = {
    "min_author_strength": None,
    "max_author_targets": 99,
    "pairs_base": 99,
    "max_report_share": 1.0,
    "min_author_voice": 0.0,
}


def stances(text: str, claims: tuple[Claim, ...] = (), **options: object) -> dict:
    """``{(holder, target): polarity}`` for a text, thresholds relaxed by ``options``."""
    doc, mentions, actors = _inputs(text)
    found = find_stances(doc, mentions, actors, claims, Settings(**{**RULES, **options}))
    pairs = [(s.holder, s.target) for s in found]
    assert len(pairs) == len(set(pairs)), "one stance per (holder, target)"
    return {(s.holder, s.target): s.polarity for s in found}


ONE = {"min_author_mentions": 1}


# -- holder attribution ---------------------------------------------------------------------


def test_stances_author_holds_the_body_voice() -> None:
    found = stances("Russia is a rogue aggressor. Russia's regime is brutal and corrupt.")
    assert found[("author", "RUS")] < -0.3


def test_stances_claim_content_belongs_to_its_speaker() -> None:
    text = "Iran said that Washington is an unreliable, reckless bully and a menace."
    claim = _claim(text, "Washington is an unreliable, reckless bully and a menace", "IRN", "Iran")
    found = stances(text, (claim,), **ONE)
    assert found[("IRN", "USA")] < -0.3
    assert ("author", "USA") not in found


def test_stances_unnamed_source_is_not_the_author() -> None:
    text = "Officials said that Washington is an unreliable, reckless bully and a menace."
    claim = _claim(text, "Washington is an unreliable, reckless bully and a menace", None)
    assert stances(text, (claim,), **ONE) == {}


def test_stances_speaker_is_not_judged_by_the_reporting_cue() -> None:
    text = "Lavrov argued, warning angrily, that Germany is a reliable and constructive partner."
    claim = _claim(
        text, "Germany is a reliable and constructive partner", "sergey-lavrov", "Lavrov"
    )
    found = stances(text, (claim,), **ONE)
    assert found[("sergey-lavrov", "DEU")] > 0.3
    assert not any(target == "sergey-lavrov" for _, target in found)


# -- scoping ----------------------------------------------------------------------------------


def test_stances_scope_evaluation_to_the_target_clause() -> None:
    found = stances(
        "Iran is a brutal, corrupt regime, while India is a reliable, responsible partner.", **ONE
    )
    assert found[("author", "IRN")] < -0.3
    assert found[("author", "IND")] > 0.3


def test_stances_modifier_attaches_to_the_mention_it_modifies() -> None:
    found = stances("Talks between Egypt and a rogue Iran resumed on Monday in Cairo.", **ONE)
    assert found.get(("author", "IRN"), 0) < -0.3
    assert ("author", "EGY") not in found


def test_stances_misfortune_is_no_judgement() -> None:
    found = stances(
        "Russia suffered heavy losses and a humbling defeat. Russia lost ground.", **ONE
    )
    assert ("author", "RUS") not in found


def test_stances_appositive_describes_the_mention() -> None:
    text = "Trade with Putin, a ruthless autocrat who thrives on chaos, is risky for Germany."
    found = stances(text, **ONE)
    assert found[("author", "vladimir-putin")] < -0.3
    assert ("author", "DEU") not in found


# -- negation and contrast ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "sign"),
    [
        ("Turkey is a reliable partner.", 1),
        ("Turkey is not a reliable partner.", -1),
        ("Turkey is never a reliable partner.", -1),
        ("Turkey is a threat.", -1),
        ("Turkey is no longer a threat.", 1),
    ],
)
def test_stances_negation_reverses_polarity(sentence: str, sign: int) -> None:
    found = stances(sentence, min_author_mentions=1, min_strength=0.1, min_polarity=0.1)
    assert found[("author", "TUR")] * sign > 0


def test_stances_not_only_is_no_negation() -> None:
    found = stances("Germany is not only reliable but also constructive.", **ONE)
    assert found[("author", "DEU")] > 0.3


@pytest.mark.parametrize(
    ("sentence", "sign"),
    [
        ("Germany has been constructive, but it is deeply unreliable and erratic.", -1),
        (
            "Germany is erratic at times, but it remains a constructive, responsible, reliable partner.",
            1,
        ),
        (
            "Although Germany is erratic at times, it is a constructive, responsible, reliable partner.",
            1,
        ),
    ],
)
def test_stances_contrast_weighs_the_clause_after(sentence: str, sign: int) -> None:
    found = stances(sentence, min_author_mentions=1, min_strength=0.1, min_polarity=0.1)
    assert found[("author", "DEU")] * sign > 0


def test_stances_mixed_evidence_is_not_reported() -> None:
    text = "Egypt is reliable and constructive. Egypt is unreliable and destructive."
    assert ("author", "EGY") not in stances(text, **ONE)


# -- relational predicates ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "holder", "target", "sign"),
    [
        ("Russia supplies Iran with drones and missiles.", "RUS", "IRN", 1),
        ("Washington has imposed sanctions against Iran.", "USA", "IRN", -1),
        ("Iran has no reason to trust Washington.", "IRN", "USA", -1),
        ("Iran was sanctioned by the United States last year.", "USA", "IRN", -1),
        ("Tehran has become Moscow's closest military ally.", "RUS", "IRN", 1),
        ("China, Iran's main economic backer, hosted the talks.", "CHN", "IRN", 1),
        ("Moscow resents that the United States kept its role in Europe.", "RUS", "USA", -1),
        ("The Kremlin will not break with China.", "RUS", "CHN", 1),
        ("Putin condemned Washington on Monday.", "vladimir-putin", "USA", -1),
    ],
)
def test_stances_relation_gives_the_actors_stance(
    sentence: str, holder: str, target: str, sign: int
) -> None:
    text = sentence.replace("The Kremlin", "Moscow") if "Kremlin" in sentence else sentence
    found = stances(text)
    assert found[(holder, target)] * sign > 0
    assert (target, holder) not in found or "ally" in sentence


def test_stances_role_noun_that_only_refers_links_nobody() -> None:
    found = stances("Washington should show Putin's other partners that Moscow is weak.")
    assert ("vladimir-putin", "USA") not in found
    found = stances("Washington should stress what is known as Moscow's friendship.")
    assert ("RUS", "USA") not in found


def test_stances_coordinated_agents_share_the_stance() -> None:
    found = stances("Moscow and Tehran have long worked to oppose China.")
    assert found[("RUS", "CHN")] < 0 and found[("IRN", "CHN")] < 0


def test_stances_avoiding_support_is_no_support() -> None:
    found = stances("Russia seeks to avoid providing full support to Iran.")
    assert found.get(("RUS", "IRN"), -1.0) < 0


def test_stances_inability_is_no_stance() -> None:
    found = stances("Russia cannot assist Iran in this crisis.")
    assert ("RUS", "IRN") not in found


def test_stances_relative_clause_agent_is_its_antecedent() -> None:
    found = stances("Putin will not pressure an ally that actively helps Russia.")
    assert ("vladimir-putin", "RUS") not in found


def test_stances_nominal_verb_names_no_agent() -> None:
    found = stances("Talks with Iran stalled after the weakening of the United States.")
    assert ("IRN", "USA") not in found


# -- aggregation and the hook ---------------------------------------------------------------


def test_stances_aggregate_one_per_pair_with_all_evidence() -> None:
    text = (
        "Russia supplies Iran with drones. Moscow has also helped Tehran evade sanctions. "
        "Russia is a close partner of Iran."
    )
    doc, mentions, actors = _inputs(text)
    found = [
        s for s in find_stances(doc, mentions, actors) if (s.holder, s.target) == ("RUS", "IRN")
    ]
    assert len(found) == 1
    stance = found[0]
    assert stance.polarity > 0.5
    assert len(stance.evidence) == 3
    assert stance.span in stance.evidence
    assert 0.0 < stance.confidence <= 1.0
    one = find_stances(
        *_inputs("Russia supplies Iran with drones.")[:1],
        _inputs("Russia supplies Iran with drones.")[1],
    )
    assert found[0].confidence > one[0].confidence


def test_stances_hook_runs_in_a_pipeline() -> None:
    text = "Iran is a rogue regime and a menace. Iran sponsors terror, and Iran is brutal."

    class Mentions:
        @staticmethod
        @hookimpl
        def geobrief_mentions(article: Article) -> list:
            _, mentions, actors = _inputs(article.text)
            return [*actors, *mentions]

    with pipeline_with(Mentions, geobrief_stances) as pipeline:
        result = pipeline.run(Article(id="t", text=text))
    assert not result.errors
    assert_spans_consistent(result)
    assert [(s.holder, s.target) for s in result.stances] == [("author", "IRN")]
    assert result.stances[0].polarity < -0.5


def test_stances_lexicon_loads_once_with_inflections() -> None:
    assert lexicon() is lexicon()
    assert inflect("pressure") == ("pressure", "pressures", "pressured", "pressuring")
    assert inflect("supply")[1:3] == ("supplies", "supplied")
    assert "pressured" in lexicon().relations
    assert lexicon().valence["aggressor"] < 0 < lexicon().valence["constructive"]


# -- properties -------------------------------------------------------------------------------

_STRONG = sorted(
    w for w, v in lexicon().valence.items() if abs(v) >= 2.0 and w.isalpha() and len(w) > 3
)
_filler = st.sampled_from(
    ["The talks resumed.", "Officials met in Geneva.", "Markets were calm.", "The summit ended."]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(word=st.sampled_from(_STRONG), before=st.lists(_filler, max_size=2))
def test_stances_property_negation_flips_a_predicate(word: str, before: list[str]) -> None:
    lex = lexicon()
    if lex.has("condition", word) or word in lex.relations:
        return
    prefix = " ".join(before)
    plain = stances(f"{prefix} Egypt is {word}.".strip(), **ONE)
    negated = stances(f"{prefix} Egypt is not {word}.".strip(), **ONE)
    sign = 1 if lex.valence[word] > 0 else -1
    assert plain[("author", "EGY")] * sign > 0
    assert negated.get(("author", "EGY"), 0.0) * sign <= 0


_parts = st.sampled_from(
    [
        *ACTORS,
        "is",
        "not",
        "a",
        "reliable",
        "brutal",
        "partner",
        "regime",
        "but",
        "supplies",
        "sanctions",
        "against",
        "ally",
        "'s",
        ",",
        "and",
        "never",
        "threat",
        "which",
        "helps",
        ".",
    ]
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(_parts, min_size=1, max_size=40), cut=st.integers(0, 200))
def test_stances_property_results_are_sound(words: list[str], cut: int) -> None:
    text = " ".join(words).replace(" 's", "'s").replace(" ,", ",")
    doc, mentions, actors = _inputs(text)
    claims = ()
    if len(text) > 4:
        lo = min(cut, len(text) - 2)
        claims = (Claim(Span(lo, len(text)), text[lo:], "sergey-lavrov"),)
    found = find_stances(doc, mentions, actors, claims, Settings(min_author_mentions=1))
    ids = {m.actor for m in mentions}
    pairs = set()
    for s in found:
        assert -1.0 <= s.polarity <= 1.0 and 0.0 <= s.confidence <= 1.0
        assert s.text == text[s.span.start : s.span.end]
        assert s.span in s.evidence
        assert all(0 <= e.start <= e.end <= len(text) for e in s.evidence)
        assert s.holder != s.target and s.target in ids
        assert s.holder in ids or s.holder in ("author", "sergey-lavrov")
        assert abs(s.polarity) >= 0.3
        pairs.add((s.holder, s.target))
    assert len(pairs) == len(found)
    assert find_stances(doc, mentions, actors, claims, Settings(min_author_mentions=1)) == found


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tail=st.lists(_filler, min_size=1, max_size=3))
def test_stances_property_neutral_sentences_change_nothing(tail: list[str]) -> None:
    base = "Russia is a rogue aggressor. Moscow supplies Iran with drones."
    assert stances(base) == stances(base + " " + " ".join(tail))
