"""Invite codes: issued by staff after an intake conversation, checked at the door."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import Select, select

from server.extensions import db
from server.models import Group, InviteCode, StaffUser
from server.models.base import utcnow
from server.services import audit
from server.services.errors import ServiceError
from server.services.secrets import hash_token, new_invite_code, normalise_code

MAX_BATCH = 100
MAX_DAYS = 90
STATUSES = ("active", "used", "expired", "revoked")


def _check_batch(group: Group, count: int, max_uses: int, valid_for: timedelta) -> None:
    if not 1 <= count <= MAX_BATCH:
        raise ServiceError("bad_count", f"Issue between 1 and {MAX_BATCH} codes at a time.")
    if not 1 <= max_uses <= 500:
        raise ServiceError("bad_max_uses", "A code may be used between 1 and 500 times.")
    if not timedelta(hours=1) <= valid_for <= timedelta(days=MAX_DAYS):
        raise ServiceError("bad_expiry", f"A code may stay valid for 1 to {MAX_DAYS} days.")
    if group.archived_at is not None:
        raise ServiceError("group_archived", "This group is archived: restore it first.")


def issue_codes(
    group: Group,
    count: int = 1,
    *,
    max_uses: int = 1,
    valid_for: timedelta = timedelta(days=14),
    issued_by: StaffUser | None = None,
) -> list[str]:
    """Create codes and return them in plain text: the only time anyone sees them."""
    _check_batch(group, count, max_uses, valid_for)
    codes = [new_invite_code() for _ in range(count)]
    expires = utcnow() + valid_for
    rows = [
        InviteCode(
            group_id=group.id,
            code_hash=hash_token(code),
            hint=code[-4:],
            max_uses=max_uses,
            expires_at=expires,
            created_by_id=issued_by.id if issued_by else None,
        )
        for code in codes
    ]
    db.session.add_all(rows)
    audit.record(
        "codes.issued",
        target_type="group",
        target_id=group.id,
        actor_staff_id=issued_by.id if issued_by else None,
        group_id=group.id,
        details={"hints": [row.hint for row in rows], "max_uses": max_uses, "days": valid_for.days},
    )
    db.session.commit()
    return codes


def invalid_code() -> ServiceError:
    return ServiceError("invalid_code", "That code is not valid. Check it with your facilitator.")


def find_usable_code(raw: str) -> InviteCode:
    """The invite code a visitor typed, if it still opens its group's door."""
    code = normalise_code(raw)
    invite = None
    if code:
        query = select(InviteCode).where(InviteCode.code_hash == hash_token(code))
        invite = db.session.execute(query).scalar_one_or_none()
    # One answer for unknown, used, expired and revoked: a guesser learns nothing.
    if invite is None or not invite.usable(utcnow()) or invite.group.archived_at is not None:
        raise ServiceError(
            "invalid_code", "That code is not valid. Check it with your facilitator."
        )
    return invite


def revoke_code(invite: InviteCode, by: StaffUser | None = None) -> None:
    if invite.revoked_at is None:
        invite.revoked_at = utcnow()
        audit.record(
            "code.revoked",
            target_type="invite_code",
            target_id=invite.id,
            actor_staff_id=by.id if by else None,
            group_id=invite.group_id,
            details={"hint": invite.hint},
        )
        db.session.commit()


def code_status(invite: InviteCode, now: datetime) -> str:
    """What the list of codes says about one: revoked, used, expired or active."""
    if invite.revoked_at is not None:
        return "revoked"
    if invite.uses >= invite.max_uses:
        return "used"
    return "expired" if now >= invite.expires_at else "active"


def with_status(query: Select, status: str, now: datetime) -> Select:
    """``query`` over invite codes, narrowed to one of STATUSES (anything else: unchanged)."""
    live = InviteCode.revoked_at.is_(None)
    spent = InviteCode.uses >= InviteCode.max_uses
    conditions = {
        "revoked": [InviteCode.revoked_at.is_not(None)],
        "used": [live, spent],
        "expired": [live, ~spent, InviteCode.expires_at <= now],
        "active": [live, ~spent, InviteCode.expires_at > now],
    }
    return query.where(*conditions.get(status, []))


def codes_of(group: Group, status: str, now: datetime) -> Select:
    """A group's codes with ``status`` (any, when it is not one of STATUSES), newest first."""
    query = with_status(select(InviteCode).where(InviteCode.group_id == group.id), status, now)
    return query.order_by(InviteCode.created_at.desc(), InviteCode.id.desc())


def active_codes(group: Group, limit: int) -> list[InviteCode]:
    """The group's codes that still open it, newest first: what a facilitator may need to take
    back (a code given to the wrong person, or seen by someone it should not have been)."""
    query = codes_of(group, "active", utcnow()).limit(limit)
    return list(db.session.execute(query).scalars())
