"""Chat messages: numbered per meeting, stored once per client message id."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from server.extensions import db
from server.models.base import UTCDateTime, str_enum, utcnow


class MessageStatus(enum.StrEnum):
    VISIBLE = "visible"
    HIDDEN = "hidden"


class Message(db.Model):
    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("meeting_id", "seq"),
        # A retried send carries the same client id from the same author: stored once.
        UniqueConstraint("meeting_id", "author_key", "client_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    seq: Mapped[int]
    author_key: Mapped[str] = mapped_column(String(24))
    author_name: Mapped[str] = mapped_column(String(80))
    author_role: Mapped[str] = mapped_column(String(20))
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), index=True
    )
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id", ondelete="SET NULL"))
    client_id: Mapped[str] = mapped_column(String(64))
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[MessageStatus] = mapped_column(
        str_enum(MessageStatus),
        default=MessageStatus.VISIBLE,
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
