"""Reviewing in the dashboard's article view, in a real headless browser (the browser, page
and server of ``test_dashboard``): an analyst confirms an event, marks one wrong, corrects
one's type and sides and adds a missed one from words selected in the text; each review
reaches the store as said, the coded events unchanged. Without the token the controls say
that writes are disabled."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import served_store
import test_dashboard
from playwright.sync_api import Page
from test_dashboard import _load, _shoot

from vigie.config import DEFAULT_SETTINGS
from vigie.server import Service
from vigie.store import Store, ingest

# The dashboard tests' fixtures: their browser, a page of it that fails on any request away
# from the server, and a server over the served store (one of its own for this module).
browser, page, served = test_dashboard.browser, test_dashboard.page, test_dashboard.served


def _reviews(service: Service) -> list[dict[str, Any]]:
    with Store.sharing(service.store) as store:
        cursor = store.connection.execute(
            'SELECT verdict, reviewer, event_id, event, source, target, start, "end", sentence '
            "FROM reviews ORDER BY id")
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _events(service: Service) -> list[tuple[Any, ...]]:
    with Store.sharing(service.store) as store:
        return store.connection.execute("SELECT * FROM events ORDER BY id").fetchall()


def _row(page: Page, sentence_words: str) -> Any:
    return page.locator("#article-events tbody tr", has_text=sentence_words)


def _select(page: Page, start: int, end: int) -> None:
    """Select the characters ``start``-``end`` of the article text, as a mouse would."""
    page.evaluate("""([start, end]) => {
      const text = document.getElementById("article-text");
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent.length;
        if (seen <= start && start < seen + length) range.setStart(node, start - seen);
        if (seen < end && end <= seen + length) range.setEnd(node, end - seen);
        seen += length;
      }
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      text.dispatchEvent(new MouseEvent("mouseup", {bubbles: true}));
    }""", [start, end])


def _wait_saved(page: Page, count: int) -> None:
    page.wait_for_function(
        f"document.getElementById('review-status')?.textContent.startsWith('Saved review "
        f"{count}:')", timeout=30_000)


def test_an_analyst_reviews_an_article(page: Page, served: tuple[str, Service]) -> None:
    url, service = served
    coded = _events(service)
    _load(page, f"{url}/#/article/pair-en", "article")
    assert page.locator("#writes-disabled").count() == 0
    page.fill("#reviewer", "Ana")
    page.fill("#review-token", "token")

    _row(page, "condemned").locator("button[data-review=confirmed]").click()
    _wait_saved(page, 1)
    assert "confirmed (Ana)" in _row(page, "condemned").locator("td.review").inner_text()

    _row(page, "pledged").locator("button[data-review=corrected]").click()
    form = page.locator("#correct-form")
    assert form.locator("select[name=event]").input_value() == "AGREE"
    assert form.locator("input[name=actor]").input_value() == "JPNGOV"
    form.locator("select[name=event]").select_option("AID")
    form.locator("input[name=recipient]").fill("turgov")
    form.locator("button[type=submit]").click()
    _wait_saved(page, 2)
    assert "corrected (Ana): AID JPNGOV → TURGOV" in _row(page, "pledged").locator(
        "td.review").inner_text()

    # The reviewer's name is kept: a later review needs no typing.
    text = served_store.PAIRED[1]["text"]
    start = text.index("Ukrainian strikes")
    _select(page, start, start + len("Ukrainian strikes"))
    assert page.locator("#add-words").inner_text() == "Ukrainian strikes"
    add = page.locator("#add-form")
    add.locator("select[name=event]").select_option("ASSAULT")
    add.locator("input[name=actor]").fill("UKRMIL")
    add.locator("input[name=recipient]").fill("RUS")
    add.locator("button[type=submit]").click()
    _wait_saved(page, 3)
    assert "ASSAULT UKRMIL → RUS" in page.locator("#added-events").inner_text()
    _shoot(page, "review")

    _row(page, "condemned").locator("button[data-review=wrong]").click()
    _wait_saved(page, 4)
    assert "wrong (Ana)" in _row(page, "condemned").locator("td.review").inner_text()

    reviews = _reviews(service)
    assert [(r["verdict"], r["reviewer"], r["event"]) for r in reviews] == [
        ("confirmed", "Ana", "ACCUSE"), ("corrected", "Ana", "AID"),
        ("added", "Ana", "ASSAULT"), ("wrong", "Ana", "NONE")]
    assert '"TURGOV"' in reviews[1]["target"] and '"JPNGOV"' in reviews[1]["source"]
    assert (reviews[2]["start"], reviews[2]["end"]) == (start, start + len("Ukrainian strikes"))
    assert reviews[2]["sentence"] == text.split("\n\n")[0]
    assert reviews[0]["event_id"] == reviews[3]["event_id"]
    assert _events(service) == coded


@pytest.fixture
def without_token(tmp_path: Path) -> Iterator[str]:
    """A server started without VIGIE_TOKEN over a store of one article."""
    (tmp_path / "one.jsonl").write_bytes(served_store.jsonl(served_store.PAIRED[:1]))
    db = tmp_path / "one.duckdb"
    ingest([str(tmp_path / "one.jsonl")], db, workers=1, progress=False)
    with served_store.serving(Service.open(db, DEFAULT_SETTINGS, None, warm=False)) as url:
        yield url


def test_without_a_token_the_review_controls_say_writes_are_disabled(
        page: Page, without_token: str) -> None:
    _load(page, f"{without_token}/#/article/pair-fr", "article")
    assert "Writes are disabled" in page.locator("#writes-disabled").inner_text()
    assert "VIGIE_TOKEN" in page.locator("#writes-disabled").inner_text()
    buttons = page.locator("#article-events button[data-review]")
    assert buttons.count() >= 3
    assert all(button.is_disabled() for button in buttons.all())
    assert page.locator("#add-form button[type=submit]").is_disabled()
