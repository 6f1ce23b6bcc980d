"""Messages: validated, numbered in the insert's transaction, acked and broadcast after commit."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from flask import current_app
from sqlalchemy import Row, select, update
from sqlalchemy.exc import IntegrityError

from server.extensions import db
from server.models import Meeting, MeetingStatus, Message, MessageStatus
from server.realtime import meeting_room, publish
from server.services import pacing
from server.services.errors import ServiceError
from server.services.principals import Principal

CLIENT_ID = re.compile(r"^[A-Za-z0-9_.:\-]{1,64}$")
HISTORY_LIMIT = 200
_OPEN = (MeetingStatus.OPEN, MeetingStatus.LIVE)


def clean_body(raw: Any) -> str:
    if not isinstance(raw, str):
        raise ServiceError("bad_request", "body must be a string.")
    body = raw.replace("\r\n", "\n").replace("\r", "\n").strip()
    limit = current_app.config["STEADY_MAX_MESSAGE_CHARS"]
    if not body:
        raise ServiceError("empty_message", "Write something before sending.")
    if len(body) > limit:
        raise ServiceError("message_too_long", f"Messages can be up to {limit} characters.")
    # Control and format characters can hide text or break other people's screens.
    if any(unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\n\t" for ch in body):
        raise ServiceError("bad_characters", "The message contains characters that can't be sent.")
    return body


def clean_client_id(raw: Any) -> str:
    if not isinstance(raw, str) or not CLIENT_ID.match(raw):
        raise ServiceError(
            "bad_client_id", "client_id must be 1-64 letters, digits or the characters _ . : -"
        )
    return raw


def check_open(meeting: Meeting) -> None:
    if meeting.status == MeetingStatus.ENDED:
        raise ServiceError("meeting_ended", "This meeting has ended.")
    if meeting.status not in _OPEN:
        raise ServiceError("meeting_not_open", "The meeting is not open for messages yet.")


def message_payload(message: Message | Row[Any], for_staff: bool = False) -> dict[str, Any]:
    """The ChatMessage of docs/protocol.md, from a Message or a row of ``_PAYLOAD_COLUMNS``."""
    hidden = message.status == MessageStatus.HIDDEN
    return {
        "meeting_id": message.meeting_id,
        "seq": message.seq,
        "id": message.id,
        "client_id": message.client_id,
        "author": {
            "id": message.author_key,
            "name": message.author_name,
            "role": message.author_role,
        },
        "body": message.body if (for_staff or not hidden) else "",
        "status": message.status.value,
        "sent_at": message.created_at.isoformat(),
    }


def find_sent(meeting_id: int, author: Principal, client_id: str) -> Message | None:
    """The message this author already stored under this client id, if any (a retry)."""
    query = select(Message).where(
        Message.meeting_id == meeting_id,
        Message.author_key == author.key,
        Message.client_id == client_id,
    )
    return db.session.execute(query).scalar_one_or_none()


def _next_seq(meeting_id: int) -> int:
    # The row update takes the meeting's lock (PostgreSQL) or the write lock (SQLite), so
    # concurrent senders on any worker get consecutive numbers with no gap and no repeat.
    # A Core UPDATE on the table: the ORM's bulk-update path would also evaluate this WHERE
    # clause against every object in the session, on every message, and nothing reads
    # last_seq back from them.
    meetings = Meeting.__table__
    bumped = db.session.execute(
        update(meetings)
        .where(meetings.c.id == meeting_id, meetings.c.status.in_(_OPEN))
        .values(last_seq=meetings.c.last_seq + 1)
        .returning(meetings.c.last_seq)
    ).scalar_one_or_none()
    if bumped is None:
        raise ServiceError("meeting_not_open", "The meeting is not open for messages.")
    return bumped


def post_message(
    meeting: Meeting,
    author: Principal,
    client_id: str,
    body: str,
    on_insert: Callable[[Message], None] | None = None,
) -> tuple[dict[str, Any], bool]:
    """Store a message once per client id; returns its payload and whether it was a retry.
    ``on_insert`` adds rows that belong with a new message (its screening flags) to the same
    transaction, so they are committed, or rolled back, together with it."""
    earlier = find_sent(meeting.id, author, client_id)
    if earlier is not None:
        return message_payload(earlier), True
    # Pacing: the chat mode (locked, slow, round). After the retry check, so a message
    # already stored is never refused when its sender retries it.
    pacing.check_may_post(meeting, author)
    try:
        seq = _next_seq(meeting.id)
        message = Message(
            meeting_id=meeting.id,
            seq=seq,
            author_key=author.key,
            author_name=author.name,
            author_role=author.role,
            client_id=client_id,
            body=body,
            member_id=None if author.is_staff else author.id,
            staff_id=author.id if author.is_staff else None,
        )
        db.session.add(message)
        # The payload is built from the flushed row: after commit every attribute is expired,
        # and reading them back would cost two SELECTs (message and meeting) per message.
        db.session.flush()
        if on_insert is not None:
            on_insert(message)
        payload, room = message_payload(message), meeting_room(meeting.id)
        db.session.commit()
    except IntegrityError:
        # The same client id raced in on another connection: the first one stored wins.
        db.session.rollback()
        earlier = find_sent(meeting.id, author, client_id)
        if earlier is None:
            raise
        return message_payload(earlier), True
    except ServiceError:
        db.session.rollback()
        raise
    publish("chat_message", payload, room)
    return payload, False


# The columns a payload shows. Catching up reads them as plain rows: building up to 200 ORM
# objects per join was a fifth of the server's time in a join storm (bench/, scenario 3).
_PAYLOAD_COLUMNS = (
    Message.meeting_id,
    Message.seq,
    Message.id,
    Message.client_id,
    Message.author_key,
    Message.author_name,
    Message.author_role,
    Message.body,
    Message.status,
    Message.created_at,
)


def messages_after(meeting: Meeting, after_seq: int, for_staff: bool) -> tuple[list[dict], bool]:
    """What a client that last saw ``after_seq`` missed, in order; and whether more remain."""
    query = (
        select(*_PAYLOAD_COLUMNS)
        .where(Message.meeting_id == meeting.id, Message.seq > after_seq)
        .order_by(Message.seq)
        .limit(HISTORY_LIMIT + 1)
    )
    rows = list(db.session.execute(query))
    more = len(rows) > HISTORY_LIMIT
    return [message_payload(m, for_staff) for m in rows[:HISTORY_LIMIT]], more
