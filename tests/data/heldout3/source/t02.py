"""t02: commentary on Turkey's foreign policy, dated 2025-09-29. Thesis-driven opinion."""

ARTICLE = {
    "title": "Erdoğan's balancing act is a tactic, not a strategy",
    "published": "2025-09-29",
    "author": "Helena Varga-Moss",
    "source": "The Harbour Review",
    "body_first": "Recep Tayyip Erdoğan left the White House last Thursday",
    "body_last": "faster than his diplomats can earn it.",
    "notes": (
        "Commentary. Front matter: section label 'COMMENTARY | Europe & Eurasia', title, dek, "
        "byline 'By Helena Varga-Moss', day-first date line '29 September 2025', photo caption "
        "with credit. Trailing author bio, 'More "
        "commentary' list and copyright line (source) are boilerplate."
    ),
}

CATALOG = {
    "TUR": ("Turkey", "state", "TUR"),
    "USA": ("United States", "state", "USA"),
    "RUS": ("Russia", "state", "RUS"),
    "UKR": ("Ukraine", "state", "UKR"),
    "SYR": ("Syria", "state", "SYR"),
    "ISR": ("Israel", "state", "ISR"),
    "west": ("the West", "bloc", None),
    "eu": ("European Union", "bloc", None),
    "nato": ("NATO", "organization", None),
    "pkk": ("Kurdistan Workers' Party", "group", None),
    "recep-tayyip-erdogan": ("Recep Tayyip Erdoğan", "person", "TUR"),
    "donald-trump": ("Donald Trump", "person", "USA"),
    "bashar-al-assad": ("Bashar al-Assad", "person", "SYR"),
    "hakan-fidan": ("Hakan Fidan", "person", "TUR"),
    "ahmed-al-sharaa": ("Ahmed al-Sharaa", "person", "SYR"),
    "tom-barrack": ("Tom Barrack", "person", "USA"),
    "ekrem-imamoglu": ("Ekrem İmamoğlu", "person", "TUR"),
    "benjamin-netanyahu": ("Benjamin Netanyahu", "person", "ISR"),
}

A = {
    "speaker": "author",
    "speaker_name": None,
    "cue": "(author voice)",
    "notes": "central thesis statement in the column's own voice",
}

CLAIMS = [
    {"text": "It is a mistake to confuse that tactical success with a strategy", **A},
    {"text": "The achievements are real", **A},
    {"text": "Yet the model rests on assumptions that are eroding", **A},
    {
        "text": "it would disband",
        "speaker": "pkk",
        "speaker_name": "the PKK",
        "cue": "announced",
        "notes": "commissive announcement; 'ending a 41-year insurgency ...' is the author's gloss",
    },
    {
        "text": "the sanctions imposed over Turkey's purchase of Russian S-400 missiles should be lifted",
        "speaker": "tom-barrack",
        "speaker_name": "the U.S. ambassador to Turkey, Tom Barrack",
        "cue": "has argued",
    },
    {"text": "But a president who sells favours can also withdraw them", **A},
    {
        "text": 'the detention raised "serious questions" about Turkey\'s commitment to democratic values',
        "speaker": "eu",
        "speaker_name": "The European Commission",
        "cue": "said",
    },
    {
        "text": "genocide in Gaza",
        "speaker": "recep-tayyip-erdogan",
        "speaker_name": "Erdoğan",
        "cue": "has accused Prime Minister Benjamin Netanyahu of",
    },
    {"text": "Turkey's relations with Israel show the limits of mediation", **A},
    {"text": "It means its leverage is rented, not owned", **A},
    {
        "text": "Credibility abroad begins with courts and ballots at home, and Erdoğan is spending it faster than his diplomats can earn it",
        **A,
    },
    {
        "text": "The most dangerous assumption is that partners will look away from what happens inside Turkey",
        **A,
    },
]

RELATIONSHIPS = [
    {
        "source": "recep-tayyip-erdogan",
        "target": "donald-trump",
        "type": "CONSULT",
        "evidence": "Recep Tayyip Erdoğan left the White House last Thursday with warm words from Donald Trump",
        "occurrence": 1,
        "notes": "visit (visitor -> host)",
    },
    {
        "source": "donald-trump",
        "target": "recep-tayyip-erdogan",
        "type": "SUPPORT",
        "evidence": "warm words from Donald Trump",
        "notes": "praise; 'Trump clearly likes Erdoğan' restates the attitude",
    },
    {
        "source": "RUS",
        "target": "UKR",
        "type": "CONSULT",
        "evidence": "Istanbul has hosted three rounds of direct talks between Russian and Ukrainian delegations since May",
    },
    {
        "source": "hakan-fidan",
        "target": "ahmed-al-sharaa",
        "type": "CONSULT",
        "evidence": "Foreign Minister Hakan Fidan has become the most important foreign interlocutor of Syria's interim president, Ahmed al-Sharaa",
    },
    {
        "source": "TUR",
        "target": "RUS",
        "type": "SANCTION",
        "negated": True,
        "evidence": "Ankara has refused to join Western sanctions on Moscow",
    },
    {
        "source": "west",
        "target": "RUS",
        "type": "SANCTION",
        "evidence": "Western sanctions on Moscow",
    },
    {
        "source": "RUS",
        "target": "TUR",
        "type": "COOPERATE",
        "evidence": "Russia still supplies around 40 percent of Turkey's natural gas",
        "notes": "energy trade; 'buys Russian gas' is the same trade from the buyer's side",
    },
    {
        "source": "TUR",
        "target": "RUS",
        "type": "COOPERATE",
        "evidence": "buys Russian gas",
    },
    {
        "source": "RUS",
        "target": "TUR",
        "type": "AID",
        "evidence": "Turkey's purchase of Russian S-400 missiles",
        "occurrence": 1,
        "notes": "arms supply = AID",
    },
    {
        "source": "TUR",
        "target": "ekrem-imamoglu",
        "type": "COERCE",
        "evidence": "The arrest of Istanbul mayor Ekrem İmamoğlu in March",
        "notes": "arrest by the Turkish state (agent implicit); 'jails its opposition leader' restates it",
    },
    {
        "source": "recep-tayyip-erdogan",
        "target": "ekrem-imamoglu",
        "type": "RIVAL",
        "evidence": "Erdoğan's most popular rival",
    },
    {
        "source": "eu",
        "target": "TUR",
        "type": "ACCUSE",
        "evidence": 'The European Commission said the detention raised "serious questions" about Turkey\'s commitment to democratic values',
    },
    {
        "source": "TUR",
        "target": "ISR",
        "type": "SANCTION",
        "evidence": "Ankara halted all trade with Israel last year and in August closed its ports to Israeli ships",
    },
    {
        "source": "recep-tayyip-erdogan",
        "target": "benjamin-netanyahu",
        "type": "ACCUSE",
        "evidence": "has accused Prime Minister Benjamin Netanyahu of genocide in Gaza",
    },
    {
        "source": "ISR",
        "target": "SYR",
        "type": "ASSAULT",
        "evidence": "Israel, for its part, bombed Syrian air bases in April",
    },
]

STANCES = [
    {
        "holder": "author",
        "target": "recep-tayyip-erdogan",
        "polarity": -1,
        "evidence": "Erdoğan is spending it faster than his diplomats can earn it",
    },
    {
        "holder": "donald-trump",
        "target": "recep-tayyip-erdogan",
        "polarity": 1,
        "evidence": "Trump clearly likes Erdoğan",
    },
    {
        "holder": "tom-barrack",
        "target": "TUR",
        "polarity": 1,
        "evidence": "has argued that the sanctions imposed over Turkey's purchase of Russian S-400 missiles should be lifted",
    },
    {
        "holder": "west",
        "target": "RUS",
        "polarity": -1,
        "evidence": "Western sanctions on Moscow",
    },
    {
        "holder": "TUR",
        "target": "ekrem-imamoglu",
        "polarity": -1,
        "evidence": "The arrest of Istanbul mayor Ekrem İmamoğlu in March",
    },
    {
        "holder": "eu",
        "target": "TUR",
        "polarity": -1,
        "evidence": 'the detention raised "serious questions" about Turkey\'s commitment to democratic values',
    },
    {
        "holder": "TUR",
        "target": "ISR",
        "polarity": -1,
        "evidence": "Ankara halted all trade with Israel last year and in August closed its ports to Israeli ships",
    },
    {
        "holder": "recep-tayyip-erdogan",
        "target": "benjamin-netanyahu",
        "polarity": -1,
        "evidence": "has accused Prime Minister Benjamin Netanyahu of genocide in Gaza",
    },
    {
        "holder": "ISR",
        "target": "SYR",
        "polarity": -1,
        "evidence": "Israel, for its part, bombed Syrian air bases in April",
    },
]

NOTES = {
    "actors": (
        "Not annotated: 'left the White House' (the building as the place of a visit), "
        "'Istanbul' (a city, not the capital; also in 'Istanbul mayor' and 'the talks in "
        "Istanbul'), 'the NATO summit in Ankara' ('Ankara' is the venue; NATO is annotated), "
        "'Gaza', 'his government', 'the central bank', 'A country that hosts ...' (anaphoric "
        "common nouns), 'partners', 'Investors'. 'a transactional White House' is an institution "
        "mention of the United States; 'Turkey's president' and 'a president who sells favours' "
        "are title mentions (Turkey inside the first is kept). 'the West' / 'Western' are the "
        "Western bloc (name / demonym), as 'West' in the development gold."
    ),
    "figures": "Model designations (F-35, S-400) are not figures. 'the most important', 'the largest street protests', 'the only face-to-face negotiations' are not figures. The interval 'three weeks after the arrest' is a figure only.",
    "times": "Anchor: date line 29 September 2025 (a Monday); 'last Thursday' is 2025-09-25. 'next July' is 2026-07. Bare months are 2025 except 'last December' (2024-12).",
    "claims": (
        "Opinion column: eight author thesis statements. Not annotated: 'warm words from Donald "
        "Trump' and 'a promise of fresh talks' (no content span), 'Trump clearly likes Erdoğan' "
        "(an attitude, in stances), 'a warning that Ankara's influence in Syria is contested' "
        "(author gloss, not among the central statements), the background facts."
    ),
    "relationships": (
        "Not annotated: the U.S. sanctions over the S-400 and Turkey's expulsion from the F-35 "
        "programme (passive, agent not named), the frozen EU accession talks (passive, agent not "
        "named), the PKK's disbanding and its insurgency (no explicit target), Turkey as host of "
        "the Russia-Ukraine talks (mediation is carried by the RUS-UKR CONSULT), the NATO summit "
        "(future event), Israel's strikes as a 'warning' to Turkey (the author's reading)."
    ),
    "stances": "The author's stance toward Turkey is mixed (its achievements are 'real', its leverage 'rented') and left out; toward Trump it is implicit ('a president who sells favours') and left out.",
}
