"""Agreement of the relations plugin with two event-coding gold sets.

    python benchmarks/peer_relations.py [--asserted-only] [--show N]

- ``peers/plover_gsr_cameo.jsonl``: the PLOVER gold-standard records (examples of the CAMEO
  manual recoded in PLOVER). Older labels are mapped to the current types: DEMAND -> REQUEST,
  DISAPPROVE and INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT.
- ``peers/petrarch2_gsr_validation.jsonl``: the PETRARCH2 validation sentences, CAMEO codes
  mapped to PLOVER with ``peers/CAMEO2PLOVER-2021.txt``; codes PLOVER dropped (comments,
  appeals: 01x, 02x) have no type and are left out.

Each sentence runs through the installed pipeline (actors, times, claims, relations; figures
and stances disabled). The peers code actors their own way, so both sides are reduced to a
country: the peers' ISO code (PETRARCH's first three letters, "IGO"/"NGO" for international and
non-governmental organisations; "---" is unknown), ours the state's id, a person's country, or
"IGO" for an organisation or bloc. Reported per set, over the gold events that have a PLOVER
type:

- type: some relation found in the sentence has the gold type (actors ignored);
- quad: ... has the gold type's quad class;
- actors: some relation links the gold source and target countries (either direction for
  symmetric types; the source alone where the gold event has no target), whatever its type;
- both: one relation has the type and the actors;
- precision: relations found in the sentences that match a gold event of their sentence (type
  and actors), over all relations found in sentences with gold events.

Hypothetical relations are included (the event coders do not separate them) unless
``--asserted-only`` is given.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from geobrief import Article, Pipeline
from geobrief.evaluate import SYMMETRIC, quad_class

PEERS = Path(__file__).resolve().parent / "peers"
OLD_LABELS = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}


def cameo_table() -> dict[str, str]:
    """CAMEO code -> PLOVER type, from CAMEO2PLOVER-2021.txt."""
    table = {}
    for line in (PEERS / "CAMEO2PLOVER-2021.txt").read_text("utf-8").splitlines():
        match = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if match:
            table[match.group(1)] = match.group(2)
    return table


def peer_country(code: object) -> str | None:
    if not isinstance(code, str) or not code or code.startswith("---"):
        return None
    if code.startswith(("IGO", "NGO")):
        return "IGO"
    return code[:3]


def codes(value: object) -> list[str]:
    if not value:
        return []
    if isinstance(value, str):
        return [value]
    return [a.get("code", "") if isinstance(a, dict) else str(a) for a in value]  # type: ignore[union-attr]


def load_plover() -> list[tuple[str, list[tuple[str, list[str | None], list[str | None]]]]]:
    rows = []
    for line in (PEERS / "plover_gsr_cameo.jsonl").read_text("utf-8").splitlines():
        record = json.loads(line)
        events = []
        for event in record["expected"]:
            label = OLD_LABELS.get(event["event"], event["event"])
            sources = [peer_country(c) for c in codes(event.get("source"))]
            targets = [peer_country(c) for c in codes(event.get("target"))]
            events.append((label, sources, targets))
        rows.append((record["text"], events))
    return rows


def load_petrarch() -> tuple[list, int]:
    table = cameo_table()
    rows = []
    dropped = 0
    for line in (PEERS / "petrarch2_gsr_validation.jsonl").read_text("utf-8").splitlines():
        record = json.loads(line)
        events = []
        for event in record["expected"]:
            code = str(event["event"])
            label = table.get(code) or table.get(code[:3])
            if label is None:
                dropped += 1
                continue
            events.append((label, [peer_country(event["source"])], [peer_country(event["target"])]))
        rows.append((record["text"], events))
    return rows, dropped


def our_country(actor_id: str, actors: dict) -> str:
    actor = actors.get(actor_id)
    if actor is None:
        return actor_id
    if actor.kind == "state":
        return actor.id
    if actor.kind == "person":
        return actor.country or actor.id
    return actor.country if actor.kind == "group" and actor.country else "IGO"


def score(
    name: str, rows: list, pipeline: Pipeline, show: int, asserted_only: bool = False
) -> dict[str, float]:
    counts = dict.fromkeys(("events", "type", "quad", "actors", "both"), 0)
    found_total = found_right = 0
    shown = 0
    for text, events in rows:
        if not events:
            continue
        result = pipeline.run(Article(id="peer", text=text))
        actors = {a.id: a for a in result.actors}
        found = [
            (r.type, our_country(r.source, actors), our_country(r.target, actors))
            for r in result.relationships
            if not (asserted_only and r.mode == "hypothetical")
        ]
        right = set()
        for label, sources, targets in events:
            counts["events"] += 1
            type_ok = any(t == label for t, _s, _t in found)
            quad_ok = any(quad_class(t) == quad_class(label) for t, _s, _t in found)

            def linked(s: str, t: str, symmetric: bool, sources=sources, targets=targets) -> bool:
                if s not in sources:
                    return bool(symmetric and t in sources and s in targets)
                return not targets or t in targets

            actor_hits = [i for i, (t, s, g) in enumerate(found) if linked(s, g, t in SYMMETRIC)]
            both_hits = [i for i in actor_hits if found[i][0] == label]
            right.update(both_hits)
            counts["type"] += type_ok
            counts["quad"] += quad_ok
            counts["actors"] += bool(actor_hits)
            counts["both"] += bool(both_hits)
            if not both_hits and shown < show:
                shown += 1
                print(
                    f"  [{name}] gold {label} {sources}->{targets}; found {found}\n    {text[:150]}"
                )
        found_total += len(found)
        found_right += len(right)
    n = counts["events"] or 1
    out = {k: counts[k] / n for k in ("type", "quad", "actors", "both")}
    out["precision"] = found_right / found_total if found_total else 0.0
    out["events"] = counts["events"]
    out["found"] = found_total
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--asserted-only", action="store_true")
    parser.add_argument("--show", type=int, default=0, help="print N disagreements per set")
    args = parser.parse_args()
    pipeline = Pipeline(disable=["figures", "stances"], environment=False)
    petrarch, dropped = load_petrarch()
    table = [
        (
            "PLOVER GSR (CAMEO manual examples)",
            score("plover", load_plover(), pipeline, args.show, args.asserted_only),
        ),
        (
            "PETRARCH2 GSR validation",
            score("petrarch2", petrarch, pipeline, args.show, args.asserted_only),
        ),
    ]
    print(f"(PETRARCH2 events with a CAMEO code PLOVER dropped, left out: {dropped})")
    print("| set | events | type | quad | actors | type+actors | precision | relations found |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, s in table:
        print(
            f"| {name} | {s['events']} | {s['type']:.3f} | {s['quad']:.3f} | {s['actors']:.3f}"
            f" | {s['both']:.3f} | {s['precision']:.3f} | {s['found']} |"
        )


if __name__ == "__main__":
    main()
