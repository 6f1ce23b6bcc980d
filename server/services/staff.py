"""Staff accounts as admins manage them: invitations by one-time link, roles, deactivation.

Every action is audited in its own transaction. Deactivating someone also ends their sign-in
everywhere and closes their live sockets on every worker.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from server.extensions import db
from server.models import StaffInvite, StaffRole, StaffUser
from server.models.base import utcnow
from server.services import accounts, audit, presence
from server.services.errors import ServiceError
from server.services.secrets import hash_token

MAX_INVITE_DAYS = 14


def invalid_invite() -> ServiceError:
    return ServiceError(
        "invalid_invite", "This invite link is not valid any more. Ask an admin for a new one.", 404
    )


def invite_staff(
    email: str, role: StaffRole, days: int, actor: StaffUser
) -> tuple[StaffInvite, str]:
    """Create a one-time invite link's token (returned once, stored only as a hash). A new
    invite for the same email replaces any earlier one still pending."""
    email = email.strip().lower()
    if "@" not in email or len(email) > 254:
        raise ServiceError("bad_email", "Enter a valid email address.")
    if not 1 <= days <= MAX_INVITE_DAYS:
        raise ServiceError("bad_days", f"An invite link lasts 1 to {MAX_INVITE_DAYS} days.")
    if accounts.find_staff_by_email(email) is not None:
        raise ServiceError("email_taken", "A staff account with that email already exists.")
    now = utcnow()
    _replace_pending(email, now)
    token = secrets.token_urlsafe(32)
    invite = StaffInvite(
        email=email,
        role=role,
        token_hash=hash_token(token),
        expires_at=now + timedelta(days=days),
        created_by_id=actor.id,
    )
    db.session.add(invite)
    db.session.flush()
    _audit("staff.invited", invite.id, actor, "staff_invite", email=email, role=role.value)
    db.session.commit()
    return invite, token


def _replace_pending(email: str, now: datetime) -> None:
    db.session.execute(
        update(StaffInvite)
        .where(
            StaffInvite.email == email,
            StaffInvite.accepted_at.is_(None),
            StaffInvite.revoked_at.is_(None),
        )
        .values(revoked_at=now)
    )


def find_invite(token: str) -> StaffInvite:
    """The pending invite a link carries; one answer for unknown, used, revoked and expired."""
    invite = None
    if token and len(token) <= 128:
        query = select(StaffInvite).where(StaffInvite.token_hash == hash_token(token))
        invite = db.session.execute(query).scalar_one_or_none()
    if invite is None or invite.status(utcnow()) != "pending":
        raise invalid_invite()
    return invite


def accept_invite(token: str, display_name: str, password: str) -> StaffUser:
    """Create the invitee's account; the link is spent in the same transaction."""
    invite = find_invite(token)
    if not display_name.strip():
        raise ServiceError("bad_name", "Enter the name attendees will see.")
    user = accounts.add_staff(invite.email, display_name, password, invite.role)
    db.session.flush()
    now = utcnow()
    # Spend the link atomically: two tabs submitting at once cannot both make an account.
    spent = db.session.execute(
        update(StaffInvite)
        .where(StaffInvite.id == invite.id, StaffInvite.accepted_at.is_(None))
        .values(accepted_at=now, accepted_staff_id=user.id)
    )
    if spent.rowcount != 1:
        db.session.rollback()
        raise invalid_invite()
    _audit("staff.invite_accepted", user.id, user, "staff", invite_id=invite.id)
    try:
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        raise invalid_invite() from None
    return user


def revoke_invite(invite: StaffInvite, actor: StaffUser) -> None:
    if invite.status(utcnow()) != "pending":
        return
    invite.revoked_at = utcnow()
    _audit("staff.invite_revoked", invite.id, actor, "staff_invite", email=invite.email)
    db.session.commit()


def _not_yourself(staff: StaffUser, actor: StaffUser) -> None:
    # Nobody locks themselves out; this also keeps at least one active admin.
    if staff.id == actor.id:
        raise ServiceError("own_account", "Ask another admin to change your own account.")


def set_role(staff: StaffUser, role: StaffRole, actor: StaffUser) -> None:
    _not_yourself(staff, actor)
    if staff.role == role:
        return
    before, staff.role = staff.role, role
    _audit("staff.role_changed", staff.id, actor, "staff", before=before.value, after=role.value)
    db.session.commit()


def deactivate(staff: StaffUser, actor: StaffUser) -> int:
    """End the account's access now: sign-ins everywhere stop working (the session version
    moves on) and its open sockets are closed. Returns how many sockets were closed."""
    _not_yourself(staff, actor)
    if not staff.active:
        return 0
    staff.active = False
    staff.session_version += 1
    _audit("staff.deactivated", staff.id, actor, "staff")
    db.session.commit()
    return presence.disconnect_identity(staff_id=staff.id)


def reactivate(staff: StaffUser, actor: StaffUser) -> None:
    if staff.active:
        return
    staff.active = True
    _audit("staff.reactivated", staff.id, actor, "staff")
    db.session.commit()


def _audit(
    action: str, target_id: int, actor: StaffUser, target_type: str, **details: str | int
) -> None:
    audit.record(
        action,
        target_type=target_type,
        target_id=target_id,
        actor_staff_id=actor.id,
        details=details,
    )
