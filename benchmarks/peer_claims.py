"""The claims plugin on peer attribution data: PolNeAR (political news, hand-annotated source,
cue and content spans) and textacy's direct-quotation test cases.

    python benchmarks/peer_claims.py [--limit N]

Each PolNeAR unit (a paragraph, or paragraphs joined by an attribution) is run through the bundled
mentions stage and then the claims plugin, without the author's thesis statements (PolNeAR does
not annotate the writer's voice). Reported:

- content-overlap P/R/F1: a predicted claim matches a gold attribution when their content spans
  share a character (one-to-one, greedy in text order);
- cue P/R/F1: the same with cue spans (claims without a cue count as predictions without a match);
- speaker accuracy: of the content-matched pairs whose gold attribution has a source, the share
  whose predicted speaker span overlaps the gold source span.

PolNeAR annotates far more than statements (plans, perceptions, "shows", polls, headlines with a
colon), so its recall is an upper bound on what an attribution-of-statements extractor should
reach; precision and speaker accuracy are the more telling figures.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from geobrief_claims import extract_claims

import geobrief
from geobrief import Article, Span
from geobrief.text import Doc

PEERS = Path(__file__).resolve().parent / "peers"


def _spans(pairs: list[list[int]]) -> list[Span]:
    return [Span(s, e) for s, e in pairs]


def _match(gold: list, pred: list, same) -> list[tuple]:
    used: set[int] = set()
    pairs = []
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and same(g, p):
                used.add(i)
                pairs.append((g, p))
                break
    return pairs


def _prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def polnear(pipeline: geobrief.Pipeline, limit: int | None) -> dict[str, float]:
    rows = [json.loads(line) for line in (PEERS / "polnear_dev.jsonl").open(encoding="utf-8")]
    if limit:
        rows = rows[:limit]
    content_tp = cue_tp = cue_pred = preds = golds = 0
    speaker_right = speaker_total = 0
    direct_tp = direct_gold = 0
    for row in rows:
        article = Article(
            id=f"{row.get('doc', 'row')}:{row.get('unit_index', 0)}", text=row["text"]
        )
        result = pipeline.run(article)
        claims, _, _ = extract_claims(Doc(article), result.actors, result.mentions, author=False)
        gold = [
            {
                "content": _spans(e["content_spans"]),
                "cue": _spans(e["cue_spans"]),
                "speaker": _spans(e["speaker_spans"]),
                "direct": any(q in e["content"][:2] for q in '"\u201c'),
            }
            for e in row["expected"]
        ]
        golds += len(gold)
        preds += len(claims)
        pairs = _match(gold, claims, lambda g, c: any(s.overlaps(c.span) for s in g["content"]))
        content_tp += len(pairs)
        for g, c in pairs:
            if g["speaker"]:
                speaker_total += 1
                speaker_right += bool(
                    c.speaker_span is not None
                    and any(s.overlaps(c.speaker_span) for s in g["speaker"])
                )
        for g in gold:
            if g["direct"]:
                direct_gold += 1
                direct_tp += any(g is m for m, _ in pairs)
        with_cue = [c for c in claims if c.cue_span is not None]
        cue_pred += len(claims)
        cue_tp += len(
            _match(gold, with_cue, lambda g, c: any(s.overlaps(c.cue_span) for s in g["cue"]))
        )
    cp, cr, cf = _prf(content_tp, preds, golds)
    qp, qr, qf = _prf(cue_tp, cue_pred, golds)
    return {
        "units": len(rows),
        "gold attributions": golds,
        "predicted claims": preds,
        "content P": cp,
        "content R": cr,
        "content F1": cf,
        "cue P": qp,
        "cue R": qr,
        "cue F1": qf,
        "speaker accuracy (content-matched, gold source present)": (
            speaker_right / speaker_total if speaker_total else 0.0
        ),
        "recall of quotation-initial gold contents": direct_tp / direct_gold
        if direct_gold
        else 0.0,
    }


def textacy(pipeline: geobrief.Pipeline) -> dict[str, float]:
    rows = [
        json.loads(line)
        for line in (PEERS / "textacy_direct_quotations.jsonl").open(encoding="utf-8")
    ]
    positives_right = positives = negatives_right = negatives = 0
    for row in rows:
        article = Article(id="textacy", text=row["text"])
        result = pipeline.run(article)
        claims, _, _ = extract_claims(Doc(article), result.actors, result.mentions, author=False)
        direct = [c for c in claims if c.direct]
        if not row["expected"]:
            negatives += 1
            negatives_right += not direct
            continue
        for e in row["expected"]:
            positives += 1
            start = row["text"].find(e["content"])
            content = Span(start, start + len(e["content"]))
            speaker_words = set(e["speaker"].split())
            positives_right += any(
                c.span.overlaps(content)
                and c.cue == e["cue"]
                and set((c.speaker_name or "").split()) & speaker_words
                for c in direct
            )
    return {
        "quotations found with cue and speaker": positives_right,
        "quotations": positives,
        "negatives without a quotation claim": negatives_right,
        "negatives": negatives,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="first N PolNeAR units only")
    args = parser.parse_args()
    # Mentions and actors only: the claims plugin is called directly, without author claims.
    pipeline = geobrief.Pipeline(
        environment=False, disable=("claims", "figures", "times", "relations", "stances")
    )
    for name, scores in (
        ("PolNeAR dev", polnear(pipeline, args.limit)),
        ("textacy", textacy(pipeline)),
    ):
        print(f"## {name}")
        for key, value in scores.items():
            print(
                f"  {key:<58} {value:.3f}" if isinstance(value, float) else f"  {key:<58} {value}"
            )


if __name__ == "__main__":
    main()
