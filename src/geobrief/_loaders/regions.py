"""Find the regions of a plain-text news article: title, dek, dateline, byline, captions, body and
the boilerplate after it. Nothing is cut: each region is a span of the unchanged text.

The rules follow how web articles are pasted as text: front matter (caption, credit, section label,
headline, standfirst, dateline, byline, series blurb) sits above the first full paragraph; the body
runs until an end marker (an author bio, a "[Source: X]" line, "Read more", a disclaimer, a list
of other headlines) after which no full paragraph resumes.
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
_DATELINE_PREFIX = re.compile(
    r"^(?:(?:first\s+)?(?:published|updated|posted|last\s+updated|last\s+modified|date)"
    r"(?:\s+(?:on|at))?\s*:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?",
    re.I,
)
_TIME_TAIL = re.compile(
    r"^[\s,|\-\u2013\u2014\u00a0@at]*(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?)?"
    r"[\s|\-\u2013\u2014]*(?:updated.*)?$",
    re.I,
)
_NAME = r"[A-Z][\w'\u2019.\-]+(?:\s+(?:[A-Z][\w'\u2019.\-]+|de|van|von|al|bin|der|la|le)){0,4}"
_PLACE = r"(?:\s+(?:in|from)\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)?"
_BYLINE = re.compile(
    r"^(?:[Bb]y|BY|[Ww]ritten\s+by|[Ww]ords\s+by|[Aa]uthor:)\s+"
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
    r"|\b(?:credit|photo|photograph|image|picture)\s*:\s*[A-Z].{0,60}$",
    re.I,
)
# A caption that ends with its credit in brackets: "... east of Taiwan on April 2. (Ministry via AP)"
_CREDITED_CAPTION = re.compile(
    r"\((?:[^()]{0,80}\b(?:AP|AFP|Reuters|Getty|EPA|Xinhua|Bloomberg|Anadolu|Shutterstock|via|File|"
    r"[Pp]hotos?|[Ii]mages?|[Hh]andout|[Pp]ool)\b[^()]{0,60})\)\s*$"
)
_CAPTION_LABEL = re.compile(r"\b(?:credit|photo|photograph|image|picture)\s*:", re.I)
# A byline without "By": a bare name, its role on the next line ("Middle East correspondent").
_NAME_LINE = re.compile(
    r"^[A-Z][\w'\u2019\-]+(?:\s+(?:[A-Z][\w'\u2019.\-]+|de|van|von|al|bin)){1,3}$"
)
_JOURNALIST_ROLE = re.compile(
    r"\b(?:correspondent|reporter|editor|writer|columnist|journalist|contributor|staff|bureau\s+chief|"
    r"analyst|commentator)\b",
    re.I,
)
_SECTION = re.compile(
    r"^(?:[a-z][a-z\-&]*(?:\s+[a-z][a-z\-&]*){0,2}|[A-Z][A-Z\-&]+(?:\s+[A-Z][A-Z\-&]+){0,2})$"
)
_SECTION_PARTS = re.compile(r"\s*[|\u203a\u00bb>/\u00b7]\s*")


def _load_sections() -> frozenset[str]:
    from importlib import resources

    text = resources.files("geobrief").joinpath("data", "sections.txt").read_text("utf-8")
    return frozenset(
        line.strip().lower()
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


_SECTIONS = _load_sections()


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
    return len(parts) > 1 and all(len(p.split()) <= 2 and p[:1].isupper() for p in parts)


_BLURB = re.compile(
    r"^this\s+(?:piece|article|story|essay|report|commentary|analysis|op-ed|column|interview)\s+"
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
    r"most\s+popular|trending|you\s+may\s+also\s+like|further\s+reading)\b",
    re.I,
)
_MORE_FROM = re.compile(r"^more\s+from\s+(?P<source>[A-Z].{1,60}?)\s*:?\s*$", re.I)
_DISCLAIMER = re.compile(
    r"does\s+not\s+take\s+institutional\s+positions|views\s+(?:expressed|represented|stated)\s+"
    r"(?:here|herein|in\s+this)|do\s+not\s+necessarily\s+(?:reflect|represent)|all\s+rights\s+"
    r"reserved|^\u00a9|^copyright\b|^disclaimer\b",
    re.I,
)
_PROMO = re.compile(
    r"^(?:topics|tags|filed\s+under|categories|more\s+on)\s*:|(?:submit|send)\s+(?:a\s+|your\s+)?"
    r"(?:response|letter)|letters?\s+(?:section|page)|considered\s+for\s+publication|"
    r"^(?:sign\s+up|subscribe|share\s+(?:this|on)|follow\s+(?:us|@)|advertisement|click\s+here|"
    r"download\s+our|join\s+our|get\s+the\s+latest|listen\s+to\s+this|watch:|this\s+article\s+"
    r"(?:has\s+been|is)\s+(?:updated|corrected))",
    re.I,
)
# A list item of other stories: "... summary text ...The Guardian - Mar. 8 -", "... ABC News - 1d -"
_HEADLINE_ITEM = re.compile(
    r"(?:\.\.\.|\u2026|[a-z.,!?\u2019\u201d])\s*[A-Z][\w .&'\u2019]{1,40}\s+-\s+"
    r"(?:\d+\s*[smhdw]|[A-Z][a-z]{2}\.?\s+\d{1,2}|yesterday|today)\b.{0,4}$"
)
_LONE_MARK = re.compile(r"^[\-\u2013\u2014*_=\u2022\u00b7#|]{1,5}$")
# A wire dateline opening the first paragraph: "WASHINGTON, March 13, 2025 (Reuters) - ",
# "BEIRUT (AP) — ", "KYIV, Ukraine, Jan 5 (Reuters) -".
_WIRE_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\u2019\-]+(?:\s+[A-Z][A-Z.'\u2019\-]+){0,3})"
    r"(?:,\s+[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+)?)?"
    r"(?:,\s+(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+(?:19|20)\d\d)?))?"
    r"\s*(?:\((?P<agency>[A-Z][\w.&' ]{0,30})\))?"
    r"\s*(?:-{1,2}|\u2013|\u2014)\s+(?=[A-Z\u201c\"])"
)
# Trailing wire credits: "(Reporting by X; Editing by Y)", "Additional reporting by Z".
_WIRE_CREDIT = re.compile(
    r"^\(?(?:reporting|additional\s+reporting|writing|editing|compiled)\s+by\b.{0,200}\)?$", re.I
)
_AGENCIES = {"AP": "AP", "REUTERS": "Reuters", "AFP": "AFP", "BLOOMBERG": "Bloomberg"}

_BIO = re.compile(
    r"^[\-\u2013\u2014*_\s]*(?P<name>[A-Z][\w'\u2019\-]+(?:\s+[A-Z][\w'\u2019.\-]+){1,3})"
    r"(?:,[^,]{3,80},)?\s+(?:is|was|has\s+been|"
    r"serves\s+as|writes|covers)\s+(?:a|an|the|currently|formerly|also)?\b.{0,300}?\b(?:student|"
    r"fellow|professor|analyst|director|journalist|author|editor|researcher|writer|correspondent|"
    r"columnist|contributor|reporter|scholar|lecturer|expert|scientist|chair|president|founder|"
    r"adviser|advisor|ambassador|officer|minister|member|head|partner|candidate|economist|"
    r"historian|commentator|consultant|specialist|associate|at\s+the|at\s+[A-Z]|of\s+the)\b",
)
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
    return " and ".join(cleaned)


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
    if _dateline(text):
        return "dateline"
    if any(lines[j].text == text for j in range(i)):
        return "title"
    if _BYLINE.match(text) and lines[i].words <= 12:
        return "byline"
    if _BLURB.match(text):
        return "blurb"
    if _SOURCE_LINE.match(text):
        return "source_line"
    if lines[i].words <= 20 and _may_be_credit(text) and _CREDIT.search(text):
        return "caption" if _CAPTION_LABEL.search(text) else "credit"
    if _CREDITED_CAPTION.search(text) and lines[i].words <= 60:
        return "caption"
    if _CAPTION_LABEL.search(text) and lines[i].words <= 60:
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


def _end_kind(line: _Line) -> str | None:
    """The region kind of a line that ends the body or sits in it as boilerplate."""
    text = line.text
    if _SOURCE_LINE.match(text):
        return "source_line"
    if _WIRE_CREDIT.match(text):
        return "credit"
    if _may_be_disclaimer(text) and _DISCLAIMER.search(text):
        return "disclaimer"
    if line.words <= 15 and _READ_MORE.match(text):
        return "related_links"
    if line.words <= 60 and _PROMO.search(text):
        return "promo"
    if "-" in text and _HEADLINE_TAIL.search(text) and _HEADLINE_ITEM.search(text):
        return "related_links"
    if line.words <= 45 and _BIO.match(text):
        return "author_bio"
    if _LONE_MARK.match(text):
        return "separator"
    if line.words <= 20 and _may_be_credit(text) and _CREDIT.search(text):
        return "caption" if _CAPTION_LABEL.search(text) else "credit"
    if (
        line.words <= 60
        and ("(" in text or ":" in text)
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


def _source_from(lines: list[_Line]) -> str | None:
    """The outlet named by a source line, a "More from" list, a disclaimer or a series blurb."""
    found: dict[str, str] = {}
    for line in lines:
        text = line.text
        if m := _SOURCE_LINE.match(text):
            found.setdefault("line", m.group("source").strip())
        elif m := _MORE_FROM.match(text):
            found.setdefault("more", m.group("source").strip())
        elif "institutional" in text and (
            m := re.match(
                r"^(?P<source>[A-Z][\w&.\- ]{1,60}?)\s+does\s+not\s+take\s+institutional", text
            )
        ):
            found.setdefault("disclaimer", m.group("source").strip())
        elif "views" in text and (
            m := re.search(r"views\s+of\s+(?P<source>[A-Z][\w&.\- ]{1,60}?)\s*[,.;]", text)
        ):
            found.setdefault("views", m.group("source").strip())
        elif ("part" in text or "first" in text or "originally" in text) and (
            m := re.search(
                r"(?:part\s+of\s+(?:an?|the)\s+(?P<series>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,4})\s+series"
                r"|(?:first|originally)\s+(?:appeared|published)\s+(?:in|on|by)\s+(?P<orig>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,4}))",
                text,
            )
        ):
            found.setdefault("blurb", (m.group("series") or m.group("orig")).strip())
        elif _starts_with_copyright(text) and (
            m := re.match(
                r"^(?:\u00a9|copyright)\s*(?:\d{4}\s*)?(?P<source>[A-Z][\w&.\- ]{1,60}?)\s*[.,]?\s*(?:all rights|$)",
                text,
                re.I,
            )
        ):
            found.setdefault("copyright", m.group("source").strip())
    for key in ("line", "more", "disclaimer", "views", "copyright", "blurb"):
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
    first_long = next((i for i in range(scan) if lines[i].words >= 25), None)
    limit = first_long if first_long is not None else scan
    # A long standfirst can come before the byline or dateline: front matter runs to the last of
    # those strong signals within the first lines.
    for i in range(limit, scan):
        if _dateline(lines[i].text) or (_BYLINE.match(lines[i].text) and lines[i].words <= 16):
            limit = i + 1
    kinds = [_front_kind(lines, i) for i in range(limit)]
    # captions can sit inside the body: only the other kinds mark where front matter ends
    last_meta = max((i for i, k in enumerate(kinds) if k and k != "caption"), default=-1)
    body_start = 0
    title_index: int | None = None
    for i in range(limit):
        kind = kinds[i]
        line = lines[i]
        if kind is None:
            if title is not None and line.text == title:
                kind = "title"
            elif title_index is None and line.words <= 30 and not line.text.endswith("."):
                kind = "title"
                title_index, title = i, line.text
            elif title_index is not None and line.words <= 10 and _BARE_BYLINE.match(line.text):
                kind = "byline"
            elif (
                title_index is not None
                and i == title_index + 1
                and line.words < 40
                and (i < last_meta or not _SENTENCE_END.search(line.text))
            ):
                kind = "dek"
            elif i < last_meta:
                kind = "front"
            else:
                break
        if kind == "dateline" and published is None:
            published = _dateline(line.text)
        if kind == "byline" and author is None:
            author = _byline_author(line.text if _BYLINE.match(line.text) else f"By {line.text}")
            if published is None:
                published = _dateline_in_byline(line.text)
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
        ):
            regions.append(Region(end_kinds[i], lines[i].span))  # type: ignore[arg-type]
    tail = lines[body_end_line + 1 :]
    for line in tail:
        kind = _end_kind(line) or "related_links"
        if kind == "author_bio" and author is None:
            author = _BIO.match(line.text).group("name")  # type: ignore[union-attr]
        regions.append(Region(kind, line.span))

    body = Span(lines[body_start].start, lines[body_end_line].end)
    wire = _WIRE_DATELINE.match(lines[body_start].text)
    agency = None
    if wire and (wire.group("date") or wire.group("agency")):
        regions.append(Region("dateline", Span(body.start, body.start + wire.end())))
        body = Span(body.start + wire.end(), body.end)
        agency = wire.group("agency")
        if published is None and wire.group("date"):
            published = parse_date(wire.group("date"))
    source = _source_from(tail + lines[:body_start] + lines[body_start : body_end_line + 1])
    if source is None and agency:
        source = _AGENCIES.get(agency.upper(), agency)
    return Layout(
        body=body,
        regions=tuple(sorted(regions, key=lambda r: r.span.start)),
        title=title,
        published=published,
        author=author,
        source=source,
    )
