"""The WebSocket layer of ``python -m server`` (server/green_websocket.py), spoken to frame by
frame as a browser would: pings are answered, a message split over several frames arrives
whole, and a message over the size limit closes that connection (and only that one)."""

from __future__ import annotations

import json
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from wsproto import ConnectionType, WSConnection
from wsproto.events import AcceptConnection, CloseConnection, Ping, Pong, Request, TextMessage

from server.web import MAX_SOCKET_PAYLOAD
from tests.support.seed import Seeded, seed
from tests.support.servers import ServerProcess, start_server

pytestmark = pytest.mark.multiprocess


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ServerProcess, Seeded]]:
    work: Path = tmp_path_factory.mktemp("websocket")
    url = f"sqlite:///{work / 'steady.sqlite3'}"
    seeded = seed(url)
    env = {"DATABASE_URL": url, "SECRET_KEY": f"ws-{uuid.uuid4().hex}", "REDIS_URL": ""}
    server = start_server(env, work, "websocket")
    try:
        yield server, seeded
    finally:
        server.stop()


class RawSocket:
    """A WebSocket client at the frame level: wsproto over a plain TCP socket."""

    def __init__(self, server: ServerProcess) -> None:
        self.conn = socket.create_connection(("127.0.0.1", server.port), timeout=10)
        self.ws = WSConnection(ConnectionType.CLIENT)
        self.pending: list[Any] = []
        target = "/socket.io/?EIO=4&transport=websocket"
        self.write(
            Request(
                host=f"127.0.0.1:{server.port}",
                target=target,
                extra_headers=[(b"origin", server.url.encode())],
            )
        )
        assert isinstance(self.next_event(), AcceptConnection)
        opened = self.next_event()  # Engine.IO's open packet
        assert isinstance(opened, TextMessage) and opened.data.startswith("0"), opened

    def write(self, event: Any) -> None:
        self.conn.sendall(self.ws.send(event))

    def next_event(self) -> Any:
        while not self.pending:
            data = self.conn.recv(65536)
            if not data:
                return None
            self.ws.receive_data(data)
            self.pending.extend(self.ws.events())
        return self.pending.pop(0)

    def close(self) -> None:
        self.conn.close()


def test_a_ping_is_answered_with_its_payload(served):
    server, _ = served
    raw = RawSocket(server)
    try:
        raw.write(Ping(payload=b"are you there"))
        answer = raw.next_event()
        assert isinstance(answer, Pong) and bytes(answer.payload) == b"are you there"
    finally:
        raw.close()


def test_a_message_sent_in_several_frames_arrives_whole(served):
    server, seeded = served
    raw = RawSocket(server)
    try:
        connect = "40" + json.dumps({"token": seeded.tokens["Robin"]})
        middle = len(connect) // 2
        raw.write(TextMessage(data=connect[:middle], message_finished=False))
        raw.write(TextMessage(data=connect[middle:], message_finished=True))
        reply = raw.next_event()
        assert isinstance(reply, TextMessage) and reply.data.startswith("40{"), reply
        assert "sid" in json.loads(reply.data[2:])  # accepted: the token was read whole
    finally:
        raw.close()


def test_a_message_over_the_limit_closes_only_that_connection(served):
    server, seeded = served
    big, other = RawSocket(server), RawSocket(server)
    try:
        raw_text = "4" + "x" * (MAX_SOCKET_PAYLOAD + 1)
        big.write(TextMessage(data=raw_text))
        closing = big.next_event()
        assert isinstance(closing, CloseConnection) and closing.code == 1009, closing

        other.write(TextMessage(data="40" + json.dumps({"token": seeded.tokens["Sky"]})))
        reply = other.next_event()
        assert isinstance(reply, TextMessage) and reply.data.startswith("40{"), reply
    finally:
        big.close()
        other.close()
