"""The ``meeting_pacing`` row: a meeting's pacing state read, created and saved by version.

The state is a ``facilitator.meeting_state.MeetingState`` kept as JSON, one row per meeting, so
it survives a restart and every worker sees the same one. A save names the version it read
(``UPDATE ... WHERE version = ?``) and fails if someone saved in between; ``services.pacing``
decides what to do then. Nothing here commits.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.dialects import postgresql, sqlite

from facilitator.agenda import Segment
from facilitator.meeting_actions import Actor, apply
from facilitator.meeting_state import MeetingState, new_meeting
from server.extensions import db
from server.models import Meeting, MeetingPacing, MeetingStatus
from server.models.base import utcnow
from server.services import curricula

STAFF = Actor(is_staff=True)


@dataclass(frozen=True)
class Stored:
    version: int
    state: MeetingState


def _plan(meeting: Meeting) -> list[Segment]:
    """The curriculum session's segments, or one open segment as long as the meeting."""
    session = curricula.meeting_session(meeting)
    if session is not None:
        return [
            Segment(f"s{n}", seg.title[:200], seg.minutes, seg.turn_mode)
            for n, seg in enumerate(session.segments, start=1)
        ]
    minutes = min(max(meeting.scheduled_minutes, 1), 240)
    return [Segment("s1", meeting.title[:200], minutes, "open")]


def _fresh(meeting: Meeting, now: float) -> MeetingState:
    start = meeting.scheduled_start.timestamp()
    state = new_meeting(_plan(meeting), start, start + meeting.scheduled_minutes * 60)
    if meeting.status != MeetingStatus.LIVE:
        return state
    # A meeting that went live before it had a pacing row starts its agenda when it went live.
    began = meeting.started_at.timestamp() if meeting.started_at else now
    return apply(state, "start", {}, min(began, now), STAFF)


# Built once: every member's join and leave reads and writes the state.
_PACED = MeetingPacing.__table__
_READ = select(_PACED.c.version, _PACED.c.state).where(
    _PACED.c.meeting_id == bindparam("meeting_id")
)
_SAVE = (
    update(_PACED)
    .where(
        _PACED.c.meeting_id == bindparam("p_meeting"),
        _PACED.c.version == bindparam("p_version"),
    )
    .values(
        version=bindparam("p_next"),
        state=bindparam("p_state", type_=_PACED.c.state.type),
        updated_at=bindparam("p_at", type_=_PACED.c.updated_at.type),
    )
)


def read(meeting_id: int) -> Stored | None:
    # Column values, not the ORM object: a re-read after a lost race must not hit a cache.
    row = db.session.execute(_READ, {"meeting_id": meeting_id}).first()
    return None if row is None else stored_from(row.version, row.state)


def current(meeting: Meeting) -> Stored:
    """The stored state, or the one the meeting would start with; never writes."""
    return read(meeting.id) or Stored(0, _fresh(meeting, time.time()))


def load(meeting: Meeting, now: float) -> Stored:
    """The stored state, its row inserted in this transaction if the meeting had none."""
    stored = read(meeting.id)
    if stored is not None:
        return stored
    dialect = postgresql if db.session.get_bind().dialect.name == "postgresql" else sqlite
    insert = dialect.insert(MeetingPacing).values(
        meeting_id=meeting.id, version=0, state=_fresh(meeting, now).to_dict(), updated_at=utcnow()
    )
    # Two workers may create it at once: the second inserts nothing and reads the first's.
    db.session.execute(insert.on_conflict_do_nothing(index_elements=["meeting_id"]))
    found = read(meeting.id)
    assert found is not None
    return found


def save(meeting_id: int, version: int, state: MeetingState) -> bool:
    """Store ``state`` as ``version + 1`` only if ``version`` is still the stored one."""
    params = {
        "p_meeting": meeting_id,
        "p_version": version,
        "p_next": version + 1,
        "p_state": state.to_dict(),
        "p_at": utcnow(),
    }
    return db.session.execute(_SAVE, params).rowcount == 1


def stored_from(version: int | None, state: dict[str, Any] | None) -> Stored | None:
    """A pacing row read elsewhere (the send path reads it with everything else it needs)."""
    if version is None or state is None:
        return None
    return Stored(version, MeetingState.from_dict(state))
