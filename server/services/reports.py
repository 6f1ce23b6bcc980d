"""Per-group reports for admins: counts only, never who said what. Reads; nothing here writes."""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from facilitator.agenda import Agenda
from facilitator.agenda_figures import meeting_active_seconds
from facilitator.values import TransitionError
from server.extensions import db
from server.models import Attendance, Flag, Group, Meeting, MeetingPacing, MeetingStatus

RECENT_MEETINGS = 12
RECENT_WEEKS = 12
_HELD = (MeetingStatus.OPEN, MeetingStatus.LIVE, MeetingStatus.ENDED)


@dataclass(frozen=True)
class MeetingCount:
    meeting: Meeting
    count: int


@dataclass(frozen=True)
class WeekRow:
    week_of: date  # the Monday
    returning: int  # came in an earlier week too
    first_time: int

    @property
    def total(self) -> int:
        return self.returning + self.first_time


@dataclass(frozen=True)
class PacingRow:
    meeting: Meeting
    planned_minutes: float
    actual_minutes: float


def _held_meetings(group: Group, limit: int) -> list[Meeting]:
    query = (
        select(Meeting)
        .where(Meeting.group_id == group.id, Meeting.status.in_(_HELD))
        .order_by(Meeting.scheduled_start.desc(), Meeting.id.desc())
        .limit(limit)
    )
    return list(reversed(db.session.execute(query).scalars().all()))


def attendance(group: Group, limit: int = RECENT_MEETINGS) -> list[MeetingCount]:
    """How many members came to each of the group's latest meetings, oldest first."""
    rows = _held_meetings(group, limit)
    query = (
        select(Attendance.meeting_id, func.count(Attendance.id))
        .where(Attendance.meeting_id.in_([m.id for m in rows]))
        .group_by(Attendance.meeting_id)
    )
    counts = dict(db.session.execute(query).tuples().all())
    return [MeetingCount(m, counts.get(m.id, 0)) for m in rows]


def _monday(moment: datetime) -> date:
    day = moment.date()
    return day - timedelta(days=day.weekday())


def retention(group: Group, weeks: int = RECENT_WEEKS) -> list[WeekRow]:
    """Members who came each week (UTC weeks from Monday), split into those who had come in
    an earlier week and those who came for the first time. The latest ``weeks`` with a meeting."""
    query = (
        select(Attendance.member_id, Meeting.scheduled_start)
        .join(Meeting, Meeting.id == Attendance.meeting_id)
        .where(Meeting.group_id == group.id)
    )
    by_week: dict[date, set[int]] = defaultdict(set)
    for member_id, start in db.session.execute(query).tuples():
        by_week[_monday(start)].add(member_id)
    seen: set[int] = set()
    rows = []
    for week in sorted(by_week):
        came = by_week[week]
        rows.append(WeekRow(week, len(came & seen), len(came - seen)))
        seen |= came
    return rows[-weeks:]


def flags_by_category(group: Group) -> list[tuple[str, int]]:
    query = (
        select(Flag.category, func.count(Flag.id))
        .join(Meeting, Meeting.id == Flag.meeting_id)
        .where(Meeting.group_id == group.id)
        .group_by(Flag.category)
        .order_by(func.count(Flag.id).desc(), Flag.category)
    )
    return [(category, count) for category, count in db.session.execute(query).tuples()]


def pacing(group: Group, limit: int = RECENT_MEETINGS) -> list[PacingRow]:
    """Planned minutes (the agenda's segments) against the minutes actually run, pauses left
    out, for the group's latest meetings whose agenda started."""
    query = (
        select(Meeting, MeetingPacing.state)
        .join(MeetingPacing, MeetingPacing.meeting_id == Meeting.id)
        .where(Meeting.group_id == group.id, Meeting.status.in_(_HELD))
        .order_by(Meeting.scheduled_start.desc(), Meeting.id.desc())
        .limit(limit)
    )
    rows = []
    for meeting, state in db.session.execute(query).tuples():
        agenda = _agenda(state)
        if agenda is None or agenda.started_at is None:
            continue
        at = agenda.finished_at if agenda.finished_at is not None else time.time()
        planned = sum(segment.planned_minutes for segment in agenda.segments)
        actual = meeting_active_seconds(agenda, at) / 60
        rows.append(PacingRow(meeting, float(planned), round(actual, 1)))
    return list(reversed(rows))


def _agenda(state: object) -> Agenda | None:
    # A state written by an older version of the pacing code is skipped, not a crash.
    try:
        return Agenda.from_dict(state["agenda"])  # type: ignore[index]
    except (KeyError, TypeError, ValueError, TransitionError):
        return None
