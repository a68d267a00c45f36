"""The render plugin: markdown, html, json (against the shipped schema) and graphml; the
``geobrief brief`` command; and the committed showcase of examples/corpus, regenerated."""

from __future__ import annotations

import json
import re
from pathlib import Path

import geobrief_corpus
import geobrief_render
import jsonschema
import networkx
import pytest
from click.testing import CliRunner

from geobrief import (
    Actor,
    Article,
    Brief,
    BriefSection,
    Claim,
    Figure,
    Mention,
    Relationship,
    Result,
    TimeRef,
    hookimpl,
    schema,
)
from geobrief.cli import main
from geobrief.testing import pipeline_with

from .test_corpus import ORIGINAL, RETELLING

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = (
    "Leaked Memo\n\n"
    'Officials said <script>window.__pwned = 1; document.title = "pwned"</script> was found '
    'in the memo | dated 4 May 2023, with <img src="x" onerror="window.__pwned = 2"> and **bold**.\n'
)


def _span(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def hostile_result() -> Result:
    text = HOSTILE
    claim = '<script>window.__pwned = 1; document.title = "pwned"</script> was found in the memo'
    actors = (Actor("RUS", "Russia <b>", "state"), Actor("IRN", "Iran", "state"))
    return Result(
        article=Article.from_text(text, id="hostile<x>"),
        actors=actors,
        mentions=[Mention("RUS", _span(text, "Officials"), "Officials", "institution")],
        claims=[
            Claim(_span(text, claim), claim, speaker="RUS", speaker_name="Officials", cue="said")
        ],
        times=[TimeRef(_span(text, "4 May 2023"), "4 May 2023", "2023-05-04", "day")],
        figures=[Figure(_span(text, "**bold**"), "**bold**", 2.0, "count", "thing")],
        relationships=[
            Relationship("RUS", "IRN", "THREATEN", _span(text, claim), claim),
        ],
    )


def build(*results: Result, extra: tuple[object, ...] = ()) -> Brief:
    with pipeline_with(geobrief_corpus, geobrief_render, *extra) as pipeline:
        return Brief.from_results(results, pipeline)


@pytest.fixture(scope="module")
def written() -> Brief:
    return build(
        Result(article=Article.from_text(ORIGINAL, id="orig")),
        Result(article=Article.from_text(RETELLING, id="retold")),
        hostile_result(),
    )


@pytest.fixture(scope="module")
def corpus(pipeline, corpus_files) -> Brief:
    return Brief.from_results(pipeline.extract(corpus_files), pipeline)


def test_render_markdown_has_every_section_and_escapes_text(written):
    text = written.render("markdown")
    for section in written.sections:
        assert f"## {section.title}" in text
    assert "<script>" not in text and "<img" not in text
    assert "&lt;script&gt;" in text
    assert "\\*\\*bold\\*\\*" in text
    assert "| discrepancies" not in text
    assert "| changed date |" in text and "**April 2021**" in text and "**April 2019**" in text
    # table rows keep their column count even when the text holds a pipe
    assert "memo \\| dated" in text
    columns = None
    for line in text.splitlines():
        if not line.startswith("|"):
            columns = None
            continue
        pipes = len(re.findall(r"(?<!\\)\|", line))
        columns = pipes if columns is None else columns
        assert pipes == columns, line


def test_render_markdown_aliases_and_unknown_format(written):
    assert written.render("md") == written.render("markdown")
    from geobrief import UsageError

    with pytest.raises(UsageError):
        written.render("pdf")


def test_render_json_validates_against_the_shipped_schema(written, corpus):
    validator = jsonschema.Draft202012Validator(
        schema("brief"), format_checker=jsonschema.FormatChecker()
    )
    for brief in (written, corpus):
        document = json.loads(brief.render("json"))
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
        assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]
        assert [s["id"] for s in document["sections"]] == [s.id for s in brief.sections]


def test_render_json_schema_rejects_a_malformed_section(written):
    validator = jsonschema.Draft202012Validator(schema("brief"))
    document = json.loads(written.render("json"))
    links = next(s for s in document["sections"] if s["id"] == "links")
    links["data"][0]["kind"] = "cousin"
    assert not validator.is_valid(document)


def test_render_graphml_loads_back(written):
    graph = networkx.parse_graphml(written.render("graphml"), force_multigraph=True)
    assert graph.is_directed()
    assert set(graph.nodes) == {"RUS", "IRN"}
    ((source, target, data),) = list(graph.edges(data=True))
    assert (source, target, data["type"], data["weight"]) == ("RUS", "IRN", "THREATEN", 1)
    assert json.loads(data["articles"]) == ["hostile<x>"]


def test_render_html_is_self_contained_and_escaped(written):
    page = written.render("html")
    assert page.startswith("<!DOCTYPE html>")
    assert "script-src" not in page or "default-src 'none'" in page
    assert "<script" not in page.lower()
    assert "&lt;script&gt;" in page and "&lt;img" in page
    assert 'id="graph"' in page and 'id="timeline"' in page
    for forbidden in ("http://", "https://", 'src="http', "@import"):
        assert forbidden not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_render_other_plugins_sections_are_shown_generically():
    class Extra:
        @hookimpl
        def geobrief_corpus(self):
            return [BriefSection("notes", "Analyst notes", [{"who": "<i>me</i>", "note": "a | b"}])]

    brief = build(Result(article=Article.from_text(ORIGINAL, id="orig")), extra=(Extra(),))
    markdown = brief.render("markdown")
    assert "## Analyst notes" in markdown and "a \\| b" in markdown and "&lt;i&gt;me" in markdown
    assert "&lt;i&gt;me&lt;/i&gt;" in brief.render("html")


def test_render_is_deterministic(written):
    again = build(
        Result(article=Article.from_text(ORIGINAL, id="orig")),
        Result(article=Article.from_text(RETELLING, id="retold")),
        hostile_result(),
    )
    for fmt in ("markdown", "html", "json", "graphml"):
        assert again.render(fmt) == written.render(fmt)


# -- the command -------------------------------------------------------------------------------


def test_render_cli_brief_writes_each_format(tmp_path, corpus_dir):
    runner = CliRunner()
    out = tmp_path / "brief.md"
    result = runner.invoke(main, ["brief", str(corpus_dir), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text("utf-8").startswith("# Brief of 5 articles")
    result = runner.invoke(main, ["brief", str(corpus_dir), "--format", "graphml"])
    assert result.exit_code == 0 and "<graphml" in result.output


def test_render_cli_brief_reads_extract_output(tmp_path, corpus_dir):
    runner = CliRunner()
    records = tmp_path / "corpus.jsonl"
    extracted = runner.invoke(main, ["extract", str(corpus_dir), "-o", str(records)])
    assert extracted.exit_code == 0, extracted.output
    from_records = runner.invoke(main, ["brief", str(records), "--format", "json"])
    from_texts = runner.invoke(main, ["brief", str(corpus_dir), "--format", "json"])
    assert from_records.exit_code == 0, from_records.output
    a, b = json.loads(from_records.output), json.loads(from_texts.output)
    assert a["sections"] == b["sections"]


def test_render_cli_brief_unknown_format_is_a_usage_error(corpus_dir):
    import subprocess
    import sys

    run = subprocess.run(
        [sys.executable, "-m", "geobrief", "brief", str(corpus_dir), "--format", "pdf"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 2 and "pdf" in run.stderr


# -- the showcase ------------------------------------------------------------------------------

REGENERATE = (
    "examples/corpus_brief.{md,html} are out of date; regenerate them with\n"
    "  geobrief brief examples/corpus -o examples/corpus_brief.md\n"
    "  geobrief brief examples/corpus --format html -o examples/corpus_brief.html"
)


@pytest.mark.parametrize(
    ("fmt", "name"), [("markdown", "corpus_brief.md"), ("html", "corpus_brief.html")]
)
def test_render_showcase_is_up_to_date(fmt, name, monkeypatch):
    monkeypatch.chdir(ROOT)
    import geobrief

    pipeline = geobrief.Pipeline(environment=False)
    brief = Brief.from_results(pipeline.extract(["examples/corpus"]), pipeline)
    committed = (ROOT / "examples" / name).read_text("utf-8")
    assert brief.render(fmt) == committed, REGENERATE
