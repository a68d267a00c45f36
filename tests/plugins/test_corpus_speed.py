"""The corpus plugin's shortcuts for large corpora (sentences cut once per wording, names and
claims compared through indexes, candidate pairs counted in one pass) find exactly what the
direct computations find: each is checked against a plain exhaustive version written here."""

from __future__ import annotations

import itertools
import math
import random
from collections import defaultdict

import pytest
from geobrief_corpus import crossing, diff, textsim
from geobrief_corpus.diff import name_variants, values
from geobrief_corpus.textsim import Corpus, segment
from hypothesis import given, settings
from hypothesis import strategies as st

from geobrief import Article, Claim, Result
from geobrief.text import Doc

STORY = """Talks Stall Over Grain Corridor

Negotiators from Turkey, Ukraine and Russia met in Istanbul on Monday, but the talks ended without
an agreement on the grain corridor. Officials said shipments fell by 40 percent in March 2023; the
United Nations warned that prices could rise again. "We will not accept new conditions," said
Ukrainian minister Oleksandr Kubrakov -- a position Moscow rejected.

Analyst Hafsa Mbeki of the Nairobi Policy Institute said the deal would not survive the winter.
She argued that the European Union (and the United States) should press Russia to return. About
three hundred ships are waiting in the Black Sea, according to port data from 12 April 2023.

- A dash opens this line, and it is cut: here.
Prices rose 4.5 per cent, the ministry said, while exporters failed to find new routes.
"""


def _edited(text: str, k: int) -> str:
    """The story with one word of every long line changed, as a republished copy might be."""
    lines = []
    for line in text.split("\n"):
        words = line.split(" ")
        if len(words) > 6:
            i = 2 + k % (len(words) - 3)
            words[i] = words[i] + ("s" if k % 2 else "-x")
        lines.append(" ".join(words))
    return "\n".join(lines)


def _texts(n: int = 6) -> list[textsim.Text]:
    articles = [Article.from_text(STORY, id="s0")]
    articles += [Article.from_text(_edited(STORY, k), id=f"s{k}") for k in range(1, n)]
    cache: dict = {}
    return [segment(a, Doc(a), cache) for a in articles]


def _rows(text: textsim.Text) -> list[tuple]:
    return [(s.sentence, s.start, s.end, s.key, dict(s.terms)) for s in text.segments]


def test_corpus_speed_sentence_cache_cuts_as_the_whole_body_scan(monkeypatch):
    cached = _texts()
    # the whole-body scan for every sentence, no cache: what segmenting did before
    monkeypatch.setattr(textsim, "_isolated", lambda *args: False)
    for text in cached:
        direct = segment(text.article, Doc(text.article))
        assert _rows(text) == _rows(direct)
        assert text.fingerprint == direct.fingerprint
    # lines broken inside sentences, a dash opening a line, brackets, quotes
    assert all(len(t.segments) > 15 for t in cached)


def test_corpus_speed_sentence_cache_shares_wording_not_offsets():
    a = Article.from_text("Title\n\nThe army said it would not withdraw, officials added.", id="a")
    b = Article.from_text(
        "Another title here\n\nA first sentence comes first. "
        "The army said it would not withdraw, officials added.",
        id="b",
    )
    cache: dict = {}
    ta, tb = segment(a, Doc(a), cache), segment(b, Doc(b), cache)
    assert [s.key for s in ta.segments] == [s.key for s in tb.segments][-len(ta.segments) :]
    for text in (ta, tb):
        for seg in text.segments:
            assert text.doc.normalized[seg.start : seg.end].lower().startswith(seg.key[:3])


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_corpus_speed_values_depend_on_the_passage_and_one_character_before(data):
    text = (
        "On 3 March 2020, $500 billion and 800,000 troops; since 2015 about three hundred "
        "ships, 4.5 percent, Su-35 jets, May 2021 and -12 or 1,200.5 units in December 2024."
    )
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start, len(text)))
    # the pattern scanned over the text itself, stopping at ``end``
    direct = list(diff._values_in.__wrapped__(text[:end], start))
    assert values(text, start, end) == direct


def _names_exhaustive(a: textsim.Text, b: textsim.Text) -> list:
    """Every pair of names with the same last initial compared (the plain way)."""
    first: dict = {}
    for text in (a, b):
        for words, starts, end in diff.name_chunks(text):
            first.setdefault(words, (text.article.id, starts, end))
    names = sorted(first, key=lambda w: (first[w][0] != a.article.id, first[w][1]))
    found, seen = [], set()
    for words in names:
        for other in names:
            if other == words or other[-1][:1].lower() != words[-1][:1].lower():
                continue
            pair = diff._differing(words, other)
            if pair is None or frozenset(pair) in seen:
                continue
            seen.add(frozenset(pair))
            k = min(len(words), len(other))
            fx, fy = first[words], first[other]
            x = (fx[0], fx[1][len(words) - k], fx[2])
            y = (fy[0], fy[1][len(other) - k], fy[2])
            if (x[0] == a.article.id) < (y[0] == a.article.id) or (x[0] == y[0] and x[1] > y[1]):
                x, y = y, x
            found.append((x, y))
    return found


def test_corpus_speed_name_variants_as_exhaustive_comparison():
    base = STORY + "\nKubrakow spoke later. Ivana Stradner and Hafsa Mbeky disagreed.\n"
    other = (
        base.replace("Oleksandr Kubrakov", "Oleksandr Kubrakob")
        .replace("Istanbul", "Istambul")
        .replace("Nairobi", "Nariobi")
        + "\nIvana Strander of the Black Sea Institute answered; Mbekii agreed.\n"
    )
    a, b = (Article.from_text(t, id=i) for t, i in ((base, "a"), (other, "b")))
    ta, tb = segment(a, Doc(a)), segment(b, Doc(b))
    for x, y in ((ta, tb), (tb, ta), (ta, ta)):
        assert name_variants(x, y) == _names_exhaustive(x, y)
    texts = {"a": a.text, "b": b.text}
    found = {tuple(texts[art][s:e] for art, s, e in pair) for pair in name_variants(ta, tb)}
    assert ("Oleksandr Kubrakov", "Oleksandr Kubrakob") in found  # across the two
    assert ("Hafsa Mbeki", "Hafsa Mbeky") in found  # inside the first


def test_corpus_speed_candidates_as_pairwise_signature_overlap():
    texts = _texts(5)
    other = Article.from_text(
        "Baltic Air Defence\n\nEstonia, Latvia and Lithuania agreed to buy air defence systems "
        "together, ministers said in Riga on Friday, after drones crossed their airspace.",
        id="other",
    )
    texts.append(segment(other, Doc(other)))
    # short articles need fewer shared terms (a third of the smaller signature, at least three)
    for k, body in enumerate(
        ("Oil prices rose sharply in Asia.", "Oil prices rose again, traders said.")
    ):
        short = Article.from_text(f"Markets\n\n{body}", id=f"short{k}")
        texts.append(segment(short, Doc(short)))
    corpus = Corpus(texts)
    signatures = [corpus.signature(t) for t in texts]
    expected = []
    for a, b in itertools.combinations(range(len(texts)), 2):
        count = len(signatures[a] & signatures[b])
        need = min(8, max(3, min(len(signatures[a]), len(signatures[b])) // 3))
        if count >= need:
            expected.append((-count, a, b))
    assert corpus.candidates(range(len(texts))) == [(a, b) for _, a, b in sorted(expected)]
    assert (-3, len(texts) - 2, len(texts) - 1) in expected
    # the signature: the forty heaviest terms, ties by the term
    for text, signature in zip(texts, signatures, strict=True):
        weights: dict[str, float] = defaultdict(float)
        for seg in text.segments:
            for term, count in seg.terms.items():
                weights[term] += count * corpus.idf(term)
        ranked = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))
        assert signature == {t for t, _ in ranked[: Corpus.SIGNATURE]}


def _claims_exhaustive(results, component, idf) -> list:
    """Every pair of claims of different groups scored (the plain way)."""
    items, seen = [], set()
    for result in results:
        comp = component(result.article.id)
        for claim in result.claims:
            key = (comp, " ".join(claim.text.lower().split()))
            if key in seen:
                continue
            seen.add(key)
            terms = crossing._terms(claim.text)
            if len(terms) < 3:
                continue
            vector = {t: idf(t) for t in terms}
            norm = math.sqrt(sum(v * v for v in vector.values()))
            items.append((result, claim, {t: v / norm for t, v in vector.items()}))
    parent = list(range(len(items)))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    for k, (result, _, vector) in enumerate(items):
        for other in range(k + 1, len(items)):
            score = sum(w * items[other][2].get(t, 0.0) for t, w in vector.items())
            if score >= crossing.CLAIM_SIMILARITY and component(
                items[other][0].article.id
            ) != component(result.article.id):
                parent[find(other)] = find(k)
    clusters = defaultdict(list)
    for k in range(len(items)):
        clusters[find(k)].append(k)
    out = []
    for members in clusters.values():
        by_comp = {}
        for k in members:
            result, claim, _ = items[k]
            entry = crossing._evidence(result, claim.span, claim.text)
            entry["speaker"] = claim.speaker
            by_comp.setdefault(component(result.article.id), entry)
        if len(by_comp) >= 2:
            evidence = sorted(by_comp.values(), key=crossing._order)
            out.append({"kind": "claim", "summary": evidence[0]["text"], "evidence": evidence})
    return out


CLAIMS = [
    "the sanctions have cut oil revenue sharply this year",
    "the sanctions have cut oil revenues sharply this year",
    "oil revenue fell sharply after the sanctions this year",
    "the ceasefire will hold through the winter months",
    "the ceasefire could hold through the winter",
    "grain exports through the corridor resumed on Monday",
    "talks on the grain corridor resumed in Istanbul",
    "the army denied that troops crossed the border",
]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_corpus_speed_claims_corroborated_as_exhaustive_comparison(seed):
    rnd = random.Random(seed)
    results = []
    for k in range(24):
        chosen = rnd.sample(CLAIMS, 4)
        text = "Title\n\n" + " ".join(f"Officials said {c}." for c in chosen)
        article = Article.from_text(text, id=f"a{k:02d}")
        claims = []
        for c in chosen:
            start = text.index(c)
            claims.append(Claim((start, start + len(c)), c, speaker=f"p{rnd.randrange(3)}"))
        results.append(Result(article=article, claims=claims))
    groups = {r.article.id: rnd.randrange(4) for r in results}
    idf = {}

    def weight(term: str) -> float:
        return idf.setdefault(term, 1.0 + (sum(map(ord, term)) % 7) / 3)

    found = crossing.claims_corroborated(results, groups.__getitem__, weight)
    assert found == _claims_exhaustive(results, groups.__getitem__, weight)
    assert found
