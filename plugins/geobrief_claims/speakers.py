"""Finding and resolving the speaker of a cue: actor mentions, role nouns, pronouns and names
the mentions stage did not know."""

from __future__ import annotations

import bisect
import re
import unicodedata
from typing import NamedTuple

from geobrief import Actor, Mention, Span

from .lexicon import Lexicon

__all__ = ["Speaker", "SpeakerFinder", "slug"]

_WORD = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Z]\.(?=\s+[A-Z])|\w(?:[\w'\u2019-]|\.(?=\w))*|[^\w\s]")
# Words that may stand between a subject and its reporting verb ("Iran has also repeatedly said").
_SKIP = frozenset(
    [
        "also",
        "has",
        "have",
        "had",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "will",
        "would",
        "could",
        "may",
        "might",
        "must",
        "should",
        "can",
        "shall",
        "did",
        "does",
        "do",
        "not",
        "n't",
        "never",
        "recently",
        "repeatedly",
        "previously",
        "earlier",
        "later",
        "then",
        "again",
        "publicly",
        "privately",
        "immediately",
        "reportedly",
        "once",
        "further",
        "first",
        "often",
        "still",
        "already",
        "long",
        "always",
        "just",
        "now",
        "even",
        "only",
        "clearly",
        "openly",
        "who",
        "which",
        "that",
        "whom",
        "really",
        "further",
        "consistently",
        "explicitly",
        "subsequently",
        "initially",
        "meanwhile",
        "yesterday",
        "today",
    ]
)
# Words allowed in front of a clause's subject ("But he", "Now the Kremlin", "When Iran").
_LEAD = frozenset(
    [
        "the",
        "a",
        "an",
        "but",
        "and",
        "yet",
        "so",
        "now",
        "then",
        "still",
        "also",
        "however",
        "moreover",
        "meanwhile",
        "instead",
        "indeed",
        "whether",
        "if",
        "when",
        "while",
        "as",
        "because",
        "although",
        "though",
        "since",
        "for",
        "in",
        "on",
        "at",
        "president",
        "prime",
        "minister",
        "foreign",
        "defense",
        "defence",
        "secretary",
        "general",
        "supreme",
        "leader",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "sen",
        "rep",
        "gov",
        "former",
        "then-president",
        "chancellor",
        "king",
        "queen",
        "prince",
        "ayatollah",
        "sheikh",
        "envoy",
        "spokesman",
        "spokeswoman",
        "ambassador",
        "chairman",
        "director",
    ]
)
_PRONOUNS = {"he": "person", "she": "person", "they": "plural", "it": "thing"}
_NAME = re.compile(
    r"(?:[A-Z][\w\u2019'-]*\.?|[A-Z]\.)(?:\s+(?:(?:al|bin|ibn|de|van|von|der|la|le|da|di)-?\s*)?"
    r"(?:[A-Z][\w\u2019'-]+|[A-Z]\.))*"
)
_NOT_NAMES = frozenset(
    [
        "the",
        "a",
        "an",
        "but",
        "and",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "in",
        "on",
        "at",
        "for",
        "of",
        "to",
        "this",
        "that",
        "these",
        "those",
        "there",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "yet",
        "still",
        "however",
        "moreover",
        "meanwhile",
        "when",
        "while",
        "if",
        "as",
        "according",
        "after",
        "before",
        "since",
        "during",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "president",
        "minister",
        "mr",
        "mrs",
        "ms",
        "dr",
        "meanwhile",
        "now",
        "then",
        "also",
        "both",
        "some",
        "many",
        "within",
        "without",
        "across",
        "among",
        "amid",
        "despite",
        "following",
        "under",
        "over",
        "through",
        "throughout",
        "against",
        "toward",
        "towards",
        "beyond",
        "last",
        "next",
        "earlier",
        "later",
        "today",
        "yesterday",
        "tomorrow",
        "instead",
        "even",
        "once",
        "only",
        "all",
        "each",
        "every",
        "such",
        "other",
        "another",
        "several",
        "most",
        "few",
        "no",
        "not",
        "what",
        "which",
        "who",
        "where",
        "why",
        "how",
        "asked",
        "presenting",
        "speaking",
        "writing",
    ]
)
_TITLES = frozenset(
    [
        "president",
        "prime",
        "minister",
        "foreign",
        "defense",
        "defence",
        "secretary",
        "general",
        "supreme",
        "leader",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "sen",
        "rep",
        "gov",
        "former",
        "chancellor",
        "king",
        "queen",
        "prince",
        "ayatollah",
        "sheikh",
        "envoy",
        "spokesman",
        "spokeswoman",
        "ambassador",
        "chairman",
        "director",
        "professor",
        "senator",
        "lt",
        "col",
        "adm",
    ]
)
_DOCUMENTS = frozenset(
    [
        "report",
        "study",
        "poll",
        "survey",
        "statement",
        "document",
        "media",
        "newspaper",
        "agency",
        "think",
        "tank",
    ]
)
_ORG_HEADS = frozenset(
    [
        "agency",
        "ministry",
        "department",
        "office",
        "institute",
        "institution",
        "center",
        "centre",
        "council",
        "committee",
        "university",
        "foundation",
        "post",
        "times",
        "journal",
        "news",
        "press",
        "network",
        "organization",
        "organisation",
        "company",
        "corporation",
        "bank",
        "fund",
        "group",
        "party",
        "army",
        "forces",
        "command",
        "service",
        "association",
        "union",
        "commission",
        "tribune",
        "guardian",
        "telegraph",
        "reuters",
        "observatory",
        "research",
        "project",
        "endowment",
        "programme",
        "program",
        "initiative",
        "forum",
        "mission",
        "force",
        "movement",
        "coalition",
        "alliance",
        "shipping",
        "capital",
    ]
)


#: Letters that Unicode decomposition does not reduce to ASCII ("Kılıç", "Søren", "Łukasz").
_LETTERS = str.maketrans(
    {
        "ı": "i",
        "İ": "I",
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "þ": "th",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
    }
)


def new_actor_id(name: str, kind: str) -> str:
    """The id the actors plugin gives an actor it does not know (its public ``actor_id``), so
    that a speaker found here and a mention found there are one actor; the same slug rule
    where that plugin is not installed."""
    try:
        from geobrief_actors import actor_id
    except ImportError:  # pragma: no cover - the actors plugin ships with geobrief
        return slug(name)
    return actor_id(name, kind) or slug(name)


def slug(name: str) -> str:
    """Lowercase-hyphen identifier of a name ("Recep Tayyip Erdoğan" -> "recep-tayyip-erdogan",
    "Serdar Kılıç" -> "serdar-kilic")."""
    folded = unicodedata.normalize("NFKD", name.translate(_LETTERS))
    folded = folded.encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")


class Speaker(NamedTuple):
    """A resolved speaker (with ``others``, the further members of a plural one)."""

    actor: str | None
    """Actor id, or ``None`` for an unnamed source."""
    name: str
    """As written."""
    span: Span
    """Where it is written."""
    role: str | None = None
    """Role noun of an unnamed (or collective) speaker."""
    kind: str = "thing"
    """person, plural or thing: what a later pronoun may refer back to it as."""
    others: tuple[str, ...] = ()
    """Further actor ids a plural speaker stands for ("both analysts", "they"): each gets the
    claim as well."""


class SpeakerFinder:
    """Speaker candidates in one article, from the mentions stage and the text itself."""

    def __init__(
        self,
        text: str,
        lex: Lexicon,
        actors: tuple[Actor, ...],
        mentions: tuple[Mention, ...],
        quoted: list[Span],
    ) -> None:
        self.text = text
        self.lex = lex
        self.actors = {a.id: a for a in actors}
        self.mentions = sorted(mentions, key=lambda m: (m.span.start, -m.span.end))
        self._starts = [m.span.start for m in self.mentions]
        self._ends = sorted((m.span.end, i) for i, m in enumerate(self.mentions))
        self._end_keys = [e for e, _ in self._ends]
        self.quoted = quoted
        self._quoted_starts = [q.start for q in quoted]
        #: Actors this plugin adds for speakers the mentions stage missed.
        self.new_actors: dict[str, Actor] = {}
        self.new_mentions: list[Mention] = []
        #: Resolved speakers in text order, for pronouns to refer back to.
        self.history: list[Speaker] = []
        by_surname: dict[str, str] = {}
        for actor in actors:
            if actor.kind == "person":
                for name in (actor.name, *actor.aliases):
                    parts = name.split()
                    if parts:
                        by_surname.setdefault(parts[-1].lower(), actor.id)
        self.by_surname = by_surname

    # -- lookups ---------------------------------------------------------------------------

    def in_quote(self, offset: int) -> bool:
        i = bisect.bisect_right(self._quoted_starts, offset) - 1
        return i >= 0 and self.quoted[i].start <= offset < self.quoted[i].end

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        lo = bisect.bisect_left(self._starts, start)
        out = []
        for m in self.mentions[lo:]:
            if m.span.start >= end:
                break
            if m.span.end <= end:
                out.append(m)
        return out

    def mention_ending_at(self, end: int) -> Mention | None:
        i = bisect.bisect_left(self._end_keys, end)
        best = None
        while i < len(self._ends) and self._ends[i][0] == end:
            m = self.mentions[self._ends[i][1]]
            if best is None or m.span.start < best.span.start:
                best = m
            i += 1
        return best

    def coordinated_before(self, position: int) -> list[Mention]:
        """Mentions coordinated with a speaker that starts at ``position`` ("Russia and China
        said", "France, Germany and Italy said"): the earlier members of the list."""
        out: list[Mention] = []
        while True:
            before = self.text[max(0, position - 8) : position]
            before = self.text[max(0, position - 12) : position]
            joint = re.search(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$", before)
            if joint is None or (not out and "and" not in joint.group()):
                return out  # the last member follows "and"; "Yemen, Hans Grundberg" is no list
            end = position - (len(before) - joint.start())
            mention = self.mention_ending_at(end)
            if mention is None or self.in_quote(mention.span.start):
                return out
            out.append(mention)
            position = mention.span.start

    def kind_of(self, actor_id: str | None) -> str:
        actor = self.actors.get(actor_id or "") or self.new_actors.get(actor_id or "")
        if actor is None:
            return "thing"
        return "person" if actor.kind == "person" else "thing"

    # -- candidates ------------------------------------------------------------------------

    def _tokens(self, start: int, end: int) -> list[tuple[int, int, str]]:
        # pos/endpos bound the lookaheads exactly as a slice would, without copying the text
        return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(self.text, start, end)]

    def _skip_back(self, start: int, end: int) -> int:
        """Offset after the last token of ``[start, end)`` that is no adverb or auxiliary."""
        tokens = self._tokens(max(start, end - 160), end)
        while tokens and (
            tokens[-1][2].lower() in _SKIP
            or (tokens[-1][2].lower().endswith("ly") and tokens[-1][2][:1].islower())
        ):
            tokens.pop()
        return tokens[-1][1] if tokens else start

    def at_end(self, start: int, end: int) -> Speaker | None:
        """A speaker written immediately before ``end`` (adverbs and auxiliaries between)."""
        stop = self._skip_back(start, end)
        if stop <= start:
            return None
        return self._candidate_ending(start, stop)

    def _candidate_ending(self, start: int, stop: int) -> Speaker | None:
        text = self.text
        role = None
        words = text[max(start, stop - 30) : stop].split()
        if words and (
            words[-1].lower() in self.lex.role_singular
            or " ".join(words[-2:]).lower() in self.lex.role_singular
        ):
            # Only now run the role-phrase pattern, on a short tail.
            tail_start = max(start, stop - 80)
            role = self.lex.role_tail_re.search(text, tail_start, stop)
            if role is not None:
                start = tail_start
        mention = self.mention_ending_at(stop)
        anaphor = self._anaphor(start, stop)
        if anaphor is not None:
            return anaphor
        if role is not None and not self.in_quote(role.start()):
            rstart = role.start()
            noun = role.group(1).lower()
            inside = [m for m in self.mentions_in(rstart, stop) if m.span.end <= stop]
            if (
                noun.endswith("s")
                or noun == "media"
                or self.lex.role_singular.get(noun, noun) != noun
            ):
                kind = "plural"
            else:
                singular_noun = self.lex.role_singular.get(noun, noun)
                kind = (
                    "thing"
                    if singular_noun in self.lex.institution_roles or singular_noun in _DOCUMENTS
                    else "person"
                )
            singular = self.lex.role_singular.get(noun, noun)
            name_span = Span(rstart, stop)
            if inside:
                m = inside[-1]
                actor = self.actors.get(m.actor) or self.new_actors.get(m.actor)
                actor_id = m.actor
                if actor is not None and actor.kind == "person":
                    if singular in self.lex.institution_roles and actor.country:
                        actor_id = actor.country
                    elif mention is not None and mention.actor == m.actor:
                        actor_id = m.actor
                    else:
                        actor_id = m.actor
                return Speaker(actor_id, name_span.of(text), name_span, singular, kind)
            if mention is None and kind == "plural":
                group = self._counted_people(name_span)
                if group is not None:
                    return group._replace(role=singular)
            if mention is None:
                actor_id = None
                if singular in self.lex.institution_roles and re.match(
                    r"(?i)the\s", text[rstart : rstart + 4]
                ):
                    # "the government said": the state the passage is about
                    it = self.resolve_pronoun("it", name_span)
                    actor_id = it.actor if it is not None else None
                return Speaker(actor_id, name_span.of(text), name_span, singular, kind)
        if mention is not None:
            head = self._head_before_place(start, mention.span.start, mention.actor)
            if head is not None:
                return head
            kind = self.kind_of(mention.actor)
            return Speaker(mention.actor, mention.text, mention.span, None, kind)
        tokens = self._tokens(start, stop)
        if not tokens:
            return None
        last = tokens[-1]
        low = last[2].lower()
        if low in _PRONOUNS:
            return self.resolve_pronoun(low, Span(last[0], last[1]))
        name = self._name_ending(start, stop, create=False)
        if name is not None:
            head = self._head_before_place(start, name.span.start, name.actor)
            if head is not None:
                return head
            if self._after_place_preposition(start, name.span.start):
                return None  # "in Karachi": a place the mentions stage left out
        return self._name_ending(start, stop)

    def actor_kind(self, actor_id: str | None) -> str | None:
        actor = self.actors.get(actor_id or "") or self.new_actors.get(actor_id or "")
        return actor.kind if actor is not None else None

    def _anaphor(self, start: int, stop: int) -> Speaker | None:
        """ "the group says", "the bloc argued", "the ministry said": the latest earlier actor
        of the kind the noun names (data/anaphors.csv)."""
        space = self.text.rfind(" ", max(start, stop - 30), stop)
        if space < 0 or self.text[space + 1 : stop].strip() not in self.lex.anaphors:
            return None
        m = self.lex.anaphor_re.search(self.text, max(start, stop - 60), stop)
        if m is None or self.in_quote(m.start()):
            return None
        noun = m.group(1)
        kinds, reach = self.lex.anaphors[noun]
        span = Span(m.start(), stop)
        role = self.lex.role_singular.get(noun)
        inside = [x for x in self.mentions_in(span.start, span.end) if x.span.end <= stop]
        for x in inside:
            if self.actor_kind(x.actor) in kinds:
                return Speaker(x.actor, span.of(self.text), span, role, "thing")
        if inside and "state" in kinds:
            # "the country's foreign ministry", "Germany's government": the possessor decides
            # for institution roles; for "the Iran-backed group" the group is looked up.
            return None
        actor = self.latest_of_kind(kinds, span.start, reach)
        if actor is None:
            return None
        return Speaker(actor, span.of(self.text), span, role, "thing")

    def latest_of_kind(self, kinds: tuple[str, ...], before: int, reach: int) -> str | None:
        """The latest actor of the first of ``kinds`` mentioned outside quotations in the
        ``reach`` characters before ``before``."""
        candidates = [
            m
            for m in (*self.mentions_in(max(0, before - reach), before), *self.new_mentions)
            if max(0, before - reach) <= m.span.start
            and m.span.end <= before
            and not self.in_quote(m.span.start)
        ]
        for kind in kinds:
            best = None
            for m in candidates:
                if (
                    self.actor_kind(m.actor) == kind
                    and (best is None or m.span.start > best.span.start)
                    and (kind != "state" or m.form != "demonym" or self._heads_group(m))
                ):
                    best = m
            if best is not None:
                return best.actor
        return None

    def recent_people(self, before: int, count: int, reach: int = 1200) -> list[Mention]:
        """The last ``count`` distinct people named outside quotations before ``before``
        (latest first)."""
        pool = [
            m
            for m in (*self.mentions_in(max(0, before - reach), before), *self.new_mentions)
            if max(0, before - reach) <= m.span.start
            and m.span.end <= before
            and not self.in_quote(m.span.start)
            and self.actor_kind(m.actor) == "person"
        ]
        pool.sort(key=lambda m: m.span.start, reverse=True)
        out: list[Mention] = []
        for m in pool:
            if all(o.actor != m.actor for o in out):
                out.append(m)
            if len(out) == count:
                break
        return out

    def _counted_people(self, span: Span) -> Speaker | None:
        """ "Both analysts", "the two officials", "all three men": the last two (three) people
        named before the phrase, each a speaker."""
        words = self.text[span.start : span.end].lower().split()
        if not words:
            return None
        head = " ".join(words[:2])
        if words[0] == "both" or head in ("the two", "the pair", "the duo"):
            count = 2
        elif head in ("the three", "all three"):
            count = 3
        else:
            return None
        people = self.recent_people(span.start, count)
        if len(people) < count:
            return None
        people.reverse()
        return Speaker(
            people[0].actor,
            span.of(self.text),
            span,
            None,
            "plural",
            tuple(p.actor for p in people[1:]),
        )

    def coordinated_after(self, mention: Mention) -> list[Mention]:
        """The later members of a coordination whose first member is ``mention`` ("France and
        Germany", "France, Germany and Italy")."""
        out: list[Mention] = []
        end = mention.span.end
        while True:
            joint = re.match(
                r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", self.text[end : end + 12]
            )
            if joint is None:
                return out
            following = [m for m in self.mentions_in(end + joint.end(), end + joint.end() + 60)]
            if not following or following[0].span.start != end + joint.end():
                return out
            nxt = following[0]
            out.append(nxt)
            end = nxt.span.end
            if "and" in joint.group():
                return out

    def _after_place_preposition(self, start: int, position: int) -> bool:
        before = self.text[max(start, position - 12) : position]
        return re.search(r"\s(?:in|at|near|from)\s+(?:the\s+)?$", before) is not None

    def _head_before_place(self, start: int, position: int, actor: str | None) -> Speaker | None:
        """The head of "X in Y" / "X for Y" when Y is only where or what X serves ("Analysts
        at the Carnegie Endowment in Moscow", "The UN special envoy for Yemen", "The peacekeeping
        force in Lebanon"): X speaks; a role without an actor of its own ("officials in
        Tehran") is credited to Y."""
        before = self.text[max(start, position - 12) : position]
        prep = re.search(r"\s(in|at|for|to|from|near|on)\s+(?:the\s+)?$", before)
        if prep is None:
            return None
        cut = position - len(before) + prep.start()
        if cut <= start:
            return None
        head = self._candidate_ending(start, cut)
        if head is None:
            # "The United Nations peacekeeping force in Lebanon": an actor modifying the head
            # noun ("force") of the phrase
            words = self.text[start:cut].split()
            inside = [m for m in self.mentions_in(start, cut) if m.span.end <= cut]
            if inside and words:
                tail = self.text[inside[-1].span.end : cut].split()
                if 0 < len(tail) <= 3 and all(w[:1].islower() for w in tail):
                    m = inside[-1]
                    return Speaker(m.actor, m.text, m.span, None, self.kind_of(m.actor))
            return None
        if head.span.start < start:
            return None
        if head.actor is None and head.role is not None:
            return head._replace(actor=actor)
        if head.actor is None or head.actor == actor:
            return None
        return head

    def _name_ending(self, start: int, stop: int, create: bool = True) -> Speaker | None:
        """A capitalised name the mentions stage did not find, ending at ``stop`` (with
        ``create`` false, only where it is, without adding an actor)."""
        chunk = self.text[start:stop]
        best = None
        for m in _NAME.finditer(chunk):
            if start + m.end() == stop:
                best = m
        if best is None or self.in_quote(start + best.start()):
            return None
        words = self.strip_titles(best.group().split())
        if not words or words[0].lower() in _NOT_NAMES or words[-1].lower() in _NOT_NAMES:
            return None
        if words[-1].endswith(("'s", "\u2019s", "'", "\u2019")):
            return None  # "Kenya's former president": a possessor, not a speaker
        name = " ".join(words)
        nstart = start + best.start() + best.group().index(words[0])
        span = Span(nstart, stop)
        if span.of(self.text) != name:
            name = span.of(self.text)
        is_org = words[-1].lower() in _ORG_HEADS
        if not create:
            return Speaker(None, name, span, None, "thing" if is_org else "person")
        full = name
        if len(words) == 1 and not is_org:
            known = self.by_surname.get(words[0].lower())
            if known is not None:
                return Speaker(known, name, span, None, "person")
            # The full name written earlier ("Farida Haddad ... Haddad said").
            pattern = r"((?:[A-Z][\w\u2019'-]+\s+){1,3})" + re.escape(words[0]) + r"\b"
            found = list(re.finditer(pattern, self.text[: span.start]))
            earlier = found[-1] if found else None
            if earlier is not None:
                given = self.strip_titles([*earlier.group(1).split(), words[0]])[:-1]
                if given and given[0].lower() not in _NOT_NAMES:
                    full = " ".join([*given, words[0]])
        actor_id = new_actor_id(full, "organization" if is_org else "person")
        if not actor_id:
            return None
        if actor_id not in self.actors and actor_id not in self.new_actors:
            kind = "organization" if is_org else "person"
            self.new_actors[actor_id] = Actor(id=actor_id, name=full, kind=kind)
            if kind == "person":
                self.by_surname.setdefault(words[-1].lower(), actor_id)
        self.new_mentions.append(Mention(actor=actor_id, span=span, text=name, form="name"))
        return Speaker(actor_id, name, span, None, "thing" if is_org else "person")

    def is_role_phrase(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` is a short role or title noun phrase ("Kenya's former
        president", "the bloc's chief negotiator", "Sierra Leone's ambassador to the UN")."""
        words = self.text[start:end].split()
        if not words or len(words) > 10:
            return False
        for word in words:
            low = word.lower().strip(".,")
            if word[:1].islower() and (
                low in self.lex.titles or low in _TITLES or low in self.lex.role_singular
            ):
                return True
        return False

    def apposed_name(self, start: int, comma: int, end: int) -> Speaker | None:
        """A person's name set off by commas after a role phrase ("Trinidad's prime minister,
        Kamla Persad-Bissessar, said"): the role phrase is ``[start, comma)``, the name ends at
        ``end`` (its closing comma). The person speaks, not the state in the role phrase."""
        if not self.is_role_phrase(start, comma):
            return None
        stop = end
        while stop > comma and self.text[stop - 1] in " ,":
            stop -= 1
        named = self.at_end(comma + 1, stop)
        if named is None or named.kind != "person" or named.role is not None:
            return None
        lead = self.text[comma + 1 : named.span.start].split()
        if any(not (w[:1].isupper() or w.lower().strip(".") in self.lex.titles) for w in lead):
            return None
        return named

    def strip_titles(self, words: list[str]) -> list[str]:
        """A name without the titles written before it: everything up to the last title word
        ("Finance Minister Muhammad Aurangzeb" -> "Muhammad Aurangzeb"), the last word kept."""
        titles = self.lex.titles
        last = -1
        for i, word in enumerate(words[:-1]):
            if word.lower().rstrip(".") in titles or word.lower().rstrip(".") in _TITLES:
                last = i
        return words[last + 1 :]

    def at_start(self, start: int, end: int) -> Speaker | None:
        """A speaker written at the start of ``[start, end)`` ("said Mammadov", "according to
        a senior official")."""
        tokens = self._tokens(start, end)
        # Trim a trailing appositive or clause: the speaker phrase ends at the first comma.
        cut = end
        for s, _e, tok in tokens:
            if tok in ",;:()\u2014\u2013" or tok in ".!?":
                cut = s
                break
        tokens = [t for t in tokens if t[1] <= cut]
        if not tokens:
            return None
        # Candidates inside the phrase: the first mention, a role phrase, a pronoun, a name.
        for i in range(len(tokens), 0, -1):
            found = self._candidate_ending(tokens[0][0], tokens[i - 1][1])
            if found is not None:
                # Prefer the phrase's head: a mention at its very start wins over later ones
                # ("Farhad Mammadov, Director of ..." is cut at the comma already).
                first = self.mention_starting(tokens[0][0], tokens[i - 1][1])
                if first is not None and found.role is None and first.actor != found.actor:
                    return Speaker(
                        first.actor, first.text, first.span, None, self.kind_of(first.actor)
                    )
                return found
        return None

    def mention_starting(self, start: int, end: int) -> Mention | None:
        for m in self.mentions_in(start, end):
            lead = self._tokens(start, m.span.start)
            if all(t[2].lower() in _LEAD for t in lead):
                return m
            return None
        return None

    def clause_initial(self, start: int, end: int, max_lead: int = 3) -> Speaker | None:
        """The subject at the start of a clause: the first candidate after at most a few
        conjunctions, determiners and titles."""
        tokens = self._tokens(start, min(end, start + 200))
        lead = 0
        later: Speaker | None = None  # a candidate further into the stretch, if none opens it
        for i, (s, _e, tok) in enumerate(tokens):
            low = tok.lower()
            if self.in_quote(s):
                return later
            if low in _PRONOUNS:
                return self.resolve_pronoun(low, Span(s, _e))
            # Try the longest candidate starting here.
            for j in range(min(len(tokens), i + 8), i, -1):
                if tokens[j - 1][2] in ",;:.":
                    continue
                cand = self._candidate_ending(s, tokens[j - 1][1])
                if cand is not None and cand.span.start >= s:
                    # the candidate must open the stretch ("Thomas Reinholt, who heads the
                    # Africa programme": Reinholt, not Africa)
                    before = self._tokens(s, cand.span.start)
                    if all(t[2].lower() in _LEAD or t[2][:1].isupper() for t in before):
                        return cand
                    later = later or cand
            if low in _LEAD or tok in ",":
                continue
            lead += 1
            if lead > max_lead:
                return later
        return later

    # -- pronouns --------------------------------------------------------------------------

    def _latest_name(self, start: int, end: int) -> Speaker | None:
        """The latest person name written in ``[start, end)`` outside quotations, when the
        mentions stage reported no person there."""
        found = None
        for m in _NAME.finditer(self.text, start, end):
            if self.in_quote(m.start()):
                continue
            words = m.group().split()
            if words[-1].lower() in _NOT_NAMES or words[-1].lower() in _ORG_HEADS:
                continue
            found = m
        if found is None:
            return None
        speaker = self._name_ending(found.start(), found.end())
        return speaker if speaker is not None and speaker.kind == "person" else None

    def _heads_group(self, m: Mention) -> bool:
        """A demonym in front of a plural role noun ("Russian elites")."""
        following = self.text[m.span.end : m.span.end + 40].split()[:2]
        return any(w.strip(",.;:").lower() in self.lex.role_singular for w in following)

    def _subject_of_sentence(self, mention: Mention, limit: int) -> Mention | None:
        """The clause-initial non-person mention of the sentence holding ``mention``."""
        text = self.text
        start = max(
            text.rfind(". ", 0, mention.span.start), text.rfind("\n", 0, mention.span.start)
        )
        start = start + 1 if start >= 0 else 0
        for m in self.mentions_in(start, min(limit, mention.span.end)):
            if self.in_quote(m.span.start) or self.kind_of(m.actor) == "person":
                continue
            if m.form == "demonym" and not self._heads_group(m):
                continue
            lead = self._tokens(start, m.span.start)
            if all(t[2].lower() in _LEAD for t in lead):
                return m
            return None
        return None

    def resolve_pronoun(self, pronoun: str, span: Span) -> Speaker | None:
        """The most recent compatible referent of a subject pronoun: for he/she the latest
        person named outside quotations or speaking; for it/they the latest non-person
        speaker, else the nearest state or organisation named as a clause subject."""
        want = _PRONOUNS[pronoun]
        text = self.text
        window_start = max(0, span.start - 1500)
        # Latest speaker of the right kind.
        speaker = None
        for previous in reversed(self.history):
            if previous.span.start >= span.start:
                continue
            if previous.span.start < window_start:
                break
            if want == "person" and previous.kind == "person" and previous.actor:
                speaker = previous
                break
            if want != "person" and previous.kind != "person" and previous.actor:
                speaker = previous
                break
        # Latest mention of the right kind outside quotations.
        mention = None
        for m in reversed(self.mentions_in(window_start, span.start)):
            if self.in_quote(m.span.start):
                continue
            person = self.kind_of(m.actor) == "person"
            if (want == "person") == person:
                if want != "person" and m.form == "demonym" and not self._heads_group(m):
                    continue
                mention = m
                break
        if mention is not None and want != "person":
            mention = self._subject_of_sentence(mention, span.start) or mention
        if want == "person" and speaker is None and mention is None:
            named = self._latest_name(window_start, span.start)
            if named is not None:
                return Speaker(named.actor, text[span.start : span.end], span, None, want)
        pick = None
        if speaker is not None and mention is not None:
            if want == "person":
                # A person named after the last speaker in a later sentence takes over.
                gap = text[speaker.span.end : mention.span.start]
                pick = (
                    mention
                    if mention.span.start > speaker.span.end and any(c in gap for c in ".!?")
                    else speaker
                )
            else:
                gap = text[speaker.span.end : span.start]
                same_sentence = not any(c in gap for c in ".!?")
                pick = (
                    speaker if same_sentence or mention.span.start < speaker.span.end else mention
                )
        else:
            pick = speaker or mention
        if want == "plural":
            group = self._plural_referent(pick, span)
            if group is not None:
                return group
        if pick is None:
            return None
        actor = pick.actor
        return Speaker(actor, text[span.start : span.end], span, None, want)

    def _plural_referent(self, pick: Speaker | Mention | None, span: Span) -> Speaker | None:
        """ "They": two people named in this or the previous sentence after any state or
        organisation ("X met Y in Geneva. They argued"), else every member of the coordinated
        subject that was picked ("France and Germany rejected the plan. They argued")."""
        text = self.text
        window = max(0, span.start - 400)
        stops = [i for i in range(window, span.start) if text[i] in ".!?\n"]
        # the previous sentence: from the second-last sentence end before the pronoun
        previous_start = stops[-2] + 1 if len(stops) >= 2 else window
        people = self.recent_people(span.start, 2, reach=span.start - previous_start)
        pick_at = pick.span.start if pick is not None else -1
        name = text[span.start : span.end]
        if len(people) == 2 and min(p.span.start for p in people) > pick_at:
            people.reverse()
            return Speaker(people[0].actor, name, span, None, "plural", (people[1].actor,))
        if pick is None or pick.actor is None:
            return None
        if isinstance(pick, Mention):
            members = [m.actor for m in self.coordinated_after(pick)]
        else:
            members = [m.actor for m in self.coordinated_before(pick.span.start)]
        members = [a for a in dict.fromkeys(members) if a and a != pick.actor]
        if not members:
            return None
        return Speaker(pick.actor, name, span, None, "plural", tuple(members))
