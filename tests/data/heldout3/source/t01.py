"""t01: wire report (Philippines, China, South China Sea), dated 2025-05-21. Invented event."""

ARTICLE = {
    "title": "China coast guard water-cannons, sideswipes Philippine fisheries ship near Sabina Shoal",
    "published": "2025-05-21",
    "author": "Carmela Reyes and Wang Lei",
    "source": "Pacific Wire",
    "body_first": "Chinese coast guard ships fired water cannon",
    "body_last": "denounced the drills as a threat to regional stability.",
    "notes": (
        "Wire report. Section label 'Asia Pacific', title, dek, two-author byline (given as "
        "written), time stamp line 'May 21, 2025 4:12 PM GMT+8 Updated 3 hours ago' (gives the "
        "date), photo caption with handout credit, then the dateline 'MANILA, May 21 (Pacific "
        "Wire) -' (front matter; source). The trailing credit line and the 'Read more:' list "
        "are boilerplate."
    ),
}

CATALOG = {
    "PHL": ("Philippines", "state", "PHL"),
    "CHN": ("China", "state", "CHN"),
    "USA": ("United States", "state", "USA"),
    "JPN": ("Japan", "state", "JPN"),
    "AUS": ("Australia", "state", "AUS"),
    "VNM": ("Vietnam", "state", "VNM"),
    "MYS": ("Malaysia", "state", "MYS"),
    "BRN": ("Brunei", "state", "BRN"),
    "jay-tarriela": ("Jay Tarriela", "person", "PHL"),
    "huang-xilian": ("Huang Xilian", "person", "CHN"),
    "enrique-manalo": ("Enrique Manalo", "person", "PHL"),
    "liu-dejun": ("Liu Dejun", "person", "CHN"),
    "guo-jiakun": ("Guo Jiakun", "person", "CHN"),
    "marykay-carlson": ("MaryKay Carlson", "person", "USA"),
    "ferdinand-marcos-jr": ("Ferdinand Marcos Jr.", "person", "PHL"),
    "jonathan-malaya": ("Jonathan Malaya", "person", "PHL"),
}

CLAIMS = [
    {
        "text": "Chinese coast guard ships fired water cannon at a Philippine fisheries vessel and sideswiped it near Sabina Shoal in the South China Sea on Wednesday, injuring three crew members, in the most serious confrontation between the two countries this year",
        "speaker": "author",
        "speaker_name": None,
        "cue": "(author voice)",
        "notes": "news lede in the reporter's own voice",
    },
    {
        "text": "The vessel, the BRP Datu Bankaw, was delivering fuel and ice to Filipino fishermen about 75 nautical miles west of Palawan when two China Coast Guard ships cut across its bow",
        "speaker": "PHL",
        "speaker_name": "the Philippine Coast Guard",
        "cue": "said",
        "notes": "the coast guard is an institution of the state",
    },
    {
        "text": "This was a deliberate and dangerous act against a civilian government vessel on a humanitarian mission",
        "speaker": "jay-tarriela",
        "speaker_name": "coast guard spokesman Jay Tarriela",
        "cue": "told reporters",
        "direct": True,
    },
    {
        "text": "a Chinese ship had struck the vessel's port side, shattering a window on the bridge, and that the injured crew had been taken to a hospital in Puerto Princesa",
        "speaker": "jay-tarriela",
        "speaker_name": "He",
        "cue": "said",
        "notes": "pronoun speaker",
    },
    {
        "text": "the strongest protest",
        "speaker": "PHL",
        "speaker_name": "The Department of Foreign Affairs",
        "cue": "what it called",
        "direct": True,
        "notes": "labelling",
    },
    {
        "text": 'Manila would "not be intimidated" into abandoning its rights within its exclusive economic zone',
        "speaker": "enrique-manalo",
        "speaker_name": "Foreign Secretary Enrique Manalo",
        "cue": "said",
    },
    {
        "text": 'two Philippine vessels had "deliberately intruded" into the waters of the shoal and ignored repeated warnings',
        "speaker": "liu-dejun",
        "speaker_name": "Spokesman Liu Dejun",
        "cue": "said",
    },
    {
        "text": 'the coast guard had taken "necessary control measures in accordance with the law" and that the Philippine side bore full responsibility for the collision',
        "speaker": "liu-dejun",
        "speaker_name": "He",
        "cue": "said",
        "notes": "pronoun speaker",
    },
    {
        "text": 'colluding with countries outside the region" to stir up trouble',
        "speaker": "guo-jiakun",
        "speaker_name": "foreign ministry spokesman Guo Jiakun",
        "cue": "accused Manila of",
        "notes": "accusation; 'urged it to stop provocations' is a directive (REQUEST), not a claim",
    },
    {
        "text": "Wednesday's clash was the first serious incident at Sabina Shoal since August last year",
        "speaker": "author",
        "speaker_name": None,
        "cue": "(author voice)",
        "notes": "reporter's framing sentence",
    },
    {
        "text": 'Washington "stands with our ally" and that China\'s actions "endanger lives and threaten regional peace',
        "speaker": "marykay-carlson",
        "speaker_name": "U.S. Ambassador MaryKay Carlson",
        "cue": "wrote on X",
        "notes": "one attribution with two that-clauses and embedded quotations",
    },
    {
        "text": "President Ferdinand Marcos Jr. convened his security advisers on Wednesday afternoon",
        "speaker": "PHL",
        "speaker_name": "Malacañang Palace",
        "cue": "said",
        "notes": "the presidential palace as institution of the state",
    },
    {
        "text": "the government was weighing more frequent joint patrols with allies, including Japan and Australia, but had no plans to send navy ships to the area",
        "speaker": "jonathan-malaya",
        "speaker_name": "National Security Council spokesman Jonathan Malaya",
        "cue": "said",
    },
    {
        "text": "a threat to regional stability",
        "speaker": "CHN",
        "speaker_name": "Beijing",
        "cue": "denounced the drills as",
        "notes": "labelling",
    },
]

RELATIONSHIPS = [
    {
        "source": "CHN",
        "target": "PHL",
        "type": "ASSAULT",
        "evidence": "Chinese coast guard ships fired water cannon at a Philippine fisheries vessel and sideswiped it",
        "notes": "water cannon and ramming with injuries; the 2024 ramming of the Teresa Magbanua restates the same tuple",
    },
    {
        "source": "PHL",
        "target": "CHN",
        "type": "ACCUSE",
        "evidence": 'summoned China\'s ambassador, Huang Xilian, and lodged what it called "the strongest protest" over the incident',
        "notes": "summoning an envoy and a formal diplomatic protest (CAMEO 'complain officially' -> PLOVER ACCUSE)",
    },
    {
        "source": "liu-dejun",
        "target": "PHL",
        "type": "ACCUSE",
        "evidence": 'two Philippine vessels had "deliberately intruded" into the waters of the shoal and ignored repeated warnings',
    },
    {
        "source": "guo-jiakun",
        "target": "PHL",
        "type": "ACCUSE",
        "evidence": 'accused Manila of "colluding with countries outside the region" to stir up trouble',
    },
    {
        "source": "guo-jiakun",
        "target": "PHL",
        "type": "REQUEST",
        "evidence": 'urged it to stop "provocations."',
    },
    {
        "source": "USA",
        "target": "PHL",
        "type": "ALLY",
        "evidence": "which has a 1951 Mutual Defense Treaty with the Philippines",
    },
    {
        "source": "USA",
        "target": "CHN",
        "type": "ACCUSE",
        "evidence": "The United States, which has a 1951 Mutual Defense Treaty with the Philippines, condemned the attack",
        "notes": "condemnation of China's attack",
    },
    {
        "source": "marykay-carlson",
        "target": "CHN",
        "type": "ACCUSE",
        "evidence": "China's actions \"endanger lives and threaten regional peace",
    },
    {
        "source": "PHL",
        "target": "USA",
        "type": "COOPERATE",
        "evidence": "Philippine and U.S. forces wrapped up their annual Balikatan exercises",
        "notes": "joint military exercise, given in both directions",
    },
    {
        "source": "USA",
        "target": "PHL",
        "type": "COOPERATE",
        "evidence": "Philippine and U.S. forces wrapped up their annual Balikatan exercises",
        "notes": "joint military exercise, given in both directions",
    },
    {
        "source": "CHN",
        "target": "PHL",
        "type": "ACCUSE",
        "evidence": "Beijing denounced the drills as a threat to regional stability",
    },
    {
        "source": "CHN",
        "target": "USA",
        "type": "ACCUSE",
        "evidence": "Beijing denounced the drills as a threat to regional stability",
    },
]

STANCES = [
    {
        "holder": "CHN",
        "target": "PHL",
        "polarity": -1,
        "evidence": "Chinese coast guard ships fired water cannon at a Philippine fisheries vessel and sideswiped it",
    },
    {
        "holder": "PHL",
        "target": "CHN",
        "polarity": -1,
        "evidence": 'lodged what it called "the strongest protest" over the incident',
    },
    {
        "holder": "liu-dejun",
        "target": "PHL",
        "polarity": -1,
        "evidence": "the Philippine side bore full responsibility for the collision",
    },
    {
        "holder": "guo-jiakun",
        "target": "PHL",
        "polarity": -1,
        "evidence": 'accused Manila of "colluding with countries outside the region" to stir up trouble',
    },
    {
        "holder": "USA",
        "target": "CHN",
        "polarity": -1,
        "evidence": "condemned the attack",
    },
    {
        "holder": "marykay-carlson",
        "target": "CHN",
        "polarity": -1,
        "evidence": "China's actions \"endanger lives and threaten regional peace",
    },
    {
        "holder": "marykay-carlson",
        "target": "PHL",
        "polarity": 1,
        "evidence": 'Washington "stands with our ally"',
    },
    {
        "holder": "CHN",
        "target": "USA",
        "polarity": -1,
        "evidence": "Beijing denounced the drills as a threat to regional stability",
    },
]

NOTES = {
    "actors": (
        "Not annotated: 'coast guard' without a state ('coast guard spokesman', 'the coast "
        "guard's flagship', 'the coast guard had taken'), 'foreign ministry spokesman' without a "
        "state, 'the government' (anaphoric); 'in Beijing' in 'At a regular briefing in Beijing' "
        "(venue); places (Sabina Shoal, South China Sea, Palawan, Puerto Princesa); ship names. "
        "'the Philippine Coast Guard', 'China Coast Guard' and 'China's coast guard' are "
        "institution mentions of their state (like armed forces); 'Malacañang Palace' (the "
        "presidential palace as speaker) and the 'National Security Council' are institution "
        "mentions of the Philippines. 'Philippine and U.S. forces' gives only the demonym and "
        "acronym."
    ),
    "figures": "'the first serious incident', 'the largest edition', 'annual' and 'repeated warnings' are not figures. 'its 12th diplomatic protest' is a counting ordinal.",
    "times": "Anchor: time stamp 2025-05-21 (a Wednesday). The dateline 'May 21' is front matter. 'to date' is not annotated.",
    "claims": (
        "Not annotated: 'condemned the attack' (no content of its own; in relationships and "
        "stances), 'Tokyo also voiced concern' (no content), 'urged it to stop provocations' "
        "(directive: REQUEST), the arbitral tribunal's ruling (no actor identity), 'a decision "
        "Beijing has never accepted' (rejection of a ruling, no propositional content)."
    ),
    "relationships": (
        "Not annotated: Manila's withdrawal of its vessel in September 2024 (no explicit "
        "counterpart), the weighed joint patrols with Japan and Australia (a plan), Tokyo's "
        "concern (no content), the summons as a separate tuple (same PHL->CHN ACCUSE as the "
        "protest), Beijing's rejection of the 2016 ruling (target is a tribunal)."
    ),
    "stances": "Manalo's 'not be intimidated' targets China only implicitly and is left out; Tokyo's concern has no explicit target.",
}
