"""Curricula and their stored versions. A version's content is written once and never changed."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from server.extensions import db
from server.models.base import UTCDateTime, utcnow


class Curriculum(db.Model):
    __tablename__ = "curricula"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The curriculum's id in its files (its directory name): how a reload finds it again.
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class CurriculumVersion(db.Model):
    """One loaded state of a curriculum's files, numbered 1, 2, ... per curriculum."""

    __tablename__ = "curriculum_versions"
    __table_args__ = (
        UniqueConstraint("curriculum_id", "content_hash"),
        UniqueConstraint("curriculum_id", "number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    curriculum_id: Mapped[int] = mapped_column(ForeignKey("curricula.id"), index=True)
    number: Mapped[int]
    content_hash: Mapped[str] = mapped_column(String(64))
    # ``facilitator.curriculum.Curriculum.to_dict()``. Deferred: it is large, and readers go
    # through a cache keyed by ``content_hash`` that rarely needs it.
    content: Mapped[dict[str, Any]] = mapped_column(JSON, deferred=True)
    # When this content last became the current one (a file reverted to an earlier text
    # makes that earlier version current again rather than storing the same text twice).
    loaded_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    curriculum: Mapped[Curriculum] = relationship()
