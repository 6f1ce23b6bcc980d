"""How every socket event is wrapped: payload parsing, error codes, and identity lookup."""

from __future__ import annotations

import functools
import logging
import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from flask import current_app, request, session
from flask_socketio import emit
from sqlalchemy import select

from server.extensions import db, socketio
from server.models import Meeting, Presence
from server.services.errors import ServiceError, checked_int
from server.services.meetings import get_meeting
from server.services.principals import Principal, principal_in_group

log = logging.getLogger("steady.live")

# Every client event with a handler; docs/protocol.md must document exactly these.
CLIENT_EVENTS: dict[str, Callable[..., Any]] = {}

Handler = Callable[[dict[str, Any]], dict[str, Any]]


def event(name: str) -> Callable[[Handler], Handler]:
    """Register a client event whose handler takes one payload object and returns the ack."""

    def decorate(fn: Handler) -> Handler:
        @functools.wraps(fn)
        def handle(*args: Any) -> dict[str, Any]:
            try:
                event_limiter.check(current_sid())
                if len(args) != 1 or not isinstance(args[0], dict):
                    raise ServiceError("bad_request", "Send one JSON object as the payload.")
                return {"ok": True, **fn(args[0])}
            except ServiceError as exc:
                return _refuse(name, exc)
            except Exception as exc:  # noqa: BLE001 - a client must never see a crash
                # The type only: exception text can carry parameters, such as a message body.
                log.error("event %s failed: %s", name, type(exc).__name__)
                return _refuse(name, ServiceError("internal_error", "Something went wrong."))

        CLIENT_EVENTS[name] = fn
        socketio.on_event(name, handle)
        return fn

    return decorate


def _refuse(name: str, exc: ServiceError) -> dict[str, Any]:
    db.session.rollback()
    # Clients that sent without an ack callback still learn what went wrong.
    emit("error", {"event": name, **exc.as_dict()})
    return {"ok": False, "error": exc.as_dict()}


def acting_in(meeting: Meeting) -> Principal:
    """Re-check, on every event, who this socket may act as in the meeting's group."""
    staff = session.get("steady_staff") or (None, None)
    return principal_in_group(
        meeting.group_id, staff[0], staff[1], list(session.get("steady_members") or [])
    )


def meeting_and_actor(data: dict[str, Any]) -> tuple[Meeting, Principal]:
    meeting = get_meeting(data.get("meeting_id"))
    return meeting, acting_in(meeting)


@contextmanager
def kept_after_commit() -> Iterator[None]:
    """Objects this event loaded stay loaded across its own commits. By default a commit
    expires every object, and the next touch of any attribute (even ``meeting.id``) costs a
    SELECT: a join commits twice (presence, then pacing) and read the meeting back each time.
    Safe for one event: what it loaded is seconds old at most, and what it changes it set."""
    session = db.session()
    before = session.expire_on_commit
    session.expire_on_commit = False
    try:
        yield
    finally:
        session.expire_on_commit = before


def non_negative_int(data: dict[str, Any], key: str) -> int:
    value = data.get(key, 0)
    if value is None:
        return 0
    return checked_int(value, key)


class SendLimiter:
    """A per-socket flood guard (``setting``: how many in how many seconds). Lives with the
    socket, which stays on one worker."""

    def __init__(self, setting: str) -> None:
        self.setting = setting
        self._sent: dict[str, deque[float]] = defaultdict(deque)

    def check(self, sid: str) -> None:
        count, window = current_app.config[self.setting]
        now = time.monotonic()
        sent = self._sent[sid]
        while sent and now - sent[0] > window:
            sent.popleft()
        if len(sent) >= count:
            raise ServiceError("rate_limited", "You're sending very fast. Wait a moment.")
        sent.append(now)

    def forget(self, sid: str) -> None:
        self._sent.pop(sid, None)


# What a member writes (messages, flags, requests): a person's pace.
send_limiter = SendLimiter("STEADY_SOCKET_SEND_RATE")
# Every event of a socket, whatever it is: a client looping on ``join`` (about 10 ms of the
# worker's time each) must not be able to take the worker from everyone else.
event_limiter = SendLimiter("STEADY_SOCKET_EVENT_RATE")


def current_sid() -> str:
    return request.sid  # type: ignore[attr-defined]


def joined(meeting_id: int) -> bool:
    """Whether this socket has joined the meeting (a ``join`` ack)."""
    query = select(Presence.id).where(
        Presence.sid == current_sid(), Presence.meeting_id == meeting_id
    )
    return db.session.execute(query).first() is not None


def require_joined(meeting_id: int) -> None:
    """This socket must have joined the meeting (a ``join`` ack) before acting in it."""
    if not joined(meeting_id):
        raise not_joined()


def not_joined() -> ServiceError:
    return ServiceError("not_joined", "Join the meeting first.")
