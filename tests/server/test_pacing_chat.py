"""The server enforces the chat mode: locked, slow, and round (only the speaker posts)."""

from __future__ import annotations

import time

import pytest

from server.services import pacing
from tests.server.helpers import bodies, join, send
from tests.server.pacing_helpers import code, member_socket, pace, staff_socket


@pytest.fixture
def room(app, sio, make_staff, make_group, make_member, make_meeting):
    staff = make_staff()
    group = make_group(staff)
    _, robin_token = make_member(group, "Robin")
    _, sky_token = make_member(group, "Sky")
    meeting = make_meeting(group)
    socks = {
        "staff": staff_socket(app, sio, staff, meeting.id),
        "robin": member_socket(sio, robin_token, meeting.id),
        "sky": member_socket(sio, sky_token, meeting.id),
    }
    return meeting.id, socks


def _mode(socks, meeting_id: int, mode: str, **extra: int) -> None:
    assert pace(socks["staff"], meeting_id, "set_chat_mode", {"mode": mode, **extra})["ok"]


class LaterClock:
    """The server's clock, ``ahead`` seconds on."""

    def __init__(self, ahead: float) -> None:
        self.ahead = ahead

    def time(self) -> float:
        return time.time() + self.ahead


def test_a_locked_room_refuses_members_and_lets_staff_post(room):
    meeting_id, socks = room
    _mode(socks, meeting_id, "locked")
    socks["sky"].get_received()

    refused = send(socks["robin"], meeting_id, "Can I say something?", "r1")
    assert code(refused) == "chat_locked"
    assert send(socks["staff"], meeting_id, "Let's take a quiet minute.", "s1")["ok"]
    assert bodies(socks["sky"]) == ["Let's take a quiet minute."]  # nothing of Robin's

    _mode(socks, meeting_id, "open")
    assert send(socks["robin"], meeting_id, "Thank you.", "r2")["ok"]


def test_slow_mode_allows_one_message_per_interval_per_member(room, monkeypatch):
    meeting_id, socks = room
    _mode(socks, meeting_id, "slow", slow_seconds=20)
    assert send(socks["robin"], meeting_id, "First thought", "r1")["ok"]

    refused = send(socks["robin"], meeting_id, "Second thought", "r2")
    assert code(refused) == "slow_mode"
    assert 1 <= refused["error"]["retry_after"] <= 20
    # A retry of the message already stored is not refused: the client lost the first ack.
    again = send(socks["robin"], meeting_id, "First thought", "r1")
    assert again["ok"] and again["duplicate"]
    assert send(socks["sky"], meeting_id, "My turn to add", "k1")["ok"]
    assert send(socks["staff"], meeting_id, "Facilitators are never slowed", "s1")["ok"]
    assert send(socks["staff"], meeting_id, "Not even twice", "s2")["ok"]

    monkeypatch.setattr(pacing, "time", LaterClock(21))
    assert send(socks["robin"], meeting_id, "Second thought", "r2")["ok"]


def test_round_mode_lets_only_the_speaker_post(room):
    meeting_id, socks = room
    _mode(socks, meeting_id, "round")
    assert code(send(socks["robin"], meeting_id, "Anyone?", "r0")) == "no_speaker"
    args = {"order": "join", "share_seconds": 120}
    assert pace(socks["staff"], meeting_id, "start_round", args)["ok"]

    assert send(socks["robin"], meeting_id, "This week I held a boundary.", "r1")["ok"]
    assert code(send(socks["sky"], meeting_id, "Well done!", "k1")) == "not_your_turn"
    assert pace(socks["robin"], meeting_id, "finish_share")["ok"]

    assert send(socks["sky"], meeting_id, "I'm still finding mine.", "k2")["ok"]
    assert code(send(socks["robin"], meeting_id, "You will.", "r2")) == "not_your_turn"
    assert send(socks["staff"], meeting_id, "Thank you both.", "s1")["ok"]


def test_a_member_who_stepped_away_may_post_but_not_one_the_agenda_has_as_left(room):
    meeting_id, socks = room
    robin_id = join(socks["robin"], meeting_id)["you"]["id"]
    assert pace(socks["robin"], meeting_id, "step_away")["ok"]
    assert send(socks["robin"], meeting_id, "brb", "r1")["ok"]
    assert pace(socks["staff"], meeting_id, "leave", {"participant_id": robin_id})["ok"]
    assert code(send(socks["robin"], meeting_id, "hello?", "r2")) == "not_present"


def test_a_member_whose_arrival_the_agenda_missed_can_still_post(room, db):
    """Many members arriving at once can run out of presence retries; a joined member's next
    message must not be refused as ``not_present``."""
    from server.models import MeetingPacing

    meeting_id, socks = room
    row = db.session.get(MeetingPacing, meeting_id)
    state = dict(row.state)
    robin = join(socks["robin"], meeting_id)["you"]["id"]
    state["participants"] = [p for p in state["participants"] if p["participant_id"] != robin]
    row.state = state  # the agenda never saw Robin arrive
    db.session.commit()
    assert send(socks["robin"], meeting_id, "I'm still here", "r-still")["ok"]
    people = db.session.get(MeetingPacing, meeting_id).state["participants"]
    assert robin in [p["participant_id"] for p in people]
