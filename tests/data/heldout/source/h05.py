"""h05: news report with organisations and armed groups (Houthis, EU, UN, IMO), dated 2025-07-24."""

ARTICLE = {
    "title": "Houthis claim missile strike on tanker in Red Sea as EU weighs future of naval mission",
    "published": "2025-07-24",
    "author": "Nadia Haddad",
    "source": "The Levant Post",
    "body_first": "Yemen’s Houthi movement, which calls itself Ansar Allah,",
    "body_last": "cost it about $7 billion last year.",
    "notes": (
        "News report. Front matter: title, date line 'Thu 24 Jul 2025 16.05 BST', byline in two "
        "lines ('Nadia Haddad' / 'Middle East correspondent': author is the name only), photo "
        "caption with 'Photograph:' credit. Trailing 'Related coverage' headline list and 'More "
        "from The Levant Post' are boilerplate; the source is taken from the latter."
    ),
}

CATALOG = {
    "YEM": ("Yemen", "state", "YEM"),
    "GRC": ("Greece", "state", "GRC"),
    "LBR": ("Liberia", "state", "LBR"),
    "GBR": ("United Kingdom", "state", "GBR"),
    "ISR": ("Israel", "state", "ISR"),
    "USA": ("United States", "state", "USA"),
    "OMN": ("Oman", "state", "OMN"),
    "FRA": ("France", "state", "FRA"),
    "SAU": ("Saudi Arabia", "state", "SAU"),
    "IRN": ("Iran", "state", "IRN"),
    "LBN": ("Lebanon", "state", "LBN"),
    "EGY": ("Egypt", "state", "EGY"),
    "houthis": ("Houthis", "group", "YEM"),
    "hezbollah": ("Hezbollah", "group", "LBN"),
    "eu": ("European Union", "bloc", None),
    "aspides": ("Operation Aspides", "organization", None),
    "un": ("United Nations", "organization", None),
    "imo": ("International Maritime Organization", "organization", None),
    "ukmto": ("United Kingdom Maritime Trade Operations", "organization", "GBR"),
    "aegean-crest-shipping": ("Aegean Crest Shipping", "organization", "GRC"),
    "the-west": ("the West", "bloc", None),
    "europe": ("Europe", "bloc", None),
    "yahya-saree": ("Yahya Saree", "person", "YEM"),
    "vasileios-gryparis": ("Vasileios Gryparis", "person", "GRC"),
    "kaja-kallas": ("Kaja Kallas", "person", "EST"),
    "hans-grundberg": ("Hans Grundberg", "person", "SWE"),
    "israel-katz": ("Israel Katz", "person", "ISR"),
    "esmaeil-baghaei": ("Esmaeil Baghaei", "person", "IRN"),
    "arsenio-dominguez": ("Arsenio Dominguez", "person", "PAN"),
}

CLAIMS = [
    {
        "text": "it had fired two ballistic missiles and a drone at a Greek-operated oil tanker in the southern Red Sea",
        "speaker": "houthis",
        "speaker_name": "Yemen’s Houthi movement, which calls itself Ansar Allah",
        "cue": "said",
    },
    {
        "text": "The tanker, the Liberian-flagged Delos Spirit, was hit above the waterline about 60 nautical miles west of the port of Hodeidah",
        "speaker": "ukmto",
        "speaker_name": "UKMTO",
        "cue": "according to",
    },
    {
        "text": "A fire on deck was put out and all 24 crew members were safe",
        "speaker": "aegean-crest-shipping",
        "speaker_name": "the ship’s Athens-based manager, Aegean Crest Shipping",
        "cue": "said",
    },
    {
        "text": "the ship belonged to a company whose vessels had called at Israeli ports",
        "speaker": "yahya-saree",
        "speaker_name": "Houthi military spokesman Yahya Saree",
        "cue": "said",
    },
    {
        "text": "makes them legitimate targets",
        "speaker": "houthis",
        "speaker_name": "the group",
        "cue": "says",
        "notes": "'which the group says': nested relative-clause attribution",
    },
    {
        "text": "Our operations will continue until the aggression on Gaza stops and the siege is lifted",
        "speaker": "yahya-saree",
        "speaker_name": "he",
        "cue": "said in a televised address",
        "direct": True,
    },
    {
        "text": "that deal does not cover vessels linked to Israel",
        "speaker": "houthis",
        "speaker_name": "they",
        "cue": "say",
    },
    {
        "text": "the mission “cannot protect every ship in an area larger than France”",
        "speaker": "vasileios-gryparis",
        "speaker_name": "The operation’s commander, Commodore Vasileios Gryparis",
        "cue": "told reporters",
        "notes": "indirect frame with a quoted predicate",
    },
    {
        "text": "the attack as “a reckless threat to global trade and to the lives of seafarers”",
        "speaker": "kaja-kallas",
        "speaker_name": "EU foreign policy chief Kaja Kallas",
        "cue": "condemned ... as",
    },
    {
        "text": "ministers would discuss extending Aspides when they meet in Brussels next month",
        "speaker": "kaja-kallas",
        "speaker_name": "EU foreign policy chief Kaja Kallas",
        "cue": "said",
    },
    {
        "text": "renewed escalation could unravel efforts to revive a roadmap agreed between the Houthis and Saudi Arabia in December 2023",
        "speaker": "hans-grundberg",
        "speaker_name": "The UN special envoy for Yemen, Hans Grundberg",
        "cue": "warned",
    },
    {
        "text": "the group would “pay a heavy price” for every attack",
        "speaker": "israel-katz",
        "speaker_name": "Israeli Defence Minister Israel Katz",
        "cue": "said",
        "notes": "threat",
    },
    {
        "text": "arming the Houthis",
        "speaker": "the-west",
        "speaker_name": "Western governments",
        "cue": "accuse ... of",
    },
    {
        "text": "any involvement",
        "speaker": "IRN",
        "speaker_name": "Iran",
        "cue": "denied",
    },
    {
        "text": "the group “makes its own decisions”",
        "speaker": "esmaeil-baghaei",
        "speaker_name": "Foreign Ministry spokesman Esmaeil Baghaei",
        "cue": "said",
    },
    {
        "text": "Israeli strikes on Yemen “a clear violation of international law",
        "speaker": "esmaeil-baghaei",
        "speaker_name": "Foreign Ministry spokesman Esmaeil Baghaei",
        "cue": "called",
    },
    {
        "text": "seafarers were “paying with their lives for a conflict that is not theirs”",
        "speaker": "arsenio-dominguez",
        "speaker_name": "The International Maritime Organization’s secretary-general, Arsenio Dominguez",
        "cue": "said",
    },
    {
        "text": "lost Suez Canal revenue cost it about $7 billion last year",
        "speaker": "EGY",
        "speaker_name": "Egypt",
        "cue": "says",
    },
    {
        "text": "The Houthis are the last member of Iran’s self-styled “axis of resistance” still firing regularly at Israel",
        "speaker": "author",
        "speaker_name": None,
        "cue": "(author voice)",
        "notes": "the reporter's own framing statement",
    },
]

RELATIONSHIPS = [
    {
        "source": "houthis",
        "target": "USA",
        "type": "AGREE",
        "evidence": "The Houthis have kept to a truce with Washington brokered by Oman in May",
        "notes": "truce agreement (standing since May)",
    },
    {
        "source": "OMN",
        "target": "houthis",
        "type": "SUPPORT",
        "evidence": "a truce with Washington brokered by Oman in May",
        "notes": "mediation = SUPPORT (CAMEO 04x mediate -> PLOVER CONSULT is the alternative)",
    },
    {
        "source": "houthis",
        "target": "USA",
        "type": "RETREAT",
        "evidence": "they stopped targeting U.S. ships",
        "notes": "halting attacks = de-escalation",
    },
    {
        "source": "USA",
        "target": "houthis",
        "type": "RETREAT",
        "evidence": "in exchange for an end to American air strikes",
        "notes": "halting air strikes = de-escalation",
    },
    {
        "source": "houthis",
        "target": "ISR",
        "type": "ASSAULT",
        "evidence": "which the Houthis have targeted with more than 100 missiles and drones since March",
    },
    {
        "source": "ISR",
        "target": "YEM",
        "type": "ASSAULT",
        "evidence": "struck Hodeidah port twice this month",
        "notes": "Hodeidah is in Yemen; also 'Israeli strikes on Yemen'. The port is held by the Houthis (ISR -> houthis is the alternative reading)",
    },
    {
        "source": "israel-katz",
        "target": "houthis",
        "type": "THREATEN",
        "evidence": "said the group would “pay a heavy price” for every attack",
    },
    {
        "source": "kaja-kallas",
        "target": "houthis",
        "type": "ACCUSE",
        "evidence": "condemned the attack as “a reckless threat to global trade and to the lives of seafarers”",
        "notes": "condemnation of the Houthi attack",
    },
    {
        "source": "vasileios-gryparis",
        "target": "eu",
        "type": "REQUEST",
        "evidence": "urged member states to send more vessels",
        "notes": "'member states' = the EU's members",
    },
    {
        "source": "houthis",
        "target": "SAU",
        "type": "AGREE",
        "evidence": "a roadmap agreed between the Houthis and Saudi Arabia in December 2023",
    },
    {
        "source": "un",
        "target": "houthis",
        "type": "REQUEST",
        "evidence": "The UN Security Council has demanded an end to the attacks since January 2024",
    },
    {
        "source": "the-west",
        "target": "IRN",
        "type": "ACCUSE",
        "evidence": "which Western governments accuse of arming the Houthis",
    },
    {
        "source": "IRN",
        "target": "the-west",
        "type": "REJECT",
        "evidence": "denied any involvement",
        "notes": "denial of the Western accusation",
    },
    {
        "source": "esmaeil-baghaei",
        "target": "ISR",
        "type": "ACCUSE",
        "evidence": "called Israeli strikes on Yemen “a clear violation of international law.”",
    },
    {
        "source": "houthis",
        "target": "IRN",
        "type": "ALLY",
        "evidence": "the last member of Iran’s self-styled “axis of resistance”",
    },
    {
        "source": "hezbollah",
        "target": "ISR",
        "type": "AGREE",
        "evidence": "after Hezbollah accepted a ceasefire in Lebanon in November",
        "notes": "accepting a ceasefire (counterpart Israel implicit)",
    },
]

STANCES = [
    {
        "holder": "houthis",
        "target": "ISR",
        "polarity": -1,
        "evidence": "Our operations will continue until the aggression on Gaza stops and the siege is lifted",
    },
    {
        "holder": "kaja-kallas",
        "target": "houthis",
        "polarity": -1,
        "evidence": "condemned the attack as “a reckless threat to global trade and to the lives of seafarers”",
    },
    {
        "holder": "israel-katz",
        "target": "houthis",
        "polarity": -1,
        "evidence": "the group would “pay a heavy price” for every attack",
    },
    {
        "holder": "esmaeil-baghaei",
        "target": "ISR",
        "polarity": -1,
        "evidence": "called Israeli strikes on Yemen “a clear violation of international law.”",
    },
    {
        "holder": "the-west",
        "target": "IRN",
        "polarity": -1,
        "evidence": "which Western governments accuse of arming the Houthis",
    },
]

NOTES = {
    "actors": (
        "Not annotated: 'Houthi' in the photo caption and the related headlines (boilerplate), "
        "'the group' (anaphoric), 'Red Sea', 'Hodeidah', 'Gaza', 'Bab el-Mandeb', 'Cape of Good "
        "Hope', 'Asia', 'Suez Canal' (places), 'in Brussels' (meeting venue), 'Athens-based' "
        "(place), 'member states', 'ministers', 'Israel' inside the person name 'Israel Katz', "
        "the ship names. 'Houthi' used attributively ('Houthi movement', 'Houthi military "
        "spokesman') is a name mention of the group; 'Ansar Allah' is its self-designation. "
        "'France' counts although it is only a size comparison (country names count wherever "
        "they occur); 'Europe' in 'between Asia and Europe' likewise. 'Liberian-flagged' gives "
        "a demonym mention of Liberia. Aspides (the EU's naval operation) is its own actor."
    ),
    "figures": "'a drone' is not a figure. 'Resolution 2722' is an identifier. 'twice' counts strikes.",
    "times": "Anchor: 'Thu 24 Jul 2025'. 'this month' occurs twice plus once inside 'earlier this month' (one item).",
    "claims": "Directives not annotated as claims: Gryparis 'urged member states', Grundberg 'urged “maximum restraint”', the Security Council 'has demanded', Dominguez 'called on all parties'. 'Shipping data firms estimate ...' has no identifiable actor speaker and is left out.",
    "relationships": "Not annotated: the attack on the tanker (the target is a ship, not an actor), the sinking of the two bulk carriers (no actor target), UKMTO/Aspides escort activity (no actor target), Iran arming the Houthis (only asserted inside the Western accusation).",
    "stances": "The reporter takes no stance. Grundberg and Dominguez express concern without an actor target.",
}
