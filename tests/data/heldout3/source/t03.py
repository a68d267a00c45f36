"""t03: analysis of the Ethiopia-Egypt dam dispute quoting two analysts, dated 2025-09-18."""

ARTICLE = {
    "title": "Ethiopia's giant dam is finished. The fight over the Nile is not",
    "published": "2025-09-18",
    "author": "Miriam Kamau",
    "source": "Horn Monitor",
    "body_first": "When Prime Minister Abiy Ahmed opened the Grand",
    "body_last": "than by the politics of the region around it.",
    "notes": (
        "Analysis. Front matter: section label 'AFRICA | ANALYSIS', title, dek, byline with "
        "place 'Miriam Kamau in Addis Ababa' (the place is dropped), time stamp 'Thu 18 Sep 2025 "
        "07.00 EAT' (gives the date). Trailing 'This article first appeared in Horn Monitor' "
        "(source) with the author line and the 'Read next' list are boilerplate."
    ),
}

CATALOG = {
    "ETH": ("Ethiopia", "state", "ETH"),
    "EGY": ("Egypt", "state", "EGY"),
    "SDN": ("Sudan", "state", "SDN"),
    "SOM": ("Somalia", "state", "SOM"),
    "ERI": ("Eritrea", "state", "ERI"),
    "USA": ("United States", "state", "USA"),
    "un": ("United Nations", "organization", None),
    "au": ("African Union", "bloc", None),
    "rsf": ("Rapid Support Forces", "group", "SDN"),
    "abiy-ahmed": ("Abiy Ahmed", "person", "ETH"),
    "badr-abdelatty": ("Badr Abdelatty", "person", "EGY"),
    "abdel-fattah-el-sisi": ("Abdel Fattah el-Sisi", "person", "EGY"),
    "abdel-fattah-al-burhan": ("Abdel Fattah al-Burhan", "person", "SDN"),
    "donald-trump": ("Donald Trump", "person", "USA"),
    "laila-mansour": ("Laila Mansour", "person", None),
    "yared-alemu": ("Yared Alemu", "person", None),
    "kestrel-centre-for-water-security": (
        "Kestrel Centre for Water Security",
        "organization",
        "GBR",
    ),
    "tana-policy-institute": ("Tana Policy Institute", "organization", "ETH"),
}

A = {
    "speaker": "author",
    "speaker_name": None,
    "cue": "(author voice)",
    "notes": "central statement in the analysis's own voice",
}

BOTH = "one attribution with two speakers: one item per speaker"

CLAIMS = [
    {
        "text": "proof that Africa can build its future with its own hands",
        "speaker": "abiy-ahmed",
        "speaker_name": "he",
        "cue": "described the $5 billion project as",
        "direct": True,
    },
    {
        "text": 'Ethiopia would never use the Blue Nile "to harm our brothers downstream',
        "speaker": "abiy-ahmed",
        "speaker_name": "he",
        "cue": "promised",
        "notes": "commissive, ends in a partial quotation",
    },
    {"text": "Cairo was not reassured", **A},
    {
        "text": "a unilateral act in violation of international law",
        "speaker": "badr-abdelatty",
        "speaker_name": "Egypt's foreign minister, Badr Abdelatty",
        "cue": "called the inauguration",
        "direct": True,
    },
    {
        "text": 'Egypt reserved the right to take "all measures" to defend its water security',
        "speaker": "badr-abdelatty",
        "speaker_name": "Egypt's foreign minister, Badr Abdelatty",
        "cue": "said",
    },
    {
        "text": 'the river as a "red line',
        "speaker": "abdel-fattah-el-sisi",
        "speaker_name": "President Abdel Fattah el-Sisi",
        "cue": "has described ... as",
    },
    {
        "text": "the engineering risk for Egypt this year was modest, because the High Aswan Dam's reservoir was close to full after several wet seasons",
        "speaker": "laila-mansour",
        "speaker_name": "Laila Mansour, a hydrologist at the Kestrel Centre for Water Security",
        "cue": "said",
    },
    {
        "text": "The real danger, she argued, was a multi-year drought in which Ethiopia kept releases low to protect its own power output",
        "speaker": "laila-mansour",
        "speaker_name": "she",
        "cue": "argued",
        "notes": "parenthetical cue splits the content: the span covers the whole sentence",
    },
    {
        "text": "Without agreed rules, every dry year becomes a political crisis",
        "speaker": "laila-mansour",
        "speaker_name": "she",
        "cue": "said",
        "direct": True,
    },
    {
        "text": "Egypt had spent a decade demanding a veto over upstream development that no other river basin would accept, and that Ethiopia had already shared filling data with Sudan",
        "speaker": "yared-alemu",
        "speaker_name": "He",
        "cue": "said",
        "notes": "pronoun speaker",
    },
    {
        "text": 'Ethiopia, he added, had "no interest" in harming downstream states because the dam only earns money when water flows through its turbines',
        "speaker": "yared-alemu",
        "speaker_name": "he",
        "cue": "added",
        "notes": "parenthetical cue splits the content: the span covers the whole sentence",
    },
    {"text": "The dispute is also spreading beyond water", **A},
    {
        "text": "encirclement by alliance",
        "speaker": "laila-mansour",
        "speaker_name": "Mansour",
        "cue": "called this",
        "direct": True,
    },
    {
        "text": "it was Cairo, not Addis Ababa, that was militarising the dispute",
        "speaker": "yared-alemu",
        "speaker_name": "Alemu",
        "cue": "said",
    },
    {
        "text": "the dam had been built with American money and that he would help settle the quarrel quickly",
        "speaker": "donald-trump",
        "speaker_name": "U.S. President Donald Trump",
        "cue": "said",
        "notes": "assertion plus commissive in one attribution",
    },
    {
        "text": "the claim of U.S. funding",
        "speaker": "ETH",
        "speaker_name": "Ethiopia's foreign ministry",
        "cue": "rejected",
        "notes": "denial",
    },
    {
        "text": "the dispute to stay cold rather than turn into a war",
        "speaker": "laila-mansour",
        "speaker_name": "Both analysts",
        "cue": "expect",
        "notes": BOTH,
    },
    {
        "text": "the dispute to stay cold rather than turn into a war",
        "speaker": "yared-alemu",
        "speaker_name": "Both analysts",
        "cue": "expect",
        "notes": BOTH,
    },
    {
        "text": "without a deal the Nile is a drought away from a serious crisis",
        "speaker": "laila-mansour",
        "speaker_name": "both",
        "cue": "warn",
        "notes": BOTH,
    },
    {
        "text": "without a deal the Nile is a drought away from a serious crisis",
        "speaker": "yared-alemu",
        "speaker_name": "both",
        "cue": "warn",
        "notes": BOTH,
    },
    {
        "text": "For now, the river's future is being decided less by engineers than by the politics of the region around it",
        **A,
    },
]

RELATIONSHIPS = [
    {
        "source": "badr-abdelatty",
        "target": "ETH",
        "type": "ACCUSE",
        "evidence": 'called the inauguration "a unilateral act in violation of international law"',
    },
    {
        "source": "badr-abdelatty",
        "target": "ETH",
        "type": "THREATEN",
        "evidence": 'said Egypt reserved the right to take "all measures" to defend its water security',
        "notes": "veiled threat of force",
    },
    {
        "source": "ETH",
        "target": "EGY",
        "type": "CONSULT",
        "evidence": "Talks between Ethiopia, Egypt and Sudan collapsed in December 2023 after more than a decade of negotiations",
        "notes": "three-party talks (historical): one symmetric CONSULT per pair",
    },
    {
        "source": "ETH",
        "target": "SDN",
        "type": "CONSULT",
        "evidence": "Talks between Ethiopia, Egypt and Sudan collapsed in December 2023 after more than a decade of negotiations",
    },
    {
        "source": "EGY",
        "target": "SDN",
        "type": "CONSULT",
        "evidence": "Talks between Ethiopia, Egypt and Sudan collapsed in December 2023 after more than a decade of negotiations",
    },
    {
        "source": "yared-alemu",
        "target": "EGY",
        "type": "ACCUSE",
        "evidence": "Egypt had spent a decade demanding a veto over upstream development that no other river basin would accept",
        "notes": "'it was Cairo, not Addis Ababa, that was militarising the dispute' restates it",
    },
    {
        "source": "ETH",
        "target": "SDN",
        "type": "COOPERATE",
        "evidence": "Ethiopia had already shared filling data with Sudan",
        "notes": "information sharing, asserted in Alemu's reported speech",
    },
    {
        "source": "EGY",
        "target": "SDN",
        "type": "AID",
        "evidence": "relies on Egyptian weapons and diplomatic cover",
        "notes": "arms supply = AID",
    },
    {
        "source": "EGY",
        "target": "SDN",
        "type": "SUPPORT",
        "evidence": "relies on Egyptian weapons and diplomatic cover",
        "notes": "diplomatic cover = SUPPORT",
    },
    {
        "source": "SDN",
        "target": "rsf",
        "type": "ASSAULT",
        "evidence": "its war against the Rapid Support Forces",
        "notes": "war, given in both directions",
    },
    {
        "source": "rsf",
        "target": "SDN",
        "type": "ASSAULT",
        "evidence": "its war against the Rapid Support Forces",
        "notes": "war, given in both directions",
    },
    {
        "source": "SDN",
        "target": "EGY",
        "type": "SUPPORT",
        "evidence": "backed Cairo's letter",
    },
    {
        "source": "EGY",
        "target": "SOM",
        "type": "ALLY",
        "evidence": "Egypt signed a defence pact with Somalia last year",
        "notes": "defence pact = standing treaty tie",
    },
    {
        "source": "EGY",
        "target": "SOM",
        "type": "AID",
        "evidence": "has pledged troops to the African Union mission there",
        "notes": "troops for a peace mission = AID (pledged)",
    },
    {
        "source": "ETH",
        "target": "donald-trump",
        "type": "REJECT",
        "evidence": "Ethiopia's foreign ministry swiftly rejected the claim of U.S. funding",
        "notes": "denial of Trump's claim",
    },
]

STANCES = [
    {
        "holder": "badr-abdelatty",
        "target": "ETH",
        "polarity": -1,
        "evidence": 'called the inauguration "a unilateral act in violation of international law"',
    },
    {
        "holder": "yared-alemu",
        "target": "EGY",
        "polarity": -1,
        "evidence": "it was Cairo, not Addis Ababa, that was militarising the dispute",
    },
    {
        "holder": "EGY",
        "target": "SDN",
        "polarity": 1,
        "evidence": "relies on Egyptian weapons and diplomatic cover",
    },
    {
        "holder": "SDN",
        "target": "EGY",
        "polarity": 1,
        "evidence": "backed Cairo's letter",
    },
    {
        "holder": "SDN",
        "target": "rsf",
        "polarity": -1,
        "evidence": "its war against the Rapid Support Forces",
    },
    {
        "holder": "ERI",
        "target": "abiy-ahmed",
        "polarity": -1,
        "evidence": "in terms that alarm neighbouring Eritrea",
    },
]

NOTES = {
    "actors": (
        "Not annotated: 'Africa' (the continent), the Blue Nile, the Nile, the High Aswan Dam, "
        "the Red Sea, 'in London' and 'Addis-based' (places), 'downstream states', 'the two' "
        "(anaphoric). 'Ethiopian' inside the project name 'Grand Ethiopian Renaissance Dam' is a "
        "demonym mention (the project is named after the country, not a person, as with 'Taiwan "
        "Strait'). 'The army-led government of General Abdel Fattah al-Burhan' is an institution "
        "mention of Sudan with the nested name kept; 'Ethiopia's foreign ministry' is one "
        "institution mention. The African Union mission is not a named mission: only 'African "
        "Union' is annotated."
    ),
    "figures": "'two days later' (interval after an event) is a figure only. 'several wet seasons', 'every dry year', 'a multi-year drought', 'Both analysts' are not figures. 'more than doubling' is a ratio.",
    "times": "Anchor: time stamp 2025-09-18 (a Thursday). 'last year' (twice) is 2024; 'July' is 2025-07. 'For now' is a DEICTIC present reference.",
    "claims": (
        "Not annotated: 'rejected that framing' (no content of its own), 'Sudanese engineers have "
        "privately welcomed the more regular flows' (welcome, no propositional content), Sudan's "
        "backing of the letter (an act), 'Washington has weighed in as well' (no content)."
    ),
    "relationships": (
        "Not annotated: Abiy's promise not to harm 'our brothers downstream' (no named target), "
        "Abiy's Red Sea demand (no addressee; Eritrea's alarm is in stances), Trump's offer to "
        "settle the quarrel (a plan, no named party), Ethiopia's filling of the dam (no actor "
        "target)."
    ),
    "stances": "The analysis takes no clear authorial stance toward either side. Mansour's 'encirclement by alliance' criticises the pattern of alliances rather than a named actor and is left out.",
}
