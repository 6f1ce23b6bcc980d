"""A member joins with a code in a real browser and talks with another member."""

from __future__ import annotations

import uuid

import pytest
import socketio
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def test_member_joins_with_a_code_and_sees_another_members_message(page: Page, live_server):
    server, seeded = live_server
    page.goto(f"{server.url}/")
    page.get_by_role("link", name="Join with a code").click()
    page.get_by_label("Invite code").fill(seeded.codes[0].lower())
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("Your name in this group").fill("Sky")
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_text("Be kind. What is said here stays here.")).to_be_visible()
    page.get_by_label("I accept the group agreement").check()
    page.get_by_role("button", name="Join the group").click()
    expect(page.get_by_text("You are Sky in this group.")).to_be_visible()
    page.get_by_role("link", name="Enter").click()
    expect(page.locator("#connection")).to_have_text("Connected as Sky")

    robin = socketio.Client(reconnection=False)
    received: list[dict] = []
    robin.on("chat_message", received.append)
    robin.connect(server.url, auth={"token": seeded.tokens["Robin"]}, transports=["websocket"])
    try:
        assert robin.call("join", {"meeting_id": seeded.meeting_id}, timeout=10)["ok"]
        expect(page.locator("#present")).to_contain_text("Robin")
        robin.call(
            "send",
            {
                "meeting_id": seeded.meeting_id,
                "client_id": uuid.uuid4().hex,
                "body": "Glad you made it tonight, Sky.",
            },
            timeout=10,
        )
        messages = page.locator("#messages")
        expect(messages).to_contain_text("Glad you made it tonight, Sky.")
        expect(messages.locator("li").last.locator(".who")).to_have_text("Robin")

        page.get_by_role("textbox", name="Message").fill("Thank you, it helps to be here.")
        page.get_by_role("button", name="Send").click()
        expect(messages).to_contain_text("Thank you, it helps to be here.")
        page.wait_for_function("document.querySelectorAll('#messages li').length === 2")
        assert any(m["body"] == "Thank you, it helps to be here." for m in received)
    finally:
        robin.disconnect()


def test_quick_exit_leaves_and_back_does_not_return(page: Page, live_server):
    server, _ = live_server
    page.goto(f"{server.url}/")
    page.goto(f"{server.url}/join")
    exits: list[str] = []
    page.route(
        "https://www.bbc.co.uk/**",
        lambda route: (exits.append(route.request.url), route.fulfill(body="weather")),
    )
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.wait_for_url("https://www.bbc.co.uk/**")
    assert exits
    page.go_back()
    assert "/join" not in page.url
