"""Two real server processes sharing PostgreSQL and Redis serve one meeting together."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import socketio

from tests.support.databases import postgres_url, private_database
from tests.support.seed import Seeded, seed
from tests.support.servers import ServerProcess, two_workers, wait_for

pytestmark = pytest.mark.multiprocess


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Seeded, list]]:
    log_dir: Path = tmp_path_factory.mktemp("workers")
    with private_database(postgres_url()) as url:
        seeded = seed(url, pseudonyms=("Robin", "Sky", "Wren"))
        with two_workers(url, log_dir, "worker", "two-workers-secret-key-0123456789") as workers:
            yield seeded, workers


class Member:
    """A real Socket.IO client recording every message it is sent."""

    def __init__(self, server: ServerProcess, token: str) -> None:
        self.messages: list[dict] = []
        self.presence: list[dict] = []
        self.lock = threading.Lock()
        self.client = socketio.Client(reconnection=False)
        self.client.on("chat_message", self._on_message)
        self.client.on("presence", lambda p: self.presence.append(p))
        self.client.connect(
            server.url, auth={"token": token}, transports=["websocket"], wait_timeout=10
        )

    def _on_message(self, payload: dict) -> None:
        with self.lock:
            self.messages.append(payload)

    def join(self, meeting_id: int, last_seq: int = 0) -> dict:
        return self.client.call(
            "join", {"meeting_id": meeting_id, "last_seq": last_seq}, timeout=10
        )

    def send(self, meeting_id: int, body: str) -> dict:
        payload = {"meeting_id": meeting_id, "body": body, "client_id": uuid.uuid4().hex}
        return self.client.call("send", payload, timeout=10)

    def close(self) -> None:
        self.client.disconnect()


def test_members_on_different_workers_receive_each_others_messages_in_order(cluster):
    seeded, (one, two) = cluster
    robin, sky = Member(one, seeded.tokens["Robin"]), Member(two, seeded.tokens["Sky"])
    try:
        assert robin.join(seeded.meeting_id)["ok"] and sky.join(seeded.meeting_id)["ok"]
        for i in range(5):
            assert robin.send(seeded.meeting_id, f"robin {i}")["ok"]
            assert sky.send(seeded.meeting_id, f"sky {i}")["ok"]
        assert wait_for(lambda: len(robin.messages) == 10 and len(sky.messages) == 10)
        for member in (robin, sky):
            seqs = [m["seq"] for m in member.messages]
            assert seqs == sorted(seqs) and len(set(seqs)) == 10
            bodies = [m["body"] for m in member.messages]
            assert bodies == [f"{who} {i}" for i in range(5) for who in ("robin", "sky")]
        assert wait_for(lambda: any(p["participant"]["name"] == "Sky" for p in robin.presence))
    finally:
        robin.close()
        sky.close()


def test_concurrent_senders_on_two_workers_get_gapless_unique_numbers(cluster):
    seeded, (one, two) = cluster
    senders = [Member(one, seeded.tokens["Robin"]), Member(two, seeded.tokens["Sky"])]
    listener = Member(two, seeded.tokens["Wren"])
    try:
        start = listener.join(seeded.meeting_id)["meeting"]["last_seq"]
        for sender in senders:
            assert sender.join(seeded.meeting_id, last_seq=start)["ok"]
        acks: list[int] = []

        def burst(sender: Member) -> None:
            for i in range(20):
                acks.append(sender.send(seeded.meeting_id, f"burst {i}")["seq"])

        threads = [threading.Thread(target=burst, args=(s,)) for s in senders]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert sorted(acks) == list(range(start + 1, start + 41))
        assert wait_for(lambda: len(listener.messages) == 40)
        # Senders on two workers race between commit and broadcast, so arrival order may differ
        # from seq order; what the protocol promises is every number exactly once.
        assert sorted(m["seq"] for m in listener.messages) == list(range(start + 1, start + 41))
    finally:
        for member in (*senders, listener):
            member.close()


def test_a_member_who_reconnects_to_the_other_worker_catches_up(cluster):
    seeded, (one, two) = cluster
    robin = Member(one, seeded.tokens["Robin"])
    sky = Member(one, seeded.tokens["Sky"])
    try:
        seen = sky.join(seeded.meeting_id)["meeting"]["last_seq"]
        robin.join(seeded.meeting_id)
        sky.close()
        sent = [robin.send(seeded.meeting_id, f"while away {i}")["seq"] for i in range(3)]
        sky = Member(two, seeded.tokens["Sky"])
        missed = sky.join(seeded.meeting_id, last_seq=seen)["messages"]
        assert [m["seq"] for m in missed] == sent
    finally:
        robin.close()
        sky.close()
