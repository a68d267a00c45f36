"""s01: wire report on a UN Security Council vote (Sudan, Russia, UK), dated 2025-05-22. Invented vote."""

ARTICLE = {
    "title": "Russia vetoes U.N. call for El Fasher truce as famine spreads in Sudan",
    "published": "2025-05-22",
    "author": "Hannah Okafor",
    "source": "Atlas News Service",
    "body_first": "Russia on Thursday vetoed a U.N. Security Council",
    "body_last": "where no country has a veto, within 10 working days.",
    "notes": (
        "Wire report. Line 1 title, line 3 time stamp 'May 22, 2025 7:48 PM UTC  Updated 38 min "
        "ago' (gives the date), line 5 byline. The dateline 'UNITED NATIONS, May 22 (Atlas News "
        "Service) -' is front matter (gives the source); the body starts after the dash. The "
        "trailing '(Reporting by ...; editing by ...)' credit line is boilerplate."
    ),
}

CATALOG = {
    "RUS": ("Russia", "state", "RUS"),
    "SDN": ("Sudan", "state", "SDN"),
    "GBR": ("United Kingdom", "state", "GBR"),
    "SLE": ("Sierra Leone", "state", "SLE"),
    "CHN": ("China", "state", "CHN"),
    "USA": ("United States", "state", "USA"),
    "ARE": ("United Arab Emirates", "state", "ARE"),
    "DZA": ("Algeria", "state", "DZA"),
    "SOM": ("Somalia", "state", "SOM"),
    "un": ("United Nations", "organization", None),
    "rsf": ("Rapid Support Forces", "group", "SDN"),
    "the-west": ("the West", "bloc", None),
    "antonio-guterres": ("António Guterres", "person", "PRT"),
    "barbara-woodward": ("Barbara Woodward", "person", "GBR"),
    "vassily-nebenzia": ("Vassily Nebenzia", "person", "RUS"),
    "fu-cong": ("Fu Cong", "person", "CHN"),
    "tom-fletcher": ("Tom Fletcher", "person", "GBR"),
    "al-harith-idriss-al-harith-mohamed": ("Al-Harith Idriss al-Harith Mohamed", "person", "SDN"),
    "dorothy-shea": ("Dorothy Shea", "person", "USA"),
    "mohamed-hamdan-dagalo": ("Mohamed Hamdan Dagalo", "person", "SDN"),
    "abdel-fattah-al-burhan": ("Abdel Fattah al-Burhan", "person", "SDN"),
    "michael-imran-kanu": ("Michael Imran Kanu", "person", "SLE"),
}

CLAIMS = [
    {
        "text": "Russia on Thursday vetoed a U.N. Security Council resolution that would have demanded an immediate truce around the besieged Sudanese city of El Fasher, the second time in six months that Moscow has blocked Council action on the war between Sudan's army and the paramilitary Rapid Support Forces (RSF)",
        "speaker": "author",
        "speaker_name": None,
        "cue": "(author voice)",
        "notes": "news lede in the reporter's own voice",
    },
    {
        "text": "This was not a difficult text. It asked the parties to let food reach starving people",
        "speaker": "barbara-woodward",
        "speaker_name": "British Ambassador Barbara Woodward",
        "cue": "told the Council",
        "direct": True,
    },
    {
        "text": "One member has decided that this is too much to ask",
        "speaker": "barbara-woodward",
        "speaker_name": "British Ambassador Barbara Woodward",
        "cue": "told the Council",
        "direct": True,
        "notes": "second quoted segment under the same cue",
    },
    {
        "text": "the draft ignored the sovereignty of Sudan's government and sought to give \"Western-made instruments\" control over the country's territory",
        "speaker": "vassily-nebenzia",
        "speaker_name": "Russian Ambassador Vassily Nebenzia",
        "cue": "said",
        "notes": "indirect speech with an embedded partial quotation",
    },
    {
        "text": "London of drafting the resolution without consulting the Sudanese authorities",
        "speaker": "vassily-nebenzia",
        "speaker_name": "He",
        "cue": "accused ... of",
    },
    {
        "text": "The Sudanese people need peace, not another mandate drafted by London",
        "speaker": "vassily-nebenzia",
        "speaker_name": "he",
        "cue": "said",
        "direct": True,
    },
    {
        "text": 'Beijing supported the humanitarian goals of the text but could not back "pressure that one party to the conflict does not accept',
        "speaker": "fu-cong",
        "speaker_name": "China's envoy Fu Cong",
        "cue": "said",
        "notes": "indirect speech ending in a partial quotation",
    },
    {
        "text": "famine was spreading across Darfur and Kordofan",
        "speaker": "un",
        "speaker_name": "the United Nations",
        "cue": "warned",
    },
    {
        "text": "about 300,000 people remained trapped in El Fasher",
        "speaker": "tom-fletcher",
        "speaker_name": "Tom Fletcher, the U.N. humanitarian chief",
        "cue": "told reporters",
        "notes": "the apposition on El Fasher ('the army's last stronghold ...') is read as the reporter's background",
    },
    {
        "text": "a principled position",
        "speaker": "al-harith-idriss-al-harith-mohamed",
        "speaker_name": "he",
        "cue": "what he called",
        "notes": "labelling",
    },
    {
        "text": 'his government was ready to work with U.N. agencies "on the basis of respect, not tutelage',
        "speaker": "al-harith-idriss-al-harith-mohamed",
        "speaker_name": "Sudan's U.N. ambassador, Al-Harith Idriss al-Harith Mohamed",
        "cue": "said",
        "notes": "commissive-like statement ending in a partial quotation",
    },
    {
        "text": "the United Arab Emirates of arming the RSF",
        "speaker": "al-harith-idriss-al-harith-mohamed",
        "speaker_name": "He",
        "cue": "accused ... of",
    },
    {
        "text": "a charge",
        "speaker": "ARE",
        "speaker_name": "the Gulf state",
        "cue": "has repeatedly denied",
        "notes": "denial; the denied content is the charge of arming the RSF",
    },
    {
        "text": "Washington deeply regretted the veto",
        "speaker": "dorothy-shea",
        "speaker_name": "Acting U.S. Ambassador Dorothy Shea",
        "cue": "said",
    },
    {
        "text": "Every day that this Council is silent, the RSF and the Sudanese Armed Forces are emboldened",
        "speaker": "dorothy-shea",
        "speaker_name": "she",
        "cue": "said",
        "direct": True,
    },
    {
        "text": "RSF fighters had committed genocide in Darfur",
        "speaker": "USA",
        "speaker_name": "The United States",
        "cue": "determined",
        "notes": "official finding",
    },
    {
        "text": 'the continent "will not accept that the suffering of Sudanese civilians is a bargaining chip between powers',
        "speaker": "michael-imran-kanu",
        "speaker_name": "Sierra Leone's ambassador, Michael Imran Kanu",
        "cue": "said",
        "notes": "speaking for the three African members; partial quotation",
    },
    {
        "text": "The war, which broke out in April 2023, has killed tens of thousands of people and displaced more than 12 million",
        "speaker": "un",
        "speaker_name": "U.N. figures",
        "cue": "according to",
        "notes": "data attribution",
    },
    {
        "text": "it needs $4.2 billion for Sudan this year",
        "speaker": "un",
        "speaker_name": "The U.N.",
        "cue": "says",
    },
    {
        "text": "the mission would now seek a debate in the 193-member General Assembly, where no country has a veto, within 10 working days",
        "speaker": "GBR",
        "speaker_name": "British diplomats",
        "cue": "said",
        "notes": "unnamed officials of a state coded to the state",
    },
]

RELATIONSHIPS = [
    {
        "source": "RUS",
        "target": "un",
        "type": "REJECT",
        "evidence": "Russia on Thursday vetoed a U.N. Security Council resolution",
        "notes": "veto of a Council resolution = rejection of a proposal; also 'Moscow has blocked Council action' and the November 2024 veto",
    },
    {
        "source": "SDN",
        "target": "rsf",
        "type": "ASSAULT",
        "evidence": "the war between Sudan's army and the paramilitary Rapid Support Forces",
        "notes": "two-sided war: both directions",
    },
    {
        "source": "rsf",
        "target": "SDN",
        "type": "ASSAULT",
        "evidence": "the war between Sudan's army and the paramilitary Rapid Support Forces",
        "notes": "two-sided war; also the siege of El Fasher, the army's stronghold ('which the RSF has besieged for more than a year')",
    },
    {
        "source": "barbara-woodward",
        "target": "RUS",
        "type": "ACCUSE",
        "evidence": "One member has decided that this is too much to ask",
        "notes": "criticism of the vetoing member (Russia, named in the lede)",
    },
    {
        "source": "vassily-nebenzia",
        "target": "GBR",
        "type": "ACCUSE",
        "evidence": "He accused London of drafting the resolution without consulting the Sudanese authorities",
    },
    {
        "source": "al-harith-idriss-al-harith-mohamed",
        "target": "RUS",
        "type": "SUPPORT",
        "evidence": "thanked Moscow for what he called a principled position",
        "notes": "praise = SUPPORT",
    },
    {
        "source": "SDN",
        "target": "un",
        "type": "AGREE",
        "evidence": "said his government was ready to work with U.N. agencies",
        "notes": "expressed intent to cooperate = AGREE",
    },
    {
        "source": "al-harith-idriss-al-harith-mohamed",
        "target": "ARE",
        "type": "ACCUSE",
        "evidence": "He again accused the United Arab Emirates of arming the RSF",
    },
    {
        "source": "ARE",
        "target": "SDN",
        "type": "REJECT",
        "evidence": "a charge the Gulf state has repeatedly denied",
        "notes": "denial of Sudan's repeated accusation",
    },
    {
        "source": "USA",
        "target": "RUS",
        "type": "ACCUSE",
        "evidence": "Washington deeply regretted the veto",
        "notes": "disapproval of the veto",
    },
    {
        "source": "USA",
        "target": "rsf",
        "type": "ACCUSE",
        "evidence": "determined in January that RSF fighters had committed genocide in Darfur",
    },
    {
        "source": "USA",
        "target": "mohamed-hamdan-dagalo",
        "type": "SANCTION",
        "evidence": "imposed sanctions on the group's leader, Mohamed Hamdan Dagalo",
    },
    {
        "source": "USA",
        "target": "abdel-fattah-al-burhan",
        "type": "SANCTION",
        "evidence": "as well as on army chief General Abdel Fattah al-Burhan",
    },
]

STANCES = [
    {
        "holder": "barbara-woodward",
        "target": "RUS",
        "polarity": -1,
        "evidence": "One member has decided that this is too much to ask",
    },
    {
        "holder": "vassily-nebenzia",
        "target": "GBR",
        "polarity": -1,
        "evidence": "He accused London of drafting the resolution without consulting the Sudanese authorities",
    },
    {
        "holder": "al-harith-idriss-al-harith-mohamed",
        "target": "RUS",
        "polarity": 1,
        "evidence": "thanked Moscow for what he called a principled position",
    },
    {
        "holder": "al-harith-idriss-al-harith-mohamed",
        "target": "ARE",
        "polarity": -1,
        "evidence": "He again accused the United Arab Emirates of arming the RSF",
    },
    {
        "holder": "USA",
        "target": "RUS",
        "polarity": -1,
        "evidence": "Washington deeply regretted the veto",
    },
    {
        "holder": "USA",
        "target": "rsf",
        "polarity": -1,
        "evidence": "determined in January that RSF fighters had committed genocide in Darfur",
        "notes": "also the sanctions on its leader",
    },
]

NOTES = {
    "actors": (
        "Not annotated: 'the Council' (short anaphoric reference to the Security Council, "
        "like 'the bloc'), 'the army', 'the army-backed government', 'his government', 'the "
        "group', 'the Gulf state', 'the continent', 'the mission' (anaphoric common nouns), "
        "'El Fasher', 'Darfur', 'North Darfur', 'Kordofan' (places), 'a conference in London' "
        "(venue), 'Aid agencies', 'donors' (no actor identity), 'African' in 'three African "
        "members' (continent, not an actor here). 'U.N. Security Council' and 'General "
        "Assembly' are institution mentions of the UN. 'Sudan's army', 'Sudan's government' "
        "and 'Sudanese Armed Forces' are institution mentions of Sudan; the RSF is its own "
        "actor. 'London' in 'drafted by London' and 'accused London' stands for the British "
        "government. 'Western' in the quoted 'Western-made instruments' is a demonym of the "
        "West."
    ),
    "figures": (
        "'One member' and 'one party' are indefinite uses of 'one', not figures. 'the second "
        "time' is a counting ordinal. 'six months' and 'more than a year' are bare durations "
        "(figures only)."
    ),
    "times": "Anchor: time stamp and dateline, 2025-05-22 (a Thursday). 'Every day' is generic and not annotated.",
    "claims": (
        "Author = Hannah Okafor. One author item (the lede). Not annotated: 'Aid agencies say "
        "...' (no actor speaker), 'asked Secretary-General António Guterres to propose ...' "
        "(the draft's content, a directive), the vote itself."
    ),
    "relationships": (
        "Not annotated: what the vetoed draft 'would have required' (hypothetical), the "
        "British-Sierra Leonean sponsorship (no actor target), China's abstention, Algeria and "
        "Somalia voting in favour, Kanu's criticism of unnamed 'powers', the UAE arming the RSF "
        "(only inside the accusation), the British plan to seek a General Assembly debate "
        "(plan)."
    ),
    "stances": "The reporter takes no stance. Kanu's criticism targets unnamed 'powers' and is left out.",
}
