"""h04: figures-heavy economic/defence report (Pakistan, India), dated 2025-06-11."""

ARTICLE = {
    "title": "Pakistan raises defence spending 20% after May clash with India",
    "published": "2025-06-11",
    "author": "Ahmed Raza and Priya Menon",
    "source": "Asia Markets Daily",
    "body_first": "Pakistan will raise its defence budget by 20 percent",
    "body_last": "from 1.29 trillion rupees in 2020-21.",
    "notes": (
        "News report. Front matter: title, dek ('Military budget climbs to Rs2.55 trillion ...'), "
        "'Published on June 11, 2025, 07:40 GMT', byline 'By Ahmed Raza in Islamabad and Priya "
        "Menon in New Delhi' (author given without the places), photo caption with credit. "
        "Trailing copyright line is boilerplate and names the source."
    ),
}

CATALOG = {
    "PAK": ("Pakistan", "state", "PAK"),
    "IND": ("India", "state", "IND"),
    "CHN": ("China", "state", "CHN"),
    "muhammad-aurangzeb": ("Muhammad Aurangzeb", "person", "PAK"),
    "rajnath-singh": ("Rajnath Singh", "person", "IND"),
    "imf": ("International Monetary Fund", "organization", None),
    "sipri": ("Stockholm International Peace Research Institute", "organization", "SWE"),
    "indus-capital-research": ("Indus Capital Research", "organization", "PAK"),
}

A = {
    "speaker": "author",
    "speaker_name": None,
    "cue": "(author voice)",
    "notes": "the reporter's own analytic statement",
}

CLAIMS = [
    {
        "text": "Pakistan will raise its defence budget by 20 percent in the fiscal year that starts on July 1",
        "speaker": "PAK",
        "speaker_name": "the government",
        "cue": "said",
    },
    {
        "text": "defence spending would rise to 2.55 trillion rupees ($9 billion) from 2.12 trillion rupees in the current fiscal year",
        "speaker": "muhammad-aurangzeb",
        "speaker_name": "Finance Minister Muhammad Aurangzeb",
        "cue": "said",
    },
    {
        "text": "Our armed forces showed the nation in May that deterrence is not free",
        "speaker": "muhammad-aurangzeb",
        "speaker_name": "Aurangzeb",
        "cue": "told lawmakers",
        "direct": True,
    },
    {
        "text": 'The government would not "compromise on the defence of the motherland',
        "speaker": "muhammad-aurangzeb",
        "speaker_name": "he",
        "cue": "added",
        "notes": "indirect speech with a partial quotation; commissive",
    },
    {
        "text": "terrorist infrastructure",
        "speaker": "IND",
        "speaker_name": "it",
        "cue": "called",
        "direct": True,
        "notes": "'what it called': labelling; 'it' = India",
    },
    {
        "text": "the attack on Pakistan-based militants",
        "speaker": "IND",
        "speaker_name": "New Delhi",
        "cue": "blamed",
    },
    {
        "text": "any role",
        "speaker": "PAK",
        "speaker_name": "Islamabad",
        "cue": "denied",
    },
    {
        "text": "40 civilians and 13 members of the armed forces were killed",
        "speaker": "PAK",
        "speaker_name": "Pakistan's military",
        "cue": "says",
    },
    {
        "text": "21 civilians and five soldiers",
        "speaker": "IND",
        "speaker_name": "India",
        "cue": "has put its own toll at",
    },
    {
        "text": "the government would fast-track emergency purchases of drones and air-defence systems worth up to 400 billion rupees",
        "speaker": "rajnath-singh",
        "speaker_name": "Defence Minister Rajnath Singh",
        "cue": "said",
    },
    {
        "text": "India spent $86.1 billion on its military in 2024, the fifth-highest total in the world, while Pakistan spent $10.2 billion",
        "speaker": "sipri",
        "speaker_name": "the Stockholm International Peace Research Institute (SIPRI)",
        "cue": "according to",
    },
    {
        "text": "China, Pakistan's main arms supplier, accounted for 81 percent of Pakistan's major arms imports between 2020 and 2024",
        "speaker": "sipri",
        "speaker_name": "SIPRI",
        "cue": "data show",
    },
    {
        "text": "Islamabad expects to receive 40 J-35 stealth jets from early 2026",
        "speaker": "PAK",
        "speaker_name": "two Pakistani officials",
        "cue": "according to",
    },
    {
        "text": "the money could be diverted to fund militancy",
        "speaker": "IND",
        "speaker_name": "India",
        "cue": "arguing",
    },
    {
        "text": "baseless",
        "speaker": "PAK",
        "speaker_name": "Pakistan",
        "cue": "called",
        "direct": True,
    },
    {
        "text": "debt servicing will swallow 8.2 trillion rupees, or roughly 47 percent of federal spending, in the new fiscal year",
        "speaker": "indus-capital-research",
        "speaker_name": "Analysts at Indus Capital Research",
        "cue": "estimate",
    },
    {
        "text": "growth of only 3.6 percent next year",
        "speaker": "imf",
        "speaker_name": "the IMF",
        "cue": "forecasts",
    },
    {"text": "India is not standing still", **A},
    {"text": "The gap is widening", **A},
]

RELATIONSHIPS = [
    {
        "source": "PAK",
        "target": "imf",
        "type": "AGREE",
        "evidence": "a $7 billion loan programme agreed with the International Monetary Fund last September",
    },
    {
        "source": "imf",
        "target": "PAK",
        "type": "AID",
        "evidence": "which disbursed about $1 billion to Pakistan on May 9",
        "notes": "also the $7 billion loan programme",
    },
    {
        "source": "imf",
        "target": "PAK",
        "type": "REQUEST",
        "evidence": "has asked Islamabad to keep its primary surplus at 2.4 percent of GDP",
    },
    {
        "source": "IND",
        "target": "PAK",
        "type": "ASSAULT",
        "evidence": 'India struck what it called "terrorist infrastructure" at nine sites in Pakistan',
    },
    {
        "source": "PAK",
        "target": "IND",
        "type": "ASSAULT",
        "evidence": "Both sides then traded missile, drone and artillery strikes",
        "notes": "two-sided exchange: both directions",
    },
    {
        "source": "IND",
        "target": "PAK",
        "type": "RETREAT",
        "evidence": "a ceasefire took hold on the evening of May 10",
        "notes": "ceasefire = de-escalation (PLOVER RETREAT), both sides",
    },
    {
        "source": "PAK",
        "target": "IND",
        "type": "RETREAT",
        "evidence": "a ceasefire took hold on the evening of May 10",
        "notes": "ceasefire = de-escalation (PLOVER RETREAT), both sides",
    },
    {
        "source": "IND",
        "target": "PAK",
        "type": "ACCUSE",
        "evidence": "New Delhi blamed the attack on Pakistan-based militants",
        "notes": "also 'arguing that the money could be diverted to fund militancy'",
    },
    {
        "source": "PAK",
        "target": "IND",
        "type": "REJECT",
        "evidence": "Islamabad denied any role",
        "notes": "denial of an accusation; also 'a charge Pakistan called \"baseless.\"'",
    },
    {
        "source": "CHN",
        "target": "PAK",
        "type": "AID",
        "evidence": "China, Pakistan's main arms supplier",
        "notes": "arms supply; also the J-10C fighters and the expected J-35 jets",
    },
    {
        "source": "IND",
        "target": "imf",
        "type": "ACCUSE",
        "evidence": "India had objected to the May disbursement",
        "notes": "objection = disapproval (ACCUSE)",
    },
]

STANCES = [
    {
        "holder": "IND",
        "target": "PAK",
        "polarity": -1,
        "evidence": "New Delhi blamed the attack on Pakistan-based militants",
    },
    {
        "holder": "PAK",
        "target": "IND",
        "polarity": -1,
        "evidence": 'a charge Pakistan called "baseless."',
    },
    {
        "holder": "IND",
        "target": "imf",
        "polarity": -1,
        "evidence": "India had objected to the May disbursement",
    },
    {
        "holder": "CHN",
        "target": "PAK",
        "polarity": 1,
        "evidence": "China, Pakistan's main arms supplier",
    },
]

NOTES = {
    "actors": (
        "Not annotated: 'the government' (three times, anaphoric), 'the National Assembly' and "
        "'lawmakers' (legislature), 'Our armed forces' (pronoun-led), 'Kashmir', 'Pahalgam', "
        "'Line of Control', 'Karachi' (places), 'Both sides', 'militants'. 'Pakistan's military' "
        "and 'Pakistan's air force' are institution mentions of Pakistan."
    ),
    "figures": (
        "Rupee amounts are PKR or INR by context ('rupees' in both countries' budgets). 'J-10C', "
        "'J-35' are model names. 'more than eight times' and 'about seven to one' are ratios. "
        "'2020-21', '2025-26' are fiscal years (times)."
    ),
    "times": (
        "Anchor: 'Published on June 11, 2025' (a Wednesday). Fiscal years resolved to their "
        "calendar spans: Pakistan July-June, India April-March ('2025-26' occurs once for each "
        "country). 'between 2020 and 2024' is one period item."
    ),
    "claims": "Two author statements (short analytic sentences in the reporter's voice). The IMF's request ('has asked Islamabad to keep ...') is a directive and is only a REQUEST relation.",
    "relationships": "Not annotated: Rajnath Singh's emergency purchases (no named counterpart), Pakistan's use of Chinese-made fighters (covered by China -> Pakistan AID).",
    "stances": "The report takes no author stance.",
}
