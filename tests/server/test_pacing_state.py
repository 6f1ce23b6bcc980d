"""The pacing state on the server: optimistic versions, restarts, and the meeting's lifecycle."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
import sqlalchemy as sa

from facilitator import meeting_actions
from server import create_app
from server.extensions import db as _db
from server.extensions import socketio
from server.models import MeetingPacing, MeetingStatus
from server.services import pacing, pacing_store
from tests.conftest import sign_in
from tests.server.helpers import events, join
from tests.server.pacing_helpers import code, last_state, member_socket, pace, staff_socket


@pytest.fixture
def room(app, sio, make_staff, make_group, make_member, make_meeting):
    """A live meeting with two facilitators and one member, all joined."""
    lead, co = make_staff(name="Lead"), make_staff(name="Co")
    group = make_group(lead, co)
    robin, robin_token = make_member(group, "Robin")
    meeting = make_meeting(group)
    socks = {
        "lead": staff_socket(app, sio, lead, meeting.id),
        "co": staff_socket(app, sio, co, meeting.id),
        "robin": member_socket(sio, robin_token, meeting.id),
    }
    info = {"meeting": meeting, "group": group, "robin": f"m{robin.id}", "lead_email": lead.email}
    return info, socks


def _version(sock: Any, meeting_id: int) -> int:
    return join(sock, meeting_id)["pacing"]["version"]


def test_two_facilitators_with_the_same_version_one_wins_the_other_gets_the_fresh_state(room):
    info, socks = room
    meeting_id = info["meeting"].id
    pace(socks["lead"], meeting_id, "extend", {"minutes": 10})  # a plan with room to move
    seen = _version(socks["lead"], meeting_id)
    assert _version(socks["co"], meeting_id) == seen

    first = pace(socks["lead"], meeting_id, "pause", version=seen)
    second = pace(socks["co"], meeting_id, "pause", version=seen)

    assert first["ok"] and first["pacing"]["version"] == seen + 1
    assert code(second) == "conflict"
    fresh = second["error"]["pacing"]
    assert fresh["version"] == seen + 1 and fresh["state"]["agenda"]["phase"] == "paused"
    # With the fresh version the second facilitator's next step goes through.
    resumed = pace(socks["co"], meeting_id, "resume", version=fresh["version"])
    assert resumed["ok"] and resumed["pacing"]["state"]["agenda"]["phase"] == "running"


def test_a_writer_that_loses_the_race_between_load_and_save_gets_conflict(room, monkeypatch):
    """Another worker commits after this one has loaded the state but before it saves."""
    info, socks = room
    meeting_id = info["meeting"].id
    seen = _version(socks["lead"], meeting_id)
    real_apply = pacing.apply

    def apply_after_another_worker(*args: Any) -> Any:
        with _db.engine.begin() as conn:  # a separate connection, committed at once
            conn.execute(
                sa.update(MeetingPacing)
                .where(MeetingPacing.meeting_id == meeting_id)
                .values(version=MeetingPacing.version + 1)
            )
        return real_apply(*args)

    monkeypatch.setattr(pacing, "apply", apply_after_another_worker)
    ack = pace(socks["lead"], meeting_id, "pause", version=seen)

    assert code(ack) == "conflict"
    assert ack["error"]["pacing"]["version"] == seen + 1
    assert ack["error"]["pacing"]["state"]["agenda"]["phase"] == "running"  # not paused
    monkeypatch.setattr(pacing, "apply", real_apply)
    # A member's own action names no version: the server retries it on the fresh state.
    assert pace(socks["robin"], meeting_id, "raise_hand")["ok"]


def test_a_transition_is_broadcast_to_everyone_in_the_meeting_once(room):
    info, socks = room
    for sock in socks.values():
        sock.get_received()
    ack = pace(socks["lead"], info["meeting"].id, "set_chat_mode", {"mode": "slow"})
    for name, sock in socks.items():
        received = events(sock, "pacing_state")
        assert [p["version"] for p in received] == [ack["pacing"]["version"]], name
        assert received[0]["state"]["chat"] == {"mode": "slow", "slow_seconds": 30}


def test_the_state_survives_a_restart_and_the_meeting_carries_on(room, app_config):
    info, socks = room
    meeting_id, email = info["meeting"].id, info["lead_email"]
    assert pace(socks["robin"], meeting_id, "raise_hand")["ok"]
    before = pace(socks["lead"], meeting_id, "set_chat_mode", {"mode": "locked"})["pacing"]
    _db.session.remove()
    _db.engine.dispose()

    restarted = create_app(app_config)  # a new process would build exactly this
    with restarted.app_context(), restarted.test_client() as http:
        sign_in(http, SimpleNamespace(email=email))
        lead = socketio.test_client(restarted, flask_test_client=http)
        ack = join(lead, meeting_id)
        state = ack["pacing"]["state"]
        assert ack["pacing"]["version"] == before["version"]
        assert state["chat"]["mode"] == "locked"
        assert [h["participant_id"] for h in state["hands"]["hands"]] == [info["robin"]]
        assert state["agenda"]["started_at"] == before["state"]["agenda"]["started_at"]
        called = pace(lead, meeting_id, "call_hand", version=before["version"])
        assert called["pacing"]["state"]["hands"]["called"] == info["robin"]
        lead.disconnect()
        _db.session.remove()
        _db.engine.dispose()


def test_the_agenda_starts_and_finishes_with_the_meeting(
    app, sio, make_staff, make_group, make_member, make_meeting
):
    staff = make_staff()
    group = make_group(staff)
    _, token = make_member(group, "Robin")
    meeting = make_meeting(group, status=MeetingStatus.SCHEDULED)
    lead = staff_socket(app, sio, staff, meeting.id)
    assert code(pace(lead, meeting.id, "pause")) == "meeting_not_open"
    assert lead.emit("open_meeting", {"meeting_id": meeting.id}, callback=True)["ok"]
    robin = member_socket(sio, token, meeting.id)
    assert join(robin, meeting.id)["pacing"]["state"]["agenda"]["phase"] == "not_started"
    assert code(pace(lead, meeting.id, "start")) == "bad_state"
    assert code(pace(lead, meeting.id, "next_segment")) == "not_started"
    assert pace(robin, meeting.id, "raise_hand")["ok"]  # hands may go up before the start
    robin.get_received()

    assert lead.emit("start_meeting", {"meeting_id": meeting.id}, callback=True)["ok"]
    assert last_state(robin)["state"]["agenda"]["phase"] == "running"
    assert lead.emit("end_meeting", {"meeting_id": meeting.id}, callback=True)["ok"]
    finished = last_state(robin)["state"]["agenda"]
    assert finished["phase"] == "finished" and finished["finished_at"] is not None
    assert code(pace(lead, meeting.id, "set_chat_mode", {"mode": "open"})) == "meeting_ended"


def test_a_member_who_leaves_is_passed_over_in_the_round(room, make_member, sio):
    info, socks = room
    meeting_id = info["meeting"].id
    sky_member, sky_token = make_member(info["group"], "Sky")
    sky = member_socket(sio, sky_token, meeting_id)
    round_ = pace(socks["lead"], meeting_id, "start_round", {"order": "join", "share_seconds": 60})
    assert round_["pacing"]["state"]["round"]["current_speaker"] == info["robin"]
    sky.get_received()

    socks["robin"].disconnect()

    state = last_state(sky)["state"]
    assert state["round"]["current_speaker"] == f"m{sky_member.id}"
    assert state["round"]["absent"] == [info["robin"]]
    statuses = {p["participant_id"]: p["status"] for p in state["participants"]}
    assert statuses[info["robin"]] == "left"


def test_a_stale_save_changes_nothing(room):
    info, socks = room
    meeting_id = info["meeting"].id
    stored = pacing_store.current(info["meeting"])
    changed = meeting_actions.apply(
        stored.state, "pause", {}, stored.state.last_at + 1, meeting_actions.Actor(is_staff=True)
    )
    assert pacing_store.save(meeting_id, stored.version + 5, changed) is False
    _db.session.rollback()
    assert pacing_store.current(info["meeting"]).state.agenda.phase == "running"
