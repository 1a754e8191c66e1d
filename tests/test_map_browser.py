"""The map page in a real browser (Debian's headless chromium), with the network cut off.

The generic tests run on every input of ``map_fixture.map_sources()`` (the hand-made fixture, and the
real ``maps/`` output once it exists); the popup tests know the fixture's al-Waer flows.
Screenshots go to ``test-artifacts/`` (not committed).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from browser import CHROMIUM, launch, open_offline
from geo.map import ARRIVAL_STROKE, build_map, render_map
from map_fixture import HOSTILE, REPO, fixture_flows, fixture_places, hostile_collections, map_sources

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason=f"{CHROMIUM} missing: apt-get install -y chromium"
)
sync_api = pytest.importorskip("playwright.sync_api")
ARTIFACTS = REPO / "test-artifacts"
SOURCES = map_sources()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()


def write_page(directory: Path, name: str, flows: dict, places: dict) -> Path:
    path = directory / f"{name}.html"
    path.write_text(render_map(build_map(flows, places)), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, Path]:
    directory = tmp_path_factory.mktemp("maps")
    return {name: write_page(directory, name, *inputs) for name, inputs in SOURCES.items()}


@pytest.fixture
def fixture_page(browser, pages):
    page, log = open_offline(browser, pages["fixture"])
    yield page, log
    page.close()


def flow_count(flows: dict, status: str | None = None) -> int:
    return sum(
        f["properties"]["kind"] == "flow" and status in (None, f["properties"]["status"])
        for f in flows["features"]
    )


def click_flow(page, selector: str) -> str:
    """Click the middle of a flow's curve (the centre of its bounding box is off the curve) and
    return the popup's text."""
    x, y = page.locator(selector).first.evaluate(
        """path => {
            const mid = path.getPointAtLength(path.getTotalLength() / 2);
            const screen = new DOMPoint(mid.x, mid.y).matrixTransform(path.getScreenCTM());
            return [screen.x, screen.y];
        }"""
    )
    page.mouse.click(x, y)
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    page.wait_for_timeout(300)  # let the popup fade in, for the screenshots
    return popup.inner_text()


def set_switch(page, facet: str, value: str, on: bool) -> None:
    page.locator(f'input[data-facet="{facet}"][value="{value}"]').set_checked(on)


@pytest.mark.parametrize("source", SOURCES)
def test_page_draws_one_path_per_flow_offline_without_errors(browser, pages, source):
    page, log = open_offline(browser, pages[source])
    try:
        flows, _ = SOURCES[source]
        assert page.locator("path.evac-flow").count() == flow_count(flows)
        assert page.locator(".evac-title").is_visible()
        assert page.locator(".evac-legend").is_visible()
        assert page.locator(".leaflet-control-scale").is_visible()
        assert "GeoNames" in page.locator(".leaflet-control-attribution").inner_text()
        page.screenshot(path=ARTIFACTS / f"map-{source}.png")
    finally:
        page.close()
    assert log.blocked == [] and log.errors == [] and log.dialogs == []


@pytest.mark.parametrize("source", SOURCES)
def test_switching_a_status_off_hides_its_flows(browser, pages, source):
    flows, _ = SOURCES[source]
    page, log = open_offline(browser, pages[source])
    try:
        for status in ("planned", "underway", "completed", "unknown"):
            set_switch(page, "status", status, False)
            assert page.locator(f"path.evac-flow.evac-{status}").count() == 0
            others = flow_count(flows) - flow_count(flows, status)
            assert page.locator("path.evac-flow").count() == others
            set_switch(page, "status", status, True)
            assert page.locator("path.evac-flow").count() == flow_count(flows)
    finally:
        page.close()
    assert log.errors == []


def test_flow_popup_shows_the_estimate_and_every_report(fixture_page):
    page, log = fixture_page
    text = click_flow(page, "path.evac-flow.evac-completed")
    page.screenshot(path=ARTIFACTS / "map-popup.png")
    assert "al-Waer \u2192 Jarablus" in text
    assert "2,000" in text
    assert "according to The Homs Media Center" in text
    assert "fighters: 400" in text
    assert "Some 2,000 people, including 400 fighters" in text
    assert "2017-05-20" in text
    assert "Articles: 003_7545182a43752d89, 004_51bec713c1d4a1ee" in text
    assert log.errors == [] and log.blocked == []


def test_a_shared_figure_says_so(fixture_page):
    page, _ = fixture_page
    text = click_flow(page, "path.evac-flow.evac-underway")
    assert "al-Waer \u2192 Idlib" in text
    assert "No single figure: people (at least 2,000)" in text
    assert "Figure shared by several destinations: Idlib, Jarablus" in text


def test_an_open_ended_figure_keeps_its_hedge_in_the_estimate(fixture_page):
    page, _ = fixture_page
    set_switch(page, "status", "completed", False)  # Old Homs's departure lies over al-Waer's
    try:
        text = click_flow(page, "path.evac-departure.evac-planned")
    finally:
        set_switch(page, "status", "completed", True)
    assert "Best estimate: 12,000 people (up to 12,000)" in text


def test_switches_for_kind_and_period(fixture_page):
    page, _ = fixture_page
    assert page.locator("path.evac-departure").count() == 2
    set_switch(page, "period", "2014", False)  # Old Homs, 2014
    assert page.locator("path.evac-departure").count() == 1
    set_switch(page, "show", "departures", False)
    assert page.locator("path.evac-departure").count() == 0
    set_switch(page, "show", "places", False)
    assert page.locator("path.evac-place").count() == 0
    assert page.locator("path.evac-flow").count() == flow_count(fixture_flows())


def test_an_arrival_is_drawn_at_its_place_with_its_popup_and_its_switch(fixture_page):
    page, _ = fixture_page
    arrival = page.locator("path.evac-arrival")
    assert arrival.count() == 1 and page.locator("path.evac-departure.evac-arrival").count() == 0
    assert arrival.get_attribute("stroke") == ARRIVAL_STROKE[0]  # not a departure's dark hairline
    assert arrival.get_attribute("d").count("h") == 2  # a square, not a departure's circle (drawn with arcs)
    arrival.dispatch_event("click")  # its middle lies under the Idlib place marker: click the arrival itself
    popup = page.locator(".leaflet-popup-content", has_text="origin not reported")
    text = popup.inner_text()
    assert "At Idlib (arrived or sheltered; origin not reported)" in text
    assert "Best estimate: 3,500 people" in text and "according to aid workers" in text
    page.keyboard.press("Escape")
    set_switch(page, "show", "arrivals", False)
    try:
        assert page.locator("path.evac-arrival").count() == 0
    finally:
        set_switch(page, "show", "arrivals", True)


def test_place_markers_by_role(fixture_page):
    page, _ = fixture_page
    roles = {r: page.locator(f"path.evac-place-{r}").count() for r in ("origin", "destination")}
    assert roles == {"origin": 2, "destination": 2}
    assert page.locator("path.evac-place-mentioned").count() == 1
    assert len(fixture_places()["features"]) == 5


def test_article_markup_shows_as_text_and_runs_nothing(browser, tmp_path):
    path = write_page(tmp_path, "hostile", *hostile_collections())
    page, log = open_offline(browser, path)
    try:
        text = click_flow(page, "path.evac-flow")
        page.screenshot(path=ARTIFACTS / "map-hostile.png")
        for attack in HOSTILE:
            assert attack in text
        assert page.locator(".leaflet-popup-content img, .leaflet-popup-content script").count() == 0
        page.locator("path.evac-place-origin").click()
        place_popup = page.locator(".leaflet-popup-content", has_text="Mentioned 1 times")
        assert HOSTILE[0] in place_popup.inner_text()
        page.wait_for_timeout(200)  # an injected onerror would have fired by now
    finally:
        page.close()
    assert log.dialogs == [] and log.errors == [] and log.blocked == []


def test_a_flow_of_several_movements_lists_each_with_its_figure(browser, tmp_path):
    flows = fixture_flows()
    jarablus = flows["features"][0]["properties"]
    jarablus["episodes"] = [
        {"date": "2017-03-18", "term": "evacuated", "people": 800, "people_min": 800, "people_max": 800,
         "status": "completed"},
        {"date": "2017-05-20", "term": HOSTILE[1], "people": 2000, "people_min": 2000, "people_max": 2000,
         "households": 450, "status": "completed"},
        {"date": None, "term": "destroyed housing", "households": 31, "status": "completed"},
    ]
    jarablus["households"] = 450
    jarablus["reports"][0]["part"] = True
    page, log = open_offline(browser, write_page(tmp_path, "episodes", flows, fixture_places()))
    try:
        text = click_flow(page, "path.evac-flow.evac-completed")
        assert "Best estimate (largest movement): 2,000 people, 450 households" in text
        assert "3 separate movements (not added up):" in text
        assert "2017-03-18 \u00b7 evacuated \u00b7 800 people \u00b7 completed" in text
        assert "undated \u00b7 destroyed housing \u00b7 31 households \u00b7 completed" in text
        assert "A group among the people who moved, not all of them" in text
        assert HOSTILE[1] in text  # shown as text
        assert page.locator(".leaflet-popup-content img").count() == 0
    finally:
        page.close()
    assert log.dialogs == [] and log.errors == [] and log.blocked == []


def test_a_running_total_says_what_it_rose_from_and_an_onward_leg_where_its_people_came_from(browser, tmp_path):
    flows = fixture_flows()
    jarablus = flows["features"][0]["properties"]
    jarablus["people"] = 2000
    jarablus["tally_history"] = [{"id": "r-1", "count_text": "800", "value": 800, "date": None, "docs": ["a"]},
                                 {"id": "r-2", "count_text": HOSTILE[0], "value": 1200, "date": None, "docs": ["b"]}]
    jarablus["onward_of"] = [{"id": "flow-9", "origin": HOSTILE[1]}]
    page, log = open_offline(browser, write_page(tmp_path, "tallies", flows, fixture_places()))
    try:
        text = click_flow(page, "path.evac-flow.evac-completed")
        assert f"A running total that rose from 800, then {HOSTILE[0]} to 2,000" in text
        assert f"came here from {HOSTILE[1]}, counted there (not added)" in text
        assert page.locator(".leaflet-popup-content img").count() == 0  # shown as text
    finally:
        page.close()
    assert log.dialogs == [] and log.errors == [] and log.blocked == []
