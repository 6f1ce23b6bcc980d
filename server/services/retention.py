"""Retention: a meeting's transcript is deleted a set number of hours after it ends.

Messages and side messages go; a message under an open flag stays until the flag is resolved,
and what members wrote when flagging is cleared once the flag is closed. Safe to run from
several workers at once: on PostgreSQL one run at a time takes an advisory lock and the others
skip; on SQLite the write lock serialises them, and a second run finds nothing left to do.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select, text, update

from server.extensions import db
from server.models import Flag, FlagStatus, Meeting, MeetingStatus, Message, SideMessage
from server.models.base import utcnow
from server.services import audit, settings

log = logging.getLogger("steady.retention")
# Any constant shared by every worker; names this job for pg_try_advisory_xact_lock.
_LOCK_KEY = 0x5354_4541_4459


@dataclass(frozen=True)
class Purged:
    messages: int = 0
    side_messages: int = 0
    notes: int = 0
    skipped: bool = False

    @property
    def anything(self) -> bool:
        return bool(self.messages or self.side_messages or self.notes)


def purge(now: datetime | None = None) -> Purged:
    """Delete what is past the retention window; one transaction, audited when it deletes."""
    if not _take_lock():
        db.session.rollback()
        return Purged(skipped=True)
    hours = settings.retention_hours()
    cutoff = (now or utcnow()) - timedelta(hours=hours)
    result = _delete_before(cutoff)
    if result.anything:
        _audit(result, hours)
    db.session.commit()
    if result.anything:
        log.info(
            "retention: deleted %d messages and %d side messages",
            result.messages,
            result.side_messages,
        )
    return result


def _delete_before(cutoff: datetime) -> Purged:
    ended = select(Meeting.id).where(
        Meeting.status == MeetingStatus.ENDED, Meeting.ended_at <= cutoff
    )
    kept = select(Flag.message_id).where(
        Flag.status == FlagStatus.OPEN, Flag.message_id.is_not(None)
    )
    statements = (
        delete(Message).where(Message.meeting_id.in_(ended), Message.id.not_in(kept)),
        delete(SideMessage).where(SideMessage.meeting_id.in_(ended)),
        update(Flag)
        .where(Flag.meeting_id.in_(ended), Flag.status != FlagStatus.OPEN, Flag.note != "")
        .values(note=""),
    )
    no_sync = {"synchronize_session": False}
    counts = [db.session.execute(s, execution_options=no_sync).rowcount for s in statements]
    return Purged(*counts)


def _take_lock() -> bool:
    if db.session.get_bind().dialect.name != "postgresql":
        return True
    query = text("SELECT pg_try_advisory_xact_lock(:key)")
    return bool(db.session.execute(query, {"key": _LOCK_KEY}).scalar())


def _audit(result: Purged, hours: int) -> None:
    audit.record(
        "transcripts_purged",
        target_type="retention",
        target_id="purge",
        details={
            "messages": result.messages,
            "side_messages": result.side_messages,
            "flag_notes": result.notes,
            "retention_hours": hours,
        },
    )
