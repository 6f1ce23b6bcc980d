"""Facilitators hide, mute, remove and ban; each action is audited and reaches the right people."""

from __future__ import annotations

import pytest

from server.extensions import db
from server.models import Flag, FlagStatus, Member, MemberStatus
from tests.server.helpers import join
from tests.server.moderation_helpers import CRISIS, audits, build_room, code, rejoin


@pytest.fixture
def room(app, sio, make_staff, make_group, make_member, make_meeting):
    return build_room(app, sio, make_staff, make_group, make_member, make_meeting)


def test_a_hidden_message_becomes_a_placeholder_everywhere_and_is_never_replayed(room):
    ack = room.send("robin", CRISIS, "c1")
    (flag,) = room.received("lead", "flag_raised")
    room.drain()

    assert room.act("lead", "hide_message", message_id=ack["id"], reason="upsetting")["ok"]

    hidden = {"meeting_id": room.id, "id": ack["id"], "seq": ack["seq"]}
    for who in ("robin", "sky", "lead"):
        assert room.received(who, "message_hidden") == [hidden]
    staff_saw = {e["name"]: e["args"][0] for e in room.socks["co"].get_received()}
    assert staff_saw["message_hidden"] == hidden
    resolved = staff_saw["flag_resolved"]
    assert (resolved["id"], resolved["status"]) == (flag["id"], "actioned")
    for member in ("robin", "sky"):
        (replayed,) = rejoin(room.socks[member], room.id)["messages"]
        assert (replayed["status"], replayed["body"]) == ("hidden", "")
        page = room.act(member, "history", after_seq=0)["messages"]
        assert CRISIS not in str(page)
    (staff_view,) = rejoin(room.socks["lead"], room.id)["messages"]
    assert staff_view["body"] == CRISIS
    (record,) = audits("message_hidden")
    assert (record.actor_staff_id, record.reason, record.target_id) == (
        room.lead.id,
        "upsetting",
        str(ack["id"]),
    )


def test_a_muted_member_cannot_post_but_can_still_reach_staff_privately(room):
    assert room.act("lead", "mute_member", member_id=room.robin.id, reason="flooding")["ok"]

    (notice,) = room.received("robin", "moderation_notice")
    assert notice["kind"] == "muted"
    assert room.received("sky", "moderation_notice") == []
    (done,) = room.received("co", "moderation_action")
    assert (done["action"], done["member"]["name"], done["by"]) == ("mute_member", "Robin", "Alex")
    assert code(room.send("robin", "let me talk", "m1")) == "muted"
    assert room.act("robin", "side_send", body="sorry, I got carried away")["ok"]
    assert rejoin(room.socks["robin"], room.id)["safety"]["muted"] is True
    assert rejoin(room.socks["lead"], room.id)["safety"]["muted"] == [f"m{room.robin.id}"]
    assert room.send("sky", "I can still talk", "s1")["ok"]

    assert room.act("co", "unmute_member", member_id=room.robin.id)["ok"]
    assert [n["kind"] for n in room.received("robin", "moderation_notice")] == ["unmuted"]
    assert room.send("robin", "thank you", "m2")["ok"]
    assert [r.action for r in audits("member_muted") + audits("member_unmuted")] == [
        "member_muted",
        "member_unmuted",
    ]


def test_a_muted_member_in_crisis_still_reaches_staff(room):
    assert room.act("lead", "mute_member", member_id=room.robin.id)["ok"]
    room.drain()
    assert code(room.send("robin", CRISIS, "c1")) == "muted"
    (flag,) = room.received("lead", "flag_raised")
    assert flag["severity"] == "urgent"
    assert len(room.received("robin", "crisis_support")) == 1
    assert room.received("sky", "chat_message") == []


def test_a_removed_member_leaves_the_meeting_and_cannot_rejoin_it(room, sio):
    assert room.act("lead", "remove_member", member_id=room.robin.id, reason="abusive")["ok"]

    (notice,) = room.received("robin", "moderation_notice")
    assert notice["kind"] == "removed"
    gone = room.received("sky", "presence")
    assert gone[-1]["change"] == "left" and gone[-1]["participant"]["name"] == "Robin"
    assert room.send("sky", "still here", "s1")["ok"]
    assert room.received("robin", "chat_message") == []
    assert code(room.send("robin", "hello?", "r1")) == "not_joined"
    assert code(join(room.socks["robin"], room.id)) == "removed"
    fresh = sio(token=room.tokens["robin"])
    assert fresh.is_connected() and code(join(fresh, room.id)) == "removed"
    (record,) = audits("member_removed")
    assert (record.target_type, record.target_id, record.reason) == (
        "member",
        str(room.robin.id),
        "abusive",
    )


def test_a_banned_member_is_disconnected_and_their_token_stops_working(room, sio):
    robin = room.socks["robin"]
    assert room.act("lead", "ban_member", member_id=room.robin.id, reason="threats")["ok"]

    assert not robin.is_connected()
    assert db.session.get(Member, room.robin.id).status == MemberStatus.BANNED
    assert not sio(token=room.tokens["robin"]).is_connected()
    gone = room.received("sky", "presence")
    assert gone[-1]["change"] == "left" and gone[-1]["participant"]["name"] == "Robin"
    assert code(room.act("lead", "ban_member", member_id=room.robin.id)) == "already_banned"
    (record,) = audits("member_banned")
    assert (record.actor_staff_id, record.reason) == (room.lead.id, "threats")
    assert room.send("sky", "is everyone ok?", "s1")["ok"]


def test_an_action_taken_from_a_flag_closes_it(room):
    assert room.send("robin", CRISIS, "c1")["ok"]
    (flag,) = room.received("lead", "flag_raised")
    room.drain()

    assert room.act("lead", "mute_member", member_id=room.robin.id, flag_id=flag["id"])["ok"]

    (done,) = room.received("co", "flag_resolved")
    assert (done["id"], done["status"]) == (flag["id"], "actioned")
    assert db.session.get(Flag, flag["id"]).status == FlagStatus.ACTIONED
    assert audits("member_muted")[0].details["flag_id"] == flag["id"]


def test_members_and_outsiders_cannot_moderate(room, make_staff, make_group, make_member):
    stranger_group = make_group(make_staff(), name="Elsewhere")
    outsider, _ = make_member(stranger_group, "Outsider")
    for action in ("mute_member", "unmute_member", "remove_member", "ban_member"):
        assert code(room.act("sky", action, member_id=room.robin.id)) == "forbidden", action
        assert code(room.act("lead", action, member_id=outsider.id)) == "unknown_member"
        assert code(room.act("lead", action, member_id=None)) == "bad_request"
    assert code(room.act("sky", "hide_message", message_id=1)) == "forbidden"
    assert code(room.act("lead", "hide_message", message_id=4242)) == "unknown_message"
    assert code(room.act("lead", "mute_member", member_id=room.sky.id, reason=5)) == "bad_request"
    assert audits("member_muted") == []
