"""h01: wire report (Armenia, Azerbaijan, Turkey), dated 2025-09-16. Invented event."""

ARTICLE = {
    "title": "Turkey and Armenia agree to reopen Kars-Gyumri rail link as Caucasus peace push gathers pace",
    "published": "2025-09-16",
    "author": "Lilit Hovsepyan and Emre Kaya",
    "source": "Meridian Wire",
    "body_first": "Turkey and Armenia agreed on Tuesday to restore",
    "body_last": "freight costs to Turkish ports by up to 30 percent.",
    "notes": (
        "Wire report. Line 1 title, line 3 dek, line 5 byline (two authors, given as written "
        "'Lilit Hovsepyan and Emre Kaya'). The wire dateline 'KARS, Turkey, Sept 16, 2025 "
        "(Meridian Wire) -' is front matter: it gives the date (2025-09-16) and the source "
        "(Meridian Wire); the body starts after the dash. The trailing '(Reporting by ...; editing "
        "by ...)' credit line is boilerplate."
    ),
}

CATALOG = {
    "TUR": ("Turkey", "state", "TUR"),
    "ARM": ("Armenia", "state", "ARM"),
    "AZE": ("Azerbaijan", "state", "AZE"),
    "USA": ("United States", "state", "USA"),
    "RUS": ("Russia", "state", "RUS"),
    "IRN": ("Iran", "state", "IRN"),
    "GEO": ("Georgia", "state", "GEO"),
    "serdar-kilic": ("Serdar Kılıç", "person", "TUR"),
    "ruben-rubinyan": ("Ruben Rubinyan", "person", "ARM"),
    "nikol-pashinyan": ("Nikol Pashinyan", "person", "ARM"),
    "ilham-aliyev": ("Ilham Aliyev", "person", "AZE"),
    "donald-trump": ("Donald Trump", "person", "USA"),
    "recep-tayyip-erdogan": ("Recep Tayyip Erdoğan", "person", "TUR"),
    "hikmet-hajiyev": ("Hikmet Hajiyev", "person", "AZE"),
    "robert-kocharyan": ("Robert Kocharyan", "person", "ARM"),
    "maria-zakharova": ("Maria Zakharova", "person", "RUS"),
    "ali-akbar-velayati": ("Ali Akbar Velayati", "person", "IRN"),
    "ali-khamenei": ("Ali Khamenei", "person", "IRN"),
    "kaja-kallas": ("Kaja Kallas", "person", "EST"),
    "adb": ("Asian Development Bank", "organization", None),
    "csto": ("Collective Security Treaty Organization", "organization", None),
    "eu": ("European Union", "bloc", None),
}

CLAIMS = [
    {
        "text": "Turkey and Armenia agreed on Tuesday to restore rail traffic across their shared border for the first time in more than three decades, the most concrete result yet of a normalisation process that has moved in fits and starts since early 2022",
        "speaker": "author",
        "speaker_name": None,
        "cue": "(author voice)",
        "notes": "news lede in the reporter's own voice",
    },
    {
        "text": "Today we are not only opening a railway, we are closing a chapter",
        "speaker": "serdar-kilic",
        "speaker_name": "Kılıç",
        "cue": "told reporters",
        "direct": True,
    },
    {
        "text": 'the first freight trains could run by the middle of next year, subject to "steady progress" between Yerevan and Baku',
        "speaker": "serdar-kilic",
        "speaker_name": "He",
        "cue": "said",
        "notes": "pronoun speaker; indirect speech with a short embedded quotation",
    },
    {
        "text": "a historic opportunity that our region cannot afford to waste",
        "speaker": "ruben-rubinyan",
        "speaker_name": "Rubinyan",
        "cue": "called the deal",
        "direct": True,
    },
    {
        "text": "Armenia would finance about 40 percent of the estimated $120 million repair bill",
        "speaker": "ruben-rubinyan",
        "speaker_name": "he",
        "cue": "said",
        "notes": "cue 'he said' is parenthetical; the remainder ('with the rest coming from Turkey and a loan from the Asian Development Bank') belongs to the same statement",
    },
    {
        "text": "Ankara would fully normalise relations with Yerevan only once a final settlement between Armenia and Azerbaijan is signed",
        "speaker": "recep-tayyip-erdogan",
        "speaker_name": "Turkish President Recep Tayyip Erdoğan",
        "cue": "has repeatedly said",
    },
    {
        "text": "the rail protocol as a reward for Pashinyan's concessions rather than a break with that policy",
        "speaker": "TUR",
        "speaker_name": "Officials in Ankara",
        "cue": "privately describe ... as",
        "notes": "unnamed officials of the state coded to the state",
    },
    {
        "text": "contains territorial claims on Azerbaijan",
        "speaker": "AZE",
        "speaker_name": "it",
        "cue": "says",
        "notes": "'which it says' inside Baku's demand; 'it' = Baku. The demand itself is a directive (REQUEST in relationships), not a claim",
    },
    {
        "text": "We support every step that strengthens peace, but the treaty must be signed without new conditions and without delay",
        "speaker": "hikmet-hajiyev",
        "speaker_name": "Hikmet Hajiyev, foreign policy adviser to Aliyev",
        "cue": "said in a statement",
        "direct": True,
    },
    {
        "text": "a referendum on a new constitution",
        "speaker": "nikol-pashinyan",
        "speaker_name": "Pashinyan",
        "cue": "has promised",
        "notes": "commissive",
    },
    {
        "text": "surrendering to pressure from Baku",
        "speaker": "robert-kocharyan",
        "speaker_name": "Former president Robert Kocharyan",
        "cue": "accuses him of",
    },
    {
        "text": 'regional transport projects should be decided "by the countries of the region, without interference from outside players',
        "speaker": "maria-zakharova",
        "speaker_name": "Foreign Ministry spokeswoman Maria Zakharova",
        "cue": "said",
        "notes": "indirect speech ending in a partial quotation; 'in an apparent reference to the U.S.-backed corridor' is the reporter's gloss",
    },
    {
        "text": "Tehran would use force if necessary to block any change to its border with Armenia",
        "speaker": "ali-akbar-velayati",
        "speaker_name": "Ali Akbar Velayati, an adviser to Supreme Leader Ali Khamenei",
        "cue": "warned",
    },
    {
        "text": "it stood ready to fund customs and border infrastructure",
        "speaker": "eu",
        "speaker_name": "The European Union",
        "cue": "said",
    },
    {
        "text": "good news for connectivity and for stability in the South Caucasus",
        "speaker": "kaja-kallas",
        "speaker_name": "EU foreign policy chief Kaja Kallas",
        "cue": "called the protocol",
        "direct": True,
    },
    {
        "text": "a direct rail link could cut freight costs to Turkish ports by up to 30 percent",
        "speaker": "ARM",
        "speaker_name": "Armenian officials",
        "cue": "estimate",
    },
]

RELATIONSHIPS = [
    {
        "source": "TUR",
        "target": "ARM",
        "type": "AGREE",
        "evidence": "Turkey and Armenia agreed on Tuesday to restore rail traffic across their shared border",
    },
    {
        "source": "serdar-kilic",
        "target": "ruben-rubinyan",
        "type": "AGREE",
        "evidence": "Special envoys Serdar Kılıç and Ruben Rubinyan signed a protocol",
        "notes": "signing an agreement between the two envoys",
    },
    {
        "source": "TUR",
        "target": "ARM",
        "type": "SANCTION",
        "evidence": "Ankara sealed the frontier in 1993",
        "notes": "closing the border = reduction of relations (SANCTION); historical",
    },
    {
        "source": "TUR",
        "target": "AZE",
        "type": "SUPPORT",
        "evidence": "in solidarity with Azerbaijan",
        "notes": "diplomatic/political support",
    },
    {
        "source": "nikol-pashinyan",
        "target": "ilham-aliyev",
        "type": "AGREE",
        "evidence": "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev initialled a peace treaty",
    },
    {
        "source": "nikol-pashinyan",
        "target": "donald-trump",
        "type": "CONSULT",
        "evidence": "initialled a peace treaty at the White House in a ceremony hosted by U.S. President Donald Trump",
        "notes": "PLOVER: visitor is actor, host is recipient",
    },
    {
        "source": "ilham-aliyev",
        "target": "donald-trump",
        "type": "CONSULT",
        "evidence": "initialled a peace treaty at the White House in a ceremony hosted by U.S. President Donald Trump",
        "notes": "PLOVER: visitor is actor, host is recipient",
    },
    {
        "source": "ARM",
        "target": "USA",
        "type": "COOPERATE",
        "evidence": "That deal also granted Washington development rights over a transit corridor through southern Armenia",
        "notes": "economic cooperation (development rights); CONCEDE is the nearest alternative",
    },
    {
        "source": "AZE",
        "target": "ARM",
        "type": "REQUEST",
        "evidence": "repeated its demand that Armenia amend its constitution",
    },
    {
        "source": "AZE",
        "target": "ARM",
        "type": "ACCUSE",
        "evidence": "which it says contains territorial claims on Azerbaijan",
    },
    {
        "source": "robert-kocharyan",
        "target": "nikol-pashinyan",
        "type": "ACCUSE",
        "evidence": "accuses him of surrendering to pressure from Baku",
    },
    {
        "source": "RUS",
        "target": "ARM",
        "type": "ALLY",
        "evidence": "Russia, Armenia's nominal treaty ally",
        "notes": "standing treaty tie (qualified as 'nominal')",
    },
    {
        "source": "maria-zakharova",
        "target": "USA",
        "type": "ACCUSE",
        "evidence": 'without interference from outside players," in an apparent reference to the U.S.-backed corridor',
        "notes": "implicit criticism of the U.S. role, as the reporter reads it",
    },
    {
        "source": "ARM",
        "target": "csto",
        "type": "SANCTION",
        "evidence": "Armenia froze its participation in the Moscow-led Collective Security Treaty Organization (CSTO)",
        "notes": "freezing membership = reduction of relations",
    },
    {
        "source": "ali-akbar-velayati",
        "target": "ARM",
        "type": "THREATEN",
        "evidence": "warned last month that Tehran would use force if necessary to block any change to its border with Armenia",
        "notes": "threat of force; the target is whoever changes the border, Armenia the named party",
    },
    {
        "source": "eu",
        "target": "ARM",
        "type": "AID",
        "evidence": "which has deployed a civilian monitoring mission of about 200 staff on the Armenian side of the border since 2023",
        "notes": "monitoring/peacekeeping-type mission = AID",
    },
    {
        "source": "TUR",
        "target": "ARM",
        "type": "COOPERATE",
        "evidence": "Trade between Turkey and Armenia currently passes through Georgia",
        "notes": "existing trade",
    },
]

STANCES = [
    {
        "holder": "TUR",
        "target": "AZE",
        "polarity": 1,
        "evidence": "in solidarity with Azerbaijan",
    },
    {
        "holder": "AZE",
        "target": "ARM",
        "polarity": -1,
        "evidence": "repeated its demand that Armenia amend its constitution, which it says contains territorial claims on Azerbaijan",
    },
    {
        "holder": "robert-kocharyan",
        "target": "nikol-pashinyan",
        "polarity": -1,
        "evidence": "accuses him of surrendering to pressure from Baku",
    },
    {
        "holder": "maria-zakharova",
        "target": "USA",
        "polarity": -1,
        "evidence": 'without interference from outside players," in an apparent reference to the U.S.-backed corridor',
    },
]

NOTES = {
    "actors": (
        "Not annotated: 'Kars', 'Gyumri', 'Akyaka' (places); 'at the White House' (the building as "
        "the venue of a ceremony, like a capital that is only a place); 'Trump' inside the project "
        "name 'Trump Route for International Peace and Prosperity' (names the route, not the "
        "person); 'ethnic Armenians' (plural demonym noun); 'His government' (anaphoric); "
        "'Armenia's parliament' gives only 'Armenia' (legislatures are not coded as state "
        "institutions). 'Officials in Ankara' counts Ankara (metonymy for the Turkish government)."
    ),
    "figures": "'several days' is not a figure (like 'many', 'multiple'). 'the first time', 'the first Karabakh war', 'first freight trains' are not figures.",
    "times": "Anchor: dateline date 2025-09-16 (a Tuesday). The dateline itself is front matter.",
    "claims": "Not annotated: 'Baku welcomed the agreement' (no content), 'Iran ... has also voiced concern' (no content), the demand that Armenia amend its constitution (directive).",
    "relationships": "Not annotated: Erdoğan's conditional normalisation (hypothetical), 'Azerbaijan retook Nagorno-Karabakh' (no actor target), 'Baku welcomed the agreement' (the target is an agreement), the EU's offer to fund infrastructure (offer without a named recipient), the Moscow-led CSTO (leadership is not a PLOVER event).",
    "stances": "Baku's welcome of the Turkey-Armenia protocol and Kallas's praise target an agreement rather than an actor and are left out.",
}
