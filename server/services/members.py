"""Attendees: a pseudonym and a device token in one group, and nothing that identifies them."""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import contains_eager

from server.extensions import db
from server.models import Group, InviteCode, Member, MemberStatus
from server.models.base import utcnow
from server.services.errors import ServiceError
from server.services.invites import find_usable_code, invalid_code
from server.services.secrets import hash_token, new_device_token

PSEUDONYM_MIN, PSEUDONYM_MAX = 2, 24
_ALLOWED = re.compile(r"^[\w][\w .'\-]*$", re.UNICODE)
_EMAIL = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+|\bat\b.+\bdot\b", re.IGNORECASE)
_URL = re.compile(r"(https?:|www\.|\.(com|net|org|uk|io|me)\b)", re.IGNORECASE)


def pseudonym_key(name: str) -> str:
    """Two names that look the same to people must collide: fold case and compatibility forms."""
    return unicodedata.normalize("NFKC", name).casefold().replace(" ", "")


def validate_pseudonym(raw: str) -> str:
    name = " ".join(unicodedata.normalize("NFKC", raw).split())
    if not PSEUDONYM_MIN <= len(name) <= PSEUDONYM_MAX:
        raise ServiceError(
            "bad_pseudonym",
            f"Choose a name between {PSEUDONYM_MIN} and {PSEUDONYM_MAX} characters.",
        )
    if _EMAIL.search(name) or _URL.search(name):
        raise ServiceError(
            "identifying_pseudonym", "Please don't use an email address or link as your name."
        )
    if sum(ch.isdigit() for ch in name) >= 5:
        raise ServiceError(
            "identifying_pseudonym", "Please don't use a phone number or long number as your name."
        )
    if not _ALLOWED.match(name):
        raise ServiceError(
            "bad_pseudonym", "Use letters, numbers, spaces, dots, dashes or apostrophes."
        )
    return name


def pseudonym_taken(group_id: int, name: str) -> bool:
    query = select(func.count(Member.id)).where(
        Member.group_id == group_id, Member.pseudonym_key == pseudonym_key(name)
    )
    return bool(db.session.execute(query).scalar_one())


def check_pseudonym(group_id: int, raw: str) -> str:
    name = validate_pseudonym(raw)
    if pseudonym_taken(group_id, name):
        raise ServiceError("pseudonym_taken", "Someone in this group already uses that name.")
    return name


def join_group(raw_code: str, raw_pseudonym: str) -> tuple[Member, str]:
    """Spend one use of an invite code and create the member; returns the device token."""
    invite: InviteCode = find_usable_code(raw_code)
    name = check_pseudonym(invite.group_id, raw_pseudonym)
    _check_room(invite.group_id)
    token = new_device_token()
    member = Member(
        group_id=invite.group_id,
        pseudonym=name,
        pseudonym_key=pseudonym_key(name),
        token_hash=hash_token(token),
        invite_code_id=invite.id,
        agreement_accepted_at=utcnow(),
    )
    # Spend the use atomically: two people racing on a single-use code cannot both get in.
    spent = db.session.execute(
        update(InviteCode)
        .where(InviteCode.id == invite.id, InviteCode.uses < InviteCode.max_uses)
        .values(uses=InviteCode.uses + 1)
    )
    if spent.rowcount != 1:
        db.session.rollback()
        raise invalid_code()
    db.session.add(member)
    try:
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        raise ServiceError(
            "pseudonym_taken", "Someone in this group already uses that name."
        ) from None
    return member, token


def _check_room(group_id: int) -> None:
    # The group row is locked (on PostgreSQL) so two people cannot both take the last place.
    group = db.session.execute(select(Group).where(Group.id == group_id).with_for_update())
    capacity = group.scalar_one().capacity
    active = select(func.count(Member.id)).where(
        Member.group_id == group_id, Member.status == MemberStatus.ACTIVE
    )
    if db.session.execute(active).scalar_one() >= capacity:
        raise ServiceError("group_full", "This group is full. Please talk to your facilitator.")


# When a device token opens its member: the member is active and the group not archived.
# Removed and banned tokens open nothing.
_OPENS = (Member.status == MemberStatus.ACTIVE, Group.archived_at.is_(None))
_ACTIVE_FOR_TOKEN = (
    select(Member.id)
    .join(Group, Group.id == Member.group_id)
    .where(Member.token_hash == bindparam("token_hash"), *_OPENS)
)


def _usable(token: str | None) -> bool:
    return token is not None and 0 < len(token) <= 128


def member_ids_for_tokens(tokens: list[str]) -> list[int]:
    """The active members these device tokens belong to, sorted: what a socket may act as.
    Every socket connect asks this, so it reads ids only, with a statement built once."""
    ids = set()
    for token in tokens:
        if _usable(token):
            found = db.session.execute(_ACTIVE_FOR_TOKEN, {"token_hash": hash_token(token)})
            ids.update(found.scalars())
    return sorted(ids)


def member_for_token(token: str) -> Member | None:
    """The active member a device token belongs to; removed and banned tokens open nothing."""
    if not _usable(token):
        return None
    query = (
        select(Member)
        .join(Group, Group.id == Member.group_id)
        .where(Member.token_hash == hash_token(token), *_OPENS)
        .options(contains_eager(Member.group))
    )
    return db.session.execute(query).scalar_one_or_none()
