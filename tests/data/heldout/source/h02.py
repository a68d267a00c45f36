"""h02: opinion column (China, Taiwan, United States), dated 2025-04-10."""

ARTICLE = {
    "title": "Beijing is rehearsing a blockade of Taiwan. Washington is sending Taipei a tariff bill",
    "published": "2025-04-10",
    "author": "Margaret Lindqvist",
    "source": None,
    "body_first": "Last week, for the third time in less",
    "body_last": "The question is whether Washington is paying attention.",
    "notes": (
        "Opinion column. Front matter: section label 'OPINION', title, dek ('China’s latest war "
        "games were not theatre. ...'), byline 'By Margaret Lindqvist', date line 'April 10, "
        "2025', photo caption with credit. Trailing author bio ('Margaret Lindqvist is a former "
        "U.S. Navy intelligence officer ...') and the 'Read more' list are not body. No outlet "
        "is named: source null."
    ),
}

CATALOG = {
    "CHN": ("China", "state", "CHN"),
    "TWN": ("Taiwan", "state", "TWN"),
    "USA": ("United States", "state", "USA"),
    "JPN": ("Japan", "state", "JPN"),
    "PHL": ("Philippines", "state", "PHL"),
    "UKR": ("Ukraine", "state", "UKR"),
    "lai-ching-te": ("Lai Ching-te", "person", "TWN"),
    "xi-jinping": ("Xi Jinping", "person", "CHN"),
    "donald-trump": ("Donald Trump", "person", "USA"),
    "pete-hegseth": ("Pete Hegseth", "person", "USA"),
    "fumio-kishida": ("Fumio Kishida", "person", "JPN"),
    "shigeru-ishiba": ("Shigeru Ishiba", "person", "JPN"),
    "tsmc": ("Taiwan Semiconductor Manufacturing Company", "organization", "TWN"),
    "kuomintang": ("Kuomintang", "organization", "TWN"),
}

A = {
    "speaker": "author",
    "speaker_name": None,
    "cue": "(author voice)",
    "notes": "central thesis in the article's own voice",
}

CLAIMS = [
    {
        "text": "it had tracked 76 military aircraft and 21 warships around the island on April 1 alone, along with four coast guard vessels that sailed within 24 nautical miles of the southern port of Kaohsiung",
        "speaker": "TWN",
        "speaker_name": "Taiwan’s defence ministry",
        "cue": "said",
    },
    {
        "text": "President Lai Ching-te’s decision in March to label China a “foreign hostile force” and to tighten rules on contacts with the mainland",
        "speaker": "CHN",
        "speaker_name": "Beijing",
        "cue": "stated pretext",
        "notes": "Beijing's stated justification of the drills",
    },
    {
        "text": "China a “foreign hostile force”",
        "speaker": "lai-ching-te",
        "speaker_name": "President Lai Ching-te",
        "cue": "label",
        "notes": "labelling with a partial quotation; nested in the preceding item",
    },
    {
        "text": "Xi Jinping has instructed his military to be capable of taking Taiwan by 2027",
        "speaker": "USA",
        "speaker_name": "U.S. intelligence officials",
        "cue": "according to",
    },
    {
        "text": "Taiwan of stealing America’s chip industry",
        "speaker": "donald-trump",
        "speaker_name": "President Donald Trump",
        "cue": "has accused",
    },
    {
        "text": "to invest $100 billion in American factories",
        "speaker": "tsmc",
        "speaker_name": "TSMC",
        "cue": "pledged",
        "notes": "commissive",
    },
    {
        "text": "the United States would maintain robust deterrence across the Taiwan Strait",
        "speaker": "pete-hegseth",
        "speaker_name": "Defense Secretary Pete Hegseth",
        "cue": "promised",
    },
    {
        "text": "to lift spending to more than 3 percent",
        "speaker": "lai-ching-te",
        "speaker_name": "Lai",
        "cue": "has promised",
        "notes": "commissive",
    },
    {
        "text": "doubling defence spending to 2 percent of GDP by 2027",
        "speaker": "JPN",
        "speaker_name": "Tokyo",
        "cue": "has committed to",
        "notes": "commissive (policy commitment)",
    },
    {
        "text": "Ukraine could be a preview of East Asia’s future",
        "speaker": "fumio-kishida",
        "speaker_name": "Fumio Kishida",
        "cue": "warned",
    },
    {"text": "Americans should stop reading these drills as noisy theatre", **A},
    {
        "text": "They are rehearsals, and each one is larger and closer to the island than the last",
        **A,
    },
    {"text": "Washington is sending Taipei the wrong signals at precisely the wrong moment", **A},
    {
        "text": "deterrence rests on belief, and Beijing is watching an American president who treats allies as accounts receivable",
        **A,
    },
    {"text": "Taiwan, for its part, must do more", **A},
    {
        "text": "Taipei cannot ask Americans to take risks for it while its own lawmakers squabble over submarine funding",
        **A,
    },
    {
        "text": "The best way to avoid that war is to make sure Xi never believes he can win it cheaply",
        **A,
    },
    {"text": "Beijing has made its intentions plain", **A},
]

RELATIONSHIPS = [
    {
        "source": "CHN",
        "target": "TWN",
        "type": "MOBILIZE",
        "evidence": "China’s People’s Liberation Army encircled Taiwan with warships, bombers and coast guard cutters",
        "notes": "military exercise / show of force = MOBILIZE",
    },
    {
        "source": "lai-ching-te",
        "target": "CHN",
        "type": "ACCUSE",
        "evidence": "to label China a “foreign hostile force”",
    },
    {
        "source": "USA",
        "target": "TWN",
        "type": "SANCTION",
        "evidence": "the Trump administration slapped a 32 percent “reciprocal” tariff on Taiwanese goods",
        "notes": "tariffs = economic sanction",
    },
    {
        "source": "USA",
        "target": "TWN",
        "type": "CONCEDE",
        "evidence": "since paused for 90 days",
        "notes": "easing of the tariff",
    },
    {
        "source": "donald-trump",
        "target": "TWN",
        "type": "ACCUSE",
        "evidence": "has accused Taiwan of stealing America’s chip industry",
    },
    {
        "source": "tsmc",
        "target": "USA",
        "type": "AGREE",
        "evidence": "pledged last month to invest $100 billion in American factories",
        "notes": "pledge of future economic cooperation = AGREE",
    },
    {
        "source": "PHL",
        "target": "USA",
        "type": "COOPERATE",
        "evidence": "has given U.S. forces access to nine military bases",
        "notes": "military cooperation",
    },
]

STANCES = [
    {
        "holder": "author",
        "target": "CHN",
        "polarity": -1,
        "evidence": "Its purpose was unmistakable: to practise cutting off the island’s energy imports and ports",
    },
    {
        "holder": "author",
        "target": "USA",
        "polarity": -1,
        "evidence": "Washington is sending Taipei the wrong signals at precisely the wrong moment",
    },
    {
        "holder": "author",
        "target": "donald-trump",
        "polarity": -1,
        "evidence": "an American president who treats allies as accounts receivable",
    },
    {
        "holder": "author",
        "target": "kuomintang",
        "polarity": -1,
        "evidence": "while its own lawmakers squabble over submarine funding",
        "notes": "the lawmakers are the Kuomintang-led majority that cut the budget",
    },
    {
        "holder": "author",
        "target": "JPN",
        "polarity": 1,
        "evidence": "Japan understands the stakes better than anyone",
    },
    {
        "holder": "lai-ching-te",
        "target": "CHN",
        "polarity": -1,
        "evidence": "to label China a “foreign hostile force”",
    },
    {
        "holder": "donald-trump",
        "target": "TWN",
        "polarity": -1,
        "evidence": "has accused Taiwan of stealing America’s chip industry",
    },
]

NOTES = {
    "actors": (
        "Not annotated: 'Tokyo' in 'promised in Tokyo' (a place; 'Tokyo has committed' is the "
        "state), 'Kaohsiung' (place), 'the mainland' and 'the island' (descriptions, not names), "
        "'Americans' (plural demonym noun), 'East Asia' (region). 'an American president' is a "
        "title mention of Trump with 'American' kept inside it. 'Taiwan' in 'Taiwan Strait' counts "
        "(country names count wherever they occur). 'U.S. Navy' is an institution mention."
    ),
    "figures": "'Strait Thunder-2025A' is an exercise name. 'Taiwan’s largest company' has no numeral and is not a figure.",
    "times": "Anchor: the date line, 2025-04-10 (a Thursday). 'Last week' = 2025-03-31/2025-04-06; the drills were on 1-2 April. 'less than a year', 'two days', '90 days' are bare durations (figures only).",
    "claims": "Author = Margaret Lindqvist. Eight thesis statements chosen. Not annotated: 'Beijing named Strait Thunder-2025A' (naming, not an assertion).",
    "relationships": "Not annotated: Xi's instruction to be ready by 2027 (a preparation reported inside a claim, no event), 'None of this means Washington has abandoned Taiwan' (denied inference, not an event), Hegseth's promise of deterrence (no named recipient), U.S. destroyers sailing the strait (no named target), Taiwan's pending arms purchases (seller not named), 'Taipei cannot ask Americans ...' (hypothetical).",
    "stances": "The author's stance toward Taiwan is mixed (sympathetic, yet 'must do more') and left out.",
}
