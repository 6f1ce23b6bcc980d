"""The main admin paths in a real browser: create a group, schedule it, give it a facilitator,
issue codes, and a member joins with one; a facilitator sets up their account from an invite."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.support.seed import STAFF_PASSWORD

pytestmark = pytest.mark.browser

ADMIN_EMAIL = "admin@steady.test"


def sign_in_as_admin(page: Page, base: str) -> None:
    page.goto(f"{base}/staff/sign-in")
    page.get_by_label("Email").fill(ADMIN_EMAIL)
    page.get_by_label("Password").fill(STAFF_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("link", name="Admin").click()
    expect(page.get_by_role("heading", name="Admin")).to_be_visible()


def create_group(page: Page) -> None:
    page.get_by_role("link", name="Create a group").click()
    page.get_by_label("Name").fill("Sunday morning circle")
    page.get_by_label("Group agreement").fill("We listen. We pass when we like. It stays here.")
    page.get_by_label("Content notes").fill("Sessions talk about controlling relationships.")
    page.get_by_label("Capacity (members)").fill("8")
    page.get_by_role("button", name="Create group").click()
    expect(page.get_by_text("Sunday morning circle created.")).to_be_visible()


def schedule_weekly(page: Page) -> None:
    form = page.locator("form", has=page.get_by_role("button", name="Save weekly schedule"))
    form.get_by_label("Day").select_option(label="Sunday")
    form.get_by_label("Local time").fill("10:30")
    form.get_by_label("Time zone").select_option("Europe/London")
    form.get_by_role("button", name="Save weekly schedule").click()
    expect(page.get_by_text("Weekly schedule saved: 4 meeting(s) planned ahead.")).to_be_visible()
    upcoming = page.locator("table").first
    expect(upcoming.locator("tbody tr")).to_have_count(4)
    expect(upcoming.locator("tbody tr").first).to_contain_text("10:30")


def issue_one_code(page: Page) -> str:
    page.get_by_role("navigation", name="Sunday morning circle").get_by_role(
        "link", name="Invite codes"
    ).click()
    page.get_by_label("How many codes").fill("1")
    page.get_by_role("button", name="Issue codes").click()
    expect(page.get_by_text("they will not be shown again")).to_be_visible()
    code = page.locator("ul.codes code").first.inner_text()
    assert re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}", code)
    return code


def test_admin_creates_schedules_and_staffs_a_group_and_a_member_joins(
    page: Page, browser: Browser, live_server
):
    server, _ = live_server
    sign_in_as_admin(page, server.url)
    create_group(page)
    schedule_weekly(page)
    page.get_by_role("link", name="Facilitators").click()
    page.get_by_label("Staff member").select_option(label="Lead (lead@steady.test)")
    page.get_by_role("button", name="Add").click()
    expect(page.get_by_text("Lead now facilitates Sunday morning circle.")).to_be_visible()
    code = issue_one_code(page)
    page.get_by_role("link", name=re.compile("Back to the codes")).click()
    expect(page.get_by_text(f"…{code[-4:]}")).to_be_visible()
    expect(page.get_by_text(code)).to_have_count(0)

    member = browser.new_context(viewport={"width": 390, "height": 800}).new_page()
    try:
        member.goto(f"{server.url}/join")
        member.get_by_label("Invite code").fill(code)
        member.get_by_role("button", name="Continue").click()
        member.get_by_label("Your name in this group").fill("Wren")
        member.get_by_role("button", name="Continue").click()
        expect(member.get_by_text("controlling relationships")).to_be_visible()
        member.get_by_label("I accept the group agreement").check()
        member.get_by_role("button", name="Join the group").click()
        expect(member.get_by_text("You are Wren in this group.")).to_be_visible()
        expect(member.locator("ul.meetings li")).to_have_count(4)
    finally:
        member.context.close()

    page.get_by_role("navigation", name="Admin").get_by_role("link", name="Audit log").click()
    for action in ("group.created", "schedule.created", "facilitator.assigned", "codes.issued"):
        expect(page.locator("table.audit code", has_text=action).first).to_be_visible()


def test_a_facilitator_sets_up_their_account_from_an_invite_link(
    page: Page, browser: Browser, live_server
):
    server, _ = live_server
    sign_in_as_admin(page, server.url)
    page.get_by_role("navigation", name="Admin").get_by_role("link", name="Staff").click()
    page.get_by_role("link", name="Invite a facilitator").click()
    page.get_by_label("Email").fill("noor@steady.test")
    page.get_by_role("button", name="Create invite link").click()
    link = page.locator("#invite-link").inner_text()
    assert link.startswith(f"{server.url}/staff/invite/")

    invitee = browser.new_context().new_page()
    try:
        invitee.goto(link)
        invitee.get_by_label("Your name (attendees see it)").fill("Noor")
        invitee.get_by_label("Password", exact=True).fill("a kettle of calm river stones")
        invitee.get_by_label("Password again").fill("a kettle of calm river stones")
        invitee.get_by_role("button", name="Create my account").click()
        expect(invitee.get_by_text("Your account is ready.")).to_be_visible()
        invitee.get_by_label("Email").fill("noor@steady.test")
        invitee.get_by_label("Password").fill("a kettle of calm river stones")
        invitee.get_by_role("button", name="Sign in").click()
        expect(invitee.get_by_role("heading", name="Your groups")).to_be_visible()
        invitee.goto(link)
        expect(invitee.get_by_text("This invite link is not valid any more.")).to_be_visible()
    finally:
        invitee.context.close()
