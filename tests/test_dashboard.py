"""The dashboard in a real headless browser: Playwright driving the distribution's chromium
(Playwright's own browser download is never used) against a server on loopback over the
served store. Each view is loaded, its numbers checked against the store, the path timeline
→ table → article followed, and a screenshot of each view saved under build/screenshots/
(kept out of git).

Without chromium the tests are skipped with the reason, except under CI (``CI`` set), where
``.ci/run`` installs it and its absence is a failure.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import served_store
from conftest import REPO_ROOT

from vigie.config import DEFAULT_SETTINGS
from vigie.server import Service
from vigie.store import Store

CHROMIUM = Path(os.environ.get("VIGIE_CHROMIUM", "/usr/bin/chromium"))
SCREENSHOTS = REPO_ROOT / "build" / "screenshots"

if not CHROMIUM.exists():
    message = f"needs {CHROMIUM} (apt-get install chromium) to drive a browser"
    if os.environ.get("CI"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message, allow_module_level=True)

from playwright.sync_api import Browser, Page, Route, sync_playwright  # noqa: E402


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Service]]:
    """The dashboard's address, on a server running in a thread of this process."""
    service = Service.open(served_store.build(tmp_path_factory.mktemp("dashboard")),
                           DEFAULT_SETTINGS, "token", warm=False)
    with served_store.serving(service) as url:
        yield url, service


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        # Root (as in CI) has no user namespaces for chromium's sandbox.
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM),
                                              args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    opened = browser.new_page(viewport={"width": 1280, "height": 900})
    failures: list[str] = []
    opened.on("pageerror", lambda error: failures.append(str(error)))

    def offline(route: Route) -> None:
        # The page must work offline: any request away from the server fails the test.
        if route.request.url.startswith("http://127.0.0.1"):
            route.continue_()
        else:
            failures.append(route.request.url)
            route.abort()

    opened.route("**/*", offline)
    yield opened
    opened.close()
    assert failures == []


def _shoot(page: Page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def _load(page: Page, url: str, view: str) -> None:
    page.goto(url)
    page.wait_for_selector(f"main[data-loaded='{view}']", timeout=30_000)


def _count(service: Service, sql: str) -> int:
    with Store.sharing(service.store) as store:
        (value,) = store.connection.execute(sql).fetchone() or (0,)
    return int(value)


def test_overview_shows_the_store_counts_and_a_timeline(page: Page,
                                                        served: tuple[str, Service]) -> None:
    url, service = served
    _load(page, f"{url}/#/overview", "overview")
    shown = {card.get_attribute("data-count"): card.locator(".number").inner_text()
             for card in page.locator(".card").all()}
    assert shown["articles"] == str(_count(service, "SELECT count(*) FROM articles"))
    assert shown["events"] == str(_count(service, "SELECT count(*) FROM event_clusters"))
    assert shown["reports of events"] == str(_count(service, "SELECT count(*) FROM events"))
    # Four quad classes, stacked.
    assert page.locator("#timeline .barlayer .trace").count() == 4
    _shoot(page, "overview")


def test_timeline_bar_leads_to_its_events_then_to_the_article(
        page: Page, served: tuple[str, Service]) -> None:
    url, _service = served
    _load(page, f"{url}/#/overview?by=month", "overview")
    # The tallest bar of material conflict (quad class 4): click it.
    bars = page.locator("#timeline .barlayer .trace").nth(3).locator("path")
    heights = [bar.bounding_box() or {"height": 0} for bar in bars.all()]
    tallest = max(range(len(heights)), key=lambda i: heights[i]["height"])
    bars.nth(tallest).click(force=True)
    page.wait_for_selector("main[data-loaded='events']", timeout=30_000)
    assert "quad=4" in page.url and "since=" in page.url
    rows = page.locator("#events-table tbody tr")
    assert rows.count() >= 1
    _shoot(page, "events")
    link = rows.first.locator("td").nth(5).locator("a")
    words = link.inner_text()
    link.click()
    page.wait_for_selector("main[data-loaded='article']", timeout=30_000)
    selected = page.locator("#article-text .hl.selected.trigger")
    assert words in "".join(selected.all_inner_texts())
    assert page.locator("#article-events tr.selected").count() == 1
    selected.first.hover()
    assert "rule" in page.locator("#info").inner_text()


def test_article_highlights_every_side_of_its_events(page: Page,
                                                     served: tuple[str, Service]) -> None:
    url, _service = served
    _load(page, f"{url}/#/article/pair-en", "article")
    text = page.locator("#article-text").inner_text()
    assert text.startswith("Russia condemned the Ukrainian strikes on Belgorod")
    marked = {kind: " ".join(page.locator(f"#article-text .hl.{kind}").all_inner_texts())
              for kind in ("actor", "target", "trigger", "date")}
    assert marked["actor"] == "Russia Japan"
    assert "Turkey" in marked["target"]
    assert "condemned" in marked["trigger"] and "pledged" in marked["trigger"]
    assert marked["date"] == "Monday Tuesday"
    page.locator("#article-text .hl.actor", has_text="Russia").hover()
    assert "RUSGOV" in page.locator("#info").inner_text()
    _shoot(page, "article")


def test_dyads_and_clusters_views(page: Page, served: tuple[str, Service]) -> None:
    url, _service = served
    _load(page, f"{url}/#/dyads", "dyads")
    pairs = {tuple(row.locator("td").all_inner_texts()[:2])
             for row in page.locator("#dyads-table tbody tr").all()}
    assert {("RUS", "UKR"), ("JPN", "TUR")} <= pairs
    _shoot(page, "dyads")
    _load(page, f"{url}/#/clusters", "clusters")
    sections = page.locator("section.cluster")
    assert sections.count() == 2
    assert sections.first.locator("[lang]").evaluate_all("els => els.map(e => e.lang)") == [
        "en", "fr"]
    _shoot(page, "clusters")


def _shaded(page: Page) -> dict[str, int]:
    """Events shown on the map, by the ISO alpha-2 class of each shaded country."""
    return dict(page.locator("#world-map g.country[data-events]").evaluate_all(
        "shapes => shapes.map(s => [s.classList[0], Number(s.dataset.events)])"))


def _events_of(service: Service, side: str, country: str) -> int:
    """Distinct events with a participant of ``country`` on ``side``, read from the store."""
    return _count(service, f"SELECT count(DISTINCT cluster_id) FROM event_codes WHERE "
                           f"len(list_filter({side}_codes, lambda c: c[:3] = '{country}')) > 0")


def test_world_map_shades_countries_by_their_events_on_either_side(
        page: Page, served: tuple[str, Service]) -> None:
    url, service = served
    _load(page, f"{url}/#/dyads", "dyads")
    doers = _shaded(page)
    assert doers["ru"] == _events_of(service, "actor", "RUS") >= 1
    assert doers["jp"] == _events_of(service, "actor", "JPN") >= 1
    page.locator(".map-sides button[data-side=recipient]").click()
    targets = _shaded(page)
    assert targets["tr"] == _events_of(service, "recipient", "TUR") >= 1
    assert targets["ua"] == _events_of(service, "recipient", "UKR") >= 1
    assert targets.get("jp", 0) == _events_of(service, "recipient", "JPN")
    page.locator("#world-map g.country.tr").click(force=True)
    page.wait_for_selector("main[data-loaded='events']", timeout=30_000)
    assert "recipient=TUR" in page.url
    assert page.locator("#events-table tbody tr").count() >= 1
    _shoot(page, "map")


def test_try_it_extracts_a_pasted_text(page: Page, served: tuple[str, Service]) -> None:
    url, _service = served
    _load(page, f"{url}/#/try", "try")
    page.fill("textarea[name=text]", "Le Maroc a expulsé jeudi deux diplomates algériens.")
    page.select_option("select[name=lang]", "fr")
    page.fill("input[name=published]", "2024-05-10")
    page.click("button[type=submit]")
    page.wait_for_selector("#article-events", timeout=60_000)
    # The trigger runs over the date inside it: "expulsé jeudi deux diplomates".
    trigger = "".join(page.locator("#article-text .hl.trigger").all_inner_texts())
    assert trigger.startswith("expulsé")
    assert page.locator("#article-text .hl.date").all_inner_texts() == ["jeudi"]
    _shoot(page, "try")

