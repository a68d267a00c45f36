"""The times plugin against other projects' annotated time expressions, side by side with
dateparser's ``search_dates`` on the same sentences.

- TempEval-3 platinum (news of March 2013): DATE timexes, values normalised against each
  document's creation time (``dct``). Predictions that overlap a gold timex of another type
  (DURATION, TIME, SET) are left out of precision: that type is not scored here.
- WikiWars (Wikipedia war histories): TIMEX2 values that are calendar dates; relative
  expressions there resolve against the narrative, so the plugin runs per document in its
  ``narrative`` mode (reference time = the last date mentioned) as well as in news mode.
- dateparser's own search tests: span agreement, and day values where the test fixes "now".

Scoring: a prediction matches a gold item when the spans overlap (one-to-one, in order).
Value accuracy is over matched pairs; value F1 counts a match as correct only when the value
agrees too (TempEval-3's "value F1"). Values compare after mapping TimeML conventions:
PRESENT_REF = the document date, PAST_REF / FUTURE_REF = unresolved, BC0264 = -0263. dateparser
returns datetimes, not granularities, so its values are formatted at the gold value's
granularity before comparing (which favours it).

    python benchmarks/peer_times.py [--sample N] [--markdown]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import time
from pathlib import Path

from geobrief_times import find_times

PEERS = Path(__file__).resolve().parent / "peers"


def _rows(name: str) -> list[dict]:
    with open(PEERS / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# -- value normalisation ---------------------------------------------------------------------------


def _norm_gold(value: str | None, dct: str) -> str | None:
    if value is None:
        return None
    if value == "PRESENT_REF":
        return "PRESENT:" + dct[:10]
    if value in ("PAST_REF", "FUTURE_REF"):
        return None
    m = re.fullmatch(r"BC(\d{4})", value)
    if m:
        return f"-{int(m[1]) - 1:04d}"
    return value


def _value_ok(gold: str | None, pred: str | None) -> bool:
    if gold == "ANY":
        return True
    if gold is None or "X" in (gold or ""):
        return pred is None
    if pred is not None and "/" in pred and gold in pred.split("/"):
        return True  # TimeML marks each end of "2009-2010" on its own
    if gold.startswith("PRESENT:"):
        day = gold[8:]
        return pred is not None and day.startswith(pred)
    return gold == pred


def _is_date_value(value: str | None) -> bool:
    """A TIMEX2 value that names a calendar point (not a duration, set or time of day)."""
    if value is None:
        return False
    if value in ("PRESENT_REF", "PAST_REF", "FUTURE_REF"):
        return True
    return bool(
        re.fullmatch(
            r"(?:BC)?\d{2,4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}|SP|SU|FA|AU|WI|Q[1-4]|H[12]))?", value
        )
    )


def _format_like(day: dt.datetime, gold: str) -> str:
    """dateparser's datetime written at the gold value's granularity."""
    if gold.startswith("PRESENT:"):
        return day.date().isoformat()
    if re.fullmatch(r"\d{4}-W\d{2}", gold):
        iso = day.isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", gold):
        return day.date().isoformat()
    if re.fullmatch(r"\d{4}-\d{2}", gold):
        return day.strftime("%Y-%m")
    if re.fullmatch(r"\d{4}", gold):
        return str(day.year)
    if re.fullmatch(r"\d{3}", gold):
        return str(day.year)[:3]
    return day.date().isoformat()


# -- scoring ----------------------------------------------------------------------------------------


class Score:
    def __init__(self) -> None:
        self.pred = self.gold = self.matched = self.right = 0

    def add(self, golds, preds, ignore=()) -> None:
        """golds: [(start, end, value)]; preds: [(start, end, value or callable)]."""
        preds = [p for p in preds if not any(p[0] < i[1] and i[0] < p[1] for i in ignore)]
        used: set[int] = set()
        self.gold += len(golds)
        self.pred += len(preds)
        for gs, ge, gv in golds:
            for i, (ps, pe, pv) in enumerate(preds):
                if i not in used and ps < ge and gs < pe:
                    used.add(i)
                    self.matched += 1
                    value = pv(gv) if callable(pv) else pv
                    self.right += _value_ok(gv, value)
                    break

    def row(self) -> tuple[float, float, float, float, float]:
        p = self.matched / self.pred if self.pred else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        acc = self.right / self.matched if self.matched else 0.0
        vp = self.right / self.pred if self.pred else 0.0
        vr = self.right / self.gold if self.gold else 0.0
        vf = 2 * vp * vr / (vp + vr) if vp + vr else 0.0
        return p, r, f, acc, vf


def _ours(text: str, anchor: dt.date | None, mode: str = "news"):
    return [(t.span.start, t.span.end, t.value) for t in find_times(text, anchor, mode=mode)]


def _dateparser(text: str, base: dt.datetime | None):
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": base} if base else {}
    try:
        found = search_dates(text, languages=["en"], settings=settings) or []
    except Exception:
        found = []
    out, pos = [], 0
    for surface, when in found:
        at = text.find(surface, pos)
        if at < 0:
            at = text.find(surface)
        if at < 0:
            continue
        pos = at + len(surface)
        out.append((at, at + len(surface), lambda gold, when=when: _format_like(when, gold or "")))
    return out


def tempeval(with_dateparser: bool = True) -> dict[str, Score]:
    ours, dp = Score(), Score()
    for row in _rows("tempeval3_platinum_timex.jsonl"):
        dct = row["dct"]
        golds = [
            (e["start"], e["end"], _norm_gold(e["value"], dct))
            for e in row["expected"]
            if e["type"] == "DATE"
        ]
        ignore = [(e["start"], e["end"]) for e in row["expected"] if e["type"] != "DATE"]
        anchor = dt.date.fromisoformat(dct[:10])
        ours.add(golds, _ours(row["text"], anchor), ignore)
        if with_dateparser:
            base = dt.datetime.combine(anchor, dt.time(12))
            dp.add(golds, _dateparser(row["text"], base), ignore)
    return {"geobrief times": ours, "dateparser search_dates": dp}


def wikiwars(sample: int, with_dateparser: bool = True) -> dict[str, Score]:
    docs: dict[str, list[dict]] = {}
    for row in _rows("wikiwars_timex2.jsonl"):
        docs.setdefault(row["doc"], []).append(row)
    names = sorted(docs)
    sampled = set(names[:: max(1, len(names) // sample)][:sample]) if sample else set(names)
    news, narrative, news_s, dp = Score(), Score(), Score(), Score()
    for name in names:
        rows = docs[name]
        anchor = dt.date.fromisoformat(rows[0]["dct"][:10])
        # the document as one text, so the narrative mode can follow the reference time
        text, offsets = "", []
        for row in rows:
            offsets.append(len(text))
            text += row["text"] + "\n"
        narr = _ours(text, anchor, "narrative")
        for row, base in zip(rows, offsets, strict=True):
            dct = row["dct"]
            items = [e for e in row["expected"] if not e.get("nested")]
            golds = [
                (e["start"], e["end"], _norm_gold(e["value"], dct))
                for e in items
                if _is_date_value(e.get("value"))
            ]
            ignore = [(e["start"], e["end"]) for e in items if not _is_date_value(e.get("value"))]
            mine = _ours(row["text"], anchor)
            news.add(golds, mine, ignore)
            end = base + len(row["text"])
            local = [(s - base, e - base, v) for s, e, v in narr if base <= s and e <= end]
            narrative.add(golds, local, ignore)
            if with_dateparser and name in sampled:
                news_s.add(golds, mine, ignore)
                base_dt = dt.datetime.combine(anchor, dt.time(12))
                dp.add(golds, _dateparser(row["text"], base_dt), ignore)
    out = {
        "geobrief times, all documents (news mode)": news,
        "geobrief times, all documents (narrative mode)": narrative,
    }
    if with_dateparser:
        out[f"geobrief times, {len(sampled)}-document sample (news mode)"] = news_s
        out[f"dateparser search_dates, same {len(sampled)}-document sample"] = dp
    return out


def dateparser_tests() -> dict[str, Score]:
    ours, dp = Score(), Score()
    for row in _rows("dateparser_search_dates.jsonl"):
        settings = row.get("settings") or {}
        base_value = (settings.get("RELATIVE_BASE") or {}).get("value")
        base = dt.datetime.fromisoformat(base_value) if base_value else None
        golds = []
        for e in row.get("expected") or []:
            if e.get("surface") is None:
                continue
            at = row["text"].find(e["surface"])
            if at < 0:
                continue
            value = "ANY" if e.get("depends_on_today") else e["value"][:10]
            golds.append((at, at + len(e["surface"]), value))
        anchor = base.date() if base else None
        ours.add(golds, _ours(row["text"], anchor))
        dp.add(
            golds,
            [(s, e, (lambda g, f=f: f(g))) for s, e, f in _dateparser(row["text"], base)],
        )
    return {"geobrief times": ours, "dateparser search_dates": dp}


def _table(title: str, scores: dict[str, Score], seconds: float) -> str:
    lines = [
        f"### {title}",
        "",
        "| system | span P | span R | span F1 | value accuracy | value F1 | gold | pred |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, score in scores.items():
        p, r, f, acc, vf = score.row()
        lines.append(
            f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} | {acc:.3f} | {vf:.3f} | {score.gold} | {score.pred} |"
        )
    lines.append(f"\n({seconds:.1f} s)\n")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sample", type=int, default=4, help="WikiWars documents dateparser is run on (0: all)"
    )
    parser.add_argument("--no-dateparser", action="store_true")
    args = parser.parse_args()
    with_dp = not args.no_dateparser
    for title, run in (
        ("TempEval-3 platinum, DATE timexes", lambda: tempeval(with_dp)),
        ("WikiWars, calendar-date TIMEX2", lambda: wikiwars(args.sample, with_dp)),
        ("dateparser search tests (English)", dateparser_tests),
    ):
        t0 = time.perf_counter()
        scores = run()
        print(_table(title, scores, time.perf_counter() - t0))


if __name__ == "__main__":
    main()
