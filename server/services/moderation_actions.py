"""What facilitators do about a message or a member: hide, mute, unmute, remove, ban.

Each action is one transaction with its audit record (and, when it answers a flag, that flag
marked actioned); the people concerned are told after commit. A removed member's sockets leave
the meeting on whichever worker holds them; a banned member's sockets are closed everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select

from server.extensions import db
from server.models import (
    Flag,
    FlagStatus,
    Meeting,
    Member,
    MemberStatus,
    MessageStatus,
    Mute,
    Presence,
    Removal,
    SocketIdentity,
)
from server.models.base import utcnow
from server.realtime import leave_room_everywhere, meeting_room, publish, staff_room
from server.services import audit, presence
from server.services.errors import ServiceError, checked_int
from server.services.moderation import (
    announce_resolved,
    flag_in,
    member_participant,
    message_in,
    require_staff,
    resolve,
)
from server.services.principals import Principal

NOTICES = {
    "muted": "A facilitator has paused your messages in this meeting. You can still write to "
    "a facilitator privately.",
    "unmuted": "You can send messages in this meeting again.",
    "removed": "A facilitator has removed you from this meeting.",
    "banned": "A facilitator has removed you from this group.",
}


@dataclass(frozen=True)
class Action:
    """A staff action's common parts: who, where, why, and the flag it answers (if any)."""

    meeting: Meeting
    actor: Principal
    reason: str = ""
    flag_id: Any = None


def hide_message(act: Action, message_id: Any) -> None:
    """Replace a message with a neutral placeholder for everyone; its flags are actioned."""
    require_staff(act.actor)
    message = message_in(act.meeting, message_id)
    message.status = MessageStatus.HIDDEN
    query = select(Flag).where(Flag.message_id == message.id, Flag.status == FlagStatus.OPEN)
    closed = resolve(list(db.session.execute(query).scalars()), FlagStatus.ACTIONED, act.actor)
    closed += _answer_flag(act)
    _audit(act, "message_hidden", "message", message.id, {"seq": message.seq})
    db.session.commit()
    room = meeting_room(act.meeting.id)
    publish(
        "message_hidden", {"meeting_id": act.meeting.id, "id": message.id, "seq": message.seq}, room
    )
    _tell_staff(act, "hide_message", None, closed, message_id=message.id)


def mute(act: Action, member_id: Any) -> None:
    """Refuse the member's chat messages for the rest of this meeting."""
    member = _member(act, member_id)
    if not _restricted(Mute, act.meeting.id, member.id):
        db.session.add(
            Mute(meeting_id=act.meeting.id, member_id=member.id, by_staff_id=act.actor.id)
        )
    closed = _answer_flag(act)
    _audit(act, "member_muted", "member", member.id, {"pseudonym": member.pseudonym})
    db.session.commit()
    _notify(act.meeting.id, _sids_in(act.meeting.id, member.id), "muted")
    _tell_staff(act, "mute_member", member, closed)


def unmute(act: Action, member_id: Any) -> None:
    member = _member(act, member_id)
    db.session.execute(
        delete(Mute).where(Mute.meeting_id == act.meeting.id, Mute.member_id == member.id)
    )
    closed = _answer_flag(act)
    _audit(act, "member_unmuted", "member", member.id, {"pseudonym": member.pseudonym})
    db.session.commit()
    _notify(act.meeting.id, _sids_in(act.meeting.id, member.id), "unmuted")
    _tell_staff(act, "unmute_member", member, closed)


def remove(act: Action, member_id: Any) -> dict[str, str]:
    """Take the member out of this meeting for good; returns them as a participant, gone."""
    member = _member(act, member_id)
    if not _restricted(Removal, act.meeting.id, member.id):
        db.session.add(
            Removal(meeting_id=act.meeting.id, member_id=member.id, by_staff_id=act.actor.id)
        )
    sids = _sids_in(act.meeting.id, member.id)
    db.session.execute(
        delete(Presence).where(
            Presence.meeting_id == act.meeting.id, Presence.participant_key == f"m{member.id}"
        )
    )
    closed = _answer_flag(act)
    _audit(act, "member_removed", "member", member.id, {"pseudonym": member.pseudonym})
    db.session.commit()
    _notify(act.meeting.id, sids, "removed")
    leave_room_everywhere(sids, meeting_room(act.meeting.id))
    gone = member_participant(member) or {}
    presence.announce(act.meeting.id, "left", gone)
    _tell_staff(act, "remove_member", member, closed)
    return gone


def ban(act: Action, member_id: Any) -> None:
    """Ban the member from the group: their token stops working, their sockets close."""
    member = _member(act, member_id)
    member.status = MemberStatus.BANNED
    closed = _answer_flag(act)
    _audit(act, "member_banned", "member", member.id, {"pseudonym": member.pseudonym})
    db.session.commit()
    query = select(SocketIdentity.sid).where(SocketIdentity.member_id == member.id)
    _notify(act.meeting.id, sorted(set(db.session.execute(query).scalars())), "banned")
    # Closing the sockets makes each one's own worker announce that the member left.
    presence.disconnect_identity(member_id=member.id)
    _tell_staff(act, "ban_member", member, closed)


def _member(act: Action, member_id: Any) -> Member:
    require_staff(act.actor)
    member = db.session.get(Member, checked_int(member_id, "member_id", 1))
    if member is None or member.group_id != act.meeting.group_id:
        raise ServiceError("unknown_member", "There is no such member in this group.", 404)
    if member.status == MemberStatus.BANNED:
        raise ServiceError("already_banned", "That member is already banned from the group.")
    return member


def _restricted(model: type[Mute] | type[Removal], meeting_id: int, member_id: int) -> bool:
    query = select(model.id).where(model.meeting_id == meeting_id, model.member_id == member_id)
    return db.session.execute(query).first() is not None


def _answer_flag(act: Action) -> list[Flag]:
    """The flag this action answers, closed as actioned (unless someone closed it already)."""
    if act.flag_id is None:
        return []
    return resolve([flag_in(act.meeting, act.flag_id)], FlagStatus.ACTIONED, act.actor)


def _audit(act: Action, action: str, kind: str, target: int, details: dict[str, Any]) -> None:
    if act.flag_id is not None:
        details = {**details, "flag_id": act.flag_id}
    audit.record(
        action,
        target_type=kind,
        target_id=target,
        actor_staff_id=act.actor.id,
        group_id=act.meeting.group_id,
        meeting_id=act.meeting.id,
        reason=act.reason,
        details=details,
    )


def _sids_in(meeting_id: int, member_id: int) -> list[str]:
    query = select(Presence.sid).where(
        Presence.meeting_id == meeting_id, Presence.participant_key == f"m{member_id}"
    )
    return sorted(set(db.session.execute(query).scalars()))


def _notify(meeting_id: int, sids: list[str], kind: str) -> None:
    payload = {"meeting_id": meeting_id, "kind": kind, "message": NOTICES[kind]}
    for sid in sids:
        publish("moderation_notice", payload, sid)


def _tell_staff(
    act: Action, action: str, member: Member | None, closed: list[Flag], **extra: Any
) -> None:
    """Co-facilitators see what was done, and the flags it closed leave their queues."""
    payload = {
        "meeting_id": act.meeting.id,
        "action": action,
        "member": member_participant(member),
        "by": act.actor.name,
        "reason": act.reason,
        "at": utcnow().isoformat(),
        **extra,
    }
    publish("moderation_action", payload, staff_room(act.meeting.id))
    announce_resolved(act.meeting.id, [f.id for f in closed], FlagStatus.ACTIONED, act.actor.name)
