"""What a facilitator's console home shows: each group's progress through its curriculum."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from server.extensions import db
from server.models import CurriculumVersion, Group, Meeting, MeetingStatus
from server.services import curricula


@dataclass(frozen=True)
class Progress:
    held: int  # sessions of the curriculum the group has run at least once
    total: int
    next_title: str | None


def progress(group: Group) -> Progress | None:
    """None when the group follows no curriculum."""
    version = curricula.group_version(group)
    if version is None:
        return None
    plan = curricula.parsed(version)
    keys = {item.id for item in plan.sessions}
    query = (
        select(Meeting.session_key)
        .join(CurriculumVersion, Meeting.curriculum_version_id == CurriculumVersion.id)
        .where(
            Meeting.group_id == group.id,
            CurriculumVersion.curriculum_id == group.curriculum_id,
            Meeting.status.in_((MeetingStatus.LIVE, MeetingStatus.ENDED)),
        )
        .distinct()
    )
    held = set(db.session.execute(query).scalars()) & keys
    upcoming = curricula.next_session_key(group)
    title = plan.session(upcoming).title if upcoming else None
    return Progress(len(held), len(keys), title)
