"""Flags and the facilitators' queue: raised by screening or by members, resolved by staff.

Flags are for staff only. Nothing here ever reaches an attendee: not the flag, not who raised
it, not that a message was flagged. Events go to the meeting's staff room, after commit.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update

from server.extensions import db
from server.models import Flag, FlagSource, FlagStatus, Meeting, Member, Message
from server.models.base import utcnow
from server.realtime import publish, staff_room
from server.services import audit
from server.services.errors import ServiceError, checked_int
from server.services.principals import Principal

SEVERITY_RANK = {"urgent": 0, "high": 1, "medium": 2, "low": 3}
EXCERPT_CHARS = 280
NOTE_CHARS = 500
# What an attendee may say when flagging: category, severity, and the words staff see.
MEMBER_REASONS: dict[str, tuple[str, str, str]] = {
    "safety": ("safety", "urgent", "A member thinks someone may be in danger or crisis"),
    "identifying": ("identifying", "high", "A member thinks it could identify someone"),
    "agreement": ("agreement", "medium", "A member thinks it breaks the group agreement"),
    "other": ("other", "low", "A member flagged it"),
}
TALK = ("talk", "high", "Asks to talk privately with a facilitator")


def member_participant(member: Member | None) -> dict[str, str] | None:
    if member is None:
        return None
    return {"id": f"m{member.id}", "name": member.pseudonym, "role": "member"}


def flag_payload(flag: Flag) -> dict[str, Any]:
    """A flag as staff see it (never sent to an attendee)."""
    message = flag.message
    return {
        "id": flag.id,
        "meeting_id": flag.meeting_id,
        "status": flag.status.value,
        "source": flag.source.value,
        "category": flag.category,
        "severity": flag.severity,
        "labels": list(flag.labels),
        "reason": flag.reason,
        "note": flag.note,
        "message": None
        if message is None
        else {
            "id": message.id,
            "seq": message.seq,
            "status": message.status.value,
            "excerpt": message.body[:EXCERPT_CHARS],
        },
        "member": member_participant(flag.target_member),
        "flagged_by": member_participant(flag.flagged_by),
        "created_at": flag.created_at.isoformat(),
        "resolved_at": flag.resolved_at.isoformat() if flag.resolved_at else None,
        "resolved_by": flag.resolved_by.display_name if flag.resolved_by else None,
    }


def rank_key(flag: Flag) -> tuple[int, Any, int]:
    """Most severe first; within a severity, the one waiting longest first."""
    return SEVERITY_RANK.get(flag.severity, 9), flag.created_at, flag.id


def open_flags(meeting_id: int) -> list[dict[str, Any]]:
    query = select(Flag).where(Flag.meeting_id == meeting_id, Flag.status == FlagStatus.OPEN)
    rows = sorted(db.session.execute(query).scalars(), key=rank_key)
    return [flag_payload(flag) for flag in rows]


def announce_flags(payloads: list[dict[str, Any]]) -> None:
    """Tell the staff room, after commit. Payloads are built before commit, while the rows
    are still loaded: reading them back afterwards would cost a query each."""
    for payload in payloads:
        publish("flag_raised", payload, staff_room(payload["meeting_id"]))


def require_staff(who: Principal) -> None:
    if not who.is_staff:
        raise ServiceError("forbidden", "Only the group's facilitators can do that.", 403)


def require_member(who: Principal) -> None:
    if who.is_staff:
        raise ServiceError("forbidden", "Only attendees do that; facilitators act directly.", 403)


def clean_note(raw: Any) -> str:
    if raw is None:
        return ""
    if not isinstance(raw, str):
        raise ServiceError("bad_request", "note must be a string.")
    return raw.strip()[:NOTE_CHARS]


def flag_message(meeting: Meeting, who: Principal, message_id: Any, reason: Any, note: str) -> None:
    """An attendee flags a message. Staff receive ``flag_raised``; nobody else learns of it."""
    require_member(who)
    if not isinstance(reason, str) or reason not in MEMBER_REASONS:
        raise ServiceError("bad_reason", "Choose one of the reasons offered.")
    message = message_in(meeting, message_id)
    repeat = select(Flag.id).where(
        Flag.message_id == message.id,
        Flag.flagged_by_member_id == who.id,
        Flag.status == FlagStatus.OPEN,
    )
    if db.session.execute(repeat).first() is not None:
        return  # already in the queue from this member; acknowledging again changes nothing
    flag = _member_flag(meeting, who, MEMBER_REASONS[reason], [reason], note, message)
    audit.record(
        "message_flagged",
        target_type="message",
        target_id=message.id,
        actor_member_id=who.id,
        group_id=meeting.group_id,
        meeting_id=meeting.id,
        reason=reason,
        details={"flag_id": flag.id},
    )
    payload = flag_payload(flag)
    db.session.commit()
    announce_flags([payload])


def ask_to_talk(meeting: Meeting, who: Principal, note: str) -> None:
    """An attendee asks for a private word with a facilitator: a flag in the staff queue."""
    require_member(who)
    waiting = select(Flag.id).where(
        Flag.meeting_id == meeting.id,
        Flag.target_member_id == who.id,
        Flag.category == TALK[0],
        Flag.status == FlagStatus.OPEN,
    )
    if db.session.execute(waiting).first() is not None:
        return
    payload = flag_payload(_member_flag(meeting, who, TALK, ["talk_request"], note, None))
    db.session.commit()
    announce_flags([payload])


def _member_flag(
    meeting: Meeting,
    who: Principal,
    kind: tuple[str, str, str],
    labels: list[str],
    note: str,
    message: Message | None,
) -> Flag:
    category, severity, words = kind
    flag = Flag(
        meeting_id=meeting.id,
        message_id=message.id if message is not None else None,
        # A flagged message's author, or for a request to talk, the member asking.
        target_member_id=message.member_id if message is not None else who.id,
        source=FlagSource.MEMBER,
        category=category,
        severity=severity,
        labels=labels,
        reason=words,
        note=note,
        flagged_by_member_id=who.id,
    )
    db.session.add(flag)
    db.session.flush()
    return flag


def message_in(meeting: Meeting, message_id: Any) -> Message:
    message = db.session.get(Message, checked_int(message_id, "message_id", 1))
    if message is None or message.meeting_id != meeting.id:
        raise ServiceError("unknown_message", "There is no such message in this meeting.", 404)
    return message


def resolve(flags: list[Flag], status: FlagStatus, actor: Principal) -> list[Flag]:
    """Close open flags inside the caller's transaction; only flags still open are changed,
    so of two facilitators acting at once, one resolves each flag."""
    closed = []
    now = utcnow()
    for flag in flags:
        done = db.session.execute(
            update(Flag)
            .where(Flag.id == flag.id, Flag.status == FlagStatus.OPEN)
            .values(status=status, resolved_at=now, resolved_by_id=actor.id)
            .execution_options(synchronize_session=False)
        )
        if done.rowcount == 1:
            closed.append(flag)
    return closed


def announce_resolved(meeting_id: int, flag_ids: list[int], status: FlagStatus, by: str) -> None:
    for flag_id in flag_ids:
        payload = {"meeting_id": meeting_id, "id": flag_id, "status": status.value, "by": by}
        publish("flag_resolved", payload, staff_room(meeting_id))


def flag_in(meeting: Meeting, flag_id: Any) -> Flag:
    flag = db.session.get(Flag, checked_int(flag_id, "flag_id", 1))
    if flag is None or flag.meeting_id != meeting.id:
        raise ServiceError("unknown_flag", "There is no such flag in this meeting.", 404)
    return flag


def open_flag(meeting: Meeting, flag_id: Any) -> Flag:
    flag = flag_in(meeting, flag_id)
    if flag.status != FlagStatus.OPEN:
        raise ServiceError("already_resolved", "Someone has already dealt with that flag.")
    return flag


def dismiss(meeting: Meeting, actor: Principal, flag_id: Any, reason: str) -> None:
    """A facilitator decides a flag needs nothing more; audited, then staff are told."""
    require_staff(actor)
    flag = open_flag(meeting, flag_id)
    if not resolve([flag], FlagStatus.DISMISSED, actor):
        db.session.rollback()
        raise ServiceError("already_resolved", "Someone has already dealt with that flag.")
    audit.record(
        "flag_dismissed",
        target_type="flag",
        target_id=flag.id,
        actor_staff_id=actor.id,
        group_id=meeting.group_id,
        meeting_id=meeting.id,
        reason=reason,
        details={"category": flag.category, "severity": flag.severity},
    )
    db.session.commit()
    announce_resolved(meeting.id, [flag.id], FlagStatus.DISMISSED, actor.name)


MUTED = (
    "A facilitator has paused your messages in this meeting. "
    "You can still write to a facilitator privately."
)
