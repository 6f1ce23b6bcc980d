"""Members flag and ask to talk; staff see a ranked queue and dismiss; peers see nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest

from server.extensions import db
from server.models import Flag, FlagSource, FlagStatus
from server.models.base import utcnow
from tests.server.moderation_helpers import audits, build_room, code, rejoin

FLAG_EVENTS = ("flag_raised", "flag_resolved")


@pytest.fixture
def room(app, sio, make_staff, make_group, make_member, make_meeting):
    return build_room(app, sio, make_staff, make_group, make_member, make_meeting)


def posted(room, who: str, body: str, client_id: str) -> int:
    ack = room.send(who, body, client_id)
    assert ack["ok"], ack
    room.drain()
    return ack["id"]


def test_a_member_flags_a_message_and_only_staff_learn_of_it(room):
    message_id = posted(room, "robin", "Honestly I think he still loves me", "m1")

    ack = room.act("sky", "flag_message", message_id=message_id, reason="agreement", note="hm")

    assert ack == {"ok": True}
    for staff in ("lead", "co"):
        (flag,) = room.received(staff, "flag_raised")
        assert flag["source"] == "member" and flag["category"] == "agreement"
        assert flag["flagged_by"]["name"] == "Sky" and flag["note"] == "hm"
        assert flag["member"]["name"] == "Robin"
    for member in ("robin", "sky"):
        sock = room.socks[member]
        assert [e["name"] for e in sock.get_received()] == []
    (record,) = audits("message_flagged")
    assert record.actor_member_id == room.sky.id and record.target_id == str(message_id)


def test_the_author_never_learns_who_flagged_even_on_rejoin(room):
    message_id = posted(room, "robin", "I keep going back to him", "m1")
    assert room.act("sky", "flag_message", message_id=message_id, reason="safety")["ok"]

    replay = rejoin(room.socks["robin"], room.id)

    assert "flags" not in replay["safety"]
    assert "Sky" not in str(replay["messages"]) and "flag" not in str(replay["messages"])
    assert (
        set(replay["messages"][0]) >= {"body", "status"} and "flagged" not in replay["messages"][0]
    )


def test_flagging_twice_leaves_one_flag_and_bad_input_gets_codes(room):
    message_id = posted(room, "robin", "hello", "m1")
    for _ in range(2):
        assert room.act("sky", "flag_message", message_id=message_id, reason="other")["ok"]
    assert len(room.received("lead", "flag_raised")) == 1
    assert code(room.act("sky", "flag_message", message_id=message_id, reason="nope")) == (
        "bad_reason"
    )
    assert code(room.act("sky", "flag_message", message_id=9999, reason="other")) == (
        "unknown_message"
    )
    assert code(room.act("sky", "flag_message", message_id="1", reason="other")) == "bad_request"
    assert code(room.act("lead", "flag_message", message_id=message_id, reason="other")) == (
        "forbidden"
    )


def test_asking_to_talk_puts_one_request_in_the_queue(room):
    assert room.act("robin", "ask_to_talk", note="after the round please") == {"ok": True}
    assert room.act("robin", "ask_to_talk")["ok"]

    (flag,) = room.received("lead", "flag_raised")
    assert (flag["category"], flag["severity"], flag["member"]["name"]) == ("talk", "high", "Robin")
    assert flag["note"] == "after the round please" and flag["message"] is None
    assert room.received("sky", "flag_raised") == []
    assert code(room.act("lead", "ask_to_talk")) == "forbidden"


def _flag(meeting_id: int, severity: str, minutes_ago: int) -> int:
    flag = Flag(
        meeting_id=meeting_id,
        source=FlagSource.SCREENING,
        category="other",
        severity=severity,
        created_at=utcnow() - timedelta(minutes=minutes_ago),
    )
    db.session.add(flag)
    db.session.commit()
    return flag.id


def test_staff_join_with_the_open_queue_ranked_by_severity_then_age(room):
    newer_low, older_low = _flag(room.id, "low", 1), _flag(room.id, "low", 9)
    medium, urgent = _flag(room.id, "medium", 5), _flag(room.id, "urgent", 2)
    high_new, high_old = _flag(room.id, "high", 1), _flag(room.id, "high", 3)
    closed = _flag(room.id, "urgent", 30)
    db.session.get(Flag, closed).status = FlagStatus.DISMISSED
    db.session.commit()

    queue = rejoin(room.socks["lead"], room.id)["safety"]["flags"]

    assert [f["id"] for f in queue] == [urgent, high_old, high_new, medium, older_low, newer_low]
    assert "flags" not in rejoin(room.socks["sky"], room.id)["safety"]


def test_dismissing_closes_the_flag_for_every_facilitator_once(room):
    message_id = posted(room, "robin", "fine", "m1")
    assert room.act("sky", "flag_message", message_id=message_id, reason="other")["ok"]
    (flag,) = room.received("lead", "flag_raised")

    assert code(room.act("robin", "dismiss_flag", flag_id=flag["id"])) == "forbidden"
    assert room.act("co", "dismiss_flag", flag_id=flag["id"], reason="a misunderstanding")["ok"]

    for staff in ("lead", "co"):
        (done,) = room.received(staff, "flag_resolved")
        assert (done["id"], done["status"], done["by"]) == (flag["id"], "dismissed", "Jo")
    assert room.received("sky", "flag_resolved") == []
    assert code(room.act("lead", "dismiss_flag", flag_id=flag["id"])) == "already_resolved"
    assert code(room.act("lead", "dismiss_flag", flag_id=12345)) == "unknown_flag"
    (record,) = audits("flag_dismissed")
    assert (record.actor_staff_id, record.reason) == (room.co.id, "a misunderstanding")
    assert rejoin(room.socks["lead"], room.id)["safety"]["flags"] == []


def test_a_flag_from_another_meeting_cannot_be_touched(room, make_meeting):
    other = make_meeting(room.meeting.group)
    foreign = _flag(other.id, "high", 1)
    assert code(room.act("lead", "dismiss_flag", flag_id=foreign)) == "unknown_flag"
