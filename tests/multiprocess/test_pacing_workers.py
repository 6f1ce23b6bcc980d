"""Pacing across two real worker processes sharing PostgreSQL and Redis."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import socketio

from server import create_app
from server.extensions import db
from server.models import FacilitatorRole, GroupFacilitator, StaffRole
from server.services import accounts
from tests.support.databases import postgres_url, private_database
from tests.support.seed import STAFF_PASSWORD, Seeded, seed
from tests.support.servers import ServerProcess, two_workers, wait_for

pytestmark = pytest.mark.multiprocess

AGENT = "steady-pacing-test"  # one user agent for the sign-in and the socket, as a browser has
CO_EMAIL = "co@steady.test"


SECRET = "pacing-workers-secret-key-0123456789"


def _app(url: str) -> Any:
    return create_app(
        {
            "SQLALCHEMY_DATABASE_URI": url,
            "SECRET_KEY": SECRET,
            "REDIS_URL": None,
            "RATELIMIT_STORAGE_URI": "memory://",
            "WTF_CSRF_ENABLED": False,
            "SESSION_COOKIE_SECURE": False,
        }
    )


def _add_co_facilitator(url: str, group_id: int) -> None:
    with _app(url).app_context():
        staff = accounts.create_staff(CO_EMAIL, "Co", STAFF_PASSWORD, StaffRole.FACILITATOR)
        db.session.add(
            GroupFacilitator(group_id=group_id, staff_id=staff.id, role=FacilitatorRole.CO)
        )
        db.session.commit()
        db.session.remove()
        db.engine.dispose()


def _sign_in(url: str, email: str) -> str:
    """A staff session cookie, signed in-process with the workers' secret.

    Signing in over HTTP would count against the sign-in limit the workers share through
    Redis with every other run on this machine.
    """
    app = _app(url)
    with app.app_context(), app.test_client() as http:
        environ = {"REMOTE_ADDR": "127.0.0.1", "HTTP_USER_AGENT": AGENT}
        form = {"email": email, "password": STAFF_PASSWORD}
        response = http.post("/staff/sign-in", data=form, environ_base=environ)
        assert response.status_code == 302, response.get_data(as_text=True)
        cookie = http.get_cookie("steady_session")
        assert cookie is not None
        db.session.remove()
        db.engine.dispose()
        return cookie.value


@pytest.fixture(scope="module")
def cluster(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Seeded, list, dict[str, str]]]:
    log_dir: Path = tmp_path_factory.mktemp("pacing-workers")
    with private_database(postgres_url()) as url:
        seeded = seed(url, pseudonyms=("Robin", "Sky"))
        _add_co_facilitator(url, seeded.group_id)
        cookies = {email: _sign_in(url, email) for email in (seeded.staff_email, CO_EMAIL)}
        with two_workers(url, log_dir, "pacing", SECRET) as workers:
            yield seeded, workers, cookies


class Socket:
    """A real Socket.IO client that records every pacing state it is sent."""

    def __init__(self, server: ServerProcess, **connect: Any) -> None:
        self.states: list[dict] = []
        self.client = socketio.Client(reconnection=False)
        self.client.on("pacing_state", self.states.append)
        self.client.connect(server.url, transports=["websocket"], wait_timeout=10, **connect)

    def call(self, event: str, payload: dict) -> dict:
        return self.client.call(event, payload, timeout=10)

    def pace(self, meeting_id: int, action: str, version: int | None = None, **args: Any) -> dict:
        payload = {"meeting_id": meeting_id, "action": action, "args": args, "version": version}
        return self.call("pace", payload)

    def close(self) -> None:
        self.client.disconnect()


def _staff(server: ServerProcess, cookie: str) -> Socket:
    headers = {"Cookie": f"steady_session={cookie}", "User-Agent": AGENT}
    return Socket(server, headers=headers)


def test_a_transition_on_one_worker_reaches_a_member_on_the_other(cluster):
    seeded, (one, two), cookies = cluster
    lead = _staff(one, cookies[seeded.staff_email])
    sky = Socket(two, auth={"token": seeded.tokens["Sky"]})
    try:
        assert sky.call("join", {"meeting_id": seeded.meeting_id})["ok"]
        version = lead.call("join", {"meeting_id": seeded.meeting_id})["pacing"]["version"]
        ack = lead.pace(seeded.meeting_id, "set_chat_mode", version, mode="locked")
        assert ack["ok"], ack
        assert wait_for(lambda: any(s["version"] == ack["pacing"]["version"] for s in sky.states))
        assert sky.states[-1]["state"]["chat"]["mode"] == "locked"
        send = {"meeting_id": seeded.meeting_id, "client_id": uuid.uuid4().hex, "body": "hi"}
        assert sky.call("send", send)["error"]["code"] == "chat_locked"
        assert lead.pace(seeded.meeting_id, "set_chat_mode", mode="open")["ok"]
    finally:
        lead.close()
        sky.close()


def test_two_facilitators_on_two_workers_acting_at_once_one_wins(cluster):
    seeded, (one, two), cookies = cluster
    lead, co = _staff(one, cookies[seeded.staff_email]), _staff(two, cookies[CO_EMAIL])
    robin = Socket(two, auth={"token": seeded.tokens["Robin"]})
    try:
        assert robin.call("join", {"meeting_id": seeded.meeting_id})["ok"]
        seen = lead.call("join", {"meeting_id": seeded.meeting_id})["pacing"]["version"]
        assert co.call("join", {"meeting_id": seeded.meeting_id})["pacing"]["version"] == seen
        acks: dict[str, dict] = {}
        start = threading.Barrier(2)

        def act(name: str, sock: Socket, minutes: int) -> None:
            start.wait()
            acks[name] = sock.pace(seeded.meeting_id, "extend", seen, minutes=minutes)

        threads = [
            threading.Thread(target=act, args=("lead", lead, 5)),
            threading.Thread(target=act, args=("co", co, 10)),
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)

        outcomes = sorted("ok" if a["ok"] else a["error"]["code"] for a in acks.values())
        assert outcomes == ["conflict", "ok"], acks
        winner = next(a for a in acks.values() if a["ok"])["pacing"]
        loser = next(a for a in acks.values() if not a["ok"])["error"]["pacing"]
        assert loser["version"] == winner["version"] == seen + 1
        extended = loser["state"]["agenda"]["segments"][0]["extended_minutes"]
        assert extended in (5, 10)  # one extension, never both
        assert wait_for(lambda: any(s["version"] == seen + 1 for s in robin.states))
    finally:
        for sock in (lead, co, robin):
            sock.close()
