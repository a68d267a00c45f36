"""The data model: frozen attrs value objects that every stage produces and consumes.

Positions are half-open ``[start, end)`` Python ``str`` offsets into ``Article.text``; every item
that points into the text also carries the exact ``text`` of its span, so a result can be
highlighted in the source and checked against it (``item.span.of(article.text) == item.text``).
"""

from __future__ import annotations

import datetime as _dt
from typing import Literal

import attrs
from attrs import field, frozen

__all__ = [
    "FIGURE_UNITS",
    "MENTION_FORMS",
    "RELATION_TYPES",
    "Actor",
    "Article",
    "Claim",
    "Figure",
    "LoadOptions",
    "Mention",
    "Office",
    "PluginError",
    "Region",
    "Relationship",
    "Result",
    "Span",
    "Stance",
    "TimeRef",
]

ActorKind = Literal["state", "person", "organization", "group", "bloc"]
MentionForm = Literal["name", "capital", "institution", "demonym", "title", "acronym"]
Modality = Literal["asserted", "hedged", "negated", "future"]
RelationMode = Literal["asserted", "hypothetical", "future", "historical"]
PublishedStatus = Literal["stated", "given", "inferred", "missing"]

MENTION_FORMS: tuple[str, ...] = ("name", "capital", "institution", "demonym", "title", "acronym")
#: The sixteen PLOVER event types plus the two standing ties.
RELATION_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
    "ALLY",
    "RIVAL",
)
#: Units a figure may carry besides an ISO 4217 currency code (three capital letters).
FIGURE_UNITS: tuple[str, ...] = (
    "count",
    "percent",
    "percentage_point",
    "year",
    "month",
    "week",
    "day",
    "hour",
    "minute",
    "decade",
    "century",
    "km",
    "mile",
    "kg",
    "tonne",
    "barrel",
)


def _tuple(value: object) -> tuple:
    """Accept any iterable (a JSON list, a generator) where a tuple is stored."""
    if value is None:
        return ()
    return tuple(value)  # type: ignore[arg-type]


@frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of ``str`` offsets into an article's text."""

    start: int = field(validator=attrs.validators.ge(0))
    """Offset of the first character."""
    end: int = field()
    """Offset one past the last character."""

    @end.validator
    def _check_end(self, _attribute: attrs.Attribute, value: int) -> None:
        if value < self.start:
            raise ValueError(f"span end {value} is before its start {self.start}")

    @property
    def slice(self) -> slice:
        """The span as a ``slice``: ``text[span.slice]``."""
        return slice(self.start, self.end)

    def of(self, text: str) -> str:
        """The characters of ``text`` this span covers."""
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """True when ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end

    @classmethod
    def of_match(cls, match: object, group: int | str = 0) -> Span:
        """The span of a regular-expression match (or one of its groups)."""
        start, end = match.span(group)  # type: ignore[attr-defined]
        return cls(start, end)


def _span(value: object) -> Span:
    """Accept ``[start, end]`` or ``(start, end)`` where a span is stored."""
    if isinstance(value, Span):
        return value
    start, end = value  # type: ignore[misc]
    return Span(int(start), int(end))


def _optional_span(value: object) -> Span | None:
    return None if value is None else _span(value)


@frozen
class Region:
    """A labelled part of an article that is not cut out of the text (title, byline, caption)."""

    kind: str
    """What the region is: title, dek, dateline, byline, author_bio, caption, credit, section,
    source_line, blurb, read_more, disclaimer, related_links, ..."""
    span: Span = field(converter=_span)
    """Where it is."""


@frozen
class Article:
    """One document: its full decoded text and the metadata found in or given with it."""

    id: str
    """Stable identifier (file stem, record id or a content hash)."""
    text: str = field(repr=lambda t: f"<{len(t)} chars>")
    """The decoded source text, never altered: every offset points into it."""
    path: str | None = None
    """Where it was read from (``-`` for stdin), with ``:LINE`` for JSON Lines records."""
    title: str | None = None
    """The headline, where one was found or given."""
    published: _dt.date | None = None
    """Publication date, where known."""
    published_status: PublishedStatus = "missing"
    """How ``published`` was obtained: stated in the text, given by the caller, inferred, or
    missing."""
    author: str | None = None
    """The byline's author, where one is named."""
    source: str | None = None
    """The outlet or publisher."""
    url: str | None = None
    """Canonical address, where known."""
    body: Span | None = field(default=None, converter=_optional_span)
    """The article body (``None``: the whole text)."""
    regions: tuple[Region, ...] = field(default=(), converter=_tuple)
    """Title, dateline, byline, captions and boilerplate as labelled spans."""
    bom: bool = False
    """Whether a UTF-8 byte-order mark was removed when decoding."""

    @property
    def body_span(self) -> Span:
        """The body, defaulting to the whole text."""
        return self.body if self.body is not None else Span(0, len(self.text))

    @property
    def body_text(self) -> str:
        """The body's characters."""
        return self.body_span.of(self.text)

    @property
    def boilerplate(self) -> tuple[Span, ...]:
        """Spans outside the body that extractors should ignore."""
        return tuple(r.span for r in self.regions if r.kind not in ("title", "dek"))

    @classmethod
    def from_text(cls, text: str, id: str = "text", **metadata: object) -> Article:
        """An article from a string; region detection is the text loader's job."""
        from geobrief._loaders.text import article_from_text

        return article_from_text(text, id=id, **metadata)


@frozen
class Office:
    """A position a person held: ``role`` of ``country`` from ``start`` to ``end``."""

    role: str
    """Normalised role: president, prime-minister, foreign-minister, supreme-leader, ..."""
    country: str | None = None
    """ISO alpha-3 of the state (or an organisation's id) the office belongs to."""
    start: _dt.date | None = None
    """First day in office, where known."""
    end: _dt.date | None = None
    """Last day in office; ``None`` while in office."""

    def held_on(self, day: _dt.date) -> bool:
        """Whether the office was held on ``day``."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@frozen
class Actor:
    """A state, person, organisation, armed or political group, or bloc."""

    id: str
    """ISO 3166-1 alpha-3 for states (RUS); a lowercase slug otherwise (vladimir-putin, nato)."""
    name: str
    """Canonical name."""
    kind: ActorKind = "organization"
    """state, person, organization, group or bloc."""
    country: str | None = None
    """ISO alpha-3 of the state the actor belongs to, where it has one."""
    aliases: tuple[str, ...] = field(default=(), converter=_tuple)
    """Other names written for it (name form)."""
    acronyms: tuple[str, ...] = field(default=(), converter=_tuple)
    """Case-sensitive short forms (US, U.S., NATO)."""
    demonyms: tuple[str, ...] = field(default=(), converter=_tuple)
    """Adjectives (Russian, Iranian)."""
    capital: str | None = None
    """Capital city, which can stand for a state."""
    institutions: tuple[str, ...] = field(default=(), converter=_tuple)
    """Names of institutions that stand for it (the Kremlin, the White House)."""
    offices: tuple[Office, ...] = field(default=(), converter=_tuple)
    """Offices held (for people), used to resolve titles by date."""
    role: str | None = None
    """A person's stated role (analyst, senior fellow)."""
    affiliation: str | None = None
    """A person's stated organisation."""
    wikidata: str | None = None
    """Wikidata QID, where known."""


@frozen
class Mention:
    """One occurrence of an actor in the text."""

    actor: str
    """The actor's id."""
    span: Span = field(converter=_span)
    """Where it is."""
    text: str
    """The mention as written."""
    form: MentionForm = "name"
    """name, capital, institution, demonym, title or acronym."""


@frozen
class Figure:
    """A stated number with its unit, what it counts and how approximate it is."""

    span: Span = field(converter=_span)
    """The whole expression, qualifier and unit included."""
    text: str
    """The expression as written."""
    value: float
    """The number (a range's lower end; a vague quantity's lower bound)."""
    unit: str = "count"
    """An ISO 4217 code (USD) or one of FIGURE_UNITS."""
    counted: str | None = None
    """What is counted, as a singular noun (soldier, drone)."""
    qualifier: str | None = None
    """more than, about, at least, up to, ... (``None``: exact)."""
    value_max: float | None = None
    """A range's upper end."""


@frozen
class TimeRef:
    """A temporal expression resolved against the article's anchor date."""

    span: Span = field(converter=_span)
    """The whole expression."""
    text: str
    """The expression as written."""
    value: str | None = None
    """ISO value: 2025-01-31, 2025-01, 2025, 2025-SU, 2025-Q1, 199 (decade), or
    ``START/END`` for periods; ``None`` when unresolved."""
    granularity: str = "unresolved"
    """day, week, month, season, quarter, year, decade, period or unresolved."""
    start: str | None = None
    """A period's first ISO date, where known."""
    end: str | None = None
    """A period's last ISO date, where known."""
    anchor: _dt.date | None = None
    """The date relative expressions were resolved against."""
    anchor_status: PublishedStatus = "missing"
    """Whether the anchor was stated, given by the caller, inferred, or missing."""


@frozen
class Claim:
    """An attributed statement: who asserts what."""

    span: Span = field(converter=_span)
    """The content: what is asserted, without the cue."""
    text: str
    """The content as written."""
    speaker: str | None = None
    """Actor id, ``"author"`` for the article's own voice, or ``None`` for an unnamed source."""
    speaker_name: str | None = None
    """The speaker as written (or the role noun: "a senior official")."""
    speaker_span: Span | None = field(default=None, converter=_optional_span)
    """Where the speaker is named."""
    speaker_role: str | None = None
    """Role noun for unnamed speakers (official, analyst)."""
    cue: str | None = None
    """The reporting verb or phrase, as written (said, according to)."""
    cue_span: Span | None = field(default=None, converter=_optional_span)
    """Where the cue is."""
    direct: bool = False
    """A direct quotation (true) or reported speech."""
    modality: Modality = "asserted"
    """asserted, hedged, negated or future."""


@frozen
class Relationship:
    """A typed, directed relation from one actor to another."""

    source: str
    """Actor id of the agent."""
    target: str
    """Actor id of the recipient."""
    type: str = field(validator=attrs.validators.in_(RELATION_TYPES))
    """A PLOVER type or ALLY / RIVAL."""
    span: Span = field(converter=_span)
    """The evidence (the clause)."""
    text: str
    """The evidence as written."""
    negated: bool = False
    """Stated as not happening (did not, refused to, stops short of)."""
    mode: RelationMode = "asserted"
    """asserted, hypothetical, future or historical."""
    trigger: str | None = None
    """The word or phrase that signalled the type."""
    time: str | None = None
    """ISO value of an attached time reference."""
    claim: int | None = None
    """Index into ``Result.claims`` of the claim the relation is stated in."""


@frozen
class Stance:
    """Where a holder stands toward an actor, aggregated over the article."""

    holder: str
    """``"author"`` or an actor id."""
    target: str
    """Actor id."""
    polarity: float = field(validator=[attrs.validators.ge(-1.0), attrs.validators.le(1.0)])
    """From -1 (hostile) to 1 (favourable)."""
    span: Span = field(converter=_span)
    """The clearest evidence."""
    text: str
    """The clearest evidence as written."""
    confidence: float = field(
        default=0.5, validator=[attrs.validators.ge(0.0), attrs.validators.le(1.0)]
    )
    """How sure the aggregate is: grows with agreeing evidence."""
    evidence: tuple[Span, ...] = field(default=(), converter=lambda v: tuple(map(_span, v or ())))
    """Every evidence span that contributed."""


@frozen
class PluginError:
    """A problem reported against one plugin, stage and article; the run goes on."""

    plugin: str
    """The plugin's registered name (``core`` for the pipeline itself)."""
    stage: str
    """load, catalog, mentions, facts, links, corpus or render."""
    message: str
    """One readable sentence."""
    article: str | None = None
    """The article id, where there is one."""
    error_type: str = "Error"
    """The exception's class name, or the kind of check that failed."""
    path: str | None = None
    """The input file."""
    line: int | None = None
    """The line of the input file, for JSON Lines records."""

    def describe(self) -> str:
        """One line for a terminal: where, which plugin, what."""
        where = self.path or self.article or "-"
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: [{self.plugin}/{self.stage}] {self.error_type}: {self.message}"


def _sorted_mentions(value: object) -> tuple[Mention, ...]:
    return tuple(sorted(_tuple(value), key=lambda m: (m.span.start, m.span.end, m.actor, m.form)))


@frozen
class Result:
    """Everything the pipeline found in one article, and what went wrong."""

    article: Article
    actors: tuple[Actor, ...] = field(default=(), converter=_tuple)
    """The actors mentioned (catalog entries and people found in the text)."""
    mentions: tuple[Mention, ...] = field(default=(), converter=_sorted_mentions)
    """Every mention, in text order; each names an actor in ``actors``."""
    figures: tuple[Figure, ...] = field(default=(), converter=_tuple)
    times: tuple[TimeRef, ...] = field(default=(), converter=_tuple)
    claims: tuple[Claim, ...] = field(default=(), converter=_tuple)
    relationships: tuple[Relationship, ...] = field(default=(), converter=_tuple)
    stances: tuple[Stance, ...] = field(default=(), converter=_tuple)
    errors: tuple[PluginError, ...] = field(default=(), converter=_tuple)

    @mentions.validator
    def _check_mentions(self, _attribute: attrs.Attribute, value: tuple[Mention, ...]) -> None:
        known = {a.id for a in self.actors}
        missing = sorted({m.actor for m in value} - known)
        if missing:
            raise ValueError(f"mentions of actors not in Result.actors: {', '.join(missing)}")

    def actor(self, actor_id: str) -> Actor | None:
        """The actor with this id, if it is in the result."""
        return next((a for a in self.actors if a.id == actor_id), None)

    def mentions_of(self, actor_id: str) -> tuple[Mention, ...]:
        """Every mention of one actor, in text order."""
        return tuple(m for m in self.mentions if m.actor == actor_id)


#: Default ceiling on one input's size (``--max-bytes``): 64 MiB.
DEFAULT_MAX_BYTES = 64 * 1024 * 1024


@frozen
class LoadOptions:
    """What the caller asked of loading: size ceiling and metadata overrides."""

    max_bytes: int = DEFAULT_MAX_BYTES
    """Inputs larger than this are refused with an error naming the file."""
    published: _dt.date | None = None
    """A publication date that overrides what the text states (``--published``)."""
