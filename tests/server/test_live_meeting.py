"""The live meeting over Socket.IO, with several real test clients per room."""

from __future__ import annotations

import pytest

from server.models import MeetingStatus, MemberStatus, Message, StaffRole
from tests.conftest import sign_in
from tests.server.helpers import bodies, events, join, send


@pytest.fixture
def room(make_staff, make_group, make_member, make_meeting):
    """A live meeting with a facilitator, two members; plus another group with its own member."""
    staff = make_staff()
    group = make_group(staff)
    other_group = make_group(make_staff(), name="Other group")
    _, robin = make_member(group, "Robin")
    _, sky = make_member(group, "Sky")
    _, outsider = make_member(other_group, "Outsider")
    return {
        "staff": staff,
        "group": group,
        "meeting": make_meeting(group),
        "other_meeting": make_meeting(other_group),
        "robin": robin,
        "sky": sky,
        "outsider": outsider,
    }


def test_connection_without_identity_is_refused(sio):
    assert not sio().is_connected()
    assert not sio(token="not-a-real-token").is_connected()


def test_members_of_a_meeting_receive_its_messages_and_others_do_not(sio, room):
    robin, sky, outsider = (
        sio(token=room["robin"]),
        sio(token=room["sky"]),
        sio(token=room["outsider"]),
    )
    meeting_id = room["meeting"].id
    assert join(robin, meeting_id)["ok"] and join(sky, meeting_id)["ok"]
    assert join(outsider, room["other_meeting"].id)["ok"]
    for sock in (robin, sky, outsider):
        sock.get_received()

    ack = send(robin, meeting_id, "Hello everyone", "c1")

    assert ack == {"ok": True, "seq": 1, "id": ack["id"], "duplicate": False}
    sky_msgs = events(sky, "chat_message")
    assert [(m["seq"], m["body"], m["author"]["name"]) for m in sky_msgs] == [
        (1, "Hello everyone", "Robin")
    ]
    assert bodies(robin) == ["Hello everyone"]
    assert bodies(outsider) == []


def test_member_of_another_group_cannot_join(sio, room):
    outsider = sio(token=room["outsider"])
    ack = join(outsider, room["meeting"].id)
    assert ack["ok"] is False and ack["error"]["code"] == "forbidden"
    ack = send(outsider, room["meeting"].id, "let me in", "x1")
    assert ack["error"]["code"] == "forbidden"


def test_sending_requires_joining_first(sio, room):
    robin = sio(token=room["robin"])
    ack = send(robin, room["meeting"].id, "hello?", "c1")
    assert ack["error"]["code"] == "not_joined"


def test_attendee_cannot_use_staff_events(sio, room):
    robin = sio(token=room["robin"])
    join(robin, room["meeting"].id)
    for event in ("open_meeting", "start_meeting", "end_meeting"):
        ack = robin.emit(event, {"meeting_id": room["meeting"].id}, callback=True)
        assert ack["error"]["code"] == "forbidden", event
    assert room["meeting"].status == MeetingStatus.LIVE


def test_rejoin_with_last_seq_receives_exactly_what_was_missed(sio, room, db):
    meeting_id = room["meeting"].id
    robin, sky = sio(token=room["robin"]), sio(token=room["sky"])
    join(robin, meeting_id)
    join(sky, meeting_id)
    for i in range(1, 4):
        send(robin, meeting_id, f"before {i}", f"b{i}")
    last_seen = max(m["seq"] for m in events(sky, "chat_message"))
    sky.disconnect()
    for i in range(1, 6):
        send(robin, meeting_id, f"while away {i}", f"w{i}")

    sky = sio(token=room["sky"])
    ack = join(sky, meeting_id, last_seq=last_seen)

    assert [m["seq"] for m in ack["messages"]] == [4, 5, 6, 7, 8]
    assert [m["body"] for m in ack["messages"]] == [f"while away {i}" for i in range(1, 6)]
    assert ack["more"] is False


def test_long_absence_pages_through_history_in_order(sio, room, db):
    meeting_id = room["meeting"].id
    robin = sio(token=room["robin"])
    join(robin, meeting_id)
    for i in range(250):
        send(robin, meeting_id, f"m{i}", f"id{i}")
    sky = sio(token=room["sky"])
    first = join(sky, meeting_id)
    assert first["more"] is True and len(first["messages"]) == 200
    rest = sky.emit("history", {"meeting_id": meeting_id, "after_seq": 200}, callback=True)
    seqs = [m["seq"] for m in first["messages"] + rest["messages"]]
    assert seqs == list(range(1, 251)) and rest["more"] is False


def test_repeated_client_message_id_is_stored_once(sio, room, db):
    meeting_id = room["meeting"].id
    robin, sky = sio(token=room["robin"]), sio(token=room["sky"])
    join(robin, meeting_id)
    join(sky, meeting_id)
    sky.get_received()
    first = send(robin, meeting_id, "I made it here tonight", "same-id")
    retry = send(robin, meeting_id, "I made it here tonight", "same-id")
    assert retry["seq"] == first["seq"] and retry["duplicate"] is True
    assert db.session.query(Message).count() == 1
    assert bodies(sky) == ["I made it here tonight"]


def test_same_client_id_from_two_authors_is_two_messages(sio, room, db):
    meeting_id = room["meeting"].id
    robin, sky = sio(token=room["robin"]), sio(token=room["sky"])
    join(robin, meeting_id)
    join(sky, meeting_id)
    assert send(robin, meeting_id, "one", "1")["seq"] == 1
    assert send(sky, meeting_id, "two", "1")["seq"] == 2


@pytest.mark.parametrize(
    ("payload", "code"),
    [
        ("not an object", "bad_request"),
        ({"meeting_id": "one"}, "bad_request"),
        ({"meeting_id": 999_999}, "unknown_meeting"),
        ({"meeting_id": True}, "bad_request"),
    ],
)
def test_malformed_join_gets_an_error_code(sio, room, payload, code):
    robin = sio(token=room["robin"])
    ack = robin.emit("join", payload, callback=True)
    assert ack["ok"] is False and ack["error"]["code"] == code
    assert robin.is_connected()


@pytest.mark.parametrize(
    ("patch", "code"),
    [
        ({"body": ""}, "empty_message"),
        ({"body": "   \n "}, "empty_message"),
        ({"body": "x" * 2001}, "message_too_long"),
        ({"body": "hi\x00there"}, "bad_characters"),
        ({"body": "hidden\u202etext"}, "bad_characters"),
        ({"body": 42}, "bad_request"),
        ({"client_id": ""}, "bad_client_id"),
        ({"client_id": "x" * 65}, "bad_client_id"),
        ({"client_id": None}, "bad_client_id"),
        ({"last_seq": -1, "meeting_id": "x"}, "bad_request"),
    ],
)
def test_malformed_send_gets_an_error_code_and_stores_nothing(sio, room, db, patch, code):
    robin = sio(token=room["robin"])
    join(robin, room["meeting"].id)
    send(robin, room["meeting"].id, "kept", "keep-1")
    payload = {"meeting_id": room["meeting"].id, "body": "fine", "client_id": "c2", **patch}
    ack = robin.emit("send", payload, callback=True)
    assert ack["ok"] is False and ack["error"]["code"] == code
    assert [m.body for m in db.session.query(Message)] == ["kept"]
    assert robin.is_connected()


def test_payloads_without_ack_still_get_an_error_event(sio, room):
    robin = sio(token=room["robin"])
    robin.get_received()
    robin.emit("send", {"meeting_id": room["meeting"].id})
    errors = events(robin, "error")
    assert errors and errors[0]["event"] == "send" and errors[0]["code"] == "bad_client_id"


def test_unknown_event_is_refused(sio, room):
    robin = sio(token=room["robin"])
    ack = robin.emit("make_me_admin", {}, callback=True)
    assert ack["error"]["code"] == "unknown_event"
    ack = robin.emit("join", {"meeting_id": room["meeting"].id}, "extra", callback=True)
    assert ack["error"]["code"] == "bad_request"


def test_presence_shows_who_is_here_and_who_left(sio, room):
    meeting_id = room["meeting"].id
    robin, sky = sio(token=room["robin"]), sio(token=room["sky"])
    join(robin, meeting_id)
    robin.get_received()
    ack = join(sky, meeting_id)
    assert sorted(p["name"] for p in ack["present"]) == ["Robin", "Sky"]
    joined = events(robin, "presence")
    assert joined[-1]["change"] == "joined" and joined[-1]["participant"]["name"] == "Sky"
    sky.disconnect()
    left = events(robin, "presence")
    assert left[-1]["change"] == "left" and left[-1]["participant"]["name"] == "Sky"
    assert [p["name"] for p in left[-1]["present"]] == ["Robin"]


def test_second_tab_does_not_announce_a_leave_until_the_last_one_goes(sio, room):
    meeting_id = room["meeting"].id
    robin, tab_one, tab_two = (
        sio(token=room["robin"]),
        sio(token=room["sky"]),
        sio(token=room["sky"]),
    )
    join(robin, meeting_id)
    join(tab_one, meeting_id)
    join(tab_two, meeting_id)
    robin.get_received()
    tab_one.disconnect()
    assert events(robin, "presence") == []
    tab_two.disconnect()
    assert [p["change"] for p in events(robin, "presence")] == ["left"]


def test_facilitator_opens_starts_and_ends_and_attendees_see_it(
    sio, client, room, make_meeting, db
):
    meeting = make_meeting(room["group"], status=MeetingStatus.SCHEDULED)
    sign_in(client, room["staff"])
    staff = sio(client=client)
    robin = sio(token=room["robin"])
    assert join(robin, meeting.id)["error"]["code"] == "meeting_not_open"
    assert join(staff, meeting.id)["ok"]
    assert staff.emit("open_meeting", {"meeting_id": meeting.id}, callback=True)["ok"]
    assert join(robin, meeting.id)["ok"]
    robin.get_received()
    assert staff.emit("start_meeting", {"meeting_id": meeting.id}, callback=True)["ok"]
    ack = staff.emit("end_meeting", {"meeting_id": meeting.id}, callback=True)
    assert ack["meeting"]["status"] == "ended"
    states = [s["status"] for s in events(robin, "meeting_state")]
    assert states == ["live", "ended"]
    assert send(robin, meeting.id, "anyone?", "late")["error"]["code"] == "meeting_ended"
    assert join(robin, meeting.id)["error"]["code"] == "meeting_ended"


def test_facilitator_of_another_group_cannot_run_this_meeting(sio, client, room, make_staff):
    stranger = make_staff()
    sign_in(client, stranger)
    sock = sio(client=client)
    ack = sock.emit("end_meeting", {"meeting_id": room["meeting"].id}, callback=True)
    assert ack["error"]["code"] == "forbidden"


def test_admin_can_run_any_meeting(sio, client, room, make_staff):
    sign_in(client, make_staff(StaffRole.ADMIN))
    sock = sio(client=client)
    assert join(sock, room["meeting"].id)["ok"]


def test_banned_member_is_refused_on_the_next_event_and_on_reconnect(sio, room, db):
    robin = sio(token=room["robin"])
    join(robin, room["meeting"].id)
    member = db.session.query(type(room["group"]).__mro__[0]).first()  # noqa: F841
    from server.services.members import member_for_token

    banned = member_for_token(room["robin"])
    banned.status = MemberStatus.BANNED
    db.session.commit()
    ack = send(robin, room["meeting"].id, "still here?", "after-ban")
    assert ack["error"]["code"] == "forbidden"
    assert not sio(token=room["robin"]).is_connected()


def test_signing_out_closes_the_staff_socket(sio, client, room):
    sign_in(client, room["staff"])
    sock = sio(client=client)
    assert sock.is_connected()
    client.post("/staff/sign-out")
    assert not sock.is_connected()


def test_socket_sends_are_rate_limited(sio, room, app):
    app.config["STEADY_SOCKET_SEND_RATE"] = (3, 60.0)
    robin = sio(token=room["robin"])
    join(robin, room["meeting"].id)
    codes = [
        send(robin, room["meeting"].id, f"m{i}", f"r{i}").get("error", {}).get("code")
        for i in range(4)
    ]
    assert codes == [None, None, None, "rate_limited"]


@pytest.mark.parametrize(
    ("event", "payload"),
    [
        ("join", {"meeting_id": 2**70}),
        ("join", {"last_seq": 2**70}),
        ("history", {"after_seq": 2**64}),
        ("send", {"meeting_id": 2**63, "client_id": "a", "body": "hello"}),
        ("flag_message", {"message_id": 2**70, "reason": "other"}),
        ("ask_to_talk", {"meeting_id": -(2**70)}),
        ("pace", {"action": "raise_hand", "version": 2**70}),
    ],
)
def test_numbers_too_big_for_the_database_are_refused_cleanly(sio, room, event, payload):
    """A client sending an id no database column can hold gets a refusal it can act on, never
    the server's internal error."""
    robin = sio(token=room["robin"])
    join(robin, room["meeting"].id)
    ack = robin.emit(event, {"meeting_id": room["meeting"].id, **payload}, callback=True)
    assert ack["ok"] is False
    assert ack["error"]["code"] in ("bad_request", "unknown_meeting", "unknown_message"), ack


def test_a_retried_send_makes_no_failing_statement(sio, room, db):
    """A client resending after a lost ack is common on phones. The retry must not run a
    statement the database refuses: PostgreSQL logs a refused statement with its values, and
    those would include the message's text."""
    from sqlalchemy import event

    meeting_id = room["meeting"].id
    robin = sio(token=room["robin"])
    join(robin, meeting_id)
    first = send(robin, meeting_id, "Something only this group should read", "retry-1")
    refused: list[str] = []

    def record(context):
        refused.append(type(context.original_exception).__name__)

    event.listen(db.engine, "handle_error", record)
    try:
        again = send(robin, meeting_id, "Something only this group should read", "retry-1")
    finally:
        event.remove(db.engine, "handle_error", record)
    assert again["duplicate"] is True and again["seq"] == first["seq"]
    assert refused == []
    after = send(robin, meeting_id, "and the next one", "retry-2")
    assert after["seq"] == first["seq"] + 1  # the retry took no sequence number


def test_any_event_flood_from_one_socket_is_refused(sio, room, app):
    app.config["STEADY_SOCKET_EVENT_RATE"] = (5, 60.0)
    robin, sky = sio(token=room["robin"]), sio(token=room["sky"])
    meeting_id = room["meeting"].id
    acks = [robin.emit("join", {"meeting_id": meeting_id}, callback=True) for _ in range(6)]
    assert [a["ok"] for a in acks] == [True] * 5 + [False]
    assert acks[-1]["error"]["code"] == "rate_limited"
    assert join(sky, meeting_id)["ok"]  # another socket is not held back
