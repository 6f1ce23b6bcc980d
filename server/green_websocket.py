"""WebSocket connections for Engine.IO under gevent, read in the connection's own greenlet.

Engine.IO's gevent driver runs each WebSocket through simple-websocket, which starts a reader
greenlet per connection next to the connection's own greenlet and Engine.IO's writer: three
per member, each keeping its slice of stack while it waits. Here the connection's greenlet
reads its frames itself whenever Engine.IO asks for the next message, so a connection costs
one greenlet less (docs/performance.md, memory per connection). The framing is wsproto's, the
same library simple-websocket uses; this file only drives it.

It accepts no WebSocket extension, so no compression (permessage-deflate), which every
browser offers. Accepted, it kept a compressor and a decompressor for the life of every
connection, about 150 KB each (docs/performance.md, memory per connection), and a deflate for
every delivery; chat messages are a few hundred bytes, where it saves almost nothing, and
attacker-chosen text is never compressed together with anything else on the connection.

Engine.IO asks a WebSocket object for: ``__call__(environ, start_response)`` (accept, then run
the handler), ``wait()`` (the next message, None once closed), ``send(message)`` (OSError once
closed) and ``close()``.
"""

from __future__ import annotations

import contextlib
from collections import deque
from typing import Any

from gevent.lock import Semaphore
from wsproto import ConnectionType, WSConnection
from wsproto.connection import ConnectionState
from wsproto.events import (
    AcceptConnection,
    BytesMessage,
    CloseConnection,
    Message,
    Ping,
    Request,
    TextMessage,
)
from wsproto.frame_protocol import CloseReason
from wsproto.utilities import LocalProtocolError, RemoteProtocolError

RECEIVE_BYTES = 4096


def _socket_of(environ: dict[str, Any]) -> Any:
    """The client's socket under gevent's WSGI server (a duplicate, as simple-websocket takes:
    the server closes its own when the request ends)."""
    stream = environ["wsgi.input"]
    if not hasattr(stream, "raw") and hasattr(stream, "rfile"):
        stream = stream.rfile
    sock = stream.raw._sock.dup()
    # The request was read; from here on the duplicate is read directly. Closing the server's
    # buffered reader frees its 8 KB buffer, otherwise held for the life of the connection.
    stream.close()
    return sock


def _request_bytes(environ: dict[str, Any]) -> bytes:
    """The upgrade request again, as bytes, for wsproto to read (the WSGI server parsed it)."""
    lines = [b"GET / HTTP/1.1"]
    for key, value in environ.items():
        if key.startswith("HTTP_"):
            name = "-".join(part.capitalize() for part in key[5:].split("_"))
            lines.append(f"{name}: {value}".encode("latin-1"))
    return b"\r\n".join(lines) + b"\r\n\r\n"


class GreenWebSocket:
    """One WebSocket connection, as Engine.IO's ``websocket`` driver class."""

    def __init__(self, handler: Any, server: Any) -> None:
        self.app = handler
        self.max_message = int(server.max_http_buffer_size or 0)
        self.connected = False
        self.messages: deque[str | bytes] = deque()
        self.parts: list[str | bytes] = []
        self.part_size = 0
        self.write_lock = Semaphore()

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Any:
        self.sock = _socket_of(environ)
        self.ws = WSConnection(ConnectionType.SERVER)
        try:
            self.ws.receive_data(_request_bytes(environ))
            self._handle_events()
            if not self.connected:
                raise ConnectionError("the WebSocket handshake failed")
            return self.app(self)
        finally:
            self.connected = False
            self.sock.close()

    # --- what Engine.IO calls ---------------------------------------------------------------

    def wait(self) -> str | bytes | None:
        while not self.messages:
            if not self.connected:
                return None
            try:
                data = self.sock.recv(RECEIVE_BYTES)
            except OSError:
                data = b""
            if not data:
                self.connected = False
                return None
            try:
                self.ws.receive_data(data)
                self._handle_events()
            except (LocalProtocolError, RemoteProtocolError):
                self.connected = False
                return None
        return self.messages.popleft()

    def send(self, message: str | bytes) -> None:
        if not self.connected:
            raise OSError("the WebSocket is closed")
        event = Message(data=message) if isinstance(message, bytes) else TextMessage(str(message))
        try:
            self._write(self.ws.send(event))
        except LocalProtocolError:
            self.connected = False
            raise OSError("the WebSocket is closed") from None

    def close(self) -> None:
        if self.connected:
            self.connected = False
            self._send_close(CloseReason.NORMAL_CLOSURE, None)

    # --- inside ----------------------------------------------------------------------------

    def _write(self, data: bytes) -> None:
        if data:
            with self.write_lock:  # frames from two greenlets must not interleave
                self.sock.sendall(data)

    def _send_close(self, code: int, reason: str | None) -> None:
        with contextlib.suppress(OSError, LocalProtocolError):  # the peer may be gone already
            self._write(self.ws.send(CloseConnection(code, reason)))

    def _handle_events(self) -> None:
        out = b""
        for event in self.ws.events():
            if isinstance(event, Request):
                out += self.ws.send(AcceptConnection())  # no extensions: see the module's docstring
                self.connected = True
            elif isinstance(event, CloseConnection):
                if self.ws.state == ConnectionState.REMOTE_CLOSING:
                    out += self.ws.send(event.response())
                self.connected = False
                break
            elif isinstance(event, Ping):
                out += self.ws.send(event.response())
            elif isinstance(event, (TextMessage, BytesMessage)) and not self._take(event):
                self._write(out)
                self.connected = False
                self._send_close(CloseReason.MESSAGE_TOO_BIG, "Message is too big")
                return
        self._write(out)

    def _take(self, event: TextMessage | BytesMessage) -> bool:
        """Add one frame's data to the message being read; False when it grows too big."""
        self.part_size += len(event.data)
        if self.max_message and self.part_size > self.max_message:
            return False
        self.parts.append(event.data)
        if event.message_finished:
            if len(self.parts) == 1:
                self.messages.append(self.parts[0])
            elif isinstance(event, TextMessage):
                self.messages.append("".join(self.parts))  # type: ignore[arg-type]
            else:
                self.messages.append(b"".join(self.parts))  # type: ignore[arg-type]
            self.parts, self.part_size = [], 0
        return True


def use_green_websockets(socketio: Any) -> None:
    """Make Engine.IO accept WebSockets with ``GreenWebSocket`` (gevent mode only)."""
    eio = socketio.server.eio
    if eio.async_mode == "gevent":
        eio._async = {**eio._async, "websocket": GreenWebSocket}
