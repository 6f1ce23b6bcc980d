"""Presence on PostgreSQL when one participant's two sockets go at the same moment (two tabs, or
a ban closing them on two workers): the room must still learn that they left."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from server import create_app
from server.extensions import db
from server.models import Presence
from server.services import presence
from tests.support.databases import postgres_url, private_database
from tests.support.seed import seed


@pytest.fixture
def shared_app() -> Iterator[tuple[Any, int]]:
    with private_database(postgres_url()) as url:
        seeded = seed(url, pseudonyms=("Robin",))
        app = create_app(
            {
                "SQLALCHEMY_DATABASE_URI": url,
                "SECRET_KEY": "presence-race",
                "REDIS_URL": None,
                "RATELIMIT_STORAGE_URI": "memory://",
            }
        )
        yield app, seeded.meeting_id
        with app.app_context():
            db.engine.dispose()


def test_both_sockets_leaving_at_once_still_tells_the_room(shared_app):
    app, meeting_id = shared_app
    with app.app_context():
        for sid in ("tab-one", "tab-two"):
            db.session.add(
                Presence(
                    sid=sid,
                    meeting_id=meeting_id,
                    participant_key="m1",
                    display_name="Robin",
                    role="member",
                )
            )
        db.session.commit()

    # Each leave waits, once its own row is deleted but not yet committed, for the other to get
    # that far too (or 2 s). Without a lock both get there, and each sees the other's row.
    both_deleted = threading.Barrier(2, timeout=2)

    def wait_for_the_other(session: Session, _context: Any) -> None:
        if any(isinstance(row, Presence) for row in session.deleted):
            with contextlib.suppress(threading.BrokenBarrierError):
                both_deleted.wait()

    gone: dict[str, list] = {}

    def leave(sid: str) -> None:
        with app.app_context():
            gone[sid] = presence.leave_meetings(sid)
            db.session.remove()

    event.listen(Session, "after_flush", wait_for_the_other)
    try:
        threads = [threading.Thread(target=leave, args=(sid,)) for sid in ("tab-one", "tab-two")]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
    finally:
        event.remove(Session, "after_flush", wait_for_the_other)

    assert sorted(gone) == ["tab-one", "tab-two"]
    announced = [who for left in gone.values() for _meeting, who in left]
    assert [who["name"] for who in announced] == ["Robin"]
    with app.app_context():
        assert presence.present_in(meeting_id) == []
