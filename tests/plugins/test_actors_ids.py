"""Ids and names of actors the catalog does not know: clean slugs, letters transliterated, no
possessive, no title or role."""

from __future__ import annotations

import datetime as dt
import re

import geobrief_actors
import pytest
from geobrief_actors import actor_id, clean_name
from geobrief_actors.gazetteer import actors, ascii_fold, slugify
from geobrief_actors.hooks import find_mentions
from hypothesis import given, settings
from hypothesis import strategies as st

from geobrief import Actor, Article, Catalog, Doc, Mention

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return Catalog(actors())


def new_actors(catalog: Catalog, text: str, **metadata: object) -> dict[str, Actor]:
    article = Article(id="t", text=text, published=dt.date(2025, 6, 1), **metadata)
    return {a.id: a for a in find_mentions(article, Doc(article), catalog) if isinstance(a, Actor)}


# -- transliteration ----------------------------------------------------------------------------

FOLDS = [
    ("Serdar Kılıç", "serdar-kilic"),  # dotless i: no decomposition
    ("Łukasz Wróbel", "lukasz-wrobel"),
    ("Søren Højgaard", "soren-hojgaard"),
    ("Đorđe Đukić", "dorde-dukic"),
    ("Guðrún Þórsdóttir", "gudrun-thorsdottir"),
    ("Jürgen Weiß", "jurgen-weiss"),
    ("Ægir Bræðraborg", "aegir-braedraborg"),
    ("Aïssata Coulibaly", "aissata-coulibaly"),
    ("Nguyễn Thị Hương", "nguyen-thi-huong"),
    ("Şükrü Ağaoğlu", "sukru-agaoglu"),
    ("Сергей Лавров", "sergey-lavrov"),
    ("Νίκος Δένδιας", "nikos-dendias"),
]


@pytest.mark.parametrize(("name", "expected"), FOLDS)
def test_actors_ids_transliterate_rather_than_drop(name, expected):
    assert actor_id(name) == expected


def test_actors_ids_ascii_fold_keeps_case_and_length_of_words():
    assert ascii_fold("Kılıçdaroğlu") == "Kilicdaroglu"
    assert ascii_fold("ØRSTED") == "ORSTED"


def test_actors_ids_apostrophes_join_and_other_marks_separate():
    assert slugify("Jama’at Nusrat al-Islam wal-Muslimin") == "jamaat-nusrat-al-islam-wal-muslimin"
    assert slugify("Ahmad Shah Mas‘ud") == "ahmad-shah-masud"
    assert slugify("  Ben-Gvir / Smotrich  ") == "ben-gvir-smotrich"


# -- possessives --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kind", "expected"),
    [
        ("Lai Ching-te's", "person", "lai-ching-te"),
        ("Lai Ching-te\u2019s", "person", "lai-ching-te"),
        ("the Houthis'", "group", "houthis"),
        (
            "International Maritime Organization\u2019s",
            "organization",
            "international-maritime-organization",
        ),
        ("Nordic Freight Group’S", "organization", "nordic-freight-group"),
    ],
)
def test_actors_ids_never_keep_a_possessive(name, kind, expected):
    assert actor_id(name, kind) == expected


# -- titles and roles ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected_name", "expected_id"),
    [
        ("Finance Minister Tomasz Nowak", "Tomasz Nowak", "tomasz-nowak"),
        (
            "Chile's Foreign Minister Alberto van Klaveren",
            "Alberto van Klaveren",
            "alberto-van-klaveren",
        ),
        ("Secretary of State Jane Roe", "Jane Roe", "jane-roe"),
        ("Dr. Amina Yusuf", "Amina Yusuf", "amina-yusuf"),
        ("Commodore Ilias Markou", "Ilias Markou", "ilias-markou"),
        ("Special Envoy Oksana Hrytsenko", "Oksana Hrytsenko", "oksana-hrytsenko"),
        ("senior analyst Priya Raman", "Priya Raman", "priya-raman"),
        ("Sheikh Tamim's", "Tamim", "tamim"),
    ],
)
def test_actors_ids_drop_titles_and_roles(name, expected_name, expected_id):
    assert clean_name(name) == expected_name
    assert actor_id(name) == expected_id


def test_actors_ids_a_title_word_at_the_end_is_a_surname():
    assert actor_id("Julie Bishop") == "julie-bishop"
    assert actor_id("Angus King") == "angus-king"


def test_actors_ids_nothing_but_titles_gives_no_id():
    assert clean_name("Supreme Leader Ayatollah") == ""
    assert actor_id("the President") == ""
    assert actor_id("") == ""


def test_actors_ids_organisations_keep_their_words():
    assert actor_id("the Centre for Maritime Security", "organization") == (
        "centre-for-maritime-security"
    )
    assert clean_name("General Dynamics", "organization") == "General Dynamics"


# -- in the mentions stage ---------------------------------------------------------------------


def test_actors_ids_people_found_in_text_get_clean_ids(catalog):
    found = new_actors(
        catalog,
        "Trade envoy Bülent Aydın said talks would resume. Aydın’s deputy, Finance Minister "
        "Grzegorz Łoś, said nothing.",
    )
    assert "bulent-aydin" in found
    assert found["bulent-aydin"].name == "Bülent Aydın"
    assert all(SLUG.fullmatch(key) for key in found), list(found)
    assert not any("minister" in key or key.endswith("-s") for key in found)


def test_actors_ids_a_lone_honorific_is_no_person(catalog):
    found = new_actors(
        catalog, "A letter went to Iran's Supreme Leader Ayatollah Ali Khamenei, officials said."
    )
    assert "ayatollah" not in found


def test_actors_ids_organisation_with_possessive_is_one_actor(catalog):
    text = (
        "The Baltic Ports Institute's report was cited. Analysts at the Baltic Ports Institute "
        "disagreed."
    )
    article = Article(id="t", text=text, published=dt.date(2025, 6, 1))
    items = find_mentions(article, Doc(article), catalog)
    ids = {i.id for i in items if isinstance(i, Actor)}
    assert "baltic-ports-institute" in ids
    assert not any(key.endswith("-s") or key.endswith("institutes") for key in ids)
    mentions = [m for m in items if isinstance(m, Mention) and m.actor == "baltic-ports-institute"]
    assert len(mentions) == 2


def test_actors_ids_helpers_are_public():
    assert {"actor_id", "clean_name"} <= set(geobrief_actors.__all__)


# -- properties ---------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=40))
def test_actors_ids_always_a_clean_slug_or_empty(name):
    key = actor_id(name)
    assert key == "" or SLUG.fullmatch(key), key
    assert actor_id(name, "organization") == "" or SLUG.fullmatch(actor_id(name, "organization"))


_LETTERS = st.sampled_from(list("abcdefghijklmnopqrstuvwxyzáéíóúàèçñöüßøłıđðþæœşğčšžřąęńśźż"))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(_LETTERS, min_size=2, max_size=8).map("".join), min_size=1, max_size=3))
def test_actors_ids_latin_letters_are_never_dropped(words):
    name = " ".join(w.capitalize() for w in words)
    key = slugify(name)
    # every word keeps at least one ASCII letter per written letter
    parts = key.split("-")
    assert len(parts) == len(words)
    assert all(len(part) >= len(word) for part, word in zip(parts, words, strict=True))
