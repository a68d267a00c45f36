"""s02: opinion column on European defence spending after the NATO summit in The Hague, dated 2025-07-04."""

ARTICLE = {
    "title": "The Hague pledge is a bill, not a strategy",
    "published": "2025-07-04",
    "author": "Henrike Aalders",
    "source": "The Northern Standard",
    "body_first": "When Nato leaders left The Hague last week",
    "body_last": "The Hague gave Europe a number. It now needs a plan.",
    "notes": (
        "Opinion column. Front matter: section label 'Opinion | Defence', title, dek ('Five per "
        "cent of GDP will buy Europe very little ...'), author name on its own line, date line "
        "'4 July 2025', photo caption with credit. Trailing author bio, the letters invitation "
        "and the copyright line ('© 2025 The Northern Standard', which gives the source) are not "
        "body."
    ),
}

CATALOG = {
    "nato": ("NATO", "organization", None),
    "europe": ("Europe", "bloc", None),
    "eu": ("European Union", "bloc", None),
    "the-west": ("the West", "bloc", None),
    "USA": ("United States", "state", "USA"),
    "ESP": ("Spain", "state", "ESP"),
    "DEU": ("Germany", "state", "DEU"),
    "POL": ("Poland", "state", "POL"),
    "FRA": ("France", "state", "FRA"),
    "ITA": ("Italy", "state", "ITA"),
    "GBR": ("United Kingdom", "state", "GBR"),
    "JPN": ("Japan", "state", "JPN"),
    "RUS": ("Russia", "state", "RUS"),
    "mark-rutte": ("Mark Rutte", "person", "NLD"),
    "donald-trump": ("Donald Trump", "person", "USA"),
    "pedro-sanchez": ("Pedro Sánchez", "person", "ESP"),
    "friedrich-merz": ("Friedrich Merz", "person", "DEU"),
    "ursula-von-der-leyen": ("Ursula von der Leyen", "person", "DEU"),
    "vladimir-putin": ("Vladimir Putin", "person", "RUS"),
    "pete-hegseth": ("Pete Hegseth", "person", "USA"),
}

A = {
    "speaker": "author",
    "speaker_name": None,
    "cue": "(author voice)",
    "notes": "central thesis in the article's own voice",
}

CLAIMS = [
    {
        "text": "quantum leap",
        "speaker": "mark-rutte",
        "speaker_name": "Mark Rutte, the alliance's secretary-general",
        "cue": "called it",
        "direct": True,
    },
    {
        "text": "a big win for everybody",
        "speaker": "donald-trump",
        "speaker_name": "Donald Trump",
        "cue": "called it",
        "direct": True,
    },
    {
        "text": "a historic turning point",
        "speaker": "europe",
        "speaker_name": "Europe's governments",
        "cue": "spoke of",
    },
    {
        "text": "Madrid can meet its capability goals with 2.1 per cent",
        "speaker": "pedro-sanchez",
        "speaker_name": "Pedro Sánchez",
        "cue": "says",
    },
    {
        "text": 'to make Spain "pay twice as much" in trade talks',
        "speaker": "donald-trump",
        "speaker_name": "Trump",
        "cue": "has threatened",
        "notes": "commissive (threat) with an embedded partial quotation",
    },
    {
        "text": "to mobilise up to €800bn over four years, including €150bn in loans for joint purchases",
        "speaker": "ursula-von-der-leyen",
        "speaker_name": "Ursula von der Leyen's ReArm Europe plan",
        "cue": "promises",
        "notes": "commissive of the plan's author",
    },
    {
        "text": "the west lacks the stamina for a long confrontation",
        "speaker": "vladimir-putin",
        "speaker_name": "Vladimir Putin",
        "cue": "has never hidden his belief",
    },
    {
        "text": 'the United States would no longer be "primarily focused" on Europe\'s security',
        "speaker": "pete-hegseth",
        "speaker_name": "he",
        "cue": "told allies",
        "notes": "indirect speech with a partial quotation; 'he' = Pete Hegseth",
    },
    {"text": "It is a bill", **A},
    {
        "text": "unless Europeans change the way they spend, most of the money will buy the same things at higher prices from the same fragmented industry",
        **A,
    },
    {"text": "The real turning point came earlier, and Berlin made it", **A},
    {"text": "money is not capability", **A},
    {
        "text": "Every euro spent that way deepens the dependence that Washington now complains about",
        **A,
    },
    {"text": "Europe needs three things that no summit communique provides", **A},
    {
        "text": "governments that pretend otherwise will lose the argument by the end of the decade",
        **A,
    },
    {"text": "It now needs a plan", **A},
]

RELATIONSHIPS = [
    {
        "source": "donald-trump",
        "target": "ESP",
        "type": "THREATEN",
        "evidence": 'Trump has threatened to make Spain "pay twice as much" in trade talks',
    },
    {
        "source": "FRA",
        "target": "DEU",
        "type": "AGREE",
        "negated": True,
        "evidence": "France and Germany still cannot agree on who leads their next-generation fighter",
    },
    {
        "source": "ITA",
        "target": "GBR",
        "type": "COOPERATE",
        "evidence": "Italy and Britain are building a rival one with Japan",
        "notes": "joint fighter programme (military-industrial cooperation)",
    },
    {
        "source": "ITA",
        "target": "JPN",
        "type": "COOPERATE",
        "evidence": "Italy and Britain are building a rival one with Japan",
    },
    {
        "source": "GBR",
        "target": "JPN",
        "type": "COOPERATE",
        "evidence": "Italy and Britain are building a rival one with Japan",
    },
]

STANCES = [
    {
        "holder": "author",
        "target": "DEU",
        "polarity": 1,
        "evidence": "That is a genuine change in Europe's largest economy",
    },
    {
        "holder": "author",
        "target": "POL",
        "polarity": 1,
        "evidence": "made the same choice three years before anyone asked it to",
    },
    {
        "holder": "author",
        "target": "eu",
        "polarity": 1,
        "evidence": "The European Commission has offered a way out",
    },
    {
        "holder": "author",
        "target": "RUS",
        "polarity": -1,
        "evidence": "Meanwhile the threat does not wait",
        "notes": "Russia is the threat named in the following sentence",
    },
    {
        "holder": "donald-trump",
        "target": "ESP",
        "polarity": -1,
        "evidence": 'Trump has threatened to make Spain "pay twice as much" in trade talks',
    },
    {
        "holder": "vladimir-putin",
        "target": "the-west",
        "polarity": -1,
        "evidence": "his belief that the west lacks the stamina for a long confrontation",
    },
]

NOTES = {
    "actors": (
        "Not annotated: 'The Hague' (summit venue, also in the closing sentence as a stand-in "
        "for the summit), 'Wales' (venue of the 2014 summit), 'Europeans' (plural demonym "
        "noun), 'the alliance' (anaphoric), 'a finance ministry', 'governments', 'allies', "
        "'Governments' (generic). 'Nato' (British spelling) is an acronym mention. 'Germany's "
        "parliament' gives only 'Germany' (legislatures are not coded); 'Friedrich Merz's "
        "government' is an institution mention of Germany with Merz kept inside. 'the "
        "American army' gives only the demonym (common-noun phrase). 'Europe' inside the plan "
        "name 'ReArm Europe' is kept (the plan is named for what it rearms, not after a "
        "person). 'west' (lower case, British style) is a name mention of the West."
    ),
    "figures": (
        "'more than double', 'roughly three times' and 'twice as much' are multipliers (unit "
        "ratio). 'one' in 'the American army fields one' counts tank types. 'The first', 'The second' and 'The third' enumerate the author's prescriptions and are not figures. 'three years' in "
        "'three years before anyone asked it to' is an interval between two events (figure "
        "only). 'Every euro' is not a figure."
    ),
    "times": (
        "Anchor: date line 4 July 2025 (a Friday). 'last week' = 2025-06-23/2025-06-29 (the "
        "summit of 24-25 June). 'Between February 2022 and June 2023' gives two month items "
        "(the preposition is excluded). 'the end of the decade' = the end of the 2020s, "
        "resolved to 2029. 'came earlier' (earlier than the summit) has no calendar value "
        "of its own and is not annotated. The third 'now' ('It now needs a plan') was added "
        "after the first run: it had been overlooked in the blind pass."
    ),
    "claims": (
        "Author = Henrike Aalders. Eight thesis statements chosen. Not annotated: 'The "
        "European Commission has offered a way out' (no content; in stances), the three "
        "prescriptions ('The first is joint procurement by default ...'), which elaborate an "
        "author item."
    ),
    "relationships": (
        "Not annotated: the 5 per cent pledge (a commitment with no actor target), Spain's "
        "'opt-out of sorts' (who granted it is not stated), Germany's and Poland's spending "
        "decisions (no target), European purchases from American firms (no named actors), the "
        "ReArm Europe loans (recipients not named), Hegseth's statement about the U.S. focus "
        "(a statement of priorities, not an event toward Europe), Russia as 'the threat' "
        "(implicit)."
    ),
    "stances": (
        "The author's attitude toward Europe and NATO is mixed (critical of how the pledge will "
        "be spent, in favour of a stronger Europe) and left out; the aside on Spain's opt-out is "
        "too light to code."
    ),
}
