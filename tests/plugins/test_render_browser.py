"""The HTML brief in a real headless browser (Debian's chromium driven by Playwright): it loads
without console errors, draws the graph and the timeline, and runs no script from an article."""

from __future__ import annotations

import os
from pathlib import Path

import geobrief_corpus
import geobrief_render
import pytest

from geobrief import Article, Brief, Result
from geobrief.testing import pipeline_with

from .test_corpus import ORIGINAL, RETELLING
from .test_render import hostile_result

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("GEOBRIEF_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser():
    from playwright import sync_api  # part of the test extra: never skipped when missing

    if not os.path.exists(CHROMIUM):
        message = f"no browser at {CHROMIUM} (.ci/setup-browser installs Debian's chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


def _open(browser, path: Path):
    """A page showing ``path``, with everything it logs and every request it makes."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    log: dict[str, list[str]] = {"console": [], "errors": [], "requests": [], "dialogs": []}
    page.on("console", lambda m: log["console"].append(f"{m.type}: {m.text}"))
    page.on("pageerror", lambda e: log["errors"].append(str(e)))
    page.on("request", lambda r: log["requests"].append(r.url))
    page.on("dialog", lambda d: (log["dialogs"].append(d.message), d.dismiss()))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, log


@pytest.fixture(scope="module")
def hostile_page(browser, tmp_path_factory):
    with pipeline_with(geobrief_corpus, geobrief_render) as pipeline:
        brief = Brief.from_results(
            [
                Result(article=Article.from_text(ORIGINAL, id="orig")),
                Result(article=Article.from_text(RETELLING, id="retold")),
                hostile_result(),
            ],
            pipeline,
        )
    path = tmp_path_factory.mktemp("html") / "brief.html"
    path.write_text(brief.render("html"), "utf-8")
    page, log = _open(browser, path)
    yield page, log
    page.close()


def test_render_browser_showcase_loads_cleanly_and_draws(browser):
    path = Path(__file__).resolve().parents[2] / "examples" / "corpus_brief.html"
    page, log = _open(browser, path)
    try:
        assert log["console"] == [] and log["errors"] == []
        assert log["requests"] == [path.as_uri()]
        graph = page.locator("svg#graph")
        assert graph.is_visible()
        assert graph.bounding_box()["height"] > 200
        assert page.locator("svg#graph path.edge").count() > 3
        assert page.locator("svg#graph g.node").count() > 3
        timeline = page.locator("svg#timeline")
        assert timeline.is_visible()
        assert page.locator("svg#timeline circle.point").count() > 5
        assert page.locator("#discrepancies .card").count() >= 3
        text = page.locator("#discrepancies").inner_text()
        assert "December 2024" in text and "December 2014" in text
    finally:
        page.close()


def test_render_browser_hostile_article_is_text_and_runs_nothing(hostile_page):
    page, log = hostile_page
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.title() != "pwned"
    assert log["dialogs"] == [] and log["errors"] == [] and log["console"] == []
    assert page.locator("script").count() == 0
    assert page.locator("main img").count() == 0
    body = page.locator("main").inner_text()
    assert "<script>window.__pwned = 1;" in body
    assert '<img src="x" onerror="window.__pwned = 2">' in body


def test_render_browser_evidence_opens_in_context(hostile_page):
    page, _ = hostile_page
    details = page.locator("#claims details.ev").first
    details.locator("summary").click()
    mark = details.locator("mark")
    assert mark.is_visible()
    assert "was found in the memo" in mark.inner_text()
    assert "Officials said" in details.inner_text()
