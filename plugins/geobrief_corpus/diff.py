"""Typed differences between two aligned articles: changed dates and numbers, changed names,
flipped polarity and claims moved to another speaker.

Aligned segments are grouped (a clause of one article may be retold in two clauses of the other)
and each group is compared value by value. Only a value that has a *different* counterpart is a
discrepancy: what a retelling leaves out or adds is not, and neither is rewording.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from geobrief import Result

from .lexicon import (
    first_letters,
    months,
    negation_pattern,
    number_words,
    restrictive_pattern,
    stopwords,
)
from .textsim import Alignment, Pair, Segment, Text

__all__ = ["Value", "compare", "groups", "name_variants", "negations", "values"]


@dataclass(frozen=True)
class Value:
    """A date or a number read from the text."""

    kind: str  # "date" or "number"
    value: tuple[Any, ...]
    start: int
    end: int


# -- reading values ------------------------------------------------------------------------------


@cache
def _value_pattern() -> re.Pattern[str]:
    names = sorted(months(), key=len, reverse=True)
    month = "(?:" + "|".join(n.capitalize() for n in names) + r")\.?"
    words = sorted(number_words(), key=len, reverse=True)
    word = "(?:" + "|".join(re.escape(w) for w in words if len(w) > 2) + ")"
    scale = (
        "(?:" + "|".join(re.escape(w) for w, (_, k) in number_words().items() if k == "scale") + ")"
    )
    number = r"\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    year = r"(?:1[6-9]|20)\d\d"
    # every alternative begins with a digit, a currency sign or a letter of a word listed
    first = first_letters([*months(), *(w for w in number_words() if len(w) > 2)], "$€£").replace(
        "[", r"[\d", 1
    )
    return re.compile(
        first + rf"(?:(?P<date1>(?P<d1>{day})\s+(?P<m1>{month})(?:,?\s+(?P<y1>{year}))?)(?![\w])"
        rf"|(?P<date2>(?P<m2>{month})(?:\s+(?P<d2>{day}))?(?:,?\s+(?P<y2>{year}))?)(?![\w])"
        rf"|(?<![\w.,$€£-])(?P<y3>{year})(?![\w%]|[.,]\d)"
        rf"|(?<![\w.,-])(?P<num>[$€£]?(?:{number}))(?:\s*(?P<scale>{scale})\b)?(?P<pct>\s*(?:%|per\s?cent\b))?(?![\w-])"
        rf"|(?<![\w-])(?P<word>{word}(?:[- ]{word})*)(?:\s+(?P<wscale>{scale})\b)?(?![\w-]))",
        re.IGNORECASE,
    )


def _month(text: str) -> int:
    return months()[text.rstrip(".").lower()]


def _words_value(text: str) -> float | None:
    total, current = 0.0, 0.0
    seen = False
    parts = re.split(r"[- ]+", text.lower())
    if number_words().get(parts[0], (0, ""))[1] == "scale":
        return None  # "millions of people" states no number
    for part in parts:
        entry = number_words().get(part)
        if entry is None:
            return None
        value, kind = entry
        seen = True
        if kind == "scale":
            current = (current or 1.0) * value
            if value >= 1000:
                total += current
                current = 0.0
        else:
            current += value
    return total + current if seen else None


def values(text: str, start: int, end: int) -> list[Value]:
    """Dates and numbers in ``text[start:end]`` (the article's normalised text)."""
    # The pattern looks back one character at most and not past ``end``: what it finds depends
    # on that stretch alone, so a passage recurring in other articles is read once.
    at = max(start - 1, 0)
    found = _values_in(text[at:end], start - at)
    if at == 0:
        return list(found)
    return [Value(v.kind, v.value, v.start + at, v.end + at) for v in found]


@lru_cache(maxsize=1 << 14)
def _values_in(text: str, start: int) -> tuple[Value, ...]:
    out: list[Value] = []
    for m in _value_pattern().finditer(text, start):
        if m.group("date1") or m.group("date2"):
            month_text = m.group("m1") or m.group("m2")
            if not month_text[0].isupper():
                continue
            day_text = m.group("d1") or m.group("d2")
            year_text = m.group("y1") or m.group("y2")
            if (
                day_text is None
                and year_text is None
                and month_text.rstrip(".").lower()
                in (
                    "may",
                    "march",
                    "mar",
                    "jan",
                    "feb",
                    "apr",
                    "jun",
                    "jul",
                    "aug",
                    "sep",
                    "sept",
                    "oct",
                    "nov",
                    "dec",
                )
            ):
                continue  # a bare "May" or "March" is as likely a verb as a month
            day = int(re.match(r"\d+", day_text).group()) if day_text else None
            if day is not None and not 1 <= day <= 31:
                continue
            out.append(
                Value(
                    "date",
                    (int(year_text) if year_text else None, _month(month_text), day),
                    m.start(),
                    m.end(),
                )
            )
        elif m.group("y3"):
            out.append(Value("date", (int(m.group("y3")), None, None), m.start(), m.end()))
        elif m.group("num"):
            raw = m.group("num").lstrip("$€£").replace(",", "")
            value = float(raw)
            if m.group("scale"):
                value *= number_words()[m.group("scale").lower()][0]
            unit = "percent" if m.group("pct") else ""
            out.append(Value("number", (value, unit), m.start(), m.end()))
        elif m.group("word"):
            value = _words_value(m.group("word"))
            if value is None:
                continue
            if m.group("wscale"):
                value *= number_words()[m.group("wscale").lower()][0]
            out.append(Value("number", (value, ""), m.start(), m.end()))
    return tuple(out)


def _compatible(x: Value, y: Value) -> bool:
    if x.kind != y.kind:
        return False
    if x.kind == "number":
        a, b = x.value[0], y.value[0]
        return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0) and x.value[1] == y.value[1]
    both = [
        (p, q) for p, q in zip(x.value, y.value, strict=True) if p is not None and q is not None
    ]
    return bool(both) and all(p == q for p, q in both)


def _changed(xs: list[Value], ys: list[Value]) -> list[tuple[Value, Value]]:
    """Values of the same kind on both sides with no compatible counterpart, paired in order."""
    left = list(xs)
    right = list(ys)
    for x in list(left):
        match = next((y for y in right if _compatible(x, y)), None)
        if match is not None:
            left.remove(x)
            right.remove(match)
    pairs = []
    for kind in ("date", "number"):
        lx = [v for v in left if v.kind == kind]
        ry = [v for v in right if v.kind == kind]
        options = sorted(
            (_distance(x, y), k, m) for k, x in enumerate(lx) for m, y in enumerate(ry)
        )
        used_x: set[int] = set()
        used_y: set[int] = set()
        for _cost, k, m in options:
            if k not in used_x and m not in used_y:
                used_x.add(k)
                used_y.add(m)
                pairs.append((lx[k], ry[m]))
    return sorted(pairs, key=lambda p: p[0].start)


def _distance(x: Value, y: Value) -> float:
    """How far apart two values of one kind are, to pair each changed value with the nearest
    one: numbers by ratio, dates by the fields they share and by how far apart they are."""
    if x.kind == "number":
        a, b = abs(x.value[0]) or 1e-9, abs(y.value[0]) or 1e-9
        return abs(math.log(a / b)) + (0.0 if x.value[1] == y.value[1] else 5.0)
    cost = 0.0
    for p, q, weight in zip(x.value, y.value, (1.0, 12.0, 31.0), strict=True):
        if p is None or q is None:
            cost += 0.5 if (p is None) != (q is None) else 0.0
        else:
            cost += min(abs(p - q) / weight, 1.0) + (0.0 if p == q else 0.25)
    return cost


# -- polarity ------------------------------------------------------------------------------------


def negations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Negation cues in ``text[start:end]`` that deny their clause (a negated comparative of
    limit, "did not exceed", is not one)."""
    return [(start + s, start + e) for s, e in _negations_in(text[start:end])]


@lru_cache(maxsize=1 << 14)
def _negations_in(text: str) -> tuple[tuple[int, int], ...]:
    lowered = text.lower()
    restrictive = restrictive_pattern()
    return tuple(
        (m.start(), m.end())
        for m in negation_pattern().finditer(lowered)
        if not restrictive.match(lowered, m.end())
    )


# -- names ---------------------------------------------------------------------------------------

_NAME = re.compile(r"[A-Z][\w'\-]*[\w]")


def _damerau_one(x: str, y: str) -> bool:
    """Whether one substitution, insertion, deletion or swap of neighbours turns x into y."""
    if x == y or abs(len(x) - len(y)) > 1:
        return False
    if len(x) == len(y):
        diff = [k for k in range(len(x)) if x[k] != y[k]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and x[diff[0]] == y[diff[1]]
            and x[diff[1]] == y[diff[0]]
        )
    if len(x) > len(y):
        x, y = y, x
    k = 0
    while k < len(x) and x[k] == y[k]:
        k += 1
    return x[k:] == y[k + 1 :]


def _variant(x: str, y: str) -> bool:
    """Two spellings of one name: long enough, one edit apart, not one word's inflection of the
    other (Iran, Iranian; Korea, Korean)."""
    a, b = x.lower(), y.lower()
    if len(a) < 5 or len(b) < 5 or a[0] != b[0]:
        return False
    if a.startswith(b) or b.startswith(a):
        return False
    return _damerau_one(a, b)


def name_chunks(text: Text) -> list[tuple[tuple[str, ...], tuple[int, ...], int]]:
    """Runs of capitalised words in the body (a sentence's first word only when it is not a
    function word), possessives dropped: ``(("Ivana", "Stradner"), word starts, end)``."""
    cached = text.cache.get("names")
    if cached is not None:
        return cached
    source = text.doc.normalized
    out = []
    for s, e in text.sentences:
        for words, starts, end in _sentence_names(source[s:e]):
            out.append((words, tuple(s + k for k in starts), s + end))
    text.cache["names"] = out
    return out


_POSSESSIVE = re.compile(r"'s?$")


@lru_cache(maxsize=1 << 14)
def _sentence_names(sentence: str) -> tuple[tuple[tuple[str, ...], tuple[int, ...], int], ...]:
    """The name runs of one sentence, offsets relative to it (a sentence recurring in other
    articles is read once)."""
    stop = stopwords()
    chunks = []
    run: list[re.Match[str]] = []
    for m in _NAME.finditer(sentence):
        word = m.group()
        if m.start() == 0 and (word.lower() in stop or (word.isupper() and len(word) < 3)):
            continue
        if run and sentence[run[-1].end() : m.start()] == " ":
            run.append(m)
            continue
        if run:
            chunks.append(run)
        run = [m]
    if run:
        chunks.append(run)
    return tuple(
        (
            tuple(_POSSESSIVE.sub("", m.group()) for m in run),
            tuple(m.start() for m in run),
            run[-1].end(),
        )
        for run in chunks
    )


@lru_cache(maxsize=1 << 14)
def _spelling_keys(word: str) -> tuple[tuple[str, str], ...]:
    """Keys two last words of variant names share: the word itself when they are equal, else
    (when long enough to be variants) the lower-case word or one of its one-letter deletions;
    two words one substitution, insertion, deletion or swap apart always share one of these."""
    keys = [("=", word)]
    lowered = word.lower()
    if len(lowered) >= 5:
        keys.append(("~", lowered))
        keys.extend(("~", lowered[:k] + lowered[k + 1 :]) for k in range(len(lowered)))
    return tuple(dict.fromkeys(keys))


def _first_names(text: Text) -> dict[tuple[str, ...], tuple[tuple[int, ...], int]]:
    """Each distinct name of an article with its first occurrence (word starts, end), in the
    order of the text; built once per article."""
    found = text.cache.get("first_names")
    if found is None:
        found = {}
        source = text.doc.normalized
        for s, e in text.sentences:
            for words, starts, end in _sentence_names(source[s:e]):
                if words not in found:
                    found[words] = (tuple(s + k for k in starts), s + end)
        text.cache["first_names"] = found
    return found


def _name_index(
    text: Text,
) -> tuple[dict[tuple[str, str], list[tuple[str, ...]]], list[Any], dict[tuple[str, ...], int]]:
    """The distinct names of an article by the keys of their last words, the pairs of them that
    are variants of one name ``(x, y, (spelling in x, spelling in y))``, and each name's rank in
    the order of the text; built once per article."""
    found = text.cache.get("name_index")
    if found is None:
        by_key: dict[tuple[str, str], list[tuple[str, ...]]] = {}
        first = _first_names(text)
        variants = _add_names(by_key, first)
        found = text.cache["name_index"] = (by_key, variants, {w: x for x, w in enumerate(first)})
    return found


def _add_names(
    by_key: dict[tuple[str, str], list[tuple[str, ...]]],
    names: Iterable[tuple[str, ...]],
    also: dict[tuple[str, str], list[tuple[str, ...]]] | None = None,
) -> list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, str]]]:
    """Index ``names`` under ``by_key``, returning the variant pairs each forms with a name
    indexed before it (in ``by_key`` or ``also``). Variant names agree in their last words or
    differ there by one edit, so only names sharing a key of the last word are compared."""
    variants = []
    for words in names:
        tried: set[tuple[str, ...]] = set()
        for key in _spelling_keys(words[-1]):
            for index in (by_key, also):
                for other in index.get(key, ()) if index is not None else ():
                    if other in tried:
                        continue
                    tried.add(other)
                    pair = _differing(other, words)
                    if pair is not None:
                        variants.append((other, words, pair))
        for key in _spelling_keys(words[-1]):
            by_key.setdefault(key, []).append(words)
    return variants


def name_variants(a: Text, b: Text) -> list[tuple[tuple[str, int, int], tuple[str, int, int]]]:
    """Names spelt two ways across two linked articles (or inside one of them), as pairs of
    (article id, start, end) of their first occurrences: "Ivana Stradner" / "Ivana Strander".
    A single word is compared with the last word of a longer name; otherwise the names must agree
    in every word but one."""
    # The names of a in the order of a, then those only b has in the order of b. The variants
    # among a's names are known; a name only b has is compared with all the others.
    first_a, first_b = _first_names(a), _first_names(b)
    index_a, variants_a, rank_a = _name_index(a)
    extra = [w for w in first_b if w not in first_a]
    variants = [*variants_a, *_add_names({}, extra, index_a)]
    if not variants:
        return []
    rank_b = {w: len(rank_a) + x for x, w in enumerate(extra)}

    def position(words: tuple[str, ...]) -> int:
        return rank_a[words] if words in rank_a else rank_b[words]

    def first(words: tuple[str, ...]) -> tuple[str, tuple[int, ...], int]:
        if words in first_a:
            return (a.article.id, *first_a[words])
        return (b.article.id, *first_b[words])

    differing = []
    for x, y, (sx, sy) in variants:
        px, py = position(x), position(y)
        differing.append((px, py, x, y, (sx, sy)))
        differing.append((py, px, y, x, (sy, sx)))
    found = []
    seen: set[frozenset[str]] = set()
    for _, _, words, other, pair in sorted(differing, key=lambda d: (d[0], d[1])):
        if frozenset(pair) in seen:
            continue
        seen.add(frozenset(pair))
        k = min(len(words), len(other))
        # report the aligned tails: "Hafsa Mbeki" of "Analyst Hafsa Mbeki"
        fx, fy = first(words), first(other)
        p = (fx[0], fx[1][len(words) - k], fx[2])
        q = (fy[0], fy[1][len(other) - k], fy[2])
        if (p[0] == a.article.id) < (q[0] == a.article.id) or (p[0] == q[0] and p[1] > q[1]):
            p, q = q, p
        found.append((p, q))
    return found


def _differing(x: tuple[str, ...], y: tuple[str, ...]) -> tuple[str, str] | None:
    """The two spellings that make names x and y differ, if they are variants of one name: their
    last words aligned, they agree in every word they share but one ("Analyst Hafsa Mbeki" and
    "Hafsa Mbeky"; "Stradner" and "Ivana Strander")."""
    k = min(len(x), len(y))
    tail_x, tail_y = x[len(x) - k :], y[len(y) - k :]
    diff = [n for n in range(k) if tail_x[n] != tail_y[n]]
    if len(diff) == 1 and _variant(tail_x[diff[0]], tail_y[diff[0]]):
        return tail_x[diff[0]], tail_y[diff[0]]
    return None


# -- groups and comparison -----------------------------------------------------------------------


def groups(alignment: Alignment) -> list[tuple[list[int], list[int], str]]:
    """Connected groups of aligned segments: (segments of a, segments of b, kind), where kind is
    ``gap`` when the group was aligned by position only. Computed once per alignment (the
    list is shared: do not change it)."""
    found = alignment.cache.get("groups")
    if found is None:
        found = alignment.cache["groups"] = _groups(alignment.pairs)
    return found


def _groups(pairs: list[Pair]) -> list[tuple[list[int], list[int], str]]:
    degree_a = Counter(p.i for p in pairs)
    degree_b = Counter(p.j for p in pairs)
    out = []
    # a pair whose segments are in no other pair is a group of its own (most of them are)
    tied = []
    for p in pairs:
        if degree_a[p.i] == 1 and degree_b[p.j] == 1:
            out.append(([p.i], [p.j], "gap" if p.kind == "gap" else "anchor"))
        else:
            tied.append(p)
    # union-find over the others: segments of a as themselves, those of b after them
    offset = max((p.i for p in tied), default=-1) + 1
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        root = parent.setdefault(x, x)
        while root != x:
            x = root
            root = parent[x]
        return root

    for pair in tied:
        ra, rb = find(pair.i), find(offset + pair.j)
        if ra != rb:
            parent[rb] = ra
    members: dict[int, tuple[set[int], set[int], set[str]]] = {}
    for pair in tied:
        entry = members.get(root := find(pair.i))
        if entry is None:
            entry = members[root] = (set(), set(), set())
        entry[0].add(pair.i)
        entry[1].add(pair.j)
        entry[2].add(pair.kind)
    for xs, ys, kinds in members.values():
        kind = "gap" if kinds == {"gap"} else "anchor"
        out.append((sorted(xs), sorted(ys), kind))
    out.sort()
    return out


def _span(segments: list[Segment], indices: list[int]) -> tuple[int, int]:
    return segments[indices[0]].start, segments[indices[-1]].end


def _claims_in(result: Result | None, start: int, end: int) -> list[Any]:
    if result is None:
        return []
    return [c for c in result.claims if c.span.start < end and start < c.span.end]


def compare(
    a: Text,
    b: Text,
    alignment: Alignment,
    result_a: Result | None = None,
    result_b: Result | None = None,
) -> Iterator[dict[str, Any]]:
    """Every discrepancy between two aligned articles, as plain dicts with both spans."""
    ta, tb = a.doc.normalized, b.doc.normalized
    same = {(p.i, p.j) for p in alignment.pairs if p.kind == "same"}
    for xs, ys, kind in groups(alignment):
        if all((i, j) in same for i in xs for j in ys):
            continue  # identical passages differ in nothing
        sa, ea = _span(a.segments, xs)
        sb, eb = _span(b.segments, ys)
        context = {"a": (sa, ea), "b": (sb, eb)}
        if kind == "anchor":
            va = [v for i in xs for v in values(ta, a.segments[i].start, a.segments[i].end)]
            vb = [v for j in ys for v in values(tb, b.segments[j].start, b.segments[j].end)]
            for x, y in _changed(va, vb):
                yield _record(x.kind, a, b, (x.start, x.end), (y.start, y.end), context)
        na = [c for i in xs for c in negations(ta, a.segments[i].start, a.segments[i].end)]
        nb = [c for j in ys for c in negations(tb, b.segments[j].start, b.segments[j].end)]
        if len(na) % 2 != len(nb) % 2:
            cues = {
                "a_cues": [a.doc.text[s:e] for s, e in na],
                "b_cues": [b.doc.text[s:e] for s, e in nb],
            }
            yield _record("polarity", a, b, (sa, ea), (sb, eb), context, cues)
        if kind == "anchor":
            yield from _moved_claims(a, b, result_a, result_b, (sa, ea), (sb, eb), context)
    for x, y in name_variants(a, b):
        text_x = a if x[0] == a.article.id else b
        text_y = a if y[0] == a.article.id else b
        yield {
            "kind": "name",
            "a": _evidence(text_x, x[1], x[2]),
            "b": _evidence(text_y, y[1], y[2]),
        }


def _moved_claims(
    a: Text,
    b: Text,
    result_a: Result | None,
    result_b: Result | None,
    span_a: tuple[int, int],
    span_b: tuple[int, int],
    context: dict[str, tuple[int, int]],
) -> Iterable[dict[str, Any]]:
    claims_a = [c for c in _claims_in(result_a, *span_a) if _named(c.speaker)]
    claims_b = [c for c in _claims_in(result_b, *span_b) if _named(c.speaker)]
    speakers_a = {c.speaker for c in claims_a}
    speakers_b = {c.speaker for c in claims_b}
    if not speakers_a or not speakers_b or speakers_a & speakers_b:
        return
    x, y = claims_a[0], claims_b[0]
    where_a = x.speaker_span or x.span
    where_b = y.speaker_span or y.span
    yield _record(
        "speaker",
        a,
        b,
        (where_a.start, where_a.end),
        (where_b.start, where_b.end),
        context,
        {"a_speaker": x.speaker, "b_speaker": y.speaker},
    )


def _named(speaker: str | None) -> bool:
    return speaker is not None and speaker != "author"


def _evidence(text: Text, start: int, end: int) -> dict[str, Any]:
    return {"article": text.article.id, "span": [start, end], "text": text.doc.text[start:end]}


def _record(
    kind: str,
    a: Text,
    b: Text,
    where_a: tuple[int, int],
    where_b: tuple[int, int],
    context: dict[str, tuple[int, int]],
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    record: dict[str, Any] = {
        "kind": kind,
        "a": _evidence(a, *where_a),
        "b": _evidence(b, *where_b),
        "a_context": _evidence(a, *context["a"]),
        "b_context": _evidence(b, *context["b"]),
    }
    if extra:
        record.update(extra)
    return record
