"""The patterns: one compiled alternation that finds every candidate in a single pass.

Each construction is written once with named groups. The scanning pattern is the alternation of
all constructions with their inner groups made non-capturing (so ``match.lastgroup`` names the
construction); the construction's own pattern, compiled on its own, then parses the match.
Patterns run on the lower-cased, ASCII-folded text (same length as the original), so case
checks ("May" the month, not "may" the verb) look at the original characters.
"""

from __future__ import annotations

import re
from functools import cache

from .lexicon import lexicon, named_periods, terms

__all__ = ["category_scanner", "constructions", "detail", "priority", "scanner", "trigger"]

_MONTHS_FULL = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
)
MON = rf"(?:{_MONTHS_FULL}|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?)(?![a-z])"
MONFULL = rf"(?:{_MONTHS_FULL})(?![a-z])"
DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9]|,[0-9]|\.[0-9]|\s*(?:%|percent|per cent|million|billion))"
YEAR = r"(?:1[0-9]{3}|20[0-9]{2}|21[0-9]{2})(?![0-9]|,[0-9]|\.[0-9]|%|\s*(?:percent|per cent))"
WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![a-z])"
SEASON = r"(?:spring|summer|autumn|fall|winter)(?![a-z])"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
NUM = (
    rf"(?:(?:{_TENS})(?:[- ](?:{_ONES}))?|a hundred|one hundred|a dozen|a couple of|a couple|"
    rf"a few|several|{_ONES}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|hundred|an?|[0-9]{1,3})(?![a-z0-9])"
)
UNIT = r"(?:days?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)(?![a-z])"
PART = (
    r"(?:(?:the\s+)?(?:very\s+)?(?:end|start|beginning|middle|close|turn|first half|second half|"
    r"latter half|latter part|early part|first part|rest|remainder)\s+of|earlier|later|early|late|"
    r"mid-|mid|end-|start-)"
)
ORD = (
    r"(?:[0-9]{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
    r"nineteenth|twentieth|twenty[- ]first|twenty[- ]second)"
)
REL_UNIT = rf"(?:year|month|week|decade|century|quarter|{SEASON}|{WD}|{MONFULL})"


def _alts(words: list[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


@cache
def constructions() -> tuple[tuple[str, str], ...]:
    """``(name, pattern)`` of every construction, in the order the alternation tries them."""
    lex = lexicon()
    periods = _alts(list(named_periods()))
    surnames = _alts(list(terms()))
    holidays = _alts(list(lex["holidays"]))
    vague = _alts(lex["vague"])
    deictic = _alts([w for w in lex["deictic"] if w != "today"])
    cons = [
        # full dates
        (
            "iso",
            rf"(?P<iso_y>{YEAR})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>0[1-9]|[12][0-9]|3[01])(?![0-9])",
        ),
        (
            "num",
            r"(?P<num_s>[0-9]{1,2}/[0-9]{1,2}/(?:[0-9]{4}|[0-9]{2})|[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4})(?![0-9/]|\.[0-9])",
        ),
        # ranges of days: "between December 27 and January 1", "from May 3 to 5, 2024"
        (
            "rmd_b",
            rf"between\s+(?P<rmd_b_m1>{MON})\s+(?P<rmd_b_d1>{DAY})(?:,?\s+(?P<rmd_b_y1>{YEAR}))?"
            rf"\s+and\s+(?:(?P<rmd_b_m2>{MON})\s+)?(?P<rmd_b_d2>{DAY})(?:,?\s+(?P<rmd_b_y2>{YEAR}))?",
        ),
        (
            "rmd",
            rf"(?:from\s+)?(?P<rmd_m1>{MON})\s+(?P<rmd_d1>{DAY})(?:,?\s+(?P<rmd_y1>{YEAR}))?"
            rf"\s*(?:-|to|until|till|through)\s*(?:(?P<rmd_m2>{MON})\s+)?(?P<rmd_d2>{DAY})"
            rf"(?:,?\s+(?P<rmd_y2>{YEAR}))?",
        ),
        (
            "rdm",
            rf"(?:from\s+|between\s+)?(?P<rdm_d1>{DAY})\s*(?:-|to|and)\s*(?P<rdm_d2>{DAY})\s+"
            rf"(?P<rdm_m>{MON})(?:,?\s+(?P<rdm_y>{YEAR}))?",
        ),
        # ranges of months and of years
        (
            "rmy",
            rf"(?:between\s+(?P<rmy_m1>{MON})(?:\s+(?P<rmy_y1>{YEAR}))?\s+and|from\s+(?P<rmy_m1b>{MON})"
            rf"(?:\s+(?P<rmy_y1b>{YEAR}))?\s*(?:-|to|until|till|through))\s*(?P<rmy_m2>{MON})"
            rf"(?:,?\s+(?P<rmy_y2>{YEAR}))?",
        ),
        (
            "rmy2",
            rf"(?P<rmy2_m1>{MON})(?:\s+(?P<rmy2_y1>{YEAR}))?\s*-\s*(?P<rmy2_m2>{MON}),?\s+(?P<rmy2_y2>{YEAR})",
        ),
        ("ry_b", rf"between\s+(?P<ry_b_y1>{YEAR})\s+and\s+(?P<ry_b_y2>{YEAR})"),
        (
            "ry",
            rf"(?:from\s+)?(?P<ry_y1>{YEAR})\s*(?:(?:-|to|until|till|through)\s*(?P<ry_y2>{YEAR})"
            r"|[-/](?P<ry_yy>[0-9]{2})(?![0-9]))",
        ),
        (
            "mdy",
            rf"(?:(?P<mdy_wd>{WD}),?\s+)?(?P<mdy_m>{MON})\s+(?P<mdy_d>{DAY}),?\s+(?P<mdy_y>{YEAR})",
        ),
        (
            "dmy",
            rf"(?:(?P<dmy_wd>{WD}),?\s+)?(?:the\s+)?(?P<dmy_d>{DAY})(?:\s+of)?\s+(?P<dmy_m>{MON}),?\s+"
            rf"(?P<dmy_y>{YEAR})",
        ),
        # month + year, season + year, with an optional part ("early March 2025")
        (
            "my",
            rf"(?:(?P<my_part>{PART})\s*)?(?P<my_m>{MON}),?\s+(?:of\s+)?(?P<my_y>{YEAR})",
        ),
        (
            "sy",
            rf"(?:(?P<sy_part>{PART})\s*)?(?:the\s+)?(?P<sy_s>{SEASON})\s+(?:of\s+)?(?P<sy_y>{YEAR})",
        ),
        # month + day without a year
        (
            "md",
            rf"(?:(?P<md_wd>{WD}),?\s+)?(?P<md_m>{MON})\s+(?P<md_d>{DAY})(?!:[0-9])",
        ),
        (
            "dm",
            rf"(?:(?P<dm_wd>{WD}),?\s+)?(?:the\s+)?(?P<dm_d>{DAY})(?:\s+of)?\s+(?P<dm_m>{MON})",
        ),
        # quarters and halves
        (
            "q",
            r"(?:the\s+)?(?P<q_n>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?quarter"
            rf"(?:\s+of)?(?:\s+(?:(?P<q_y>{YEAR})|(?P<q_rel>this|last|next|the)\s+(?:fiscal\s+)?year))?",
        ),
        (
            "q2",
            rf"(?:the\s+)?(?:last|final)\s+quarter\s+of\s+(?:(?P<q2_y>{YEAR})|(?P<q2_rel>this|last|next|the)\s+year)",
        ),
        ("qq", rf"q(?P<qq_n>[1-4])(?:\s+of)?(?:\s*(?P<qq_y>{YEAR}))?(?![a-z0-9])"),
        ("yq", rf"(?P<yq_y>{YEAR})\s*q(?P<yq_n>[1-4])(?![a-z0-9])"),
        (
            "half",
            r"(?:the\s+)?(?P<half_n>first|second|1st|2nd|latter)\s+half\s+of\s+"
            rf"(?:(?P<half_y>{YEAR})|(?P<half_rel>this|last|next|the)\s+year)",
        ),
        ("hh", rf"h(?P<hh_n>[12])\s+(?P<hh_y>{YEAR})"),
        # decades and centuries
        (
            "dec",
            r"(?:the\s+)?(?:(?P<dec_part>early|late|mid)[- ]?)?(?:(?P<dec_y>(?:1[0-9]|20)[0-9]0)'?s"
            r"|'(?P<dec_yy>[0-9]0)s)(?![a-z])",
        ),
        (
            "decw",
            r"the\s+(?:(?P<decw_part>early|late|mid)[- ]?)?(?P<decw_w>twenties|thirties|forties|fifties|"
            r"sixties|seventies|eighties|nineties)(?![a-z])",
        ),
        (
            "cent",
            rf"(?:the\s+)?(?:(?P<cent_part>early|late|mid)[- ]?)?(?P<cent_n>{ORD})[- ]century(?![a-z])",
        ),
        # parts of years and of relative units: "early 2025", "late last year", "the end of the month"
        ("py", rf"(?P<py_part>{PART})\s*(?P<py_y>{YEAR})"),
        ("pm", rf"(?P<pm_part>{PART})\s*(?P<pm_m>{MON})"),
        (
            "pr",
            rf"(?P<pr_part>{PART})\s*(?P<pr_rel>last|this|next|the current|the previous|the following"
            rf"|the same|the|that)\s+(?P<pr_u>year|month|week|decade|century|quarter|{SEASON})(?![a-z])",
        ),
        # named periods and terms of office
        (
            "adm",
            rf"(?:the\s+)?(?:(?P<adm_ord>first|second|third|previous|former|last|current|present|"
            rf"earlier)\s+)?(?P<adm_n>{surnames})(?:'s)?\s+(?P<adm_k>administration|presidency|era|"
            r"years|term|government)(?![a-z])",
        ),
        ("era", rf"(?P<era_n>{periods})(?![a-z0-9])"),
        (
            "fn",
            rf"(?:the\s+)?first\s+(?P<fn_n>{NUM})\s+(?P<fn_u>days|weeks|months|years)(?![a-z])",
        ),
        # vague references and periods ending or starting at the anchor
        ("vague", rf"(?P<vague_w>{vague})(?![a-z])(?!\s+(?:[a-z0-9-]+\s+)?{UNIT})"),
        (
            "anaph",
            rf"(?:(?P<anaph_the>the\s+)?(?P<anaph_dir>following)|the\s+(?P<anaph_dir2>next|previous|"
            rf"preceding|same|prior))\s+(?P<anaph_u>day|week|month|year|morning|evening|night|"
            rf"{SEASON})(?![a-z])",
        ),
        ("that", rf"that\s+(?P<that_u>day|week|month|year|{SEASON})(?![a-z])"),
        (
            "pn",
            rf"the\s+(?P<pn_dir>past|last|previous|coming|next|following|preceding)\s+"
            rf"(?:(?P<pn_n>{NUM})\s+)?(?P<pn_u>{UNIT})",
        ),
        (
            "pn2",
            rf"(?P<pn2_dir>past|last|previous|next|coming)\s+(?P<pn2_n>{NUM})\s+(?P<pn2_u>{UNIT})",
        ),
        (
            "pf",
            r"(?P<pf_pre>for|over)\s+(?:(?P<pf_q>well over|just over|over|more than|nearly|almost|about|"
            r"around|roughly|at least|close to|the better part of|some)\s+)?"
            rf"(?P<pf_n>{NUM})\s+(?P<pf_u>{UNIT})(?!-)",
        ),
        (
            "agoc",
            rf"(?P<agoc_s>{NUM}\s+{UNIT}(?:,?\s+(?:and\s+)?{NUM}\s+{UNIT})+\s+ago)(?![a-z])",
        ),
        (
            "ago",
            rf"(?P<ago_n>{NUM})\s+(?P<ago_u>{UNIT})\s+(?P<ago_dir>ago|earlier|later|from now|hence)"
            r"(?![a-z])",
        ),
        ("inn", rf"in\s+(?P<inn_n>{NUM})\s+(?P<inn_u>{UNIT})(?:'s|')?\s+time(?![a-z])"),
        (
            "fyr",
            r"(?:the\s+)?(?P<fyr_rel>current|this|next|last|previous|past|new|coming|upcoming)\s+"
            r"(?:fiscal|financial|budget)\s+year(?![a-z])",
        ),
        (
            "rel",
            rf"(?:the\s+)?(?P<rel_dir>this\s+past|last|this|next|past|coming|previous|current)\s+"
            rf"(?P<rel_u>{REL_UNIT})",
        ),
        (
            "dr",
            r"(?P<dr_w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|"
            r"tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening))(?![a-z])"
            r"(?:\s+(?:morning|afternoon|evening|night)(?![a-z]))?",
        ),
        ("deictic", rf"(?P<deictic_w>{deictic})(?![a-z])"),
        ("wd", rf"(?P<wd_w>{WD})(?:\s+(?:morning|afternoon|evening|night)(?![a-z]))?"),
        ("hol", rf"(?P<hol_n>{holidays})(?![a-z])(?:\s+(?P<hol_y>{YEAR}))?"),
        (
            "bc",
            r"(?P<bc_y>[0-9]{1,4})\s*(?P<bc_e>bce|bc|b\.c\.|ad|a\.d\.|ce)(?![a-z])"
            r"|(?:ad|a\.d\.)\s+(?P<bc_y2>[0-9]{1,4})(?![0-9])",
        ),
        ("fy", r"(?:fiscal(?:\s+year)?\s+|fy\s*)(?P<fy_y>(?:19|20)[0-9]{2}|'?[0-9]{2})(?![0-9])"),
        ("mon", rf"(?P<mon_m>{MONFULL})"),
        ("season", rf"(?:the\s+)?(?P<season_s>{SEASON})"),
        ("year", rf"(?<![$\u20ac\u00a3#./-])(?P<year_y>{YEAR})(?:'s)?"),
    ]
    return tuple(cons)


_NAMED = re.compile(r"\(\?P<\w+>")


@cache
def scanner() -> re.Pattern[str]:
    """The single alternation over every construction (inner groups non-capturing)."""
    body = "|".join(f"(?P<{name}>{_NAMED.sub('(?:', pat)})" for name, pat in constructions())
    return re.compile(rf"(?<![a-z0-9])(?:{body})")


@cache
def detail(name: str) -> re.Pattern[str]:
    """One construction's own pattern, with its named groups."""
    return re.compile(dict(constructions())[name])


#: For each construction, the trigger categories of which it always contains a word.
_CATEGORIES = {
    "month": "rmd_b rmd rdm rmy rmy2 mdy dmy my md dm pm mon rel",
    "num": "rmd_b rmd rdm rmy rmy2 ry_b ry iso num mdy dmy my sy py yq hh qq dec bc fy year half",
    "season": "sy season pr anaph that rel",
    "weekday": "rel wd mdy dmy md dm",
    "unit": "q q2 half cent pr fn pn pn2 pf agoc ago inn anaph that fyr rel adm dr",
    "decw": "decw",
    "adm": "adm",
    "period": "era",
    "vague": "vague",
    "deictic": "deictic",
    "dr": "dr anaph",
    "hol": "hol",
    "fy": "fy",
}


@cache
def trigger() -> re.Pattern[str]:
    """A cheap pattern for the words every construction contains at least one of, one named
    group per category (numbers, month names, time units, listed phrases, ...). The full
    patterns run only around these, which keeps the scan fast on text with few times."""
    lex = lexicon()
    units = {"day", "week", "fortnight", "month", "quarter", "year", "decade", "century"}
    units = units | {u + "s" for u in units} | {"centuries", "morning", "afternoon", "evening"}
    months = {w.rstrip(".") for w in lex["months"]}
    groups = {
        "num": r"(?<![0-9])[0-9]",
        "month": rf"(?:{_alts(list(months))})(?![a-z])",
        "weekday": rf"(?:{_alts(list(lex['weekdays']))})(?![a-z])",
        "season": rf"(?:{_alts(list(lex['seasons']))})(?![a-z])",
        "decw": rf"(?:{_alts(list(lex['decade_words']))})(?![a-z])",
        "period": rf"(?:{_alts(list(named_periods()))})(?![a-z0-9])",
        "vague": rf"(?:{_alts(lex['vague'])})(?![a-z])",
        "deictic": rf"(?:{_alts([w for w in lex['deictic'] if w != 'today'])})(?![a-z])",
        "hol": rf"(?:{_alts(list(lex['holidays']))})(?![a-z])",
        "dr": r"(?:yesterday|today|tomorrow|tonight|night)(?![a-z])",
        "adm": r"(?:administration|presidency|era|term|government)(?![a-z])",
        "unit": rf"(?:{_alts(sorted(units))}|h[12]|q[1-4])(?![a-z])",
        "fy": r"fy(?=\s*'?[0-9])",  # "FY2026": the digits follow letters, which "num" skips
    }
    body = "|".join(f"(?P<{name}>{pat})" for name, pat in groups.items())
    return re.compile(rf"(?<![a-z])(?:{body})")


@cache
def category_scanner(category: str) -> re.Pattern[str]:
    """The alternation of the constructions that contain a ``category`` trigger."""
    members = set(_CATEGORIES[category].split())
    body = "|".join(
        f"(?P<{name}>{_NAMED.sub('(?:', pat)})" for name, pat in constructions() if name in members
    )
    return re.compile(rf"(?<![a-z0-9])(?:{body})")


@cache
def priority() -> dict[str, int]:
    """Each construction's place in the order (earlier wins among equal spans)."""
    return {name: i for i, (name, _pat) in enumerate(constructions())}
