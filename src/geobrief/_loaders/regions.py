"""Find the regions of a plain-text news article: title, dek, dateline, byline, captions, body and
the boilerplate after it. Nothing is cut: each region is a span of the unchanged text.

The rules follow how web articles are pasted as text: front matter (masthead or site name,
caption, credit, section label or kicker, headline, standfirst, dateline, byline, series blurb,
page furniture such as "Share" or "5 min read") sits above the first full paragraph; the body runs
until an end marker (an author bio, a "[Source: X]" line, wire credits, "Read more", a
republication note, a disclaimer, a list of other headlines) after which no full paragraph
resumes. The outlet comes from a source line, a masthead or title suffix, the wire agency of the
dateline, a "More from X" list, a disclaimer, a republication note or a copyright line, in that
order. Vocabularies (section labels, outlet-name words, news agencies, page furniture) are data
files in ``geobrief/data``.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from geobrief.model import Region, Span

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DATE_FORMS = [
    rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}",
    rf"{_DAY}\s+{_MONTH},?\s+{_YEAR}",
    r"(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)",
    r"(?<![\d./])(?P<n1>[0-3]?\d)(?P<sep>[./])(?P<n2>[0-3]?\d)(?P=sep)(?P<nyear>(?:19|20)\d\d)(?![\d./])",
]
_DATES = [re.compile(form, re.I) for form in _DATE_FORMS]


class _DateSearch:
    """The earliest match of any date form (each form has its own named groups)."""

    @staticmethod
    def _best(matches: list[re.Match[str] | None]) -> re.Match[str] | None:
        found = [m for m in matches if m]
        return min(found, key=lambda m: m.start()) if found else None

    def search(self, text: str) -> re.Match[str] | None:
        return self._best([d.search(text) for d in _DATES])

    def match(self, text: str) -> re.Match[str] | None:
        return self._best([d.match(text) for d in _DATES])


_DATE = _DateSearch()
_ZONE = r"(?:\s*\(?[A-Z]{2,5}(?:[+\-\u2212]\d{1,2}(?::?\d\d)?)?\)?)"
_CLOCK = rf"\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?{_ZONE}?"
_DATELINE_PREFIX = re.compile(
    r"^(?:(?:first\s+)?(?:published|updated|posted|last\s+updated|last\s+modified|modified|date)"
    r"(?:\s+(?:on|at))?\s*:?\s*)?"
    rf"(?:{_CLOCK}(?![\d./])\s*,?\s*(?:on\s+)?)?"  # a time before the date: "Updated 6:42 AM GMT, March 21"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?",
    re.I,
)
_TIME_TAIL = re.compile(
    rf"^[\s,|\-\u2013\u2014\u00a0@at]*(?:{_CLOCK})?"
    r"[\s|\-\u2013\u2014]*(?:updated.*)?$",
    re.I,
)
_NAME = r"[A-Z][\w'\u2019.\-]+(?:\s+(?:[A-Z][\w'\u2019.\-]+|de|van|von|al|bin|der|la|le)){0,4}"
_PLACE = r"(?:\s+(?:in|from)\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)?"
_BYLINE = re.compile(
    r"^(?:(?:[Oo]pinion|[Aa]nalysis|[Cc]ommentary|[Cc]omment|[Cc]olumn|[Ee]ssay|[Rr]eview|[Ss]tory|"
    r"[Rr]eport|[Ii]nterview|[Pp]osted|[Ww]ritten|[Ww]ords|[Tt]ext)\s+by|[Bb]y|BY|[Aa]uthors?:)\s+"
    rf"(?P<name>{_NAME}{_PLACE}(?:\s*(?:,|and|&)\s*{_NAME}{_PLACE})*)"
    r"(?:\s*[,|\-\u2013\u2014\u2022\u00b7].*)?$"
)
# A byline without "By" on a line of its own: "Ahmed Raza in Islamabad and Priya Menon".
_BARE_BYLINE = re.compile(
    rf"^(?!.*['\u2019]s\b){_NAME}{_PLACE}(?:\s*(?:,|and|&)\s*{_NAME}{_PLACE})*$"
)
_CREDIT = re.compile(
    r"^\(?\s*(?:photos?|photographs?|images?|pictures?|credit|illustration|video|source\s+image)s?"
    r"\b.{0,80}$"
    r"|^\(.{0,80}\b(?:getty|afp|reuters|ap\s+photo|epa|shutterstock|photos?|images?)\b.{0,40}\)$"
    r"|\b(?:credit|photo|photograph|image|picture)(?:\s*:|\.{2,4}|\u2026)\s*[A-Z].{0,60}$",
    re.I,
)
# A caption that ends with its credit in brackets: "... east of Taiwan on April 2. (Ministry via AP)"
_CREDITED_CAPTION = re.compile(
    r"\((?:[^()]{0,80}\b(?:AP|AFP|Reuters|Getty|EPA|Xinhua|Bloomberg|Anadolu|Shutterstock|via|File|"
    r"[Pp]hotos?|[Ii]mages?|[Hh]andout|[Pp]ool)\b[^()]{0,60})\)\s*$"
)
_CAPTION_LABEL = re.compile(
    r"\b(?:credit|photo|photograph|image|picture)(?:\s*:|\.{2,4}|\u2026)", re.I
)
# A byline without "By": a bare name, its role on the next line ("Middle East correspondent").
_NAME_LINE = re.compile(
    r"^[A-Z][\w'\u2019\-]+(?:\s+(?:[A-Z][\w'\u2019.\-]+|de|van|von|al|bin)){1,3}$"
)
_JOURNALIST_ROLE = re.compile(
    r"\b(?:correspondent|reporter|editor|writer|columnist|journalist|contributor|staff|bureau\s+chief|"
    r"analyst|commentator|fellow|director|professor|lecturer|researcher|scholar|associate|"
    r"chair|president|head\s+of|programme|program|university|institute|college|school|centre|"
    r"center|foundation|council)\b",
    re.I,
)
# A name followed by its role or affiliation: "Karim Nasser, Staff Writer",
# "Amara Okafor, Lecturer in International Relations, University of Leeds".
_ROLE_BYLINE = re.compile(
    r"^(?P<name>[A-Z][\w'\u2019\-]+(?:\s+(?:[A-Z][\w'\u2019.\-]+|de|van|von|al|bin)){1,3})"
    r"\s*[,|\u2013\u2014]\s*(?P<role>[A-Z].{2,120})$"
)
# A byline's place line: "Reporting from Istanbul".
_REPORTING_FROM = re.compile(r"^reporting\s+from\s+[A-Z]", re.I)
_SECTION = re.compile(
    r"^(?:[a-z][a-z\-&]*(?:\s+[a-z][a-z\-&]*){0,2}|[A-Z][A-Z\-&]+(?:\s+[A-Z][A-Z\-&]+){0,2})$"
)
_SECTION_PARTS = re.compile(r"\s*[|\u203a\u00bb>/\u00b7]\s*")


def _data_lines(name: str) -> list[str]:
    from importlib import resources

    text = resources.files("geobrief").joinpath("data", name).read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _load_sections() -> frozenset[str]:
    return frozenset(line.lower() for line in _data_lines("sections.txt"))


_SECTIONS = _load_sections()
_OUTLET_WORDS = frozenset(line.lower() for line in _data_lines("outlet_words.txt"))
_AGENCY_NAMES = {
    written.strip().lower(): reported.strip()
    for written, _, reported in (line.partition("|") for line in _data_lines("news_agencies.txt"))
}
_FURNITURE = frozenset(line.lower() for line in _data_lines("page_furniture.txt"))
_FURNITURE_FORM = re.compile(
    r"^(?:[\d.,]+\s*[km]?"  # counters: likes, comments, shares
    r"|\d+\s*(?:-|\u2013)?\s*(?:min(?:ute)?s?|hours?|hrs?)\.?(?:\s+(?:read|listen|watch))?"
    r"|(?:estimated\s+)?reading\s+time\b.{0,30}"
    r"|listen\s+to\s+(?:this\s+)?(?:article|story)\b.{0,40}"
    r"|(?:skip|close)\s+(?:advertisement|ad)"
    r")$",
    re.I,
)
_FURNITURE_STRIP = " \t\u2219\u00b7\u2022|\u25b6\u25ba>*-\u2013\u2014:"
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'\u2019.&\-]*|of|the|and|&|on|de|al|for)$")


def _is_furniture(line: _Line) -> bool:
    """A button, counter or widget label: "Share", "5 min read", "Listen to this article"."""
    if line.words > 10:
        return False
    text = line.text.strip(_FURNITURE_STRIP)
    return text.lower() in _FURNITURE or bool(_FURNITURE_FORM.match(text))


def _agency(name: str) -> str | None:
    return _AGENCY_NAMES.get(name.strip().lower())


def _outlet_name(text: str) -> str | None:
    """``text`` as an outlet's name, or ``None``: a news agency ("AFP"), a web domain
    ("example.com"), "THE DIPLOMAT" in capitals, or a capitalised name ending in a word of
    outlet names ("Asia Times", "The Steppe Dispatch")."""
    text = text.strip(" \t.:|\u2013\u2014-")
    words = text.split()
    if not words or len(words) > 5 or len(text) > 60:
        return None
    if (agency := _agency(text)) is not None:
        return agency
    if len(words) == 1 and re.fullmatch(
        r"[A-Za-z][\w\-]*\.(?:com|org|net|co\.uk|news|info|io)", text
    ):
        return text
    if not all(_NAME_WORD.match(w) for w in words) or not words[0][:1].isupper():
        return None
    if text.isupper() and len(words) >= 2 and words[0] == "THE" and text.lower() not in _SECTIONS:
        return text.title()
    if len(words) >= 2 and words[-1].lower() in _OUTLET_WORDS and text.lower() not in _SECTIONS:
        return text.title() if text.isupper() else text
    return None


def _title_and_suffix(text: str) -> tuple[str, str | None] | None:
    """A headline with its site's name after it: "Iran talks stall | Reuters" gives the title and
    the outlet; "... | Analysis" gives the title alone. ``None`` when there is no such suffix."""
    match = re.match(r"^(?P<title>.+?)\s+(?:\||-|\u2013|\u2014|::)\s+(?P<suffix>[^|]{2,60})$", text)
    if not match or len(match.group("title").split()) < 3:
        return None
    suffix = match.group("suffix").strip()
    outlet = _outlet_name(suffix)
    if outlet is not None:
        return match.group("title").strip(), outlet
    if "|" in text and suffix.lower() in _SECTIONS:
        return match.group("title").strip(), None
    if (
        text.count("|") == 1
        and "|" in text[match.start("suffix") - 3 : match.start("suffix")]
        and len(suffix.split()) <= 4
        and all(_NAME_WORD.match(w) for w in suffix.split())
    ):
        return match.group("title").strip(), suffix
    return None


def _is_section(line: _Line) -> bool:
    """A section or genre label: "commentary", "OPINION", "Analysis", "World \u203a Americas"."""
    if line.words > 6:
        return False
    if _SECTION.match(line.text) and line.words <= 3:
        return True
    parts = [p for p in _SECTION_PARTS.split(line.text.strip()) if p]
    if not parts:
        return False
    if all(p.lower() in _SECTIONS for p in parts):
        return True
    if len(parts) > 1 and any(p.lower() in _SECTIONS for p in parts):
        return all(len(p.split()) <= 4 for p in parts)  # "COMMENTARY | Europe & Eurasia"
    return len(parts) > 1 and all(len(p.split()) <= 2 and p[:1].isupper() for p in parts)


_BLURB = re.compile(
    r"^editor['\u2019]?s\s+note\b|^this\s+(?:piece|article|story|essay|report|commentary|analysis|op-ed|column|interview)\s+"
    r"(?:is\s+part\s+of|was\s+(?:originally|first)|first\s+appeared|originally\s+appeared|"
    r"appeared\s+(?:first|originally)|is\s+adapted|was\s+adapted)",
    re.I,
)
_SOURCE_LINE = re.compile(
    r"^\[?\s*(?:source|sources|via)\s*:\s*(?P<source>[^\]]{2,80}?)\s*\]?\s*$", re.I
)
_READ_MORE = re.compile(
    r"^(?:read\s+more|read\s+also|also\s+read|related(?:\s+(?:articles?|stories|content|coverage))?|"
    r"see\s+also|more\s+from|more\s+in|more\s+on\s+this|recommended(?:\s+for\s+you)?|most\s+read|"
    r"most\s+popular|trending|you\s+may\s+also\s+like|further\s+reading|read\s+next|up\s+next|"
    r"what\s+to\s+read\s+next|more\s+(?:commentary|analysis|opinion|news|stories|coverage|"
    r"articles|on\s+this\s+story))\b",
    re.I,
)
_MORE_FROM = re.compile(
    r"^(?:(?:more|most\s+read|most\s+popular|latest|top\s+stories)\s+from|thanks\s+for\s+reading)"
    r"\s+(?P<source>[A-Z].{1,60}?)\s*[:!.]?\s*(?:$|subscribe\b)",
    re.I,
)
_CORPORATE = re.compile(
    r"(?:\s*,?\s+(?:L\.?P\.?|LLC|Ltd\.?|Limited|Inc\.?|plc|PLC|GmbH|S\.A\.|Corp\.?))+$"
)
_DISCLAIMER = re.compile(
    r"does\s+not\s+take\s+institutional\s+positions|views\s+(?:expressed|represented|stated)\s+"
    r"(?:here|herein|in\s+this)|do\s+not\s+necessarily\s+(?:reflect|represent)|all\s+rights\s+"
    r"reserved|^\u00a9|^copyright\b|^disclaimer\b",
    re.I,
)
_PROMO = re.compile(
    r"(?:topics|tags|filed\s+under|categories|more\s+on|related\s+topics)\s*(?::|$)|"
    r"(?:leave\s+a\s+comment|thanks\s+for\s+reading|enter\s+your\s+email|newsletter\b)|"
    r"(?:sign\s+up|subscribe|share\s+(?:this|on)|follow\s+(?:us|@)|advertisement|click\s+here|"
    r"download\s+our|join\s+our|get\s+the\s+latest|listen\s+to\s+this|watch:|this\s+article\s+"
    r"(?:has\s+been|is)\s+(?:updated|corrected))",
    re.I,
)
# An invitation to write to the editors, anywhere in the line ("Submit a letter of up to 300 words").
_LETTERS_INVITATION = re.compile(
    r"(?:submit|send)\s+(?:a\s+|your\s+)?(?:response|letter)|letters?\s+(?:section|page)|"
    r"considered\s+for\s+publication",
    re.I,
)
_LETTERS_WORDS = ("letter", "response", "publication")


def _is_promo(line: _Line) -> bool:
    """A promotion line: tags, sign-up and share prompts, or an invitation to write in."""
    if line.words > 60:
        return False
    if _PROMO.match(line.text):
        return True
    lower = _folded(line.text)
    return any(w in lower for w in _LETTERS_WORDS) and bool(_LETTERS_INVITATION.search(line.text))


# A list item of other stories: "... summary text ...The Guardian - Mar. 8 -", "... ABC News - 1d -"
_HEADLINE_ITEM = re.compile(
    r"(?:\.\.\.|\u2026|[a-z.,!?\u2019\u201d])\s*[A-Z][\w .&'\u2019]{1,40}\s+-\s+"
    r"(?:\d+\s*[smhdw]|[A-Z][a-z]{2}\.?\s+\d{1,2}|yesterday|today)\b.{0,4}$"
)
_LONE_MARK = re.compile(r"^[\-\u2013\u2014*_=\u2022\u00b7#|]{1,5}$")
# A wire dateline opening the first paragraph: "WASHINGTON, March 13, 2025 (Reuters) - ",
# "BEIRUT (AP) — ", "KYIV, Ukraine, Jan 5 (Reuters) -".
_WIRE_DATELINE = re.compile(
    r"^(?:(?P<place>[A-Z][A-Z.'\u2019\-]+(?:\s+[A-Z][A-Z.'\u2019\-]+){0,3})"
    r"|(?P<mixed>[A-Z][a-z'\u2019\-]+(?:\s+[A-Z][a-z'\u2019\-]+){0,2})(?=,?\s+[A-Z\w,. ]{0,40}\())?"
    r"(?:,\s+[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+)?)?"
    r"(?:,\s+(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+(?:19|20)\d\d)?))?"
    r"\s*(?:\((?P<agency>[A-Z][\w.&' ]{0,30})\))?"
    r"\s*(?:-{1,2}|\u2013|\u2014|(?P<colon>:))\s+(?=[A-Z\u201c\"])"
)
# Trailing wire credits: "(Reporting by X; Editing by Y)", "Additional reporting by Z".
_WIRE_CREDIT = re.compile(
    r"^\(?(?:reporting|additional\s+reporting|writing|editing|compiled)\s+by\b.{0,200}\)?$", re.I
)
# Wire notes at the end: "X reported from Nairobi.", "Y contributed to this report.",
# "--With assistance from Z."
_WIRE_NOTE = re.compile(
    r"[A-Z][\w'\u2019\-]+(?:\s+[A-Z][\w'\u2019\-]+){0,2}\s+reported\s+from\s+[A-Z]"
    r"|[\-\u2013\u2014]*\s*[Ww]ith\s+assistance\s+from\b",
)
_CONTRIBUTED = re.compile(r"contributed\s+(?:reporting\s+)?to\s+this\s+(?:report|story|article)")


def _is_wire_note(text: str) -> bool:
    """ "X reported from Y", "--With assistance from Z", "... contributed to this report"."""
    if _WIRE_NOTE.match(text):
        return True
    return "contributed" in text and bool(_CONTRIBUTED.search(text))


# A note that the piece appeared elsewhere first: "This article was originally published by X",
# "Originally published at X", "A version of this article appears in print on ..."
_REPUBLISHED = re.compile(
    r"^(?:this\s+(?:\w+\s+){1,2}(?:(?:was|is|has\s+been)\s+)?|it\s+was\s+)?"
    r"(?:(?:originally|first)\s+(?:published|appeared|posted)|republished|reproduced|"
    r"reprinted|cross-?posted)\b"
    r"|^a\s+version\s+of\s+this\s+(?:article|story|piece)\s+(?:appears|appeared|was\s+published)",
    re.I,
)

_BIO = re.compile(
    r"^[\-\u2013\u2014*_\s]*(?P<name>[A-Z][\w'\u2019\-]+(?:\s+[A-Z][\w'\u2019.\-]+){1,3})"
    r"(?:,[^,]{3,80},)?\s+(?:is|was|has\s+been|"
    r"serves\s+as|writes|covers)\s+(?:a|an|the|currently|formerly|also)?\b.{0,300}?\b(?:student|"
    r"fellow|professor|analyst|director|journalist|author|editor|researcher|writer|correspondent|"
    r"columnist|contributor|reporter|scholar|lecturer|expert|scientist|chair|president|founder|"
    r"adviser|advisor|ambassador|officer|minister|member|head|chief|partner|candidate|economist|"
    r"historian|commentator|consultant|specialist|associate|at\s+the|at\s+[A-Z]|of\s+the)\b",
)
# A contributor's note: "NAME writes about Nordic security for the Baltic Affairs Weekly."
_BIO_WRITES = re.compile(
    r"^[\-\u2013\u2014*_\s]*(?P<name>[A-Z][\w'\u2019\-]+(?:\s+[A-Z][\w'\u2019.\-]+){1,3})"
    r"\s+(?:writes|covers|reports)\b.{0,160}?\bfor\s+(?:the\s+)?[A-Z]"
)


def _bio(text: str) -> re.Match[str] | None:
    return _BIO.match(text) or _BIO_WRITES.match(text)


_SENTENCE_END = re.compile(r"""[.?!:;\u2026]["'\u201d\u2019)\]]*\s*$""")


@attrs.frozen
class Layout:
    """What region detection found in one text."""

    body: Span
    regions: tuple[Region, ...]
    title: str | None = None
    published: dt.date | None = None
    author: str | None = None
    source: str | None = None


_WORD_CAP = 1000


@attrs.frozen
class _Line:
    start: int
    end: int
    text: str
    words: int = attrs.field(eq=False)
    """Whitespace-separated words, counted once and only up to ``_WORD_CAP`` (every rule compares
    the count with a small number, and a line can be megabytes long)."""

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


def _lines(text: str) -> list[_Line]:
    out = []
    for match in re.finditer(r"[^\r\n]+", text):
        raw = match.group()
        stripped = raw.strip()
        if not stripped:
            continue
        lead = len(raw) - len(raw.lstrip())
        start = match.start() + lead
        words = len(stripped.split(None, _WORD_CAP))  # _WORD_CAP + 1 means "more"
        out.append(_Line(start, start + len(stripped), stripped, words))
    return out


def parse_date(text: str) -> dt.date | None:
    """The first full calendar date written in ``text`` (Jan 31, 2026; 15 April 2025; ISO)."""
    match = _DATE.search(text)
    if not match:
        return None
    try:
        if match.groupdict().get("iso"):
            return dt.date.fromisoformat(match.group("iso"))
        if match.groupdict().get("nyear"):
            return _numeric_date(match)
        groups = {k: v for k, v in match.groupdict().items() if v}
        month = _MONTHS[groups["month"].lower().rstrip(".")]
        return dt.date(int(groups["year"]), month, int(groups["day"]))
    except (ValueError, KeyError):
        return None


def _numeric_date(match: re.Match[str]) -> dt.date | None:
    """30.09.2025 is day-first (the dotted form is European); 09/30/2025 is month-first unless
    the first number cannot be a month (30/09/2025)."""
    first, second, year = int(match.group("n1")), int(match.group("n2")), int(match.group("nyear"))
    day_first = match.group("sep") == "." or first > 12
    day, month = (first, second) if day_first else (second, first)
    return dt.date(year, month, day)


def _dateline(line: str) -> dt.date | None:
    """The date of a line that is nothing but a (prefixed) date and optional time."""
    if len(line) > 90:
        return None
    rest = _DATELINE_PREFIX.sub("", line, count=1)
    match = _DATE.match(rest)
    if not match or not _TIME_TAIL.match(rest[match.end() :]):
        return None
    return parse_date(rest)


_BYLINE_PLACE = re.compile(r"\s+(?:in|from)\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?\s*$")


def _byline_author(line: str) -> str:
    """The names of a byline, without "By", places ("in Islamabad"), roles or dates."""
    match = _BYLINE.match(line)
    if match is None:
        return line.strip()
    names = re.split(r"\s*(?:,|\band\b|&)\s*", match.group("name"))
    cleaned = [_BYLINE_PLACE.sub("", n).strip() for n in names if n.strip()]
    cleaned = [n for n in cleaned if n and n[0].isupper() and len(n.split()) >= 2] or cleaned
    cleaned = [n for n in cleaned if not _JOURNALIST_ROLE.search(n)] or cleaned
    return " and ".join(cleaned)


_DATED_BY = re.compile(
    rf"^(?P<date>.{{6,60}}?)\s+by\s+(?P<name>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)$"
)


def _dateline_by(line: str) -> tuple[dt.date, str] | None:
    """A date followed by its author: "Posted on 14 October 2025 by Levan Abashidze"."""
    if len(line) > 160 or " by " not in line:
        return None
    match = _DATED_BY.match(line)
    if match is None or (date := _dateline(match.group("date"))) is None:
        return None
    return date, _byline_author("By " + match.group("name"))


def _dateline_in_byline(line: str) -> dt.date | None:
    """A date written after the names: "By Claire Mensah | June 19, 2025"."""
    parts = re.split(r"\s*[|\u2022\u00b7]\s*|\s+[\u2013\u2014-]\s+", line, maxsplit=1)
    return _dateline(parts[1]) if len(parts) == 2 else None


def _is_body_like(line: _Line) -> bool:
    """A full paragraph: long, or a sentence of some length."""
    if line.words >= 25:
        return True
    return line.words >= 12 and bool(_SENTENCE_END.search(line.text))


def _front_kind(lines: list[_Line], i: int) -> str | None:
    """The region kind of a front-matter line, or ``None`` for a plain line."""
    text = lines[i].text
    if _dateline(text) or _dateline_by(text):
        return "dateline"
    if any(lines[j].text == text for j in range(i)):
        return "title"
    if _BYLINE.match(text) and lines[i].words <= 12:
        return "byline"
    if _BLURB.match(text):
        return "blurb"
    if _SOURCE_LINE.match(text):
        return "source_line"
    if _is_furniture(lines[i]):
        return "furniture"
    if lines[i].words <= 5 and _outlet_name(text):
        return "masthead"
    if _is_role_byline(lines[i]):
        return "byline"
    if lines[i].words <= 6 and _REPORTING_FROM.match(text):
        return "byline_place"
    if lines[i].words <= 8 and _READ_MORE.match(text):
        return "related_links"
    if lines[i].words <= 20 and _may_be_credit(text) and _CREDIT.search(text):
        return "caption" if _CAPTION_LABEL.search(text) else "credit"
    if _CREDITED_CAPTION.search(text) and lines[i].words <= 60:
        return "caption"
    if _CAPTION_LABEL.search(text) and lines[i].words <= 60:
        return "caption"
    if lines[i].words <= 60 and _TRAILING_CREDIT.search(text):
        return "caption"
    if _NAME_LINE.match(text) and i + 1 < len(lines):
        following = lines[i + 1]
        if following.words <= 8 and _JOURNALIST_ROLE.search(following.text):
            return "byline"
    if (
        i > 0
        and lines[i].words <= 8
        and _JOURNALIST_ROLE.search(text)
        and _NAME_LINE.match(lines[i - 1].text)
    ):
        return "byline_role"
    if i + 1 < len(lines) and _is_section(lines[i]):
        return "section"
    followed_by_credit = (
        i + 1 < len(lines)
        and lines[i + 1].words <= 6
        and lines[i].words <= 30
        and _may_be_credit(lines[i + 1].text)
        and bool(_CREDIT.search(lines[i + 1].text))
    )
    if followed_by_credit:
        return "caption"
    return None


def _is_role_byline(line: _Line) -> bool:
    """A name followed by a role or affiliation (the name itself is no role: "Senior Fellow,
    Europe Program" is the role line of a byline, not a byline)."""
    if line.words > 16:
        return False
    match = _ROLE_BYLINE.match(line.text)
    return bool(
        match
        and _JOURNALIST_ROLE.search(match.group("role"))
        and not _JOURNALIST_ROLE.search(match.group("name"))
    )


def _is_kicker(lines: list[_Line], kinds: list[str | None], i: int) -> bool:
    """A one- or two-word label above the headline ("Russia", "Middle East crisis" is too long):
    the next line is itself headline-like."""
    if lines[i].words > 2 or i + 1 >= len(lines) or _SENTENCE_END.search(lines[i].text):
        return False
    following = lines[i + 1]
    if i + 1 < len(kinds) and kinds[i + 1] is not None:
        return False
    return 4 <= following.words <= 30 and not following.text.endswith(".")


def _is_caption_line(line: _Line) -> bool:
    """A photo caption: a short line with a credit label or a bracketed or trailing credit."""
    text = line.text
    if line.words > 60:
        return False
    if _CAPTION_LABEL.search(text) or _CREDITED_CAPTION.search(text):
        return True
    return bool(_TRAILING_CREDIT.search(text))


# "... released by the coast guard. Coast Guard/Handout via Agency", "... Getty Images"
_TRAILING_CREDIT = re.compile(
    r"(?:/(?:Handout|File|Pool|Reuters|AFP|AP)|\bvia\s+[A-Z][\w&.\- ]{1,40}|\bGetty\s+Images|"
    r"\bAP\s+Photo[\w/ .]*|\bShutterstock)\s*$"
)


def _opens_with_wire_dateline(text: str) -> bool:
    """Whether a paragraph starts with a wire dateline naming a date or an agency."""
    match = _WIRE_DATELINE.match(text)
    return bool(match and (match.group("date") or match.group("agency")) and match.group("place"))


def _end_kind(line: _Line) -> str | None:
    """The region kind of a line that ends the body or sits in it as boilerplate."""
    text = line.text
    if _SOURCE_LINE.match(text):
        return "source_line"
    if _WIRE_CREDIT.match(text) or (line.words <= 40 and _is_wire_note(text)):
        return "credit"
    if line.words <= 10 and _is_furniture(line):
        return "furniture"
    if line.words <= 40 and _REPUBLISHED.match(text):
        return "blurb"
    if _may_be_disclaimer(text) and _DISCLAIMER.search(text):
        return "disclaimer"
    if line.words <= 15 and _READ_MORE.match(text):
        return "related_links"
    if _is_promo(line):
        return "promo"
    if "-" in text and _HEADLINE_TAIL.search(text) and _HEADLINE_ITEM.search(text):
        return "related_links"
    if line.words <= 45 and _bio(text):
        return "author_bio"
    if _LONE_MARK.match(text):
        return "separator"
    if line.words <= 20 and _may_be_credit(text) and _CREDIT.search(text):
        return "caption" if _CAPTION_LABEL.search(text) else "credit"
    if (
        line.words <= 60
        and ("(" in text or ":" in text or "..." in text or "\u2026" in text)
        and (_CREDITED_CAPTION.search(text) or _CAPTION_LABEL.search(text))
    ):
        return "caption"
    return None


# Cheap tests that must pass before the slower searches can match (they keep long lines fast).
# The headline-item tail: a spaced dash followed by an age or a date, at the end of the line.
_HEADLINE_TAIL = re.compile(
    r"\s-\s+(?:\d+\s*[smhdw]|[A-Z][a-z]{2}\.?\s+\d{1,2}|yesterday|today)\b.{0,4}$"
)
# The only non-ASCII characters that re.IGNORECASE matches with ASCII letters.
_IGNORECASE_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u212a": "k", "\u017f": "s"})
_IGNORECASE_ODD = ("\u0130", "\u0131", "\u212a", "\u017f")


def _folded(text: str) -> str:
    """``text`` in lower case as re.IGNORECASE compares it with ASCII letters."""
    if not text.isascii() and any(c in text for c in _IGNORECASE_ODD):
        text = text.translate(_IGNORECASE_FOLD)
    return text.lower()


_CREDIT_WORDS = ("photo", "image", "picture", "credit", "illustration", "video", "source")


def _may_be_credit(text: str) -> bool:
    """False only where ``_CREDIT`` cannot match: each of its forms starts with "(" or one of its
    words, or has a colon."""
    if ":" in text or text.startswith("("):
        return True
    return _folded(text.lstrip()[:12]).startswith(_CREDIT_WORDS)


def _starts_with_copyright(text: str) -> bool:
    return text.startswith("\u00a9") or _folded(text[:9]) == "copyright"


def _may_be_disclaimer(text: str) -> bool:
    """False only where ``_DISCLAIMER`` cannot match: each of its forms needs its words."""
    if text.startswith("\u00a9"):
        return True
    lower = _folded(text)
    return (
        lower.startswith(("copyright", "disclaimer"))
        or ("institutional" in lower and "positions" in lower)
        or (
            "views" in lower
            and ("expressed" in lower or "represented" in lower or "stated" in lower)
        )
        or ("necessarily" in lower and ("reflect" in lower or "represent" in lower))
        or ("reserved" in lower and "rights" in lower)
    )


_SOURCE_DISCLAIMER = re.compile(
    r"^(?P<source>[A-Z][\w&.\- ]{1,60}?)\s+does\s+not\s+take\s+institutional"
)
_SOURCE_VIEWS = re.compile(r"views\s+of\s+(?P<source>[A-Z][\w&.\- ]{1,60}?)\s*[,.;]")


def _source_from(
    lines: list[_Line], masthead: str | None = None, agency: str | None = None
) -> str | None:
    """The outlet named by a source line, a "More from" list, a disclaimer or a series blurb."""
    found: dict[str, str] = {}
    if masthead:
        found["masthead"] = masthead
    if agency:
        found["agency"] = agency
    for line in lines:
        text = line.text
        if m := _SOURCE_LINE.match(text):
            found.setdefault("line", m.group("source").strip())
        elif m := _MORE_FROM.match(text):
            found.setdefault("more", m.group("source").strip())
        elif "institutional" in text and (m := _SOURCE_DISCLAIMER.match(text)):
            found.setdefault("disclaimer", m.group("source").strip())
        elif "views" in text and (m := _SOURCE_VIEWS.search(text)):
            found.setdefault("views", m.group("source").strip())
        elif ("part" in text or "irst" in text or "riginally" in text) and (
            m := re.search(
                r"(?:part\s+of\s+(?:an?|the)\s+(?P<series>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,4})(?:['\u2019]s\s.*?)?\s+series"
                r"|(?:[Ff]irst|[Oo]riginally)\s+(?:appeared|published|posted)\s+(?:in|on|by|at)\s+(?P<orig>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,4}))",
                text,
            )
        ):
            if m.group("orig"):
                found.setdefault("orig", re.split(r"\.\s", m.group("orig"))[0].strip().rstrip("."))
            else:
                found.setdefault("blurb", m.group("series").strip())
        elif _starts_with_copyright(text) and (
            m := re.match(
                r"^(?:\u00a9|copyright)\s*(?:\(c\)\s*)?(?:\u00a9\s*)?(?:(?:19|20)\d\d(?:\s*[-\u2013]\s*(?:19|20)\d\d)?\s*,?\s*)?"
                r"(?:by\s+(?:the\s+)?)?(?P<source>[A-Z][\w&.\- ]{1,60}?)\s*[.,]?\s*(?:all rights|$)",
                text,
                re.I,
            )
        ):
            name = re.sub(r"\s+(?:19|20)\d\d$", "", m.group("source").strip())
            found.setdefault("copyright", _CORPORATE.sub("", name).strip())
    # A source line names the outlet outright; a masthead or the wire agency that wrote the story
    # come next; lists of the site's other stories, disclaimers and copyright lines last.
    order = ("line", "masthead", "agency", "more", "disclaimer", "views", "orig", "copyright")
    for key in (*order, "blurb"):
        if key in found:
            return found[key]
    return None


def detect_layout(text: str) -> Layout:
    """Split ``text`` into front matter, body and trailing boilerplate."""
    lines = _lines(text)
    if not lines:
        return Layout(body=Span(0, len(text)), regions=())

    regions: list[Region] = []
    title: str | None = None
    published: dt.date | None = None
    author: str | None = None

    # --- front matter: everything above the first full paragraph ----------------------------
    scan = min(len(lines), 15)
    first_long = next(
        (i for i in range(scan) if lines[i].words >= 25 and not _BLURB.match(lines[i].text)), None
    )
    limit = first_long if first_long is not None else scan
    # A long standfirst can come before the byline or dateline: front matter runs to the last of
    # those strong signals within the first lines.
    for i in range(limit, scan):
        if _dateline(lines[i].text) or (_BYLINE.match(lines[i].text) and lines[i].words <= 16):
            limit = i + 1
    # Captions right under the front matter belong to it ("... Photo: Agency").
    while limit < len(lines) and limit < scan and _is_caption_line(lines[limit]):
        limit += 1
    # A paragraph that opens with a wire dateline ("MANILA, May 21 (Agency) -") starts the body:
    # everything above it is front matter.
    for i in range(1, scan):
        if lines[i].words >= 8 and _opens_with_wire_dateline(lines[i].text):
            limit = max(limit, i)
            break
    kinds = [_front_kind(lines, i) for i in range(limit)]
    # captions can sit inside the body: only the other kinds mark where front matter ends
    last_meta = max((i for i, k in enumerate(kinds) if k and k != "caption"), default=-1)
    body_start = 0
    title_index: int | None = None
    dek_index: int | None = None
    masthead: str | None = None
    for i in range(limit):
        kind = kinds[i]
        line = lines[i]
        if kind is None:
            if title is not None and line.text == title:
                kind = "title"
            elif (
                regions
                and regions[-1].kind == "related_links"
                and line.words <= 20
                and not _is_body_like(line)
            ):
                kind = "related_links"  # the items of a list of other stories
            elif title_index is None and line.words <= 30 and not line.text.endswith("."):
                if _is_kicker(lines, kinds, i):
                    kind = "section"
                else:
                    kind = "title"
                    title_index, title = i, line.text
                    if (split := _title_and_suffix(line.text)) is not None:
                        title, suffix = split
                        masthead = masthead or suffix
            elif title_index is not None and line.words <= 10 and _BARE_BYLINE.match(line.text):
                kind = "byline"
            elif (
                title_index is not None
                and dek_index is None
                and line.words < 40
                and (i < last_meta or not _SENTENCE_END.search(line.text))
            ):
                kind = "dek"
                dek_index = i
            elif i < last_meta:
                kind = "front"
            else:
                break
        if kind == "dateline" and published is None:
            published = _dateline(line.text)
            if published is None and (dated := _dateline_by(line.text)):
                published, by = dated
                author = author or by
        if kind == "byline" and author is None:
            if not _BYLINE.match(line.text) and _is_role_byline(line):
                author = _ROLE_BYLINE.match(line.text).group("name")  # type: ignore[union-attr]
            else:
                author = _byline_author(
                    line.text if _BYLINE.match(line.text) else f"By {line.text}"
                )
            if published is None:
                published = _dateline_in_byline(line.text)
        if kind == "masthead" and masthead is None:
            masthead = _outlet_name(line.text)
        regions.append(Region(kind, line.span))
        body_start = i + 1

    if body_start >= len(lines):  # nothing but front matter: treat the last lines as body
        body_start = min(len(lines) - 1, (title_index or -1) + 1)
        regions = [r for r in regions if r.span.start < lines[body_start].start]

    # --- back matter: from the first end marker after which no full paragraph resumes --------
    end_kinds = [_end_kind(lines[i]) for i in range(len(lines))]
    body_end_line = len(lines) - 1
    # paragraph_after[i]: a full paragraph (not an end marker) comes at line i or later;
    # computed from the end, so the scan stays linear in the number of lines.
    paragraph_after = [False] * (len(lines) + 1)
    for j in range(len(lines) - 1, -1, -1):
        paragraph_after[j] = paragraph_after[j + 1] or (
            end_kinds[j] is None and lines[j].words >= 20 and _is_body_like(lines[j])
        )
    for i in range(body_start + 1, len(lines)):
        if end_kinds[i] is None:
            continue
        if not paragraph_after[i + 1]:
            body_end_line = i - 1
            break
    while body_end_line > body_start and end_kinds[body_end_line] is not None:
        body_end_line -= 1

    for i in range(body_start, body_end_line + 1):  # boilerplate lines inside the body
        if end_kinds[i] in (
            "credit",
            "caption",
            "promo",
            "related_links",
            "source_line",
            "disclaimer",
            "furniture",
            "blurb",
        ):
            regions.append(Region(end_kinds[i], lines[i].span))  # type: ignore[arg-type]
    tail = lines[body_end_line + 1 :]
    for line in tail:
        kind = _end_kind(line) or "related_links"
        if kind == "author_bio" and author is None:
            author = _bio(line.text).group("name")  # type: ignore[union-attr]
        regions.append(Region(kind, line.span))

    body = Span(lines[body_start].start, lines[body_end_line].end)
    wire = (
        _WIRE_DATELINE.match(lines[body_start].text)
        if "(" in lines[body_start].text[:80]
        or (lines[body_start].text[:1].isupper() and lines[body_start].text[1:2].isupper())
        else None
    )
    agency = None
    if (
        wire
        and (
            wire.group("date")
            or wire.group("agency")
            or (wire.group("place") and len(wire.group("place")) >= 4 and wire.group("colon"))
        )
        and (wire.group("place") or _agency(wire.group("agency") or ""))
    ):
        regions.append(Region("dateline", Span(body.start, body.start + wire.end())))
        body = Span(body.start + wire.end(), body.end)
        agency = wire.group("agency")
        if published is None and wire.group("date"):
            published = parse_date(wire.group("date"))
    # inside the body only boilerplate lines can name the outlet; full paragraphs are skipped
    in_body = [
        lines[i]
        for i in range(body_start, body_end_line + 1)
        if end_kinds[i] or lines[i].words < 25
    ]
    source = _source_from(
        tail + lines[:body_start] + in_body,
        masthead=masthead,
        agency=(_agency(agency) or agency) if agency else None,
    )
    return Layout(
        body=body,
        regions=tuple(sorted(regions, key=lambda r: r.span.start)),
        title=title,
        published=published,
        author=author,
        source=source,
    )
