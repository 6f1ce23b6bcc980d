"""What a member's ``send`` must know before its message is stored, read in one query.

Every rule of the send path still holds on every message (the meeting exists and is open, the
sender is an active member of its group, this socket has joined the meeting, the member is not
muted, the chat mode allows it), but the facts behind them come back in one round trip instead
of six. A message is the one event thousands of members repeat all meeting long: each round
trip saved here is a share of the server's CPU per message (docs/performance.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, bindparam, exists, select
from sqlalchemy.sql import Select

from server.extensions import db
from server.models import (
    Meeting,
    MeetingPacing,
    MeetingStatus,
    Member,
    MemberStatus,
    Mute,
    Presence,
)
from server.services.meetings import unknown_meeting
from server.services.principals import Principal, not_in_group


@dataclass(frozen=True)
class MemberSend:
    """One member's standing in one meeting, as of this message."""

    meeting_id: int
    status: MeetingStatus
    member: Principal
    joined: bool
    muted: bool
    pacing_version: int | None  # None: the meeting was never paced
    pacing_state: dict[str, Any] | None


def _statement() -> Select[Any]:
    meeting, member = Meeting.__table__, Member.__table__
    presence, mute, paced = Presence.__table__, Mute.__table__, MeetingPacing.__table__
    joined = exists().where(
        presence.c.sid == bindparam("sid"), presence.c.meeting_id == meeting.c.id
    )
    muted = exists().where(mute.c.meeting_id == meeting.c.id, mute.c.member_id == member.c.id)
    in_group = and_(
        member.c.group_id == meeting.c.group_id,
        member.c.id.in_(bindparam("member_ids", expanding=True)),
        member.c.status == MemberStatus.ACTIVE,
    )
    return (
        select(
            meeting.c.status,
            member.c.id.label("member_id"),
            member.c.pseudonym,
            joined.label("joined"),
            muted.label("muted"),
            paced.c.version.label("pacing_version"),
            paced.c.state.label("pacing_state"),
        )
        .select_from(
            meeting.outerjoin(member, in_group).outerjoin(paced, paced.c.meeting_id == meeting.c.id)
        )
        .where(meeting.c.id == bindparam("meeting_id"))
        .order_by(member.c.id)
        .limit(1)
    )


# Built once: constructing a statement of this size costs about as much as running it.
_STATEMENT = _statement()


def member_send(meeting_id: int, member_ids: list[int], sid: str) -> MemberSend:
    """The facts for one member's message, or ``unknown_meeting`` / ``forbidden``: the same
    codes, in the same order, as ``meetings.get_meeting`` then ``principal_in_group``."""
    params = {"meeting_id": meeting_id, "member_ids": member_ids or [0], "sid": sid}
    row = db.session.execute(_STATEMENT, params).first()
    if row is None:
        raise unknown_meeting()
    if row.member_id is None:
        raise not_in_group()
    return MemberSend(
        meeting_id=meeting_id,
        status=row.status,
        member=Principal("member", row.member_id, row.pseudonym, "member"),
        joined=bool(row.joined),
        muted=bool(row.muted),
        pacing_version=row.pacing_version,
        pacing_state=row.pacing_state,
    )
