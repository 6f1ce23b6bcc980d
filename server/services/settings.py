"""Deployment settings an admin changes at run time; defaults come from the environment."""

from __future__ import annotations

from flask import current_app
from sqlalchemy.exc import IntegrityError

from server.extensions import db
from server.models import Setting
from server.services import audit
from server.services.errors import ServiceError

RETENTION_KEY = "retention_hours"
MAX_RETENTION_HOURS = 24 * 90


def get(key: str) -> str | None:
    row = db.session.get(Setting, key)
    return row.value if row is not None else None


def retention_hours() -> int:
    """Hours after a meeting ends before its transcript is deleted: the admin's setting if
    there is one, else ``STEADY_RETENTION_HOURS`` (24 unless the environment says otherwise)."""
    stored = get(RETENTION_KEY)
    if stored is not None and stored.isdigit():
        return int(stored)
    return int(current_app.config.get("STEADY_RETENTION_HOURS", 24))


def set_retention_hours(hours: int, actor_staff_id: int) -> None:
    """Change the retention window, with an audit record in the same transaction."""
    if not 0 <= hours <= MAX_RETENTION_HOURS:
        raise ServiceError(
            "bad_retention", f"Keep transcripts between 0 and {MAX_RETENTION_HOURS} hours."
        )
    before = retention_hours()
    row = db.session.get(Setting, RETENTION_KEY)
    if row is None:
        db.session.add(Setting(key=RETENTION_KEY, value=str(hours)))
    else:
        row.value = str(hours)
    audit.record(
        "setting_changed",
        target_type="setting",
        target_id=RETENTION_KEY,
        actor_staff_id=actor_staff_id,
        details={"before": before, "after": hours},
    )
    try:
        db.session.commit()
    except IntegrityError:
        # Another admin created the row at the same moment; theirs stands, try again.
        db.session.rollback()
        raise ServiceError(
            "conflict", "Someone changed this at the same time. Try again."
        ) from None
