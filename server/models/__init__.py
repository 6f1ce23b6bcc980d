"""Every model, imported here so Alembic and the app see the whole schema."""

from server.models.accounts import StaffRole, StaffUser
from server.models.audit import AuditRecord
from server.models.curricula import Curriculum, CurriculumVersion
from server.models.groups import (
    FacilitatorRole,
    Group,
    GroupFacilitator,
    InviteCode,
    Member,
    MemberStatus,
)
from server.models.meetings import Attendance, Meeting, MeetingStatus, Presence, SocketIdentity
from server.models.messages import Message, MessageStatus
from server.models.pacing import MeetingPacing

__all__ = [
    "Attendance",
    "AuditRecord",
    "Curriculum",
    "CurriculumVersion",
    "FacilitatorRole",
    "Group",
    "GroupFacilitator",
    "InviteCode",
    "Meeting",
    "MeetingPacing",
    "MeetingStatus",
    "Member",
    "MemberStatus",
    "Message",
    "MessageStatus",
    "Presence",
    "SocketIdentity",
    "StaffRole",
    "StaffUser",
]
