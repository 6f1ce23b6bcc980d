"""A meeting's pacing state (agenda clock, round, hands, chat mode), versioned for concurrency."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from server.extensions import db
from server.models.base import UTCDateTime, utcnow


class MeetingPacing(db.Model):
    """One row per meeting. ``version`` goes up by one with every transition; a writer whose
    version is stale loses (optimistic concurrency), so two workers can never both win."""

    __tablename__ = "meeting_pacing"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True
    )
    version: Mapped[int] = mapped_column(default=0)
    state: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
