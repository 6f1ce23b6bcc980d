"""Headless Chromium (Debian's package) driven by Playwright, against a real server process."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.support.seed import Seeded, seed
from tests.support.servers import ServerProcess, start_server

CHROMIUM = "/usr/bin/chromium"
# Keep Chromium off the network: this machine has none beyond loopback.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ServerProcess, Seeded]]:
    work: Path = tmp_path_factory.mktemp("browser")
    url = f"sqlite:///{work / 'steady.sqlite3'}"
    seeded = seed(url, pseudonyms=("Robin",), codes=3)
    env = {"DATABASE_URL": url, "SECRET_KEY": f"browser-{uuid.uuid4().hex}"}
    server = start_server(env, work, "browser")
    try:
        yield server, seeded
    finally:
        server.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 390, "height": 800})
    # Any request leaving this machine is a bug: pages must load nothing from other hosts.
    outside: list[str] = []
    context.route("**/*", lambda route: _local_only(route, outside))
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()
    assert not outside, f"requests to other hosts: {outside}"


def _local_only(route, outside: list[str]) -> None:
    url = route.request.url
    if url.startswith(("http://127.0.0.1", "ws://127.0.0.1", "data:")):
        route.continue_()
    else:
        outside.append(url)
        route.abort()
