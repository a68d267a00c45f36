"""s03: analysis with two analysts on the Gulf states, Iran and Israel, dated 2025-09-30."""

ARTICLE = {
    "title": "After the Doha strike, Gulf capitals hedge their bets on Iran and Israel",
    "published": "2025-09-30",
    "author": "Karim Nassar",
    "source": "Gulf Ledger",
    "body_first": "Since the Gaza war began in October 2023",
    "body_last": '"Nobody believes they can deliver one."',
    "notes": (
        "Analysis. Front matter: section label 'Analysis', title, dek ('Israel's attack on Qatar "
        "has done what ...'), byline 'by Karim Nassar', 'Published: 30.09.2025, 09:12' (day "
        "first), photo caption with credit. Trailing 'Topics:' line and the 'More from Gulf "
        "Ledger' headline list are not body; the source is taken from that list's heading."
    ),
}

CATALOG = {
    "ISR": ("Israel", "state", "ISR"),
    "QAT": ("Qatar", "state", "QAT"),
    "SAU": ("Saudi Arabia", "state", "SAU"),
    "ARE": ("United Arab Emirates", "state", "ARE"),
    "IRN": ("Iran", "state", "IRN"),
    "USA": ("United States", "state", "USA"),
    "PAK": ("Pakistan", "state", "PAK"),
    "CHN": ("China", "state", "CHN"),
    "KWT": ("Kuwait", "state", "KWT"),
    "hamas": ("Hamas", "group", "PSE"),
    "houthis": ("Houthis", "group", "YEM"),
    "gcc": ("Gulf Cooperation Council", "bloc", None),
    "un": ("United Nations", "organization", None),
    "noura-al-khatib": ("Noura al-Khatib", "person", None),
    "daniel-whitcombe": ("Daniel Whitcombe", "person", None),
    "gulf-strategy-forum": ("Gulf Strategy Forum", "organization", "KWT"),
    "ashford-institute": ("Ashford Institute", "organization", "USA"),
    "benjamin-netanyahu": ("Benjamin Netanyahu", "person", "ISR"),
    "mohammed-bin-abdulrahman-al-thani": ("Mohammed bin Abdulrahman Al Thani", "person", "QAT"),
    "donald-trump": ("Donald Trump", "person", "USA"),
    "ali-larijani": ("Ali Larijani", "person", "IRN"),
    "mohammed-bin-salman": ("Mohammed bin Salman", "person", "SAU"),
    "abbas-araghchi": ("Abbas Araghchi", "person", "IRN"),
    "anwar-gargash": ("Anwar Gargash", "person", "ARE"),
    "mohamed-bin-zayed": ("Mohamed bin Zayed Al Nahyan", "person", "ARE"),
}

A = {
    "speaker": "author",
    "speaker_name": None,
    "cue": "(author voice)",
    "notes": "central statement in the article's own voice",
}

CLAIMS = [
    {
        "text": "Since the Gaza war began in October 2023, the Gulf monarchies have tried to keep a conflict they did not choose at arm's length",
        **A,
    },
    {
        "text": "Israel's air strike on a Hamas compound in Doha on September 9 ended that illusion",
        **A,
    },
    {"text": "the region's governments are recalculating", **A},
    {
        "text": "Iran, which fired missiles at the Al Udeid air base outside Doha in June, is suddenly courting the neighbours it once threatened",
        **A,
    },
    {"text": "Tehran has moved quickly to exploit the anger", **A},
    {
        "text": "The reimposition of United Nations sanctions on Iran at the weekend adds another complication",
        **A,
    },
    {
        "text": "The Gulf states have learned that the American umbrella has holes in it",
        "speaker": "noura-al-khatib",
        "speaker_name": "Noura al-Khatib",
        "cue": "said",
        "direct": True,
    },
    {
        "text": 'Riyadh and Abu Dhabi were not abandoning the United States but buying "additional insurance" wherever they could find it',
        "speaker": "noura-al-khatib",
        "speaker_name": "She",
        "cue": "argued",
        "notes": "pronoun speaker; indirect speech with a partial quotation",
    },
    {
        "text": "The Pakistan pact, in her view, is less about Israel than about signalling to Washington that Saudi Arabia has other options",
        "speaker": "noura-al-khatib",
        "speaker_name": "her",
        "cue": "in her view",
        "notes": "parenthetical cue inside the span: the whole sentence",
    },
    {
        "text": 'Israel took "full responsibility" for the operation',
        "speaker": "benjamin-netanyahu",
        "speaker_name": "Israeli Prime Minister Benjamin Netanyahu",
        "cue": "said",
    },
    {
        "text": "the call was a first step and that Doha would keep hosting talks on Gaza only if it received firm assurances",
        "speaker": "QAT",
        "speaker_name": "Qatari officials",
        "cue": "said",
        "notes": "unnamed officials of a state coded to the state",
    },
    {
        "text": "Gulf rulers had not forgotten the June attack on Al Udeid or Iran's support for the Houthis, who fired on Saudi oil facilities as recently as 2022",
        "speaker": "daniel-whitcombe",
        "speaker_name": "He",
        "cue": "said",
        "notes": "pronoun speaker; the relative clause on the Houthis may be read as the reporter's background",
    },
    {
        "text": "Riyadh will take Iran's smile and keep its air defences switched on",
        "speaker": "daniel-whitcombe",
        "speaker_name": "he",
        "cue": "said",
        "direct": True,
    },
    {
        "text": "the Abraham Accords have survived, but barely",
        "speaker": "noura-al-khatib",
        "speaker_name": "Both analysts",
        "cue": "agree",
        "notes": "one attribution with two speakers: one item per speaker",
    },
    {
        "text": "the Abraham Accords have survived, but barely",
        "speaker": "daniel-whitcombe",
        "speaker_name": "Both analysts",
        "cue": "agree",
        "notes": "one attribution with two speakers: one item per speaker",
    },
    {
        "text": 'any annexation of the West Bank would be a "red line',
        "speaker": "ARE",
        "speaker_name": "The United Arab Emirates",
        "cue": "warned",
        "notes": "ends in a partial quotation",
    },
    {
        "text": 'the Doha strike had "damaged the idea that normalisation buys safety',
        "speaker": "anwar-gargash",
        "speaker_name": "Anwar Gargash, diplomatic adviser to the UAE president",
        "cue": "wrote",
    },
    {
        "text": "it will not recognise Israel without a credible path to statehood for the Palestinians",
        "speaker": "SAU",
        "speaker_name": "Saudi Arabia",
        "cue": "has said repeatedly",
    },
    {
        "text": "a cornered Tehran could lash out at shipping in the Strait of Hormuz",
        "speaker": "SAU",
        "speaker_name": "Saudi and Emirati officials",
        "cue": "fear",
        "notes": "two speakers: one item per state; the relative clause on oil flows is the reporter's",
    },
    {
        "text": "a cornered Tehran could lash out at shipping in the Strait of Hormuz",
        "speaker": "ARE",
        "speaker_name": "Saudi and Emirati officials",
        "cue": "fear",
        "notes": "two speakers: one item per state",
    },
    {
        "text": "the Gulf states to press Washington and Tehran to resume talks before the end of the year",
        "speaker": "noura-al-khatib",
        "speaker_name": "Al-Khatib",
        "cue": "expects",
    },
    {
        "text": "Everyone in the Gulf wants a deal between America and Iran",
        "speaker": "daniel-whitcombe",
        "speaker_name": "he",
        "cue": "said",
        "direct": True,
    },
    {
        "text": "Nobody believes they can deliver one",
        "speaker": "daniel-whitcombe",
        "speaker_name": "he",
        "cue": "said",
        "direct": True,
        "notes": "second quoted sentence under the same attribution",
    },
]

RELATIONSHIPS = [
    {
        "source": "ISR",
        "target": "hamas",
        "type": "ASSAULT",
        "evidence": "Israel's air strike on a Hamas compound in Doha on September 9",
    },
    {
        "source": "ISR",
        "target": "QAT",
        "type": "ASSAULT",
        "evidence": "the first Israeli strike on a Gulf state that hosts a major American base",
        "notes": "the strike hit Qatari territory and killed a Qatari officer",
    },
    {
        "source": "QAT",
        "target": "USA",
        "type": "COOPERATE",
        "evidence": "a Gulf state that hosts a major American base",
        "notes": "basing access = military cooperation (standing)",
    },
    {
        "source": "SAU",
        "target": "PAK",
        "type": "ALLY",
        "evidence": "Saudi Arabia signed a mutual defence pact with nuclear-armed Pakistan",
        "notes": "defence treaty",
    },
    {
        "source": "QAT",
        "target": "USA",
        "type": "REQUEST",
        "evidence": "Qatar has asked Washington for written security guarantees",
    },
    {
        "source": "IRN",
        "target": "USA",
        "type": "ASSAULT",
        "evidence": "which fired missiles at the Al Udeid air base outside Doha in June",
        "notes": "the base hosts U.S. forces (named in the previous paragraph as a major American base); Qatar is the alternative target",
    },
    {
        "source": "benjamin-netanyahu",
        "target": "mohammed-bin-abdulrahman-al-thani",
        "type": "CONCEDE",
        "evidence": "he expressed regret to Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani",
        "notes": "apology = CONCEDE",
    },
    {
        "source": "benjamin-netanyahu",
        "target": "mohammed-bin-abdulrahman-al-thani",
        "type": "CONSULT",
        "evidence": "in a telephone call arranged at the White House by President Donald Trump",
        "notes": "telephone call (CONSULT mode phone)",
    },
    {
        "source": "ali-larijani",
        "target": "mohammed-bin-salman",
        "type": "CONSULT",
        "evidence": "visited Riyadh this month and met Crown Prince Mohammed bin Salman",
        "notes": "visit: the visitor is the actor",
    },
    {
        "source": "IRN",
        "target": "SAU",
        "type": "AGREE",
        "evidence": "the two countries restored ties in a China-brokered deal in March 2023",
        "notes": "restoration of relations by agreement",
    },
    {
        "source": "CHN",
        "target": "IRN",
        "type": "SUPPORT",
        "evidence": "a China-brokered deal",
        "notes": "mediation",
    },
    {
        "source": "CHN",
        "target": "SAU",
        "type": "SUPPORT",
        "evidence": "a China-brokered deal",
        "notes": "mediation",
    },
    {
        "source": "IRN",
        "target": "houthis",
        "type": "SUPPORT",
        "evidence": "Iran's support for the Houthis",
        "notes": "as written; AID (arms) is the alternative reading",
    },
    {
        "source": "houthis",
        "target": "SAU",
        "type": "ASSAULT",
        "evidence": "who fired on Saudi oil facilities as recently as 2022",
    },
    {
        "source": "ARE",
        "target": "ISR",
        "type": "AGREE",
        "evidence": "which normalised relations with Israel in 2020",
        "notes": "normalisation agreement (the Abraham Accords)",
    },
    {
        "source": "ARE",
        "target": "ISR",
        "type": "THREATEN",
        "evidence": 'warned this month that any annexation of the West Bank would be a "red line"',
        "notes": "warning with an implied consequence; the annexing party (Israel) is implicit",
    },
    {
        "source": "anwar-gargash",
        "target": "ISR",
        "type": "ACCUSE",
        "evidence": 'wrote that the Doha strike had "damaged the idea that normalisation buys safety"',
        "notes": "criticism of Israel's strike",
    },
    {
        "source": "SAU",
        "target": "ISR",
        "type": "REJECT",
        "evidence": "it will not recognise Israel without a credible path to statehood for the Palestinians",
        "notes": "refusal of normalisation under present conditions; a negated SUPPORT is the alternative",
    },
    {
        "source": "un",
        "target": "IRN",
        "type": "SANCTION",
        "evidence": "The reimposition of United Nations sanctions on Iran",
    },
]

STANCES = [
    {
        "holder": "ISR",
        "target": "hamas",
        "polarity": -1,
        "evidence": "Israel's air strike on a Hamas compound in Doha on September 9",
    },
    {
        "holder": "IRN",
        "target": "USA",
        "polarity": -1,
        "evidence": "which fired missiles at the Al Udeid air base outside Doha in June",
    },
    {
        "holder": "houthis",
        "target": "SAU",
        "polarity": -1,
        "evidence": "who fired on Saudi oil facilities as recently as 2022",
    },
    {
        "holder": "ARE",
        "target": "ISR",
        "polarity": -1,
        "evidence": 'warned this month that any annexation of the West Bank would be a "red line"',
    },
    {
        "holder": "anwar-gargash",
        "target": "ISR",
        "polarity": -1,
        "evidence": 'the Doha strike had "damaged the idea that normalisation buys safety"',
    },
    {
        "holder": "un",
        "target": "IRN",
        "polarity": -1,
        "evidence": "The reimposition of United Nations sanctions on Iran",
    },
]

NOTES = {
    "actors": (
        "Not annotated: 'Doha' as a place ('in Doha on September 9', 'outside Doha', 'in Doha "
        "the next day', 'the Doha strike'; 'Doha would keep hosting talks' is the state), "
        "'visited Riyadh' (destination), 'in Washington' (location of the institute), 'at the "
        "White House' (venue), 'the Gulf', 'the Gulf states', 'Gulf monarchies', 'Gulf "
        "rulers', 'a Gulf state', 'the region's governments', 'the neighbours' (regional "
        "descriptors and anaphors without a fixed actor), 'Gaza', 'West Bank', 'Al Udeid', "
        "'Strait of Hormuz', 'Middle East' (places), 'Abraham Accords' (a treaty), "
        "'Palestinians' (plural demonym noun), 'the two countries' (anaphoric). 'Kuwait' counts "
        "although it only locates the forum (country names count wherever they occur). 'the "
        "UAE president' is a title mention of Mohamed bin Zayed, with 'UAE' kept inside. "
        "'Sheikh' before the Qatari prime minister's name is an attached title. 'Iran's Supreme "
        "National Security Council' is an institution mention of Iran."
    ),
    "figures": "'the first Israeli strike' and 'a first step' are not figures. 'a fifth' is a share (20 percent).",
    "times": (
        "Anchor: 'Published: 30.09.2025' (a Tuesday). 'Three weeks later' counts from the "
        "strike of September 9 and lands on the publication date; its duration is also a "
        "figure. 'at the time' refers back to the strike. 'the next day' is the day after "
        "September 17. 'the weekend' = 2025-09-27/2025-09-28. 'as recently as 2022' gives "
        "'2022'."
    ),
    "claims": (
        "Author = Karim Nassar. Six author statements. Not annotated: Whitcombe 'cautioned "
        "against reading too much into the visits' (advice, a directive), Araghchi 'has called "
        "for a regional security pact' (directive), 'Whitcombe is less hopeful' (no content), "
        "Netanyahu's expression of regret (no propositional content; a relationship)."
    ),
    "relationships": (
        "Not annotated: 'were not abandoning the United States' (inside al-Khatib's "
        "interpretation), Trump arranging the call (mediation without a single counterpart), "
        "Araghchi's call for a pact (no named addressee), the GCC meeting (no target), Qatar "
        "hosting talks on Gaza (conditional), al-Khatib's expectation that the Gulf states "
        "will press Washington and Tehran (forecast)."
    ),
    "stances": (
        "The author's voice is analytical; no author stance. Whitcombe's scepticism about "
        "Iran's overtures is attributed to Riyadh and left out; Netanyahu's regret toward Qatar "
        "follows a strike and is mixed."
    ),
}
