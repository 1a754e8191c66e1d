"""The committed map of the seed articles (maps/evacuations.html), as a user opens it from disk."""
from __future__ import annotations

import json

import pytest

from browser import CHROMIUM, launch, open_offline
from map_fixture import REPO

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} missing: apt-get install -y chromium")
sync_api = pytest.importorskip("playwright.sync_api")
MAPS = REPO / "maps"
ARTIFACTS = REPO / "test-artifacts"


def flows():
    return json.loads((MAPS / "flows.geojson").read_text(encoding="utf-8"))["features"]


def jarablus_flow():
    [feature] = [f for f in flows() if f["properties"]["origin"] == "al-Waer"
                 and (f["properties"]["destination"] or "").startswith("Jar")]
    return feature["properties"]


@pytest.fixture(scope="module")
def page():
    with sync_api.sync_playwright() as playwright:
        browser = launch(playwright)
        page, log = open_offline(browser, MAPS / "evacuations.html", wait_ms=60_000)
        yield page, log
        browser.close()


# A point of the path that the path itself receives clicks at (seed flows share their origin and
# overlap near it), in screen coordinates; None when another element covers all of it.
CLICKABLE_POINT = """path => {
    for (const share of [0.5, 0.6, 0.4, 0.7, 0.3, 0.8, 0.2]) {
        const at = path.getPointAtLength(path.getTotalLength() * share);
        const p = new DOMPoint(at.x, at.y).matrixTransform(path.getScreenCTM());
        if (document.elementFromPoint(p.x, p.y) === path) return [p.x, p.y];
    }
    return null;
}"""


def popup_of_each_flow(page) -> list[str]:
    """Click every flow where it can be clicked, as a user would, and collect the popup texts."""
    texts = []
    paths = page.locator("path.evac-flow")
    popup = page.locator(".leaflet-popup-content")
    for i in range(paths.count()):
        page.mouse.move(600, 790)  # off the flows, so no sticky tooltip covers the next one
        point = paths.nth(i).evaluate(CLICKABLE_POINT)
        if point is None:
            continue
        page.mouse.click(*point)
        try:
            popup.wait_for(timeout=15_000)  # generous: a loaded machine draws slowly
        except sync_api.TimeoutError:
            continue  # the click missed; the test asserts on the popups it did get
        texts.append(popup.inner_text())
        page.locator(".leaflet-popup-close-button").click(timeout=15_000)
        popup.wait_for(state="detached", timeout=15_000)
    return texts


def test_seed_map_opens_offline_with_one_path_per_flow(page):
    page, log = page
    expected = sum(f["properties"]["kind"] == "flow" for f in flows())
    assert page.locator("path.evac-flow").count() == expected
    page.screenshot(path=ARTIFACTS / "map-seeds.png")
    assert log.blocked == [] and log.errors == [] and log.dialogs == []


def test_clicking_al_waer_to_jarablus_shows_the_homs_media_center_figure(page):
    page, log = page
    flow = jarablus_flow()
    heading = f"al-Waer \u2192 {flow['destination']}"
    texts = [t for t in popup_of_each_flow(page) if heading in t]
    assert texts, f"no popup for {heading}"
    assert any("2,000" in t and "Homs Media Center" in t and "fighters: 400" in t for t in texts), texts
    assert log.errors == []
