"""Every model, imported here so Alembic and the app see the whole schema."""

from server.models.accounts import StaffRole, StaffUser
from server.models.admin import Schedule, ScheduledMeeting, StaffInvite
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
from server.models.meetings import (
    Attendance,
    Meeting,
    MeetingStatus,
    Presence,
    SocketIdentity,
    Worker,
)
from server.models.messages import Message, MessageStatus
from server.models.moderation import (
    CrisisResource,
    Flag,
    FlagSource,
    FlagStatus,
    MemberNote,
    Mute,
    Removal,
    Setting,
    SideMessage,
)
from server.models.pacing import MeetingPacing

__all__ = [
    "Attendance",
    "AuditRecord",
    "CrisisResource",
    "Curriculum",
    "CurriculumVersion",
    "FacilitatorRole",
    "Flag",
    "FlagSource",
    "FlagStatus",
    "Group",
    "GroupFacilitator",
    "InviteCode",
    "Meeting",
    "MeetingPacing",
    "MeetingStatus",
    "Member",
    "MemberNote",
    "MemberStatus",
    "Message",
    "MessageStatus",
    "Mute",
    "Presence",
    "Removal",
    "Schedule",
    "ScheduledMeeting",
    "Setting",
    "SideMessage",
    "SocketIdentity",
    "StaffInvite",
    "StaffRole",
    "StaffUser",
    "Worker",
]
