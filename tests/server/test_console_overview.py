"""The facilitator's console home: my groups, their progress through the curriculum, the
upcoming meetings, and opening one."""

from __future__ import annotations

from datetime import timedelta

from server.models import MeetingStatus
from server.models.base import utcnow
from tests.conftest import sign_in


def test_home_shows_progress_through_the_curriculum(
    client, course_group, planned_meeting, plan, db
):
    sign_in(client, course_group.facilitators[0].staff)
    before = client.get("/staff/").get_data(as_text=True)
    assert f"0 of {len(plan.sessions)} sessions held" in before
    assert f"Next session: {plan.sessions[0].title}" in before
    planned_meeting(course_group, status=MeetingStatus.ENDED)
    after = client.get("/staff/").get_data(as_text=True)
    assert f"1 of {len(plan.sessions)} sessions held" in after
    assert f"Next session: {plan.sessions[1].title}" in after


def test_home_lists_upcoming_meetings_of_my_groups_only_and_opens_one(
    client, make_staff, make_group, make_meeting, db
):
    me = make_staff(name="Lee")
    mine, theirs = make_group(me, name="Mine"), make_group(make_staff(), name="Theirs")
    soon = make_meeting(mine, status=MeetingStatus.SCHEDULED)
    soon.scheduled_start = utcnow() + timedelta(hours=2)
    soon.title = "Setting boundaries"
    past = make_meeting(mine, status=MeetingStatus.ENDED)
    past.title = "Long finished"
    other = make_meeting(theirs, status=MeetingStatus.SCHEDULED)
    other.title = "Not mine"
    db.session.commit()
    sign_in(client, me)
    page = client.get("/staff/").get_data(as_text=True)
    assert "Setting boundaries" in page
    assert "Long finished" not in page and "Not mine" not in page
    assert f"/staff/meetings/{soon.id}/open" in page

    opened = client.post(f"/staff/meetings/{soon.id}/open")

    assert opened.headers["Location"].endswith(f"/meetings/{soon.id}")
    db.session.refresh(soon)
    assert soon.status == MeetingStatus.OPEN
    assert f'href="/meetings/{soon.id}">Enter' in client.get("/staff/").get_data(as_text=True)


def test_home_without_groups_says_what_to_do(client, make_staff):
    sign_in(client, make_staff())
    page = client.get("/staff/").get_data(as_text=True)
    assert "You are not assigned to any group yet." in page
