"""A sharing round in real browsers: a facilitator runs it, two attendees take their turns."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from tests.browser.conftest import _local_only
from tests.support.seed import STAFF_PASSWORD

pytestmark = pytest.mark.browser


@pytest.fixture
def contexts(browser: Browser) -> Iterator[list[BrowserContext]]:
    """Three separate browsers' worth of cookies, phone-sized, that may only talk to us."""
    outside: list[str] = []
    made = []
    for _ in range(3):
        context = browser.new_context(viewport={"width": 390, "height": 800})
        context.route("**/*", lambda route: _local_only(route, outside))
        made.append(context)
    yield made
    for context in made:
        context.close()
    assert not outside, f"requests to other hosts: {outside}"


def _page(context: BrowserContext, errors: list[str]) -> Page:
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    return page


def _facilitator(page: Page, url: str, email: str, meeting_id: int) -> None:
    page.goto(f"{url}/staff/sign-in")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(STAFF_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.goto(f"{url}/meetings/{meeting_id}")
    expect(page.locator("#connection")).to_have_text("Connected as Lead")


def _attendee(page: Page, url: str, code: str, name: str) -> None:
    page.goto(f"{url}/join")
    page.get_by_label("Invite code").fill(code)
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("Your name in this group").fill(name)
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("I accept the group agreement").check()
    page.get_by_role("button", name="Join the group").click()
    page.get_by_role("link", name="Enter").click()
    expect(page.locator("#connection")).to_have_text(f"Connected as {name}")


def test_a_round_with_a_facilitator_and_two_attendees(live_server, contexts):
    server, seeded = live_server
    errors: list[str] = []
    lead, ash, bo = (_page(context, errors) for context in contexts)
    _facilitator(lead, server.url, seeded.staff_email, seeded.meeting_id)
    _attendee(ash, server.url, seeded.codes[0], "Ash")
    _attendee(bo, server.url, seeded.codes[1], "Bo")

    people = lead.locator("#pacing-people")
    expect(people).to_contain_text("Ash: here")
    expect(people).to_contain_text("Bo: here")
    expect(lead.locator("#pacing-agenda li[aria-current=step]")).to_contain_text("90 min")
    expect(lead.locator("#clock-note")).to_have_text("left")
    expect(ash.locator("#pacing-turn")).to_have_text("Open conversation.")
    expect(ash.get_by_role("button", name="I've finished sharing")).to_be_hidden()

    lead.get_by_label("Time for each share (seconds)").fill("90")
    lead.get_by_role("button", name="Start round").click()

    expect(ash.locator("#pacing-turn")).to_have_text("It's your turn to share. Next: Bo.")
    expect(bo.locator("#pacing-turn")).to_have_text("Ash is sharing. You're next.")
    expect(ash.locator("#pacing-share")).to_contain_text("left")
    expect(people).to_contain_text("Ash: here, speaking")
    expect(bo.get_by_role("button", name="Pass")).to_be_hidden()

    ash.get_by_role("button", name="I've finished sharing").click()
    expect(bo.locator("#pacing-turn")).to_have_text("It's your turn to share. Last in this round.")
    expect(ash.locator("#pacing-turn")).to_have_text("Bo is sharing. Last in this round.")
    expect(people).to_contain_text("Bo: here, speaking")

    bo.get_by_role("button", name="Pass").click()
    for page in (lead, ash, bo):
        expect(page.locator("#pacing-turn")).to_have_text("Open conversation.")
    expect(lead.get_by_role("button", name="Start round")).to_be_enabled()

    bo.get_by_role("button", name="Raise my hand").click()
    expect(lead.locator("#hand-queue")).to_contain_text("Bo")
    lead.get_by_role("button", name="Call on Bo").click()
    expect(bo.locator("#pacing-turn")).to_have_text("You have the floor.")
    expect(ash.locator("#pacing-turn")).to_have_text("Bo has the floor.")
    assert errors == []


def test_a_locked_chat_keeps_what_an_attendee_typed(live_server, contexts):
    server, seeded = live_server
    errors: list[str] = []
    lead, wren = _page(contexts[0], errors), _page(contexts[1], errors)
    _facilitator(lead, server.url, seeded.staff_email, seeded.meeting_id)
    _attendee(wren, server.url, seeded.codes[2], "Wren")

    lead.get_by_label("Chat mode").select_option("locked")
    lead.get_by_role("button", name="Set chat mode").click()
    expect(wren.locator("#pacing-chat-mode")).to_contain_text("only facilitators can post")

    wren.get_by_role("textbox", name="Message").fill("Is anyone there?")
    wren.get_by_role("button", name="Send").click()
    expect(wren.locator("#send-error")).to_contain_text("only facilitators can post")
    expect(wren.get_by_role("textbox", name="Message")).to_have_value("Is anyone there?")

    lead.get_by_label("Chat mode").select_option("open")
    lead.get_by_role("button", name="Set chat mode").click()
    expect(wren.locator("#pacing-chat-mode")).to_have_text("")
    wren.get_by_role("button", name="Send").click()
    expect(lead.locator("#messages")).to_contain_text("Is anyone there?")
    assert errors == []
