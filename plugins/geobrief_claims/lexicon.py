"""The claims plugin's word lists, read once from the CSV files in ``data/`` and compiled."""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

__all__ = ["Cue", "Lexicon", "lexicon"]


class Cue(NamedTuple):
    """One reporting cue of the lexicon."""

    lemma: str
    pos: str
    """verb, verb_obj, verb_as, passive_as, noun, frame, frame_poss, frame_put or phrase."""
    cls: str
    """speech, written, cognition or intent."""
    modality: str
    """negated, future, hedged or empty."""


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files(__package__).joinpath("data", name).read_text("utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines))


def _alternation(words: list[str]) -> str:
    """A regex alternation of ``words`` (phrases allowed) as a character trie, so the engine
    tries one branch per distinct prefix instead of every word at every position. Longer
    entries win over their prefixes; a space inside a phrase matches any run of whitespace."""
    trie: dict[str, dict] = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = []
        for ch in sorted(k for k in node if k):
            head = r"\s+" if ch == " " else re.escape(ch)
            branches.append(head + build(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return build(trie)


class Lexicon:
    """Compiled cue, role and signal patterns; build with :func:`lexicon` (cached)."""

    def __init__(self) -> None:
        self.cues: dict[str, list[Cue]] = {}
        frame_poss: list[str] = []
        frame_put: list[str] = []
        for row in _rows("cues.csv"):
            cue = Cue(row["lemma"], row["pos"], row["class"], row["modality"] or "")
            for form in row["forms"].split("|"):
                form = form.strip().lower()
                if not form:
                    continue
                if cue.pos == "frame_poss":
                    frame_poss.append(form)
                elif cue.pos == "frame_put":
                    frame_put.append(form)
                else:
                    self.cues.setdefault(form, []).append(cue)
        self.cue_count = len(self.cues) + len(frame_poss) + len(frame_put)
        # One pass over the lower-cased text finds every cue form. "added to" (increased) and
        # "said to be" (reputed) are not reports.
        self.cue_re = re.compile(r"\b(?<![-'])(?:" + _alternation(list(self.cues)) + r")(?![\w-])")
        #: Lemmas whose forms before an infinitive "to" are no report ("added to the tension",
        #: "agreed to assist", "is said to be", "is expected to").
        self.not_before_to = frozenset(
            {
                "add",
                "say",
                "agree",
                "think",
                "believe",
                "expect",
                "consider",
                "report",
                "see",
                "view",
                "regard",
                "fear",
                "judge",
                "point out",
                "continue",
                "respond",
                "frame",
            }
        )
        self.frame_poss_re = re.compile(
            r"\b(?:in|to)\s+((?:his|her|their|its|[\w.'-]+(?:\s+[\w.'-]+){0,3}?'s?))\s+(?:own\s+)?"
            r"(?:" + _alternation(frame_poss) + r")\s*,"
        )
        puts = [f.replace("x", "(?P<np>[^,.;]{1,60}?)") for f in frame_put]
        self.frame_put_re = re.compile(
            r"\b(?:" + "|".join(p.replace(" ", r"\s+") for p in puts) + r")\b"
        )

        self.titles = frozenset(r["title"].strip().lower() for r in _rows("titles.csv"))
        roles = _rows("roles.csv")
        role_words = [r["singular"] for r in roles] + [r["plural"] for r in roles]
        self.role_singular = {r["plural"]: r["singular"] for r in roles}
        self.role_singular.update({r["singular"]: r["singular"] for r in roles})
        # A role noun phrase ending at the end of the searched string.
        self.role_tail_re = re.compile(
            r"(?:\b(?:a|an|the|one|two|three|several|some|many|most|other|few|these|those|"
            r"this|that|his|her|their|its)\s+)?"
            r"(?:[\w.'\u2019-]+\s+){0,4}?(" + _alternation(role_words) + r")\s*$",
            re.IGNORECASE,
        )
        self.institution_roles = frozenset(
            {"administration", "government", "ministry", "military", "army", "cabinet"}
        )

        #: Definite common nouns standing for an earlier actor: noun -> (kinds, reach).
        self.anaphors: dict[str, tuple[tuple[str, ...], int]] = {
            r["noun"].strip().lower(): (
                tuple(k.strip() for k in r["kinds"].split(";") if k.strip()),
                int(r["reach"]),
            )
            for r in _rows("anaphors.csv")
        }
        # "the group", "this bloc", "the militant group", "the country's foreign ministry"
        # ending at the end of the searched string.
        self.anaphor_re = re.compile(
            r"\b(?i:the|this|that)\s+(?:[\w-]+(?:'s|\u2019s)?\s+){0,2}?("
            + _alternation(list(self.anaphors))
            + r")\s*$"
        )

        signals: dict[str, list[str]] = {}
        for row in _rows("signals.csv"):
            signals.setdefault(row["kind"], []).extend(
                w.strip().lower() for w in row["words"].split("|") if w.strip()
            )
        self.signals = signals

        def words_re(kind: str) -> re.Pattern[str]:
            return re.compile(r"(?<![\w'])(?:" + _alternation(signals[kind]) + r")(?![\w])")

        self.hedge_re = words_re("hedge")
        self.negation_re = re.compile(
            r"(?<![\w'])(?:"
            + _alternation([w for w in signals["negation"] if w != "n't"])
            + r")(?![\w])|n't\b"
        )
        self.future_re = re.compile(
            r"(?<![\w'])(?:"
            + _alternation([w for w in signals["future"] if w != "'ll"])
            + r")(?![\w])|'ll\b"
        )
        self.deontic_re = words_re("deontic")
        self.evaluative_re = words_re("evaluative")
        self.thesis_opener_re = re.compile(
            r"^(?:" + _alternation(signals["thesis_opener"]) + r")(?![\w])"
        )
        self.background_re = re.compile(r"^(?:" + _alternation(signals["background"]) + r")\b")
        self.assessment_to_re = re.compile(
            r"\b(?:" + _alternation(signals["assessment_to"]) + r")\s*$"
        )
        self.reference_pronouns = frozenset(signals["reference_pronoun"])
        self.narrative_time_re = words_re("narrative_time")
        #: Adjuncts at the start of the text after a cue ("on Wednesday, in a statement,").
        self.adjunct_re = re.compile(
            r"(?:\s*,?\s*(?:" + _alternation(signals["cue_adjunct"]) + r")(?![\w]))+\s*,?"
        )


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The compiled lexicon (built once per process)."""
    return Lexicon()
