"""Who may pace a meeting: staff run the agenda and rounds; members act only for themselves."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from facilitator.chat import DECISION_CODES
from facilitator.meeting_actions import ACTIONS, ERROR_CODES
from tests.server.helpers import events, join
from tests.server.pacing_helpers import code, last_state, member_socket, pace, speaker, staff_socket

DOC = Path(__file__).resolve().parents[2] / "docs" / "protocol.md"


@pytest.fixture
def room(app, sio, make_staff, make_group, make_member, make_meeting):
    """A live meeting (no curriculum) with a facilitator and two members, all joined."""
    staff = make_staff()
    group = make_group(staff)
    robin, robin_token = make_member(group, "Robin")
    sky, sky_token = make_member(group, "Sky")
    meeting = make_meeting(group)
    socks = {
        "staff": staff_socket(app, sio, staff, meeting.id),
        "robin": member_socket(sio, robin_token, meeting.id),
        "sky": member_socket(sio, sky_token, meeting.id),
    }
    for sock in socks.values():
        sock.get_received()
    return {"meeting": meeting, "group": group, "robin": f"m{robin.id}", "sky": f"m{sky.id}"}, socks


def test_the_join_ack_carries_the_pacing_state_with_members_in_join_order(app, sio, room):
    info, socks = room
    ack = join(socks["robin"], info["meeting"].id)
    pacing = ack["pacing"]
    agenda = pacing["state"]["agenda"]
    # A meeting without a curriculum session: one open segment as long as the meeting.
    assert [(s["title"], s["planned_minutes"], s["turn_mode"]) for s in agenda["segments"]] == [
        ("Recognising the bond", 90, "open")
    ]
    assert agenda["phase"] == "running"  # the meeting is live, so its agenda runs
    people = pacing["state"]["participants"]
    assert [(p["participant_id"], p["status"]) for p in people] == [
        (info["robin"], "present"),
        (info["sky"], "present"),
    ]
    assert pacing["names"] == {info["robin"]: "Robin", info["sky"]: "Sky"}


STAFF_ONLY = [
    ("next_segment", {}),
    ("pause", {}),
    ("extend", {"minutes": 5}),
    ("skip_segment", {}),
    ("finish", {}),
    ("start_round", {"order": "join", "share_seconds": 60}),
    ("set_chat_mode", {"mode": "locked"}),
    ("call_hand", {}),
    ("more_time", {"seconds": 60}),
    ("end_round", {}),
]


@pytest.mark.parametrize(("action", "args"), STAFF_ONLY)
def test_a_member_cannot_use_staff_actions(room, action, args):
    info, socks = room
    before = join(socks["sky"], info["meeting"].id)["pacing"]["version"]
    socks["sky"].get_received()

    ack = pace(socks["robin"], info["meeting"].id, action, args)

    assert code(ack) == "forbidden"
    assert join(socks["sky"], info["meeting"].id)["pacing"]["version"] == before
    assert events(socks["sky"], "pacing_state") == []


def test_a_member_cannot_act_for_someone_else_or_move_presence(room):
    info, socks = room
    meeting_id = info["meeting"].id
    assert pace(socks["sky"], meeting_id, "raise_hand")["ok"]
    lower = pace(socks["robin"], meeting_id, "lower_hand", {"participant_id": info["sky"]})
    assert code(lower) == "forbidden"
    for action in ("join", "leave"):
        ack = pace(socks["robin"], meeting_id, action, {"participant_id": info["sky"]})
        assert code(ack) == "forbidden", action
    hands = join(socks["sky"], meeting_id)["pacing"]["state"]["hands"]["hands"]
    assert [h["participant_id"] for h in hands] == [info["sky"]]


def test_members_raise_and_lower_hands_step_away_and_come_back(room):
    info, socks = room
    meeting_id = info["meeting"].id
    assert pace(socks["robin"], meeting_id, "raise_hand")["ok"]
    seen = last_state(socks["sky"])
    assert [h["participant_id"] for h in seen["state"]["hands"]["hands"]] == [info["robin"]]

    called = pace(socks["staff"], meeting_id, "call_hand", version=seen["version"])
    assert called["pacing"]["state"]["hands"]["called"] == info["robin"]

    away = pace(socks["sky"], meeting_id, "step_away")["pacing"]["state"]["participants"]
    assert {p["participant_id"]: p["status"] for p in away}[info["sky"]] == "stepped_away"
    back = pace(socks["sky"], meeting_id, "come_back")["pacing"]["state"]["participants"]
    assert {p["participant_id"]: p["status"] for p in back}[info["sky"]] == "present"
    assert pace(socks["robin"], meeting_id, "raise_hand")["ok"]
    lowered = pace(socks["robin"], meeting_id, "lower_hand")["pacing"]["state"]["hands"]
    assert lowered["hands"] == []


def test_only_the_speaker_can_pass_or_finish_their_share(room):
    info, socks = room
    meeting_id = info["meeting"].id
    args = {"order": "join", "share_seconds": 60}
    started = pace(socks["staff"], meeting_id, "start_round", args)
    assert speaker(started["pacing"]) == info["robin"]
    assert speaker(last_state(socks["sky"])) == info["robin"]

    assert code(pace(socks["sky"], meeting_id, "pass_turn")) == "not_speaker"
    shared = pace(socks["robin"], meeting_id, "finish_share")["pacing"]
    assert speaker(shared) == info["sky"]
    assert code(pace(socks["robin"], meeting_id, "finish_share")) == "not_speaker"
    done = pace(socks["sky"], meeting_id, "pass_turn")["pacing"]["state"]["round"]
    assert not done["active"]
    assert (done["shared"], done["passed"]) == ([info["robin"]], [info["sky"]])


def test_outsiders_and_sockets_that_have_not_joined_cannot_pace(
    sio, room, make_staff, make_group, make_member
):
    info, _ = room
    _, outsider = make_member(make_group(make_staff(), name="Other"), "Outsider")
    ack = pace(sio(token=outsider), info["meeting"].id, "raise_hand")
    assert code(ack) == "forbidden"
    _, wren = make_member(info["group"], "Wren")
    assert code(pace(sio(token=wren), info["meeting"].id, "raise_hand")) == "not_joined"


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ({"action": "fly"}, "unknown_action"),
        ({"action": 7}, "unknown_action"),
        ({"action": "extend", "args": {"minutes": 0}}, "bad_argument"),
        ({"action": "extend", "args": {"minutes": True}}, "bad_argument"),
        ({"action": "extend", "args": {"minutes": 5, "also": 1}}, "bad_argument"),
        ({"action": "next_segment", "args": []}, "bad_argument"),
        ({"action": "go_to_segment", "args": {"segment": "nope"}}, "bad_segment"),
        ({"action": "next_segment", "version": "3"}, "bad_request"),
        ({"action": "next_segment", "version": -1}, "bad_request"),
        ({"action": "previous_segment"}, "at_first_segment"),
        ({"action": "resume"}, "not_paused"),
        ({"action": "next_turn"}, "no_round"),
        ({"action": "start", "args": {}}, "already_started"),
    ],
)
def test_bad_requests_get_stable_codes_never_a_crash(room, payload, expected):
    info, socks = room
    ack = socks["staff"].emit("pace", {"meeting_id": info["meeting"].id, **payload}, callback=True)
    assert code(ack) == expected


def test_the_protocol_document_lists_every_action_and_every_pacing_error_code():
    text = DOC.read_text()
    section = text.split("### `pace`", 1)[1].split("\n### ", 1)[0]
    for spec in ACTIONS:
        assert f"`{spec.name}`" in section, spec.name
    documented = set(re.findall(r"^\| `([a-z_]+)` \|", text, flags=re.MULTILINE))
    assert set(ERROR_CODES) | set(DECISION_CODES) | {"conflict"} <= documented
