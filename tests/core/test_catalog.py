"""The actor catalog: lookup by id and merging of entries that share one."""

from __future__ import annotations

from geobrief import Actor, Catalog, Office


def test_catalog_merges_aliases_and_offices():
    catalog = Catalog([Actor("IRN", "Iran", "state", aliases=["Persia"])])
    catalog.add(
        Actor(
            "IRN",
            "Islamic Republic of Iran",
            "state",
            aliases=["Persia", "the Islamic Republic"],
            capital="Tehran",
        )
    )
    iran = catalog["IRN"]
    assert iran.name == "Iran"
    assert iran.aliases == ("Persia", "the Islamic Republic")
    assert iran.capital == "Tehran"
    catalog.add(Actor("x", "X", "person", offices=[Office("president", "IRN")]))
    assert len(catalog) == 2 and "x" in catalog and catalog.get("nope") is None


def test_office_held_on():
    import datetime as dt

    office = Office("president", "USA", dt.date(2021, 1, 20), dt.date(2025, 1, 20))
    assert office.held_on(dt.date(2024, 6, 1))
    assert not office.held_on(dt.date(2025, 6, 1))
