"""The stances plugin on general constructions: who holds a stance (the agent, never an actor
merely mentioned in the clause), support and opposition predicates, labelling, answers to
accusations, recommendations in the author's voice, and what is only alleged, requested,
imagined or quoted. Every sentence here is written for the test."""

from __future__ import annotations

import re

import pytest
from geobrief_stances import Settings, find_stances

from geobrief import Actor, Article, Claim, Mention, Span
from geobrief.text import Doc

ACTORS = {
    "Russia": ("RUS", "state", "name"),
    "Moscow": ("RUS", "state", "capital"),
    "Russian": ("RUS", "state", "demonym"),
    "Iran": ("IRN", "state", "name"),
    "Iranian": ("IRN", "state", "demonym"),
    "Washington": ("USA", "state", "capital"),
    "the United States": ("USA", "state", "name"),
    "China": ("CHN", "state", "name"),
    "Beijing": ("CHN", "state", "capital"),
    "Hong Kong": ("HKG", "state", "name"),
    "France": ("FRA", "state", "name"),
    "French": ("FRA", "state", "demonym"),
    "Israel": ("ISR", "state", "name"),
    "Israeli": ("ISR", "state", "demonym"),
    "Georgia": ("GEO", "state", "name"),
    "Serbia": ("SRB", "state", "name"),
    "Kosovo": ("XKX", "state", "name"),
    "Chad": ("TCD", "state", "name"),
    "Sudan": ("SDN", "state", "name"),
    "Niger": ("NER", "state", "name"),
    "Benin": ("BEN", "state", "name"),
    "Togo": ("TGO", "state", "name"),
    "Peru": ("PER", "state", "name"),
    "Chile": ("CHL", "state", "name"),
    "Western": ("the-west", "bloc", "demonym"),
    "NATO": ("nato", "organization", "acronym"),
    "the Hashed Front": ("hashed-front", "group", "name"),
    "The Hashed Front": ("hashed-front", "group", "name"),
    "The United States": ("USA", "state", "name"),
    "Putin": ("vladimir-putin", "person", "name"),
    "Lavrov": ("sergey-lavrov", "person", "name"),
    "Anna Vogel": ("anna-vogel", "person", "name"),
    "Omar Said": ("omar-said", "person", "name"),
    "Idriss Kane": ("idriss-kane", "person", "name"),
    "Lena Park": ("lena-park", "person", "name"),
}
_NAMES = re.compile(
    r"(?<![\w-])(" + "|".join(sorted(map(re.escape, ACTORS), key=len, reverse=True)) + r")(?![\w-])"
)
# sentence-level rules: the article-level calibration is tested in test_stances_round2.py
ONE = Settings(
    min_author_mentions=1,
    min_author_strength=None,
    max_author_targets=99,
    pairs_base=99,
    max_report_share=1.0,
    min_author_voice=0.0,
)
COUNTRY = {"idriss-kane": "TCD", "hashed-front": "TCD"}


def _inputs(text: str) -> tuple[Doc, list[Mention], list[Actor]]:
    doc = Doc(Article(id="t", text=text))
    mentions = [
        Mention(ACTORS[m.group()][0], Span.of_match(m), m.group(), ACTORS[m.group()][2])
        for m in _NAMES.finditer(text)
    ]
    actors = {
        ACTORS[m.text][0]: Actor(m.actor, m.actor, ACTORS[m.text][1], country=COUNTRY.get(m.actor))
        for m in mentions
    }
    return doc, mentions, list(actors.values())


def _claim(text: str, content: str, speaker: str, who: str) -> Claim:
    start = text.index(content)
    s = text.index(who)
    return Claim(
        Span(start, start + len(content)), content, speaker, speaker_span=Span(s, s + len(who))
    )


def stances(text: str, claims: tuple[Claim, ...] = (), settings: Settings = ONE) -> dict:
    """``{(holder, target): polarity}``."""
    doc, mentions, actors = _inputs(text)
    return {
        (s.holder, s.target): s.polarity
        for s in find_stances(doc, mentions, actors, claims, settings)
    }


def holders(found: dict) -> set[str]:
    return {h for h, _ in found}


# -- holders: the agent, never an actor merely mentioned --------------------------------------


def test_stances_general_apposition_is_not_the_holder() -> None:
    found = stances("Lavrov, an adviser to Putin, condemned France.")
    assert found[("sergey-lavrov", "FRA")] < 0
    assert "vladimir-putin" not in holders(found)


def test_stances_general_relative_clause_is_not_the_holder() -> None:
    found = stances("Anna Vogel, who met Putin in May, criticised Russia.")
    assert found[("anna-vogel", "RUS")] < 0
    assert "vladimir-putin" not in holders(found)


def test_stances_general_place_in_a_list_before_a_comma_is_not_the_holder() -> None:
    found = stances(
        "The United States imposed sanctions on firms in China and Hong Kong, "
        "stepping up pressure on Iran."
    )
    assert found[("USA", "IRN")] < 0
    assert not {"CHN", "HKG"} & holders(found)


def test_stances_general_actors_asked_to_act_are_not_holders() -> None:
    found = stances("Putin called on the United States and France to pressure Israel.")
    assert ("FRA", "ISR") not in found and ("USA", "ISR") not in found
    found = stances("Lavrov urged Serbia to recognise Kosovo and asked Georgia to support Russia.")
    assert ("SRB", "XKX") not in found and ("GEO", "RUS") not in found


def test_stances_general_helping_to_mediate_between_is_not_support_for_either() -> None:
    found = stances("Beijing offered to help mediate between Washington and Moscow.")
    assert ("CHN", "USA") not in found and ("CHN", "RUS") not in found


def test_stances_general_object_relative_swaps_the_roles() -> None:
    found = stances("Iran, which Western governments accuse of arming the Hashed Front, denied it.")
    assert found[("the-west", "IRN")] < 0
    # what Iran is accused of is not asserted, and the accusers do not attack the group
    assert ("IRN", "hashed-front") not in found
    assert ("the-west", "hashed-front") not in found


def test_stances_general_accused_of_is_alleged_not_asserted() -> None:
    found = stances("Lavrov accused France of arming Georgia.")
    assert found[("sergey-lavrov", "FRA")] < 0
    assert ("FRA", "GEO") not in found
    found = stances("Iran was accused of supplying Russia.")
    assert ("IRN", "RUS") not in found


def test_stances_general_coordinated_list_and_governments_in_each_state() -> None:
    found = stances("The juntas in Chad, Niger and Benin expelled French troops.")
    for state in ("TCD", "NER", "BEN"):
        assert found[(state, "FRA")] < 0
    found = stances("Peru, Chile and Georgia condemned Russia.")
    assert {found[(s, "RUS")] < 0 for s in ("PER", "CHL", "GEO")} == {True}


def test_stances_general_object_pronoun_is_the_last_other_person() -> None:
    found = stances("Omar Said is under pressure. Anna Vogel accuses him of betraying the country.")
    assert found[("anna-vogel", "omar-said")] < 0


def test_stances_general_support_from_names_its_agent_after() -> None:
    found = stances("Georgia bowed to pressure from Moscow.")
    assert ("GEO", "RUS") not in found


# -- support and opposition predicates ----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "holder", "target", "sign"),
    [
        ("Serbia sealed the border in solidarity with Russia.", "SRB", "RUS", 1),
        ("Chile objected to Peru's proposal.", "CHL", "PER", -1),
        ("France slammed Iran over the seizure.", "FRA", "IRN", -1),
        ("Moscow congratulated Serbia on the vote.", "RUS", "SRB", 1),
        ("The Hashed Front fired on Israeli patrols.", "hashed-front", "ISR", -1),
        ("Georgia stood with France throughout the crisis.", "GEO", "FRA", 1),
        ("The Hashed Front overran Chad's northern garrison.", "hashed-front", "TCD", -1),
        ("China, Iran's main arms supplier, denied the report.", "CHN", "IRN", 1),
        ("Peru repeated its demand that Chile withdraw.", "PER", "CHL", -1),
    ],
)
def test_stances_general_predicates(sentence, holder, target, sign) -> None:
    found = stances(sentence)
    assert found[(holder, target)] * sign > 0


def test_stances_general_hedged_role_noun_is_no_tie() -> None:
    found = stances("Russia, Serbia's nominal ally, stayed silent.")
    assert ("SRB", "RUS") not in found and ("author", "SRB") not in found
    found = stances("Russia, Serbia's closest ally, stayed silent.")
    assert found[("SRB", "RUS")] > 0


# -- labelling and answers to accusations -----------------------------------------------------------


def test_stances_general_labelling_takes_the_valence_of_the_label() -> None:
    found = stances("Putin called France a reckless aggressor.")
    assert found[("vladimir-putin", "FRA")] < 0
    found = stances("Lavrov described Serbia as a reliable and constructive partner.")
    assert found[("sergey-lavrov", "SRB")] > 0
    # a decision to label: the possessor labels
    found = stances("Anna Vogel's decision to label Iran a hostile power angered many.")
    assert found[("anna-vogel", "IRN")] < 0
    # the label's target is the actor named in the object ("Israeli strikes" are Israel's)
    found = stances("Omar Said called Israeli strikes on Chad a flagrant violation of the law.")
    assert found[("omar-said", "ISR")] < 0


def test_stances_general_calling_on_or_for_is_not_labelling() -> None:
    found = stances("Lavrov called on Serbia to show restraint.")
    assert ("sergey-lavrov", "SRB") not in found
    found = stances("France called for calm and a peaceful solution.")
    assert not found


def test_stances_general_rejecting_an_accusation_answers_the_accuser() -> None:
    text = (
        "Chile accused Peru of hiding the data. "
        "Peru's government rejected the accusations as politically motivated."
    )
    found = stances(text)
    assert found[("CHL", "PER")] < 0
    assert found[("PER", "CHL")] < 0
    assert (
        "author",
        "PER",
    ) not in found  # "politically motivated" is Peru's label, not a judgement


def test_stances_general_denying_the_charges_answers_the_accuser() -> None:
    found = stances("Chile accused Peru of spying. Two days later Peru denied the charges.")
    assert found[("PER", "CHL")] < 0
    # a denial with no accusation before it answers nobody
    assert ("PER", "CHL") not in stances("Peru denied the charges. Chile is a neighbour.")


def test_stances_general_a_charge_called_baseless_answers_the_claim_it_labels() -> None:
    text = "Chile said the mine poisoned its rivers, a charge Peru called baseless."
    claims = (_claim(text, "the mine poisoned its rivers", "CHL", "Chile"),)
    found = stances(text, claims)
    assert found[("PER", "CHL")] < 0


# -- what is imagined, unasserted, recommended or quoted ----------------------------------------------


def test_stances_general_imagined_relation_is_no_stance() -> None:
    found = stances("Serbia would recognise Kosovo only once the talks succeed.")
    assert ("SRB", "XKX") not in found
    found = stances("Moscow could attack Georgia if the talks fail.")
    assert ("RUS", "GEO") not in found
    # a modal far from the predicate does not imagine it
    found = stances("The delay may be linked to efforts by Washington to pressure Iran.")
    assert found[("USA", "IRN")] < 0


def test_stances_general_negated_matrix_leaves_its_complement_unasserted() -> None:
    found = stances("None of this means Washington has abandoned Georgia.")
    assert ("USA", "GEO") not in found
    found = stances("That does not mean France supports Iran.")
    assert ("FRA", "IRN") not in found


def test_stances_general_should_and_must_are_the_authors_recommendation() -> None:
    found = stances("Washington should sanction Iran without delay.")
    assert found[("author", "IRN")] < 0
    assert ("USA", "IRN") not in found
    found = stances("France must stand with Georgia.")
    assert found[("author", "GEO")] > 0


def test_stances_general_quoted_words_are_not_the_authors() -> None:
    found = stances('Israel struck what it called "terrorist infrastructure" in Chad.')
    assert ("author", "ISR") not in found
    # the author's own words still count
    found = stances("Israel is a reckless and brutal aggressor.")
    assert found[("author", "ISR")] < 0


def test_stances_general_comparative_praise_and_blame() -> None:
    assert stances("Chile understands the risks better than anyone.")[("author", "CHL")] > 0
    assert stances("Peru handled the crisis worse than any neighbour.")[("author", "PER")] < 0


def test_stances_general_reported_events_are_not_author_stances() -> None:
    found = stances("The United States approved a new package on Tuesday.")
    assert ("author", "USA") not in found
    found = stances("The Hashed Front fired two missiles on Sunday.")
    assert ("author", "hashed-front") not in found
    # an evaluative predicate of the subject still is one
    found = stances("The Hashed Front is a brutal and lawless militia.")
    assert found[("author", "hashed-front")] < 0


# -- condemning an act named without its agent ---------------------------------------------------


def test_stances_general_condemned_attack_is_the_last_hostile_acts_agent() -> None:
    text = (
        "The Hashed Front fired two rockets at a convoy on Monday. "
        "Officials counted the damage. Lena Park condemned the attack as reckless."
    )
    found = stances(text)
    assert found[("lena-park", "hashed-front")] < 0


def test_stances_general_condemned_attacks_on_the_holders_own_side_first() -> None:
    text = (
        "Israeli jets struck Chad on Sunday, hours after the Hashed Front fired rockets at "
        "Israel. Idriss Kane condemned the attacks."
    )
    found = stances(text)
    assert found[("idriss-kane", "ISR")] < 0
    assert ("idriss-kane", "hashed-front") not in found


def test_stances_general_condemned_attack_with_its_agent_named_is_a_plain_relation() -> None:
    found = stances("The Hashed Front fired on a convoy. Lena Park condemned Israeli strikes.")
    assert found[("lena-park", "ISR")] < 0
    assert ("lena-park", "hashed-front") not in found
