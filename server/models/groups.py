"""Groups, their facilitators, invite codes and members (pseudonymous, one group each)."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from server.extensions import db
from server.models.accounts import StaffUser
from server.models.base import UTCDateTime, str_enum, utcnow
from server.models.curricula import Curriculum


class Group(db.Model):
    __tablename__ = "groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")
    agreement: Mapped[str] = mapped_column(Text)
    # What the sessions touch on, shown before someone accepts the agreement and to staff.
    content_notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    capacity: Mapped[int] = mapped_column(default=12)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    curriculum_id: Mapped[int | None] = mapped_column(
        ForeignKey("curricula.id", ondelete="SET NULL"), index=True
    )

    curriculum: Mapped[Curriculum | None] = relationship()
    facilitators: Mapped[list[GroupFacilitator]] = relationship(
        back_populates="group", cascade="all, delete-orphan"
    )


class FacilitatorRole(enum.StrEnum):
    LEAD = "lead"
    CO = "co"


class GroupFacilitator(db.Model):
    __tablename__ = "group_facilitators"
    __table_args__ = (UniqueConstraint("group_id", "staff_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"), index=True)
    role: Mapped[FacilitatorRole] = mapped_column(
        str_enum(FacilitatorRole), default=FacilitatorRole.LEAD
    )

    group: Mapped[Group] = relationship(back_populates="facilitators")
    staff: Mapped[StaffUser] = relationship()


class InviteCode(db.Model):
    __tablename__ = "invite_codes"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), index=True)
    # Only a hash is kept: a leaked database must not hand out a way into a group.
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    hint: Mapped[str] = mapped_column(String(8))
    max_uses: Mapped[int] = mapped_column(default=1)
    uses: Mapped[int] = mapped_column(default=0)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    group: Mapped[Group] = relationship()

    def usable(self, now: datetime) -> bool:
        return self.revoked_at is None and self.uses < self.max_uses and now < self.expires_at


class MemberStatus(enum.StrEnum):
    ACTIVE = "active"
    REMOVED = "removed"
    BANNED = "banned"


class Member(db.Model):
    """An attendee's identity inside one group: a pseudonym and a device token, nothing else."""

    __tablename__ = "members"
    __table_args__ = (UniqueConstraint("group_id", "pseudonym_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), index=True)
    pseudonym: Mapped[str] = mapped_column(String(40))
    pseudonym_key: Mapped[str] = mapped_column(String(40))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    status: Mapped[MemberStatus] = mapped_column(
        str_enum(MemberStatus), default=MemberStatus.ACTIVE
    )
    invite_code_id: Mapped[int | None] = mapped_column(
        ForeignKey("invite_codes.id", ondelete="SET NULL")
    )
    agreement_accepted_at: Mapped[datetime] = mapped_column(UTCDateTime())
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    group: Mapped[Group] = relationship()

    @property
    def is_active(self) -> bool:
        return self.status == MemberStatus.ACTIVE
