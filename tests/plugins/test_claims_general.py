"""General attribution patterns of the claims plugin, on wire, commentary and analysis sentences
written for these tests, with hand-built mentions so that they do not depend on the actors
plugin. Each test names one pattern; none is taken from the corpus."""

from __future__ import annotations

import re

import pytest
from geobrief_claims.extract import extract_claims
from geobrief_claims.speakers import slug

from geobrief import Actor, Article, Claim, Mention
from geobrief.text import Doc

NAMES = {
    "Russia": "RUS",
    "Moscow": "RUS",
    "China": "CHN",
    "Beijing": "CHN",
    "Lebanon": "LBN",
    "Lebanese": "LBN",
    "Pakistan": "PAK",
    "Japan": "JPN",
    "Tokyo": "JPN",
    "Yemen": "YEM",
    "Iran": "IRN",
    "Iranian": "IRN",
    "United States": "USA",
    "Hezbollah": "hezbollah",
    "Houthi": "houthis",
    "United Nations": "un",
    "UN": "un",
    "Anna Petrova": "anna-petrova",
    "Petrova": "anna-petrova",
    "Carnegie Endowment": "carnegie-endowment",
}
FORMS = {"Lebanese": "demonym", "Iranian": "demonym", "Houthi": "demonym", "Moscow": "capital"}
ACTORS = (
    *(
        Actor(code, code, kind="state")
        for code in ("RUS", "CHN", "LBN", "PAK", "JPN", "YEM", "IRN", "USA")
    ),
    Actor("hezbollah", "Hezbollah", kind="group", country="LBN"),
    Actor("houthis", "Houthis", kind="group", country="YEM"),
    Actor("un", "United Nations", kind="organization"),
    Actor("carnegie-endowment", "Carnegie Endowment", kind="organization"),
    Actor("anna-petrova", "Anna Petrova", kind="person", country="RUS"),
)
_SURFACE = re.compile(
    r"(?<![\w.])(?:" + "|".join(map(re.escape, sorted(NAMES, key=len, reverse=True))) + r")(?!\w)"
)


def mentions_of(text: str, places: tuple[str, ...] = ()) -> tuple[Mention, ...]:
    """Mentions of the test actors; names in ``places`` are places only (not reported)."""
    out = []
    for m in _SURFACE.finditer(text):
        if m.group() in places:
            continue
        out.append(
            Mention(NAMES[m.group()], (m.start(), m.end()), m.group(), FORMS.get(m.group(), "name"))
        )
    return tuple(out)


def claims(text: str, places: tuple[str, ...] = ()) -> list[Claim]:
    doc = Doc(Article(id="t", text=text))
    found, _mentions, _actors = extract_claims(doc, ACTORS, mentions_of(text, places), author=False)
    return found


def by_speaker(text: str, **kwargs) -> dict[str | None, list[str]]:
    out: dict[str | None, list[str]] = {}
    for c in claims(text, **kwargs):
        out.setdefault(c.speaker, []).append(c.text)
    return out


# -- what lies between the cue and the content ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Russia said on Wednesday it had fired two missiles.", "it had fired two missiles"),
        ("The Kremlin said late on Monday that the talks had stalled.", "the talks had stalled"),
        ("China said in a statement the sanctions were illegal.", "the sanctions were illegal"),
        ("Japan told reporters on Friday that it would respond.", "it would respond"),
    ],
)
def test_claims_general_adjunct_between_cue_and_content(text, content):
    found = claims(text)
    assert [c.text for c in found] == [content]


def test_claims_general_quantifier_is_not_a_prepositional_adjunct():
    found = claims("Lebanon's health ministry said at least 12 people were killed.")
    assert [c.text for c in found] == ["at least 12 people were killed"]
    assert found[0].speaker == "LBN"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Japan pledged last month to double its defence budget.", "to double its defence budget"),
        (
            "Japan has committed to doubling defence spending by 2027.",
            "to doubling defence spending by 2027",
        ),
        ("Petrova promised in Tokyo last week that Moscow would stay.", "Moscow would stay"),
    ],
)
def test_claims_general_commitments_with_adjuncts(text, content):
    found = claims(text)
    assert [c.text for c in found] == [content]
    assert found[0].modality == "future"


def test_claims_general_accused_object_of_gerund():
    found = claims("The United States has accused China of stealing chip designs.")
    assert [(c.speaker, c.text) for c in found] == [("USA", "China of stealing chip designs")]


# -- forecasts about an actor are not its claims ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Beijing will conclude that time is on its side.",
        "Moscow may decide that the war is too costly.",
        "Russia could argue that the treaty has lapsed.",
    ],
)
def test_claims_general_modal_before_cue_is_a_forecast(text):
    assert claims(text) == []


# -- speakers: subject of the clause, not any actor near the cue ------------------------------------


def test_claims_general_head_of_phrase_not_the_place_after_in():
    found = claims("The United Nations peacekeeping force in Lebanon said it was deeply concerned.")
    assert [c.speaker for c in found] == ["un"]


def test_claims_general_organisation_before_a_place_name():
    text = "Analysts at the Carnegie Endowment in Moscow believe that the war will drag on."
    found = claims(text, places=("Moscow",))
    assert [c.speaker for c in found] == ["carnegie-endowment"]


def test_claims_general_unnamed_place_is_not_a_new_person():
    text = "Officials in Karachi said the budget would rise."
    _claims, _new_mentions, new_actors = extract_claims(
        Doc(Article(id="t", text=text)), ACTORS, mentions_of(text), author=False
    )
    assert not any(a.id == "karachi" for a in new_actors)


def test_claims_general_role_in_a_place_is_credited_to_the_state():
    found = claims("Officials in Beijing said the sanctions were illegal.")
    assert [(c.speaker, c.speaker_role) for c in found] == [("CHN", "official")]


def test_claims_general_fronted_adverbial_before_appositive_subject():
    text = "Within days, Russia's defence ministry, which oversees the units, confirmed that it would stay."
    found = claims(text)
    assert [c.speaker for c in found] == ["RUS"]
    assert all(
        a.id != "within"
        for a in extract_claims(Doc(Article(id="t", text=text)), ACTORS, mentions_of(text))[2]
    )


def test_claims_general_subject_of_a_second_clause_with_appositive():
    text = (
        "Tokyo has raised spending, and Anna Petrova, the predecessor of the current envoy, "
        "warned three years ago that Japan could be next."
    )
    found = {c.text: c.speaker for c in claims(text)}
    assert found.get("Japan could be next") == "anna-petrova"


def test_claims_general_role_then_name_in_apposition():
    text = "The UN special envoy for Yemen, Hans Grundberg, urged restraint and warned that the truce could collapse."
    found = {c.text: c.speaker for c in claims(text)}
    assert found.get("the truce could collapse") == slug("Hans Grundberg")


def test_claims_general_the_government_is_the_state_discussed():
    text = "Pakistan will raise its defence budget by 20 percent, the government said on Tuesday, a month after the clashes."
    found = claims(text)
    assert [(c.speaker, c.text) for c in found] == [
        ("PAK", "Pakistan will raise its defence budget by 20 percent")
    ]


def test_claims_general_coordinated_speakers_each_get_the_claim():
    found = by_speaker(
        "Russia and China said in a joint statement that the sanctions were illegal."
    )
    assert found == {
        "RUS": ["the sanctions were illegal"],
        "CHN": ["the sanctions were illegal"],
    }


def test_claims_general_apposition_with_comma_is_not_a_coordinated_speaker():
    found = by_speaker("The envoy for Yemen, Anna Petrova, said the truce held.")
    assert "YEM" not in found


# -- titles and names -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Finance Minister Muhammad Aurangzeb said spending would rise.", "muhammad-aurangzeb"),
        ("Treasury Secretary Scott Bessent said the measures would bite.", "scott-bessent"),
        (
            "Commodore Vasileios Gryparis told reporters that the mission was stretched.",
            "vasileios-gryparis",
        ),
        ("Special envoy Serdar Kılıç told reporters that the railway would open.", "serdar-kilic"),
    ],
)
def test_claims_general_titles_are_stripped_from_new_speakers(text, speaker):
    assert [c.speaker for c in claims(text)] == [speaker]


def test_claims_general_slug_folds_letters_without_decomposition():
    assert slug("Serdar Kılıç") == "serdar-kilic"
    assert slug("Søren Łukasz") == "soren-lukasz"


def test_claims_general_surname_after_titled_full_name():
    text = (
        "Finance Minister Muhammad Aurangzeb presented the budget on Monday. "
        '"Deterrence is not free," Aurangzeb told lawmakers.'
    )
    assert {c.speaker for c in claims(text)} == {"muhammad-aurangzeb"}


# -- quotations -------------------------------------------------------------------------------------


def test_claims_general_speaker_with_appositive_after_quotation():
    text = '"We support every step toward peace," Hikmet Hajiyev, an adviser to the president, said in a statement.'
    found = claims(text)
    assert [(c.speaker, c.direct) for c in found] == [(slug("Hikmet Hajiyev"), True)]


def test_claims_general_speaker_phrase_in_commas_after_reported_content():
    text = "A fire on deck was put out and the crew was safe, the ship's manager, Aegean Crest Shipping, said."
    found = claims(text)
    assert [(c.speaker, c.text) for c in found] == [
        ("aegean-crest-shipping", "A fire on deck was put out and the crew was safe")
    ]


def test_claims_general_quotation_ending_its_sentence_takes_no_later_cue():
    text = (
        'Petrova said the rebels had learned to strike "where the state is thinnest." '
        "She noted that the rebels now operate near the capital."
    )
    found = claims(text)
    noted = [c for c in found if c.cue == "noted"]
    assert [c.text for c in noted] == ["the rebels now operate near the capital"]


def test_claims_general_verb_after_and_is_not_a_post_quotation_cue():
    text = (
        'Petrova condemned the attack as "a reckless threat to shipping" and said ministers '
        "would meet in Brussels next month."
    )
    found = claims(text, places=("Brussels",))
    said = [c for c in found if c.cue == "said"]
    assert [(c.speaker, c.text) for c in said] == [
        ("anna-petrova", "ministers would meet in Brussels next month")
    ]


def test_claims_general_called_before_a_quotation_is_a_label_claim():
    text = (
        'Petrova said the talks "went well" and called the strikes "a clear violation of the law."'
    )
    found = [c for c in claims(text) if c.cue == "called"]
    assert [(c.speaker, c.text) for c in found] == [
        ("anna-petrova", "a clear violation of the law")
    ]


def test_claims_general_called_without_quotation_is_no_claim():
    assert claims("Petrova called the minister on Tuesday about the talks.") == []


# -- coordinated cues and clause ends ------------------------------------------------------------------


def test_claims_general_content_ends_before_a_second_cue_of_the_subject():
    text = "Hezbollah said its attack was a response to violations and warned that it would not stand by."
    found = {c.cue: c.text for c in claims(text)}
    assert found == {
        "said": "its attack was a response to violations",
        "warned": "it would not stand by",
    }


def test_claims_general_content_ends_at_a_coordinated_clause_with_new_subject():
    text = "Russia said the talks had failed, and China announced new drills."
    found = claims(text)
    assert [c.text for c in found] == ["the talks had failed"]


def test_claims_general_unnamed_source_on_condition_of_anonymity():
    text = "A senior official who spoke on condition of anonymity said the talks had stalled."
    found = claims(text)
    assert [(c.speaker, c.speaker_role, c.text) for c in found] == [
        (None, "official", "the talks had stalled")
    ]


def test_claims_general_speaker_after_quote_with_title_apposition():
    text = '"The sanctions will fail," said Anna Petrova, the Russian foreign ministry spokeswoman. "They always do."'
    found = claims(text)
    assert [(c.speaker, c.text) for c in found] == [
        ("anna-petrova", "The sanctions will fail"),
        ("anna-petrova", "They always do"),
    ]


def test_claims_general_relative_clause_mentions_are_not_the_speaker():
    text = (
        "Anna Petrova, who heads the Russia programme at the Carnegie Endowment in Moscow, said "
        'the rebels had learned to strike "where the state is thinnest and the army is absent."'
    )
    found = claims(text, places=("Moscow",))
    assert found and {c.speaker for c in found} == {"anna-petrova"}


def test_claims_general_possessive_role_then_titled_name():
    text = (
        "The mission\u2019s commander, Commodore Vasileios Gryparis, told reporters last week "
        "that the fleet was stretched and urged member states to send more ships."
    )
    found = claims(text)
    assert [c.speaker for c in found if c.cue == "told"] == ["vasileios-gryparis"]


def test_claims_general_coordinated_speakers_with_determiner():
    found = by_speaker("The United States and the United Nations said the blockade was illegal.")
    assert set(found) == {"USA", "un"}


def test_claims_general_infinitive_cue_takes_the_subject_of_its_verb():
    text = (
        "The drills, code-named Northern Shield, came days after Anna Petrova used her speech "
        "to say that Moscow had no right to intervene."
    )
    found = claims(text)
    assert [c.speaker for c in found] == ["anna-petrova"]
