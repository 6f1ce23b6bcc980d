"""Time for schedules: named time zones, local times as UTC instants, a weekly schedule's
dates, and the meetings still to come. Reads only."""

from __future__ import annotations

import functools
import zoneinfo
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Select, or_, select

from server.extensions import db
from server.models import Group, Meeting, MeetingStatus, Schedule
from server.models.base import utcnow
from server.services.errors import ServiceError


@functools.cache
def timezone_names() -> tuple[str, ...]:
    return tuple(sorted(zoneinfo.available_timezones()))


def zone(name: str) -> zoneinfo.ZoneInfo:
    if name not in timezone_names():
        raise ServiceError("bad_timezone", "Choose a time zone from the list.")
    return zoneinfo.ZoneInfo(name)


def to_utc(day: date, at: time, tz: zoneinfo.ZoneInfo) -> datetime:
    """A local date and time as a UTC instant. A time the clocks skip (spring forward) is read
    with the offset before the change, so 01:30 becomes 02:30 on the new clock."""
    return datetime.combine(day, at, tzinfo=tz).astimezone(UTC)


def occurrences(schedule: Schedule, start: datetime, end: datetime) -> list[datetime]:
    """The UTC starts of the schedule's meetings in ``[start, end)``."""
    tz = zoneinfo.ZoneInfo(schedule.timezone)
    day = max(schedule.starts_on, start.astimezone(tz).date())
    day += timedelta(days=(schedule.weekday - day.weekday()) % 7)
    found = []
    while (at := to_utc(day, schedule.local_time, tz)) < end:
        if at >= start:
            found.append(at)
        day += timedelta(days=7)
    return found


def display_zone(group: Group) -> str:
    """The time zone a group's times are shown in: its latest schedule's, else UTC."""
    query = (
        select(Schedule.timezone)
        .where(Schedule.group_id == group.id)
        .order_by(Schedule.ended_at.is_not(None), Schedule.id.desc())
        .limit(1)
    )
    return db.session.execute(query).scalar_one_or_none() or "UTC"


def upcoming_query(group_ids: list[int] | None = None, now: datetime | None = None) -> Select:
    """Meetings still to come or under way, soonest first, in groups that are not archived
    (only ``group_ids`` when given). One not yet opened stays listed until the longest meeting
    would have ended: a facilitator may open it late."""
    late = (now or utcnow()) - timedelta(minutes=240)
    query = (
        select(Meeting)
        .join(Group, Group.id == Meeting.group_id)
        .where(
            Group.archived_at.is_(None),
            Meeting.status != MeetingStatus.ENDED,
            or_(Meeting.status != MeetingStatus.SCHEDULED, Meeting.scheduled_start >= late),
        )
        .order_by(Meeting.scheduled_start, Meeting.id)
    )
    if group_ids is not None:
        query = query.where(Meeting.group_id.in_(group_ids))
    return query
