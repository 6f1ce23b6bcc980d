"""The transport as ``python -m server`` serves it: WebSocket compression is refused (it costs
about 150 KB per connection, docs/performance.md) while the upgrade itself still succeeds, and
the sockets it accepts have Nagle's algorithm off."""

from __future__ import annotations

import base64
import os
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from server.web import listening_socket
from tests.support.databases import private_database
from tests.support.seed import seed
from tests.support.servers import ServerProcess, start_server

pytestmark = pytest.mark.multiprocess


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    work: Path = tmp_path_factory.mktemp("transport")
    wanted = os.environ.get("STEADY_TEST_DATABASE_URL", "").strip()
    with private_database(wanted or f"sqlite:///{work / 'steady.sqlite3'}") as url:
        seed(url)
        env = {"DATABASE_URL": url, "SECRET_KEY": f"t-{uuid.uuid4().hex}", "REDIS_URL": ""}
        server = start_server(env, work, "transport")
        try:
            yield server
        finally:
            server.stop()


def _upgrade(server: ServerProcess, extensions: str) -> str:
    """A browser's WebSocket handshake, offering compression; returns the response head."""
    key = base64.b64encode(os.urandom(16)).decode()
    request = (
        "GET /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\n"
        f"Host: 127.0.0.1:{server.port}\r\n"
        f"Origin: {server.url}\r\n"
        "Upgrade: websocket\r\nConnection: Upgrade\r\n"
        f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
        f"Sec-WebSocket-Extensions: {extensions}\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as conn:
        conn.sendall(request.encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = conn.recv(4096)
            if not chunk:
                break
            head += chunk
    return head.split(b"\r\n\r\n")[0].decode("latin-1")


def test_websocket_upgrade_succeeds_without_compression(served: ServerProcess) -> None:
    head = _upgrade(served, "permessage-deflate; client_max_window_bits")
    status, *headers = head.split("\r\n")
    assert " 101 " in status, head
    names = {line.split(":", 1)[0].strip().lower() for line in headers}
    assert "upgrade" in names
    assert "sec-websocket-extensions" not in names, head


def test_accepted_sockets_have_nagle_off() -> None:
    listener = listening_socket("127.0.0.1", 0)
    try:
        with socket.create_connection(listener.getsockname(), timeout=5):
            accepted, _ = listener.accept()
            with accepted:
                assert accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) == 1
    finally:
        listener.close()
