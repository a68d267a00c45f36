"""General constructions of the relations plugin, on sentences and short articles written for
these tests (wire, commentary and analysis styles), with hand-built mentions so that they do not
depend on the actors plugin. Each test names one pattern; none is taken from the corpus."""

from __future__ import annotations

import re

import pytest
from geobrief_relations.engine import extract

from geobrief import Actor, Article, Mention, Span
from geobrief.testing import mentions_by_name
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
    "Israel": "ISR",
    "Lebanon": "LBN",
    "France": "FRA",
    "Germany": "DEU",
    "Turkey": "TUR",
    "Japan": "JPN",
    "Australia": "AUS",
    "Poland": "POL",
    "India": "IND",
    "Lithuania": "LTU",
    "North Korea": "PRK",
    "South Korea": "KOR",
    "Syria": "SYR",
    "Egypt": "EGY",
    "Belarus": "BLR",
    "Philippines": "PHL",
    "Pakistan": "PAK",
}
ORGS = {
    "Hezbollah": "hezbollah",
    "Hamas": "hamas",
    "Houthis": "houthis",
    "United Nations": "un",
    "European Union": "eu",
}
DEMONYMS = {
    "Russian": "RUS",
    "Iranian": "IRN",
    "American": "USA",
    "Chinese": "CHN",
    "Israeli": "ISR",
    "Japanese": "JPN",
    "French": "FRA",
}
PEOPLE = {
    "Mikati": "najib-mikati",
    "Khamenei": "ali-khamenei",
    "Trump": "donald-trump",
    "Putin": "vladimir-putin",
}
ACTORS = (
    *(Actor(code, code, "state") for code in sorted(set(STATES.values()))),
    *(Actor(slug, name, "organization") for name, slug in ORGS.items()),
    Actor("najib-mikati", "Najib Mikati", "person", "LBN"),
    Actor("ali-khamenei", "Ali Khamenei", "person", "IRN"),
    Actor("donald-trump", "Donald Trump", "person", "USA"),
    Actor("vladimir-putin", "Vladimir Putin", "person", "RUS"),
)
_NAMES = {**STATES, **ORGS, **DEMONYMS, **PEOPLE}
_FORMS = dict.fromkeys(DEMONYMS, "demonym")


def mentions_of(text: str) -> list[Mention]:
    return list(mentions_by_name(text, _NAMES, _FORMS))


def relations(text: str):
    doc = Doc(Article(id="t", text=text))
    return extract(doc, mentions_of(text), ACTORS, hypothetical=True)


def tuples(text: str, asserted: bool = False) -> set[tuple[str, str, str, bool]]:
    return {
        (r.source, r.target, r.type, r.negated)
        for r in relations(text)
        if not asserted or r.mode != "hypothetical"
    }


# -- holders are the grammatical subject, not any actor of the clause ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Iran, Hezbollah's main backer, has warned Israel against further escalation.",
        "Iran, a longtime patron of Hezbollah, warned Israel on Monday.",
    ],
)
def test_relations_general_appositive_is_not_the_subject(text):
    found = tuples(text)
    assert ("IRN", "ISR", "THREATEN", False) in found
    assert not any(source == "hezbollah" for source, *_ in found), found


def test_relations_general_comma_apposition_is_no_coordination():
    found = tuples("Washington, Tehran's old enemy, imposed new sanctions on Syria.")
    assert ("USA", "SYR", "SANCTION", False) in found
    assert not any(source == "IRN" for source, *_ in found), found


def test_relations_general_list_with_conjunction_stays_a_group():
    found = tuples("France, Germany and Poland condemned Russia.")
    assert {s for s, t, ty, _ in found if ty == "ACCUSE" and t == "RUS"} == {"FRA", "DEU", "POL"}


# -- participant nouns in apposition -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Iran, Hezbollah's main backer, has stayed silent.",
        "Hezbollah's main backer Iran has stayed silent.",
    ],
)
def test_relations_general_backer_in_apposition(text):
    assert ("IRN", "hezbollah", "SUPPORT", False) in tuples(text)


def test_relations_general_ally_in_apposition_and_of_phrase():
    found = tuples("The Philippines, a treaty ally of the United States, protested against China.")
    assert ("PHL", "USA", "ALLY", False) in found or ("USA", "PHL", "ALLY", False) in found
    assert ("PHL", "CHN", "PROTEST", False) in found


def test_relations_general_allies_including_pairs_each_member_with_the_owner():
    found = tuples("The United States and its allies, including Japan and Australia, met in May.")
    allies = {frozenset((s, t)) for s, t, ty, _ in found if ty == "ALLY"}
    assert frozenset(("USA", "JPN")) in allies and frozenset(("USA", "AUS")) in allies
    assert frozenset(("JPN", "AUS")) not in allies


def test_relations_general_coordinated_subject_of_a_copula_with_participant_noun():
    assert ("RUS", "BLR", "ALLY", False) in tuples("Russia and Belarus are close allies.")


# -- relative clauses ----------------------------------------------------------------------------


def test_relations_general_relative_clause_takes_its_antecedent():
    text = "Russia, which signed a strategic partnership treaty with Iran in January, said nothing."
    found = tuples(text)
    assert ("RUS", "IRN", "ALLY", False) in found or ("IRN", "RUS", "ALLY", False) in found


def test_relations_general_main_verb_after_a_relative_clause():
    text = (
        "The United States imposed sanctions on Iran last week. "
        "Russia, which has close ties to Tehran, criticised the sanctions."
    )
    assert ("RUS", "USA", "ACCUSE", False) in tuples(text)


# -- responses to an earlier event ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israel struck Hezbollah positions overnight. Lebanon condemned the strikes.",
            ("LBN", "ISR", "ACCUSE", False),
        ),
        (
            "The United States imposed sanctions on Iran, and China opposed the sanctions.",
            ("CHN", "USA", "ACCUSE", False),
        ),
        (
            "Washington sent a proposal to Tehran on Monday. Iran rejected the overture.",
            ("IRN", "USA", "REJECT", False),
        ),
        (
            "The European Union imposed tariffs on China. Beijing condemned the move.",
            ("CHN", "eu", "ACCUSE", False),
        ),
        (
            "Turkey sent troops and drones to Syria. Russia welcomed the decision.",
            ("RUS", "TUR", "SUPPORT", False),
        ),
    ],
)
def test_relations_general_response_to_an_earlier_event(text, expected):
    assert expected in tuples(text)


def test_relations_general_response_prefers_the_event_against_the_responder():
    text = (
        "Hezbollah fired rockets at Israel. Israeli jets then struck Lebanon. "
        "Lebanon condemned the attacks."
    )
    found = tuples(text)
    assert ("LBN", "ISR", "ACCUSE", False) in found
    assert ("LBN", "hezbollah", "ACCUSE", False) not in found


def test_relations_general_response_without_an_earlier_event_is_no_relation():
    found = tuples("Turkey opposed the sanctions on Iran.")
    assert not any(ty in ("ACCUSE", "SANCTION") for *_, ty, _n in found), found


def test_relations_general_response_subject_is_not_the_event_agent():
    found = tuples("Turkey condemned the strikes on Syria.")
    assert ("TUR", "SYR", "ASSAULT", False) not in found
    assert ("TUR", "SYR", "ACCUSE", False) not in found


def test_relations_general_condemned_object_is_not_a_later_addressee():
    text = (
        "Israeli jets struck southern Lebanon on Sunday. Mikati condemned the attacks and called "
        "on the United States and France to pressure Israel."
    )
    found = tuples(text)
    assert ("najib-mikati", "USA", "ACCUSE", False) not in found
    assert ("najib-mikati", "FRA", "ACCUSE", False) not in found
    assert ("najib-mikati", "ISR", "ACCUSE", False) in found
    assert ("najib-mikati", "USA", "REQUEST", False) in found


def test_relations_general_possessed_event_is_the_object_of_the_response():
    found = tuples("China condemned Israel's strikes on Syria.")
    assert ("CHN", "ISR", "ACCUSE", False) in found
    assert ("ISR", "SYR", "ASSAULT", False) in found


# -- requests: the addressee does the requested thing --------------------------------------------


def test_relations_general_requested_event_has_the_addressee_as_agent():
    rels = relations("Washington urged Beijing to stop supplying Russia with weapons.")
    found = {(r.source, r.target, r.type, r.negated, r.mode) for r in rels}
    assert ("USA", "CHN", "REQUEST", False, "asserted") in found
    assert ("CHN", "RUS", "AID", True, "hypothetical") in found
    assert not any(s == "USA" and t == "RUS" for s, t, *_ in found)


# -- recipients after the verb's own object --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hezbollah fired a barrage of rockets at northern Israel.", ("hezbollah", "ISR")),
        ("North Korea launched two ballistic missiles toward South Korea.", ("PRK", "KOR")),
        ("Lithuania recalled its ambassador from China.", ("LTU", "CHN")),
        ("India deployed thousands of troops to the border with China.", ("IND", "CHN")),
        ("Egypt mediated between Israel and Hamas.", ("EGY", "hamas")),
    ],
)
def test_relations_general_prepositional_recipient(text, expected):
    assert any((s, t) == expected for s, t, *_ in tuples(text)), tuples(text)


def test_relations_general_prepositional_verbs_need_their_preposition():
    assert tuples("Iran fired its oil minister, a Russian ally.") == set() or not any(
        ty == "ASSAULT" for *_, ty, _n in tuples("Iran fired its oil minister, a Russian ally.")
    )
    found = tuples("Russia launched an investigation into Ukraine's intelligence service.")
    assert ("RUS", "UKR", "ACCUSE", False) in found
    assert ("RUS", "UKR", "ASSAULT", False) not in found


@pytest.mark.parametrize(
    ("text", "rtype"),
    [
        ("Poland expelled Russia's diplomats.", "SANCTION"),
        ("Poland expelled three Russian diplomats on Tuesday.", "SANCTION"),
        ("The United States imposed tariffs on China.", "SANCTION"),
        ("Germany pledged $2 billion in aid to Ukraine.", "AID"),
        ("China and Japan held talks in Beijing.", "CONSULT"),
        ("Japan accused China of violating its airspace.", "ACCUSE"),
    ],
)
def test_relations_general_wire_constructions(text, rtype):
    assert any(ty == rtype for *_, ty, _n in tuples(text)), tuples(text)


# -- nouns that look like verbs ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The United Nations peacekeeping force in Lebanon said it was concerned.",
        "The press in Russia criticised the talks, not China.",
        "Japan's push for a summit with China was welcomed in Beijing.",
        "Russian forces in Syria stayed in their bases.",
    ],
)
def test_relations_general_verb_forms_in_noun_positions_are_no_events(text):
    found = tuples(text)
    assert not any(ty == "COERCE" for *_, ty, _n in found), found
    assert ("RUS", "CHN", "REQUEST", False) not in found


def test_relations_general_artillery_shells_do_not_hide_the_recipient():
    assert ("FRA", "UKR", "AID", False) in tuples("France supplies artillery shells to Ukraine.")


# -- clauses ---------------------------------------------------------------------------------------


def test_relations_general_quotation_ends_before_its_reporting_clause():
    text = '"Iran will keep selling oil to China," Trump said. "Washington will not allow it."'
    found = tuples(text)
    assert ("IRN", "donald-trump", "AID", False) not in found
    assert ("IRN", "CHN", "AID", False) in found


def test_relations_general_comma_and_opens_a_new_clause():
    text = "The United States imposed sanctions on Iran, and China condemned the move."
    found = tuples(text)
    assert ("USA", "CHN", "SANCTION", False) not in found
    assert ("USA", "IRN", "SANCTION", False) in found
    assert ("CHN", "USA", "ACCUSE", False) in found


# -- negation and modality survive the new rules -----------------------------------------------------


def test_relations_general_negated_response():
    text = "Russia attacked Ukraine in February. China did not condemn the attack."
    assert ("CHN", "RUS", "ACCUSE", True) in tuples(text)


def test_relations_general_stopped_is_negation():
    assert ("CHN", "RUS", "AID", True) in tuples("China stopped supplying Russia in March.")


# -- titled names, compounds and "from" agents -----------------------------------------------------


def _titled(text: str):
    """Mentions as a mentions stage reports a titled person: the state and the name apart."""
    people = {"Ilham Aliyev": "ilham-aliyev", "Nikol Pashinyan": "nikol-pashinyan"}
    actors = (
        *ACTORS,
        Actor("ilham-aliyev", "Ilham Aliyev", "person", "AZE"),
        Actor("nikol-pashinyan", "Nikol Pashinyan", "person", "ARM"),
        Actor("AZE", "Azerbaijan", "state"),
        Actor("ARM", "Armenia", "state"),
    )
    demonyms = {"Azerbaijani": "AZE", "Armenian": "ARM"}
    mentions = mentions_of(text)
    for name, actor in {**people, **demonyms}.items():
        for match in re.finditer(re.escape(name), text):
            form = "demonym" if name in demonyms else "name"
            mentions.append(Mention(actor, Span(*match.span()), name, form))
    mentions.sort(key=lambda m: m.span.start)
    doc = Doc(Article(id="t", text=text))
    rels = extract(doc, mentions, actors, hypothetical=True)
    return {(r.source, r.target, r.type, r.negated) for r in rels}


def test_relations_general_state_in_a_title_belongs_to_the_person():
    found = _titled(
        "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met "
        "in Washington."
    )
    assert {frozenset((s, t)) for s, t, ty, _ in found if ty == "CONSULT"} == {
        frozenset(("nikol-pashinyan", "ilham-aliyev"))
    }


def test_relations_general_name_glued_to_a_modifier_is_no_participant():
    found = tuples("The Houthis fired two missiles at a Greek-operated tanker near Israel.")
    assert not any(t == "GRC" for _s, t, *_ in found)
    assert ("IRN", "hezbollah", "SUPPORT", False) in tuples("Iran-backed Hezbollah fired rockets.")


def test_relations_general_from_phrase_is_the_agent_of_an_event_noun():
    found = tuples("Israel bowed to pressure from Washington on Tuesday.")
    assert ("ISR", "USA", "COERCE", False) not in found


# -- participant nouns, agreements, withdrawals ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China, Pakistan's main arms supplier, said nothing.", ("CHN", "PAK", "AID")),
        ("Germany, Ukraine's biggest donor, approved new loans.", ("DEU", "UKR", "AID")),
        ("Hamas, Iran's longtime client, said nothing.", None),
    ],
)
def test_relations_general_supplier_and_donor_nouns(text, expected):
    found = tuples(text)
    if expected is None:
        assert not any(ty == "AID" for *_, ty, _n in found)
    else:
        assert (*expected, False) in found


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas agreed a ceasefire on Sunday.",
        "Egypt signed a peace treaty with Israel in 1979.",
        "The Houthis have kept to a truce with Washington since May.",
    ],
)
def test_relations_general_peace_agreements_are_agree_not_ally(text):
    found = tuples(text)
    assert any(ty == "AGREE" for *_, ty, _n in found), found
    assert not any(ty == "ALLY" for *_, ty, _n in found), found


def test_relations_general_leaving_a_body_is_sanction_leaving_a_country_retreat():
    found = tuples("Syria left the European Union talks. Russia left Syria in December.")
    assert ("RUS", "SYR", "RETREAT", False) in found
    found = tuples("Turkey left the United Nations in protest.")
    assert ("TUR", "un", "SANCTION", False) in found


def test_relations_general_solidarity_is_support():
    assert ("TUR", "SYR", "SUPPORT", False) in tuples(
        "Turkey closed the border in solidarity with Syria."
    )


# -- exchanges, plural anaphors, governments -------------------------------------------------------


def test_relations_general_traded_fire_is_mutual():
    found = tuples("Israel and Hezbollah traded fire across the border.")
    assert {("ISR", "hezbollah"), ("hezbollah", "ISR")} <= {
        (s, t) for s, t, ty, _ in found if ty == "ASSAULT"
    }


def test_relations_general_both_sides_after_a_sentence_without_trigger():
    text = "India and Pakistan were on edge in May. Both sides then traded artillery strikes."
    found = tuples(text)
    assert ("IND", "PAK", "ASSAULT", False) in found and ("PAK", "IND", "ASSAULT", False) in found
    assert not any(ty == "AID" for *_, ty, _n in found)


def test_relations_general_state_acting_through_its_government():
    found = tuples("The governments of Syria and Lebanon expelled French diplomats.")
    assert {s for s, t, ty, _ in found if ty == "SANCTION"} == {"SYR", "LBN"}


# -- allegations, object relatives, resumed main clauses ---------------------------------------------


def test_relations_general_alleged_act_is_the_accused_and_hypothetical():
    rels = relations("The United States accused Iran of arming Hezbollah.")
    found = {(r.source, r.target, r.type, r.mode) for r in rels}
    assert ("USA", "IRN", "ACCUSE", "asserted") in found
    assert ("IRN", "hezbollah", "AID", "hypothetical") in found
    assert not any(s == "USA" and t == "hezbollah" for s, t, *_ in found)


def test_relations_general_denial_answers_the_accuser():
    text = "Israel accused Iran of arming Hezbollah. Iran denied any involvement."
    assert ("IRN", "ISR", "REJECT", False) in tuples(text)


def test_relations_general_object_relative_clause():
    text = "Iran, which Israel accuses of arming Hezbollah, said nothing."
    found = tuples(text)
    assert ("ISR", "IRN", "ACCUSE", False) in found


def test_relations_general_main_clause_resumes_after_relative_clause():
    found = tuples("Russia, which Ukraine attacked in August, urged China to act.")
    assert ("UKR", "RUS", "ASSAULT", False) in found
    assert ("RUS", "CHN", "REQUEST", False) in found
    assert ("UKR", "CHN", "REQUEST", False) not in found


# -- more wire verbs -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Putin said he had spoken with Trump on Friday.",
            ("vladimir-putin", "donald-trump", "CONSULT"),
        ),
        ("Ukraine thanked Turkey for its support.", ("UKR", "TUR", "SUPPORT")),
        ("Poland summoned Russia's ambassador on Monday.", ("POL", "RUS", "ACCUSE")),
    ],
)
def test_relations_general_speak_thank_summon(text, expected):
    assert (*expected, False) in tuples(text)


def test_relations_general_passive_host_pairs_each_guest_with_the_host():
    found = tuples("Mikati and Putin were hosted by Trump at the White House.")
    pairs = {frozenset((s, t)) for s, t, ty, _ in found if ty == "CONSULT"}
    assert frozenset(("najib-mikati", "donald-trump")) in pairs
    assert frozenset(("vladimir-putin", "donald-trump")) in pairs
    assert frozenset(("najib-mikati", "vladimir-putin")) not in pairs


def test_relations_general_event_noun_after_a_verb_is_its_object():
    found = tuples("Iran called Israeli strikes on Syria a clear violation of the law.")
    assert not any(ty == "CONSULT" for *_, ty, _n in found), found
    assert ("ISR", "SYR", "ASSAULT", False) in found


def test_relations_general_request_addressee_before_a_relative_clause():
    text = (
        "Mikati called on the United States and France, which brokered the truce, to pressure "
        "Israel."
    )
    rels = relations(text)
    found = {(r.source, r.target, r.type, r.mode) for r in rels}
    assert ("USA", "ISR", "COERCE", "hypothetical") in found
    assert ("FRA", "ISR", "COERCE", "hypothetical") in found
