"""Who is acting: a staff user or a member, re-read from the database on every event."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import bindparam, select

from server.extensions import db
from server.models import GroupFacilitator, Member, MemberStatus, StaffUser
from server.services.errors import ServiceError


@dataclass(frozen=True)
class Principal:
    kind: str  # "staff" or "member"
    id: int
    name: str
    role: str  # "member", "facilitator" or "admin"

    @property
    def key(self) -> str:
        return f"{'s' if self.kind == 'staff' else 'm'}{self.id}"

    @property
    def is_staff(self) -> bool:
        return self.kind == "staff"

    def public(self) -> dict[str, str]:
        return {"id": self.key, "name": self.name, "role": self.role}


def staff_runs_group(staff: StaffUser, group_id: int) -> bool:
    if staff.is_admin:
        return True
    query = select(GroupFacilitator.id).where(
        GroupFacilitator.group_id == group_id, GroupFacilitator.staff_id == staff.id
    )
    return db.session.execute(query).first() is not None


def live_staff(staff_id: int | None, version: int | None) -> StaffUser | None:
    if staff_id is None:
        return None
    staff = db.session.get(StaffUser, staff_id)
    if staff is None or not staff.active or staff.session_version != version:
        return None
    return staff


def principal_in_group(
    group_id: int, staff_id: int | None, staff_version: int | None, member_ids: list[int]
) -> Principal:
    """The identity this socket acts with inside one group, or a ``forbidden`` error."""
    staff = live_staff(staff_id, staff_version)
    if staff is not None and staff_runs_group(staff, group_id):
        return Principal("staff", staff.id, staff.display_name, staff.role.value)
    if member_ids:
        params = {"member_ids": member_ids, "group_id": group_id}
        member = db.session.execute(_MEMBER_IN_GROUP, params).first()
        if member is not None:
            return Principal("member", member.id, member.pseudonym, "member")
    raise not_in_group()


# Built once: every event of a member's socket asks it.
_MEMBER_IN_GROUP = (
    select(Member.id, Member.pseudonym)
    .where(
        Member.id.in_(bindparam("member_ids", expanding=True)),
        Member.group_id == bindparam("group_id"),
        Member.status == MemberStatus.ACTIVE,
    )
    .order_by(Member.id)
    .limit(1)
)


def not_in_group() -> ServiceError:
    return ServiceError("forbidden", "You are not part of this group.", 403)
