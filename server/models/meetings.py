"""Meetings, who attended them, and who is present right now (kept in the database, not memory)."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from server.extensions import db
from server.models.base import UTCDateTime, str_enum, utcnow
from server.models.curricula import CurriculumVersion
from server.models.groups import Group


class MeetingStatus(enum.StrEnum):
    SCHEDULED = "scheduled"
    OPEN = "open"
    LIVE = "live"
    ENDED = "ended"


class Meeting(db.Model):
    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(160))
    status: Mapped[MeetingStatus] = mapped_column(
        str_enum(MeetingStatus),
        default=MeetingStatus.SCHEDULED,
    )
    scheduled_start: Mapped[datetime] = mapped_column(UTCDateTime())
    scheduled_minutes: Mapped[int] = mapped_column(default=90)
    opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # The last sequence number handed out; bumped in the same transaction as each insert.
    last_seq: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # The curriculum session this meeting follows, pinned to the version it was planned from:
    # editing the files later makes a new version and never changes this meeting's text.
    curriculum_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("curriculum_versions.id"), index=True
    )
    session_key: Mapped[str | None] = mapped_column(String(80))
    # Unused: the agenda's current segment lives in MeetingPacing.state. Kept until a
    # migration drops it, so this change needs no schema change.
    current_segment: Mapped[int] = mapped_column(default=0, server_default="0")

    group: Mapped[Group] = relationship()
    curriculum_version: Mapped[CurriculumVersion | None] = relationship()

    @property
    def accepts_messages(self) -> bool:
        return self.status in (MeetingStatus.OPEN, MeetingStatus.LIVE)


class Attendance(db.Model):
    """One row per member per meeting they entered: counts, never content."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    first_joined_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_left_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Worker(db.Model):
    """A serving process that is alive: it renews ``seen_at`` every few seconds. Sockets and
    presence name the worker that holds them, so when one stops renewing (a crash, a restart)
    the others can clear what it left behind."""

    __tablename__ = "workers"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)


class SocketIdentity(db.Model):
    """Which identity each live socket carries, so any worker can find and close it."""

    __tablename__ = "socket_identities"

    id: Mapped[int] = mapped_column(primary_key=True)
    sid: Mapped[str] = mapped_column(String(64), index=True)
    worker_id: Mapped[str | None] = mapped_column(String(32), index=True)
    staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_users.id", ondelete="CASCADE"), index=True
    )
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), index=True
    )
    connected_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Presence(db.Model):
    """A socket that has joined a meeting room. Who is here = distinct participants with a row."""

    __tablename__ = "presence"
    __table_args__ = (
        UniqueConstraint("sid", "meeting_id"),
        Index("ix_presence_meeting_participant", "meeting_id", "participant_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sid: Mapped[str] = mapped_column(String(64))
    worker_id: Mapped[str | None] = mapped_column(String(32), index=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    participant_key: Mapped[str] = mapped_column(String(24))
    display_name: Mapped[str] = mapped_column(String(80))
    role: Mapped[str] = mapped_column(String(20))
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
