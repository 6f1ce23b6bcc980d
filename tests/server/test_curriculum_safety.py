"""Facilitator notes never reach an attendee: not in a page, not in any socket payload.

Staff do receive them. The detector looks for runs of words, so a leak through JSON escaping or
rendered Markdown is caught as surely as the raw text.
"""

from __future__ import annotations

import pytest

from server.models import MeetingStatus
from server.services import pacing
from server.services.principals import Principal
from tests.conftest import sign_in
from tests.server.curriculum_helpers import all_strings, leaked
from tests.server.helpers import join, send


@pytest.fixture
def live(course_group, plan, planned_meeting, make_member):
    """A live meeting following the first session, with a member's device token."""
    meeting = planned_meeting(course_group, plan.sessions[0].id, MeetingStatus.LIVE)
    _, token = make_member(course_group, "Robin")
    return {
        "group": course_group,
        "meeting": meeting,
        "session": plan.sessions[0],
        "staff": course_group.facilitators[0].staff,
        "token": token,
    }


def _notes(session) -> list[str]:
    return [segment.facilitator_notes for segment in session.segments]


def _leaks(session, text: str) -> list[str]:
    return [notes[:40] for notes in _notes(session) if leaked(notes, text)]


def test_the_join_ack_carries_the_session_and_its_current_segment(sio, live):
    ack = join(sio(token=live["token"]), live["meeting"].id)
    session, first = live["session"], live["session"].segments[0]
    view = ack["session"]
    assert (view["title"], view["purpose"], view["current_segment"]) == (
        session.title,
        session.purpose,
        0,
    )
    assert view["agenda"] == [
        {"title": s.title, "kind": s.kind, "minutes": s.minutes} for s in session.segments
    ]
    segment = view["segment"]
    assert segment["attendee_text"] == first.attendee_text
    assert segment["prompts"] == list(first.prompts)
    assert (segment["kind"], segment["minutes"], segment["turn_mode"]) == (
        first.kind,
        first.minutes,
        first.turn_mode,
    )
    assert segment["attendee_html"].startswith("<p>") and "<script" not in segment["attendee_html"]


@pytest.fixture
def room_without_session(make_staff, make_group, make_member, make_meeting):
    group = make_group(make_staff())
    _, token = make_member(group, "Sky")
    return {"meeting": make_meeting(group), "token": token}


def test_a_meeting_without_a_session_says_so(sio, room_without_session):
    sock = sio(token=room_without_session["token"])
    assert join(sock, room_without_session["meeting"].id)["session"] is None


def _go_to(live, index: int) -> None:
    """Move the meeting's agenda to segment ``index``, as its facilitator."""
    staff = live["staff"]
    who = Principal("staff", staff.id, staff.display_name, staff.role.value)
    segment = {"segment": f"s{index + 1}"}
    pacing.apply_action(live["meeting"], who, "go_to_segment", segment, None)


def test_no_segment_notes_reach_a_member_in_any_join_ack(sio, live):
    meeting, session = live["meeting"], live["session"]
    for index in range(len(session.segments)):
        _go_to(live, index)
        ack = join(sio(token=live["token"]), meeting.id)
        assert ack["ok"] and ack["session"]["current_segment"] == index
        assert "facilitator_notes" not in all_strings(ack)
        assert _leaks(session, all_strings(ack)) == [], index


def test_staff_receive_the_current_segment_notes(sio, client, live):
    meeting, session = live["meeting"], live["session"]
    sign_in(client, live["staff"])
    _go_to(live, 2)
    view = join(sio(client=client), meeting.id)["session"]
    assert view["facilitator_notes"] == session.segments[2].facilitator_notes
    assert leaked(session.segments[2].facilitator_notes, view["facilitator_notes_html"])
    assert _leaks(session, all_strings(view)) == [session.segments[2].facilitator_notes[:40]]


def test_no_event_a_member_receives_carries_notes(sio, client, live, planned_meeting):
    """Everything a member's socket receives while staff join, chat and run the meeting."""
    group, session = live["group"], live["session"]
    member = sio(token=live["token"])
    sign_in(client, live["staff"])
    staff = sio(client=client)
    member_acks = [join(member, live["meeting"].id)]
    join(staff, live["meeting"].id)
    member_acks.append(send(member, live["meeting"].id, "Hello, I made it", "m1"))
    send(staff, live["meeting"].id, "Welcome, Robin", "s1")
    upcoming = planned_meeting(group, session.id)
    for action in ("open_meeting", "start_meeting"):
        assert staff.emit(action, {"meeting_id": upcoming.id}, callback=True)["ok"]
    member_acks.append(join(member, upcoming.id))
    member_acks.append(member.emit("history", {"meeting_id": upcoming.id}, callback=True))
    staff.emit("end_meeting", {"meeting_id": upcoming.id}, callback=True)
    received = member.get_received()

    assert {event["name"] for event in received} >= {"presence", "chat_message", "meeting_state"}
    seen = all_strings([event["args"] for event in received] + member_acks)
    assert "facilitator_notes" not in seen
    assert _leaks(session, seen) == []
    assert session.segments[0].title in seen  # the member did get the session itself


def test_no_page_a_member_can_load_shows_notes(client, live):
    with client.session_transaction() as sess:
        sess["member_tokens"] = {str(live["group"].id): live["token"]}
    pages = [f"/groups/{live['group'].id}", f"/meetings/{live['meeting'].id}", "/"]
    for path in pages:
        response = client.get(path)
        assert response.status_code == 200, path
        html = response.get_data(as_text=True)
        assert _leaks(live["session"], html) == [], path
        assert 'id="notes-panel"' not in html, path


def test_the_staff_room_page_has_a_notes_panel_and_a_link_to_the_session(client, live):
    sign_in(client, live["staff"])
    html = client.get(f"/meetings/{live['meeting'].id}").get_data(as_text=True)
    assert 'id="notes-panel"' in html
    assert f"/sessions/{live['session'].id}?version=1" in html
