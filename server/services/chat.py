"""Messages: validated, numbered in the insert's transaction, acked and broadcast after commit."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import datetime
from types import SimpleNamespace
from typing import Any

from flask import current_app
from sqlalchemy import bindparam, select, text, update
from sqlalchemy.exc import IntegrityError

from server.extensions import db
from server.models import Meeting, MeetingStatus, Message, MessageStatus
from server.models.base import utcnow
from server.realtime import meeting_room, publish
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


def check_open(status: MeetingStatus) -> None:
    if status == MeetingStatus.ENDED:
        raise ServiceError("meeting_ended", "This meeting has ended.")
    if status not in _OPEN:
        raise ServiceError("meeting_not_open", "The meeting is not open for messages yet.")


def message_payload(message: Any, for_staff: bool = False) -> dict[str, Any]:
    """The ChatMessage of docs/protocol.md, from a Message or the values a message was just
    inserted with (rows of ``_PAYLOAD_COLUMNS`` go straight to ``_payload``)."""
    return _payload(
        message.meeting_id,
        message.seq,
        message.id,
        message.client_id,
        message.author_key,
        message.author_name,
        message.author_role,
        message.body,
        message.status,
        message.created_at,
        for_staff,
    )


def _payload(
    meeting_id: int,
    seq: int,
    message_id: int,
    client_id: str,
    author_key: str,
    author_name: str,
    author_role: str,
    body: str,
    status: MessageStatus,
    created_at: datetime,
    for_staff: bool,
) -> dict[str, Any]:
    # Positional, in the order of _PAYLOAD_COLUMNS: a join unpacks up to 100 rows into it, and
    # reading a row's fields by name cost as much again as building the payload.
    return {
        "meeting_id": meeting_id,
        "seq": seq,
        "id": message_id,
        "client_id": client_id,
        "author": {"id": author_key, "name": author_name, "role": author_role},
        "body": body if (for_staff or status != MessageStatus.HIDDEN) else "",
        "status": status.value,
        "sent_at": created_at.isoformat(),
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
    bumped = db.session.execute(_BUMP_SEQ, {"meeting_id": meeting_id}).scalar_one_or_none()
    if bumped is None:
        raise ServiceError("meeting_not_open", "The meeting is not open for messages.")
    return bumped


# The send path's statements, built once: on every message, building them and computing their
# cache keys cost about as much as running them. Core statements on the tables: the ORM's
# bulk-update path would also evaluate the WHERE clause against every object in the session,
# and an ORM insert would add an identity-map entry, a flush and an expiry on commit, for a
# row whose payload is built from the values given.
_MEETINGS = Meeting.__table__
_BUMP_SEQ = (
    update(_MEETINGS)
    .where(_MEETINGS.c.id == bindparam("meeting_id"), _MEETINGS.c.status.in_(_OPEN))
    .values(last_seq=_MEETINGS.c.last_seq + 1)
    .returning(_MEETINGS.c.last_seq)
)

# A retry (a client id this author already used here) inserts nothing rather than failing: a
# failed statement would be logged by PostgreSQL with its values, the message body included.
# Written as text: SQLAlchemy's dialect inserts with ON CONFLICT are not cacheable and were
# compiled again for every message; this is the same SQL on PostgreSQL and SQLite.
_COLUMNS = (
    "meeting_id", "seq", "author_key", "author_name", "author_role", "client_id", "body",
    "member_id", "staff_id", "status", "created_at",
)  # fmt: skip
_INSERT = text(
    f"INSERT INTO messages ({', '.join(_COLUMNS)}) VALUES ({', '.join(':' + c for c in _COLUMNS)})"
    " ON CONFLICT DO NOTHING RETURNING id"
).bindparams(*(bindparam(c, type_=Message.__table__.c[c].type) for c in ("status", "created_at")))


def post_message(
    meeting_id: int,
    author: Principal,
    client_id: str,
    body: str,
    allowed: Callable[[], None] | None = None,
    on_insert: Callable[[int], None] | None = None,
) -> tuple[dict[str, Any], bool]:
    """Store a message once per client id; returns its payload and whether it was a retry.
    ``allowed`` raises if the chat mode refuses the message; a retry of a message already
    stored is answered with it instead, never refused. ``on_insert`` receives the new
    message's id and adds rows that belong with it (its screening flags) to the same
    transaction, so they are committed, or rolled back, together with it."""
    if allowed is not None:
        earlier = _earlier_if_refused(allowed, meeting_id, author, client_id)
        if earlier is not None:
            return earlier, True
    try:
        row = _message_row(meeting_id, _next_seq(meeting_id), author, client_id, body)
        message_id = db.session.execute(_INSERT, row).scalar_one_or_none()
        if message_id is None:  # a retry: give the sequence number back, answer with the first
            db.session.rollback()
            return _already_stored(meeting_id, author, client_id)
        if on_insert is not None:
            on_insert(message_id)
        payload = message_payload(SimpleNamespace(**row, id=message_id))
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        return _already_stored(meeting_id, author, client_id)
    except ServiceError:
        db.session.rollback()
        raise
    publish("chat_message", payload, meeting_room(meeting_id))
    return payload, False


def _earlier_if_refused(
    allowed: Callable[[], None], meeting_id: int, author: Principal, client_id: str
) -> dict[str, Any] | None:
    """None when the chat mode allows the message; when it refuses, the payload of the same
    client id's earlier message (a retry is answered, never refused), else the refusal."""
    try:
        allowed()
    except ServiceError:
        earlier = find_sent(meeting_id, author, client_id)
        if earlier is None:
            raise
        return message_payload(earlier)
    return None


def _message_row(
    meeting_id: int, seq: int, author: Principal, client_id: str, body: str
) -> dict[str, Any]:
    return {
        "meeting_id": meeting_id,
        "seq": seq,
        "author_key": author.key,
        "author_name": author.name,
        "author_role": author.role,
        "client_id": client_id,
        "body": body,
        "member_id": None if author.is_staff else author.id,
        "staff_id": author.id if author.is_staff else None,
        "status": MessageStatus.VISIBLE,
        "created_at": utcnow(),
    }


def _already_stored(meeting_id: int, author: Principal, client_id: str) -> tuple[dict, bool]:
    """The message this client id already stored (on this connection or, racing, another)."""
    earlier = find_sent(meeting_id, author, client_id)
    if earlier is None:  # only the (meeting, seq) key could clash, and seq is taken under lock
        raise RuntimeError("insert refused with no earlier message for its client id")
    return message_payload(earlier), True


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

# Built once over the table itself: a join reads up to a hundred rows here, and an ORM select
# of the same columns spent as long again in the ORM's compile and loading steps as the read.
_AFTER = (
    select(*(Message.__table__.c[column.key] for column in _PAYLOAD_COLUMNS))
    .where(
        Message.__table__.c.meeting_id == bindparam("meeting_id"),
        Message.__table__.c.seq > bindparam("after_seq"),
    )
    .order_by(Message.__table__.c.seq)
    .limit(HISTORY_LIMIT + 1)
)


def messages_after(meeting: Meeting, after_seq: int, for_staff: bool) -> tuple[list[dict], bool]:
    """What a client that last saw ``after_seq`` missed, in order; and whether more remain."""
    params = {"meeting_id": meeting.id, "after_seq": after_seq}
    rows = db.session.connection().execute(_AFTER, params).all()
    more = len(rows) > HISTORY_LIMIT
    return [_payload(*row, for_staff) for row in rows[:HISTORY_LIMIT]], more
