"""Every client event, with every field given a wrong kind of value, as a member and as staff:
the answer is always a refusal with a stable code, never the server's internal error, and the
meeting's stored messages are untouched."""

from __future__ import annotations

import random

import pytest

from server.live.protocol import CLIENT_EVENTS
from server.models import Message
from tests.conftest import sign_in
from tests.server.helpers import join, send

WRONG = [None, "", "x", -1, 0, 2**70, 1.5, True, [], [1, 2], {}, {"a": {"b": 1}}, "\u202e" * 3]
FIELDS = (
    "meeting_id", "last_seq", "after_seq", "client_id", "body", "message_id", "flag_id",
    "member_id", "reason", "note", "action", "args", "version", "text", "confirm_identifying",
)  # fmt: skip


@pytest.fixture
def room(make_staff, make_group, make_member, make_meeting):
    staff = make_staff()
    group = make_group(staff)
    _, robin = make_member(group, "Robin")
    return {"staff": staff, "meeting": make_meeting(group), "robin": robin}


def _payloads(meeting_id: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    out = [{field: value} for field in FIELDS for value in WRONG]
    for _ in range(60):
        picked = rng.sample(FIELDS, rng.randint(1, 5))
        out.append({"meeting_id": meeting_id, **{f: rng.choice(WRONG) for f in picked}})
    return out


@pytest.mark.parametrize("as_staff", [False, True])
def test_wrong_values_in_any_field_are_refused_with_a_stable_code(sio, client, room, as_staff):
    meeting_id = room["meeting"].id
    if as_staff:
        sign_in(client, room["staff"])
        sock = sio(client=client)
    else:
        sock = sio(token=room["robin"])
    join(sock, meeting_id)
    stored = send(sock, meeting_id, "This stays as it was.", "keep-1")
    assert stored["ok"]
    for event in sorted(CLIENT_EVENTS):
        for payload in _payloads(meeting_id, seed=hash(event) % 1000):
            ack = sock.emit(event, payload, callback=True)
            assert isinstance(ack, dict), (event, payload)
            if not ack.get("ok"):
                assert ack["error"]["code"] != "internal_error", (event, payload)
    assert [m.body for m in Message.query.filter_by(meeting_id=meeting_id)][:1] == [
        "This stays as it was."
    ]
