"""geobrief's figures plugin against quantulum3, in the same run, on two peer test sets.

    pip install 'geobrief[bench]'          # quantulum3
    python benchmarks/peer_figures.py [--write benchmarks/FIGURES.md]

Data (copied unchanged into benchmarks/peers/, see the README there):

* ``quantulum3_quantities.jsonl``: quantulum3's own English test sentences (every kind of unit).
* ``recognizers_text_numberwithunit.jsonl``, currency part only: Microsoft Recognizers-Text's
  currency specifications (largely lower-cased, tokenised news sentences).

Both tools' answers and the gold are mapped to one unit vocabulary: ISO 4217 codes for money
(minor units converted: 50 cents = 0.50 USD), ``percent``, time units (decades and centuries in
years), ``km``/``kg``/``mile``/``tonne``/``barrel`` for measures (metric prefixes converted),
``count`` for plain numbers, and ``other:<name>`` for everything neither tool's vocabulary shares
(geobrief states such a measure as a count whose counted noun is the unit, "32 degrees Celsius" ->
counted "degree celsius"; those go to ``other`` too).
Each unit falls in one category: money, percent, duration, count, measure or other.

Scores per category: surface P/R/F1 (a prediction matches a gold item of the same category whose
span it overlaps, one to one), and value accuracy (matched pairs whose value agrees within 1e-6
relative; a range is compared by its midpoint, as quantulum3 states ranges).
"""

from __future__ import annotations

import argparse
import json
import time
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
PEERS = HERE / "peers"

CURRENCY_NAMES = {
    # quantulum3 unit names
    "dollar": ("USD", 1),
    "euro": ("EUR", 1),
    "pound sterling": ("GBP", 1),
    "penny": ("GBP", 0.01),
    "cent": ("USD", 0.01),
    "dime": ("USD", 0.1),
    "yen": ("JPY", 1),
    # Recognizers-Text unit names
    "united states dollar": ("USD", 1),
    "pound": ("GBP", 1),
    "british pound": ("GBP", 1),
    "pence": ("GBP", 0.01),
    "canadian dollar": ("CAD", 1),
    "australian dollar": ("AUD", 1),
    "hong kong dollar": ("HKD", 1),
    "new zealand dollar": ("NZD", 1),
    "chinese yuan": ("CNY", 1),
    "japanese yen": ("JPY", 1),
    "franc": ("CHF", 1),
    "swiss franc": ("CHF", 1),
    "turkish lira": ("TRY", 1),
    "rupee": ("INR", 1),
    "sri lankan rupee": ("LKR", 1),
    "mexican peso": ("MXN", 1),
    "finnish markka": ("FIM", 1),
    "peseta": ("ESP", 1),
    "netherlands guilder": ("NLG", 1),
    "costa rican colón": ("CRC", 1),
    "georgian lari": ("GEL", 1),
    "lao kip": ("LAK", 1),
    "bitcoin": ("BTC", 1),
    "satoshi": ("BTC", 1e-8),
}
OTHER_UNITS = {
    "dimensionless": ("count", 1),
    "dozen": ("count", 12),
    "baker's dozen": ("count", 13),
    "gross": ("count", 144),
    "percentage": ("percent", 1),
    "percent": ("percent", 1),
    "year": ("year", 1),
    "month": ("month", 1),
    "week": ("week", 1),
    "day": ("day", 1),
    "hour": ("hour", 1),
    "minute": ("minute", 1),
    "decade": ("year", 10),
    "century": ("year", 100),
    "kilometre": ("km", 1),
    "kilometer": ("km", 1),
    "metre": ("km", 0.001),
    "meter": ("km", 0.001),
    "mile": ("mile", 1),
    "kilogram": ("kg", 1),
    "gram": ("kg", 0.001),
    "milligram": ("kg", 1e-6),
    "microgram": ("kg", 1e-9),
    "tonne": ("tonne", 1),
    "metric ton": ("tonne", 1),
    "barrel": ("barrel", 1),
}
TIME_UNITS = {"year", "month", "week", "day", "hour", "minute"}
MEASURES = {"km", "kg", "mile", "tonne", "barrel"}
CATEGORIES = ("money", "count", "percent", "duration", "measure", "other")


def canonical(unit: str, value: float | None) -> tuple[str, float | None]:
    """A unit name of any of the three vocabularies, and the value in that unit's terms."""
    key = unit.strip().lower()
    if len(unit) == 3 and unit.isupper():  # geobrief's ISO codes
        return unit, value
    if key in CURRENCY_NAMES or key in OTHER_UNITS:
        name, factor = CURRENCY_NAMES.get(key) or OTHER_UNITS[key]
        return name, None if value is None else value * factor
    if key in ("percentage_point", "count", *TIME_UNITS, *MEASURES):
        return ("percent" if key == "percentage_point" else key), value
    return f"other:{key}", value


def category(unit: str) -> str:
    if len(unit) == 3 and unit.isupper():
        return "money"
    if unit == "count":
        return "count"
    if unit == "percent":
        return "percent"
    if unit in TIME_UNITS:
        return "duration"
    if unit in MEASURES:
        return "measure"
    return "other"


@dataclass
class Item:
    start: int
    end: int
    unit: str
    value: float | None

    @property
    def category(self) -> str:
        return category(self.unit)


@dataclass
class Score:
    tp: int = 0
    pred: int = 0
    gold: int = 0
    value_right: int = 0
    value_total: int = 0

    def f1(self) -> tuple[float, float, float]:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def value_accuracy(self) -> float:
        return self.value_right / self.value_total if self.value_total else 0.0


@dataclass
class Dataset:
    name: str
    rows: list[tuple[str, list[Item]]]
    categories: tuple[str, ...]
    scores: dict[str, dict[str, Score]] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)


def _find(text: str, surface: str, after: int) -> int:
    at = text.find(surface, after)
    return at if at >= 0 else text.find(surface)


def load_quantulum() -> Dataset:
    rows = []
    for line in (PEERS / "quantulum3_quantities.jsonl").read_text("utf-8").splitlines():
        record = json.loads(line)
        text, items, cursor = record["text"], [], 0
        for e in record["expected"]:
            start = _find(text, e["surface"], cursor)
            if start < 0:
                continue
            cursor = start + len(e["surface"])
            unit, value = canonical(e["unit"], float(e["value"]))
            items.append(Item(start, start + len(e["surface"]), unit, value))
        rows.append((text, items))
    return Dataset("quantulum3_quantities", rows, CATEGORIES)


def load_recognizers_currency() -> Dataset:
    rows = []
    for line in (PEERS / "recognizers_text_numberwithunit.jsonl").read_text("utf-8").splitlines():
        record = json.loads(line)
        if "Currency" not in record.get("origin", ""):
            continue
        items = []
        for e in record["expected"]:
            value = float(e["value"]) if e.get("value") not in (None, "") else None
            unit, value = canonical(e["unit"], value)
            items.append(Item(e["start"], e["end_inclusive"] + 1, unit, value))
        rows.append((record["text"], items))
    # only money is annotated in this set: score the money category alone
    return Dataset("recognizers_text currency", rows, ("money",))


def geobrief_tool() -> Callable[[str], list[Item]]:
    from geobrief_figures import find_figures, measure_nouns

    measures = measure_nouns()

    def run(text: str) -> list[Item]:
        out = []
        for f in find_figures(text):
            value = f.value if f.value_max is None else (f.value + f.value_max) / 2
            unit, value = canonical(f.unit, value)
            if unit == "count" and f.counted in measures:  # 32 degrees: a measure, not a count
                unit = f"other:{f.counted}"
            out.append(Item(f.span.start, f.span.end, unit, value))
        return out

    return run


def quantulum_tool() -> Callable[[str], list[Item]] | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError:
        return None

    def run(text: str) -> list[Item]:
        out = []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            quantities = parser.parse(text)
        for q in quantities:
            unit, value = canonical(q.unit.name, float(q.value))
            out.append(Item(q.span[0], q.span[1], unit, value))
        return out

    return run


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def score(dataset: Dataset, tool: str, run: Callable[[str], list[Item]]) -> None:
    scores = {c: Score() for c in dataset.categories}
    started = time.perf_counter()
    predictions = [run(text) for text, _ in dataset.rows]
    dataset.seconds[tool] = time.perf_counter() - started
    for (_text, gold), pred in zip(dataset.rows, predictions, strict=True):
        for cat in dataset.categories:
            g_items = [g for g in gold if g.category == cat]
            p_items = [p for p in pred if p.category == cat]
            s = scores[cat]
            s.gold += len(g_items)
            s.pred += len(p_items)
            used: set[int] = set()
            for g in g_items:
                for i, p in enumerate(p_items):
                    if i not in used and p.start < g.end and g.start < p.end:
                        used.add(i)
                        s.tp += 1
                        if g.value is not None:
                            s.value_total += 1
                            s.value_right += p.unit == g.unit and _close(p.value, g.value)
                        break
    total = Score()
    for s in scores.values():
        for name in ("tp", "pred", "gold", "value_right", "value_total"):
            setattr(total, name, getattr(total, name) + getattr(s, name))
    if len(scores) > 1:
        scores["all"] = total
    dataset.scores[tool] = scores


def table(datasets: Iterable[Dataset], tools: list[str]) -> str:
    lines = [
        "| data set | category | gold | tool | P | R | F1 | value acc. | time (s) |",
        "|---|---|---:|---|---:|---:|---:|---:|---:|",
    ]
    for ds in datasets:
        cats = list(ds.scores[tools[0]])
        for cat in cats:
            for tool in tools:
                s = ds.scores[tool][cat]
                p, r, f = s.f1()
                lines.append(
                    f"| {ds.name} | {cat} | {s.gold} | {tool} | {p:.3f} | {r:.3f} | {f:.3f} | "
                    f"{s.value_accuracy():.3f} ({s.value_right}/{s.value_total}) | "
                    f"{ds.seconds[tool]:.2f} |"
                )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", type=Path, help="also write the table into this Markdown file")
    args = parser.parse_args()

    tools: dict[str, Callable[[str], list[Item]]] = {"geobrief": geobrief_tool()}
    quantulum = quantulum_tool()
    if quantulum is None:
        print(
            "quantulum3 is not installed: only geobrief is scored. "
            "Install the benchmark extra (pip install 'geobrief[bench]') to compare."
        )
    else:
        tools["quantulum3"] = quantulum
    datasets = [load_quantulum(), load_recognizers_currency()]
    for ds in datasets:
        for name, run in tools.items():
            score(ds, name, run)
    result = table(datasets, list(tools))
    print(result)
    if args.write:
        text = args.write.read_text("utf-8") if args.write.exists() else ""
        begin, end = "<!-- peer table begin -->", "<!-- peer table end -->"
        block = f"{begin}\n{result}\n{end}"
        if begin in text and end in text:
            text = text[: text.index(begin)] + block + text[text.index(end) + len(end) :]
        else:
            text = f"{text.rstrip()}\n\n{block}\n" if text else f"{block}\n"
        args.write.write_text(text, "utf-8")
        print(f"written to {args.write}")


if __name__ == "__main__":
    main()
