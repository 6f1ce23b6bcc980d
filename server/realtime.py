"""The realtime publisher: what services emit after commit, and how sockets are closed.

With a message queue configured, ``socketio.emit`` reaches sockets on every worker, and so does
``disconnect`` for a sid that lives on another worker.
"""

from __future__ import annotations

from typing import Any

from server.extensions import socketio

# Every event the server sends to clients; docs/protocol.md must document each one.
SERVER_EVENTS = (
    "chat_message",
    "presence",
    "meeting_state",
    "error",
    "pacing_state",
    "pacing_notes",
    # Safety and moderation (services/moderation*.py):
    "flag_raised",
    "flag_resolved",
    "message_hidden",
    "crisis_support",
    "moderation_notice",
    "moderation_action",
    "side_message",
)


def meeting_room(meeting_id: int) -> str:
    return f"meeting:{meeting_id}"


def staff_room(meeting_id: int) -> str:
    """The meeting's staff sockets only: what attendees must never receive goes here."""
    return f"meeting:{meeting_id}:staff"


def publish(event: str, payload: dict[str, Any], room: str) -> None:
    if event not in SERVER_EVENTS:
        raise ValueError(f"undocumented server event {event!r}")
    socketio.emit(event, payload, to=room)


def close_sockets(sids: list[str]) -> None:
    for sid in sids:
        socketio.server.disconnect(sid, namespace="/")


def leave_room_everywhere(sids: list[str], room: str) -> None:
    """Take sockets out of a room on whichever worker holds them (the queue carries it)."""
    for sid in sids:
        socketio.server.leave_room(sid, room, namespace="/")
