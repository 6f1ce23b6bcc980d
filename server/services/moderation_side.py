"""Side conversations beside a meeting, and what the safety panel needs on join.

A private conversation is one member with the meeting's staff; the staff channel is staff
only. Every message goes to the staff room, and a private one also to that member's own
sockets in the meeting, and nowhere else. Side messages are transcript text: retention deletes
them with the meeting's messages.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from server.extensions import db
from server.models import Attendance, Meeting, Member, Mute, Presence, SideMessage
from server.realtime import publish, staff_room
from server.services import crisis
from server.services.chat import clean_body
from server.services.errors import ServiceError, checked_int
from server.services.moderation import open_flags
from server.services.principals import Principal

HISTORY_LIMIT = 500


def side_payload(row: SideMessage) -> dict[str, Any]:
    if row.author_staff_id is not None:
        author = {"id": f"s{row.author_staff_id}", "name": row.author_name, "role": "facilitator"}
    else:
        author = {"id": f"m{row.author_member_id}", "name": row.author_name, "role": "member"}
    return {
        "meeting_id": row.meeting_id,
        "id": row.id,
        "channel": "staff" if row.member_id is None else "private",
        "member_id": row.member_id,
        "author": author,
        "body": row.body,
        "sent_at": row.created_at.isoformat(),
    }


def send(meeting: Meeting, who: Principal, member_id: Any, raw_body: Any) -> dict[str, Any]:
    """Post to a side conversation: a member always to their own one with staff; staff to
    one member's (``member_id``) or, with none, to the staff channel."""
    body = clean_body(raw_body)
    conversation = _conversation(meeting, who, member_id)
    row = SideMessage(
        meeting_id=meeting.id,
        member_id=conversation,
        author_staff_id=who.id if who.is_staff else None,
        author_member_id=None if who.is_staff else who.id,
        author_name=who.name,
        body=body,
    )
    db.session.add(row)
    db.session.flush()
    payload = side_payload(row)
    sids = _member_sids(meeting.id, conversation) if conversation is not None else []
    db.session.commit()
    publish("side_message", payload, staff_room(meeting.id))
    for sid in sids:
        publish("side_message", payload, sid)
    return payload


def _conversation(meeting: Meeting, who: Principal, member_id: Any) -> int | None:
    if not who.is_staff:
        return who.id
    if member_id is None:
        return None
    member = db.session.get(Member, checked_int(member_id, "member_id (or null)", 1))
    attended = select(Attendance.id).where(
        Attendance.meeting_id == meeting.id, Attendance.member_id == member_id
    )
    if member is None or member.group_id != meeting.group_id:
        raise ServiceError("unknown_member", "There is no such member in this group.", 404)
    if db.session.execute(attended).first() is None:
        raise ServiceError("unknown_member", "That member has not come to this meeting.", 404)
    return member_id


def _member_sids(meeting_id: int, member_id: int) -> list[str]:
    query = select(Presence.sid).where(
        Presence.meeting_id == meeting_id, Presence.participant_key == f"m{member_id}"
    )
    return sorted(set(db.session.execute(query).scalars()))


def history(meeting: Meeting, who: Principal) -> list[dict[str, Any]]:
    """Staff: every side conversation of the meeting; a member: only their own."""
    query = select(SideMessage).where(SideMessage.meeting_id == meeting.id)
    if not who.is_staff:
        query = query.where(SideMessage.member_id == who.id)
    rows = db.session.execute(query.order_by(SideMessage.id.desc()).limit(HISTORY_LIMIT))
    return [side_payload(row) for row in reversed(list(rows.scalars()))]


def join_view(meeting: Meeting, who: Principal, muted: bool) -> dict[str, Any]:
    """The safety part of the ``join`` ack. Flags and who is muted go to staff only; a member
    learns whether they are muted (``muted``, read when they entered)."""
    view: dict[str, Any] = {
        "resources": crisis.resource_payloads(),
        "side_messages": history(meeting, who),
    }
    if who.is_staff:
        muted = select(Mute.member_id).where(Mute.meeting_id == meeting.id)
        view["flags"] = open_flags(meeting.id)
        view["muted"] = [f"m{mid}" for mid in db.session.execute(muted).scalars()]
    else:
        view["muted"] = muted
    return view
