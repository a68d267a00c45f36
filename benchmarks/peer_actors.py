"""Agreement of the actors plugin with peer actor codings.

    python benchmarks/peer_actors.py [-v]

Two sets (see ``benchmarks/peers/README.md``):

- ``petrarch2_actor_phrases.jsonl``: noun phrases with expected CAMEO actor codes. A code whose
  first three letters are a state we know counts as found when a mention in the phrase is that
  state or belongs to it (a person's or group's country). Codes of international organisations
  (``IGO...``) and militant groups (``IMG...``) count when the phrase holds a mention of an
  organisation, bloc or group.
- ``plover_gsr_cameo.jsonl``: sentences with source and target actors, each with its text span
  and an actor code (ISO alpha-3 country part, or IGO/NGO). For each coded actor we take the
  mentions that overlap its span and compare the state they stand for with the code's country
  part. Reported: recall of coded actors, and agreement where we found something.

Older CAMEO country codes are mapped to ISO (JAP -> JPN); ``IGO``/``NGO`` are scored as
"organisation found".
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections import Counter
from pathlib import Path

import geobrief_actors
from geobrief_actors.gazetteer import actors as bundled_actors
from geobrief_actors.hooks import find_mentions

from geobrief import Article, Catalog, Doc, Mention

PEERS = Path(__file__).resolve().parent / "peers"
#: CAMEO country codes that differ from ISO 3166-1 alpha-3.
CAMEO_TO_ISO = {"JAP": "JPN", "ROM": "ROU", "SER": "SRB", "ZAR": "COD", "PAL": "PSE", "KOS": "XKX"}
ORG_KINDS = ("organization", "bloc", "group")


def _states_of(mention: Mention, catalog: Catalog, extra: dict) -> set[str]:
    actor = catalog.get(mention.actor) or extra.get(mention.actor)
    if actor is None:
        return set()
    if actor.kind == "state":
        return {actor.id}
    return {actor.country} if actor.country else set()


def _kinds_of(mention: Mention, catalog: Catalog, extra: dict) -> str:
    actor = catalog.get(mention.actor) or extra.get(mention.actor)
    return actor.kind if actor is not None else ""


def _run(text: str, catalog: Catalog, day: dt.date) -> tuple[list[Mention], dict]:
    article = Article(id="peer", text=text, published=day)
    items = find_mentions(article, Doc(article), catalog)
    mentions = [m for m in items if isinstance(m, Mention)]
    extra = {a.id: a for a in items if not isinstance(a, Mention)}
    return mentions, extra


def petrarch(catalog: Catalog, verbose: bool) -> tuple[int, int]:
    right = total = 0
    for line in (PEERS / "petrarch2_actor_phrases.jsonl").read_text("utf-8").splitlines():
        row = json.loads(line)
        day = dt.date(2015, 8, 13)
        mentions, extra = _run(row["text"], catalog, day)
        states = (
            set().union(*(_states_of(m, catalog, extra) for m in mentions)) if mentions else set()
        )
        orgs = any(_kinds_of(m, catalog, extra) in ORG_KINDS for m in mentions)
        for expected in row["expected"]:
            code = expected["actor_code"]
            country = CAMEO_TO_ISO.get(code[:3], code[:3])
            ok = orgs if code[:3] in ("IGO", "IMG", "NGO") else country in states
            right += ok
            total += 1
            if verbose:
                mark = "ok " if ok else "-- "
                print(f"{mark} {row['text']!r}: expected {code}, found {sorted(states)}")
    return right, total


def plover(catalog: Catalog, verbose: bool) -> tuple[Counter, Counter]:
    found = Counter()
    disagreements = Counter()
    for line in (PEERS / "plover_gsr_cameo.jsonl").read_text("utf-8").splitlines():
        row = json.loads(line)
        text = row["text"]
        mentions, extra = _run(text, catalog, dt.date(2000, 6, 1))
        for event in row["expected"]:
            for side in ("source", "target"):
                coded = event.get(side)
                if not isinstance(coded, list):
                    continue
                for item in coded:
                    phrase = item.get("actorText") or ""
                    code = (item.get("code") or "")[:3]
                    start = text.find(phrase) if phrase else -1
                    if start < 0 or not code:
                        continue
                    end = start + len(phrase)
                    inside = [m for m in mentions if m.span.start < end and start < m.span.end]
                    found["coded"] += 1
                    if code in ("IGO", "NGO", "IMG"):
                        found["coded organisations"] += 1
                        if any(_kinds_of(m, catalog, extra) in ORG_KINDS for m in inside):
                            found["organisation found"] += 1
                        continue
                    found["coded states"] += 1
                    country = CAMEO_TO_ISO.get(code, code)
                    states = (
                        set().union(*(_states_of(m, catalog, extra) for m in inside))
                        if inside
                        else set()
                    )
                    if states:
                        found["state found"] += 1
                        if country in states:
                            found["state agrees"] += 1
                        else:
                            disagreements[f"{phrase!r}: {code} vs {sorted(states)}"] += 1
                    elif verbose:
                        print(f"--  missed {phrase!r} ({code}) in {text[:90]!r}")
    return found, disagreements


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    catalog = Catalog(bundled_actors())
    right, total = petrarch(catalog, args.verbose)
    print(f"actors plugin {geobrief_actors.__version__}")
    print(f"PETRARCH2 actor phrases: {right}/{total} expected codes found ({right / total:.0%})")
    found, disagreements = plover(catalog, args.verbose)
    states = found["coded states"]
    print(
        f"PLOVER GSR: {found['coded']} coded actors; states: {found['state found']}/{states} "
        f"found ({found['state found'] / states:.0%}), country agrees on "
        f"{found['state agrees']}/{found['state found']} found "
        f"({found['state agrees'] / max(found['state found'], 1):.0%}), "
        f"{found['state agrees']}/{states} overall ({found['state agrees'] / states:.0%}); "
        f"organisations: {found['organisation found']}/{found['coded organisations']} found"
    )
    if disagreements:
        print("disagreements:")
        for what, count in disagreements.most_common(15):
            print(f"  {count} x {what}")


if __name__ == "__main__":
    main()
