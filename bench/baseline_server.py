"""The bare stack: Flask-SocketIO in gevent mode relaying messages to rooms, nothing else.

It speaks Steady's framing and ack shapes (``join`` enters the room and acks with the backlog,
``send`` emits ``chat_message`` to the room and acks with a per-room counter) but checks no
identity, stores nothing durable and screens nothing, so Steady can be reported as a ratio of
what the same stack does with no work per message.

Run: ``PORT=5100 python bench/baseline_server.py``.
"""

from gevent import monkey

# Before anything imports socket, ssl or threading, as in server/__main__.py.
monkey.patch_all()

import itertools  # noqa: E402
import os  # noqa: E402
from collections import defaultdict, deque  # noqa: E402
from datetime import UTC, datetime  # noqa: E402
from typing import Any  # noqa: E402

from flask import Flask  # noqa: E402
from flask_socketio import SocketIO, join_room  # noqa: E402

PORT = int(os.environ.get("PORT", "5100"))
HOST = os.environ.get("HOST", "127.0.0.1")
ORIGINS = os.environ.get("STEADY_ALLOWED_ORIGINS", f"http://127.0.0.1:{PORT}").split(",")
# Messages already in each room when it is first joined, as Steady's bench-setup --messages.
BACKLOG = int(os.environ.get("BASELINE_BACKLOG", "0"))
HISTORY_LIMIT = 200

app = Flask(__name__)
# The same Engine.IO settings as Steady's server/web.py, so framing and pings match.
socketio = SocketIO(
    app,
    async_mode="gevent",
    cors_allowed_origins=ORIGINS,
    max_http_buffer_size=64 * 1024,
    ping_interval=20,
    ping_timeout=20,
    logger=False,
    engineio_logger=False,
)

# Steady's transport as well (server/web.py): the WebSocket compression offer is refused and
# Nagle's algorithm is off, so both servers put the same bytes on the wire the same way.
_relay = app.wsgi_app


def _without_compression(environ: dict[str, Any], start_response: Any) -> Any:
    environ.pop("HTTP_SEC_WEBSOCKET_EXTENSIONS", None)
    return _relay(environ, start_response)


app.wsgi_app = _without_compression  # type: ignore[method-assign]
sequences: dict[int, itertools.count] = defaultdict(lambda: itertools.count(BACKLOG + 1))
history: dict[int, deque[dict[str, Any]]] = {}
message_ids = itertools.count(1)


def _message(meeting_id: int, seq: int, client_id: str, body: str) -> dict[str, Any]:
    return {
        "meeting_id": meeting_id,
        "seq": seq,
        "id": next(message_ids),
        "client_id": client_id,
        "author": {"id": "m0", "name": "Member", "role": "member"},
        "body": body,
        "status": "visible",
        "sent_at": datetime.now(UTC).isoformat(),
    }


def _history(meeting_id: int) -> deque[dict[str, Any]]:
    if meeting_id not in history:
        history[meeting_id] = deque(
            (_message(meeting_id, s, f"setup.{s}", "Backlog") for s in range(1, BACKLOG + 1)),
            maxlen=HISTORY_LIMIT,
        )
    return history[meeting_id]


@app.get("/healthz")
def healthz() -> dict[str, str]:
    return {"status": "ok"}


@socketio.on("connect")
def on_connect(auth: Any = None) -> None:
    if not (isinstance(auth, dict) and isinstance(auth.get("token"), str)):
        raise ConnectionRefusedError("unauthorized")


@socketio.on("join")
def on_join(data: dict[str, Any]) -> dict[str, Any]:
    meeting_id = int(data["meeting_id"])
    join_room(f"meeting:{meeting_id}")
    after = int(data.get("last_seq") or 0)
    missed = [m for m in _history(meeting_id) if m["seq"] > after]
    return {"ok": True, "messages": missed, "more": False}


@socketio.on("send")
def on_send(data: dict[str, Any]) -> dict[str, Any]:
    meeting_id = int(data["meeting_id"])
    seq = next(sequences[meeting_id])
    payload = _message(meeting_id, seq, str(data["client_id"]), str(data["body"]))
    _history(meeting_id).append(payload)
    socketio.emit("chat_message", payload, to=f"meeting:{meeting_id}")
    return {"ok": True, "seq": seq, "id": payload["id"], "duplicate": False}


if __name__ == "__main__":
    from gevent import pywsgi, socket

    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    listener.bind((HOST, PORT))
    listener.listen(1024)
    pywsgi.WSGIServer(listener, app, log=None).serve_forever()
