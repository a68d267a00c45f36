"""Tests of the actors plugin: the gazetteer and the rules of actor mentions."""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

import geobrief_actors
import pytest
from geobrief_actors.gazetteer import actors, slugify
from geobrief_actors.hooks import find_mentions
from geobrief_actors.matcher import matcher_for
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geobrief import Actor, Article, Catalog, Doc, Mention, hookimpl
from geobrief.testing import assert_spans_consistent, pipeline_with

DATA = Path(geobrief_actors.__file__).parent / "data"


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return Catalog(actors())


def found(
    catalog: Catalog, text: str, day: str = "2025-06-01", **metadata: object
) -> list[tuple[str, str, str]]:
    """(text, actor, form) of every mention, in text order."""
    article = Article(id="t", text=text, published=dt.date.fromisoformat(day), **metadata)
    items = find_mentions(article, Doc(article), catalog)
    mentions = sorted((m for m in items if isinstance(m, Mention)), key=lambda m: m.span)
    for m in mentions:
        assert text[m.span.start : m.span.end] == m.text
    return [(m.text, m.actor, m.form) for m in mentions]


def new_actors(catalog: Catalog, text: str, **metadata: object) -> dict[str, Actor]:
    article = Article(id="t", text=text, published=dt.date(2025, 6, 1), **metadata)
    return {a.id: a for a in find_mentions(article, Doc(article), catalog) if isinstance(a, Actor)}


# -- catalog ---------------------------------------------------------------------------------


def test_actors_catalog_covers_every_iso_state(catalog: Catalog) -> None:
    with (DATA / "iso3166.csv").open(encoding="utf-8") as handle:
        current = [row["alpha3"] for row in csv.DictReader(handle) if row["status"] == "current"]
    assert len(current) >= 249
    for alpha3 in current:
        actor = catalog.get(alpha3)
        assert actor is not None and actor.kind == "state", alpha3


def test_actors_catalog_uses_the_names_people_write(catalog: Catalog) -> None:
    assert catalog["IRN"].name == "Iran"
    assert catalog["RUS"].name == "Russia"
    assert catalog["PRK"].name == "North Korea"
    assert {"US", "U.S."} <= set(catalog["USA"].acronyms)
    assert {"Britain", "Great Britain"} <= set(catalog["GBR"].aliases)
    assert "Russian" in catalog["RUS"].demonyms
    assert catalog["UKR"].capital == "Kyiv"
    assert "Kremlin" in catalog["RUS"].institutions
    assert catalog["SUN"].demonyms == ("Soviet",)


def test_actors_catalog_ids_follow_the_convention(catalog: Catalog) -> None:
    slug = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
    for actor in catalog:
        if actor.kind == "state":
            assert re.fullmatch(r"[A-Z]{3}", actor.id), actor.id
        else:
            assert slug.match(actor.id), actor.id
        assert actor.wikidata is None or re.fullmatch(r"Q\d+", actor.wikidata)


def test_actors_catalog_offices_are_well_formed(catalog: Catalog) -> None:
    people = [a for a in catalog if a.kind == "person"]
    assert len(people) > 150
    for person in people:
        for office in person.offices:
            assert office.start is not None, person.id
            assert office.end is None or office.start <= office.end, person.id
            assert office.country in catalog, (person.id, office.country)


def test_actors_catalog_has_current_and_recent_leaders(catalog: Catalog) -> None:
    trump = catalog["donald-trump"]
    assert any(o.role == "president" and o.held_on(dt.date(2025, 1, 20)) for o in trump.offices)
    assert not any(o.held_on(dt.date(2024, 6, 1)) for o in trump.offices)
    biden = catalog["joe-biden"]
    assert any(o.role == "president" and o.held_on(dt.date(2025, 1, 20)) for o in biden.offices)
    assert not any(o.role == "president" and o.held_on(dt.date(2025, 1, 21)) for o in biden.offices)


def test_actors_slugify_folds_diacritics() -> None:
    assert slugify("Recep Tayyip Erdoğan") == "recep-tayyip-erdogan"
    assert slugify("  Jean-Noël Barrot ") == "jean-noel-barrot"


def test_actors_matcher_is_built_once_per_catalog(catalog: Catalog) -> None:
    assert matcher_for(catalog) is matcher_for(catalog)


# -- forms -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belgium and Peru signed a deal.", [("Belgium", "BEL", "name"), ("Peru", "PER", "name")]),
        ("Officials in Ankara rejected the offer.", [("Ankara", "TUR", "capital")]),
        ("The Kremlin denied it.", [("The Kremlin", "RUS", "institution")]),
        ("Kremlin officials denied it.", [("Kremlin", "RUS", "institution")]),
        (
            "Iraqi and Syrian forces advanced.",
            [("Iraqi", "IRQ", "demonym"), ("Syrian", "SYR", "demonym")],
        ),
        (
            "The IAEA and the U.N. disagreed.",
            [("IAEA", "iaea", "acronym"), ("U.N.", "un", "acronym")],
        ),
        ("The Islamic Republic of Iran protested.", [("Islamic Republic of Iran", "IRN", "name")]),
        (
            "The Pentagon and Downing Street agreed.",
            [("The Pentagon", "USA", "institution"), ("Downing Street", "GBR", "institution")],
        ),
    ],
)
def test_actors_forms(catalog: Catalog, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(catalog, text) == expected


def test_actors_state_institution_phrases(catalog: Catalog) -> None:
    got = found(
        catalog, "The Iranian regime and Japan's foreign ministry met the Biden administration."
    )
    assert ("The Iranian regime", "IRN", "institution") in got
    assert ("Japan's foreign ministry", "JPN", "institution") in got
    assert ("the Biden administration", "USA", "institution") in got
    assert ("Biden", "joe-biden", "name") in got  # another actor inside is kept
    assert ("Iranian", "IRN", "demonym") not in got  # the same actor inside is not


def test_actors_names_without_the_and_west(catalog: Catalog) -> None:
    got = found(catalog, "Sanctions by the West and the Netherlands hurt the Western economies.")
    assert got == [
        ("West", "the-west", "name"),
        ("Netherlands", "NLD", "name"),
        ("Western", "the-west", "demonym"),
    ]


def test_actors_longest_match_and_blocked_names(catalog: Catalog) -> None:
    got = found(catalog, "South Sudan, New Mexico, Papua New Guinea and the Gulf of Mexico.")
    assert got == [("South Sudan", "SSD", "name"), ("Papua New Guinea", "PNG", "name")]


# -- place or actor --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "is_actor"),
    [
        ("Delegations met in Riyadh last week.", False),
        ("Talks were held in Doha on Monday.", False),
        ("The minister flew to Cairo for consultations.", False),
        ("The Riyadh talks produced nothing.", False),
        ("A Beijing-based analyst disagreed.", False),
        ("Protesters gathered in central Tehran.", False),
        ("Riyadh sent a delegation.", True),
        ("Doha has been a mediator for years.", True),
        ("The plan would not sit well in Beijing.", True),
        ("Many in Tehran fear regime change in Tehran.", True),
        ("Cairo's mediation and talks with Cairo stalled.", True),
    ],
)
def test_actors_capital_place_or_actor(catalog: Catalog, text: str, is_actor: bool) -> None:
    capitals = [m for m in found(catalog, text) if m[2] == "capital"]
    assert bool(capitals) is is_actor, capitals


def test_actors_capital_that_is_part_of_a_longer_name(catalog: Catalog) -> None:
    got = found(catalog, "The Washington Post and Moscow State University reported it.")
    assert got == [("Moscow State University", "moscow-state-university", "name")]


def test_actors_organisations_named_by_their_head_noun(catalog: Catalog) -> None:
    text = (
        "Analysts at Danube Capital Research disagreed with the Centre for Arctic Studies. "
        "The Black Sea Lending Bank approved a loan, and Danube Capital Research said so."
    )
    got = found(catalog, text)
    assert got.count(("Danube Capital Research", "danube-capital-research", "name")) == 2
    assert ("Centre for Arctic Studies", "centre-for-arctic-studies", "name") in got
    assert ("Black Sea Lending Bank", "black-sea-lending-bank", "name") in got
    assert new_actors(catalog, text)["centre-for-arctic-studies"].kind == "organization"


def test_actors_country_names_count_as_places_too(catalog: Catalog) -> None:
    assert found(catalog, "Diplomats met in Egypt.") == [("Egypt", "EGY", "name")]


# -- titles by date --------------------------------------------------------------------------


def test_actors_title_resolves_by_article_date(catalog: Catalog) -> None:
    text = "The US president promised new sanctions."
    assert ("The US president", "joe-biden", "title") in found(catalog, text, "2024-03-01")
    assert ("The US president", "donald-trump", "title") in found(catalog, text, "2025-03-01")


def test_actors_title_with_possessive_and_of(catalog: Catalog) -> None:
    got = found(catalog, "Iran’s supreme leader met the president of Russia.", "2025-03-01")
    assert ("Iran’s supreme leader", "ali-khamenei", "title") in got
    assert ("Iran", "IRN", "name") in got
    assert ("the president of Russia", "vladimir-putin", "title") in got


def test_actors_title_of_other_ministers_by_date(catalog: Catalog) -> None:
    text = "Britain's foreign secretary called the German foreign minister."
    early = found(catalog, text, "2024-02-01")
    late = found(catalog, text, "2025-06-01")
    assert ("Britain's foreign secretary", "david-cameron", "title") in early
    assert ("the German foreign minister", "annalena-baerbock", "title") in early
    assert ("Britain's foreign secretary", "david-lammy", "title") in late
    assert ("the German foreign minister", "johann-wadephul", "title") in late


def test_actors_title_attached_to_a_name_is_not_a_mention(catalog: Catalog) -> None:
    got = found(
        catalog,
        "The French President Emmanuel Macron and Iranian Foreign Minister Abbas Araghchi met.",
    )
    assert [g for g in got if g[2] == "title"] == []
    assert ("Emmanuel Macron", "emmanuel-macron", "name") in got
    assert ("French", "FRA", "demonym") in got


def test_actors_former_office_is_not_resolved(catalog: Catalog) -> None:
    got = found(catalog, "The former Iranian president spoke.", "2025-06-01")
    assert [g for g in got if g[2] == "title"] == []


def test_actors_epithet_refers_to_the_subject(catalog: Catalog) -> None:
    text = "Netanyahu wants Trump's support, so the strongman courts him."
    assert ("the strongman", "benjamin-netanyahu", "title") in found(catalog, text)


def test_actors_bare_title_refers_back_to_the_holder(catalog: Catalog) -> None:
    got = found(catalog, "Starmer spoke with Merz on Monday. The chancellor said he was hopeful.")
    assert ("The chancellor", "friedrich-merz", "title") in got


# -- spelling --------------------------------------------------------------------------------


def test_actors_acronym_case(catalog: Catalog) -> None:
    got = found(catalog, "Let us see what US officials and the E.U. say to us.")
    assert got == [("US", "USA", "acronym"), ("E.U.", "eu", "acronym")]


def test_actors_possessives_and_curly_apostrophes(catalog: Catalog) -> None:
    got = found(catalog, "Putin’s aides and Putin's allies met Erdogan’s envoy.")
    assert got == [
        ("Putin", "vladimir-putin", "name"),
        ("Putin", "vladimir-putin", "name"),
        ("Erdogan", "recep-tayyip-erdogan", "name"),
    ]


def test_actors_hyphenated_compounds(catalog: Catalog) -> None:
    got = found(
        catalog, "The US-led coalition, Russia–Iran ties, U.S.-Iran talks and post-Soviet states."
    )
    assert got == [
        ("US", "USA", "acronym"),
        ("Russia", "RUS", "name"),
        ("Iran", "IRN", "name"),
        ("U.S.", "USA", "acronym"),
        ("Iran", "IRN", "name"),
        ("Soviet", "SUN", "demonym"),
    ]


def test_actors_names_only_with_their_capitals(catalog: Catalog) -> None:
    assert found(catalog, "We ate turkey and polish the china.") == []
    assert found(catalog, "Turkey and Poland objected.") == [
        ("Turkey", "TUR", "name"),
        ("Poland", "POL", "name"),
    ]


def test_actors_diacritics_optional(catalog: Catalog) -> None:
    assert found(catalog, "Viktor Orban and Viktor Orbán.") == [
        ("Viktor Orban", "viktor-orban", "name"),
        ("Viktor Orbán", "viktor-orban", "name"),
    ]


def test_actors_little_known_surnames_need_the_full_name(catalog: Catalog) -> None:
    assert found(catalog, "Mr Healey arrived late.") == []
    got = found(catalog, "John Healey arrived. Healey said little.")
    assert got == [("John Healey", "john-healey", "name"), ("Healey", "john-healey", "name")]


def test_actors_pronouns_are_not_mentions(catalog: Catalog) -> None:
    assert found(catalog, "He said they would meet her and us.") == []


# -- people and organisations outside the catalog --------------------------------------------


def test_actors_unknown_person_with_apposition_and_surname(catalog: Catalog) -> None:
    text = (
        '"It will fail," said Amelia Kowalczyk, a senior fellow at the Baltic Policy Institute. '
        "Kowalczyk added that Warsaw was worried."
    )
    got = found(catalog, text)
    assert ("Amelia Kowalczyk", "amelia-kowalczyk", "name") in got
    assert ("Kowalczyk", "amelia-kowalczyk", "name") in got
    person = new_actors(catalog, text)["amelia-kowalczyk"]
    assert person.kind == "person"
    assert person.role == "senior fellow"
    assert person.affiliation == "Baltic Policy Institute"


@pytest.mark.parametrize(
    "text",
    [
        "Analyst Tomas Brandt believes the talks will fail.",
        "According to Tomas Brandt, the talks will fail.",
        "Tomas Brandt argues that the talks will fail.",
        "The talks will fail, said Tomas Brandt.",
        "Dr. Tomas Brandt disagreed.",
    ],
)
def test_actors_unknown_person_cues(catalog: Catalog, text: str) -> None:
    assert ("Tomas Brandt", "tomas-brandt", "name") in found(catalog, text)


def test_actors_capitalised_phrases_without_a_cue_are_not_people(catalog: Catalog) -> None:
    got = found(
        catalog, "The Cold War ended. Strategic Patience is over. Middle East Peace matters."
    )
    assert got == []


def test_actors_person_country_from_affiliation(catalog: Catalog) -> None:
    text = "Said Karimov, director of the Caspian Studies Centre (CSC) in Baku, disagreed."
    actors_ = new_actors(catalog, text)
    assert actors_["said-karimov"].role == "director"
    org = actors_["csc"]
    assert org.kind == "organization" and org.country == "AZE"
    got = found(catalog, text + " The CSC said so.")
    assert ("Caspian Studies Centre", "csc", "name") in got
    assert got.count(("CSC", "csc", "acronym")) == 2
    assert ("Baku", "AZE", "capital") not in got


def test_actors_byline_author_is_an_actor(catalog: Catalog) -> None:
    text = "Kyiv rejected the plan."
    actors_ = new_actors(catalog, text, author="Maria Lindqvist", source="Nordic Review")
    author = actors_["maria-lindqvist"]
    assert author.kind == "person" and author.role == "author"


# -- the pipeline ----------------------------------------------------------------------------


def test_actors_through_the_pipeline() -> None:
    with pipeline_with(geobrief_actors) as pipeline:
        result = pipeline.run("Moscow sent drones to Iran, and the Kremlin said so.")
    assert_spans_consistent(result)
    assert [(m.actor, m.form) for m in result.mentions] == [
        ("RUS", "capital"),
        ("IRN", "name"),
        ("RUS", "institution"),
    ]
    assert {a.id for a in result.actors} == {"RUS", "IRN"}


class _ExtraActors:
    @hookimpl
    def geobrief_catalog(self):
        return [
            Actor(id="atlantis", name="Atlantis", kind="state", demonyms=("Atlantean",)),
            Actor(id="RUS", name="Russia", kind="state", institutions=("Smolny",)),
        ]


def test_actors_other_plugins_extend_the_catalog() -> None:
    with pipeline_with(geobrief_actors, _ExtraActors()) as pipeline:
        result = pipeline.run("Atlantean envoys said Smolny denied it.")
    assert [(m.text, m.actor) for m in result.mentions] == [
        ("Atlantean", "atlantis"),
        ("Smolny", "RUS"),
    ]


_WORDS = st.sampled_from(
    [
        "Iran",
        "Russia's",
        "US",
        "us",
        "U.S.-led",
        "Moscow",
        "in",
        "met",
        "Riyadh",
        "the",
        "Kremlin",
        "president",
        "Iranian",
        "regime",
        "said",
        "Anna",
        "Novak",
        ",",
        ".",
        "(ABC)",
        "Centre",
        "for",
        "Studies",
        "’s",
        "-",
        "analyst",
        "Dr.",
        "\n",
        "autocrat",
        "of",
        "Putin",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.one_of(_WORDS, st.text(max_size=8)), max_size=40).map(" ".join),
    st.dates(dt.date(1990, 1, 1), dt.date(2030, 1, 1)),
)
def test_actors_random_text_never_breaks_spans(text: str, day: dt.date) -> None:
    with pipeline_with(geobrief_actors) as pipeline:
        article = Article(id="h", text=text, published=day)
        result = pipeline.run(article)
    assert result.errors == ()
    assert_spans_consistent(result)
    for mention in result.mentions:
        assert mention.form in ("name", "capital", "institution", "demonym", "title", "acronym")


def test_actors_qualified_fixed_institution_is_one_mention(catalog: Catalog) -> None:
    got = found(catalog, "The U.S. State Department and Russia's Duma objected.")
    assert got == [
        ("The U.S. State Department", "USA", "institution"),
        ("Russia's Duma", "RUS", "institution"),
    ]


def test_actors_unknown_person_with_verb_later_or_relative_clause(catalog: Catalog) -> None:
    got = found(
        catalog, "Oskar Lindahl has long argued for talks. Mirela Dobre, who led the team, agreed."
    )
    assert ("Oskar Lindahl", "oskar-lindahl", "name") in got
    assert ("Mirela Dobre", "mirela-dobre", "name") in got


def test_actors_unknown_people_in_coordination_and_with_title_prefix(catalog: Catalog) -> None:
    text = (
        "Negotiators Petra Halonen and Ivo Markovic met. Markovic spoke first. "
        "Energy Minister Rania Haddad said prices would fall. Haddad told lawmakers so."
    )
    got = found(catalog, text)
    for item in [
        ("Petra Halonen", "petra-halonen", "name"),
        ("Ivo Markovic", "ivo-markovic", "name"),
        ("Markovic", "ivo-markovic", "name"),
        ("Rania Haddad", "rania-haddad", "name"),
        ("Haddad", "rania-haddad", "name"),
    ]:
        assert item in got
    assert new_actors(catalog, text)["rania-haddad"].role == "energy minister"


def test_actors_possessive_and_family_name_first(catalog: Catalog) -> None:
    got = found(catalog, "President Park Min-jun’s plan failed. Park said he would try again.")
    assert got == [
        ("Park Min-jun", "park-min-jun", "name"),
        ("Park", "park-min-jun", "name"),
    ]


def test_actors_venues_and_longer_names(catalog: Catalog) -> None:
    assert found(catalog, "The accord was signed at the White House in a ceremony.") == []
    assert found(catalog, "He promised in Canberra late last month to act.") == []
    assert found(catalog, "Visitors queued at Trump Tower.") == []
    assert found(catalog, "Ships crossed the Taiwan Strait.") == [("Taiwan", "TWN", "name")]
    assert found(catalog, "The White House said no.") == [("The White House", "USA", "institution")]
