"""Weekly schedules, one-off meetings, and the meetings a schedule makes ahead of time.

A schedule keeps a local time in a named time zone; each meeting's UTC start is worked out for
its own date, so a group that meets at 18:30 in London still meets at 18:30 after the clocks
change. Making meetings is idempotent: a meeting per schedule and date, however often it runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from flask import current_app
from sqlalchemy import delete, or_, select
from sqlalchemy.exc import IntegrityError

from server.extensions import db
from server.models import (
    CurriculumVersion,
    Group,
    Meeting,
    MeetingStatus,
    Schedule,
    ScheduledMeeting,
    StaffUser,
)
from server.models.base import utcnow
from server.services import audit, curricula
from server.services.curricula import Plan
from server.services.errors import ServiceError
from server.services.timetable import occurrences, to_utc, zone

WEEKS_AHEAD = 4
MAX_WEEKS = 26
DEFAULT_TITLE = "Group meeting"


@dataclass(frozen=True)
class WeeklyFields:
    weekday: int
    local_time: time
    timezone: str
    minutes: int = 90
    title: str = ""
    starts_on: date | None = None


def weeks_ahead() -> int:
    return int(current_app.config.get("STEADY_SCHEDULE_WEEKS", WEEKS_AHEAD))


def _check_meeting(group: Group, minutes: int, title: str) -> None:
    if group.archived_at is not None:
        raise ServiceError("group_archived", "This group is archived: restore it first.")
    if not 15 <= minutes <= 240:
        raise ServiceError("bad_minutes", "A meeting lasts between 15 and 240 minutes.")
    if len(title) > 160:
        raise ServiceError("bad_title", "Keep the title under 160 characters.")


def add_weekly(
    group: Group, fields: WeeklyFields, actor: StaffUser, now: datetime | None = None
) -> tuple[Schedule, int]:
    """Start a weekly schedule and make its meetings for the weeks ahead; returns how many."""
    now = now or utcnow()
    schedule = _new_schedule(group, fields, actor, now)
    made = _materialise(schedule, now, now + timedelta(weeks=weeks_ahead()))
    audit.record(
        "schedule.created",
        target_type="schedule",
        target_id=schedule.id,
        actor_staff_id=actor.id,
        group_id=group.id,
        details={
            "weekday": schedule.weekday,
            "time": schedule.local_time.strftime("%H:%M"),
            "timezone": schedule.timezone,
            "meetings_made": made,
        },
    )
    db.session.commit()
    return schedule, made


def _new_schedule(group: Group, fields: WeeklyFields, actor: StaffUser, now: datetime) -> Schedule:
    title = " ".join(fields.title.split())
    _check_meeting(group, fields.minutes, title)
    tz = zone(fields.timezone)
    if not 0 <= fields.weekday <= 6:
        raise ServiceError("bad_weekday", "Choose a day of the week.")
    schedule = Schedule(
        group_id=group.id,
        title=title,
        weekday=fields.weekday,
        local_time=fields.local_time.replace(second=0, microsecond=0),
        timezone=fields.timezone,
        minutes=fields.minutes,
        starts_on=fields.starts_on or now.astimezone(tz).date(),
        created_by_id=actor.id,
    )
    db.session.add(schedule)
    db.session.flush()
    return schedule


def add_one_off(
    group: Group,
    title: str,
    starts: tuple[date, time, str],
    minutes: int,
    actor: StaffUser,
    now: datetime | None = None,
) -> Meeting:
    """Schedule a single meeting at a local date and time in a named time zone."""
    now = now or utcnow()
    title = " ".join(title.split())
    _check_meeting(group, minutes, title)
    day, at, zone_name = starts
    start = to_utc(day, at.replace(second=0, microsecond=0), zone(zone_name))
    if start < now:
        raise ServiceError("in_the_past", "That time has already passed.")
    meeting = _new_meeting(group, start, minutes, title, now)
    audit.record(
        "meeting.scheduled",
        target_type="meeting",
        target_id=meeting.id,
        actor_staff_id=actor.id,
        group_id=group.id,
        meeting_id=meeting.id,
        details={"local": f"{day.isoformat()} {at.strftime('%H:%M')}", "timezone": zone_name},
    )
    db.session.commit()
    return meeting


def materialise_all(
    weeks: int | None = None, now: datetime | None = None, actor_id: int | None = None
) -> int:
    """Make the missing meetings of every running schedule up to ``weeks`` ahead."""
    weeks = weeks_ahead() if weeks is None else weeks
    if not 1 <= weeks <= MAX_WEEKS:
        raise ServiceError("bad_weeks", f"Plan between 1 and {MAX_WEEKS} weeks ahead.")
    now = now or utcnow()
    try:
        return _materialise_all(weeks, now, actor_id)
    except IntegrityError:
        # Another run made some of the same meetings at the same moment; a second pass skips them.
        db.session.rollback()
        return _materialise_all(weeks, now, actor_id)


def _materialise_all(weeks: int, now: datetime, actor_id: int | None) -> int:
    query = (
        select(Schedule)
        .join(Group)
        .where(Schedule.ended_at.is_(None), Group.archived_at.is_(None))
        .order_by(Schedule.id)
    )
    until = now + timedelta(weeks=weeks)
    made = sum(_materialise(item, now, until) for item in db.session.execute(query).scalars())
    if made:
        audit.record(
            "schedules.materialised",
            target_type="schedule",
            target_id="all",
            actor_staff_id=actor_id,
            details={"meetings_made": made, "weeks": weeks},
        )
    db.session.commit()
    return made


def _materialise(schedule: Schedule, now: datetime, until: datetime) -> int:
    known = select(ScheduledMeeting.occurs_at).where(
        ScheduledMeeting.schedule_id == schedule.id, ScheduledMeeting.occurs_at >= now
    )
    existing = set(db.session.execute(known).scalars())
    made = 0
    for at in occurrences(schedule, now, until):
        if at in existing:
            continue
        meeting = _new_meeting(schedule.group, at, schedule.minutes, schedule.title, now)
        db.session.add(
            ScheduledMeeting(schedule_id=schedule.id, meeting_id=meeting.id, occurs_at=at)
        )
        db.session.flush()
        made += 1
    return made


def _new_meeting(group: Group, start: datetime, minutes: int, title: str, now: datetime) -> Meeting:
    plan = _plan_for(group, start, now)
    meeting = Meeting(
        group_id=group.id,
        title=title or (plan.session.title if plan else DEFAULT_TITLE),
        scheduled_start=start,
        scheduled_minutes=minutes,
        curriculum_version_id=plan.version.id if plan else None,
        session_key=plan.session.id if plan else None,
    )
    db.session.add(meeting)
    db.session.flush()
    return meeting


def _plan_for(group: Group, start: datetime, now: datetime) -> Plan | None:
    """The session after the one the group's previous meeting follows: meetings planned weeks
    ahead take the curriculum's sessions in turn. A past meeting that never opened is skipped,
    so its session is still to come."""
    version = curricula.group_version(group)
    keys = [item.id for item in curricula.parsed(version).sessions] if version else []
    if not keys:
        return None
    query = (
        select(Meeting.session_key)
        .join(CurriculumVersion, Meeting.curriculum_version_id == CurriculumVersion.id)
        .where(
            Meeting.group_id == group.id,
            CurriculumVersion.curriculum_id == group.curriculum_id,
            Meeting.session_key.is_not(None),
            Meeting.scheduled_start < start,
            or_(Meeting.status != MeetingStatus.SCHEDULED, Meeting.scheduled_start >= now),
        )
        .order_by(Meeting.scheduled_start.desc(), Meeting.id.desc())
        .limit(1)
    )
    previous = db.session.execute(query).scalar_one_or_none()
    key = keys[(keys.index(previous) + 1) % len(keys)] if previous in keys else keys[0]
    return curricula.plan_session(group, key)


def end_schedule(schedule: Schedule, actor: StaffUser, now: datetime | None = None) -> int:
    """Stop a schedule; its future meetings that have not opened are removed. Returns how many."""
    if schedule.ended_at is not None:
        return 0
    removed = _stop([schedule], now or utcnow())
    audit.record(
        "schedule.ended",
        target_type="schedule",
        target_id=schedule.id,
        actor_staff_id=actor.id,
        group_id=schedule.group_id,
        details={"meetings_removed": removed},
    )
    db.session.commit()
    return removed


def stop_group_schedules(group: Group) -> int:
    """Stop every schedule of the group inside the caller's transaction (archiving)."""
    query = select(Schedule).where(Schedule.group_id == group.id, Schedule.ended_at.is_(None))
    return _stop(list(db.session.execute(query).scalars()), utcnow())


def _stop(rows: list[Schedule], now: datetime) -> int:
    for row in rows:
        row.ended_at = now
    query = (
        select(Meeting.id)
        .join(ScheduledMeeting, ScheduledMeeting.meeting_id == Meeting.id)
        .where(
            ScheduledMeeting.schedule_id.in_([row.id for row in rows]),
            Meeting.status == MeetingStatus.SCHEDULED,
            Meeting.scheduled_start > now,
        )
    )
    ids = list(db.session.execute(query).scalars())
    if ids:
        db.session.execute(delete(Meeting).where(Meeting.id.in_(ids)))
    return len(ids)
