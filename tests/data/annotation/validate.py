"""Check a held-out set's gold: every ``text``/``evidence`` + ``occurrence`` exists in its article
(inside the body), and every field is well formed. Exit status 1 and a list of problems if not.

    python tests/data/annotation/validate.py SET_DIR
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

LAYERS = ("article", "actors", "figures", "times", "claims", "relationships", "stances")
FORMS = {"name", "capital", "institution", "demonym", "title", "acronym"}
KINDS = {"state", "person", "organization", "group", "bloc"}
APPROX = {"more than", "less than", "about", "exceeding", "at least", "up to", None}
GRANULARITY = {"day", "month", "year", "season", "period", "unresolved"}
TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    "ALLY", "RIVAL",
}  # fmt: skip
ISO3 = re.compile(r"^[A-Z]{3}$")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE = r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?"
TIME_VALUE = re.compile(rf"^(?:{DATE}|\d{{4}}-(?:SP|SU|FA|WI)|{DATE}/{DATE})$")


def find(text: str, needle: str, occurrence: int) -> int | None:
    pos = -1
    for _ in range(max(occurrence, 1)):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            return None
    return pos


def validate(root: str | Path) -> list[str]:
    """All problems found in ``root`` (a folder with ``corpus/`` and ``gold/``)."""
    root = Path(root)
    problems: list[str] = []
    texts = {p.stem: p.read_text("utf-8") for p in sorted((root / "corpus").glob("*.txt"))}
    if not texts:
        return [f"no articles in {root / 'corpus'}"]
    for stem, text in texts.items():

        def bad(layer: str, message: str, stem: str = stem) -> None:
            problems.append(f"{stem}.{layer}: {message}")

        gold = {}
        for layer in LAYERS:
            path = root / "gold" / f"{stem}.{layer}.json"
            if not path.exists():
                bad(layer, "missing file")
                continue
            data = json.loads(path.read_text("utf-8"))
            if set(data) != {"file", "layer", "items", "notes"}:
                bad(layer, f"top-level keys {sorted(data)}")
            if data.get("file") != f"{stem}.txt" or data.get("layer") != layer:
                bad(layer, "file/layer fields do not match the file name")
            if not isinstance(data.get("items"), list) or not isinstance(data.get("notes"), str):
                bad(layer, "items must be a list and notes a string")
                continue
            gold[layer] = data["items"]
        if "article" not in gold or len(gold["article"]) != 1:
            bad("article", "needs exactly one item")
            continue
        art = gold["article"][0]
        keys = {"title", "published", "author", "source", "body_first", "body_last", "notes"}
        if set(art) != keys:
            bad("article", f"keys {sorted(art)}")
        if art.get("published") is not None and not re.fullmatch(
            r"\d{4}-\d{2}-\d{2}", art["published"]
        ):
            bad("article", f"published {art['published']!r}")
        for key in ("title", "author", "source"):
            if art.get(key) is not None and not isinstance(art[key], str):
                bad("article", f"{key} must be a string or null")
        first, last = art.get("body_first", ""), art.get("body_last", "")
        if text.count(first) != 1 or text.count(last) != 1:
            bad("article", "body_first/body_last must occur exactly once")
            continue
        if art.get("title") and art["title"] not in text:
            bad("article", "title not in the file")
        body = (text.index(first), text.index(last) + len(last))

        def span_ok(
            layer: str,
            item: dict,
            key: str = "text",
            text: str = text,
            body: tuple[int, int] = body,
        ) -> tuple[int, int] | None:
            needle, occ = item.get(key), item.get("occurrence")
            if not isinstance(needle, str) or not needle or not isinstance(occ, int) or occ < 1:
                bad(layer, f"bad {key}/occurrence in {item}")
                return None
            start = find(text, needle, occ)
            if start is None:
                bad(layer, f"{needle!r} occurrence {occ} not in the text")
                return None
            if not (body[0] <= start and start + len(needle) <= body[1]):
                bad(layer, f"{needle!r} occurrence {occ} lies outside the body")
            return start, start + len(needle)

        ids = set()
        seen_mentions: set[tuple[int, int, str]] = set()
        for actor in gold.get("actors", []):
            aid = actor.get("id", "")
            if not (ISO3.match(aid) or SLUG.match(aid)) or aid in ids:
                bad("actors", f"bad or duplicate id {aid!r}")
            ids.add(aid)
            if actor.get("kind") not in KINDS:
                bad("actors", f"{aid}: kind {actor.get('kind')!r}")
            if actor.get("kind") == "state" and aid != actor.get("country"):
                bad("actors", f"{aid}: a state's country must be its id")
            country = actor.get("country")
            if country is not None and not ISO3.match(country):
                bad("actors", f"{aid}: country {country!r}")
            if not isinstance(actor.get("name"), str) or not actor["name"]:
                bad("actors", f"{aid}: name")
            for mention in actor.get("mentions", []):
                if mention.get("form") not in FORMS:
                    bad("actors", f"{aid}: form {mention.get('form')!r}")
                span = span_ok("actors", mention)
                if span:
                    if (*span, aid) in seen_mentions:
                        bad("actors", f"{aid}: duplicate mention {mention}")
                    seen_mentions.add((*span, aid))
        for item in gold.get("figures", []):
            span_ok("figures", item)
            if isinstance(item.get("value"), bool) or not isinstance(
                item.get("value"), int | float
            ):
                bad("figures", f"value not a number: {item}")
            if not isinstance(item.get("unit"), str) or not item["unit"]:
                bad("figures", f"unit: {item}")
            if item.get("counted") is not None and not isinstance(item["counted"], str):
                bad("figures", f"counted: {item}")
            if item.get("approx") not in APPROX:
                bad("figures", f"approx: {item}")
        for item in gold.get("times", []):
            span_ok("times", item)
            value, gran = item.get("value"), item.get("granularity")
            if gran not in GRANULARITY:
                bad("times", f"granularity: {item}")
            if value is None:
                if gran != "unresolved":
                    bad("times", f"null value needs granularity 'unresolved': {item}")
            elif not (isinstance(value, str) and TIME_VALUE.match(value)):
                bad("times", f"value: {item}")
            elif ("/" in value) != (gran == "period"):
                bad("times", f"intervals go with granularity 'period': {item}")
        for item in gold.get("claims", []):
            span_ok("claims", item)
            if item.get("speaker") != "author" and item.get("speaker") not in ids:
                bad("claims", f"speaker not in the actor catalogue: {item.get('speaker')!r}")
            if not isinstance(item.get("cue"), str) or not isinstance(item.get("direct"), bool):
                bad("claims", f"cue/direct: {item}")
            if item.get("speaker") == "author" and item.get("speaker_name") is not None:
                bad("claims", "author items have speaker_name null")
        tuples = set()
        for item in gold.get("relationships", []):
            span_ok("relationships", item, "evidence")
            if item.get("source") not in ids or item.get("target") not in ids:
                bad("relationships", f"source/target not in the catalogue: {item}")
            if item.get("source") == item.get("target"):
                bad("relationships", f"source equals target: {item}")
            if item.get("type") not in TYPES or not isinstance(item.get("negated"), bool):
                bad("relationships", f"type/negated: {item}")
            key = (item.get("source"), item.get("target"), item.get("type"), item.get("negated"))
            if key in tuples:
                bad("relationships", f"duplicate tuple {key}")
            tuples.add(key)
        pairs = set()
        for item in gold.get("stances", []):
            span_ok("stances", item, "evidence")
            if item.get("holder") != "author" and item.get("holder") not in ids:
                bad("stances", f"holder not in the catalogue: {item.get('holder')!r}")
            if item.get("target") not in ids:
                bad("stances", f"target not in the catalogue: {item.get('target')!r}")
            if item.get("polarity") not in (-1, 0, 1):
                bad("stances", f"polarity: {item}")
            pair = (item.get("holder"), item.get("target"))
            if pair in pairs:
                bad("stances", f"duplicate pair {pair}")
            pairs.add(pair)
    for path in sorted((root / "gold").glob("*.json")):
        if path.name.split(".")[0] not in texts:
            problems.append(f"{path.name}: no article for this gold file")
    return problems


def main(argv: list[str]) -> int:
    root = Path(argv[0]) if argv else Path(__file__).resolve().parent
    problems = validate(root)
    for problem in problems:
        print(problem)
    count = len(list((root / "corpus").glob("*.txt")))
    print(f"{count} articles checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
