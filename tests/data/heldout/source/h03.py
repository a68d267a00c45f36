"""h03: analysis with think-tank experts (Mali, the Sahel, Russia), dated 2025-06-19."""

ARTICLE = {
    "title": "Wagner's exit from Mali changes the uniform, not the war",
    "published": "2025-06-19",
    "author": "Claire Mensah",
    "source": "Continental Review",
    "body_first": "When the Wagner Group announced on June 6",
    "body_last": 'until the money runs out," she said.',
    "notes": (
        "Analysis. Front matter: section label 'ANALYSIS', title, dek ('Russia's defence "
        "ministry is taking over ...'), byline with date 'By Claire Mensah | June 19, 2025'. "
        "Trailing 'Related' headline list and '[Source: Continental Review]' are not body; the "
        "source is taken from that tag."
    ),
}

CATALOG = {
    "MLI": ("Mali", "state", "MLI"),
    "RUS": ("Russia", "state", "RUS"),
    "BFA": ("Burkina Faso", "state", "BFA"),
    "NER": ("Niger", "state", "NER"),
    "SEN": ("Senegal", "state", "SEN"),
    "FRA": ("France", "state", "FRA"),
    "TUR": ("Turkey", "state", "TUR"),
    "wagner": ("Wagner Group", "group", "RUS"),
    "africa-corps": ("Africa Corps", "group", "RUS"),
    "jnim": ("Jama'at Nusrat al-Islam wal-Muslimin", "group", None),
    "al-qaeda": ("al-Qaeda", "group", None),
    "aissata-coulibaly": ("Aïssata Coulibaly", "person", None),
    "thomas-reinholt": ("Thomas Reinholt", "person", None),
    "yevgeny-prigozhin": ("Yevgeny Prigozhin", "person", "RUS"),
    "assimi-goita": ("Assimi Goïta", "person", "MLI"),
    "institute-for-sahel-security-studies": (
        "Institute for Sahel Security Studies",
        "organization",
        "SEN",
    ),
    "centre-for-conflict-studies": ("Centre for Conflict Studies", "organization", "GBR"),
    "acled": ("Armed Conflict Location & Event Data", "organization", None),
    "ecowas": ("Economic Community of West African States", "bloc", None),
    "aes": ("Alliance of Sahel States", "bloc", None),
    "un": ("United Nations", "organization", None),
    "minusma": ("MINUSMA", "organization", None),
}

A = {
    "speaker": "author",
    "speaker_name": None,
    "cue": "(author voice)",
    "notes": "central statement in the article's own voice",
}

CLAIMS = [
    {
        "text": "it was leaving Mali",
        "speaker": "wagner",
        "speaker_name": "the Wagner Group",
        "cue": "announced",
    },
    {
        "text": "mission accomplished",
        "speaker": "wagner",
        "speaker_name": "the Wagner Group",
        "cue": "declaring",
        "direct": True,
    },
    {
        "text": "it would stay on and absorb many of the roughly 2,000 fighters Wagner had deployed since late 2021",
        "speaker": "africa-corps",
        "speaker_name": "Russia's Africa Corps",
        "cue": "confirmed",
    },
    {
        "text": "This is a rebranding, not a retreat",
        "speaker": "aissata-coulibaly",
        "speaker_name": "Aïssata Coulibaly",
        "cue": "said",
        "direct": True,
    },
    {
        "text": "The Kremlin, she argued, wants tighter control over an operation that Yevgeny Prigozhin's private army ran as a business, and the junta of General Assimi Goïta wants a partner that answers to a state rather than to a man",
        "speaker": "aissata-coulibaly",
        "speaker_name": "she",
        "cue": "argued",
        "notes": "parenthetical cue inside the span (the subject 'The Kremlin' precedes it)",
    },
    {
        "text": "killing at least 30 soldiers",
        "speaker": "MLI",
        "speaker_name": "the army",
        "cue": "according to",
        "notes": "Mali's army (institution of the state)",
    },
    {
        "text": "more than 100",
        "speaker": "jnim",
        "speaker_name": "the group itself",
        "cue": "according to",
    },
    {
        "text": 'the jihadists had learned to strike "where the state is thinnest and the Russians are absent',
        "speaker": "thomas-reinholt",
        "speaker_name": "Thomas Reinholt",
        "cue": "said",
        "notes": "indirect speech ending in a partial quotation",
    },
    {
        "text": "JNIM now operates within 100 kilometres of Bamako and has blockaded fuel convoys on the roads from Senegal",
        "speaker": "thomas-reinholt",
        "speaker_name": "He",
        "cue": "noted",
    },
    {
        "text": "The Russians have won battles for towns, but they have not protected a single supply road for more than a few weeks",
        "speaker": "thomas-reinholt",
        "speaker_name": "he",
        "cue": "said",
        "direct": True,
    },
    {
        "text": "more than 10,400 people were killed in the three countries last year, nearly double the toll of 2021",
        "speaker": "acled",
        "speaker_name": "the Armed Conflict Location & Event Data project",
        "cue": "according to",
    },
    {
        "text": "the force will exist on the ground before 2026",
        "speaker": "aissata-coulibaly",
        "speaker_name": "Coulibaly",
        "cue": "doubts",
        "notes": "negative belief: she doubts the content",
    },
    {
        "text": "They have the flag and the anthem, but not the helicopters",
        "speaker": "aissata-coulibaly",
        "speaker_name": "she",
        "cue": "said",
        "direct": True,
    },
    {
        "text": "Ankara sells without lectures about human rights, but it will not send troops",
        "speaker": "thomas-reinholt",
        "speaker_name": "Reinholt",
        "cue": "said",
        "direct": True,
    },
    {
        "text": 'Malian soldiers and "foreign military personnel" of executing civilians, notably at Moura in March 2022, where more than 500 people were killed',
        "speaker": "un",
        "speaker_name": "UN human rights experts",
        "cue": "have since accused",
        "notes": "the death toll clause may be read as the reporter's background; kept in the span",
    },
    {
        "text": "the accusations as politically motivated",
        "speaker": "MLI",
        "speaker_name": "Mali's transitional government",
        "cue": "has rejected ... as",
    },
    {
        "text": "the Africa Corps to focus on protecting the regime and the gold mines that pay for it",
        "speaker": "aissata-coulibaly",
        "speaker_name": "Both analysts",
        "cue": "expect",
        "notes": "one attribution with two speakers: one item per speaker",
    },
    {
        "text": "the Africa Corps to focus on protecting the regime and the gold mines that pay for it",
        "speaker": "thomas-reinholt",
        "speaker_name": "Both analysts",
        "cue": "expect",
        "notes": "one attribution with two speakers: one item per speaker",
    },
    {
        "text": "Moscow's priority is regime security, not counter-insurgency",
        "speaker": "thomas-reinholt",
        "speaker_name": "Reinholt",
        "cue": "said",
        "direct": True,
    },
    {
        "text": "The junta has swapped one foreign patron for another, and it will keep doing so until the money runs out",
        "speaker": "aissata-coulibaly",
        "speaker_name": "she",
        "cue": "said",
        "direct": True,
    },
    {"text": "The change comes at a bad moment for Mali's military rulers", **A},
    {
        "text": "Violence in the central Sahel has risen sharply since the juntas in Mali, Burkina Faso and Niger expelled French troops",
        **A,
    },
    {"text": "Turkey has quietly become the alliance's most useful arms supplier", **A},
    {"text": "For the UN, the picture is bleak", **A},
]

RELATIONSHIPS = [
    {
        "source": "wagner",
        "target": "MLI",
        "type": "RETREAT",
        "evidence": "the Wagner Group announced on June 6 that it was leaving Mali",
        "notes": "withdrawal of forces",
    },
    {
        "source": "wagner",
        "target": "MLI",
        "type": "AID",
        "evidence": "the roughly 2,000 fighters Wagner had deployed since late 2021",
        "notes": "military assistance to the junta (standing, now ending)",
    },
    {
        "source": "africa-corps",
        "target": "MLI",
        "type": "AID",
        "evidence": "confirmed that it would stay on and absorb many of the roughly 2,000 fighters",
        "notes": "continued military assistance",
    },
    {
        "source": "jnim",
        "target": "al-qaeda",
        "type": "ALLY",
        "evidence": "al-Qaeda's affiliate in the Sahel",
        "notes": "affiliation",
    },
    {
        "source": "jnim",
        "target": "MLI",
        "type": "ASSAULT",
        "evidence": "overran an army camp at Boulkessi near the border with Burkina Faso, killing at least 30 soldiers",
        "notes": "also 'JNIM attacked the airport and a military camp in Timbuktu'",
    },
    {
        "source": "MLI",
        "target": "FRA",
        "type": "SANCTION",
        "evidence": "the juntas in Mali, Burkina Faso and Niger expelled French troops",
        "notes": "expulsion of foreign troops = reduce relations (CAMEO 166 -> SANCTION)",
    },
    {
        "source": "BFA",
        "target": "FRA",
        "type": "SANCTION",
        "evidence": "the juntas in Mali, Burkina Faso and Niger expelled French troops",
    },
    {
        "source": "NER",
        "target": "FRA",
        "type": "SANCTION",
        "evidence": "the juntas in Mali, Burkina Faso and Niger expelled French troops",
    },
    {
        "source": "MLI",
        "target": "ecowas",
        "type": "SANCTION",
        "evidence": "The three governments formally left the Economic Community of West African States (ECOWAS)",
        "notes": "withdrawal from an organisation = reduce relations",
    },
    {
        "source": "BFA",
        "target": "ecowas",
        "type": "SANCTION",
        "evidence": "The three governments formally left the Economic Community of West African States (ECOWAS)",
    },
    {
        "source": "NER",
        "target": "ecowas",
        "type": "SANCTION",
        "evidence": "The three governments formally left the Economic Community of West African States (ECOWAS)",
    },
    {
        "source": "MLI",
        "target": "BFA",
        "type": "ALLY",
        "evidence": "are building up their own Alliance of Sahel States (AES)",
    },
    {
        "source": "MLI",
        "target": "NER",
        "type": "ALLY",
        "evidence": "are building up their own Alliance of Sahel States (AES)",
    },
    {
        "source": "BFA",
        "target": "NER",
        "type": "ALLY",
        "evidence": "are building up their own Alliance of Sahel States (AES)",
    },
    {
        "source": "TUR",
        "target": "aes",
        "type": "AID",
        "evidence": "Turkey has quietly become the alliance's most useful arms supplier",
        "notes": "arms supply; the next sentence names the three capitals as users of Turkish drones",
    },
    {
        "source": "minusma",
        "target": "MLI",
        "type": "RETREAT",
        "evidence": "The peacekeeping mission MINUSMA left Mali at the end of 2023",
    },
    {
        "source": "un",
        "target": "MLI",
        "type": "ACCUSE",
        "evidence": 'UN human rights experts have since accused Malian soldiers and "foreign military personnel" of executing civilians',
    },
    {
        "source": "MLI",
        "target": "un",
        "type": "REJECT",
        "evidence": "Mali's transitional government has rejected the accusations as politically motivated",
    },
]

STANCES = [
    {
        "holder": "un",
        "target": "MLI",
        "polarity": -1,
        "evidence": 'UN human rights experts have since accused Malian soldiers and "foreign military personnel" of executing civilians',
    },
    {
        "holder": "MLI",
        "target": "un",
        "polarity": -1,
        "evidence": "Mali's transitional government has rejected the accusations as politically motivated",
    },
    {
        "holder": "MLI",
        "target": "FRA",
        "polarity": -1,
        "evidence": "the juntas in Mali, Burkina Faso and Niger expelled French troops",
    },
    {
        "holder": "BFA",
        "target": "FRA",
        "polarity": -1,
        "evidence": "the juntas in Mali, Burkina Faso and Niger expelled French troops",
    },
    {
        "holder": "NER",
        "target": "FRA",
        "polarity": -1,
        "evidence": "the juntas in Mali, Burkina Faso and Niger expelled French troops",
    },
    {
        "holder": "jnim",
        "target": "MLI",
        "polarity": -1,
        "evidence": "overran an army camp at Boulkessi",
    },
    {
        "holder": "aissata-coulibaly",
        "target": "MLI",
        "polarity": -1,
        "evidence": "The junta has swapped one foreign patron for another, and it will keep doing so until the money runs out",
    },
    {
        "holder": "thomas-reinholt",
        "target": "RUS",
        "polarity": -1,
        "evidence": "The Russians have won battles for towns, but they have not protected a single supply road",
        "notes": "'the Russians' = Russia's forces in Mali; also 'Moscow's priority is regime security, not counter-insurgency'",
    },
]

NOTES = {
    "actors": (
        "Not annotated: 'few in Bamako' and 'within 100 kilometres of Bamako' (the city as a "
        "place; 'Bamako, Ouagadougou and Niamey all fly' are the states), 'Dakar-based', 'in "
        "London', 'Boulkessi', 'Timbuktu', 'Moura', 'the Sahel', 'Africa programme' (places and "
        "regions), 'the Russians' (plural demonym noun), 'the army', 'the group', 'the regime', "
        "'the junta', 'the alliance', 'the force' (anaphoric common nouns), 'Telegram'. 'Mali's "
        "military rulers', 'Mali's transitional government', 'the junta of General Assimi Goïta' "
        "and 'the defence ministry in Moscow' are institution mentions of their state (Goïta kept "
        "inside). Wagner and Africa Corps are their own actors (Africa Corps is controlled by "
        "Russia's defence ministry but acts under its own name)."
    ),
    "figures": "'Bayraktar TB2' is a model name. 'a single supply road' and 'one foreign patron for another' are not figures (emphatic/idiomatic 'single', 'one').",
    "times": "Anchor: byline date 2025-06-19 (a Thursday). 'since' alone ('have since accused') is not annotated.",
    "claims": "Author = Claire Mensah. Four author statements. Not annotated: 'few in Bamako believed the Russians were going anywhere' (no actor speaker), 'They were right' (author's comment on that belief).",
    "relationships": "Not annotated: JNIM's blockade of fuel convoys (inside Reinholt's claim, target not named), Turkey 'will not send troops' (inside a quote, no named recipient), Africa Corps controlled by Russia's defence ministry (command, not a PLOVER event), Turkish drones flown by the three capitals (covered by Turkey -> AES AID).",
    "stances": "The author's voice is analytical; no author stance is annotated.",
}
