"""Find the figures of a text: numbers with their unit, what they count and their qualifier.

One compiled regular expression finds the places where a number can start (a digit, a number
word, a vague quantity word); each place is then read left to right by small rules: the number
itself (digits or words, with a scale), a currency before or after it, a unit, a range, the
counted noun phrase, and a qualifier before or after. Rules that rule a number out (a year used
as a date, a day next to a month, a time of day, a designation such as Su-35 or Article 5, an
ordinal, a phone number) are applied on the way.

All matching runs on a lower-cased, ASCII-folded copy of the text of the same length, so every
offset is an offset into the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geobrief import Figure, Span

from ._lexicon import Lexicon, lexicon
from ._singular import plural_to_singular

__all__ = ["FigureFinder"]

_DIGITS = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])"  # 800,000  1,500.25
    r"|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d])"  # 12,34,567 (South Asian grouping)
    r"|\d{1,3}(?: \d{3})+(?![\d.,]\d)"  # 1 500 000
    r"|\d+(?:\.\d+)?"
)
_SIMPLE_FRACTION = re.compile(r" (\d{1,2})/(\d{1,2})(?![\d/])")
_LETTERS = re.compile(r"[a-z]+")
_ALNUM_RUN = re.compile(r"[\w.+/-]*")
_WORD = re.compile(r"[a-z]+")
_HEAD_TOKEN = re.compile(r"(\s*,)?\s+([a-z][a-z0-9]*(?:[-'][a-z0-9]+)*)")
_PHONE = re.compile(
    r"\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}"
    r"|\(\d{3}\)\s?\d{3}[-.\s]\d{4}"
    r"|\d{3}[-.]\d{3}[-.]\d{4}(?!\d)"
)
_PREV_WORD = re.compile(r"([a-z][a-z.'#]*|#)[\s,]*\Z")
_RANGE_JOIN = re.compile(r"\s*(-|to|and|or)\s*")
_CENTS_AFTER = re.compile(r"\s+(?:and\s+)?")
_SENTENCE_OPENERS = frozenset(".!?\"'(:;[\n")
_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
_LONG_SUFFIX = re.compile(r"-(long|old)(?![a-z])")
_SHARE = re.compile(r" of (?!an? )[a-z]| (?:the|its|their|his|her|our|all|those|these)\b")
_FROM_BEFORE = re.compile(r"(?<![a-z])from\s+\S*\Z")
_COMPOUND = re.compile(r"-([a-z]{3,})(?![a-z-])")
_STRENGTH = frozenset({"strong", "odd", "plus", "fold"})
_SCORE = re.compile(r"-\d")
_NUMBER_NEXT = re.compile(r"\s?\d")
_SUSPENDED = re.compile(r"-\s+(?:to|or|and)\s")
_VAGUE_OF = re.compile(r" of ([a-z]+)")
_DASH = re.compile("[\u2012\u2013\u2014\u2015\u2212]")
_ORDINAL_DIGITS = re.compile(r"(\d{1,4})(?:st|nd|rd|th)(?![a-z0-9])")
_TOKEN = re.compile(r" ([a-z]+(?:-[a-z]+)*)")
_TIMES = re.compile(r"[ -]times(?![a-z])")
_RATIO_JOIN = re.compile(r"\s+to\s+|-to-|\s?:\s?")
_RATIO_SECOND = re.compile(r"\d{1,4}(?:\.\d+)?(?![\d,:])")
_COLON_PAIR = re.compile(r":\d{1,4}(?![\d:])")
_POSSESSIVE_NAME = re.compile(r" (?:the )?[a-z][a-z.-]*(?: [a-z][a-z.-]*){0,3}'s(?![a-z])")
_PARTITIVE = re.compile(
    r"(?: more)? of (?:(?:the|its|their|these|those|his|her|our) )?(?:[a-z.-]+'s )?"
    r"(?:(?:\d[\d,.]*|[a-z]+) (?=[a-z]))?"
)
_TWO_WORDS = re.compile(r"\s+([a-z-]+)(?:\s+([a-z]+))?")
_ONE_IN = re.compile(r" in (\d{1,4}(?![\d,.])|[a-z]+)")
_SUBJECT_BEFORE = re.compile(r"(?:[,;:]|(?<![a-z])(?:and|but|while|whereas))\s+\Z")
_VERB_AFTER = re.compile(r" (?:of them )?([a-z]+)")
_SENTENCE_BREAK = re.compile(r"[.!?][\"')\]]*\s|\n")


@dataclass
class _Number:
    """A number read from the text, before its unit and context are known."""

    start: int
    end: int
    value: float
    words: bool = False  # written in words
    plain: bool = False  # bare digits, no separator, decimal or scale
    scaled: bool = False  # carries a scale word (million, bn)
    money_scale: bool = False  # carries "m"/"b", which only a currency makes a scale
    qualifier: str | None = None  # from a vague quantity (thousands -> at least)
    needs_of: bool = False  # a vague phrase that must be followed by "of"
    proportion: bool = False  # "a third of", "half the": a share, stored in percent
    unit: str | None = None  # a unit already read (decade-long)
    unit_factor: float = 1.0


class FigureFinder:
    """Reads the figures of one text (``lower`` is its case- and punctuation-folded copy)."""

    def __init__(self, text: str, lower: str, lex: Lexicon | None = None) -> None:
        self.text = text
        self.s = lower
        self.lex = lex or lexicon()
        self._out: list[Figure] = []

    # -- the scan -----------------------------------------------------------------------------

    def find(self, start: int = 0, end: int | None = None) -> list[Figure]:
        end = len(self.s) if end is None else end
        out: list[Figure] = []
        self._out = out
        consumed = start
        for match in self.lex.anchor.finditer(self.s, start, end):
            at = match.start()
            if at < consumed:
                continue
            special = self._special(at, match.group(), end)
            if special is not None:
                figures, stop = special
                out.extend(figures)
                consumed = max(consumed, stop)
                continue
            if self.s[at].isdigit():
                number, skip_to = self._digits(at, end)
            else:
                number, skip_to = self._words(at, match.group(), end)
            if number is None:
                consumed = max(consumed, skip_to)
                continue
            figures, stop = self._complete(number, end, consumed)
            consumed = max(consumed, skip_to)
            consumed = max(consumed, stop)
            out.extend(figures)
        return out

    # -- ranks, counting ordinals, multipliers ------------------------------------------------

    def _special(self, at: int, word: str, limit: int) -> tuple[list[Figure], int] | None:
        """Ordinals, multiplicatives and '-fold' words: (figures, end of what was read), or
        ``None`` when the place is read as an ordinary number."""
        lex, s = self.lex, self.s
        if s[at].isdigit():
            m = _ORDINAL_DIGITS.match(s, at, limit)
            if m is None:
                return None
            stop = _ALNUM_RUN.match(s, at).end()
            if self._designation_before(at):
                return [], stop
            figure = self._ordinal(at, m.end(), float(m.group(1)), limit)
            return ([figure], figure.span.end) if figure else ([], stop)
        end = at + len(word)
        if self.text[at].isupper() and not self._sentence_start(at):
            return None  # a name (the Fifth Fleet); the ordinary reading rules it out too
        if word in lex.ordinals:
            figure = self._ordinal(at, end, lex.ordinals[word], limit)
            return ([figure], figure.span.end) if figure else None
        if word in lex.tens and s.startswith("-", end):
            m = _WORD.match(s, end + 1, limit)
            if m and lex.ordinals.get(m.group(), 10) < 10:  # twenty-first, thirty-third
                value = lex.tens[word] + lex.ordinals[m.group()]
                figure = self._ordinal(at, m.end(), value, limit)
                return ([figure], figure.span.end) if figure else ([], m.end())
            return None
        if word in lex.multiplicatives:
            return self._multiplicative(at, word, limit)
        if word in lex.fold_words:
            return [self._ratio_figure(at, end, lex.fold_words[word])], end
        return None

    def _ordinal(self, start: int, end: int, value: float, limit: int) -> Figure | None:
        """An ordinal that ranks ('fifth-highest', 'ranked third', 'in second place') or counts
        occurrences ('the third time', 'its second such attack', 'the fourth consecutive year').
        'first' and ordinals that only place ('the third year of the war', 'the 21st century') or
        name ('the Fifth Fleet') are not figures."""
        lex, s = self.lex, self.s
        if value <= 1:
            return None
        if s.startswith("-", end):  # fifth-highest, second-most; not third-party, 21st-century
            m = _WORD.match(s, end + 1, limit)
            if m and self._superlative(m.group()):
                return self._figure(start, m.end(), value, "rank")
            return None
        prev = _PREV_WORD.search(s, max(0, start - 16), start)
        prev_word = prev.group(1) if prev else ""
        if prev_word in lex.rank_verbs:
            return self._figure(start, end, value, "rank")
        pos = end
        streak = False
        modifiers = 0
        for _ in range(3):
            m = _TOKEN.match(s, pos, limit)
            if m is None or self.text[m.start(1)].isupper():
                break  # a name follows: the 19th Party Congress, the second Trump administration
            word = m.group(1)
            if word in lex.rank_nouns and prev_word in ("in", "into", "to", "the", "its", "their"):
                return self._figure(start, m.end(), value, "rank")  # in fifth place
            if self._superlative(word) and word not in lex.occurrence_nouns:
                return self._figure(start, m.end(), value, "rank")  # the second largest
            if word in lex.occurrence_nouns or (streak and word in lex.streak_nouns):
                return self._figure(start, m.end(), value, "count", counted=word)
            if word in lex.streak_modifiers:
                streak = True
            elif (
                word in lex.head_stopwords
                or modifiers
                or plural_to_singular(word) is not None
                or word in lex.units
            ):
                break
            else:
                modifiers += 1
            pos = m.end()
        return None

    def _superlative(self, word: str) -> bool:
        lex = self.lex
        if word in lex.superlatives:
            return True
        return len(word) > 5 and word.endswith("est") and word not in lex.not_superlatives

    def _multiplicative(self, at: int, word: str, limit: int) -> tuple[list[Figure], int]:
        """'twice as many', 'twice the size', 'nearly double the toll' (unit ratio); 'struck twice'
        (2 occurrences, counted 'time')."""
        lex = self.lex
        end = at + len(word)
        value = lex.multiplicatives[word]
        prev = _PREV_WORD.search(self.s, max(0, at - 16), at)
        prev_word = prev.group(1) if prev else ""
        if word not in ("twice", "thrice") and prev_word in lex.verb_markers:
            return [], end  # plans to double the budget: a verb
        if self._multiplier_follows(end, limit):
            return [self._ratio_figure(at, end, value)], end
        if word in ("twice", "thrice"):
            if prev_word in lex.deliberation_verbs:
                return [], end  # think twice
            q = self._qualifier(at, False)
            qualifier, start = q if q else (None, at)
            return [self._figure(start, end, value, "count", "time", qualifier)], end
        return [], end  # a double blow, triple-A: adjectives, not figures

    def _multiplier_follows(self, at: int, limit: int) -> bool:
        """Whether a comparison, a determiner or a possessive follows a multiplier word."""
        lex, s = self.lex, self.s
        m = _TOKEN.match(s, at, limit)
        if m is None:
            return False
        word = m.group(1)
        if word in ("the", "this", "that", "these", "those", "last", "next"):
            after = _TOKEN.match(s, m.end(), limit)
            if after and after.group(1) in lex.time_phrase_after_the:
                return s.startswith("'s", after.end())  # twice this year's total
            return word != "last" and word != "next"
        if word in lex.multiplier_followers:
            return True
        if len(word) >= 5 and word.endswith("er") and word not in lex.not_comparatives:
            return not self.text[m.start(1)].isupper()
        possessive = _POSSESSIVE_NAME.match(s, at, limit)
        return bool(possessive and self.text[possessive.start() + 1 :][:1].isupper())

    def _ratio_figure(self, start: int, end: int, value: float) -> Figure:
        q = self._qualifier(start, True)
        qualifier, start = q if q else (None, start)
        return self._figure(start, end, value, "ratio", qualifier=qualifier)

    def _ratio_context(self, start: int, stop: int, limit: int) -> bool:
        """A ratio word in the sentence before ``start`` or right after ``stop``."""
        s = self.s
        window = s[max(0, start - 120) : start]
        cut = max(window.rfind(". "), window.rfind("! "), window.rfind("? "), window.rfind("\n"))
        if self.lex.ratio_cue.search(window, cut + 1):
            return True
        after = _TWO_WORDS.match(s, stop, limit)
        return bool(
            after
            and (after.group(1) in self.lex.ratio_cues or after.group(2) in self.lex.ratio_cues)
        )

    def _ratio_pair(self, number: _Number, end: int, limit: int) -> tuple[float, int] | None:
        """'seven to one', '3-to-1', '3:1' next to a ratio word: (value, end)."""
        s = self.s
        m = _RATIO_JOIN.match(s, end, limit)
        if m is None or _FROM_BEFORE.search(s, max(0, number.start - 12), number.start):
            return None
        pos = m.end()
        if pos >= limit:
            return None
        if s[pos].isdigit():
            if number.words:
                return None
            d = _RATIO_SECOND.match(s, pos, limit)
            if d is None:
                return None
            second, stop = float(d.group()), d.end()
        else:
            if not number.words or ":" in m.group():
                return None
            w = _WORD.match(s, pos, limit)
            if w is None or not (w.group() in self.lex.units or w.group() in self.lex.tens):
                return None
            n2, _ = self._cardinal(pos, pos, None, limit)
            if n2 is None:
                return None
            second, stop = n2.value, n2.end
        if second <= 0 or s[stop : stop + 1] in ("%", "-") or self._unit_or_currency_at(stop):
            return None
        if self.lex.scale_after.match(s, stop, limit):
            return None
        if not self._ratio_context(number.start, stop, limit):
            return None
        return number.value / second, stop

    def _figure(
        self,
        start: int,
        end: int,
        value: float,
        unit: str,
        counted: str | None = None,
        qualifier: str | None = None,
    ) -> Figure:
        return Figure(
            span=Span(start, end),
            text=self.text[start:end],
            value=_tidy(value),
            unit=unit,
            counted=counted,
            qualifier=qualifier,
        )

    # -- numbers without a noun of their own ----------------------------------------------

    def _elided(self, number: _Number, end: int, limit: int) -> tuple[str, str | None, int] | None:
        """The unit and counted noun of a number whose noun is left out: '45 wounded' (person),
        'two of the ships' (ship), 'three frigates, down from five' and '20 drones were launched
        and 15 were shot down' (the noun of the figure before). (unit, counted, end)."""
        lex, s = self.lex, self.s
        m = _TOKEN.match(s, end, limit)
        if m and m.group(1) in lex.people_participles:
            return "count", "person", m.end()
        partitive = _PARTITIVE.match(s, end, limit)
        if partitive and partitive.end() - end > 4:  # two of the tankers, 13 of Nato's 32 members
            head = self._head(partitive.end() - 1, limit, 2.0)
            if head is not None:
                return "count", head[0], end  # the noun phrase may hold a figure of its own
        if number.plain and 1900 <= number.value <= 2100:
            return None  # a year: down from 2019
        window = s[max(0, number.start - 24) : number.start]
        cue = lex.elision_before.search(window)
        if cue is None:
            verb = _VERB_AFTER.match(s, end, limit)
            if not (verb and verb.group(1) in lex.elision_verbs and _SUBJECT_BEFORE.search(window)):
                return None
        antecedent = self._antecedent(number.start)
        if antecedent is None:
            return None
        return antecedent[0], antecedent[1], end

    def _antecedent(self, at: int) -> tuple[str, str | None] | None:
        """Unit and counted noun of the last figure before ``at`` in the same sentence."""
        for figure in reversed(self._out):
            if figure.span.end > at:
                continue
            if at - figure.span.end > 200 or _SENTENCE_BREAK.search(self.s, figure.span.end, at):
                return None
            if figure.unit in ("rank", "ratio") or (figure.unit == "count" and not figure.counted):
                continue
            return figure.unit, figure.counted
        return None

    def _one_in(self, number: _Number, end: int, limit: int) -> tuple[float, int] | None:
        """'one in five', '1 in 10': a proportion (percent of the whole), and its end."""
        m = _ONE_IN.match(self.s, end, limit)
        if m is None:
            return None
        if m.group(1).isdigit():
            if number.words:
                return None
            whole, stop = float(m.group(1)), m.end()
            if 1900 <= whole <= 2100:
                return None  # 3 in 2022
        else:
            if not number.words or (
                m.group(1) not in self.lex.units and m.group(1) not in self.lex.tens
            ):
                return None
            n2, _ = self._cardinal(m.start(1), m.start(1), None, limit)
            if n2 is None:
                return None
            whole, stop = n2.value, n2.end
        if whole <= number.value or self._unit_or_currency_at(stop):
            return None
        if self.lex.scale_after.match(self.s, stop, limit):
            return None
        return number.value / whole * 100, stop

    def _spelled_compound(self, noun: str) -> bool:
        """Whether a spelled number's hyphen compound counts its noun ('the six-member council',
        'a five-nation tour'), rather than forming an adjective or a fixed term."""
        if noun in self.lex.compound_idioms or noun in self.lex.head_stopwords:
            return False
        return not noun.endswith(("ed", "ing", "ly"))

    def _year_of_money(self, number: _Number, surface: str) -> bool:
        if not (number.plain and 1900 <= number.value <= 2100 and surface[:1].isalpha()):
            return False
        before = _PREV_WORD.search(self.s, max(0, number.start - 16), number.start)
        return bool(before and before.group(1) in ("in", "constant", "real", "of"))

    def _rate_before(self, article: int) -> bool:
        """Whether 'a year' at ``article`` is a rate: '$5 billion a year', 'once a month'."""
        before = _PREV_WORD.search(self.s, max(0, article - 16), article)
        if before and before.group(1) in self.lex.rate_words:
            return True
        out = self._out
        return bool(out and not self.s[out[-1].span.end : article].strip(" ,"))

    # -- numbers in digits --------------------------------------------------------------------

    def _digits(self, at: int, limit: int) -> tuple[_Number | None, int]:
        s = self.s
        run_end = _ALNUM_RUN.match(s, at).end()
        if self._designation_before(at):
            return None, run_end
        if (at > 0 and s[at - 1] in "+(") or (s[at : at + 1].isdigit() and _PHONE.match(s, at)):
            phone = _PHONE.match(s, at - 1 if s[at - 1] in "+(" else at)
            if phone:
                return None, phone.end()
        m = _DIGITS.match(s, at, limit)
        digits = m.group()
        end = m.end()
        value = float(digits.replace(",", "").replace(" ", ""))
        plain = digits.isdigit()
        nxt = s[end : end + 1]
        if nxt == ":" and plain:  # 3:1 next to a ratio word
            pair = _COLON_PAIR.match(s, end, limit)
            clock = value <= 24 and re.fullmatch(r":[0-5]\d", pair.group() if pair else "")
            if pair and not clock and self._ratio_context(at, pair.end(), limit):
                return _Number(at, end, value, plain=True), end
        if nxt in (".", ":", "/") and s[end + 1 : end + 2].isdigit():
            if nxt == "/" and plain:
                frac = re.match(r"/(\d{1,2})(?![\d/])", s[end:limit])
                if frac and 1 < int(frac.group(1)) <= 16 and value < int(frac.group(1)):
                    return _Number(at, end + frac.end(), value / int(frac.group(1))), end
            return None, _ALNUM_RUN.match(s, end).end()  # a version, a date, a time, a ratio
        fraction = _SIMPLE_FRACTION.match(s, end, limit)
        if plain and fraction and int(fraction.group(1)) < int(fraction.group(2)):
            value += int(fraction.group(1)) / int(fraction.group(2))
            end = fraction.end()
            plain = False
        number = _Number(at, end, value, plain=plain)
        if nxt == "-" and _SUSPENDED.match(s, end, limit):
            return None, end + 1  # "8- to 16-meter": the unit is on the second number
        if nxt.isalpha():
            letters_match = _LETTERS.match(s, end)
            if letters_match is None:
                if self._unit_or_currency_at(end):
                    return number, end
                return None, run_end  # a letter of another script glued to the digits
            letters = letters_match.group()
            if letters in _ORDINAL_SUFFIXES or letters == "s":
                return None, run_end  # 21st, 1990s
            abbreviation = self.lex.scale_abbreviations.get(letters)
            if abbreviation is not None:
                number.value *= abbreviation
                number.end = end + len(letters)
                number.scaled, number.plain = True, False
                number.money_scale = letters in self.lex.money_only
                if number.money_scale:
                    number.value /= abbreviation  # applied only once a currency is found
                    number.scaled = False
                return number, number.end
            if not self._unit_or_currency_at(end):
                return None, run_end  # 5G, 9M729: a designation
        return number, end

    def _unit_or_currency_at(self, at: int) -> bool:
        lex = self.lex
        m = lex.unit_after.match(self.s, at) or lex.currency_after.match(self.s, at)
        return m is not None

    def _designation_before(self, at: int) -> bool:
        """Whether the number at ``at`` is part of a name: Su-35, G20, P5+1, Article 5, Boeing 737."""
        s, text = self.s, self.text
        if at == 0:
            return False
        prev = s[at - 1]
        if prev.isalpha():
            code = self.lex.currency_before.search(s, max(0, at - 6), at)
            return code is None or not self._currency_case_ok(code.start(1), code.end(1))
        if prev in "_@#/\\":
            return True
        if prev in "-+:" and at >= 2 and s[at - 2].isalnum():
            return True  # Su-35, P5+1, 10:30
        if prev == "." and at >= 2 and s[at - 2].isalnum():
            return not s[at - 2].isdigit() and s[at - 3 : at - 1] not in ("p.", "o.")
        word = _PREV_WORD.search(s, max(0, at - 24), at)
        if word is None:
            return False
        name = word.group(1)
        if name in self.lex.designators:
            return True
        if s[word.end(1) : at].strip(" ") != "":  # a comma or a line break in between
            return False
        original = text[word.start(1) : word.end(1)]
        return (
            original[:1].isupper()
            and not name.endswith("'s")  # a possessive: Nato's 32 members, Russia's 150 warheads
            and name not in self.lex.capital_ok
            and name.rstrip(".") not in self.lex.months
            and not self._sentence_start(word.start(1))
            and name not in self.lex.currencies
        )

    def _sentence_start(self, at: int) -> bool:
        i = at - 1
        while i >= 0 and self.s[i] == " ":
            i -= 1
        return i < 0 or self.s[i] in _SENTENCE_OPENERS

    # -- numbers in words ---------------------------------------------------------------------

    def _next_word(self, at: int, limit: int, hyphen: bool = True) -> tuple[str, int, int] | None:
        """The word after position ``at`` (past one space or hyphen): (word, start, end)."""
        s = self.s
        if at < limit and (s[at] == " " or (hyphen and s[at] == "-")):
            m = _WORD.match(s, at + 1, limit)
            if m:
                return m.group(), m.start(), m.end()
        return None

    def _words(self, at: int, word: str, limit: int) -> tuple[_Number | None, int]:
        lex, s = self.lex, self.s
        end = at + len(word)
        # a capitalised number word inside a sentence is part of a name (the Big Three)
        if self.text[at].isupper() and not self._sentence_start(at):
            return None, end
        article = self._article_before(at)
        begin = article if article is not None else at

        # vague phrases: a handful of, a couple of, a pair of
        if article is not None and word in ("handful", "couple", "pair"):
            phrase = f"a {word} of"
            if phrase in lex.vague_phrases and s.startswith(" of ", end):
                value, qualifier = lex.vague_phrases[phrase]
                return _Number(
                    begin, end, value, words=True, qualifier=qualifier, needs_of=True
                ), end
            return None, end
        # several hundred, a few thousand
        if word in ("several", "few"):
            if word == "few" and article is None:
                return None, end
            nxt = self._next_word(end, limit, hyphen=False)
            if nxt and (nxt[0] in lex.scales or nxt[0] in ("hundred", "dozen")):
                base = lex.scales.get(nxt[0]) or (100.0 if nxt[0] == "hundred" else 12.0)
                value = lex.vague_multipliers[word] * base
                return _Number(
                    begin, nxt[2], value, words=True, scaled=True, qualifier="at least"
                ), nxt[2]
            return None, end
        # decades, centuries, decade-long, a decade
        if word in ("decade", "decades", "century", "centuries"):
            return self._period_word(at, word, article, limit)
        if word in ("year", "month", "week", "day", "hour"):
            return self._unit_word(at, word, article, limit)
        # vague plurals: thousands, tens of thousands, hundreds of millions, dozens
        if word in lex.vague:
            return self._vague(at, word, limit)
        if word in lex.fractions:
            return self._fraction(at, begin, article, word, 1.0, limit)
        return self._cardinal(at, begin, article, limit)

    def _unit_word(
        self, at: int, word: str, article: int | None, limit: int
    ) -> tuple[_Number | None, int]:
        """'a month after the fighting', 'for a year', 'more than a week', 'a year-long war',
        'year-old': one unit. Not 'once a month' or '$5 billion a year' (rates), nor 'the year'."""
        lex, s = self.lex, self.s
        end = at + len(word)
        long_suffix = _LONG_SUFFIX.match(s, end, limit)
        if long_suffix:
            return _Number(at, long_suffix.end(), 1.0, words=True, unit=word), long_suffix.end()
        if article is None:
            return None, end
        value = 1.0
        if s.startswith(" and a half", end):  # a year and a half
            value, end = 1.5, end + len(" and a half")
        one = _Number(article, end, value, words=True, unit=word)
        if self._qualifier(article, True) is not None:
            return one, end
        if self._rate_before(article):
            return None, end
        before = _PREV_WORD.search(s, max(0, article - 16), article)
        after = self._next_word(end, limit, hyphen=False)
        if (before and before.group(1) in lex.duration_before) or (
            after and after[0] in lex.duration_after
        ):
            return one, end
        return None, end

    def _article_before(self, at: int) -> int | None:
        s = self.s
        if at >= 2 and s[at - 2 : at] == "a " and (at == 2 or not s[at - 3].isalnum()):
            return at - 2
        if at >= 3 and s[at - 3 : at] == "an " and (at == 3 or not s[at - 4].isalnum()):
            return at - 3
        return None

    def _period_word(
        self, at: int, word: str, article: int | None, limit: int
    ) -> tuple[_Number | None, int]:
        s = self.s
        end = at + len(word)
        plural = word.endswith("s")
        years = 10.0 if word.startswith("decade") else 100.0
        long_suffix = _LONG_SUFFIX.match(s, end, limit)
        if plural:
            stop = long_suffix.end() if long_suffix else end
            if not long_suffix and not self._plural_period_reads_as_duration(at, end):
                return None, end
            return _Number(at, stop, 2 * years, words=True, qualifier="at least", unit="year"), stop
        if long_suffix:
            return _Number(at, long_suffix.end(), years, words=True, unit="year"), long_suffix.end()
        if article is not None:
            return _Number(article, end, years, words=True, unit="year"), end
        before = _PREV_WORD.search(s, max(0, at - 16), at)
        if before and before.group(1) in ("past", "last", "next", "previous", "coming"):
            return _Number(at, end, years, words=True, unit="year"), end
        return None, end

    def _plural_period_reads_as_duration(self, at: int, end: int) -> bool:
        """'for decades', 'decades of war', 'over decades': a vague duration; not 'the decades'."""
        before = _PREV_WORD.search(self.s, max(0, at - 16), at)
        if before is None:
            return True
        return before.group(1) not in ("the", "these", "those", "recent", "past", "two", "few")

    def _vague(self, at: int, word: str, limit: int) -> tuple[_Number | None, int]:
        lex, s = self.lex, self.s
        value, qualifier = lex.vague[word]
        end = at + len(word)
        # "tens of thousands", "hundreds of millions of": multiply by a following vague plural
        while True:
            m = _VAGUE_OF.match(s, end, limit)
            if not m or m.group(1) not in lex.vague:
                break
            inner = lex.vague[m.group(1)][0]
            if inner <= value:
                break
            value *= inner
            end = m.end()
        if (
            word in lex.vague_requires_of
            and end == at + len(word)
            and not s.startswith(" of ", end)
        ):
            return None, end
        if word == "tens" and end == at + len(word):
            return None, end
        return _Number(at, end, value, words=True, scaled=True, qualifier=qualifier), end

    def _fraction(
        self, at: int, begin: int, article: int | None, word: str, numerator: float, limit: int
    ) -> tuple[_Number | None, int]:
        """half a million, a quarter century, three quarters billion, a third of, half the."""
        lex, s = self.lex, self.s
        end = at + len(word)
        value = numerator * lex.fractions[word]
        if word not in ("half", "halves") and article is None and numerator == 1.0:
            after = self._next_word(end, limit, hyphen=False)
            if not (after and after[0] in lex.scales):
                return None, end  # "third" alone is an ordinal
        rest = s[end : end + 40]
        m = re.match(r"(?: of)?(?: an?)? ([a-z]+)", rest)
        if m:
            nxt = m.group(1)
            stop = end + m.end()
            if nxt in lex.scales:
                return _Number(begin, stop, value * lex.scales[nxt], words=True, scaled=True), stop
            if nxt in ("hundred", "dozen"):
                base = 100.0 if nxt == "hundred" else 12.0
                return _Number(begin, stop, value * base, words=True), stop
            unit = lex.measure_units.get(nxt)
            if unit is not None and unit[2] == "time":
                return (
                    _Number(begin, stop, value * unit[1], words=True, unit=unit[0]),
                    stop,
                )
        share = _SHARE.match(rest)
        if share and not self._ordinal_before(begin):
            return _Number(
                begin, end, value * 100, words=True, proportion=True, unit="percent"
            ), end
        # a two-thirds majority, a one-third stake: the article belongs to the noun
        noun = _TOKEN.match(s, end, limit)
        implicit_one = article is not None and s[article:at].rstrip() in ("a", "an")
        if noun and noun.group(1) in lex.proportion_nouns and not implicit_one:
            if article is not None and begin == article:
                begin = s.index(" ", article) + 1
            return _Number(
                begin, end, value * 100, words=True, proportion=True, unit="percent"
            ), end
        return None, end

    def _ordinal_before(self, at: int) -> bool:
        before = _PREV_WORD.search(self.s, max(0, at - 16), at)
        return before is not None and before.group(1) in (
            "first",
            "second",
            "latter",
            "other",
            "last",
            "final",
            "next",
        )

    def _cardinal(
        self, at: int, begin: int, article: int | None, limit: int
    ) -> tuple[_Number | None, int]:
        """Spelled cardinals: three, twenty-five, one hundred and fifty, a dozen, 2.5 million."""
        lex, s = self.lex, self.s
        total = 0.0
        current = 0.0
        end = at
        pos = at
        last_kind = None
        seen = False
        word_match = _WORD.match(s, pos, limit)
        while word_match:
            w = word_match.group()
            if w in lex.units and last_kind not in ("unit", "teen"):
                current += lex.units[w]
                last_kind = "unit"
            elif w in lex.tens and last_kind in (None, "hundred", "scale"):
                current += lex.tens[w]
                last_kind = "tens"
            elif w == "hundred" and last_kind not in ("hundred",):
                current = (current or 1.0) * 100
                last_kind = "hundred"
            elif w in lex.scales:
                total += (current or 1.0) * lex.scales[w]
                current = 0.0
                last_kind = "scale"
            elif w == "dozen" and last_kind != "dozen":
                current = (current or 1.0) * 12
                last_kind = "dozen"
            elif w in lex.fractions and seen and last_kind == "unit" and total == 0:
                number, stop = self._fraction(word_match.start(), begin, article, w, current, limit)
                return number, stop
            else:
                break
            seen = True
            end = word_match.end()
            # the joint to the next word: a space, a hyphen, or " and "
            nxt = None
            if s.startswith(" and a half", end) and last_kind in ("unit", "tens", "scale"):
                current += 0.5
                end += len(" and a half")
                nxt = self._next_word(end, limit, hyphen=False)
                if nxt and nxt[0] in lex.scales:
                    total += current * lex.scales[nxt[0]]
                    current = 0.0
                    end = nxt[2]
                break
            if s.startswith(" and ", end) and last_kind in ("hundred", "scale"):
                cand = _WORD.match(s, end + 5, limit)
                if cand and (cand.group() in lex.units or cand.group() in lex.tens):
                    word_match = cand
                    continue
                break
            if end < limit and s[end] in " -":
                word_match = _WORD.match(s, end + 1, limit)
                if word_match and s[end] == "-" and word_match.group() in lex.scales:
                    pass
                continue
            break
        if not seen:
            return None, at + 1
        value = total + current
        number = _Number(begin, end, value, words=True, scaled=total > 0)
        first = _WORD.match(s, at, limit)
        if article is not None and not (
            first and (first.group() in lex.scales or first.group() in ("hundred", "dozen"))
        ):
            number.start = at  # "a" belongs only to "a hundred", "a dozen", "a million"
        return number, end

    # -- completing a number into a figure ----------------------------------------------------

    def _complete(self, number: _Number, limit: int, consumed: int = 0) -> tuple[list[Figure], int]:
        lex, s = self.lex, self.s
        end = number.end
        unit = number.unit or "count"
        factor = number.unit_factor
        currency_start = None
        counted = None

        # a separate scale word: 1.5 million, $2 bn
        if not number.words and not number.money_scale and not number.scaled:
            m = lex.scale_after.match(s, end, limit)
            if m:
                scale = lex.scales.get(m.group(1)) or lex.scale_abbreviations[m.group(1)]
                number.value *= scale
                number.scaled, number.plain = True, False
                end = m.end()
                if m.group(1) == "hundred":  # "two hundred thousand"
                    m2 = lex.scale_after.match(s, end, limit)
                    if m2 and m2.group(1) in lex.scales:
                        number.value *= lex.scales[m2.group(1)]
                        end = m2.end()

        # a currency before: $5, US$ 5, USD 200, dollar 22.5
        before = lex.currency_before.search(s, max(consumed, number.start - 12), number.start)
        code = None
        if before and self._currency_case_ok(before.start(1), before.end(1)):
            code, _pos, cfactor = lex.currencies[_squash(before.group(1))]
            currency_start = before.start(1)
            factor = cfactor
            unit = code
        if number.unit is None:
            # a currency after: 5 dollars, 420 million finnish markka, 10 €, 12-cent
            after = lex.currency_after.match(s, end, limit)
            if (
                after
                and _NUMBER_NEXT.match(s, after.end(), limit)
                and (lex.currencies[_squash(after.group(1))][1] == "both")
            ):
                after = None  # "1 $ 10": the sign opens the next amount
            if after and self._currency_case_ok(after.start(1), after.end(1)):
                surface = _squash(after.group(1))
                weight = surface in ("pound", "pounds") and s.startswith(" of", after.end())
                if code is None and self._year_of_money(number, surface):
                    return [], after.end()  # in 2015 dollars, constant 2020 euros: a price base
                if not weight and (code is None or lex.currencies[surface][0] == code):
                    code, _pos, factor = lex.currencies[surface]
                    unit = code
                    end = after.end()
                    # "75 usd million"
                    m = lex.scale_after.match(s, end, limit)
                    if m and not number.scaled and m.group(1) in lex.scales:
                        number.value *= lex.scales[m.group(1)]
                        number.scaled = True
                        end = m.end()
                    cents = self._cents_after(end, limit)
                    if cents is not None and factor == 1.0:
                        number.value += cents[0]
                        end = cents[1]
        if number.money_scale:
            if code is None:
                end = number.end - 1  # "5t": the letter may be a unit
                if not lex.unit_after.match(s, end, limit):
                    return [], number.end
            else:
                number.value *= lex.scale_abbreviations[s[number.end - 1 : number.end]]
                number.scaled = True
        if code is None and number.unit is None:
            other = lex.other_unit_after.match(s, end, limit)
            m = None if other else lex.unit_after.match(s, end, limit)
            if other:
                counted = lex.other_units[_squash(other.group(1))]
                end = other.end()
            if m:
                unit_name, ufactor, _kind = lex.measure_units[_squash(m.group(1))]
                if not (m.group(1) == "mi" and s[m.start(1) - 1 : m.start(1)] == "-"):
                    unit, factor = unit_name, ufactor
                    end = m.end()
        # a vague phrase must go on with "of": a handful of troops, a couple of weeks
        if number.needs_of and unit == "count":
            if not s.startswith(" of ", end):
                return [], end
            m = lex.unit_after.match(s, end + 3, limit)
            if m:
                unit, factor, _kind = lex.measure_units[_squash(m.group(1))]
                end = m.end()
        if unit == "count" and counted is None and not number.proportion and not number.scaled:
            share = self._one_in(number, end, limit)  # one in five voters: 20 percent
            if share is not None:
                number.value, end = share
                number.proportion, number.plain, unit = True, False, "percent"
        if number.words and not number.scaled and unit == "count" and number.value == 1:
            return [], end  # "one" alone is a pronoun or an article far more often than a count

        # times of day and dates next to the number
        bare = not number.words and unit == "count" and counted is None
        if bare and number.value < 25 and lex.time_of_day.match(s, end, limit):
            return [], end  # 10 am, 14 GMT
        if bare and number.plain and number.value <= 31 and self._month_next_to(number.start, end):
            return [], end  # March 5, 5 March

        # ranges: 10-15%, between 3 and 5, 3 to 5 million, two or three days
        figures_end = end
        value_max = None
        range_start = None
        if unit == "count" and counted is None:  # seven to one, 3:1 (next to a ratio word)
            pair = self._ratio_pair(number, end, limit)
            if pair is not None:
                value, stop = pair
                q = self._qualifier(number.start, True)
                qualifier, start = q if q else (None, number.start)
                return [self._figure(start, stop, value, "ratio", qualifier=qualifier)], stop
        second = self._range_second(number, end, unit, limit)
        if second is None and not number.words and _SCORE.match(s, end, limit):
            return [], _ALNUM_RUN.match(s, end).end()  # a score or a code: 7-3, 3-1
        if second is not None:
            value_max, second_end, second_unit, second_factor, second_scale, range_start = second
            if unit == "count" and second_unit != "count":
                unit, factor = second_unit, second_factor
            if value_max is not None:
                if second_scale and not number.scaled and number.value * second_scale <= value_max:
                    number.value *= second_scale
                end = figures_end = second_end

        # digits joined to a noun: the 27-nation bloc, a 12-point plan, a 10,000-strong force
        if unit == "count" and value_max is None and s.startswith("-fold", end):
            unit = "ratio"  # a 10-fold increase, three-fold
            end = figures_end = end + 5
        if unit == "count" and value_max is None and (not number.words or number.value > 1):
            compound = _COMPOUND.match(s, end, limit)
            if compound and number.words and not self._spelled_compound(compound.group(1)):
                compound = None  # two-way, two-state, two-pronged: not counts
            if compound and not self._unit_or_currency_at(end):
                noun = compound.group(1)
                counted = None if noun in _STRENGTH else noun
                end = figures_end = compound.end()

        # qualifiers after: 800,000 or more, a dozen or so, 50-plus
        qualifier = number.qualifier
        post = lex.qualifier_after.match(s, end, limit)
        if post:
            qualifier = lex.qualifiers[_squash(post.group(1) or post.group(2).lstrip("-"))][0]
            end = figures_end = post.end()

        # multipliers and repetitions: eight times Pakistan's, three times larger; met three times
        if unit == "count" and counted is None and value_max is None and not number.proportion:
            times = _TIMES.match(s, end, limit)
            if times and not (number.words and number.value == 1):
                if self._multiplier_follows(times.end(), limit):
                    unit = "ratio"
                else:
                    counted = "time"
                end = figures_end = times.end()

        # the counted noun: 800,000 soldiers, thousands of Shahed-136 drones, two bad choices
        if unit == "count" and not number.proportion and counted is None:
            at = end
            if number.words and (number.qualifier or number.needs_of) and s.startswith(" of", at):
                at += 3
                # "billions of dollars"
                after = lex.currency_after.match(s, at, limit)
                if after and self._currency_case_ok(after.start(1), after.end(1)):
                    code, _pos, factor = lex.currencies[_squash(after.group(1))]
                    unit = code
                    end = figures_end = after.end()
            if unit == "count":
                head = self._head(at, limit, number.value if value_max is None else value_max)
                if head is not None:
                    counted, end = head
                    figures_end = end
                    post = lex.qualifier_after.match(s, end, limit)
                    if post and qualifier is None:  # 800,000 soldiers or more
                        phrase = post.group(1) or post.group(2).lstrip("-")
                        qualifier = lex.qualifiers[_squash(phrase)][0]
                        end = figures_end = post.end()
            if unit == "count" and counted is None and value_max is None:
                elided = self._elided(number, end, limit)
                if elided is not None:
                    unit, counted, end = elided
                    figures_end = end
            if unit == "count" and counted is None:
                if number.words and not number.scaled and number.qualifier is None:
                    return [], end  # "the two", "one of": a bare spelled-out number
                if number.needs_of:
                    return [], end

        # a year used as a date: in 2022, the 2015 deal, 2014-2022
        if (
            unit == "count"
            and number.plain
            and 1900 <= number.value <= 2100
            and "." not in s[number.start : number.end]
        ) and (
            counted is None or counted in lex.year_nouns or self._date_word_before(number.start)
        ):
            return [], figures_end  # a year, also as a modifier: below 2023 levels
        if (
            unit == "count"
            and counted is None
            and not number.words
            and self._address_after(end, limit)
        ):
            return [], end

        # qualifiers before: more than, exceeding, about, at least
        start = number.start if currency_start is None else min(currency_start, number.start)
        if range_start is not None:
            start = min(start, range_start)
        strict_ok = not number.words or number.scaled or unit != "count"
        q = self._qualifier(start, strict_ok)
        if (q is not None and range_start is None) or (
            q is not None and qualifier is None and value_max is None
        ):
            qualifier, start = q

        value = number.value * factor
        if value_max is not None:
            value_max = value_max * factor
        span = Span(start, figures_end)
        text = self.text[start:figures_end]
        return [
            Figure(
                span=span,
                text=text,
                value=_tidy(value),
                unit=unit,
                counted=counted,
                qualifier=qualifier,
                value_max=_tidy(value_max) if value_max is not None else None,
            )
        ], figures_end

    def _currency_case_ok(self, start: int, end: int) -> bool:
        written = self.lex.case_sensitive.get(_squash(self.s[start:end]))
        return written is None or self.text[start:end] == written

    def _cents_after(self, at: int, limit: int) -> tuple[float, int] | None:
        """'and forty-five cents', '50 cents' after a whole-dollar amount."""
        m = _CENTS_AFTER.match(self.s, at, limit)
        if not m:
            return None
        pos = m.end()
        if pos >= limit:
            return None
        if self.s[pos].isdigit():
            d = re.compile(r"(\d{1,2}) cents?(?![a-z])").match(self.s, pos, limit)
            return (int(d.group(1)) / 100, d.end()) if d else None
        number, _ = self._cardinal(pos, pos, None, limit)
        if number is None or number.value >= 100:
            return None
        c = re.compile(r" cents?(?![a-z])").match(self.s, number.end, limit)
        return (number.value / 100, c.end()) if c else None

    def _month_next_to(self, start: int, end: int) -> bool:
        before = _PREV_WORD.search(self.s, max(0, start - 12), start)
        if before and before.group(1).rstrip(".") in self.lex.months:
            return self.text[before.start(1)].isupper()
        after = re.compile(r"(?:st|nd|rd|th)?(?: of)? ([a-z]+)").match(self.s, end)
        if after and after.group(1) in self.lex.months:
            return self.text[after.start(1)].isupper()
        return False

    def _date_word_before(self, at: int) -> bool:
        before = _PREV_WORD.search(self.s, max(0, at - 16), at)
        if before is None:
            return False
        word = before.group(1).rstrip(".")
        if word.endswith("'s"):  # Russia's 2022 invasion, the president's 1995 tax filings
            return True
        return word in self.lex.date_prepositions or word in self.lex.months

    def _address_after(self, at: int, limit: int) -> bool:
        m = re.compile(r" ([a-z]+) ([a-z]+)\b").match(self.s, at, limit)
        return bool(m and self.text[m.start(1)].isupper() and m.group(2) in self.lex.address_nouns)

    def _qualifier(self, start: int, strict_ok: bool) -> tuple[str, int] | None:
        m = self.lex.qualifier_before.search(self.s, max(0, start - 24), start)
        if m is None:
            return None
        canonical, _pos, strict = self.lex.qualifiers[_squash(m.group(1))]
        if strict and not strict_ok:
            return None
        return canonical, m.start(1)

    def _range_second(
        self, number: _Number, end: int, unit: str, limit: int
    ) -> tuple[float | None, int, str, float, float, int | None] | None:
        """The upper end of a range after ``number``: (value, end, unit, factor, scale, start)."""
        lex, s = self.lex, self.s
        m = _RANGE_JOIN.match(s, end, limit)
        if not m:
            return None
        joint = m.group(1)
        range_start = None
        if joint == "and":
            between = re.compile(r"(?<![a-z])between\s+(?:\S+\s?)?\Z").search(
                s, max(0, number.start - 16), number.start
            )
            if not between:
                return None
            range_start = between.start()
        change = joint == "to" and _FROM_BEFORE.search(s, max(0, number.start - 12), number.start)
        if joint == "or" and not number.words:
            return None
        pos = m.end()
        before_currency = lex.currency_before_at.match(s, pos, limit)
        if before_currency:
            code = lex.currencies[_squash(before_currency.group(1))][0]
            if unit not in ("count", code):
                return None  # "rose 2% to $1.45 billion": two figures
            pos = before_currency.end()
        if pos >= limit:
            return None
        if s[pos].isdigit():
            if number.words or (
                joint == "-" and s[end : end + 1] != "-" and m.group().strip() != "-"
            ):
                return None
            d = _DIGITS.match(s, pos, limit)
            if d is None:
                return None
            value2 = float(d.group().replace(",", "").replace(" ", ""))
            plain2 = d.group().isdigit()
            stop = d.end()
            if s[stop : stop + 1].isalpha():
                letters = _LETTERS.match(s, stop).group()
                abbreviation = lex.scale_abbreviations.get(letters)
                if abbreviation is None or (letters in lex.money_only and unit == "count"):
                    if not self._unit_or_currency_at(stop):
                        return None
                else:
                    value2 *= abbreviation
                    stop += len(letters)
                    plain2 = False
        else:
            if not number.words:
                return None
            w = _WORD.match(s, pos, limit)
            if w is None or not (w.group() in lex.units or w.group() in lex.tens):
                return None
            n2, stop = self._cardinal(pos, pos, None, limit)
            if n2 is None:
                return None
            value2, plain2, stop = n2.value, False, n2.end
        # a year range (2014-2022) is a period, not a figure
        years = number.plain and plain2 and unit == "count"
        if years and 1900 <= number.value <= 2100 and 1900 <= value2 <= 2100:
            return None
        scale = 1.0
        sm = lex.scale_after.match(s, stop, limit)
        if sm:
            scale = lex.scales.get(sm.group(1)) or lex.scale_abbreviations[sm.group(1)]
            value2 *= scale
            stop = sm.end()
        unit2, factor2 = unit, 1.0
        um = lex.unit_after.match(s, stop, limit)
        cm = lex.currency_after.match(s, stop, limit)
        found = None
        if um:
            found = (*lex.measure_units[_squash(um.group(1))][:2], um.end())
        elif cm and self._currency_case_ok(cm.start(1), cm.end(1)):
            code, _pos, cfactor = lex.currencies[_squash(cm.group(1))]
            found = (code, cfactor, cm.end())
        if found is not None:
            if unit not in ("count", found[0]):
                return None  # "2% to 5 km": two figures
            unit2, factor2, stop = found
        first = number.value * (
            scale if not number.scaled and number.value * scale <= value2 else 1.0
        )
        if value2 <= first:
            return None
        if change:  # "rose from 3 to 5 percent" is a change, not a range: lend the unit only
            return None, end, unit2, factor2, 0.0, None
        return value2, stop, unit2, factor2, (scale if scale != 1.0 else 0.0), range_start

    def _head(self, at: int, limit: int, value: float) -> tuple[str, int] | None:
        """The counted noun after a number: (singular head, end of the noun phrase)."""
        lex, s = self.lex, self.s
        pos = at
        head: tuple[str, int] | None = None
        modifiers = 0
        for _ in range(7):
            m = _HEAD_TOKEN.match(s, pos, limit)
            if m is None:
                break
            comma, word = m.group(1), m.group(2)
            token_end = m.end()
            dash = _DASH.search(self.text, m.start(2), token_end)
            if dash:  # "goals—dominion": a dash folded to "-" ends the word
                word = word[: dash.start() - m.start(2)]
                token_end = dash.start()
                if not word:
                    break
            if comma and (head is not None or modifiers == 0):
                break
            if word in ("and", "or") and head is None and modifiers > 0 and not comma:
                pos = m.end()  # coordinated modifiers: Russian and Belarusian aircraft
                continue
            if word in lex.head_stopwords and word not in lex.modifier_ok:
                break
            if word in lex.units or word in lex.tens or word in lex.scales:
                break
            singular = plural_to_singular(word) if value != 1 else None
            if singular is not None and "-" not in word[-3:]:
                head = (singular, token_end)
                pos = token_end
                if dash:
                    break
                # a run of plural nouns is a compound: "sanctions packages"
                continue
            if head is not None or dash:
                break
            modifiers += 1
            pos = token_end
        return head


def _squash(surface: str) -> str:
    return re.sub(r"\s+", " ", surface.strip())


def _tidy(value: float) -> float:
    """Round away binary noise (16.4 * 1e6) while keeping every digit a text can state."""
    return float(f"{value:.15g}")
