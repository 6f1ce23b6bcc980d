"""Safety and moderation: flags, mutes, removals, side conversations, follow-up notes,
crisis resources and deployment settings."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from server.extensions import db
from server.models.accounts import StaffUser
from server.models.base import UTCDateTime, str_enum, utcnow
from server.models.groups import Member
from server.models.messages import Message


class FlagSource(enum.StrEnum):
    SCREENING = "screening"
    MEMBER = "member"


class FlagStatus(enum.StrEnum):
    OPEN = "open"
    DISMISSED = "dismissed"
    ACTIONED = "actioned"


class Flag(db.Model):
    """Something a facilitator should look at. Staff see flags; attendees never do."""

    __tablename__ = "flags"
    __table_args__ = (Index("ix_flags_meeting_status", "meeting_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    # Null for a request to talk, or for a message held back before it was posted.
    message_id: Mapped[int | None] = mapped_column(
        ForeignKey("messages.id", ondelete="SET NULL"), index=True
    )
    target_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), index=True
    )
    source: Mapped[FlagSource] = mapped_column(str_enum(FlagSource))
    category: Mapped[str] = mapped_column(String(20))
    severity: Mapped[str] = mapped_column(String(10))
    labels: Mapped[list[str]] = mapped_column(JSON, default=list)
    reason: Mapped[str] = mapped_column(Text, default="")
    # What the flagging member wrote, if anything: member text, so retention clears it.
    note: Mapped[str] = mapped_column(Text, default="")
    # Staff may follow up with whoever flagged; no attendee ever learns it.
    flagged_by_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL")
    )
    status: Mapped[FlagStatus] = mapped_column(str_enum(FlagStatus), default=FlagStatus.OPEN)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resolved_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_users.id", ondelete="SET NULL")
    )

    message: Mapped[Message | None] = relationship()
    target_member: Mapped[Member | None] = relationship(foreign_keys=[target_member_id])
    flagged_by: Mapped[Member | None] = relationship(foreign_keys=[flagged_by_member_id])
    resolved_by: Mapped[StaffUser | None] = relationship()


class Mute(db.Model):
    """A member whose chat messages are refused for the rest of one meeting."""

    __tablename__ = "mutes"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    by_staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_users.id", ondelete="SET NULL")
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Removal(db.Model):
    """A member removed from one meeting: they cannot join it again."""

    __tablename__ = "removals"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    by_staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_users.id", ondelete="SET NULL")
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class SideMessage(db.Model):
    """A private line beside the meeting: staff with one member, or (member null) staff only.
    Transcript text: purged with the meeting's messages."""

    __tablename__ = "side_messages"
    __table_args__ = (Index("ix_side_messages_meeting_member", "meeting_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    author_staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_users.id", ondelete="SET NULL")
    )
    author_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL")
    )
    author_name: Mapped[str] = mapped_column(String(80))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class MemberNote(db.Model):
    """A facilitator's follow-up note on a member, for staff only."""

    __tablename__ = "member_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="SET NULL"))
    author_staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_users.id", ondelete="SET NULL")
    )
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    author: Mapped[StaffUser | None] = relationship()


class CrisisResource(db.Model):
    """A helpline shown privately to a member whose message suggests crisis or danger."""

    __tablename__ = "crisis_resources"

    id: Mapped[int] = mapped_column(primary_key=True)
    # A BCP 47 tag such as "en-US" or "en-GB": the client lists those of its own region first.
    locale: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(120))
    contact: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)


class Setting(db.Model):
    """A deployment setting an admin can change without a restart (e.g. ``retention_hours``)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
