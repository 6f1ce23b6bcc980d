"""Live sockets and presence, kept in the database so every worker sees the same room."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from flask import current_app
from sqlalchemy import bindparam, delete, exists, insert, select, text, update

from server.extensions import db
from server.models import (
    Attendance,
    Meeting,
    MeetingStatus,
    Mute,
    Presence,
    Removal,
    SocketIdentity,
)
from server.models.base import utcnow
from server.realtime import close_sockets, meeting_room, publish
from server.services.errors import ServiceError
from server.services.principals import Principal

_ADD_IDENTITY = insert(SocketIdentity.__table__)


def register_socket(sid: str, staff_id: int | None, member_ids: list[int]) -> None:
    """Record who this socket is (one row per identity), so a ban on any worker can close it."""
    now, worker = utcnow(), current_app.config["STEADY_WORKER_ID"]
    row = {"sid": sid, "worker_id": worker, "connected_at": now}
    rows = [{**row, "staff_id": None, "member_id": mid} for mid in member_ids]
    if staff_id is not None:
        rows.append({**row, "staff_id": staff_id, "member_id": None})
    db.session.execute(_ADD_IDENTITY, rows)
    db.session.commit()


def present_in(meeting_id: int) -> list[dict[str, str]]:
    query = (
        select(Presence.participant_key, Presence.display_name, Presence.role)
        .where(Presence.meeting_id == meeting_id)
        .distinct()
        .order_by(Presence.participant_key)
    )
    return [{"id": k, "name": n, "role": r} for k, n, r in db.session.execute(query)]


_LOCK = text("SELECT pg_advisory_xact_lock(:key)")


def _hold(meeting_id: int, keys: list[str]) -> None:
    """Take, until this transaction ends, the presence lock of each participant in ``keys``.

    Whether someone arrived or left is read in the same transaction that adds or drops their
    socket. Two sockets of one participant changing at once on two PostgreSQL workers would each
    see the other's row (read committed shows neither's uncommitted change): both leaving, and
    nobody would be told they left. Holding the participant's lock makes the second wait for the
    first to commit. SQLite takes one writer at a time already."""
    if db.session.get_bind().dialect.name != "postgresql":
        return
    for key in sorted(set(keys)):
        digest = hashlib.blake2b(f"presence:{meeting_id}:{key}".encode(), digest_size=8)
        db.session.execute(_LOCK, {"key": int.from_bytes(digest.digest(), "big", signed=True)})


def _is_present(meeting_id: int, key: str) -> bool:
    query = select(Presence.id).where(
        Presence.meeting_id == meeting_id, Presence.participant_key == key
    )
    return db.session.execute(query).first() is not None


@dataclass(frozen=True)
class Entry:
    """What ``enter_meeting`` learnt: whether the participant is new to the room, and (members)
    whether a facilitator has muted them here."""

    newcomer: bool
    muted: bool


def _standing() -> Any:
    presence, attendance = Presence.__table__, Attendance.__table__
    removal, mute = Removal.__table__, Mute.__table__
    meeting, member = bindparam("meeting_id"), bindparam("member_id")
    return select(
        exists().where(removal.c.meeting_id == meeting, removal.c.member_id == member),
        exists().where(
            presence.c.meeting_id == meeting, presence.c.participant_key == bindparam("key")
        ),
        exists().where(presence.c.sid == bindparam("sid"), presence.c.meeting_id == meeting),
        exists().where(attendance.c.meeting_id == meeting, attendance.c.member_id == member),
        exists().where(mute.c.meeting_id == meeting, mute.c.member_id == member),
    )


# Built once, as the send path's statements are: a join asks all of this in one round trip.
_STANDING = _standing()
_ADD_PRESENCE = insert(Presence.__table__)
_ADD_ATTENDANCE = insert(Attendance.__table__)


def enter_meeting(sid: str, meeting: Meeting, who: Principal) -> Entry:
    """Record this socket in the meeting and the member's attendance, in one transaction.

    Refused with ``removed`` for a member a facilitator removed from this meeting, with
    ``meeting_ended`` after the end, and for members with ``meeting_not_open`` before it opens."""
    _hold(meeting.id, [who.key])
    member_id = 0 if who.is_staff else who.id  # ids start at 1: staff match no member row
    params = {"meeting_id": meeting.id, "member_id": member_id, "key": who.key, "sid": sid}
    removed, here, this_socket, attended, muted = db.session.execute(_STANDING, params).one()
    if removed:
        raise ServiceError("removed", "A facilitator has removed you from this meeting.", 403)
    if meeting.status == MeetingStatus.ENDED:
        raise ServiceError("meeting_ended", "This meeting has ended.")
    if not who.is_staff and meeting.status == MeetingStatus.SCHEDULED:
        raise ServiceError("meeting_not_open", "The meeting has not opened yet.")
    if not this_socket:
        db.session.execute(
            _ADD_PRESENCE,
            {
                "sid": sid,
                "worker_id": current_app.config["STEADY_WORKER_ID"],
                "meeting_id": meeting.id,
                "participant_key": who.key,
                "display_name": who.name,
                "role": who.role,
                "joined_at": utcnow(),
            },
        )
    if not who.is_staff and not attended:
        db.session.execute(
            _ADD_ATTENDANCE,
            {"meeting_id": meeting.id, "member_id": who.id, "first_joined_at": utcnow()},
        )
    db.session.commit()
    return Entry(newcomer=not here, muted=bool(muted))


def announce(
    meeting_id: int, change: str, who: dict[str, Any], present: list[dict[str, str]] | None = None
) -> None:
    """Everyone in the meeting learns who came or went, with who is here now (``present``,
    when the caller has just read it)."""
    payload = {
        "meeting_id": meeting_id,
        "change": change,
        "participant": who,
        "present": present_in(meeting_id) if present is None else present,
    }
    publish("presence", payload, meeting_room(meeting_id))


def leave_meetings(sid: str, meeting_id: int | None = None) -> list[tuple[int, dict[str, str]]]:
    """Drop this socket's presence (in one meeting or all); returns who is now gone where."""
    query = select(Presence).where(Presence.sid == sid)
    if meeting_id is not None:
        query = query.where(Presence.meeting_id == meeting_id)
    rows = list(db.session.execute(query).scalars())
    for meeting in sorted({row.meeting_id for row in rows}):
        _hold(meeting, [row.participant_key for row in rows if row.meeting_id == meeting])
    for row in rows:
        db.session.delete(row)
    db.session.flush()
    gone = []
    for row in rows:
        if not _is_present(row.meeting_id, row.participant_key):
            gone.append(
                (
                    row.meeting_id,
                    {"id": row.participant_key, "name": row.display_name, "role": row.role},
                )
            )
            _stamp_left(row.meeting_id, row.participant_key)
    db.session.commit()
    return gone


def _stamp_left(meeting_id: int, key: str) -> None:
    if key.startswith("m"):
        db.session.execute(
            update(Attendance)
            .where(Attendance.meeting_id == meeting_id, Attendance.member_id == int(key[1:]))
            .values(last_left_at=utcnow())
        )


def forget_socket(sid: str) -> list[tuple[int, dict[str, str]]]:
    gone = leave_meetings(sid)
    db.session.execute(delete(SocketIdentity).where(SocketIdentity.sid == sid))
    db.session.commit()
    return gone


def disconnect_identity(*, member_id: int | None = None, staff_id: int | None = None) -> int:
    """Close every socket carrying this identity, on whichever worker holds it."""
    query = select(SocketIdentity.sid)
    if member_id is not None:
        query = query.where(SocketIdentity.member_id == member_id)
    else:
        query = query.where(SocketIdentity.staff_id == staff_id)
    sids = sorted(set(db.session.execute(query).scalars()))
    close_sockets(sids)
    return len(sids)
