"""Tests of the relations plugin on sentences written for them, with hand-built mentions so that
they do not depend on the actors plugin."""

from __future__ import annotations

import datetime as dt

import pytest
from geobrief_relations import geobrief_links
from geobrief_relations.engine import extract
from geobrief_relations.lexicon import inflect_noun, inflect_verb, tokenize, triggers
from hypothesis import given, settings
from hypothesis import strategies as st

from geobrief import Actor, Article, Claim, Mention, Span, TimeRef
from geobrief.testing import assert_spans_consistent, mentions_by_name, pipeline_with
from geobrief.text import Doc

STATES = {
    "Russia": "RUS",
    "Moscow": "RUS",
    "Kremlin": "RUS",
    "Iran": "IRN",
    "Tehran": "IRN",
    "United States": "USA",
    "US": "USA",
    "Washington": "USA",
    "China": "CHN",
    "Beijing": "CHN",
    "Ukraine": "UKR",
    "Kyiv": "UKR",
    "Israel": "ISR",
    "France": "FRA",
    "Germany": "DEU",
    "Turkey": "TUR",
    "North Korea": "PRK",
    "Syria": "SYR",
}
DEMONYMS = {
    "Russian": "RUS",
    "Iranian": "IRN",
    "American": "USA",
    "Chinese": "CHN",
    "Ukrainian": "UKR",
    "Israeli": "ISR",
    "French": "FRA",
    "Western": "the-west",
}
PEOPLE = {"Putin": "vladimir-putin", "Trump": "donald-trump", "Macron": "emmanuel-macron"}
ACTORS = (
    *(Actor(code, code, "state") for code in sorted(set(STATES.values()))),
    Actor("the-west", "the West", "bloc"),
    Actor("vladimir-putin", "Vladimir Putin", "person", "RUS"),
    Actor("donald-trump", "Donald Trump", "person", "USA"),
    Actor("emmanuel-macron", "Emmanuel Macron", "person", "FRA"),
)
_NAMES = {**STATES, **DEMONYMS, **PEOPLE}
_FORMS = dict.fromkeys(DEMONYMS, "demonym")


def mentions_of(text: str) -> list[Mention]:
    return list(mentions_by_name(text, _NAMES, _FORMS))


def relations(text: str, hypothetical: bool = True, **kwargs):
    article = Article(id="t", text=text, published=kwargs.pop("published", None))
    doc = Doc(article)
    return extract(doc, mentions_of(text), ACTORS, hypothetical=hypothetical, **kwargs)


def tuples(text: str, **kwargs) -> set[tuple[str, str, str, bool]]:
    return {(r.source, r.target, r.type, r.negated) for r in relations(text, **kwargs)}


def has(text: str, source: str, target: str, rtype: str, negated: bool = False) -> bool:
    found = tuples(text)
    return (source, target, rtype, negated) in found


def has_tie(text: str, a: str, b: str, rtype: str, negated: bool = False) -> bool:
    found = tuples(text)
    return (a, b, rtype, negated) in found or (b, a, rtype, negated) in found


# -- lexicon ------------------------------------------------------------------------------------


def test_lexicon_verb_morphology():
    assert set(inflect_verb("supply")) == {"supply", "supplies", "supplied", "supplying"}
    assert set(inflect_verb("ban")) == {"ban", "bans", "banned", "banning"}
    assert set(inflect_verb("pressure")) == {"pressure", "pressures", "pressured", "pressuring"}
    assert "visited" in inflect_verb("visit")  # two syllables: no doubling


def test_lexicon_noun_plurals():
    assert "sanctions" in inflect_noun("sanction")
    assert "rivalries" in inflect_noun("rivalry")
    assert inflect_noun("talks") == {"talks": "base"}


def test_lexicon_tokenizer_splits_clitics_and_hyphens():
    words = [t for t, _s, _e in tokenize("russia's drones won't reach iran-israel")]
    assert words == ["russia", "'s", "drones", "wo", "n't", "reach", "iran", "-", "israel"]


def test_lexicon_every_type_is_known():
    from geobrief import model

    types = {t.type for entries in triggers().values() for _k, t in entries}
    assert types - {"INTENT", "REFUSAL", "NONE"} <= set(model.RELATION_TYPES)
    # every PLOVER type and both standing ties have at least one trigger
    assert set(model.RELATION_TYPES) <= types


# -- type families ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target", "rtype"),
    [
        ("Russia has supplied Iran with air-defence systems.", "RUS", "IRN", "AID"),
        ("France supplies artillery shells to Ukraine.", "FRA", "UKR", "AID"),
        ("Iranian drones for Russia crossed the Caspian Sea.", "IRN", "RUS", "AID"),
        ("Russia's support for Iran has grown.", "RUS", "IRN", "SUPPORT"),
        ("US sanctions on Iran were tightened.", "USA", "IRN", "SANCTION"),
        ("Germany imposed new sanctions on Syria.", "DEU", "SYR", "SANCTION"),
        ("Israel attacked Syria overnight.", "ISR", "SYR", "ASSAULT"),
        ("China condemned the United States on Monday.", "CHN", "USA", "ACCUSE"),
        ("Washington threatened Tehran with new tariffs.", "USA", "IRN", "THREATEN"),
        ("Kyiv rejected Moscow's proposal.", "UKR", "RUS", "REJECT"),
        (
            "Macron urged Putin to stop the offensive.",
            "emmanuel-macron",
            "vladimir-putin",
            "REQUEST",
        ),
        ("Turkey pressured Syria to close the border.", "TUR", "SYR", "COERCE"),
        ("Putin visited Tehran in July.", "vladimir-putin", "IRN", "CONSULT"),
        ("Russia will withdraw from Syria.", "RUS", "SYR", "RETREAT"),
        ("Turkey conceded to Russia after a week of talks.", "TUR", "RUS", "CONCEDE"),
    ],
)
def test_relations_type_families(text, source, target, rtype):
    assert has(text, source, target, rtype), tuples(text)


@pytest.mark.parametrize(
    ("text", "a", "b", "rtype"),
    [
        ("Since 2022, Russia and Iran have formed a strategic partnership.", "RUS", "IRN", "ALLY"),
        ("The Russia-Iran partnership deepened.", "RUS", "IRN", "ALLY"),
        ("Tehran has become Moscow's most important ally.", "IRN", "RUS", "ALLY"),
        ("Putin signed a cooperation agreement with Iran.", "vladimir-putin", "IRN", "ALLY"),
        ("The rivalry between China and the United States shapes Asia.", "CHN", "USA", "RIVAL"),
        ("Washington regards Beijing as its main adversary.", "USA", "CHN", "RIVAL"),
        ("France and Germany cooperate on defence.", "FRA", "DEU", "COOPERATE"),
        ("Russian and American diplomats met in Riyadh.", "RUS", "USA", "CONSULT"),
        ("Trump held a phone call with Putin.", "donald-trump", "vladimir-putin", "CONSULT"),
    ],
)
def test_relations_standing_ties_and_symmetric_events(text, a, b, rtype):
    assert has_tie(text, a, b, rtype), tuples(text)


def test_relations_war_between_two_states_goes_both_ways():
    found = tuples("The Iran-Israel war is in its second week.")
    assert ("IRN", "ISR", "ASSAULT", False) in found
    assert ("ISR", "IRN", "ASSAULT", False) in found


def test_relations_possessive_pronoun_holds_the_tie():
    assert has_tie(
        "Putin gains nothing by threatening his Iranian allies.", "vladimir-putin", "IRN", "ALLY"
    )


def test_relations_intent_to_cooperate_is_agree():
    assert has(
        "Putin agreed to assist Trump with the talks.", "vladimir-putin", "donald-trump", "AGREE"
    )


def test_relations_refusal_of_cooperation_is_reject():
    assert has("Iran refused to negotiate with Washington.", "IRN", "USA", "REJECT")


# -- direction ------------------------------------------------------------------------------------


def test_relations_passive_with_by_phrase():
    assert has("Iran was sanctioned by the United States.", "USA", "IRN", "SANCTION")
    assert not has("Iran was sanctioned by the United States.", "IRN", "USA", "SANCTION")


def test_relations_receive_from_is_inverse():
    assert has("Russia received drones from Iran.", "IRN", "RUS", "AID")


def test_relations_coordinated_targets():
    text = "The Kremlin will not break with China, or even Iran and North Korea."
    for target in ("CHN", "IRN", "PRK"):
        assert has(text, "RUS", target, "SANCTION", negated=True)


def test_relations_coordinated_subjects_sign_one_tie():
    found = tuples("Russia and Iran signed a treaty.")
    assert ("RUS", "IRN", "ALLY", False) in found or ("IRN", "RUS", "ALLY", False) in found


def test_relations_symmetric_verb_pairs_subject_with_each_object():
    found = tuples("Russia cooperates with China and Iran.")
    assert {("RUS", "CHN"), ("RUS", "IRN")} <= {(s, t) for s, t, _ty, _n in found}
    assert not any({s, t} == {"CHN", "IRN"} for s, t, _ty, _n in found)


def test_relations_participial_clause_borrows_the_subject():
    assert has("Moscow played both sides, while secretly assisting Iran.", "RUS", "IRN", "AID")


def test_relations_plural_anaphor_reads_the_previous_group():
    text = "Russia traded with China and Iran. It keeps cooperating with these countries."
    found = tuples(text)
    assert ("RUS", "IRN", "COOPERATE", False) in found or (
        "IRN",
        "RUS",
        "COOPERATE",
        False,
    ) in found


def test_relations_personal_pronoun_resolves_to_the_last_person():
    text = "Trump spoke on Monday. He then threatened Iran."
    assert has(text, "donald-trump", "IRN", "THREATEN")


def test_relations_person_and_own_state_are_not_related():
    found = tuples("Trump and the United States agreed a deal.")
    assert not any({s, t} == {"donald-trump", "USA"} for s, t, _ty, _n in found)


# -- negation -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target", "rtype"),
    [
        ("Russia did not supply Iran with fighter jets.", "RUS", "IRN", "AID"),
        ("Russia cannot truly assist Iran.", "RUS", "IRN", "AID"),
        ("China will never attack Taiwan or Japan.", None, None, None),
        ("Iranian leadership is far from aligned with Moscow.", "IRN", "RUS", "ALLY"),
        ("Russia is not willing to defend Iran.", "RUS", "IRN", "SUPPORT"),
        ("The treaty stops short of a mutual defence pact with Iran.", None, None, None),
    ],
)
def test_relations_negation(text, source, target, rtype):
    found = relations(text)
    if source is None:
        return  # the sentence must simply not fail
    match = [r for r in found if (r.source, r.target, r.type) == (source, target, rtype)]
    assert match, found
    assert all(r.negated for r in match)


def test_relations_not_only_does_not_negate():
    found = relations("Russia not only supplies Iran with drones but trains its pilots.")
    assert any(r.type == "AID" and not r.negated for r in found)


def test_relations_no_before_the_noun_negates_it():
    found = relations("Russia signed no alliance with Iran.")
    assert [r.negated for r in found if r.type == "ALLY"] == [True]


# -- mode -----------------------------------------------------------------------------------------


def mode_of(text: str, rtype: str, **kwargs) -> str:
    found = [r for r in relations(text, **kwargs) if r.type == rtype]
    assert found, relations(text, **kwargs)
    return found[0].mode


def test_relations_mode_hypothetical():
    assert mode_of("Russia could supply Iran with fighter jets.", "AID") == "hypothetical"
    assert (
        mode_of("If Russia attacks Ukraine again, Europe will respond.", "ASSAULT")
        == "hypothetical"
    )
    assert mode_of("Moscow might recognise Tehran's claims.", "SUPPORT") == "hypothetical"


def test_relations_mode_future():
    assert mode_of("China will supply Russia with drones.", "AID") == "future"
    assert mode_of("Israel plans to attack Iran.", "ASSAULT") == "future"


def test_relations_mode_historical_needs_an_explicit_past_time():
    text = "In 2014, Russia invaded Ukraine."
    times = [TimeRef(Span(3, 7), "2014", "2014", "year")]
    article = Article(id="t", text=text, published=dt.date(2025, 3, 1))
    found = extract(Doc(article), mentions_of(text), ACTORS, times)
    assert [(r.mode, r.time) for r in found] == [("historical", "2014")]
    # the same clause without a time is simply asserted
    assert mode_of("Russia invaded Ukraine.", "ASSAULT") == "asserted"


def test_relations_since_marks_an_ongoing_tie_not_history():
    text = "Since 2022, Russia and Iran have formed a partnership."
    times = [TimeRef(Span(6, 10), "2022", "2022", "year")]
    article = Article(id="t", text=text, published=dt.date(2025, 3, 1))
    found = extract(Doc(article), mentions_of(text), ACTORS, times)
    assert found and found[0].mode == "asserted" and found[0].time == "2022"


def test_relations_hypothetical_can_be_left_out():
    text = "Russia could supply Iran with fighter jets."
    assert relations(text, hypothetical=False) == []


def test_relations_presupposed_tie_survives_a_modal():
    text = "Washington should reengage with its French allies."
    assert mode_of(text, "ALLY") == "asserted"


def test_relations_purpose_infinitive_is_not_asserted():
    assert mode_of("Trump wants to use Putin to pressure Iran.", "COERCE") == "hypothetical"


def test_relations_claim_index():
    text = "The minister said that Russia has supplied Iran with drones."
    claim = Claim(Span(23, len(text) - 1), text[23 : len(text) - 1], speaker="author")
    article = Article(id="t", text=text)
    found = extract(Doc(article), mentions_of(text), ACTORS, (), (claim,))
    assert [r.claim for r in found] == [0]


# -- through the pipeline ------------------------------------------------------------------------


def _plugin():
    import geobrief

    class Plugin:
        @geobrief.hookimpl
        def geobrief_catalog(self):
            return ACTORS

        @geobrief.hookimpl
        def geobrief_mentions(self, article):
            return mentions_of(article.text)

    return Plugin()


def test_relations_hook_runs_in_the_pipeline():
    import geobrief_relations

    with pipeline_with(_plugin(), geobrief_relations) as pipeline:
        result = pipeline.run("Iran has supplied Russia with thousands of drones.")
    assert not result.errors
    assert [(r.source, r.target, r.type) for r in result.relationships] == [("IRN", "RUS", "AID")]
    assert_spans_consistent(result)


def test_relations_hook_keeps_hypothetical_relations_marked():
    text = "Russia could supply Iran with fighter jets."
    article = Article(id="t", text=text)
    args = {
        "doc": Doc(article),
        "actors": ACTORS,
        "mentions": tuple(mentions_of(text)),
        "times": (),
        "claims": (),
    }
    assert [r.mode for r in geobrief_links(**args)] == ["hypothetical"]


# -- properties -----------------------------------------------------------------------------------

_WORDS = st.sampled_from(
    [
        "Russia", "Iran", "China", "Ukraine", "Iranian", "Putin", "Trump", "and", "or", "not",
        "supplied", "sanctions", "on", "with", "to", "for", "partnership", "ally", "'s", "the",
        "will", "could", "if", "that", "which", "attacked", "was", "by", "talks", "refused",
        "agreed", ",", ";", "-", "\u2014", "no", "never", "its", "his", "their", "these countries",
        "war", "rival", "support", "He", "met", "drones", "against", "between",
    ]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, min_size=0, max_size=30))
def test_relations_property_spans_and_fields_are_sound(words):
    text = " ".join(words) + "."
    article = Article(id="t", text=text, published=dt.date(2025, 1, 1))
    doc = Doc(article)
    found = extract(doc, mentions_of(text), ACTORS, hypothetical=True)
    known = {a.id for a in ACTORS}
    for r in found:
        assert r.text == text[r.span.start : r.span.end]
        assert r.source != r.target
        assert {r.source, r.target} <= known
        assert r.trigger and r.trigger.lower() in r.text.lower()
        assert r.mode in ("asserted", "hypothetical", "future", "historical")


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=20), st.sampled_from(["Russia", "Iran", "China"]))
def test_relations_property_default_excludes_only_hypotheticals(words, name):
    text = " ".join([name, *words]) + "."
    everything = relations(text, hypothetical=True)
    asserted = relations(text, hypothetical=False)
    assert asserted == [r for r in everything if r.mode != "hypothetical"]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["supplied", "attacked", "sanctioned", "threatened", "condemned"]))
def test_relations_property_passive_flips_active(verb):
    active = tuples(f"Russia {verb} Iran.")
    passive = tuples(f"Iran was {verb} by Russia.")
    assert active and active == passive
