"""Curricula: stored as versions by content hash, followed by groups, planned into meetings.

A version's content is written once. Editing a file and loading again stores a new version; a
meeting keeps pointing at the version it was planned from, so its text never changes under it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from facilitator import curriculum as content
from server import prose
from server.extensions import db
from server.models import Curriculum, CurriculumVersion, Group, Meeting, MeetingStatus
from server.models.base import utcnow
from server.services import audit
from server.services.errors import ServiceError

# Parsed contents by hash. Safe to share between requests: a hash names one immutable text.
_PARSED: dict[str, content.Curriculum] = {}
_PARSED_LIMIT = 16


@dataclass(frozen=True)
class Loaded:
    """What ``load_all`` did with one curriculum: ``new``, ``unchanged`` or ``restored``."""

    slug: str
    number: int
    outcome: str
    sessions: int


@dataclass(frozen=True)
class Plan:
    """The curriculum session a meeting will follow, in the version it was planned from."""

    version: CurriculumVersion
    session: content.Session


def load_all(root: Path, seeds_dir: Path | None) -> list[Loaded]:
    """Store each curriculum under ``root`` whose content changed; one transaction for all.

    Raises ``facilitator.curriculum.CurriculumError`` (and stores nothing) if any file is wrong.
    """
    curricula = content.load_tree(root, seeds_dir)
    try:
        return _store_all(curricula)
    except IntegrityError:
        # Another loader stored the same content at the same moment; a second pass finds it.
        db.session.rollback()
        return _store_all(curricula)


def _store_all(curricula: list[content.Curriculum]) -> list[Loaded]:
    results = [_store(item) for item in curricula]
    db.session.commit()
    return results


def _store(item: content.Curriculum) -> Loaded:
    digest = content.content_hash(item)
    row = find_curriculum(item.id)
    if row is None:
        row = Curriculum(slug=item.id, title=item.title)
        db.session.add(row)
        db.session.flush()
    row.title = item.title
    current = latest_version(row)
    if current is not None and current.content_hash == digest:
        return Loaded(item.id, current.number, "unchanged", len(item.sessions))
    query = select(CurriculumVersion).where(
        CurriculumVersion.curriculum_id == row.id, CurriculumVersion.content_hash == digest
    )
    earlier = db.session.execute(query).scalar_one_or_none()
    if earlier is not None:
        # The files went back to an earlier text: that version becomes current again.
        earlier.loaded_at = utcnow()
        return Loaded(item.id, earlier.number, "restored", len(item.sessions))
    top = select(func.max(CurriculumVersion.number)).where(
        CurriculumVersion.curriculum_id == row.id
    )
    number = (db.session.execute(top).scalar_one() or 0) + 1
    version = CurriculumVersion(
        curriculum_id=row.id, number=number, content_hash=digest, content=item.to_dict()
    )
    db.session.add(version)
    db.session.flush()
    return Loaded(item.id, number, "new", len(item.sessions))


def find_curriculum(slug: str) -> Curriculum | None:
    query = select(Curriculum).where(Curriculum.slug == slug)
    return db.session.execute(query).scalar_one_or_none()


def all_curricula() -> list[Curriculum]:
    return list(db.session.execute(select(Curriculum).order_by(Curriculum.title)).scalars())


def latest_version(curriculum: Curriculum) -> CurriculumVersion | None:
    query = (
        select(CurriculumVersion)
        .where(CurriculumVersion.curriculum_id == curriculum.id)
        .order_by(CurriculumVersion.loaded_at.desc(), CurriculumVersion.number.desc())
        .limit(1)
    )
    return db.session.execute(query).scalar_one_or_none()


def get_version(curriculum: Curriculum, number: int | None = None) -> CurriculumVersion:
    """Version ``number`` of the curriculum, or its latest; ``unknown_version`` if none."""
    if number is None:
        version = latest_version(curriculum)
    else:
        query = select(CurriculumVersion).where(
            CurriculumVersion.curriculum_id == curriculum.id, CurriculumVersion.number == number
        )
        version = db.session.execute(query).scalar_one_or_none()
    if version is None:
        raise ServiceError("unknown_version", "That version of the curriculum is not loaded.", 404)
    return version


def parsed(version: CurriculumVersion) -> content.Curriculum:
    """A stored version as values; read from the database only on a cache miss."""
    found = _PARSED.get(version.content_hash)
    if found is None:
        found = content.Curriculum.from_dict(version.content)
        if len(_PARSED) >= _PARSED_LIMIT:
            _PARSED.pop(next(iter(_PARSED)))
        _PARSED[version.content_hash] = found
    return found


def assign_to_group(
    group: Group, curriculum: Curriculum | None, actor_staff_id: int | None = None
) -> None:
    """Make the group follow ``curriculum`` (or none); its past meetings keep their sessions.
    A change made by a person is audited in the same transaction, as the admin group form's is
    (``group.updated``); set-up commands (the demo seed, tests) pass no actor."""
    chosen = curriculum.id if curriculum is not None else None
    if actor_staff_id is not None and group.curriculum_id != chosen:
        audit.record(
            "group.updated",
            target_type="group",
            target_id=group.id,
            actor_staff_id=actor_staff_id,
            group_id=group.id,
            details={"changed": ["curriculum_id"]},
        )
    group.curriculum_id = chosen
    db.session.commit()


def group_version(group: Group) -> CurriculumVersion | None:
    """The version new meetings of this group are planned from: its curriculum's latest."""
    if group.curriculum is None:
        return None
    return latest_version(group.curriculum)


def next_session_key(group: Group) -> str | None:
    """The session after the one the group's most recent live or ended meeting followed.

    The first session when there is none (or it is no longer in the curriculum); after the
    last session the group starts again from the first. None without a curriculum.
    """
    version = group_version(group)
    if version is None:
        return None
    keys = [session.id for session in parsed(version).sessions]
    last = _last_session_key(group)
    if last in keys:
        return keys[(keys.index(last) + 1) % len(keys)]
    return keys[0] if keys else None


def _last_session_key(group: Group) -> str | None:
    query = (
        select(Meeting.session_key)
        .join(CurriculumVersion, Meeting.curriculum_version_id == CurriculumVersion.id)
        .where(
            Meeting.group_id == group.id,
            CurriculumVersion.curriculum_id == group.curriculum_id,
            Meeting.status.in_((MeetingStatus.LIVE, MeetingStatus.ENDED)),
            Meeting.session_key.is_not(None),
        )
        .order_by(
            func.coalesce(Meeting.started_at, Meeting.scheduled_start).desc(), Meeting.id.desc()
        )
        .limit(1)
    )
    return db.session.execute(query).scalar_one_or_none()


def plan_session(group: Group, session_key: str | None = None) -> Plan | None:
    """The session a new meeting of the group follows: ``session_key``, or the next in turn.

    None when the group follows no curriculum and no session was asked for.
    """
    version = group_version(group)
    if version is None:
        if session_key:
            raise ServiceError("no_curriculum", "This group does not follow a curriculum yet.")
        return None
    key = session_key or next_session_key(group)
    try:
        return Plan(version, parsed(version).session(key or ""))
    except KeyError:
        raise ServiceError(
            "unknown_session", "That session is not in the group's curriculum."
        ) from None


def attach_session(meeting: Meeting, session_key: str | None = None) -> Plan:
    """Point a meeting that has not started at a session of its group's current curriculum."""
    if meeting.status in (MeetingStatus.LIVE, MeetingStatus.ENDED):
        raise ServiceError("bad_state", "A meeting that has started keeps its session.")
    plan = plan_session(meeting.group, session_key)
    if plan is None:
        raise ServiceError("no_curriculum", "This group does not follow a curriculum yet.")
    meeting.curriculum_version_id = plan.version.id
    meeting.session_key = plan.session.id
    db.session.commit()
    return plan


def meeting_session(meeting: Meeting) -> content.Session | None:
    """The curriculum session the meeting follows, in the version it was planned from."""
    if meeting.curriculum_version is None or meeting.session_key is None:
        return None
    try:
        return parsed(meeting.curriculum_version).session(meeting.session_key)
    except KeyError:
        return None


def session_view(meeting: Meeting, for_staff: bool, current: int = 0) -> dict[str, Any] | None:
    """The meeting's session at segment ``current`` (the pacing agenda's, see
    ``services.pacing``). Facilitator notes go to staff only."""
    session = meeting_session(meeting)
    if session is None:
        return None
    index = min(max(current, 0), len(session.segments) - 1)
    segment = session.segments[index]
    view: dict[str, Any] = {
        "key": session.id,
        "title": session.title,
        "purpose": session.purpose,
        "advisories": list(session.advisories),
        "minutes": session.minutes,
        "agenda": [
            {"title": item.title, "kind": item.kind, "minutes": item.minutes}
            for item in session.segments
        ],
        "current_segment": index,
        "segment": {
            **content.attendee_view(segment),
            "attendee_html": str(prose.to_html(segment.attendee_text)),
        },
    }
    if for_staff:
        view["facilitator_notes"] = segment.facilitator_notes
        view["facilitator_notes_html"] = str(prose.to_html(segment.facilitator_notes))
    return view
