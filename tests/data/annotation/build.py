"""Turn the hand-annotated sources of a held-out set into its corpus files and gold JSON.

Each article is written once, in ``source/<key>.marked.txt``, with the annotator's marks inline:

    [[surface|ACTOR_ID|form]]                          an actor mention
    {{surface|value|unit|counted|approx[|note]}}       a figure ("-" for null)
    <<surface|value|granularity[|note]>>               a time expression ("-" for null)

Marks nest (a demonym inside a figure, a name inside an institution phrase). Stripping the marks
gives the article file byte for byte; the marks give the offsets, from which ``text`` and
``occurrence`` are computed. Claims, relationships, stances, the actor catalogue and the article
fields are written by hand in ``source/<key>.py`` (every ``text``/``evidence`` is an exact
substring; an ``occurrence`` must be given whenever the substring is not unique).

Run ``python tests/data/annotation/build.py tests/data/heldout [KEY ...]``: rewrites the set's
``corpus/`` and ``gold/`` from its ``source/``.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path.cwd()  # the set being built; main() and build(root=...) set it
OPEN = {"[[": "actor", "{{": "figure", "<<": "time"}
CLOSE = {"]]": "actor", "}}": "figure", ">>": "time"}


COMMON = {
    "actors": (
        "Body only (no title, dek, dateline, captions, bylines or boilerplate). Same span "
        "conventions as the development gold: name and acronym forms without a leading 'the'; "
        "institution and title forms with their determiner; a title directly attached to a name "
        "gives only the name, but a demonym or another actor inside the title is kept ('Turkish' "
        "in 'Turkish President Recep Tayyip Erdoğan', 'UN' and 'Yemen' in 'The UN special envoy "
        "for Yemen, Hans Grundberg'); possessives annotate the bare name; hyphenated compounds "
        "give one mention per actor ('U.S.' in 'U.S.-backed'); a possessor of the same actor "
        "inside an institution phrase is part of that one mention ('Taiwan’s defence ministry'); "
        "another actor nested in an institution or title phrase is kept ('Trump' in 'the Trump "
        "administration'). Country names count wherever they occur (also as places and inside "
        "compounds such as 'Taiwan Strait'); capitals count only when they stand for the state. "
        "Plural demonym nouns ('Americans'), pronouns and anaphoric common nouns ('the group', "
        "'the army', 'the ministry', 'the island', 'the bloc') are not annotated. Armed forces and "
        "ministries named as such ('the People’s Liberation Army', 'Pakistan's air force') are "
        "institution mentions of their state; common-noun phrases ('U.S. forces') give only the "
        "demonym/acronym. Missions and organs with their own name and command (Operation "
        "Aspides, MINUSMA, Africa Corps) are their own actors; the UN Security Council is an "
        "institution mention of the UN. Persons carry their nationality as country."
    ),
    "figures": (
        "Body only. Years used as dates are in times; model and resolution numbers (Bayraktar "
        "TB2, J-10C, Resolution 2722, Strait Thunder-2025A) are not figures. Vague quantities "
        "without a numeric base ('many', 'several', 'multiple') are not figures; 'dozens', "
        "'decades', 'a few' are (lower bound, approx 'at least' or as qualified). Durations inside "
        "relative time expressions ('two years ago', 'the past five years') are figures as well "
        "as times. Idiomatic 'first' ('for the first time') is not a figure; counting ordinals "
        "and ranks ('the third time', 'fifth-highest') are (unit 'count' or 'rank'). Currencies "
        "other than USD/EUR use ISO codes (PKR, INR, TWD); other measures use their unit (km, "
        "nautical mile, week, hour, ratio). Ranges give the lower bound as value."
    ),
    "times": (
        "Spans exclude signal prepositions ('in', 'since', 'on', 'by', 'between') except in "
        "fixed adverbials. Periods are ISO 8601 intervals 'start/end' with granularity 'period'; "
        "'last week' is the previous Monday-Sunday week. Items whose notes start with 'DEICTIC' "
        "(now/currently/today) or 'VAGUE' (recently, within days, the coming weeks, decades) are "
        "present- or vague-reference expressions. Bare durations without an anchoring word "
        "('more than three decades', 'a decade on the ground') are figures only."
    ),
    "claims": (
        "Body only. One item per attribution; the content span excludes the cue and the "
        "quotation marks of a full quotation. Assertions, beliefs, estimates, accusations, "
        "denials, condemnations and commissives (promised, pledged, vowed) are claims; pure "
        "directives (demanded, urged, asked, called on) are not (they are REQUEST relations). "
        "Unnamed officials of a state are coded to the state. Author items are the reporter's "
        "lede in news reports and up to ~8 central thesis statements in opinion and analysis."
    ),
    "relationships": (
        "Types follow the PLOVER manual plus the schema's ALLY/RIVAL, as in the development "
        "gold. One item per distinct (source, target, type, negated) tuple; symmetric ties given "
        "once. Plans, hypotheticals and relations without an actor target are not annotated."
    ),
    "stances": (
        "One item per (holder, target) pair with the clearest evidence; only pairs a careful "
        "reader would agree on. Hostile acts (attacks, sanctions, expulsions) and accusations "
        "count as negative stances of the actor toward the target."
    ),
}


def parse(marked: str) -> tuple[str, list[dict]]:
    """Strip the inline marks; return the plain text and the marked spans."""
    out: list[str] = []
    stack: list[dict] = []
    spans: list[dict] = []
    i = 0
    while i < len(marked):
        two = marked[i : i + 2]
        if two in OPEN and not (stack and stack[-1]["meta"] is not None):
            stack.append({"kind": OPEN[two], "start": len(out), "end": None, "meta": None})
            i += 2
            continue
        if two in CLOSE and stack and stack[-1]["kind"] == CLOSE[two]:
            frame = stack.pop()
            if frame["meta"] is None:
                raise ValueError(f"mark without fields near {marked[max(0, i - 60) : i]!r}")
            fields = "".join(frame["meta"]).split("|")
            spans.append(
                {
                    "kind": frame["kind"],
                    "start": frame["start"],
                    "end": frame["end"],
                    "fields": fields,
                }
            )
            i += 2
            continue
        ch = marked[i]
        if stack and stack[-1]["meta"] is not None:
            stack[-1]["meta"].append(ch)
        elif ch == "|" and stack:
            stack[-1]["end"] = len(out)
            stack[-1]["meta"] = []
        else:
            out.append(ch)
        i += 1
    if stack:
        raise ValueError(f"unclosed mark: {stack[-1]}")
    text = "".join(out)
    for span in spans:
        span["text"] = text[span["start"] : span["end"]]
    spans.sort(key=lambda s: (s["start"], -s["end"]))
    return text, spans


def occurrence_of(text: str, needle: str, start: int) -> int:
    """The occurrence number (as ``evaluate.offsets`` counts) of ``needle`` found at ``start``."""
    count, pos = 0, -1
    while True:
        pos = text.find(needle, pos + 1)
        if pos < 0:
            raise ValueError(f"{needle!r} not found at {start}")
        count += 1
        if pos == start:
            return count
        if pos > start:
            raise ValueError(f"{needle!r} not found at {start}")


def locate(text: str, needle: str, occurrence: int | None, body: tuple[int, int], what: str) -> int:
    """Check a hand-written substring and return its occurrence number."""
    hits, pos = [], -1
    while (pos := text.find(needle, pos + 1)) >= 0:
        hits.append(pos)
    if not hits:
        raise ValueError(f"{what}: {needle!r} is not in the text")
    if occurrence is None:
        if len(hits) > 1:
            raise ValueError(f"{what}: {needle!r} occurs {len(hits)} times; give an occurrence")
        occurrence = 1
    if occurrence > len(hits):
        raise ValueError(f"{what}: {needle!r} has no occurrence {occurrence}")
    start = hits[occurrence - 1]
    if not (body[0] <= start and start + len(needle) <= body[1]):
        raise ValueError(f"{what}: {needle!r} (occurrence {occurrence}) lies outside the body")
    return occurrence


def _null(value: str) -> str | None:
    return None if value == "-" else value


def _number(value: str) -> int | float:
    number = float(value)
    return int(number) if number.is_integer() else number


def _notes(spec, layer: str) -> str:
    extra = getattr(spec, "NOTES", {}).get(layer, "")
    return f"{COMMON[layer]} {extra}".strip()


def load_spec(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build(key: str, root: Path | None = None) -> str:
    global HERE
    if root is not None:
        HERE = Path(root)
    marked = (HERE / "source" / f"{key}.marked.txt").read_text("utf-8")
    spec = load_spec(HERE / "source" / f"{key}.py")
    text, spans = parse(marked)
    stem = f"{key}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
    name = f"{stem}.txt"

    article = dict(spec.ARTICLE)
    body_start = text.index(article["body_first"])
    body_end = text.index(article["body_last"]) + len(article["body_last"])
    if text.count(article["body_first"]) != 1 or text.count(article["body_last"]) != 1:
        raise ValueError(f"{key}: body_first/body_last must be unique")
    body = (body_start, body_end)
    for span in spans:
        if not (body_start <= span["start"] and span["end"] <= body_end):
            raise ValueError(f"{key}: marked span {span['text']!r} outside the body")
    article["notes"] = article.get("notes", "")

    def write(layer: str, items: list, notes: str) -> None:
        payload = {"file": name, "layer": layer, "items": items, "notes": notes}
        (HERE / "gold" / f"{stem}.{layer}.json").write_text(
            json.dumps(payload, ensure_ascii=False, indent=1) + "\n", "utf-8"
        )

    write(
        "article",
        [article],
        f"Body span [{body_start}, {body_end}) in Python str offsets.",
    )

    # actors
    catalog = spec.CATALOG
    actors: dict[str, dict] = {}
    for span in (s for s in spans if s["kind"] == "actor"):
        actor_id, form = span["fields"][:2]
        if actor_id not in catalog:
            raise ValueError(f"{key}: actor {actor_id!r} missing from CATALOG")
        if form not in {"name", "capital", "institution", "demonym", "title", "acronym"}:
            raise ValueError(f"{key}: bad form {form!r} for {span['text']!r}")
        cname, kind, country = catalog[actor_id]
        entry = actors.setdefault(
            actor_id,
            {"id": actor_id, "name": cname, "kind": kind, "country": country, "mentions": []},
        )
        entry["mentions"].append(
            {
                "text": span["text"],
                "occurrence": occurrence_of(text, span["text"], span["start"]),
                "form": form,
            }
        )
    unused = set(catalog) - set(actors) - set(getattr(spec, "UNMENTIONED", ()))
    if unused:
        raise ValueError(f"{key}: catalogue entries never mentioned: {sorted(unused)}")
    for actor_id in getattr(spec, "UNMENTIONED", ()):
        cname, kind, country = catalog[actor_id]
        actors[actor_id] = {
            "id": actor_id,
            "name": cname,
            "kind": kind,
            "country": country,
            "mentions": [],
        }
    write("actors", list(actors.values()), _notes(spec, "actors"))

    # figures
    figures = []
    for span in (s for s in spans if s["kind"] == "figure"):
        f = span["fields"]
        if len(f) not in (4, 5):
            raise ValueError(f"{key}: figure {span['text']!r} needs value|unit|counted|approx")
        figures.append(
            {
                "text": span["text"],
                "occurrence": occurrence_of(text, span["text"], span["start"]),
                "value": _number(f[0]),
                "unit": f[1],
                "counted": _null(f[2]),
                "approx": _null(f[3]),
                "notes": f[4] if len(f) == 5 else None,
            }
        )
    write("figures", figures, _notes(spec, "figures"))

    # times
    times = []
    for span in (s for s in spans if s["kind"] == "time"):
        f = span["fields"]
        if len(f) not in (2, 3):
            raise ValueError(f"{key}: time {span['text']!r} needs value|granularity")
        times.append(
            {
                "text": span["text"],
                "occurrence": occurrence_of(text, span["text"], span["start"]),
                "value": _null(f[0]),
                "granularity": f[1],
                "notes": f[2] if len(f) == 3 else None,
            }
        )
    write("times", times, _notes(spec, "times"))

    ids = set(catalog)
    claims = []
    for c in spec.CLAIMS:
        if c["speaker"] != "author" and c["speaker"] not in ids:
            raise ValueError(f"{key}: claim speaker {c['speaker']!r} not in CATALOG")
        claims.append(
            {
                "text": c["text"],
                "occurrence": locate(text, c["text"], c.get("occurrence"), body, "claim"),
                "speaker": c["speaker"],
                "speaker_name": c.get("speaker_name"),
                "cue": c["cue"],
                "direct": bool(c.get("direct", False)),
                "notes": c.get("notes", ""),
            }
        )
    write("claims", claims, _notes(spec, "claims"))

    rels = []
    for r in spec.RELATIONSHIPS:
        for end in (r["source"], r["target"]):
            if end not in ids:
                raise ValueError(f"{key}: relationship end {end!r} not in CATALOG")
        rels.append(
            {
                "source": r["source"],
                "target": r["target"],
                "type": r["type"],
                "negated": bool(r.get("negated", False)),
                "evidence": r["evidence"],
                "occurrence": locate(text, r["evidence"], r.get("occurrence"), body, "relation"),
                "notes": r.get("notes", ""),
            }
        )
    write("relationships", rels, _notes(spec, "relationships"))

    stances = []
    for s in spec.STANCES:
        if s["holder"] != "author" and s["holder"] not in ids:
            raise ValueError(f"{key}: stance holder {s['holder']!r} not in CATALOG")
        if s["target"] not in ids:
            raise ValueError(f"{key}: stance target {s['target']!r} not in CATALOG")
        stances.append(
            {
                "holder": s["holder"],
                "target": s["target"],
                "polarity": s["polarity"],
                "evidence": s["evidence"],
                "occurrence": locate(text, s["evidence"], s.get("occurrence"), body, "stance"),
                "notes": s.get("notes", ""),
            }
        )
    write("stances", stances, _notes(spec, "stances"))

    (HERE / "corpus" / name).write_text(text, "utf-8")
    return stem


def main() -> int:
    global HERE
    if len(sys.argv) < 2:
        print("usage: build.py SET_DIR [KEY ...]", file=sys.stderr)
        return 2
    HERE = Path(sys.argv[1]).resolve()
    (HERE / "corpus").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    keys = sys.argv[2:] or sorted(
        p.name[: -len(".marked.txt")] for p in (HERE / "source").glob("*.marked.txt")
    )
    for key in keys:
        for old in list((HERE / "corpus").glob(f"{key}_*.txt")) + list(
            (HERE / "gold").glob(f"{key}_*.json")
        ):
            old.unlink()
        stem = build(key)
        words = len((HERE / "corpus" / f"{stem}.txt").read_text("utf-8").split())
        print(f"{key}: {stem} ({words} words in the file)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
