"""Headless Debian chromium for the map tests, with the network cut off.

Playwright never downloads a browser here: it drives /usr/bin/chromium (``apt-get install -y
chromium``). Every request that is not ``file:`` or ``data:`` is aborted and recorded, as are page
errors, console errors and dialogs, so a test can assert that the page needed nothing else and ran
nothing it should not.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
LOCAL_SCHEMES = ("file:", "data:")


@dataclass
class PageLog:
    """What a page did besides drawing: requests we blocked, errors, dialogs."""

    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


def launch(playwright):
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


def open_offline(browser, path: Path, *, viewport=(1200, 800), wait_ms=15_000):
    """Open ``path`` in a fresh page with the network cut off and wait until the map is drawn;
    returns (page, log)."""
    log = PageLog()
    page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})

    def guard(route):
        if route.request.url.startswith(LOCAL_SCHEMES):
            route.continue_()
        else:
            log.blocked.append(route.request.url)
            route.abort()

    def on_dialog(dialog):
        log.dialogs.append(dialog.message)
        dialog.dismiss()

    page.route("**/*", guard)
    page.on("pageerror", lambda error: log.errors.append(f"pageerror: {error}"))
    page.on("console", lambda m: m.type == "error" and log.errors.append(f"console: {m.text}"))
    page.on("dialog", on_dialog)
    page.goto(path.resolve().as_uri())
    page.locator(".evac-ready").wait_for(timeout=wait_ms)  # the data is unpacked asynchronously
    return page, log
