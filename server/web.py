"""Wiring that ``create_app`` calls: logging, Socket.IO, blueprints, pages, database hooks."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from flask import Flask, g, render_template, request
from flask.typing import ResponseReturnValue
from flask_socketio import SocketIO
from sqlalchemy import event
from sqlalchemy.engine import Engine
from werkzeug.exceptions import HTTPException
from werkzeug.routing import IntegerConverter

from server.green_websocket import use_green_websockets
from server.services.errors import LARGEST_ID

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
MAX_SOCKET_PAYLOAD = 64 * 1024

# Security headers for every response: nothing from other hosts, no framing, no referrer.
_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)


def configure_logging(app: Flask) -> None:
    """Our own log lines only: no access logs, which would carry addresses and agents."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    for noisy in (
        "werkzeug",
        "engineio",
        "socketio",
        "engineio.server",
        "socketio.server",
        "geventwebsocket.handler",
    ):
        logging.getLogger(noisy).setLevel(logging.ERROR)


def init_socketio(app: Flask, socketio: SocketIO) -> None:
    # Handlers must be declared before the first init_app: Flask-SocketIO keeps the ones
    # declared earlier and registers them on every server it creates (one per app).
    from server.live import events, moderation_events  # noqa: F401

    socketio.init_app(
        app,
        async_mode=app.config.get("STEADY_ASYNC_MODE", "gevent"),
        message_queue=app.config.get("REDIS_URL"),
        channel=app.config.get("STEADY_SOCKETIO_CHANNEL", "steady-socketio"),
        # An explicit list: the default same-origin check waves through missing Origin headers.
        cors_allowed_origins=app.config["STEADY_ALLOWED_ORIGINS"],
        max_http_buffer_size=MAX_SOCKET_PAYLOAD,
        logger=False,
        engineio_logger=False,
        ping_interval=20,
        ping_timeout=20,
    )
    use_green_websockets(socketio)  # which also refuses WebSocket compression


class BoundedInt(IntegerConverter):
    """``<int:...>`` in every route, up to the largest id a database column holds: a longer
    number in a URL is a page that does not exist (404), not a driver error (500)."""

    def __init__(self, map: Any, *args: Any, **kwargs: Any) -> None:  # noqa: A002
        kwargs.setdefault("max", LARGEST_ID)
        super().__init__(map, *args, **kwargs)


def register_blueprints(app: Flask) -> None:
    # Before any rule is added: a rule picks its converter when it is registered.
    app.url_map.converters["int"] = BoundedInt
    from server.admin import bp as admin_bp
    from server.admin import invite_bp as staff_invite_bp
    from server.attend import bp as attend_bp
    from server.auth import bp as auth_bp
    from server.console import bp as console_bp
    from server.core import bp as core_bp
    from server.curricula_pages import bp as curricula_bp
    from server.safety_pages import bp as safety_bp

    for blueprint in (
        core_bp,
        auth_bp,
        attend_bp,
        console_bp,
        curricula_bp,
        admin_bp,
        staff_invite_bp,
        safety_bp,
    ):
        app.register_blueprint(blueprint)


def register_pages(app: Flask) -> None:
    from server.extensions import login_manager
    from server.services.accounts import load_session_user

    login_manager.user_loader(load_session_user)
    login_manager.login_view = "auth.sign_in"
    login_manager.login_message = "Please sign in to continue."
    login_manager.session_protection = "strong"
    app.after_request(_secure_headers)
    app.teardown_request(_forget_user)
    app.register_error_handler(HTTPException, _http_error)
    app.context_processor(_page_context)


def _forget_user(_exc: BaseException | None) -> None:
    # Flask-Login caches the user on ``g``. Socket events and requests that share one app
    # context (tests, embedded callers) must each resolve their own user, never a neighbour's.
    g.pop("_login_user", None)


def _secure_headers(response: Any) -> Any:
    response.headers.setdefault("Content-Security-Policy", _CSP)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Frame-Options"] = "DENY"
    if response.mimetype == "text/html":
        # A watched device must not find pages in its cache.
        response.headers["Cache-Control"] = "no-store"
    return response


def _http_error(exc: HTTPException) -> ResponseReturnValue:
    code = exc.code or 500
    messages = {
        404: "There is nothing here.",
        429: "Too many attempts. Please wait a few minutes and try again.",
        400: "That request could not be understood. Go back and try again.",
    }
    message = messages.get(code, exc.description or "Something went wrong.")
    if request.path.startswith("/healthz") or request.accept_mimetypes.best == "application/json":
        return {"error": {"code": f"http_{code}", "message": message}}, code
    return render_template("core/error.html", code=code, message=message), code


def _page_context() -> dict[str, Any]:
    discreet = request.cookies.get("discreet") == "1"
    return {
        "discreet": discreet,
        "site_title": "Notes" if discreet else "Steady",
        "exit_url": "https://www.bbc.co.uk/weather",
    }


def register_database_hooks(app: Flask) -> None:
    if not event.contains(Engine, "connect", _sqlite_pragmas):
        event.listen(Engine, "connect", _sqlite_pragmas)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    if type(dbapi_connection).__module__ != "sqlite3":
        return
    cursor = dbapi_connection.cursor()
    # WAL lets the web workers read while one writes; busy_timeout waits out a CLI write.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def start_retention_schedule(app: Flask, socketio: SocketIO) -> None:
    """Purge expired transcripts now and every ``STEADY_PURGE_INTERVAL`` seconds, in this
    process. Each worker runs its own schedule; the purge itself is safe to run concurrently."""
    interval = float(app.config.get("STEADY_PURGE_INTERVAL", 600))
    if interval > 0:
        socketio.start_background_task(_purge_forever, app, socketio, interval)


def _purge_forever(app: Flask, socketio: SocketIO, interval: float) -> None:
    from server.extensions import db
    from server.services import retention

    log = logging.getLogger("steady.retention")
    while True:
        with app.app_context():
            try:
                retention.purge()
            except Exception as exc:  # noqa: BLE001 - try again next time, never stop
                # The type only: the text of a database error can quote the statement's values.
                log.error("retention purge failed: %s", type(exc).__name__)
            finally:
                db.session.remove()
        socketio.sleep(interval)


class PrivateErrorLog:
    """gevent's WSGI server writes a client's address, and raw bytes it sent, into its error
    lines (bad requests, and the close of every websocket). This keeps the words that say what
    kind of error it was, drops the rest, and logs that at debug level: clients cause these."""

    _SOCKET = re.compile(r"^<[^>]*>:\s*")
    _FROM = re.compile(r"\s*\(from [^)]*\)+\s*")
    _KIND = re.compile(r"[A-Za-z][A-Za-z ]{0,60}")

    def __init__(self) -> None:
        self.log = logging.getLogger("steady.http")

    def write(self, text: str) -> None:
        kind = self._KIND.match(self._FROM.sub("", self._SOCKET.sub("", text.strip())))
        if kind:
            self.log.debug("client error: %s (details withheld)", kind.group().strip())

    def writelines(self, lines: list[str]) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        return None


def private_server_options(app: Flask) -> dict[str, Any]:
    """Options for ``socketio.run`` under gevent that keep addresses out of every log line."""
    if app.config.get("STEADY_ASYNC_MODE", "gevent") != "gevent":
        return {}
    from gevent import pywsgi

    # The default for errors inside a request prints REMOTE_ADDR; this one masks every key.
    pywsgi.WSGIServer.secure_environ_class = pywsgi.SecureEnviron
    return {"error_log": PrivateErrorLog()}


def listening_socket(host: str, port: int) -> Any:
    """The server's listening socket, with Nagle's algorithm off for every connection it
    accepts (Linux copies TCP_NODELAY to accepted sockets). A chat delivery is one small
    write; with Nagle on, a write that follows another before its ACK waits for that ACK,
    which a client's delayed ACK can hold back for up to 40 ms."""
    from gevent import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    listener.bind((host, port))
    listener.listen(1024)
    return listener
