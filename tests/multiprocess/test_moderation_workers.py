"""Moderation across two real workers sharing PostgreSQL and Redis: a removed member leaves the
meeting on the worker that holds their socket, and a banned one is cut off on every worker."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import socketio
from socketio.exceptions import ConnectionError as SocketConnectionError

from server import create_app
from server.extensions import db
from tests.support.databases import postgres_url, private_database
from tests.support.seed import STAFF_PASSWORD, Seeded, seed
from tests.support.servers import ServerProcess, two_workers, wait_for

pytestmark = pytest.mark.multiprocess
SECRET = "moderation-workers-secret-key-0123456789"
AGENT = "steady-moderation-test"  # the same agent signs in and connects, as a browser would


def _staff_cookie(url: str, email: str) -> str:
    """A staff session cookie signed in-process with the workers' secret (signing in over HTTP
    would spend the sign-in limit the workers share through Redis)."""
    app = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": url,
            "SECRET_KEY": SECRET,
            "REDIS_URL": None,
            "RATELIMIT_STORAGE_URI": "memory://",
            "WTF_CSRF_ENABLED": False,
            "SESSION_COOKIE_SECURE": False,
        }
    )
    with app.app_context(), app.test_client() as http:
        environ = {"REMOTE_ADDR": "127.0.0.1", "HTTP_USER_AGENT": AGENT}
        form = {"email": email, "password": STAFF_PASSWORD}
        assert http.post("/staff/sign-in", data=form, environ_base=environ).status_code == 302
        cookie = http.get_cookie("steady_session")
        db.session.remove()
        db.engine.dispose()
    assert cookie is not None
    return cookie.value


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Seeded, list, str]]:
    log_dir: Path = tmp_path_factory.mktemp("moderation-workers")
    with private_database(postgres_url()) as url:
        seeded = seed(url, pseudonyms=("Robin", "Sky", "Wren"))
        cookie = _staff_cookie(url, seeded.staff_email)
        with two_workers(url, log_dir, "moderation", SECRET) as workers:
            yield seeded, workers, cookie


class Socket:
    """A real Socket.IO client recording every event it is sent."""

    def __init__(self, server: ServerProcess, **connect: Any) -> None:
        self.received: list[tuple[str, Any]] = []
        self.client = socketio.Client(reconnection=False)
        self.client.on("*", lambda name, payload: self.received.append((name, payload)))
        self.client.connect(server.url, transports=["websocket"], wait_timeout=10, **connect)

    def call(self, event: str, **payload: Any) -> dict:
        return self.client.call(event, payload, timeout=10)

    def got(self, name: str) -> list[Any]:
        return [payload for event, payload in self.received if event == name]

    def close(self) -> None:
        if self.client.connected:
            self.client.disconnect()


def member(server: ServerProcess, token: str) -> Socket:
    return Socket(server, auth={"token": token})


def staff(server: ServerProcess, cookie: str) -> Socket:
    return Socket(server, headers={"Cookie": f"steady_session={cookie}", "User-Agent": AGENT})


def test_a_member_removed_on_one_worker_leaves_the_meeting_on_the_other(cluster):
    seeded, (one, two), cookie = cluster
    lead, sky = staff(one, cookie), member(one, seeded.tokens["Sky"])
    wren = member(two, seeded.tokens["Wren"])
    try:
        meeting_id = seeded.meeting_id
        for sock in (lead, sky):
            assert sock.call("join", meeting_id=meeting_id)["ok"]
        wren_id = int(wren.call("join", meeting_id=meeting_id)["you"]["id"][1:])

        assert lead.call("remove_member", meeting_id=meeting_id, member_id=wren_id)["ok"]

        assert wait_for(lambda: [n["kind"] for n in wren.got("moderation_notice")] == ["removed"])
        body = f"after the removal {uuid.uuid4().hex}"
        assert sky.call("send", meeting_id=meeting_id, client_id="after", body=body)["ok"]
        assert wait_for(lambda: body in [m["body"] for m in sky.got("chat_message")])
        assert body not in [m["body"] for m in wren.got("chat_message")]
        assert wren.call("join", meeting_id=meeting_id)["error"]["code"] == "removed"
        again = member(one, seeded.tokens["Wren"])
        assert again.call("join", meeting_id=meeting_id)["error"]["code"] == "removed"
        again.close()
    finally:
        for sock in (lead, sky, wren):
            sock.close()


def test_a_banned_member_is_disconnected_and_refused_on_every_worker(cluster):
    seeded, (one, two), cookie = cluster
    token = seeded.tokens["Robin"]
    lead, sky = staff(one, cookie), member(one, seeded.tokens["Sky"])
    robin_here, robin_there = member(one, token), member(two, token)
    try:
        for sock in (lead, sky, robin_here):
            assert sock.call("join", meeting_id=seeded.meeting_id)["ok"]
        robin_id = int(robin_there.call("join", meeting_id=seeded.meeting_id)["you"]["id"][1:])

        ack = lead.call("ban_member", meeting_id=seeded.meeting_id, member_id=robin_id)

        assert ack["ok"], ack
        assert wait_for(
            lambda: not robin_here.client.connected and not robin_there.client.connected
        )
        assert [n["kind"] for n in robin_there.got("moderation_notice")] == ["banned"]
        assert wait_for(
            lambda: any(
                p["change"] == "left" and p["participant"]["name"] == "Robin"
                for p in sky.got("presence")
            )
        )
        for worker in (one, two):
            with pytest.raises(SocketConnectionError):
                member(worker, token)
    finally:
        for sock in (lead, sky, robin_here, robin_there):
            sock.close()
