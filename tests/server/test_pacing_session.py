"""The session text follows the agenda; facilitator notes go to staff only, never to members."""

from __future__ import annotations

import pytest

from server.models import MeetingStatus
from tests.server.curriculum_helpers import all_strings, leaked
from tests.server.helpers import events, join
from tests.server.pacing_helpers import member_socket, pace, staff_socket


@pytest.fixture
def course_room(app, sio, course_group, plan, planned_meeting, make_member):
    """An open meeting following the first session, a facilitator and a member joined."""
    session = plan.sessions[0]
    meeting = planned_meeting(course_group, session.id, MeetingStatus.OPEN)
    _, token = make_member(course_group, "Robin")
    staff = staff_socket(app, sio, course_group.facilitators[0].staff, meeting.id)
    member = member_socket(sio, token, meeting.id)
    return meeting, session, staff, member


def test_the_agenda_is_the_sessions_plan(course_room):
    meeting, session, staff, _ = course_room
    segments = join(staff, meeting.id)["pacing"]["state"]["agenda"]["segments"]
    assert [(s["title"], s["planned_minutes"], s["turn_mode"]) for s in segments] == [
        (s.title, s.minutes, s.turn_mode) for s in session.segments
    ]


def test_members_follow_the_agenda_and_never_receive_notes(course_room):
    meeting, session, staff, member = course_room
    staff.emit("start_meeting", {"meeting_id": meeting.id}, callback=True)
    acks = []
    for _ in session.segments[1:]:
        version = join(staff, meeting.id)["pacing"]["version"]
        acks.append(pace(staff, meeting.id, "next_segment", version=version))
        assert acks[-1]["ok"], acks[-1]
    acks.append(pace(member, meeting.id, "raise_hand"))
    acks.append(join(member, meeting.id))
    received = member.get_received()

    states = [e["args"][0] for e in received if e["name"] == "pacing_state"]
    shown = [s["session"]["segment"]["title"] for s in states if s["session"]]
    assert shown[-1] == session.segments[-1].title
    assert {seg.title for seg in session.segments[1:]} <= set(shown)
    assert "pacing_notes" not in {e["name"] for e in received}
    seen = all_strings([e["args"] for e in received] + acks)
    assert "facilitator_notes" not in seen
    notes = [segment.facilitator_notes for segment in session.segments]
    assert [n[:30] for n in notes if leaked(n, seen)] == []


def test_staff_receive_each_segments_notes_in_the_staff_room(course_room):
    meeting, session, staff, _ = course_room
    staff.emit("start_meeting", {"meeting_id": meeting.id}, callback=True)
    version = join(staff, meeting.id)["pacing"]["version"]
    staff.get_received()
    ack = pace(staff, meeting.id, "go_to_segment", {"segment": "s3"}, version=version)

    assert ack["ok"] and ack["pacing"]["session"]["current_segment"] == 2
    assert "facilitator_notes" not in ack["pacing"]["session"]
    (notes,) = events(staff, "pacing_notes")
    assert notes["current_segment"] == 2
    assert notes["facilitator_notes"] == session.segments[2].facilitator_notes
    rejoined = join(staff, meeting.id)["session"]
    assert rejoined["current_segment"] == 2
    assert rejoined["facilitator_notes"] == session.segments[2].facilitator_notes


def test_a_meeting_without_a_session_sends_no_notes(app, sio, make_staff, make_group, make_meeting):
    staff_user = make_staff()
    meeting = make_meeting(make_group(staff_user))
    staff = staff_socket(app, sio, staff_user, meeting.id)
    staff.get_received()
    assert pace(staff, meeting.id, "extend", {"minutes": 5})["ok"]
    assert events(staff, "pacing_notes") == []
    assert join(staff, meeting.id)["pacing"]["session"] is None
