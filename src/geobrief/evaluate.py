"""Score extraction results against hand-made gold annotations (``geobrief eval``).

Gold is one JSON file per article and layer, ``<stem>.<layer>.json``, whose items point into the
text by ``text`` + ``occurrence``. Predicted items are matched one-to-one to gold items (spans by
character overlap, actors by id or name) and precision, recall and F1 are reported per layer.
A layer with no predictions scores zero; it is never left out.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

from geobrief.model import Result, Span

__all__ = ["LayerScore", "Report", "evaluate", "load_gold", "quad_class"]

LAYERS = ("actors", "figures", "times", "claims", "relationships", "stances")
SYMMETRIC = frozenset({"ALLY", "RIVAL", "CONSULT", "AGREE", "COOPERATE"})
_QUAD = {
    "verbal_cooperation": ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "ALLY"),
    "material_cooperation": ("COOPERATE", "AID", "RETREAT"),
    "verbal_conflict": ("REQUEST", "ACCUSE", "REJECT", "THREATEN", "RIVAL"),
    "material_conflict": ("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"),
}
_QUAD_OF = {t: quad for quad, types in _QUAD.items() for t in types}


def quad_class(relation_type: str) -> str:
    """The PLOVER quad class of a type (ALLY counts as verbal cooperation, RIVAL as verbal
    conflict: standing ties are stated positions rather than material acts)."""
    return _QUAD_OF.get(relation_type, relation_type)


@attrs.define
class LayerScore:
    """Counts and scores of one layer (or one variant of it, such as span + value)."""

    name: str
    tp: int = 0
    pred: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, tp: int, pred: int, gold: int) -> None:
        self.tp += tp
        self.pred += pred
        self.gold += gold

    def as_dict(self) -> dict[str, Any]:
        return {
            "layer": self.name,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "pred": self.pred,
            "gold": self.gold,
        }


@attrs.define
class Report:
    """Scores of every layer over every article that has gold, plus the article-layer checks."""

    layers: dict[str, LayerScore] = attrs.field(factory=dict)
    article_fields: dict[str, list[int]] = attrs.field(factory=dict)  # field -> [right, total]
    articles: list[str] = attrs.field(factory=list)
    missing: list[str] = attrs.field(factory=list)
    extra: dict[str, float] = attrs.field(factory=dict)

    def layer(self, name: str) -> LayerScore:
        return self.layers.setdefault(name, LayerScore(name))

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "missing_gold": self.missing,
            "layers": [score.as_dict() for score in self.layers.values()],
            "article": {k: {"right": v[0], "total": v[1]} for k, v in self.article_fields.items()},
            "extra": {k: round(v, 4) for k, v in self.extra.items()},
        }

    def table(self) -> str:
        """A plain-text table for the terminal."""
        lines = [f"{'layer':<34}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'pred':>6}{'gold':>6}"]
        for score in self.layers.values():
            lines.append(
                f"{score.name:<34}{score.precision:>7.3f}{score.recall:>7.3f}{score.f1:>7.3f}"
                f"{score.tp:>6}{score.pred:>6}{score.gold:>6}"
            )
        if self.extra:
            lines.append("")
            lines.extend(f"{name:<34}{value:>7.3f}" for name, value in self.extra.items())
        if self.article_fields:
            lines.append("")
            lines.append(
                "article fields: "
                + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in self.article_fields.items())
            )
        lines.append(f"articles scored: {len(self.articles)}")
        return "\n".join(lines)


# -- gold ---------------------------------------------------------------------------------------


def offsets(text: str, needle: str, occurrence: int = 1) -> Span | None:
    """The span of the ``occurrence``-th appearance of ``needle`` in ``text``."""
    position = -1
    for _ in range(max(occurrence, 1)):
        position = text.find(needle, position + 1)
        if position < 0:
            return None
    return Span(position, position + len(needle))


def load_gold(gold_dir: str | Path, stem: str) -> dict[str, dict[str, Any]]:
    """Every layer file of one article: ``{layer: file contents}``."""
    out = {}
    for path in sorted(Path(gold_dir).glob(f"{stem}.*.json")):
        layer = path.name[len(stem) + 1 : -len(".json")]
        out[layer] = json.loads(path.read_text("utf-8"))
    return out


def _stem(result: Result) -> str:
    path = result.article.path or result.article.id
    name = Path(path.split(":")[0]).name
    return name.rsplit(".", 1)[0] if "." in name else name


def _match(
    gold: Sequence[Any], pred: Sequence[Any], same: Callable[[Any, Any], bool]
) -> list[tuple[Any, Any]]:
    """Greedy one-to-one matching, gold in order, each taking the first unused fitting prediction."""
    used: set[int] = set()
    pairs = []
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and same(g, p):
                used.add(i)
                pairs.append((g, p))
                break
    return pairs


def _norm(value: str | None) -> str:
    return re.sub(r"\s+", " ", (value or "").replace("\u2019", "'")).strip().lower()


def _value_equal(a: Any, b: Any) -> bool:
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


# -- scoring ------------------------------------------------------------------------------------


def evaluate(results: Iterable[Result], gold_dir: str | Path) -> Report:
    """Score results against the gold in ``gold_dir`` (articles without gold are listed, not scored)."""
    report = Report()
    for name in (
        "actors (mention span + actor)",
        "actors (mention span)",
        "figures (span)",
        "figures (span + value)",
        "times (span)",
        "times (span + value)",
        "claims (content + speaker)",
        "claims (content)",
        "relationships (type + negation)",
        "relationships (quad class + negation)",
        "stances (holder, target, sign)",
    ):
        report.layer(name)
    sign_right = sign_total = covered = gold_pairs = outside = pred_pairs = 0
    value_right = value_total = 0
    for result in results:
        stem = _stem(result)
        gold = load_gold(gold_dir, stem)
        if not gold:
            report.missing.append(stem)
            continue
        report.articles.append(stem)
        text = result.article.text
        names = {a.id: _norm(a.name) for a in result.actors}

        def same_actor(
            gold_id: str, gold_name: str, pred_id: str | None, names: dict[str, str] = names
        ) -> bool:
            if pred_id is None:
                return False
            return gold_id == pred_id or (
                bool(gold_name) and names.get(pred_id) == _norm(gold_name)
            )

        if "article" in gold:
            _score_article(report, result, gold["article"]["items"][0])

        # actors
        if "actors" in gold:
            items = []
            for actor in gold["actors"]["items"]:
                for mention in actor.get("mentions", ()):
                    span = offsets(text, mention["text"], mention.get("occurrence", 1))
                    if span:
                        items.append((span, actor["id"], actor.get("name", "")))
            pred = list(result.mentions)
            both = _match(
                items, pred, lambda g, p: g[0].overlaps(p.span) and same_actor(g[1], g[2], p.actor)
            )
            report.layer("actors (mention span + actor)").add(len(both), len(pred), len(items))
            spans = _match(items, pred, lambda g, p: g[0].overlaps(p.span))
            report.layer("actors (mention span)").add(len(spans), len(pred), len(items))

        # figures and times
        for layer, preds in (("figures", result.figures), ("times", result.times)):
            if layer not in gold:
                continue
            items = []
            for item in gold[layer]["items"]:
                span = offsets(text, item["text"], item.get("occurrence", 1))
                if span:
                    items.append((span, item))
            pairs = _match(items, list(preds), lambda g, p: g[0].overlaps(p.span))
            report.layer(f"{layer} (span)").add(len(pairs), len(preds), len(items))
            if layer == "figures":
                good = sum(_value_equal(g[1].get("value"), p.value) for g, p in pairs)
                value_right += good
                value_total += len(pairs)
            else:
                good = sum(_time_value_equal(g[1].get("value"), p) for g, p in pairs)
            report.layer(f"{layer} (span + value)").add(good, len(preds), len(items))

        # claims
        if "claims" in gold:
            items = []
            for item in gold["claims"]["items"]:
                span = offsets(text, item["text"], item.get("occurrence", 1))
                if span:
                    items.append((span, item))
            preds = list(result.claims)

            def same_claim(g: tuple[Span, dict], p: Any) -> bool:
                if not g[0].overlaps(p.span):
                    return False
                speaker = g[1].get("speaker")
                if speaker == "author" or p.speaker == "author":
                    return speaker == p.speaker
                return same_actor(speaker or "", g[1].get("speaker_name") or "", p.speaker)

            report.layer("claims (content + speaker)").add(
                len(_match(items, preds, same_claim)), len(preds), len(items)
            )
            report.layer("claims (content)").add(
                len(_match(items, preds, lambda g, p: g[0].overlaps(p.span))),
                len(preds),
                len(items),
            )

        # relationships
        if "relationships" in gold:
            items = gold["relationships"]["items"]
            # the guide annotates relations asserted in the body: imagined ones are not scored
            preds = [p for p in result.relationships if p.mode != "hypothetical"]
            for label, key in (("type", lambda t: t), ("quad class", quad_class)):

                def same_rel(g: dict, p: Any, key: Callable[[str], str] = key) -> bool:
                    if key(g["type"]) != key(p.type) or bool(g.get("negated")) != p.negated:
                        return False
                    if (g["source"], g["target"]) == (p.source, p.target):
                        return True
                    return g["type"] in SYMMETRIC and (g["source"], g["target"]) == (
                        p.target,
                        p.source,
                    )

                # one prediction per distinct tuple: repeated evidence of one relation counts once
                distinct = list(
                    {(p.source, p.target, key(p.type), p.negated): p for p in preds}.values()
                )
                report.layer(f"relationships ({label} + negation)").add(
                    len(_match(items, distinct, same_rel)), len(distinct), len(items)
                )

        # stances
        if "stances" in gold:
            items = gold["stances"]["items"]
            preds = list(result.stances)
            gold_by_pair = {(g["holder"], g["target"]): g for g in items}
            pairs = _match(
                items,
                preds,
                lambda g, p: (
                    (g["holder"], g["target"]) == (p.holder, p.target)
                    and _sign(g["polarity"]) == _sign(p.polarity)
                ),
            )
            report.layer("stances (holder, target, sign)").add(len(pairs), len(preds), len(items))
            gold_pairs += len(items)
            pred_pairs += len(preds)
            for p in preds:
                g = gold_by_pair.get((p.holder, p.target))
                if g is None:
                    outside += 1
                else:
                    covered += 1
                    sign_total += 1
                    sign_right += _sign(g["polarity"]) == _sign(p.polarity)

    report.extra["figures value accuracy (matched)"] = (
        value_right / value_total if value_total else 0.0
    )
    report.extra["stances sign accuracy (covered)"] = sign_right / sign_total if sign_total else 0.0
    report.extra["stances coverage of gold pairs"] = covered / gold_pairs if gold_pairs else 0.0
    report.extra["stances share outside gold"] = outside / pred_pairs if pred_pairs else 0.0
    return report


def _sign(value: float) -> int:
    return 0 if abs(value) < 0.1 else (1 if value > 0 else -1)


def _time_value_equal(gold_value: str | None, pred: Any) -> bool:
    if gold_value is None:
        return pred.value is None
    candidates = {pred.value}
    if pred.start and pred.end:
        candidates.add(f"{pred.start}/{pred.end}")
    return gold_value in candidates


def _score_article(report: Report, result: Result, gold: dict[str, Any]) -> None:
    article = result.article

    def check(name: str, ok: bool) -> None:
        right_total = report.article_fields.setdefault(name, [0, 0])
        right_total[0] += int(ok)
        right_total[1] += 1

    check("title", _norm(article.title) == _norm(gold.get("title")))
    published = (
        article.published.isoformat()
        if article.published and article.published_status == "stated"
        else None
    )
    check("published", published == gold.get("published"))
    check("author", _norm(article.author) == _norm(gold.get("author")))
    check("source", _norm(article.source) == _norm(gold.get("source")))
    body = _norm(article.body_text)
    check("body_first", body.startswith(_norm(gold.get("body_first"))))
    check("body_last", body.endswith(_norm(gold.get("body_last"))))
