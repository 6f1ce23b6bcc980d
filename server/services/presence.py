"""Live sockets and presence, kept in the database so every worker sees the same room."""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import delete, select, text, update

from server.extensions import db
from server.models import Attendance, Meeting, MeetingStatus, Presence, SocketIdentity
from server.models.base import utcnow
from server.realtime import close_sockets, meeting_room, publish
from server.services.errors import ServiceError
from server.services.principals import Principal


def register_socket(sid: str, staff_id: int | None, member_ids: list[int]) -> None:
    rows = [SocketIdentity(sid=sid, member_id=mid) for mid in member_ids]
    if staff_id is not None:
        rows.append(SocketIdentity(sid=sid, staff_id=staff_id))
    db.session.add_all(rows)
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


def enter_meeting(sid: str, meeting: Meeting, who: Principal) -> bool:
    """Record this socket in the meeting; True when the participant was not here before."""
    if meeting.status == MeetingStatus.ENDED:
        raise ServiceError("meeting_ended", "This meeting has ended.")
    if not who.is_staff and meeting.status == MeetingStatus.SCHEDULED:
        raise ServiceError("meeting_not_open", "The meeting has not opened yet.")
    _hold(meeting.id, [who.key])
    already = _is_present(meeting.id, who.key)
    exists = select(Presence.id).where(Presence.sid == sid, Presence.meeting_id == meeting.id)
    if db.session.execute(exists).first() is None:
        db.session.add(
            Presence(
                sid=sid,
                meeting_id=meeting.id,
                participant_key=who.key,
                display_name=who.name,
                role=who.role,
            )
        )
    if not who.is_staff:
        _mark_attendance(meeting.id, who.id)
    db.session.commit()
    return not already


def _mark_attendance(meeting_id: int, member_id: int) -> None:
    query = select(Attendance.id).where(
        Attendance.meeting_id == meeting_id, Attendance.member_id == member_id
    )
    if db.session.execute(query).first() is None:
        db.session.add(Attendance(meeting_id=meeting_id, member_id=member_id))


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
