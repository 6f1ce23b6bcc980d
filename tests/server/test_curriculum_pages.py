"""Staff read curricula before running them, and plan meetings from the group page."""

from __future__ import annotations

import pytest

from server.models import AuditRecord, Meeting, StaffRole
from server.services import curricula
from tests.conftest import sign_in
from tests.server.curriculum_helpers import SLUG, leaked


@pytest.fixture
def facilitator(course_group):
    return course_group.facilitators[0].staff


def test_facilitators_read_the_outline_with_every_session(client, facilitator, plan):
    sign_in(client, facilitator)
    home = client.get("/staff/").get_data(as_text=True)
    assert "/staff/curricula" in home
    page = client.get(f"/staff/curricula/{SLUG}")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    for module in plan.modules:
        assert module.title in html
    for session in plan.sessions:
        assert f"/staff/curricula/{SLUG}/sessions/{session.id}" in html
        assert f"<td>{session.minutes}</td>" in html


def test_a_whole_session_page_shows_attendee_text_prompts_and_notes(client, facilitator, plan):
    sign_in(client, facilitator)
    session = plan.sessions[0]
    page = client.get(f"/staff/curricula/{SLUG}/sessions/{session.id}")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    for segment in session.segments:
        assert leaked(segment.facilitator_notes, html), segment.title
        assert leaked(segment.attendee_text, html, width=6), segment.title
    assert session.purpose.split(",")[0] in html


def test_an_earlier_version_stays_readable(client, facilitator, loaded, plan, tree, app):
    sign_in(client, facilitator)
    first = plan.sessions[0].id
    path = next(tree.rglob("01-what-a-trauma-bond-is.md"))
    path.write_text(path.read_text().replace("Post the welcome", "Type the welcome", 1))
    curricula.load_all(tree, None)
    old = client.get(f"/staff/curricula/{SLUG}/sessions/{first}?version=1").get_data(as_text=True)
    new = client.get(f"/staff/curricula/{SLUG}/sessions/{first}").get_data(as_text=True)
    assert "Post the welcome" in old and "Type the welcome" not in old
    assert "Type the welcome" in new
    assert client.get(f"/staff/curricula/{SLUG}?version=1").status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/staff/curricula/no-such-curriculum",
        f"/staff/curricula/{SLUG}/sessions/no-such-session",
        f"/staff/curricula/{SLUG}?version=99",
    ],
)
def test_unknown_curricula_sessions_and_versions_are_not_found(client, facilitator, path):
    sign_in(client, facilitator)
    assert client.get(path).status_code == 404


def test_attendees_and_strangers_are_sent_to_sign_in(client, course_group, make_member, plan):
    session = plan.sessions[0]
    paths = ["/staff/curricula", f"/staff/curricula/{SLUG}"]
    paths.append(f"/staff/curricula/{SLUG}/sessions/{session.id}")
    for path in paths:
        response = client.get(path)
        assert response.status_code == 302 and "/staff/sign-in" in response.location, path
    _, token = make_member(course_group, "Robin")
    with client.session_transaction() as sess:
        sess["member_tokens"] = {str(course_group.id): token}
    assert client.get(f"/groups/{course_group.id}").status_code == 200  # a member on this device
    for path in paths:
        response = client.get(path)
        assert response.status_code == 302, path
        assert not leaked(session.segments[0].facilitator_notes, response.get_data(as_text=True))


def test_the_schedule_form_offers_every_session_with_the_next_one_chosen(
    client, facilitator, course_group, plan
):
    sign_in(client, facilitator)
    html = client.get(f"/staff/groups/{course_group.id}").get_data(as_text=True)
    first, second = plan.sessions[0], plan.sessions[1]
    assert f'<option selected value="{first.id}">' in html
    assert f'<option value="{second.id}">' in html
    assert f"/staff/curricula/{SLUG}" in html


def test_the_facilitator_may_choose_another_session(client, facilitator, course_group, plan, db):
    sign_in(client, facilitator)
    chosen = plan.sessions[4]
    form = {
        "schedule-title": "",
        "schedule-starts_at": "2030-01-10T18:00",
        "schedule-minutes": "75",
        "schedule-session_key": chosen.id,
    }
    response = client.post(f"/staff/groups/{course_group.id}", data=form)
    assert response.status_code == 302
    meeting = db.session.query(Meeting).one()
    assert (meeting.session_key, meeting.title) == (chosen.id, chosen.title)
    html = client.get(f"/staff/groups/{course_group.id}").get_data(as_text=True)
    assert f"/staff/curricula/{SLUG}/sessions/{chosen.id}?version=1" in html


def test_an_unknown_session_is_a_clear_message_not_an_error(client, facilitator, course_group, db):
    sign_in(client, facilitator)
    form = {"schedule-starts_at": "2030-01-10T18:00", "schedule-session_key": "made-up"}
    response = client.post(f"/staff/groups/{course_group.id}", data=form)
    assert response.status_code == 200
    assert "not in the group&#39;s curriculum" in response.get_data(as_text=True)
    assert db.session.query(Meeting).count() == 0


def test_only_admins_choose_a_group_curriculum(client, facilitator, course_group, make_staff, db):
    sign_in(client, facilitator)
    url = f"/staff/groups/{course_group.id}/curriculum"
    assert client.post(url, data={"assign-curriculum": ""}).status_code == 403
    assert course_group.curriculum is not None
    client.post("/staff/sign-out")
    sign_in(client, make_staff(StaffRole.ADMIN))
    assert client.post(url, data={"assign-curriculum": ""}).status_code == 302
    db.session.refresh(course_group)
    assert course_group.curriculum_id is None
    client.post(url, data={"assign-curriculum": SLUG})
    db.session.refresh(course_group)
    assert course_group.curriculum.slug == SLUG
    records = db.session.query(AuditRecord).filter_by(action="group.updated").all()
    assert [(r.target_id, r.details["changed"]) for r in records] == [
        (str(course_group.id), ["curriculum_id"])
    ] * 2  # removed, then chosen again: each change is on the record with who made it
    assert {r.actor_staff_id for r in records} != {None}
    page = client.post(url, data={"assign-curriculum": "nope"}, follow_redirects=True)
    assert "There is no such curriculum" in page.get_data(as_text=True)
