"""What people are shown of a meeting's pacing state. Reads only; ``services.pacing`` writes.

The pacing state holds no facilitator notes, so its public view is safe for everyone; the
current segment's notes travel separately, to staff only (``staff_notes``).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from facilitator import agenda_figures as figures
from facilitator.meeting_state import MeetingState, public_view
from server.extensions import db
from server.models import Meeting, Member
from server.services import curricula


def payload(
    meeting: Meeting, version: int, state: MeetingState, known: dict[str, str] | None = None
) -> dict[str, Any]:
    """PacingState (docs/protocol.md): the ``pacing_state`` event, and acks that carry it.
    ``known``: names the caller has already read (who is present), by participant id."""
    return {
        "meeting_id": meeting.id,
        "version": version,
        "state": public_view(state, time.time()),
        "names": names(state, known),
        "session": curricula.session_view(meeting, for_staff=False, current=state.agenda.current),
    }


def staff_notes(meeting: Meeting, version: int, state: MeetingState) -> dict[str, Any] | None:
    """The current segment's facilitator notes, for the staff room; None without a session."""
    view = curricula.session_view(meeting, for_staff=True, current=state.agenda.current)
    if view is None:
        return None
    return {
        "meeting_id": meeting.id,
        "version": version,
        "current_segment": view["current_segment"],
        "facilitator_notes": view["facilitator_notes"],
        "facilitator_notes_html": view["facilitator_notes_html"],
    }


def names(state: MeetingState, known: dict[str, str] | None = None) -> dict[str, str]:
    """Pseudonyms of the people in the state, which names them only by participant id; read
    for those not in ``known`` (pseudonyms never change, so a name read this event holds)."""
    known = known or {}
    found: dict[str, str] = {}
    member_ids = []
    for person in state.participants:
        key = person.participant_id
        if key[:1] != "m" or not key[1:].isdigit():
            continue
        if key in known:
            found[key] = known[key]
        else:
            member_ids.append(int(key[1:]))
    if member_ids:
        query = select(Member.id, Member.pseudonym).where(Member.id.in_(member_ids))
        found.update((f"m{member_id}", name) for member_id, name in db.session.execute(query))
    return found


@dataclass(frozen=True)
class ReportRow:
    title: str
    planned_minutes: float
    extended_minutes: int
    actual_minutes: float
    skipped: bool


@dataclass(frozen=True)
class Report:
    rows: list[ReportRow]
    finished: bool
    started_at: datetime | None
    finished_at: datetime | None
    scheduled_minutes: float
    active_minutes: float
    paused_minutes: float

    @property
    def planned_minutes(self) -> float:
        return sum(row.planned_minutes for row in self.rows)


def report(state: MeetingState) -> Report:
    """Planned against actual minutes per segment, as of the finish (or now, if still going)."""
    agenda = state.agenda
    at = agenda.finished_at if agenda.finished_at is not None else time.time()
    rows = [
        ReportRow(
            title=row["title"],
            planned_minutes=row["planned_seconds"] / 60,
            extended_minutes=row["extended_minutes"],
            actual_minutes=row["actual_seconds"] / 60,
            skipped=row["skipped"],
        )
        for row in figures.plan_vs_actual(agenda, at)
    ]
    return Report(
        rows=rows,
        finished=agenda.phase == "finished",
        started_at=_when(agenda.started_at),
        finished_at=_when(agenda.finished_at),
        scheduled_minutes=(agenda.scheduled_end - agenda.scheduled_start) / 60,
        active_minutes=figures.meeting_active_seconds(agenda, at) / 60,
        paused_minutes=agenda.paused_seconds / 60,
    )


def _when(stamp: float | None) -> datetime | None:
    return None if stamp is None else datetime.fromtimestamp(stamp, UTC)
