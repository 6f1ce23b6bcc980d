"""Private conversations (one member with staff) and the staff-only channel."""

from __future__ import annotations

import pytest

from tests.server.moderation_helpers import build_room, code, rejoin


@pytest.fixture
def room(app, sio, make_staff, make_group, make_member, make_meeting):
    return build_room(app, sio, make_staff, make_group, make_member, make_meeting)


def test_a_member_writes_privately_and_only_staff_and_that_member_see_it(room):
    ack = room.act("robin", "side_send", body="Can we talk? I'm scared.", member_id=room.sky.id)

    assert ack["ok"]
    message = ack["message"]
    # A member always writes in their own conversation, whatever member_id they send.
    assert (message["channel"], message["member_id"]) == ("private", room.robin.id)
    for who in ("lead", "co", "robin"):
        assert [m["id"] for m in room.received(who, "side_message")] == [message["id"]]
    assert room.received("sky", "side_message") == []


def test_a_facilitator_answers_one_member_only(room):
    ack = room.act(
        "lead", "side_send", body="I'm here. Are you safe right now?", member_id=room.robin.id
    )

    assert ack["ok"]
    (to_robin,) = room.received("robin", "side_message")
    assert to_robin["author"] == {"id": f"s{room.lead.id}", "name": "Alex", "role": "facilitator"}
    assert room.received("sky", "side_message") == []
    assert len(room.received("co", "side_message")) == 1


def test_the_staff_channel_reaches_staff_only(room):
    ack = room.act("lead", "side_send", body="Jo, can you take the round while I talk to Robin?")

    assert ack["ok"] and ack["message"]["channel"] == "staff"
    assert len(room.received("co", "side_message")) == 1
    for member in ("robin", "sky"):
        assert room.received(member, "side_message") == []


def test_rejoining_replays_each_person_their_own_conversations(room):
    room.act("robin", "side_send", body="robin to staff")
    room.act("sky", "side_send", body="sky to staff")
    room.act("lead", "side_send", body="staff only")
    room.act("co", "side_send", body="reply to robin", member_id=room.robin.id)

    def bodies(who: str) -> list[str]:
        return [m["body"] for m in rejoin(room.socks[who], room.id)["safety"]["side_messages"]]

    assert bodies("robin") == ["robin to staff", "reply to robin"]
    assert bodies("sky") == ["sky to staff"]
    assert bodies("lead") == ["robin to staff", "sky to staff", "staff only", "reply to robin"]


def test_side_messages_follow_the_rules_of_chat(room, make_member):
    assert code(room.act("robin", "side_send", body="   ")) == "empty_message"
    assert code(room.act("robin", "side_send", body="x" * 2001)) == "message_too_long"
    assert code(room.act("lead", "side_send", body="hi", member_id="m1")) == "bad_request"
    absent, _ = make_member(room.meeting.group, "Wren")
    assert code(room.act("lead", "side_send", body="hi", member_id=absent.id)) == "unknown_member"
    assert code(room.act("lead", "side_send", body="hi", member_id=99999)) == "unknown_member"
