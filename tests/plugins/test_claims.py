"""Tests of the claims plugin: every attribution order, speakers, quotations, modality, author
thesis statements, and properties over generated text."""

from __future__ import annotations

import re

import geobrief_claims
import pytest
from geobrief_claims.extract import extract_claims
from geobrief_claims.lexicon import lexicon
from geobrief_claims.speakers import slug
from hypothesis import given, settings
from hypothesis import strategies as st

from geobrief import Actor, Article, Claim, Mention, hookimpl
from geobrief.testing import assert_spans_consistent, pipeline_with
from geobrief.text import Doc

PEOPLE = {
    "Anna Petrova": "anna-petrova",
    "Petrova": "anna-petrova",
    "John Okafor": "john-okafor",
    "Okafor": "john-okafor",
    "Lena Brandt": "lena-brandt",
    "Brandt": "lena-brandt",
}
STATES = {
    "Iran": "IRN",
    "Iranian": "IRN",
    "Tehran": "IRN",
    "Russia": "RUS",
    "Russian": "RUS",
    "Moscow": "RUS",
    "France": "FRA",
    "U.S.": "USA",
    "Washington": "USA",
}
FORMS = {"Iranian": "demonym", "Russian": "demonym", "Tehran": "capital", "Moscow": "capital"}
ACTORS = (
    Actor("anna-petrova", "Anna Petrova", kind="person", country="RUS"),
    Actor("john-okafor", "John Okafor", kind="person", country="NGA"),
    Actor("lena-brandt", "Lena Brandt", kind="person", country="DEU"),
    Actor("IRN", "Iran", kind="state"),
    Actor("RUS", "Russia", kind="state"),
    Actor("FRA", "France", kind="state"),
    Actor("USA", "United States", kind="state"),
)
_SURFACES = sorted({**PEOPLE, **STATES}, key=len, reverse=True)
_SURFACE_RE = re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, _SURFACES)) + r")(?![\w])")


def mentions_of(text: str) -> tuple[Mention, ...]:
    """Mentions of the test actors, the way a mentions stage would report them."""
    out = []
    for m in _SURFACE_RE.finditer(text):
        surface = m.group()
        actor = PEOPLE.get(surface) or STATES[surface]
        out.append(Mention(actor, (m.start(), m.end()), surface, FORMS.get(surface, "name")))
    return tuple(out)


def run(text: str, author: bool = False) -> tuple[list[Claim], list[Mention], list[Actor]]:
    article = Article(id="t", text=text)
    return extract_claims(Doc(article), ACTORS, mentions_of(text), author=author)


def claims(text: str) -> list[Claim]:
    return run(text)[0]


def only(text: str) -> Claim:
    found = claims(text)
    assert len(found) == 1, found
    return found[0]


def check_claim(text: str, claim: Claim) -> None:
    assert claim.text == text[claim.span.start : claim.span.end]
    if claim.cue_span is not None:
        assert not claim.span.overlaps(claim.cue_span)
        assert claim.cue == text[claim.cue_span.start : claim.cue_span.end]
    if claim.speaker_span is not None:
        assert claim.speaker_name == text[claim.speaker_span.start : claim.speaker_span.end]


# -- the lexicon ---------------------------------------------------------------------------------


def test_claims_lexicon_has_at_least_80_cues_with_inflections_nouns_and_phrases():
    lex = lexicon()
    assert lex.cue_count >= 80
    for form in ("said", "says", "saying", "according to", "pointed out", "cautioned", "denied"):
        assert form in lex.cues, form
    assert any(c.pos == "noun" for cues in lex.cues.values() for c in cues)
    assert lex.cue_re.search("he made it clear that")


# -- orders --------------------------------------------------------------------------------------


def test_claims_speaker_said_that_content():
    text = "Anna Petrova said that the sanctions had failed to change Iran's course."
    c = only(text)
    check_claim(text, c)
    assert c.speaker == "anna-petrova"
    assert c.cue == "said"
    assert c.text == "the sanctions had failed to change Iran's course"
    assert not c.direct


def test_claims_speaker_said_without_that():
    text = "Okafor argued the talks would collapse within a week."
    c = only(text)
    assert (c.speaker, c.cue) == ("john-okafor", "argued")
    assert c.text.startswith("the talks would collapse")


def test_claims_content_then_speaker_and_cue():
    text = "The ceasefire will not hold beyond the winter, Brandt said."
    c = only(text)
    check_claim(text, c)
    assert c.speaker == "lena-brandt"
    assert c.text == "The ceasefire will not hold beyond the winter"
    assert c.modality == "negated"


def test_claims_content_then_inverted_cue_and_speaker():
    text = "The talks have stalled over enrichment, said Anna Petrova."
    c = only(text)
    assert c.speaker == "anna-petrova"
    assert c.text == "The talks have stalled over enrichment"


def test_claims_quotation_before_cue():
    text = "\u201cWe will not negotiate under threats,\u201d Okafor said."
    c = only(text)
    check_claim(text, c)
    assert c.direct
    assert c.speaker == "john-okafor"
    assert c.text == "We will not negotiate under threats"


def test_claims_quotation_after_cue_with_colon_and_comma():
    for text in (
        'Brandt told reporters: "The pipeline is finished and nobody will revive it."',
        'Brandt said, "The pipeline is finished and nobody will revive it."',
    ):
        c = only(text)
        check_claim(text, c)
        assert c.direct and c.speaker == "lena-brandt"
        assert c.text.startswith("The pipeline is finished")


def test_claims_speaker_colon_quotation():
    text = 'Petrova: "Moscow has no interest in a wider war."'
    c = only(text)
    assert c.direct and c.speaker == "anna-petrova"
    assert c.text == "Moscow has no interest in a wider war"


def test_claims_quotation_split_around_cue_and_continued_in_next_sentence():
    text = (
        "\u201cThe deal is dead,\u201d Okafor observed. "
        "\u201cNobody in Tehran believes otherwise any more.\u201d"
    )
    found = claims(text)
    assert [c.speaker for c in found] == ["john-okafor", "john-okafor"]
    assert found[1].text == "Nobody in Tehran believes otherwise any more"
    assert all(c.direct for c in found)


def test_claims_multi_sentence_quotation_is_one_claim():
    text = (
        '"Russia cannot win this. The front has not moved in a year. Everyone knows it," '
        "Petrova wrote."
    )
    c = only(text)
    assert c.text.startswith("Russia cannot win this.")
    assert c.text.endswith("Everyone knows it")
    assert c.cue == "wrote"


def test_claims_quotation_running_over_two_paragraphs():
    text = (
        'Brandt said: "The first phase of the plan is already late.\n'
        '"The second phase has not even been funded, and nobody has asked why."\n'
        "France announced new aid on Monday."
    )
    found = claims(text)
    assert len(found) == 1
    c = found[0]
    assert c.speaker == "lena-brandt" and c.direct
    assert "first phase" in c.text and "second phase" in c.text


def test_claims_according_to_before_and_after():
    first = only("According to Anna Petrova, the embargo has cut exports by half.")
    assert first.speaker == "anna-petrova" and first.cue == "According to"
    assert first.text == "the embargo has cut exports by half"
    second = only("The embargo has cut exports by half, according to Okafor.")
    assert second.speaker == "john-okafor"
    assert second.text == "The embargo has cut exports by half"


def test_claims_according_to_skips_an_appositive():
    text = "According to John Okafor, director of the Lagos Policy Centre, the vote may be delayed."
    c = only(text)
    assert c.speaker == "john-okafor"
    assert c.text == "the vote may be delayed"
    assert c.modality == "hedged"


def test_claims_speaker_with_relative_clause_before_cue():
    text = "Petrova, who served two terms as envoy to Tehran, said the embassy would reopen."
    c = only(text)
    assert c.speaker == "anna-petrova"
    assert c.text == "the embassy would reopen"


def test_claims_participle_adds_a_second_claim_for_the_same_speaker():
    text = "Okafor said the convoy had arrived, adding that more trucks were waiting."
    found = claims(text)
    assert [(c.speaker, c.cue) for c in found] == [
        ("john-okafor", "said"),
        ("john-okafor", "adding"),
    ]
    assert found[0].text == "the convoy had arrived"


def test_claims_multiword_cues_and_noun_cues():
    c = only("Iran has made it clear that it will not give up enrichment.")
    assert (c.speaker, c.cue) == ("IRN", "made it clear")
    c = only("Brandt pointed out that the reactor is still offline.")
    assert c.cue == "pointed out" and c.speaker == "lena-brandt"
    c = only("Petrova's view is that the blockade cannot last.")
    assert (c.speaker, c.cue) == ("anna-petrova", "view")
    assert c.text == "the blockade cannot last"


def test_claims_view_as_and_in_their_eyes():
    c = only("Russian elites view the deal as a trap.")
    assert c.speaker == "RUS" and c.speaker_role == "elite"
    assert c.text == "the deal as a trap"
    text = "Russian elites distrust Washington. In their eyes, the deal is a trap."
    assert [c.speaker for c in claims(text)] == ["RUS"]


# -- speakers ------------------------------------------------------------------------------------


def test_claims_pronoun_resolves_to_latest_person_outside_quotations():
    text = (
        'Anna Petrova spoke in Geneva on Friday. "If Okafor signs, Brandt will follow," she said.'
    )
    c = only(text)
    assert c.speaker == "anna-petrova"
    assert c.speaker_name == "she"


def test_claims_pronoun_prefers_the_newest_person_named_in_a_later_sentence():
    text = (
        "Petrova said the border was calm. Later, Okafor visited the crossing. "
        "He said the guards had left."
    )
    assert [c.speaker for c in claims(text)] == ["anna-petrova", "john-okafor"]


def test_claims_role_nouns_are_unnamed_speakers():
    c = only("A senior official said the talks would resume next week.")
    assert c.speaker is None
    assert c.speaker_role == "official"
    assert c.speaker_name == "A senior official"
    c = only("The analyst noted that grain prices had doubled.")
    assert c.speaker is None and c.speaker_role == "analyst"


def test_claims_role_noun_with_a_state_is_credited_to_the_state():
    c = only("Iranian officials said the inspectors would be allowed back.")
    assert c.speaker == "IRN" and c.speaker_role == "official"


def test_claims_unknown_speaker_gets_a_mention_and_an_actor():
    text = "Farida Haddad, a researcher at the institute, warned that the dam could fail."
    found, new_mentions, new_actors = run(text)
    assert [c.speaker for c in found] == ["farida-haddad"]
    assert [a.id for a in new_actors] == ["farida-haddad"]
    assert new_actors[0].kind == "person"
    assert [m.text for m in new_mentions] == ["Farida Haddad"]
    assert found[0].modality == "hedged"


def test_claims_surname_reuses_the_full_name_id():
    text = "Farida Haddad spoke first. Later, Haddad said the dam was safe."
    found, _, actors = run(text)
    assert [c.speaker for c in found] == ["farida-haddad"]
    assert [a.id for a in actors] == ["farida-haddad"]


def test_claims_slug_folds_accents():
    assert slug("Recep Tayyip Erdo\u011fan") == "recep-tayyip-erdogan"


# -- what is not a claim -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Burton claims that his favorite book is "One Hundred Years of Solitude".',
        'Petrova thinks that cats are "cuties".',
        "Moscow is moving towards a \u201cdecade-long recession\u201d with reserves frozen.",
    ],
)
def test_claims_scare_quotes_and_titles_are_not_direct_quotations(text):
    assert not any(c.direct for c in claims(text))


def test_claims_noun_and_gerund_uses_of_cue_words_are_not_claims():
    assert claims("Putin gains nothing by threatening his Iranian allies.") == []
    assert claims("Russia's demands, which will amount to a neutered Ukraine, grew.") == []
    assert claims("The United States preserved its dominant role in Europe.") == []
    assert claims("Early talks have added to tensions in the alliance.") == []


def test_claims_open_questions_and_perceptions_are_not_claims():
    assert claims("Whether Okafor thinks this will lead to a deal is unclear.") == []
    assert claims("Brandt sees an opportunity in the crisis.") == []
    assert claims("Does Petrova believe the plan will work?") == []


# -- modality ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Okafor said the blockade might be lifted soon.", "hedged"),
        ("Okafor said the blockade was likely to end.", "hedged"),
        ("Okafor denied that troops had crossed the border.", "negated"),
        ("Okafor did not say that the border was closed.", "negated"),
        ("Okafor said the troops had not crossed the border.", "negated"),
        ("Iran vowed to rebuild the site within a year.", "future"),
        ("Okafor said the army will withdraw in May.", "future"),
        ("Okafor said the army withdrew in May.", "asserted"),
    ],
)
def test_claims_modality(text, modality):
    assert only(text).modality == modality


# -- the author's voice --------------------------------------------------------------------------


ESSAY = "\n".join(
    [
        "Washington's bet on Moscow will fail.",
        "The White House thinks Russia can be turned against Iran. That is a fantasy.",
        "Russia gains nothing by abandoning Tehran. The partnership has only grown stronger. "
        "Washington is wrong to assume that Moscow wants a deal.",
        "In March, Russia and Iran signed a treaty. In April, they held joint drills. "
        "In May, trade rose by 12 percent.",
        "Petrova said the drills were routine. She added that more were planned.",
        "Officials met in Riyadh in June. Delegations exchanged lists of prisoners. "
        "The meeting lasted three hours.",
        "However, the real flaw in the plan is that it rewards Moscow for doing nothing.",
        "Washington should work with its allies instead. Otherwise the bet will end in failure.",
    ]
)


def test_claims_author_thesis_statements_are_few_and_unattributed():
    article = Article(id="essay", text=ESSAY, title="Washington's bet on Moscow will fail")
    found, _, _ = extract_claims(Doc(article), ACTORS, mentions_of(ESSAY))
    author = [c for c in found if c.speaker == "author"]
    others = [c for c in found if c.speaker != "author"]
    assert 1 <= len(author) <= 8
    assert any("real flaw" in c.text for c in author)
    assert any("should work with its allies" in c.text for c in author)
    assert not any(c.text.startswith("In March") for c in author)
    for c in author:
        assert not any(c.span.overlaps(o.span) for o in others if o.speaker == "anna-petrova")
    assert {c.speaker for c in others} >= {"anna-petrova"}


def test_claims_author_statements_stop_at_eight():
    paragraphs = [
        f"Sanctions policy number {i} is a serious mistake and it will fail badly."
        for i in range(60)
    ]
    text = "\n".join(paragraphs)
    article = Article(id="long", text=text)
    found, _, _ = extract_claims(Doc(article), ACTORS, ())
    assert len([c for c in found if c.speaker == "author"]) == 8


# -- through the pipeline ------------------------------------------------------------------------


class _Mentions:
    @staticmethod
    @hookimpl
    def geobrief_mentions(article):
        return [*ACTORS, *mentions_of(article.text)]


def test_claims_plugin_runs_in_the_pipeline_with_consistent_spans():
    text = (
        "According to Anna Petrova, the talks may resume.\n"
        '"We are ready," Okafor said. Farida Haddad said the offer was a trick.'
    )
    with pipeline_with(_Mentions(), geobrief_claims) as pipeline:
        result = pipeline.run(Article.from_text(text))
    assert not result.errors
    assert_spans_consistent(result)
    assert {c.speaker for c in result.claims} >= {"anna-petrova", "john-okafor", "farida-haddad"}
    assert result.actor("farida-haddad") is not None


# -- properties ----------------------------------------------------------------------------------

_FRAGMENTS = [
    "Petrova said",
    "that",
    "the talks failed",
    ",",
    ".",
    '"',
    "\u201c",
    "\u201d",
    "according to",
    "Okafor",
    "he",
    "she added",
    "Iranian officials",
    ":",
    "\n",
    "may",
    "not",
    "who",
    "warned",
    "Tehran",
    "the analyst noted",
    "In their eyes,",
    "denied",
    "'",
    "Brandt's view is that",
    "views it as",
    "?",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=40), st.booleans())
def test_claims_property_no_crash_spans_consistent_content_excludes_cue(parts, spaced):
    text = (" " if spaced else "").join(parts)
    article = Article(id="p", text=text)
    found, new_mentions, new_actors = extract_claims(
        Doc(article), ACTORS, mentions_of(text), author=True
    )
    ids = {a.id for a in ACTORS} | {a.id for a in new_actors}
    for c in found:
        check_claim(text, c)
        assert 0 <= c.span.start < c.span.end <= len(text)
    for m in new_mentions:
        assert m.text == text[m.span.start : m.span.end] and m.actor in ids


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab Xy.\"\u201c\u201d,:\n'?"), max_size=200))
def test_claims_property_arbitrary_text(text):
    article = Article(id="p", text=text)
    found, _, _ = extract_claims(Doc(article), ACTORS, (), author=True)
    for c in found:
        check_claim(text, c)


def test_claims_evidential_cues_need_a_document_source_and_a_clause():
    c = only("A new poll shows that most voters oppose the war.")
    assert c.speaker is None and c.speaker_role == "poll" and c.cue == "shows"
    assert claims("The deal's collapse has shown that pressure fails.") == []
    assert claims("Iran has shown interest in direct talks.") == []


def test_claims_quotation_signed_with_a_dash():
    c = only("\u201cWe can build a wall around the problem.\u201d \u2015 Anna Petrova")
    assert c.speaker == "anna-petrova" and c.direct and c.cue is None
