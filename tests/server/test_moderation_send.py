"""Screening in the send path: held, confirmed, urgent and quiet, seen from every socket."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from server.models import Flag, Message
from tests.server.moderation_helpers import (
    BLAMING,
    CRISIS,
    DANGER,
    PHONE,
    build_room,
    code,
)

CHAT_KEYS = {"meeting_id", "seq", "id", "client_id", "author", "body", "status", "sent_at"}


@pytest.fixture
def room(app, sio, make_staff, make_group, make_member, make_meeting):
    return build_room(app, sio, make_staff, make_group, make_member, make_meeting)


def count(db, model) -> int:
    return db.session.execute(select(func.count()).select_from(model)).scalar_one()


def test_a_phone_number_is_held_back_and_shown_to_the_sender_only(room, db):
    ack = room.send("robin", PHONE, "p1")

    assert code(ack) == "identifying_info"
    (found,) = ack["error"]["findings"]
    assert (found["label"], found["matched"]) == ("phone", "07700 900123")
    assert PHONE[found["start"] : found["end"]] == "07700 900123"
    for who in ("sky", "lead", "co"):
        assert room.received(who, "chat_message") == []
        assert room.received(who, "flag_raised") == []
    assert count(db, Message) == 0 and count(db, Flag) == 0


def test_sending_it_anyway_posts_it_with_a_quiet_flag_for_staff_only(room):
    assert code(room.send("robin", PHONE, "p1")) == "identifying_info"
    room.drain()

    ack = room.send("robin", PHONE, "p1", confirm_identifying=True)

    assert ack["ok"] and ack["seq"] == 1
    (message,) = room.received("sky", "chat_message")
    assert message["body"] == PHONE and set(message) == CHAT_KEYS
    (flag,) = room.received("lead", "flag_raised")
    assert (flag["category"], flag["severity"], flag["source"]) == (
        "identifying",
        "high",
        "screening",
    )
    assert flag["message"]["id"] == ack["id"] and flag["member"]["name"] == "Robin"
    assert len(room.received("co", "flag_raised")) == 1
    for who in ("robin", "sky"):
        assert room.received(who, "flag_raised") == []
    assert room.received("robin", "crisis_support") == []


@pytest.mark.parametrize("body, category", [(CRISIS, "crisis"), (DANGER, "danger")])
def test_crisis_or_danger_is_posted_with_an_urgent_flag_and_private_support(room, body, category):
    ack = room.send("robin", body, "c1")

    assert ack["ok"]
    assert [m["body"] for m in room.received("sky", "chat_message")] == [body]
    (flag,) = room.received("lead", "flag_raised")
    assert (flag["category"], flag["severity"]) == (category, "urgent")
    assert flag["message"]["excerpt"] == body
    (support,) = room.received("robin", "crisis_support")
    contacts = " ".join(r["contact"] for r in support["resources"])
    assert "1-800-799-7233" in contacts and "988" in contacts and "116 123" in contacts
    assert support["offer_talk"] is True
    for who in ("sky", "lead"):
        assert room.received(who, "crisis_support") == []
    assert room.received("sky", "flag_raised") == []


def test_an_agreement_breach_is_posted_and_flagged_quietly(room):
    assert room.send("sky", BLAMING, "b1")["ok"]

    assert [m["body"] for m in room.received("robin", "chat_message")] == [BLAMING]
    (flag,) = room.received("lead", "flag_raised")
    assert (flag["category"], flag["severity"]) == ("agreement", "medium")
    assert "victim_blaming" in flag["labels"]
    assert room.received("sky", "crisis_support") == []
    assert room.received("robin", "flag_raised") == []


def test_an_ordinary_message_raises_nothing(room, db):
    assert room.send("robin", "this week killed me, but I'm glad to be here", "o1")["ok"]
    assert room.received("lead", "flag_raised") == []
    assert room.received("robin", "crisis_support") == []
    assert count(db, Flag) == 0


def test_staff_messages_are_not_screened(room):
    ack = room.send("lead", "You can call the helpline on 0808 2000 247 at any time.", "s1")
    assert ack["ok"]
    assert room.received("lead", "flag_raised") == []


def test_a_held_message_in_crisis_still_reaches_staff_once(room, db):
    body = f"{DANGER}, {PHONE}"
    assert code(room.send("robin", body, "h1")) == "identifying_info"
    (held,) = room.received("lead", "flag_raised")
    assert held["category"] == "danger" and held["message"] is None
    assert len(room.received("robin", "crisis_support")) == 1
    assert code(room.send("robin", body, "h1")) == "identifying_info"
    assert room.received("lead", "flag_raised") == []  # not a second flag

    ack = room.send("robin", body, "h1", confirm_identifying=True)

    assert ack["ok"]
    raised = {f["category"]: f for f in room.received("lead", "flag_raised")}
    assert raised["danger"]["id"] == held["id"]
    assert raised["danger"]["message"]["id"] == ack["id"]
    assert set(raised) == {"danger", "identifying"}
    assert count(db, Flag) == 2


def test_a_retried_send_stores_and_flags_once(room, db):
    first = room.send("robin", CRISIS, "r1")
    room.drain()
    again = room.send("robin", CRISIS, "r1")

    assert again == {**first, "duplicate": True}
    assert room.received("lead", "flag_raised") == []
    assert count(db, Flag) == 1
