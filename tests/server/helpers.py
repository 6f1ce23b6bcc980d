"""Small helpers for reading what a Socket.IO test client received."""

from __future__ import annotations

from typing import Any

from flask_socketio.test_client import SocketIOTestClient


def events(sock: SocketIOTestClient, name: str) -> list[Any]:
    """Payloads of every ``name`` event this client has received since the last call."""
    return [e["args"][0] for e in sock.get_received() if e["name"] == name]


def bodies(sock: SocketIOTestClient) -> list[str]:
    return [m["body"] for m in events(sock, "chat_message")]


def join(sock: SocketIOTestClient, meeting_id: int, last_seq: int = 0) -> dict[str, Any]:
    return sock.emit("join", {"meeting_id": meeting_id, "last_seq": last_seq}, callback=True)


def send(sock: SocketIOTestClient, meeting_id: int, body: str, client_id: str) -> dict[str, Any]:
    payload = {"meeting_id": meeting_id, "body": body, "client_id": client_id}
    return sock.emit("send", payload, callback=True)
