"""Follow-up after a meeting: who came, what was flagged, and staff notes on members."""

from __future__ import annotations

from sqlalchemy import select

from server.extensions import db
from server.models import (
    Attendance,
    Flag,
    FlagStatus,
    Member,
    MemberNote,
    Mute,
    Removal,
    StaffUser,
)
from server.services import audit
from server.services.errors import ServiceError
from server.services.moderation import rank_key

MAX_NOTE_CHARS = 4000


def notes_for(member_ids: list[int]) -> dict[int, list[MemberNote]]:
    """Each member's notes, newest first."""
    found: dict[int, list[MemberNote]] = {mid: [] for mid in member_ids}
    if not member_ids:
        return found
    query = (
        select(MemberNote)
        .where(MemberNote.member_id.in_(member_ids))
        .order_by(MemberNote.created_at.desc(), MemberNote.id.desc())
    )
    for note in db.session.execute(query).scalars():
        found[note.member_id].append(note)
    return found


def add_note(member: Member, author: StaffUser, body: str, meeting_id: int | None) -> MemberNote:
    """Store a note with an audit record (the record names the note, never its text)."""
    text = body.strip()
    if not 1 <= len(text) <= MAX_NOTE_CHARS:
        raise ServiceError("bad_note", f"Write a note of 1 to {MAX_NOTE_CHARS} characters.")
    note = MemberNote(
        member_id=member.id, meeting_id=meeting_id, author_staff_id=author.id, body=text
    )
    db.session.add(note)
    db.session.flush()
    audit.record(
        "note_added",
        target_type="member",
        target_id=member.id,
        actor_staff_id=author.id,
        group_id=member.group_id,
        meeting_id=meeting_id,
        details={"note_id": note.id},
    )
    db.session.commit()
    return note


def attendees(meeting_id: int) -> list[Member]:
    """The members who came to a meeting, by pseudonym."""
    query = (
        select(Member)
        .join(Attendance, Attendance.member_id == Member.id)
        .where(Attendance.meeting_id == meeting_id)
        .order_by(Member.pseudonym)
    )
    return list(db.session.execute(query).scalars())


def meeting_flags(meeting_id: int) -> list[Flag]:
    """Every flag of a meeting: open ones first, each group most severe then oldest first."""
    rows = db.session.execute(select(Flag).where(Flag.meeting_id == meeting_id)).scalars()
    return sorted(rows, key=lambda f: (f.status != FlagStatus.OPEN, *rank_key(f)))


def restrictions(meeting_id: int) -> dict[int, list[str]]:
    """Which members were muted or removed in the meeting."""
    found: dict[int, list[str]] = {}
    for model, word in ((Mute, "muted"), (Removal, "removed")):
        query = select(model.member_id).where(model.meeting_id == meeting_id)
        for member_id in db.session.execute(query).scalars():
            found.setdefault(member_id, []).append(word)
    return found
