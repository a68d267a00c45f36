"""s04: news report on Venezuela-U.S. tensions (boat strikes, naval build-up), dated 2025-09-24."""

ARTICLE = {
    "title": "Maduro orders coastal drills as death toll from U.S. boat strikes reaches 17",
    "published": "2025-09-24",
    "author": "Lucía Ferreyra and Tomás Reyes",
    "source": "Hemisphere Daily",
    "body_first": "Venezuelan President Nicolás Maduro on Tuesday ordered",
    "body_last": "has lived in exile in Spain since September last year.",
    "notes": (
        "News report. Front matter: breadcrumb 'World › Americas', title, byline with places "
        "('Lucía Ferreyra in Caracas and Tomás Reyes in Miami': the places are dropped), time "
        "stamp 'Sep 24, 2025, 11:20 AM ET', photo caption with credit. Trailing newsletter "
        "invitation and copyright line ('Copyright 2025 Hemisphere Daily', which gives the "
        "source) are not body."
    ),
}

CATALOG = {
    "VEN": ("Venezuela", "state", "VEN"),
    "USA": ("United States", "state", "USA"),
    "TTO": ("Trinidad and Tobago", "state", "TTO"),
    "GUY": ("Guyana", "state", "GUY"),
    "COL": ("Colombia", "state", "COL"),
    "ESP": ("Spain", "state", "ESP"),
    "un": ("United Nations", "organization", None),
    "tren-de-aragua": ("Tren de Aragua", "group", "VEN"),
    "cartel-de-los-soles": ("Cartel de los Soles", "group", "VEN"),
    "chevron": ("Chevron", "organization", "USA"),
    "nicolas-maduro": ("Nicolás Maduro", "person", "VEN"),
    "vladimir-padrino-lopez": ("Vladimir Padrino López", "person", "VEN"),
    "donald-trump": ("Donald Trump", "person", "USA"),
    "pete-hegseth": ("Pete Hegseth", "person", "USA"),
    "diosdado-cabello": ("Diosdado Cabello", "person", "VEN"),
    "marco-rubio": ("Marco Rubio", "person", "USA"),
    "kamla-persad-bissessar": ("Kamla Persad-Bissessar", "person", "TTO"),
    "gustavo-petro": ("Gustavo Petro", "person", "COL"),
    "edmundo-gonzalez": ("Edmundo González", "person", "VEN"),
}

A = {
    "speaker": "author",
    "speaker_name": None,
    "cue": "(author voice)",
    "notes": "news lede or framing sentence in the reporter's own voice",
}

CLAIMS = [
    {
        "text": "Venezuelan President Nicolás Maduro on Tuesday ordered troops and militia members to hold three days of exercises in 10 coastal states, escalating a standoff with Washington that has left 17 people dead in U.S. strikes on boats in the Caribbean in less than a month",
        **A,
    },
    {"text": "The region is divided", **A},
    {"text": "The confrontation has not stopped oil from flowing north", **A},
    {
        "text": "Venezuela will defend every inch of its coast",
        "speaker": "nicolas-maduro",
        "speaker_name": "Maduro",
        "cue": "said in a televised address",
        "direct": True,
    },
    {
        "text": "more than 4.5 million people had enlisted in the Bolivarian Militia since August",
        "speaker": "nicolas-maduro",
        "speaker_name": "He",
        "cue": "said",
        "notes": "'a figure that could not be independently verified' is the reporter's comment",
    },
    {
        "text": "were carrying drugs from Venezuela",
        "speaker": "USA",
        "speaker_name": "it",
        "cue": "says",
        "notes": "'vessels it says were carrying drugs'; 'it' = the U.S. military",
    },
    {
        "text": "members of Tren de Aragua",
        "speaker": "donald-trump",
        "speaker_name": "President Donald Trump",
        "cue": "described as",
        "notes": "labelling",
    },
    {
        "text": 'the boats were operated by "narco-terrorists" and that the strikes would continue',
        "speaker": "pete-hegseth",
        "speaker_name": "Defense Secretary Pete Hegseth",
        "cue": "said on social media",
    },
    {
        "text": "none of the dead has been identified",
        "speaker": "VEN",
        "speaker_name": "Venezuela's government",
        "cue": "says",
    },
    {
        "text": "extrajudicial killings",
        "speaker": "VEN",
        "speaker_name": "Venezuela's government",
        "cue": "has called the strikes",
        "notes": "labelling",
    },
    {
        "text": 'Washington on Monday of preparing "a military aggression dressed up as a drug war',
        "speaker": "diosdado-cabello",
        "speaker_name": "Interior Minister Diosdado Cabello",
        "cue": "accused ... of",
    },
    {
        "text": "leading the Cartel de los Soles",
        "speaker": "USA",
        "speaker_name": "the State Department",
        "cue": "accuses him of",
        "notes": "'him' = Maduro",
    },
    {
        "text": 'Maduro was "not a legitimate president" but "a fugitive from American justice',
        "speaker": "marco-rubio",
        "speaker_name": "Secretary of State Marco Rubio",
        "cue": "told reporters",
    },
    {
        "text": "his country was a major transit route for cocaine",
        "speaker": "nicolas-maduro",
        "speaker_name": "Maduro",
        "cue": "denying",
        "notes": "denial in his letter to Trump",
    },
    {
        "text": 'the letter repeated "the same old lies',
        "speaker": "USA",
        "speaker_name": "The White House",
        "cue": "said",
    },
    {
        "text": "her government would give American forces access to its territory if Venezuela attacked Guyana",
        "speaker": "kamla-persad-bissessar",
        "speaker_name": "Trinidad and Tobago's prime minister, Kamla Persad-Bissessar",
        "cue": "said",
        "notes": "conditional commitment",
    },
    {
        "text": 'the dead were "poor young men, not terrorists',
        "speaker": "gustavo-petro",
        "speaker_name": "Colombian President Gustavo Petro",
        "cue": "told the U.N. General Assembly",
    },
    {
        "text": "Chevron, the only U.S. major still pumping in Venezuela, has shipped about 150,000 barrels a day to the United States since the Treasury renewed its license in July",
        "speaker": "chevron",
        "speaker_name": "the company",
        "cue": "according to",
    },
    {
        "text": "a third term",
        "speaker": "nicolas-maduro",
        "speaker_name": "Maduro",
        "cue": "claimed",
    },
]

RELATIONSHIPS = [
    {
        "source": "nicolas-maduro",
        "target": "USA",
        "type": "MOBILIZE",
        "evidence": "ordered troops and militia members to hold three days of exercises in 10 coastal states, escalating a standoff with Washington",
        "notes": "military exercise as a show of force",
    },
    {
        "source": "VEN",
        "target": "USA",
        "type": "RIVAL",
        "evidence": "escalating a standoff with Washington",
        "notes": "standing confrontation",
    },
    {
        "source": "USA",
        "target": "tren-de-aragua",
        "type": "ASSAULT",
        "evidence": "The first killed 11 people whom President Donald Trump described as members of Tren de Aragua",
        "notes": "strikes on boats whose crews the U.S. says belong to the gang",
    },
    {
        "source": "USA",
        "target": "VEN",
        "type": "MOBILIZE",
        "evidence": "The United States has sent eight warships, a nuclear-powered submarine and about 4,500 sailors and Marines to the southern Caribbean",
        "notes": "naval build-up off Venezuela",
    },
    {
        "source": "VEN",
        "target": "USA",
        "type": "ACCUSE",
        "evidence": "has called the strikes extrajudicial killings",
    },
    {
        "source": "diosdado-cabello",
        "target": "USA",
        "type": "ACCUSE",
        "evidence": 'accused Washington on Monday of preparing "a military aggression dressed up as a drug war."',
    },
    {
        "source": "USA",
        "target": "nicolas-maduro",
        "type": "COERCE",
        "evidence": "Washington doubled its reward for information leading to Maduro's arrest to $50 million",
        "notes": "bounty for an arrest = coercive pressure",
    },
    {
        "source": "USA",
        "target": "nicolas-maduro",
        "type": "ACCUSE",
        "evidence": "the State Department accuses him of leading the Cartel de los Soles",
    },
    {
        "source": "USA",
        "target": "cartel-de-los-soles",
        "type": "SANCTION",
        "evidence": "which the Treasury designated a terrorist organization in July",
        "notes": "terrorist designation",
    },
    {
        "source": "marco-rubio",
        "target": "nicolas-maduro",
        "type": "ACCUSE",
        "evidence": 'Maduro was "not a legitimate president" but "a fugitive from American justice."',
    },
    {
        "source": "marco-rubio",
        "target": "VEN",
        "type": "THREATEN",
        "evidence": "Rubio did not rule out strikes on Venezuelan territory",
        "notes": "implicit threat of force",
    },
    {
        "source": "nicolas-maduro",
        "target": "donald-trump",
        "type": "AGREE",
        "evidence": "Maduro wrote to Trump this month offering direct talks",
        "notes": "offer to negotiate = AGREE (as in the development gold)",
    },
    {
        "source": "nicolas-maduro",
        "target": "USA",
        "type": "REJECT",
        "evidence": "denying that his country was a major transit route for cocaine",
        "notes": "denial of the U.S. accusation",
    },
    {
        "source": "USA",
        "target": "nicolas-maduro",
        "type": "REJECT",
        "evidence": 'The White House said the letter repeated "the same old lies."',
        "notes": "dismissal of the letter and its offer; also 'Washington ... rejected the result' of the 2024 election",
    },
    {
        "source": "kamla-persad-bissessar",
        "target": "USA",
        "type": "SUPPORT",
        "evidence": "has backed the U.S. strikes",
    },
    {
        "source": "TTO",
        "target": "USA",
        "type": "AGREE",
        "evidence": "her government would give American forces access to its territory if Venezuela attacked Guyana",
        "notes": "offer of military access (conditional)",
    },
    {
        "source": "USA",
        "target": "COL",
        "type": "SANCTION",
        "evidence": "whose country Washington decertified as a partner in the fight against drugs",
        "notes": "decertification = reduction of cooperation",
    },
    {
        "source": "gustavo-petro",
        "target": "USA",
        "type": "ACCUSE",
        "evidence": 'that the dead were "poor young men, not terrorists."',
        "notes": "implicit condemnation of the U.S. strikes",
    },
    {
        "source": "chevron",
        "target": "VEN",
        "type": "COOPERATE",
        "evidence": "the only U.S. major still pumping in Venezuela",
        "notes": "economic cooperation (oil production)",
    },
]

STANCES = [
    {
        "holder": "USA",
        "target": "nicolas-maduro",
        "polarity": -1,
        "evidence": "the State Department accuses him of leading the Cartel de los Soles",
        "notes": "also the reward for his arrest and the White House's 'the same old lies'",
    },
    {
        "holder": "marco-rubio",
        "target": "nicolas-maduro",
        "polarity": -1,
        "evidence": 'Maduro was "not a legitimate president" but "a fugitive from American justice."',
    },
    {
        "holder": "diosdado-cabello",
        "target": "USA",
        "polarity": -1,
        "evidence": 'accused Washington on Monday of preparing "a military aggression dressed up as a drug war."',
    },
    {
        "holder": "VEN",
        "target": "USA",
        "polarity": -1,
        "evidence": "has called the strikes extrajudicial killings",
    },
    {
        "holder": "kamla-persad-bissessar",
        "target": "USA",
        "polarity": 1,
        "evidence": "has backed the U.S. strikes",
    },
    {
        "holder": "gustavo-petro",
        "target": "USA",
        "polarity": -1,
        "evidence": 'the dead were "poor young men, not terrorists."',
    },
    {
        "holder": "USA",
        "target": "tren-de-aragua",
        "polarity": -1,
        "evidence": "The first killed 11 people whom President Donald Trump described as members of Tren de Aragua",
    },
    {
        "holder": "USA",
        "target": "COL",
        "polarity": -1,
        "evidence": "whose country Washington decertified as a partner in the fight against drugs",
    },
]

NOTES = {
    "actors": (
        "Not annotated: 'the Caribbean', 'the southern Caribbean', 'Puerto Rico' (places), "
        "'his country', 'her government', 'the region', 'the opposition', 'the company' "
        "(anaphoric or unnamed), 'Latin American governments' (a regional descriptor, not a "
        "bloc), 'Marines'. 'The U.S. military', 'the State Department', 'the Treasury', 'The "
        "White House', 'Venezuela's government' and 'Bolivarian Militia' are institution "
        "mentions of their state; 'U.N. General Assembly' is an institution mention of the UN. "
        "Attached titles ('President', 'Defense Minister', 'Interior Minister', 'Secretary of "
        "State') are not annotated; the demonym before a title is ('Venezuelan President', "
        "'Colombian President')."
    ),
    "figures": (
        "'The first' (the first strike) is not a figure. 'F-35' is a model name ('Ten F-35 "
        "fighter jets' counts 10). 'three people each' gives 3. 'decades' inside the vague "
        "'in decades' is a figure (20 years, at least). 'less than a month', 'three days' and "
        "'nearly 30 years' are bare durations (figures only). 'a third term' is a counting "
        "ordinal."
    ),
    "times": (
        "Anchor: time stamp 'Sep 24, 2025' (a Wednesday). 'Tuesday' = 2025-09-23, 'Monday' = "
        "2025-09-22, 'last Friday' = 2025-09-19, 'last week' = 2025-09-15/2025-09-21. 'since "
        "mid-August' gives the month; 'September last year' = 2024-09."
    ),
    "claims": (
        "Author = Lucía Ferreyra and Tomás Reyes. Three author items (lede and two framing "
        "sentences). Not annotated: the Treasury's terrorist designation (a legal act: in "
        "relationships), 'Rubio did not rule out strikes' (no assertion; a relationship), "
        "'Washington and most Latin American governments rejected the result' (a rejection "
        "without propositional content), the opposition's tally sheets (no actor speaker)."
    ),
    "relationships": (
        "Not annotated: the strikes as attacks on Venezuela (the targets are boats), Hegseth's "
        "'the strikes would continue' (no named target), the hypothetical Venezuelan attack on "
        "Guyana, the Treasury's renewal of Chevron's license (a licence to a U.S. company), "
        "González's exile in Spain (no event between actors stated). 'Washington ... rejected "
        "the result' is the same tuple as the White House's dismissal (USA -> Maduro REJECT)."
    ),
    "stances": (
        "The reporters take no stance. Maduro's attitude toward the U.S. is mixed in the text "
        "(defiance and an offer of talks) and left out."
    ),
}
