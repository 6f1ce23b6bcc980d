"""Crisis resources (admins), follow-up notes (staff), quick exit and discreet mode everywhere."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from jinja2 import nodes

from server.extensions import db
from server.models import CrisisResource, Flag, FlagSource, MemberNote, StaffRole
from server.services import crisis, presence
from server.services.principals import Principal
from tests.conftest import sign_in
from tests.server.moderation_helpers import audits

TEMPLATES = Path(__file__).resolve().parents[2] / "server" / "templates"
STATIC = Path(__file__).resolve().parents[2] / "server" / "static"
PAGE = "/staff/admin/crisis-resources"


@pytest.fixture
def admin_client(app, make_staff):
    client = app.test_client()
    sign_in(client, make_staff(StaffRole.ADMIN, name="Admin"))
    return client


def resource_form(prefix: str, **fields: str) -> dict[str, str]:
    values = {"name": "", "contact": "", "description": "", "locale": "", "position": "5"}
    return {f"{prefix}-{key}": value for key, value in {**values, **fields}.items()}


def test_the_shipped_defaults_are_there_on_first_use(admin_client):
    page = admin_client.get(PAGE).get_data(as_text=True)
    for text in ("1-800-799-7233", "988", "0808 2000 247", "116 123"):
        assert text in page
    assert len(crisis.resources()) == len(crisis.DEFAULTS)  # seeded once, not per request


def test_an_admin_adds_edits_and_deletes_a_resource_each_audited(admin_client):
    data = resource_form("new", name="Lifeline (AU)", contact="Call 13 11 14", locale="en-AU")
    assert admin_client.post(PAGE, data=data).status_code == 302
    row = db.session.query(CrisisResource).filter_by(name="Lifeline (AU)").one()
    assert row.locale == "en-AU"

    edit = resource_form(f"r{row.id}", name="Lifeline Australia", contact="Call 13 11 14")
    assert admin_client.post(f"{PAGE}/{row.id}", data=edit).status_code == 302
    assert db.session.get(CrisisResource, row.id).name == "Lifeline Australia"
    assert "Lifeline Australia" in [r["name"] for r in crisis.resource_payloads()]

    assert admin_client.post(f"{PAGE}/{row.id}/delete").status_code == 302
    assert db.session.get(CrisisResource, row.id) is None
    actions = [r.action for r in audits("crisis_resource_created")]
    actions += [r.action for r in audits("crisis_resource_updated")]
    actions += [r.action for r in audits("crisis_resource_deleted")]
    assert actions == [
        "crisis_resource_created",
        "crisis_resource_updated",
        "crisis_resource_deleted",
    ]


def test_what_members_are_handed_follows_each_edit_at_once(admin_client):
    """Members receive the list from this worker's copy; an edit here replaces the copy."""
    data = resource_form("new", name="Lifeline (AU)", contact="Call 13 11 14", locale="en-AU")
    assert admin_client.post(PAGE, data=data).status_code == 302
    row = db.session.query(CrisisResource).filter_by(name="Lifeline (AU)").one()
    assert "Lifeline (AU)" in [r["name"] for r in crisis.resource_payloads()]

    edit = resource_form(f"r{row.id}", name="Lifeline Australia", contact="Call 13 11 14")
    assert admin_client.post(f"{PAGE}/{row.id}", data=edit).status_code == 302
    names = [r["name"] for r in crisis.resource_payloads()]
    assert "Lifeline Australia" in names and "Lifeline (AU)" not in names

    assert admin_client.post(f"{PAGE}/{row.id}/delete").status_code == 302
    assert "Lifeline Australia" not in [r["name"] for r in crisis.resource_payloads()]


def test_a_resource_without_a_contact_is_refused_with_a_message(admin_client):
    response = admin_client.post(PAGE, data=resource_form("new", name="Nameless"))
    assert response.status_code == 200
    assert "This field is required." in response.get_data(as_text=True)
    assert admin_client.post(f"{PAGE}/99999", data=resource_form("r99999", name="x", contact="y"))
    assert admin_client.post(f"{PAGE}/99999/delete").status_code == 404


def test_the_crisis_page_needs_a_csrf_token(app, admin_client):
    app.config["WTF_CSRF_ENABLED"] = True  # signed in without one; from now on it counts
    data = resource_form("new", name="No token", contact="Call 1")
    assert admin_client.post(PAGE, data=data).status_code == 400
    assert admin_client.post(f"{PAGE}/1/delete").status_code == 400
    assert db.session.query(CrisisResource).filter_by(name="No token").count() == 0


@pytest.fixture
def met(make_staff, make_group, make_member, make_meeting):
    """An ended meeting that Robin came to, with one flag, and its facilitator signed in."""
    lead = make_staff(name="Alex")
    group = make_group(lead)
    robin, _ = make_member(group, "Robin")
    meeting = make_meeting(group)
    presence.enter_meeting("sid-robin", meeting, Principal("member", robin.id, "Robin", "member"))
    db.session.add(
        Flag(
            meeting_id=meeting.id,
            target_member_id=robin.id,
            source=FlagSource.MEMBER,
            category="talk",
            severity="high",
            reason="Asks to talk privately with a facilitator",
        )
    )
    db.session.commit()
    return lead, robin, meeting


def test_staff_write_follow_up_notes_on_who_came(app, met, make_staff):
    lead, robin, meeting = met
    client = app.test_client()
    sign_in(client, lead)
    page = client.get(f"/staff/meetings/{meeting.id}/follow-up").get_data(as_text=True)
    assert "Robin" in page and "Asks to talk privately" in page

    url = f"/staff/meetings/{meeting.id}/follow-up/members/{robin.id}/notes"
    response = client.post(url, data={f"n{robin.id}-body": "Called back; safe at a friend's."})

    assert response.status_code == 302
    (note,) = db.session.query(MemberNote).all()
    assert (note.member_id, note.author_staff_id, note.meeting_id) == (
        robin.id,
        lead.id,
        meeting.id,
    )
    assert "safe at a friend" in client.get(f"/staff/meetings/{meeting.id}/follow-up").get_data(
        as_text=True
    )
    (record,) = audits("note_added")
    assert record.actor_staff_id == lead.id and "safe" not in str(record.details)
    assert client.post(url, data={f"n{robin.id}-body": ""}).status_code == 302
    assert db.session.query(MemberNote).count() == 1


def test_another_groups_facilitator_sees_no_follow_up(app, met, make_staff, make_group):
    _, robin, meeting = met
    stranger = make_staff(name="Elsewhere")
    make_group(stranger, name="Other")
    client = app.test_client()
    sign_in(client, stranger)
    assert client.get(f"/staff/meetings/{meeting.id}/follow-up").status_code == 404
    url = f"/staff/meetings/{meeting.id}/follow-up/members/{robin.id}/notes"
    assert client.post(url, data={f"n{robin.id}-body": "x"}).status_code == 404


def _root_layout(env, name: str) -> str:
    """The template a page finally extends (itself if it extends nothing)."""
    while True:
        found = list(env.parse(env.loader.get_source(env, name)[0]).find_all(nodes.Extends))
        if not found:
            return name
        name = found[0].template.value


def test_every_page_template_has_the_quick_exit_and_discreet_mode(app):
    env = app.jinja_env
    pages = [
        str(path.relative_to(TEMPLATES))
        for path in TEMPLATES.rglob("*.html")
        if not path.name.startswith("_") and path.name != "layout.html"
    ]
    assert pages and all(_root_layout(env, name) == "base.html" for name in pages), pages
    base = (TEMPLATES / "base.html").read_text()
    assert 'id="quick-exit"' in base and "js/quick-exit.js" in base
    assert "site_title" in base and "notes.svg" in base
    script = (STATIC / "js" / "quick-exit.js").read_text()
    assert "location.replace" in script and '"Shift"' in script


@pytest.mark.parametrize(
    "path",
    ["/", "/join", "/staff/sign-in", "/staff/", PAGE, "/nowhere"],
)
def test_discreet_mode_gives_every_page_a_neutral_title_and_icon(admin_client, path):
    admin_client.set_cookie("discreet", "1")
    page = admin_client.get(path, follow_redirects=True).get_data(as_text=True)
    title = re.search(r"<title>(.*?)</title>", page, re.S).group(1)
    assert title.strip().endswith("Notes") and "Steady" not in title
    assert "img/notes.svg" in page and "img/steady.svg" not in page
    assert 'id="quick-exit"' in page
