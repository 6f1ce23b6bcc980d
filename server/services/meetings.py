"""Meeting lifecycle: scheduled -> open -> live -> ended, broadcast after each commit."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete

from server.extensions import db
from server.models import Group, Meeting, MeetingStatus, Presence
from server.models.base import utcnow
from server.realtime import meeting_room, publish
from server.services import curricula, pacing
from server.services.errors import ServiceError, checked_int
from server.services.principals import Principal

# Which status each staff action may move from, and to.
_TRANSITIONS: dict[str, tuple[set[MeetingStatus], MeetingStatus, str]] = {
    "open": ({MeetingStatus.SCHEDULED}, MeetingStatus.OPEN, "opened_at"),
    "start": ({MeetingStatus.SCHEDULED, MeetingStatus.OPEN}, MeetingStatus.LIVE, "started_at"),
    "end": (
        {MeetingStatus.SCHEDULED, MeetingStatus.OPEN, MeetingStatus.LIVE},
        MeetingStatus.ENDED,
        "ended_at",
    ),
}


def unknown_meeting() -> ServiceError:
    return ServiceError("unknown_meeting", "There is no such meeting.", 404)


def checked_id(meeting_id: Any) -> int:
    return checked_int(meeting_id, "meeting_id", 1)


def get_meeting(meeting_id: Any) -> Meeting:
    meeting = db.session.get(Meeting, checked_id(meeting_id))
    if meeting is None:
        raise unknown_meeting()
    return meeting


def schedule_meeting(
    group: Group,
    title: str,
    starts_at: datetime,
    minutes: int = 90,
    session_key: str | None = None,
) -> Meeting:
    """Schedule a meeting; in a group with a curriculum it follows ``session_key`` or, by
    default, the group's next session, whose title it takes when ``title`` is blank."""
    plan = curricula.plan_session(group, session_key)
    title = " ".join(title.split()) or (plan.session.title if plan else "")
    if not 1 <= len(title) <= 160:
        raise ServiceError("bad_title", "Give the meeting a title of up to 160 characters.")
    if not 15 <= minutes <= 240:
        raise ServiceError("bad_minutes", "A meeting lasts between 15 and 240 minutes.")
    meeting = Meeting(
        group_id=group.id,
        title=title,
        scheduled_start=starts_at,
        scheduled_minutes=minutes,
        curriculum_version_id=plan.version.id if plan else None,
        session_key=plan.session.id if plan else None,
    )
    db.session.add(meeting)
    db.session.commit()
    return meeting


def meeting_state(meeting: Meeting) -> dict[str, Any]:
    def stamp(value: datetime | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "meeting_id": meeting.id,
        "group_id": meeting.group_id,
        "title": meeting.title,
        "status": meeting.status.value,
        "scheduled_start": stamp(meeting.scheduled_start),
        "opened_at": stamp(meeting.opened_at),
        "started_at": stamp(meeting.started_at),
        "ended_at": stamp(meeting.ended_at),
        "last_seq": meeting.last_seq,
    }


def change_status(meeting: Meeting, action: str, actor: Principal) -> dict[str, Any]:
    """Apply a staff action (open, start, end) and tell everyone in the room."""
    if not actor.is_staff:
        raise ServiceError("forbidden", "Only the group's facilitators can do that.", 403)
    allowed_from, target, stamp_field = _TRANSITIONS[action]
    if meeting.status not in allowed_from:
        raise ServiceError(
            "bad_state", f"The meeting is {meeting.status.value}; it cannot be {action}ed now."
        )
    now = utcnow()
    meeting.status = target
    setattr(meeting, stamp_field, now)
    if target == MeetingStatus.LIVE and meeting.opened_at is None:
        meeting.opened_at = now
    if target == MeetingStatus.ENDED:
        db.session.execute(delete(Presence).where(Presence.meeting_id == meeting.id))
    paced = pacing.follow_status(meeting)  # the agenda starts and finishes with the meeting
    db.session.commit()
    state = meeting_state(meeting)
    publish("meeting_state", state, meeting_room(meeting.id))
    pacing.announce(meeting, paced)
    return state
