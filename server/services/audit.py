"""Audit trail: every moderation and administrative action adds a record to its own transaction."""

from __future__ import annotations

from typing import Any

from server.extensions import db
from server.models.audit import AuditRecord


def record(
    action: str,
    *,
    target_type: str,
    target_id: int | str,
    actor_staff_id: int | None = None,
    actor_member_id: int | None = None,
    group_id: int | None = None,
    meeting_id: int | None = None,
    reason: str = "",
    details: dict[str, Any] | None = None,
) -> AuditRecord:
    """Add an audit record to the current transaction; the caller's commit makes it durable.

    Never pass a message body in ``details``: the audit log outlives the retention window.
    """
    entry = AuditRecord(
        action=action,
        target_type=target_type,
        target_id=str(target_id),
        actor_staff_id=actor_staff_id,
        actor_member_id=actor_member_id,
        group_id=group_id,
        meeting_id=meeting_id,
        reason=reason[:2000],
        details=details or {},
    )
    db.session.add(entry)
    return entry
