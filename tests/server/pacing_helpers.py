"""Helpers for the pacing socket tests: a room with staff and members, and the ``pace`` event."""

from __future__ import annotations

from typing import Any

from flask_socketio.test_client import SocketIOTestClient

from tests.conftest import sign_in
from tests.server.helpers import events, join


def pace(
    sock: SocketIOTestClient,
    meeting_id: int,
    action: str,
    args: dict[str, Any] | None = None,
    version: int | None = None,
) -> dict[str, Any]:
    payload: dict[str, Any] = {"meeting_id": meeting_id, "action": action, "args": args or {}}
    if version is not None:
        payload["version"] = version
    return sock.emit("pace", payload, callback=True)


def code(ack: dict[str, Any]) -> str | None:
    return None if ack.get("ok") else ack["error"]["code"]


def last_state(sock: SocketIOTestClient) -> dict[str, Any] | None:
    """The newest ``pacing_state`` this client received since the last read, if any."""
    received = events(sock, "pacing_state")
    return received[-1] if received else None


def staff_socket(app: Any, sio: Any, staff: Any, meeting_id: int) -> SocketIOTestClient:
    """A signed-in staff member's socket (own cookies), joined to the meeting."""
    client = app.test_client()
    sign_in(client, staff)
    sock = sio(client=client)
    assert join(sock, meeting_id)["ok"]
    return sock


def member_socket(sio: Any, token: str, meeting_id: int) -> SocketIOTestClient:
    sock = sio(token=token)
    assert join(sock, meeting_id)["ok"]
    return sock


def speaker(state: dict[str, Any]) -> str | None:
    round_ = state["state"]["round"]
    return None if round_ is None else round_["current_speaker"]
