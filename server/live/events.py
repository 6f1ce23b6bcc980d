"""Socket events of the live meeting. docs/protocol.md is the reference for each payload."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import session
from flask_login import current_user
from flask_socketio import join_room, leave_room

from server.extensions import socketio
from server.live.protocol import (
    current_sid,
    event,
    event_limiter,
    joined,
    kept_after_commit,
    meeting_and_actor,
    non_negative_int,
    not_joined,
    require_joined,
    send_limiter,
)
from server.models import Meeting
from server.realtime import meeting_room, staff_room
from server.services import (
    chat,
    meetings,
    moderation_send,
    moderation_side,
    pacing,
    presence,
    sending,
    workers,
)
from server.services.errors import ServiceError
from server.services.members import member_ids_for_tokens
from server.services.principals import Principal


@socketio.on("connect")
def on_connect(auth: Any = None) -> None:
    """Anyone connecting. Staff bring their sign-in cookie; members their session cookie or
    ``{"token": ...}``. Anyone else is refused with ``unauthorized``."""
    staff = current_user if current_user.is_authenticated else None
    tokens = list((session.get("member_tokens") or {}).values())
    if isinstance(auth, dict) and isinstance(auth.get("token"), str):
        tokens.append(auth["token"])
    member_ids = member_ids_for_tokens(tokens)
    if staff is None and not member_ids:
        raise ConnectionRefusedError("unauthorized")
    session["steady_staff"] = (staff.id, staff.session_version) if staff else None
    session["steady_members"] = member_ids
    presence.register_socket(current_sid(), staff.id if staff else None, session["steady_members"])


@socketio.on("disconnect")
def on_disconnect(*_: Any) -> None:
    """A socket going away, for any reason: the others in its meetings see who left."""
    send_limiter.forget(current_sid())
    event_limiter.forget(current_sid())
    workers.socket_gone(current_sid())


@event("join")
def join(data: dict[str, Any]) -> dict[str, Any]:
    """Member or staff -> server: enter a meeting and catch up from ``last_seq``.
    Ack: meeting state, who is present, the missed messages in order, and the curriculum
    session at the agenda's current segment (its facilitator notes only when the joiner is
    staff), and the pacing state. Others in the meeting receive ``presence`` (joined) when this
    participant was not there, and ``pacing_state`` when a member joins the agenda. The ack's
    ``safety`` holds crisis resources and side conversations, and for staff the open flags.
    A member removed from this meeting is refused with ``removed``."""
    with kept_after_commit():
        return _join(data)


def _join(data: dict[str, Any]) -> dict[str, Any]:
    meeting, who = meeting_and_actor(data)
    last_seq = non_negative_int(data, "last_seq")
    entry = presence.enter_meeting(current_sid(), meeting, who)
    # Enter the room before reading the backlog: a message sent in between arrives twice
    # (clients drop seq <= last seen) rather than not at all.
    join_room(meeting_room(meeting.id))
    if who.is_staff:
        join_room(staff_room(meeting.id))
    present = presence.present_in(meeting.id)
    if entry.newcomer:
        presence.announce(meeting.id, "joined", who.public(), present)
    # Everyone present is named in ``present``: pacing reads only the names of those who left.
    known = {person["id"]: person["name"] for person in present if person["role"] == "member"}
    paced = pacing.participant_joined(meeting, who, known) or pacing.current_payload(meeting, known)
    missed, more = chat.messages_after(meeting, last_seq, who.is_staff)
    return {
        "meeting": meetings.meeting_state(meeting),
        "you": who.public(),
        "present": present,
        "messages": missed,
        "more": more,
        # The pacing payload carries the attendees' view of the session; staff get the notes.
        "session": pacing.session_view(meeting, True) if who.is_staff else paced["session"],
        "pacing": paced,
        "safety": moderation_side.join_view(meeting, who, entry.muted),
    }


@event("history")
def history(data: dict[str, Any]) -> dict[str, Any]:
    """Member or staff in the meeting -> server: the next page of messages after ``after_seq``."""
    meeting, who = meeting_and_actor(data)
    require_joined(meeting.id)
    missed, more = chat.messages_after(meeting, non_negative_int(data, "after_seq"), who.is_staff)
    return {"messages": missed, "more": more}


@event("leave")
def leave(data: dict[str, Any]) -> dict[str, Any]:
    """Member or staff -> server: leave the meeting; the others receive ``presence`` (left)."""
    meeting, _who = meeting_and_actor(data)
    leave_room(meeting_room(meeting.id))
    leave_room(staff_room(meeting.id))
    for meeting_id, gone in presence.leave_meetings(current_sid(), meeting.id):
        presence.announce(meeting_id, "left", gone)
        pacing.participant_left(meeting_id, gone["id"])
    return {}


@event("send")
def send(data: dict[str, Any]) -> dict[str, Any]:
    """Member or staff in the meeting -> server: post a message. The ack (after commit)
    carries its ``seq``; everyone in the meeting, sender included, receives ``chat_message``.
    A member's message is screened first: identifying details hold it back (``identifying_info``)
    until resent with ``confirm_identifying``; crisis, danger and agreement findings flag it to
    staff (``flag_raised``), and crisis or danger send the sender alone ``crisis_support``."""
    meeting_id = meetings.checked_id(data.get("meeting_id"))
    members = list(session.get("steady_members") or [])
    if (session.get("steady_staff") or (None,))[0] is not None:
        meeting, who = meeting_and_actor(data)
        if who.is_staff:
            return _staff_send(meeting, who, data)
        members = [who.id]
    facts = sending.member_send(meeting_id, members, current_sid())
    client_id, body = _checked_send(data, facts.status, lambda: facts.joined)
    confirmed = data.get("confirm_identifying") is True
    payload, duplicate = moderation_send.post_screened(
        facts, client_id, body, confirmed, current_sid()
    )
    return {"seq": payload["seq"], "id": payload["id"], "duplicate": duplicate}


def _staff_send(meeting: Meeting, who: Principal, data: dict[str, Any]) -> dict[str, Any]:
    """Staff messages are not screened (they post helplines) and no chat mode holds them."""
    client_id, body = _checked_send(data, meeting.status, lambda: joined(meeting.id))
    payload, duplicate = chat.post_message(meeting.id, who, client_id, body)
    return {"seq": payload["seq"], "id": payload["id"], "duplicate": duplicate}


def _checked_send(
    data: dict[str, Any], status: str, is_joined: Callable[[], bool]
) -> tuple[str, str]:
    """The checks every send passes, in the order their errors are reported: the client id
    and body, the meeting open, this socket joined, the flood guard."""
    client_id = chat.clean_client_id(data.get("client_id"))
    body = chat.clean_body(data.get("body"))
    chat.check_open(status)
    if not is_joined():
        raise not_joined()
    send_limiter.check(current_sid())
    return client_id, body


def _staff_action(data: dict[str, Any], action: str) -> dict[str, Any]:
    meeting, who = meeting_and_actor(data)
    return {"meeting": meetings.change_status(meeting, action, who)}


@event("open_meeting")
def open_meeting(data: dict[str, Any]) -> dict[str, Any]:
    """Facilitator -> server: open the room so members can enter. Everyone in the meeting
    receives ``meeting_state``."""
    return _staff_action(data, "open")


@event("start_meeting")
def start_meeting(data: dict[str, Any]) -> dict[str, Any]:
    """Facilitator -> server: the session begins. Everyone receives ``meeting_state``."""
    return _staff_action(data, "start")


@event("end_meeting")
def end_meeting(data: dict[str, Any]) -> dict[str, Any]:
    """Facilitator -> server: end the meeting. Everyone receives ``meeting_state`` (ended)."""
    return _staff_action(data, "end")


@socketio.on("*")
def unknown_event(name: str, *_: Any) -> dict[str, Any]:
    """Any event the server does not know: refused with ``unknown_event``."""
    error = ServiceError("unknown_event", "The server does not know that event.").as_dict()
    return {"ok": False, "error": error}


# Registered here so that every importer of the live events (the app, the protocol test)
# gets the pacing events too, before Socket.IO's init_app.
from server.live import pacing_events  # noqa: E402,F401
