"""Safety in a real browser: identifying details held back, private support, the flag queue."""

from __future__ import annotations

import re
import uuid

import pytest
import socketio
from playwright.sync_api import Page, expect

from tests.support.seed import STAFF_PASSWORD

pytestmark = pytest.mark.browser
PHONE = "You can reach me on 07700 900123 after the meeting"
CRISIS = "I can't do this anymore, I want to end it all tonight"


class Listener:
    """Robin, a member connected with a real Socket.IO client, recording what arrives."""

    def __init__(self, url: str, token: str, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        self.received: list[tuple[str, dict]] = []
        self.client = socketio.Client(reconnection=False)
        self.client.on("*", lambda name, payload: self.received.append((name, payload)))
        self.client.connect(url, auth={"token": token}, transports=["websocket"])
        assert self.client.call("join", {"meeting_id": meeting_id}, timeout=10)["ok"]

    def bodies(self) -> list[str]:
        return [p["body"] for name, p in self.received if name == "chat_message"]

    def names(self) -> list[str]:
        return [name for name, _ in self.received]

    def send(self, body: str) -> dict:
        payload = {"meeting_id": self.meeting_id, "client_id": uuid.uuid4().hex, "body": body}
        return self.client.call("send", payload, timeout=10)


@pytest.fixture
def robin(live_server):
    server, seeded = live_server
    listener = Listener(server.url, seeded.tokens["Robin"], seeded.meeting_id)
    yield listener
    listener.client.disconnect()


@pytest.fixture
def console_errors(page: Page):
    """Script errors and refused content (a CSP violation is one) on the page; none allowed."""
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    yield errors
    assert errors == []


def enter_as_new_member(page: Page, server, code: str, name: str) -> None:
    page.goto(f"{server.url}/join")
    page.get_by_label("Invite code").fill(code)
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("Your name in this group").fill(name)
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("I accept the group agreement").check()
    page.get_by_role("button", name="Join the group").click()
    page.get_by_role("link", name="Enter").click()
    expect(page.locator("#connection")).to_have_text(f"Connected as {name}")


def test_a_phone_number_is_caught_before_anyone_sees_it(
    page: Page, live_server, robin, console_errors
):
    server, seeded = live_server
    enter_as_new_member(page, server, seeded.codes[0], "Sky")

    page.get_by_role("textbox", name="Message").fill(PHONE)
    page.get_by_role("button", name="Send", exact=True).click()

    held = page.locator("#safety-held")
    expect(held).to_be_visible()
    expect(held.locator("mark")).to_have_text("07700 900123")
    expect(held).to_contain_text("phone number")
    page.get_by_role("button", name="Edit message").click()
    box = page.get_by_role("textbox", name="Message")
    expect(box).to_have_value(PHONE)
    expect(held).to_be_hidden()
    box.fill("You can reach me here after the meeting")
    page.get_by_role("button", name="Send", exact=True).click()
    expect(page.locator("#messages")).to_contain_text("You can reach me here after the meeting")
    page.wait_for_timeout(300)
    assert robin.bodies() == ["You can reach me here after the meeting"]
    assert "07700" not in str(robin.received)


def test_crisis_support_is_shown_privately_with_an_offer_to_talk(
    page: Page, live_server, robin, console_errors
):
    server, seeded = live_server
    enter_as_new_member(page, server, seeded.codes[1], "Wren")

    page.get_by_role("textbox", name="Message").fill(CRISIS)
    page.get_by_role("button", name="Send", exact=True).click()

    support = page.locator("#safety-support")
    expect(support).to_be_visible()
    expect(support).to_contain_text("1-800-799-7233")
    support.get_by_role("button", name="Talk privately with a facilitator").click()
    expect(page.locator("#safety-private")).to_be_visible()
    page.get_by_label("Private message to the facilitators").fill("thank you")
    page.get_by_role("button", name="Send privately").click()
    expect(page.locator("#private-messages")).to_contain_text("thank you")
    assert "crisis_support" not in robin.names() and "side_message" not in robin.names()
    assert "flag_raised" not in robin.names()


def test_a_facilitator_sees_the_urgent_flag_and_hides_the_message(
    page: Page, live_server, robin, console_errors
):
    server, seeded = live_server
    page.goto(f"{server.url}/staff/sign-in")
    page.get_by_label("Email").fill(seeded.staff_email)
    page.get_by_label("Password").fill(STAFF_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.goto(f"{server.url}/meetings/{seeded.meeting_id}")
    expect(page.locator("#connection")).to_have_text("Connected as Lead")

    ack = robin.send("he is outside my house right now")
    assert ack["ok"]

    flag = page.locator("#queue-list li").filter(has_text="he is outside my house")
    expect(flag.locator(".badge")).to_have_text(re.compile("urgent", re.I))
    expect(page.locator("#safety-alert")).to_contain_text("Urgent")
    flag.get_by_role("button", name="Hide message").click()
    expect(page.locator(f"#messages li[data-id='{ack['id']}'] .body")).to_have_text(
        "This message was removed."
    )
    expect(flag).to_have_count(0)
    page.wait_for_timeout(300)
    assert any(name == "message_hidden" for name in robin.names())
