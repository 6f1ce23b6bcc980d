"""A session's worth of traffic through a real server leaves no address, user agent, token or
message in its log; and the retention purge runs by itself, deleting the ended meeting's text."""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import socketio
import sqlalchemy as sa

from tests.support.databases import private_database
from tests.support.seed import STAFF_PASSWORD, Seeded, seed
from tests.support.servers import ServerProcess, start_server, wait_for

pytestmark = pytest.mark.multiprocess
AGENT = f"PrivacyProbe/{uuid.uuid4().hex[:12]} (Steady test; unique agent)"
BODIES = {
    "phone": "my new number is 07700 900123, text me",
    "crisis": "I can't do this anymore, I want to end it all tonight",
    "danger": "he is outside my house right now",
    "plain": f"thank you all, this helped {uuid.uuid4().hex[:6]}",
    "blaming": "why didn't you just leave him",
    "side": f"can we talk privately {uuid.uuid4().hex[:6]}",
    "reply": f"of course, I'm here {uuid.uuid4().hex[:6]}",
    "staff": f"co-facilitator note {uuid.uuid4().hex[:6]}",
    "note": f"please look at this {uuid.uuid4().hex[:6]}",
}


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ServerProcess, Seeded, str]]:
    work: Path = tmp_path_factory.mktemp("privacy")
    wanted = os.environ.get("STEADY_TEST_DATABASE_URL", "").strip()
    with private_database(wanted or f"sqlite:///{work / 'steady.sqlite3'}") as url:
        seeded = seed(url, pseudonyms=("Robin", "Sky"), codes=1)
        env = {
            "DATABASE_URL": url,
            "SECRET_KEY": f"privacy-{uuid.uuid4().hex}",
            "REDIS_URL": "",
            "STEADY_PURGE_INTERVAL": "1",
            "STEADY_RETENTION_HOURS": "0",
        }
        server = start_server(env, work, "privacy")
        try:
            yield server, seeded, url
        finally:
            server.stop()


def _csrf(page: requests.Response) -> str:
    found = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page.text)
    assert found, page.text[:500]
    return found.group(1)


def _post_form(http: requests.Session, url: str, **fields: str) -> requests.Response:
    return http.post(url, data={"csrf_token": _csrf(http.get(url)), **fields})


def browser() -> requests.Session:
    http = requests.Session()
    http.headers["User-Agent"] = AGENT
    return http


def signed_in(server: ServerProcess, email: str) -> requests.Session:
    http = browser()
    response = _post_form(http, f"{server.url}/staff/sign-in", email=email, password=STAFF_PASSWORD)
    assert response.ok and "/staff/sign-in" not in response.url
    return http


def joined_member(server: ServerProcess, code: str) -> requests.Session:
    http = browser()
    assert _post_form(http, f"{server.url}/join", code=code).ok
    assert _post_form(http, f"{server.url}/join/name", pseudonym="Wren").ok
    assert (
        "You are <strong>Wren</strong>"
        in _post_form(http, f"{server.url}/join/agreement", accept="y").text
    )
    return http


class Socket:
    def __init__(self, server: ServerProcess, http: requests.Session | None = None, **kw: Any):
        headers = {"User-Agent": AGENT}
        if http is not None:
            headers["Cookie"] = f"steady_session={http.cookies['steady_session']}"
        self.client = socketio.Client(reconnection=False)
        self.client.connect(server.url, transports=["websocket"], headers=headers, **kw)

    def call(self, event: str, **payload: Any) -> dict:
        return self.client.call(event, payload, timeout=10)


def _pages(server: ServerProcess, seeded: Seeded) -> tuple[requests.Session, requests.Session]:
    """Sign-ins, the join flow and the pages of a session; returns the lead's and Wren's."""
    meeting = seeded.meeting_id
    lead_http = signed_in(server, seeded.staff_email)
    admin_http = signed_in(server, "admin@steady.test")
    wren_http = joined_member(server, seeded.codes[0])
    for http, path in (
        (wren_http, f"/meetings/{meeting}"),
        (lead_http, f"/meetings/{meeting}"),
        (lead_http, "/staff/"),
        (admin_http, "/staff/admin/crisis-resources"),
        (admin_http, "/staff/admin/settings"),
        (browser(), "/nowhere"),
    ):
        assert http.get(f"{server.url}{path}").status_code in (200, 404)
    return lead_http, wren_http


def _chat(meeting: int, wren: Socket, robin: Socket, sky: Socket) -> int:
    """Messages of every kind screening knows; returns the crisis message's id."""

    def send(sock: Socket, key: str, **extra: Any) -> dict:
        return sock.call("send", meeting_id=meeting, client_id=key, body=BODIES[key], **extra)

    assert send(wren, "phone")["error"]["code"] == "identifying_info"
    assert send(wren, "phone", confirm_identifying=True)["ok"]
    crisis = send(robin, "crisis")
    for sock, key in ((sky, "danger"), (sky, "plain"), (wren, "blaming")):
        assert send(sock, key)["ok"]
    assert robin.call("side_send", meeting_id=meeting, body=BODIES["side"])["ok"]
    flag = {"message_id": crisis["id"], "reason": "safety", "note": BODIES["note"]}
    assert wren.call("flag_message", meeting_id=meeting, **flag)["ok"]
    assert wren.call("ask_to_talk", meeting_id=meeting)["ok"]
    return crisis["id"]


def _moderate(meeting: int, lead: Socket, crisis_id: int, ids: dict[str, int]) -> None:
    for event, payload in (
        ("side_send", {"body": BODIES["reply"], "member_id": ids["Robin"]}),
        ("side_send", {"body": BODIES["staff"]}),
        ("hide_message", {"message_id": crisis_id, "reason": "upsetting"}),
        ("mute_member", {"member_id": ids["Wren"]}),
        ("unmute_member", {"member_id": ids["Wren"]}),
        ("remove_member", {"member_id": ids["Sky"], "reason": "unkind"}),
        ("ban_member", {"member_id": ids["Robin"]}),
        ("end_meeting", {}),
    ):
        assert lead.call(event, meeting_id=meeting, **payload)["ok"], event


def _session_traffic(server: ServerProcess, seeded: Seeded) -> list[str]:
    meeting = seeded.meeting_id
    lead_http, wren_http = _pages(server, seeded)
    lead, wren = Socket(server, lead_http), Socket(server, wren_http)
    robin = Socket(server, auth={"token": seeded.tokens["Robin"]})
    sky = Socket(server, auth={"token": seeded.tokens["Sky"]})
    ids = {}
    for sock in (lead, wren, robin, sky):
        you = sock.call("join", meeting_id=meeting)["you"]
        ids[you["name"]] = int(you["id"][1:])
    crisis_id = _chat(meeting, wren, robin, sky)
    _moderate(meeting, lead, crisis_id, ids)
    assert lead_http.get(f"{server.url}/staff/meetings/{meeting}/follow-up").ok
    for sock in (lead, wren, robin, sky):
        if sock.client.connected:
            sock.client.disconnect()
    return [seeded.tokens["Robin"], seeded.tokens["Sky"], seeded.codes[0]]


@pytest.fixture(scope="module")
def session_over(served) -> list[str]:
    """Run the session once for this module; returns the tokens and code it used."""
    server, seeded, _url = served
    return _session_traffic(server, seeded)


def test_the_log_holds_no_address_agent_token_or_message(served, session_over):
    server, _seeded, _url = served
    secrets = session_over
    log = server.log()

    assert "Steady is serving" in log  # the log was captured at all
    leaks = [
        text for text in (*BODIES.values(), "07700", "127.0.0.1", AGENT, *secrets) if text in log
    ]
    assert leaks == [], log[-3000:]


def test_the_ended_meetings_text_is_purged_by_the_schedule(served, session_over):
    _server, _seeded, url = served
    engine = sa.create_engine(url)
    held = "SELECT DISTINCT message_id FROM flags WHERE status = 'open' AND message_id IS NOT NULL"
    try:

        def left() -> tuple[set, set, int]:
            with engine.connect() as conn:
                kept = set(conn.execute(sa.text("SELECT id FROM messages")).scalars())
                flagged = set(conn.execute(sa.text(held)).scalars())
                side = conn.execute(sa.text("SELECT count(*) FROM side_messages")).scalar_one()
            return kept, flagged, side

        # The session ended the meeting; with a zero-hour window the next run deletes its
        # text, except the messages still under an open flag.
        assert wait_for(lambda: left()[0] == left()[1] and left()[2] == 0, timeout=15)
        kept, flagged, _ = left()
        assert kept and kept == flagged
        with engine.connect() as conn:
            bodies = list(conn.execute(sa.text("SELECT body FROM messages")).scalars())
            actions = conn.execute(sa.text("SELECT action FROM audit_records")).scalars().all()
        assert BODIES["plain"] not in bodies
        assert "transcripts_purged" in actions and "member_banned" in actions
    finally:
        engine.dispose()
