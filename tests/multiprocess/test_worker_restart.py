"""A worker that stops without running its sockets' disconnects (restarted, or killed) must not
leave its people "present" for ever: a restart clears them on the way out, and a crash is
cleared by the workers still running once it stops renewing its heartbeat."""

from __future__ import annotations

import signal
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import socketio
from sqlalchemy import create_engine, text

from tests.support.databases import postgres_url, private_database
from tests.support.seed import Seeded, seed
from tests.support.servers import ServerProcess, start_server, two_workers, wait_for

pytestmark = pytest.mark.multiprocess

# Short, so a crash is noticed within seconds here (the defaults are 10 s and 45 s).
FAST_HEARTBEAT = {"STEADY_WORKER_HEARTBEAT": "0.3", "STEADY_WORKER_STALE": "1.5"}


class Member:
    """A member's real Socket.IO client, recording the presence events it is sent."""

    def __init__(self, server: ServerProcess, token: str) -> None:
        self.presence: list[dict[str, Any]] = []
        self.pacing: list[dict[str, Any]] = []
        self.client = socketio.Client(reconnection=False)
        self.client.on("presence", self.presence.append)
        self.client.on("pacing_state", self.pacing.append)
        self.client.connect(server.url, transports=["websocket"], auth={"token": token})

    def join(self, meeting_id: int) -> dict[str, Any]:
        ack = self.client.call("join", {"meeting_id": meeting_id}, timeout=10)
        assert ack["ok"], ack
        return ack

    def heard_leave_of(self, name: str) -> bool:
        return any(
            p["change"] == "left" and p["participant"]["name"] == name for p in self.presence
        )

    def agenda_status_of(self, name: str) -> str | None:
        """The last pacing state's status for this person: the turns a round will wait for."""
        if not self.pacing:
            return None
        state = self.pacing[-1]
        ids = [key for key, known in state["names"].items() if known == name]
        statuses = [
            p["status"] for p in state["state"]["participants"] if p["participant_id"] in ids
        ]
        return statuses[0] if statuses else None

    def close(self) -> None:
        if self.client.connected:
            self.client.disconnect()


def present(ack: dict[str, Any]) -> list[str]:
    return sorted(person["name"] for person in ack["present"])


def presence_rows(url: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM presence")).scalar_one())
    finally:
        engine.dispose()


@pytest.fixture
def single(tmp_path: Path) -> Iterator[tuple[Seeded, dict[str, str], Path]]:
    """One worker on SQLite, the embedded default."""
    url = f"sqlite:///{tmp_path / 'steady.sqlite3'}"
    seeded = seed(url, pseudonyms=("Robin", "Sky"))
    env = {"DATABASE_URL": url, "SECRET_KEY": f"r-{uuid.uuid4().hex}", **FAST_HEARTBEAT}
    yield seeded, env, tmp_path


def _robin_joins_then_the_worker_stops(
    seeded: Seeded, env: dict[str, str], logs: Path, signum: int
) -> int:
    """Robin joins on a worker of their own, then that worker gets ``signum``; its exit code."""
    server = start_server(env, logs, f"stopped-by-{signum}")
    robin = Member(server, seeded.tokens["Robin"])
    try:
        robin.join(seeded.meeting_id)
        server.proc.send_signal(signum)
        return server.proc.wait(timeout=15)
    finally:
        robin.close()
        server.stop()


def test_a_restart_leaves_nobody_present_who_has_gone(single):
    seeded, env, logs = single
    assert _robin_joins_then_the_worker_stops(seeded, env, logs, signal.SIGTERM) == 0
    assert presence_rows(env["DATABASE_URL"]) == 0

    second = start_server(env, logs, "after")
    sky = Member(second, seeded.tokens["Sky"])
    try:
        assert present(sky.join(seeded.meeting_id)) == ["Sky"]
    finally:
        sky.close()
        second.stop()


def test_after_a_crash_the_restarted_worker_clears_who_was_on_it(single):
    seeded, env, logs = single
    _robin_joins_then_the_worker_stops(seeded, env, logs, signal.SIGKILL)
    assert presence_rows(env["DATABASE_URL"]) == 1  # Robin, left behind by the crash

    second = start_server(env, logs, "restarted")
    sky = Member(second, seeded.tokens["Sky"])
    try:
        sky.join(seeded.meeting_id)
        # Robin's row may still be there for a moment; then only Sky's is left.
        assert wait_for(lambda: presence_rows(env["DATABASE_URL"]) == 1, timeout=15)
        again = Member(second, seeded.tokens["Sky"])
        assert present(again.join(seeded.meeting_id)) == ["Sky"]
        again.close()
    finally:
        sky.close()
        second.stop()


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[tuple[Seeded, list[ServerProcess]]]:
    """Two workers sharing PostgreSQL and Redis."""
    with private_database(postgres_url()) as url:
        seeded = seed(url, pseudonyms=("Robin", "Sky"))
        with two_workers(url, tmp_path, "worker", **FAST_HEARTBEAT) as servers:
            yield seeded, servers


def test_a_crashed_worker_s_people_leave_the_room_on_the_other_worker(cluster):
    seeded, (doomed, survivor) = cluster
    robin = Member(doomed, seeded.tokens["Robin"])
    sky = Member(survivor, seeded.tokens["Sky"])
    try:
        robin.join(seeded.meeting_id)
        assert present(sky.join(seeded.meeting_id)) == ["Robin", "Sky"]

        doomed.proc.send_signal(signal.SIGKILL)
        doomed.proc.wait(timeout=10)

        assert wait_for(lambda: sky.heard_leave_of("Robin"), timeout=15)
        left = [p for p in sky.presence if p["change"] == "left"]
        assert [person["name"] for person in left[-1]["present"]] == ["Sky"]
        assert wait_for(lambda: sky.agenda_status_of("Robin") == "left")
    finally:
        robin.close()
        sky.close()
