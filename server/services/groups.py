"""Groups as admins set them up: details, archiving, and who facilitates them. Each action is
audited in its own transaction."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import select

from server.extensions import db
from server.models import (
    Curriculum,
    FacilitatorRole,
    Group,
    GroupFacilitator,
    Member,
    StaffUser,
)
from server.models.base import utcnow
from server.services import audit, presence, schedules
from server.services.errors import ServiceError

MIN_CAPACITY, MAX_CAPACITY = 2, 200
LIMITS = {"name": 120, "description": 2000, "agreement": 10_000, "content_notes": 4000}


@dataclass(frozen=True)
class GroupFields:
    name: str
    agreement: str
    description: str = ""
    content_notes: str = ""
    capacity: int = 12
    curriculum_id: int | None = None


def _checked(fields: GroupFields) -> GroupFields:
    name = " ".join(fields.name.split())
    if not name:
        raise ServiceError("bad_name", "Give the group a name.")
    if not fields.agreement.strip():
        raise ServiceError("bad_agreement", "Write the group agreement members will accept.")
    for key, limit in LIMITS.items():
        if len(getattr(fields, key)) > limit:
            raise ServiceError(
                f"bad_{key}", f"Keep the {key.replace('_', ' ')} under {limit} characters."
            )
    if not MIN_CAPACITY <= fields.capacity <= MAX_CAPACITY:
        raise ServiceError(
            "bad_capacity", f"A group holds between {MIN_CAPACITY} and {MAX_CAPACITY} members."
        )
    if (
        fields.curriculum_id is not None
        and db.session.get(Curriculum, fields.curriculum_id) is None
    ):
        raise ServiceError("unknown_curriculum", "There is no such curriculum. Load it first.")
    return GroupFields(**{**asdict(fields), "name": name, "agreement": fields.agreement.strip()})


def create_group(fields: GroupFields, actor: StaffUser) -> Group:
    group = Group(**asdict(_checked(fields)))
    db.session.add(group)
    db.session.flush()
    audit.record(
        "group.created",
        target_type="group",
        target_id=group.id,
        actor_staff_id=actor.id,
        group_id=group.id,
        details={"name": group.name},
    )
    db.session.commit()
    return group


def update_group(group: Group, fields: GroupFields, actor: StaffUser) -> list[str]:
    """Save the changed fields; returns their names. A new curriculum applies to meetings not
    yet planned: past meetings keep the sessions they followed."""
    checked = asdict(_checked(fields))
    changed = [key for key, value in checked.items() if getattr(group, key) != value]
    if not changed:
        return []
    for key in changed:
        setattr(group, key, checked[key])
    audit.record(
        "group.updated",
        target_type="group",
        target_id=group.id,
        actor_staff_id=actor.id,
        group_id=group.id,
        details={"changed": changed},
    )
    db.session.commit()
    return changed


def archive_group(group: Group, actor: StaffUser) -> None:
    """Close the group: codes and device tokens stop opening it, its schedules stop, and its
    members' live sockets are closed."""
    if group.archived_at is not None:
        return
    group.archived_at = utcnow()
    removed = schedules.stop_group_schedules(group)
    audit.record(
        "group.archived",
        target_type="group",
        target_id=group.id,
        actor_staff_id=actor.id,
        group_id=group.id,
        details={"meetings_removed": removed},
    )
    db.session.commit()
    member_ids = db.session.execute(select(Member.id).where(Member.group_id == group.id))
    for member_id in member_ids.scalars():
        presence.disconnect_identity(member_id=member_id)


def restore_group(group: Group, actor: StaffUser) -> None:
    if group.archived_at is None:
        return
    group.archived_at = None
    audit.record(
        "group.restored",
        target_type="group",
        target_id=group.id,
        actor_staff_id=actor.id,
        group_id=group.id,
    )
    db.session.commit()


def assign_facilitator(
    group: Group, staff: StaffUser, role: FacilitatorRole, actor: StaffUser
) -> GroupFacilitator:
    if not staff.active:
        raise ServiceError("inactive_staff", "That account is deactivated.")
    existing = select(GroupFacilitator.id).where(
        GroupFacilitator.group_id == group.id, GroupFacilitator.staff_id == staff.id
    )
    if db.session.execute(existing).first() is not None:
        raise ServiceError("already_assigned", f"{staff.display_name} already runs this group.")
    row = GroupFacilitator(group_id=group.id, staff_id=staff.id, role=role)
    db.session.add(row)
    _audit_assignment("facilitator.assigned", row, actor)
    db.session.commit()
    return row


def change_facilitator_role(row: GroupFacilitator, role: FacilitatorRole, actor: StaffUser) -> None:
    if row.role == role:
        return
    row.role = role
    _audit_assignment("facilitator.role_changed", row, actor)
    db.session.commit()


def unassign_facilitator(row: GroupFacilitator, actor: StaffUser) -> None:
    _audit_assignment("facilitator.unassigned", row, actor)
    db.session.delete(row)
    db.session.commit()


def _audit_assignment(action: str, row: GroupFacilitator, actor: StaffUser) -> None:
    audit.record(
        action,
        target_type="staff",
        target_id=row.staff_id,
        actor_staff_id=actor.id,
        group_id=row.group_id,
        details={"role": row.role.value},
    )
