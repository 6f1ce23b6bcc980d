"""What admins set up: staff invitations and weekly schedules (and the meetings they made)."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import Date, ForeignKey, String, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from server.extensions import db
from server.models.accounts import StaffRole, StaffUser
from server.models.base import UTCDateTime, str_enum, utcnow
from server.models.groups import Group


class StaffInvite(db.Model):
    """A one-time link that lets a new facilitator (or admin) set their own password."""

    __tablename__ = "staff_invites"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), index=True)
    role: Mapped[StaffRole] = mapped_column(str_enum(StaffRole))
    # Only a hash: a leaked database must not hand out staff accounts.
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_users.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    accepted_staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_users.id", ondelete="SET NULL")
    )
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    created_by: Mapped[StaffUser | None] = relationship(foreign_keys=[created_by_id])

    def status(self, now: datetime) -> str:
        if self.accepted_at is not None:
            return "accepted"
        if self.revoked_at is not None:
            return "revoked"
        return "expired" if now >= self.expires_at else "pending"


class Schedule(db.Model):
    """A group meeting every week on one weekday at one local time, in one time zone.

    The local time is kept, not a UTC instant: 18:30 in London stays 18:30 across a change of
    the clocks, so the UTC start of each meeting is worked out per date.
    """

    __tablename__ = "schedules"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(160), default="")
    weekday: Mapped[int]  # Monday is 0, as in ``date.weekday()``
    local_time: Mapped[time] = mapped_column(Time())
    timezone: Mapped[str] = mapped_column(String(64))
    minutes: Mapped[int] = mapped_column(default=90)
    starts_on: Mapped[date] = mapped_column(Date())
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_users.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    group: Mapped[Group] = relationship()


class ScheduledMeeting(db.Model):
    """A meeting a schedule made for one of its dates: how a second run knows not to repeat it."""

    __tablename__ = "scheduled_meetings"
    __table_args__ = (UniqueConstraint("schedule_id", "occurs_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # Indexed by the unique constraint, whose first column it is.
    schedule_id: Mapped[int] = mapped_column(ForeignKey("schedules.id", ondelete="CASCADE"))
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), unique=True
    )
    occurs_at: Mapped[datetime] = mapped_column(UTCDateTime())
