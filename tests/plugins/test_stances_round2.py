"""Calibration of the stances plugin on whole articles: which (holder, target) pairs are worth
reporting, and with which sign.

The seven articles below (news reports, op-eds, analyses) were written for these tests, and the
pairs an annotator following the gold guide would mark were decided before the plugin was run on
them: ``gold`` are the pairs a careful reader would agree on, ``allowed`` are defensible pairs
that are neither required nor counted against the plugin. The articles run through the full
pipeline (actors, claims, relations), as an unseen article would.

Sentence-level tests of the calibration rules follow, on sentences of their own.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest
from geobrief_stances import Settings, find_stances

from geobrief import Actor, Article, Mention, Span
from geobrief.model import LoadOptions
from geobrief.testing import assert_spans_consistent, pipeline_with
from geobrief.text import Doc


class Piece(NamedTuple):
    key: str
    style: str  # news | oped | analysis
    blocks: tuple[str, ...]  # title, byline, paragraphs
    gold: tuple[tuple[str, str, int], ...]
    allowed: tuple[tuple[str, str, int], ...]

    @property
    def text(self) -> str:
        return "\n\n".join(self.blocks) + "\n"


PIECES = [
    Piece(
        "a1_news_japan_philippines",
        "news",
        (
            "Japan and the Philippines sign troop pact as Beijing protests",
            "By Ana Reyes\nJuly 8, 2025",
            (
                "Japan and the Philippines signed a reciprocal access agreement on Monday that "
                "will allow their troops to train on each other's territory, a step both "
                "governments said would strengthen deterrence in the South China Sea."
            ),
            (
                'Philippine President Ferdinand Marcos thanked Japan for its "steadfast support" '
                "and said the pact showed that Manila did not stand alone."
            ),
            (
                "China's foreign ministry spokesman Lin Jian condemned the agreement and warned "
                'Tokyo against "stirring up trouble" in the region. He accused the Philippines of'
                ' "provocations" at Second Thomas Shoal.'
            ),
            (
                "Last month Chinese coast guard vessels fired water cannon at a Philippine supply"
                " boat near the shoal, injuring four sailors. The incident drew a formal protest "
                "from Manila."
            ),
            (
                "The United States, a treaty ally of the Philippines, welcomed the deal. "
                "Secretary of State Antony Blinken praised Japan's leadership and said Washington"
                " would continue to back Manila."
            ),
            (
                "Trade between China and the Philippines has nonetheless grown by 8 percent this "
                "year, and officials in both capitals say talks on a code of conduct will resume "
                "in the autumn. The fishing communities around the shoal have suffered badly from"
                " the standoff."
            ),
        ),
        gold=(
            ("ferdinand-marcos", "JPN", 1),
            ("lin-jian", "JPN", -1),
            ("lin-jian", "PHL", -1),
            ("CHN", "PHL", -1),
            ("PHL", "CHN", -1),
            ("USA", "PHL", 1),
            ("antony-blinken", "JPN", 1),
        ),
        allowed=(
            ("antony-blinken", "PHL", 1),
            ("USA", "JPN", 1),
        ),
    ),
    Piece(
        "a2_oped_europe_russia",
        "oped",
        (
            "Europe is paying for its own complacency toward Moscow",
            "By Helena Marsh\nMarch 3, 2025",
            (
                "For two decades European capitals told themselves that trade would tame the "
                "Kremlin. It did not. Vladimir Putin is a reckless gambler who has turned energy "
                "into a weapon and war into a habit, and Russia under his rule is the gravest "
                "threat to the continent since the Cold War."
            ),
            (
                "Germany deserves particular blame. Berlin's leaders ignored every warning, "
                "doubled down on Russian gas and dismissed the fears of Poland and the Baltic "
                "states as hysteria. Poland, to its credit, saw the danger early and has spent "
                "heavily on its defence; Warsaw is now the most reliable anchor of NATO's eastern"
                " flank."
            ),
            (
                "Hungary remains the weak link. Viktor Orban has blocked aid packages for Ukraine"
                " and praised Putin as a statesman, and his government treats EU sanctions as a "
                "nuisance to be bargained away."
            ),
            (
                "The inflation that followed the energy crisis was painful, and the winters were "
                "hard. But the lesson is simple: deterrence works only if it is credible. Europe "
                "must stop hoping for a deal with a regime that has broken every deal it signed."
            ),
        ),
        gold=(
            ("author", "vladimir-putin", -1),
            ("author", "RUS", -1),
            ("author", "DEU", -1),
            ("author", "POL", 1),
            ("author", "HUN", -1),
            ("viktor-orban", "UKR", -1),
            ("viktor-orban", "vladimir-putin", 1),
        ),
        allowed=(
            ("author", "viktor-orban", -1),
            ("DEU", "POL", -1),
            ("HUN", "eu", -1),
            ("author", "europe", -1),
        ),
    ),
    Piece(
        "a3_analysis_nile",
        "analysis",
        (
            "Why Egypt and Ethiopia keep talking past each other on the Nile",
            "By Samir Haddad\nOctober 2, 2024",
            (
                "Ethiopia completed the fourth filling of its Grand Ethiopian Renaissance Dam in "
                "September, and the reservoir now holds about 41 billion cubic metres of water. "
                "Egypt, which draws almost all of its fresh water from the Nile, regards the dam "
                "as an existential question."
            ),
            (
                "Talks mediated by the African Union have stalled three times since 2020. Cairo "
                "accuses Addis Ababa of acting unilaterally and has asked the UN Security Council"
                " to intervene; Ethiopia rejects the charge and says the dam will not harm "
                "downstream states."
            ),
            (
                '"Ethiopia has shown bad faith at every stage," said Hany Sweilam, Egypt\'s '
                'irrigation minister. "We will not accept a fait accompli."'
            ),
            (
                "Sudan sits uneasily between the two. Its military government has at times sided "
                "with Cairo, signing a defence cooperation agreement with Egypt in 2021, while "
                "courting Ethiopian investment."
            ),
            (
                "Mehari Tesfaye, a hydrologist at Addis Ababa University, said the dam's benefits"
                ' were being ignored. "The drought years will test everyone, and the region needs'
                ' a data-sharing deal more than it needs speeches," he said.'
            ),
            (
                "The United Arab Emirates has offered to host new talks. Whether either side is "
                "ready to compromise is unclear."
            ),
        ),
        gold=(
            ("EGY", "ETH", -1),
            ("ETH", "EGY", -1),
            ("hany-sweilam", "ETH", -1),
            ("SDN", "EGY", 1),
        ),
        allowed=(),
    ),
    Piece(
        "a4_news_lebanon",
        "news",
        (
            "Israeli jets strike Hezbollah sites in southern Lebanon after rocket fire",
            "By Karim Nasr\nAugust 12, 2024",
            (
                "Israel struck dozens of Hezbollah targets in southern Lebanon overnight, the "
                "Israeli military said, hours after the group fired rockets at the northern town "
                "of Kiryat Shmona."
            ),
            (
                'Lebanese Prime Minister Najib Mikati condemned the strikes as "a flagrant '
                'violation of Lebanese sovereignty" and called on the international community to '
                "restrain Israel."
            ),
            (
                'Hezbollah said in a statement that it had targeted Israeli positions "in support'
                " of the steadfast Palestinian people\" and vowed to continue its attacks. Iran's "
                'foreign ministry praised the group\'s "resistance".'
            ),
            (
                "France and the United States urged both sides to show restraint. French "
                "President Emmanuel Macron spoke with Mikati by phone and offered French help to "
                "the Lebanese army."
            ),
            (
                "Three civilians were killed in the strikes, according to Lebanon's health "
                "ministry, and hundreds of families fled north. The violence is the worst since "
                "the 2006 war."
            ),
        ),
        gold=(
            ("ISR", "hezbollah", -1),
            ("hezbollah", "ISR", -1),
            ("najib-mikati", "ISR", -1),
            ("IRN", "hezbollah", 1),
            ("emmanuel-macron", "LBN", 1),
        ),
        allowed=(
            ("FRA", "LBN", 1),
            ("ISR", "LBN", -1),
        ),
    ),
    Piece(
        "a5_oped_india",
        "oped",
        (
            "India's quiet diplomacy deserves more credit than it gets",
            "By Priya Raman\nMay 20, 2025",
            (
                "Critics in Washington like to call Narendra Modi's foreign policy opportunistic."
                " They are wrong. India has been a constructive partner on climate finance, a "
                "dependable supplier of vaccines to poorer countries and a steady voice for "
                "restraint in its own neighbourhood."
            ),
            (
                "Its relationship with Russia is the usual charge. It is true that New Delhi "
                "still buys Russian oil and weapons, but buying oil is not endorsing a war, and "
                "India has repeatedly called for an end to the fighting in Ukraine."
            ),
            (
                "China is a different matter. Beijing's incursions along the Himalayan border, "
                "its debt traps in Sri Lanka and its bullying of smaller neighbours have made it "
                "the region's chief source of instability, and India has been right to resist it."
            ),
            (
                "The United States has noticed. Washington has deepened defence cooperation with "
                "New Delhi through the Quad, and American officials now describe India as an "
                "indispensable partner."
            ),
            (
                "None of this makes India a perfect ally. Its human rights record at home is "
                "troubling. But a country that holds the line against Chinese coercion without "
                "joining any bloc is an asset to the democratic world, not a problem."
            ),
        ),
        gold=(
            ("author", "IND", 1),
            ("author", "CHN", -1),
            ("IND", "CHN", -1),
            ("USA", "IND", 1),
        ),
        allowed=(("author", "narendra-modi", 1),),
    ),
    Piece(
        "a6_news_eu_iran",
        "news",
        (
            "EU adopts new sanctions on Iran over drone transfers to Russia",
            "By Jonas Weber\nNovember 18, 2024",
            (
                "The European Union on Monday imposed sanctions on eight Iranian officials and "
                "three companies it says supplied drones and missile parts to Russia, the bloc's "
                "latest response to the war in Ukraine."
            ),
            (
                'EU foreign policy chief Kaja Kallas said the transfers made Iran "complicit in '
                "Russia's war of aggression\" and warned that further measures were being "
                "prepared."
            ),
            (
                "Tehran denied sending any weapons for use in Ukraine and summoned the "
                "ambassadors of Germany, France and Italy in protest. Foreign ministry spokesman "
                'Esmaeil Baghaei called the sanctions "illegal and unjustified".'
            ),
            (
                "Ukraine's foreign minister Andrii Sybiha welcomed the decision and thanked the "
                'EU for its "principled position". Kremlin spokesman Dmitry Peskov dismissed the '
                'measures as "meaningless".'
            ),
            (
                "Iran's economy has been hit hard by years of Western sanctions, and the rial "
                "fell to a record low against the dollar on Tuesday. Officials in Tehran blamed "
                "the currency's fall on speculators."
            ),
        ),
        gold=(
            ("eu", "IRN", -1),
            ("kaja-kallas", "IRN", -1),
            ("esmaeil-baghaei", "eu", -1),
            ("andrii-sybiha", "eu", 1),
            ("dmitry-peskov", "eu", -1),
        ),
        allowed=(
            ("kaja-kallas", "RUS", -1),
            ("IRN", "DEU", -1),
            ("IRN", "FRA", -1),
            ("IRN", "ITA", -1),
            ("the-west", "IRN", -1),
        ),
    ),
    Piece(
        "a7_analysis_sudan",
        "analysis",
        (
            "Sudan's war enters its third year with no end in sight",
            "By Leila Osman\nApril 15, 2025",
            (
                "The war between Sudan's army and the Rapid Support Forces has killed tens of "
                "thousands of people and displaced more than 12 million, creating what the UN "
                "calls the world's worst humanitarian crisis. Famine has been confirmed in parts "
                "of Darfur."
            ),
            (
                "Sudan's army accuses the United Arab Emirates of arming the RSF, a charge Abu "
                "Dhabi denies. Egypt and Turkey have backed the army, while the RSF has relied on"
                " fighters recruited across the Sahel."
            ),
            (
                "Mediation efforts by Saudi Arabia and the United States collapsed last year. "
                '"Both sides believe they can still win, and that is the tragedy," said Kholood '
                "Khair, a Sudanese analyst."
            ),
            (
                "Aid agencies warn that the rainy season will cut off roads to the worst-affected"
                " areas. Donors have pledged less than a third of the money the UN requested."
            ),
        ),
        gold=(
            ("SDN", "ARE", -1),
            ("ARE", "SDN", -1),
            ("EGY", "SDN", 1),
            ("TUR", "SDN", 1),
        ),
        allowed=(),
    ),
]


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("round2")
    out = {}
    with pipeline_with(entrypoints=True) as pipeline:
        for piece in PIECES:
            path = folder / f"{piece.key}.txt"
            path.write_text(piece.text, encoding="utf-8")
            (result,) = list(pipeline.extract((str(path),), LoadOptions(), None))
            out[piece.key] = result
    return out


def _score(results: dict) -> tuple[int, int, int, int]:
    """(right pairs with their sign, pairs counted, gold pairs, wrong signs) over every piece."""
    right = counted = gold = wrong = 0
    for piece in PIECES:
        expected = {(h, t): s for h, t, s in piece.gold}
        allowed = {(h, t): s for h, t, s in piece.allowed}
        gold += len(expected)
        for stance in results[piece.key].stances:
            pair = (stance.holder, stance.target)
            sign = 1 if stance.polarity > 0 else -1
            if pair in expected:
                counted += 1
                right += expected[pair] == sign
                wrong += expected[pair] != sign
            elif pair in allowed:
                wrong += allowed[pair] != sign
                counted += allowed[pair] != sign
            else:
                counted += 1
    return right, counted, gold, wrong


def test_stances_round2_articles_precision_and_recall(results: dict) -> None:
    # measured when the calibration landed: precision 1.00, recall 0.58 (21 of 36); the floors
    # leave room for changes in the upstream layers
    right, counted, gold, wrong = _score(results)
    assert counted, "no pair reported at all"
    assert right / counted >= 0.8
    assert right / gold >= 0.45
    assert wrong <= 1


def test_stances_round2_articles_spans_are_sound(results: dict) -> None:
    for result in results.values():
        assert_spans_consistent(result)
        pairs = [(s.holder, s.target) for s in result.stances]
        assert len(pairs) == len(set(pairs))


@pytest.mark.parametrize("piece", [p for p in PIECES if p.style != "oped"], ids=lambda p: p.key)
def test_stances_round2_reports_and_analyses_carry_no_author_stance(piece, results) -> None:
    assert not [s for s in results[piece.key].stances if s.holder == "author"]


@pytest.mark.parametrize("piece", [p for p in PIECES if p.style == "oped"], ids=lambda p: p.key)
def test_stances_round2_opinion_pieces_give_the_author_stance(piece, results) -> None:
    found = {(s.holder, s.target): s.polarity for s in results[piece.key].stances}
    expected = [(h, t, s) for h, t, s in piece.gold if h == "author"]
    hits = [(h, t) for h, t, s in expected if (h, t) in found and found[h, t] * s > 0]
    assert hits, f"no author stance of {expected} found in {found}"
    assert len([p for p in found if p[0] == "author"]) <= Settings().max_author_targets


# -- sentence-level rules ----------------------------------------------------------------------

NAMES = {
    "Russia": ("RUS", "state"),
    "Moscow": ("RUS", "state"),
    "Iran": ("IRN", "state"),
    "India": ("IND", "state"),
    "Chile": ("CHL", "state"),
    "Peru": ("PER", "state"),
    "Ukraine": ("UKR", "state"),
    "Kenya": ("KEN", "state"),
    "Putin": ("vladimir-putin", "person"),
    "Ruto": ("william-ruto", "person"),
    "Ethiopian": ("ETH", "state"),
    "Ethiopia": ("ETH", "state"),
    "European Union": ("eu", "organization"),
}
COUNTRY = {"vladimir-putin": "RUS", "william-ruto": "KEN"}


def _inputs(text: str) -> tuple[Doc, list[Mention], list[Actor]]:
    import re

    pattern = re.compile(r"\b(" + "|".join(sorted(NAMES, key=len, reverse=True)) + r")\b")
    mentions = [
        Mention(NAMES[m.group()][0], Span.of_match(m), m.group(), "name")
        for m in pattern.finditer(text)
    ]
    actors = {
        m.actor: Actor(m.actor, m.actor, NAMES[m.text][1], country=COUNTRY.get(m.actor))
        for m in mentions
    }
    return Doc(Article(id="t", text=text)), mentions, list(actors.values())


def stances(text: str, settings: Settings | None = None) -> dict:
    doc, mentions, actors = _inputs(text)
    found = find_stances(doc, mentions, actors, (), settings or Settings(min_author_mentions=1))
    return {(s.holder, s.target): s.polarity for s in found}


@pytest.mark.parametrize(
    ("sentence", "holder", "target", "sign"),
    [
        ("Chile condemned Peru over the border closure.", "CHL", "PER", -1),
        ("Chile accused Peru of hoarding water.", "CHL", "PER", -1),
        ("Chile warned Peru against any incursion.", "CHL", "PER", -1),
        ("Chile thanked Peru for its help.", "CHL", "PER", 1),
        ("Chile praised Peru for its restraint.", "CHL", "PER", 1),
        ("Chile backed Peru in the dispute.", "CHL", "PER", 1),
        ("Chile blocked aid for Peru.", "CHL", "PER", -1),
        ("Chile vetoed support for Peru at the council.", "CHL", "PER", -1),
    ],
)
def test_stances_round2_signs_of_explicit_predicates(sentence, holder, target, sign) -> None:
    found = stances(sentence)
    assert found[(holder, target)] * sign > 0


@pytest.mark.parametrize(
    "sentence",
    [
        # negative words about a situation or a third party: no stance of the holder toward the
        # target that happens to share the sentence
        "Chile praised Peru for its response to the floods, which killed hundreds.",
        "Chile thanked Peru for sheltering refugees fleeing the brutal war.",
        "Chile backed Peru despite a disastrous harvest and a terrible drought.",
    ],
)
def test_stances_round2_sentence_sentiment_is_not_the_stance(sentence) -> None:
    found = stances(sentence)
    assert found.get(("CHL", "PER"), 0) > 0
    assert found.get(("author", "PER"), 0) >= 0


def test_stances_round2_label_of_an_act_targets_its_agent() -> None:
    text = (
        "The European Union imposed sanctions on Iran on Monday. "
        "Iran called the sanctions illegal and unjustified."
    )
    found = stances(text)
    assert found[("IRN", "eu")] < 0


def test_stances_round2_a_fronted_charge_denied_answers_its_maker() -> None:
    found = stances("Chile accuses Peru of diverting the river, a charge Peru denies.")
    assert found[("CHL", "PER")] < 0
    assert found[("PER", "CHL")] < 0


def test_stances_round2_a_state_and_its_own_leader_are_one_side() -> None:
    text = "Putin's Russia backs Putin. Moscow supports Putin and Putin supports Russia."
    assert not {k for k in stances(text) if set(k) == {"RUS", "vladimir-putin"}}
    assert stances(text, Settings(min_author_mentions=1, same_side=True))


def test_stances_round2_name_parts_are_no_evaluation() -> None:
    found = stances(
        "Ethiopia filled the Grand Ethiopian Renaissance Dam. Ethiopia opened the Great "
        "Ethiopian Peace Museum."
    )
    assert ("author", "ETH") not in found


def test_stances_round2_progressive_is_no_copula() -> None:
    found = stances("Iran is enriching uranium near weapons grade, a dangerous escalation.")
    assert found.get(("author", "IRN"), 0) > -0.5


_NEWS = (
    "Chile is a reckless aggressor, Chile is a brutal regime, Chile is corrupt. "
    "Peru said talks would resume. Officials said the border was calm. "
    "A spokesman said aid had arrived. The minister told reporters nothing had changed. "
)


def test_stances_round2_no_author_stance_in_a_news_report() -> None:
    assert ("author", "CHL") not in stances(_NEWS)
    opinion = _NEWS.split(" Peru said")[0]
    assert stances(opinion)[("author", "CHL")] < 0
    # the share of reporting sentences is a setting
    assert (
        stances(_NEWS, Settings(min_author_mentions=1, max_report_share=1.0))[("author", "CHL")] < 0
    )


def test_stances_round2_author_targets_and_pairs_are_capped() -> None:
    text = " ".join(
        f"{name} is a reckless, brutal, corrupt aggressor."
        for name in ("Chile", "Peru", "Russia", "Iran", "India", "Ukraine", "Kenya")
    )
    assert len(stances(text)) == Settings().max_author_targets
    few = Settings(min_author_mentions=1, max_author_targets=9, pairs_base=2, words_per_pair=10**6)
    assert len(stances(text, few)) == 2
    every = Settings(min_author_mentions=1, max_author_targets=9, pairs_base=9)
    assert len(stances(text, every)) == 7


def test_stances_round2_weak_author_evidence_is_not_reported() -> None:
    text = "Chile opened talks. Chile was slightly disappointing on trade."
    assert ("author", "CHL") not in stances(text)
    assert ("author", "CHL") in stances(
        text,
        Settings(
            min_author_mentions=1, min_author_strength=0.05, min_strength=0.05, min_polarity=0.05
        ),
    )
