"""The corpus plugin: links, typed discrepancies, conflicts, corroboration and merged sections,
on texts written for these tests and on examples/corpus (results built by hand, so nothing here
depends on the extractors' quality)."""

from __future__ import annotations

import json

import geobrief_corpus
import geobrief_render
import pytest
from geobrief_corpus.diff import negations, values
from geobrief_corpus.textsim import stem

from geobrief import (
    Actor,
    Article,
    Brief,
    Claim,
    Figure,
    Mention,
    Relationship,
    Result,
    Stance,
    TimeRef,
)
from geobrief.testing import pipeline_with

ORIGINAL = """Egypt and Sudan Press Ethiopia Over Dam Talks

Foreign ministers from Egypt and Sudan met in Khartoum on Tuesday to coordinate their position on the Grand Ethiopian Renaissance Dam. The two governments said the filling of the reservoir threatens the water supply of more than 150 million people downstream. Ethiopia insists the project is essential for its development and has rejected calls for a binding agreement.

Talks mediated by the African Union collapsed in April 2021 after negotiators failed to agree on drought rules. Egyptian officials said the dam would reduce the Nile's flow during dry years by as much as 25 percent. Sudan's irrigation minister, Yasir Abbas, warned that the Roseires reservoir could be flooded if data on releases is not shared.

Analyst Hafsa Mbeki of the Nairobi Policy Institute said the dispute will not be settled by military means. She argued that the United States and the European Union should press all three governments to return to the table. The reservoir already holds about 40 billion cubic metres of water, according to satellite estimates.

Ethiopia plans to complete the fifth filling before the rainy season ends in September. Cairo has asked the UN Security Council to intervene, but the council has declined to take up the matter twice.
"""

# Reworded throughout; planted changes: 150 -> 105 million, April 2021 -> April 2019,
# Mbeki -> Mbeky, "will not be settled" -> "will be settled".
RETELLING = """A report in a regional newspaper describes how Egypt and Sudan are stepping up pressure on Ethiopia over the dam negotiations.

According to the report, the foreign ministers of Egypt and Sudan gathered in Khartoum on Tuesday to align their stance on the Grand Ethiopian Renaissance Dam. The writer says that both governments consider the filling of the reservoir a threat to the water supply of more than 105 million people living downstream, while Ethiopia maintains that the project is vital to its development and refuses a binding deal.

The report recalls that negotiations under African Union mediation broke down in April 2019 when the negotiators could not agree on rules for droughts. Officials in Egypt claim the dam could cut the flow of the Nile in dry years by up to 25 percent, and the Sudanese irrigation minister Yasir Abbas cautioned that the Roseires reservoir may flood unless information about releases is shared.

The writer quotes Hafsa Mbeky, an analyst at the Nairobi Policy Institute, as saying that the dispute will be settled by military means. In her view, Washington and the European Union must push the three governments back to negotiations. Satellite estimates show that the reservoir already contains around 40 billion cubic metres of water.

Ethiopia intends to finish the fifth filling before the rainy season is over in September, the report adds. Egypt has appealed to the UN Security Council, which has twice refused to consider the issue.
"""

SAME_SUBJECT = """Ethiopia Says Dam Will Power Millions of Homes

Ethiopia's prime minister said on Sunday that the Grand Ethiopian Renaissance Dam will bring electricity to millions of households and will not harm downstream countries. Speaking at the site, he said the turbines already produce more than 2,000 megawatts. Engineers expect full output within three years.

The government has sold bonds to citizens to finance the project, which cost about 4.8 billion dollars. Egypt and Sudan remain opposed to the filling schedule, and officials in Cairo have repeated that water security is a matter of national survival. The African Union has offered to host new talks next year, and the foreign ministers of the three countries are expected to meet in Addis Ababa.
"""

OTHER_SUBJECT = """Baltic States Expand Air Defence Cooperation

Estonia, Latvia and Lithuania agreed on Friday to buy medium-range air defence systems together, defence ministers said in Riga. The joint purchase is worth about 1.2 billion euros and is meant to close gaps along the eastern flank of NATO. Deliveries are expected to begin in 2027.

Officials said the decision follows repeated airspace violations by drones over the past year. Poland has offered to train crews, and Finland will share radar data under a separate agreement signed in January.
"""


def _span(text: str, phrase: str, occurrence: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def _article(article_id: str, text: str, **meta) -> Article:
    return Article.from_text(text, id=article_id, **meta)


def _brief(*results: Result) -> Brief:
    with pipeline_with(geobrief_corpus, geobrief_render) as pipeline:
        return Brief.from_results(results, pipeline)


def _plain(*pairs: tuple[str, str]) -> Brief:
    return _brief(*(Result(article=_article(i, t)) for i, t in pairs))


def _section(brief: Brief, name: str):
    return brief.section(name).data


def _found(brief: Brief, link: tuple[str, str] | None = None) -> list[tuple[str, str, str]]:
    return sorted(
        (d["kind"], d["a"]["text"], d["b"]["text"])
        for d in _section(brief, "discrepancies")
        if link is None or d.get("link") == list(link)
    )


# -- links -------------------------------------------------------------------------------------


def test_corpus_links_a_retelling_and_tells_which_is_the_original():
    brief = _plain(("retold", RETELLING), ("orig", ORIGINAL))
    (link,) = _section(brief, "links")
    assert (link["a"], link["b"], link["kind"]) == ("orig", "retold", "retelling")
    assert link["direction"] == "b retells a"
    assert link["basis"] == "frames the shared passages as another's writing"
    assert link["score"] > 0.5
    assert len(link["aligned"]) >= 8
    for pair in link["aligned"]:
        assert ORIGINAL[slice(*pair["a"]["span"])] == pair["a"]["text"]
        assert RETELLING[slice(*pair["b"]["span"])] == pair["b"]["text"]


def test_corpus_retelling_discrepancy_kinds_and_spans():
    brief = _plain(("orig", ORIGINAL), ("retold", RETELLING))
    found = _section(brief, "discrepancies")
    by_kind = {}
    for item in found:
        by_kind.setdefault(item["kind"], []).append(item)
        for side in ("a", "b"):
            ev = item[side]
            text = ORIGINAL if ev["article"] == "orig" else RETELLING
            assert text[ev["span"][0] : ev["span"][1]] == ev["text"]
    assert sorted(by_kind) == ["date", "name", "number", "polarity"]
    assert all(len(v) == 1 for v in by_kind.values()), found
    (date,) = by_kind["date"]
    assert (date["a"]["text"], date["b"]["text"]) == ("April 2021", "April 2019")
    (number,) = by_kind["number"]
    assert "150 million" in number["a"]["text"] and "105 million" in number["b"]["text"]
    (name,) = by_kind["name"]
    assert {name["a"]["text"], name["b"]["text"]} == {"Hafsa Mbeki", "Hafsa Mbeky"}
    (flip,) = by_kind["polarity"]
    assert "will not be settled by military means" in flip["a"]["text"]
    assert "will be settled by military means" in flip["b"]["text"]
    assert flip["a_cues"] == ["not"] and flip["b_cues"] == []


def test_corpus_rewording_alone_is_no_discrepancy():
    # The retelling with the planted changes undone: only rewording is left.
    undone = (
        RETELLING.replace("105 million", "150 million")
        .replace("April 2019", "April 2021")
        .replace("Mbeky", "Mbeki")
        .replace("will be settled", "will not be settled")
    )
    brief = _plain(("orig", ORIGINAL), ("retold", undone))
    assert [link["kind"] for link in _section(brief, "links")] == ["retelling"]
    assert _section(brief, "discrepancies") == []


def test_corpus_independent_articles_on_one_subject_are_not_linked():
    brief = _plain(
        ("orig", ORIGINAL), ("same", SAME_SUBJECT), ("other", OTHER_SUBJECT), ("retold", RETELLING)
    )
    links = _section(brief, "links")
    assert [(x["a"], x["b"]) for x in links] == [("orig", "retold")]
    groups = {row["id"]: row["group"] for row in _section(brief, "articles")}
    assert groups["orig"] == groups["retold"]
    assert len({groups["orig"], groups["same"], groups["other"]}) == 3


def test_corpus_duplicates_and_near_duplicates():
    edited = ORIGINAL.replace("about 40 billion", "about 60 billion") + (
        "\nThe ministers will meet again next month.\n"
    )
    brief = _plain(("a", ORIGINAL), ("b", ORIGINAL), ("c", edited))
    links = {(x["a"], x["b"]): x for x in _section(brief, "links")}
    assert links[("a", "b")]["kind"] == "duplicate"
    assert links[("a", "c")]["kind"] == "near-duplicate"
    assert ("b", "c") not in links  # the copy adds nothing: it is linked to its original only
    assert _found(brief) == [("number", "40 billion", "60 billion")]


def test_corpus_direction_follows_the_earlier_date_whatever_the_order():
    import datetime as dt

    early = Result(article=_article("z-early", ORIGINAL, published=dt.date(2024, 1, 2)))
    late = Result(article=_article("a-late", RETELLING, published=dt.date(2024, 3, 1)))
    (link,) = _section(_brief(late, early), "links")
    assert (link["a"], link["b"], link["basis"]) == ("z-early", "a-late", "published earlier")


def test_corpus_claim_moved_to_another_speaker():
    def claim(text: str, phrase: str, speaker: str) -> Claim:
        return Claim(_span(text, phrase), phrase, speaker=speaker, cue="said")

    people = (
        Actor("hafsa-mbeki", "Hafsa Mbeki", "person"),
        Actor("yasir-abbas", "Yasir Abbas", "person"),
    )
    a = Result(
        article=_article("orig", ORIGINAL),
        actors=people,
        claims=[
            claim(ORIGINAL, "the dispute will not be settled by military means", "hafsa-mbeki")
        ],
    )
    b = Result(
        article=_article("retold", RETELLING),
        actors=people,
        claims=[claim(RETELLING, "the dispute will be settled by military means", "yasir-abbas")],
    )
    moved = [d for d in _section(_brief(a, b), "discrepancies") if d["kind"] == "speaker"]
    assert len(moved) == 1
    assert (moved[0]["a_speaker"], moved[0]["b_speaker"]) == ("hafsa-mbeki", "yasir-abbas")


# -- the example corpus --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus_brief(pipeline, corpus_files):
    articles = [a for a in pipeline.load(corpus_files)]
    return _brief(*(Result(article=a) for a in articles))


def test_corpus_example_links_003_to_001_as_a_retelling(corpus_brief):
    links = _section(corpus_brief, "links")
    assert [(x["a"][:3], x["b"][:3], x["kind"]) for x in links] == [("001", "003", "retelling")]


def test_corpus_example_reports_the_three_changes_and_nothing_else(corpus_brief):
    found = [(k, a, b) for k, a, b in _found(corpus_brief)]
    assert len(found) == 3, found
    kinds = {k: (a, b) for k, a, b in found}
    assert kinds["date"] == ("December 2024", "December 2014")
    assert {kinds["name"][0].split()[-1], kinds["name"][1].split()[-1]} == {"Stradner", "Strander"}
    a, b = kinds["polarity"]
    assert "would not have a decisive effect" in a and "will make a difference" in b


# -- cross-article conflicts and corroboration ---------------------------------------------------

WAR_A = "Military Losses\n\nThe ministry said more than 800,000 soldiers were killed in the war since 2022. Fighting continued near the river."
WAR_B = "Casualty Estimates Disputed\n\nIndependent monitors counted 200,000 soldiers killed in the war so far. The monitors work from open sources."
WAR_C = "War Toll Grows\n\nAbout 820,000 soldiers were killed in the war, officials told parliament on Monday."


def _figure(text: str, phrase: str, value: float, qualifier: str | None = None) -> Figure:
    return Figure(_span(text, phrase), phrase, value, "count", "soldier", qualifier)


def test_corpus_conflicting_and_agreeing_figures_across_independent_articles():
    brief = _brief(
        Result(
            article=_article("a", WAR_A),
            figures=[_figure(WAR_A, "more than 800,000 soldiers", 800000, "more than")],
        ),
        Result(article=_article("b", WAR_B), figures=[_figure(WAR_B, "200,000 soldiers", 200000)]),
        Result(
            article=_article("c", WAR_C),
            figures=[_figure(WAR_C, "About 820,000 soldiers", 820000, "about")],
        ),
    )
    conflicts = sorted(
        (d["a"]["article"], d["b"]["article"])
        for d in _section(brief, "discrepancies")
        if d["kind"] == "figure-conflict"
    )
    assert conflicts == [("a", "b"), ("b", "c")]
    agree = [c for c in _section(brief, "corroboration") if c["kind"] == "figure"]
    assert [[e["article"] for e in c["evidence"]] for c in agree] == [["a", "c"]]


REL_A = "Analysis\n\nMoscow and Tehran are close allies. Russia supplied drones to Iran last year."
REL_B = "Opinion\n\nRussia sees Iran as a rival in the gas market. Russia supplied drones to Iran last year."


def _rel(text, phrase, source, target, kind, **kw):
    return Relationship(source, target, kind, _span(text, phrase), phrase, **kw)


def test_corpus_conflicting_and_corroborated_relationships():
    states = (Actor("RUS", "Russia", "state"), Actor("IRN", "Iran", "state"))
    a = Result(
        article=_article("a", REL_A),
        actors=states,
        relationships=[
            _rel(REL_A, "Moscow and Tehran are close allies", "RUS", "IRN", "ALLY"),
            _rel(REL_A, "Russia supplied drones to Iran", "RUS", "IRN", "AID"),
        ],
    )
    b = Result(
        article=_article("b", REL_B),
        actors=states,
        relationships=[
            _rel(REL_B, "Russia sees Iran as a rival", "IRN", "RUS", "RIVAL"),
            _rel(REL_B, "Russia supplied drones to Iran", "RUS", "IRN", "AID"),
        ],
    )
    brief = _brief(a, b)
    conflicts = [d for d in _section(brief, "discrepancies") if d["kind"] == "relation-conflict"]
    assert [(d["reason"], d["a"]["article"], d["b"]["article"]) for d in conflicts] == [
        ("ALLY and RIVAL", "a", "b")
    ]
    agree = [c for c in _section(brief, "corroboration") if c["kind"] == "relation"]
    assert [c["summary"] for c in agree] == ["Russia AID Iran"]


def test_corpus_claims_corroborated_by_independent_articles_only():
    t1 = "Report One\n\nThe minister said the border crossing will reopen for trucks next week."
    t2 = "Report Two\n\nOfficials said the border crossing will reopen for trucks next week after repairs."
    t3 = "Report Three\n\nA farmer said prices for wheat have doubled."

    def result(i, text, phrase):
        return Result(
            article=_article(i, text), claims=[Claim(_span(text, phrase), phrase, cue="said")]
        )

    brief = _brief(
        result("x", t1, "the border crossing will reopen for trucks next week"),
        result("y", t2, "the border crossing will reopen for trucks next week after repairs"),
        result("z", t3, "prices for wheat have doubled"),
    )
    claims = [c for c in _section(brief, "corroboration") if c["kind"] == "claim"]
    assert [[e["article"] for e in c["evidence"]] for c in claims] == [["x", "y"]]
    # Retold articles are not independent: the same claim in a retelling corroborates nothing.
    a = Result(
        article=_article("orig", ORIGINAL),
        claims=[
            Claim(
                _span(ORIGINAL, "the dispute will not be settled by military means"),
                "the dispute will not be settled by military means",
            )
        ],
    )
    b = Result(
        article=_article("retold", RETELLING),
        claims=[
            Claim(
                _span(RETELLING, "the dispute will be settled by military means"),
                "the dispute will be settled by military means",
            )
        ],
    )
    assert [c for c in _section(_brief(a, b), "corroboration") if c["kind"] == "claim"] == []


# -- merged sections -----------------------------------------------------------------------------


def _mentions(text: str, actor: str, name: str) -> list[Mention]:
    return [Mention(actor, _span(text, name, k + 1), name) for k in range(text.count(name))]


def test_corpus_actors_merged_and_ranked_by_spread():
    iran, russia = Actor("IRN", "Iran", "state", "IRN"), Actor("RUS", "Russia", "state", "RUS")
    one_text = "Iran and Russia met. Iran spoke. Iran left. Iran returned. Tehran agreed."
    one = Result(
        article=_article("one", one_text),
        actors=(iran, russia),
        mentions=[
            *_mentions(one_text, "IRN", "Iran"),
            *_mentions(one_text, "IRN", "Tehran"),
            *_mentions(one_text, "RUS", "Russia"),
        ],
    )
    two = Result(
        article=_article("two", "Russia agreed."),
        actors=(russia,),
        mentions=_mentions("Russia agreed.", "RUS", "Russia"),
    )
    three = Result(
        article=_article("three", "Moscow refused."),
        actors=(russia,),
        mentions=[Mention("RUS", (0, 6), "Moscow", "capital")],
    )
    rows = _section(_brief(one, two, three), "actors")
    # Russia: 3 articles, 1 mention each; Iran: 5 mentions in one article. Spread wins.
    assert [r["id"] for r in rows] == ["RUS", "IRN"]
    assert rows[0]["mentions"] == 3 and rows[0]["articles"] == ["one", "three", "two"]
    assert rows[0]["forms"] == {"capital": ["Moscow"], "name": ["Russia"]}
    assert rows[1]["mentions"] == 5 and rows[1]["forms"] == {"name": ["Iran", "Tehran"]}


def test_corpus_timeline_is_in_time_order_with_its_clause():
    text = "Talks resumed in March 2024, and a deal followed in 2023; nobody knows when it ends."
    times = [
        TimeRef(_span(text, "March 2024"), "March 2024", "2024-03", "month"),
        TimeRef(_span(text, "2023"), "2023", "2023", "year"),
        TimeRef(_span(text, "when"), "when", None, "unresolved"),
    ]
    rows = _section(_brief(Result(article=_article("t", text), times=times)), "timeline")
    assert [r["text"] for r in rows] == ["2023", "March 2024", "when"]
    assert rows[0]["clause"]["text"] == "and a deal followed in 2023"
    assert rows[1]["clause"]["text"] == "Talks resumed in March 2024"
    assert rows[2]["clause"]["text"] == "nobody knows when it ends"


def test_corpus_claims_grouped_by_speaker_and_stance_matrix():
    text = "Lavrov said the talks failed. Lavrov added that sanctions hurt. The author thinks Iran erred."
    lavrov = Actor("sergey-lavrov", "Sergey Lavrov", "person", "RUS")
    iran = Actor("IRN", "Iran", "state")
    result = Result(
        article=_article("s", text, author="Jane Roe"),
        actors=(lavrov, iran),
        claims=[
            Claim(
                _span(text, "the talks failed"),
                "the talks failed",
                speaker="sergey-lavrov",
                cue="said",
            ),
            Claim(
                _span(text, "sanctions hurt"),
                "sanctions hurt",
                speaker="sergey-lavrov",
                cue="added",
            ),
            Claim(_span(text, "Iran erred"), "Iran erred", speaker="author", cue="thinks"),
        ],
        stances=[
            Stance("author", "IRN", -0.5, _span(text, "Iran erred"), "Iran erred", confidence=0.5),
            Stance("author", "IRN", 0.1, _span(text, "Iran erred"), "Iran erred", confidence=0.5),
        ],
    )
    brief = _brief(result)
    groups = _section(brief, "claims")
    assert [(g["name"], len(g["claims"])) for g in groups] == [
        ("Sergey Lavrov", 2),
        ("Jane Roe", 1),
    ]
    matrix = _section(brief, "stances")
    (cell,) = matrix["cells"]
    assert cell["holder"] == "author:s" and cell["target"] == "IRN"
    assert cell["polarity"] == pytest.approx(-0.2) and cell["n"] == 2
    assert matrix["holders"] == [{"id": "author:s", "name": "Jane Roe"}]


def test_corpus_relationship_section_is_node_link_json():
    import networkx

    states = (Actor("RUS", "Russia", "state"), Actor("IRN", "Iran", "state"))
    result = Result(
        article=_article("a", REL_A),
        actors=states,
        relationships=[_rel(REL_A, "Russia supplied drones to Iran", "RUS", "IRN", "AID")],
    )
    data = _section(_brief(result), "relationships")
    graph = networkx.node_link_graph(json.loads(json.dumps(data)), edges="links")
    assert graph.is_multigraph() and graph.is_directed()
    assert graph["RUS"]["IRN"]["AID"]["weight"] == 1


def test_corpus_output_is_deterministic():
    pairs = [("orig", ORIGINAL), ("same", SAME_SUBJECT), ("retold", RETELLING)]
    first = _plain(*pairs).to_record()
    second = _plain(*pairs).to_record()
    assert json.dumps(first) == json.dumps(second)


# -- the pieces ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in December 2024", [("date", (2024, 12, None))]),
        ("on 3 March 2020", [("date", (2020, 3, 3))]),
        ("since 2015", [("date", (2015, None, None))]),
        ("more than 800,000 soldiers", [("number", (800000.0, ""))]),
        ("$500 billion", [("number", (5e11, ""))]),
        ("three hundred drones", [("number", (300.0, ""))]),
        ("up 4.5 percent", [("number", (4.5, "percent"))]),
        ("Su-35 fighter jets", []),
        ("May we go", []),
        ("billions of dollars", []),
    ],
)
def test_corpus_values_read_dates_and_numbers(text, expected):
    assert [(v.kind, v.value) for v in values(text, 0, len(text))] == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("would not have a decisive effect", 1),
        ("aren't at stake", 1),
        ("it stops short of any commitment", 1),
        ("did not exceed the limits of offering mediation", 0),
        ("not only empowering Putin", 0),
        ("Nor is Moscow keen to risk a conflict that does not matter", 2),
        ("an unlikely option will make a difference", 0),
    ],
)
def test_corpus_negation_cues(text, count):
    assert len(negations(text, 0, len(text))) == count


def test_corpus_stem_folds_spelling_and_inflection():
    assert stem("defence") == stem("defense")
    assert stem("destabilise") == stem("destabilize")
    assert stem("partnerships") == stem("partnership")
    assert stem("Russia's") == stem("Russia")
