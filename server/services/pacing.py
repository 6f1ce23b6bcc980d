"""Pacing a live meeting: the agenda clock, sharing rounds, the hand queue and the chat mode.

A change loads the meeting's state (``services.pacing_store``), applies one transition at the
server's time and saves it only if nobody saved in between: of two facilitators acting at once,
one wins and the other gets ``conflict`` with the fresh state. The new public view is broadcast
after commit; clients run the clocks themselves from its timestamps, so the server never ticks.
"""

from __future__ import annotations

import logging
import math
import random
import time
from typing import Any

from sqlalchemy import select

from facilitator.chat import DECISION_CODES, may_post
from facilitator.meeting_actions import Actor, apply
from facilitator.values import TransitionError
from server.extensions import db
from server.models import Meeting, MeetingStatus, Message
from server.realtime import meeting_room, publish, staff_room
from server.services import curricula, pacing_store, pacing_views
from server.services.errors import ServiceError
from server.services.pacing_store import STAFF, Stored, current
from server.services.principals import Principal

log = logging.getLogger("steady.pacing")

# Attempts for changes that name no version (presence, attendees' own actions, status).
RETRIES = 3
# Presence moves (many members arriving at once) carry no version and must not be lost: they get
# more attempts, spaced with jitter so racing workers stop colliding.
PRESENCE_RETRIES = 12
_LIVE_PHASES = ("running", "paused")


class PacingError(ServiceError):
    """A refusal that carries more than a message: the fresh state, or how long to wait."""

    def __init__(self, code: str, message: str, extra: dict[str, Any], status: int = 400) -> None:
        super().__init__(code, message, status)
        self.extra = extra

    def as_dict(self) -> dict[str, Any]:  # type: ignore[override]
        return {**super().as_dict(), **self.extra}


# --- reading -----------------------------------------------------------------------------


def current_payload(meeting: Meeting, known: dict[str, str] | None = None) -> dict[str, Any]:
    stored = current(meeting)
    return pacing_views.payload(meeting, stored.version, stored.state, known)


def session_view(meeting: Meeting, for_staff: bool) -> dict[str, Any] | None:
    """The curriculum session at the agenda's current segment (notes for staff only)."""
    index = current(meeting).state.agenda.current
    return curricula.session_view(meeting, for_staff=for_staff, current=index)


def report(meeting: Meeting) -> pacing_views.Report | None:
    """Planned against actual time per segment; None when the meeting was never paced."""
    stored = pacing_store.read(meeting.id)
    return None if stored is None else pacing_views.report(stored.state)


# --- writing -----------------------------------------------------------------------------


def check_open(meeting: Meeting, action: Any = None) -> None:
    """Pacing needs an open or live meeting; the agenda starts only with the meeting."""
    if meeting.status == MeetingStatus.ENDED:
        raise ServiceError("meeting_ended", "This meeting has ended.")
    if meeting.status == MeetingStatus.SCHEDULED:
        raise ServiceError("meeting_not_open", "The meeting is not open yet.")
    if action == "start" and meeting.status != MeetingStatus.LIVE:
        raise ServiceError("bad_state", "Start the meeting itself; its agenda starts with it.")


def _attempt(
    meeting: Meeting, actor: Actor, action: Any, args: Any, expected: int | None
) -> tuple[Stored, Stored] | None:
    """Apply and save in the open transaction: (before, after), or None if someone else won."""
    now = time.time()
    before = pacing_store.load(meeting, now)
    if expected is not None and expected != before.version:
        return None
    try:
        state = apply(before.state, action, args, now, actor)
    except TransitionError as exc:
        raise ServiceError(exc.code, exc.message) from None
    if state is before.state:
        return before, before
    if not pacing_store.save(meeting.id, before.version, state):
        return None
    return before, Stored(before.version + 1, state)


def _run(
    meeting: Meeting,
    actor: Actor,
    action: Any,
    args: Any,
    expected: int | None,
    known: dict[str, str] | None = None,
) -> dict[str, Any]:
    check_open(meeting, action)
    attempts = 1 if expected is not None else RETRIES
    if expected is None and action in ("join", "leave"):
        attempts = PRESENCE_RETRIES
    try:
        for attempt in range(attempts):
            if attempt:
                time.sleep(random.uniform(0, 0.004 * attempt))
            outcome = _attempt(meeting, actor, action, args, expected)
            if outcome is not None:
                db.session.commit()
                before, after = outcome
                view = announce(meeting, after, before, known) if after is not before else None
                return view or pacing_views.payload(meeting, after.version, after.state, known)
            db.session.rollback()
    except ServiceError:
        db.session.rollback()
        raise
    fresh = {"pacing": current_payload(meeting)}
    message = "Someone else changed the meeting first. This is where it stands now."
    raise PacingError("conflict", message, fresh, 409)


def apply_action(
    meeting: Meeting, who: Principal, action: Any, args: Any, expected_version: int | None
) -> dict[str, Any]:
    """One pacing action by ``who``, one transaction; returns the new PacingState.

    With ``expected_version`` the action applies to that version only, or fails with
    ``conflict`` carrying the fresh state; without it, to whatever is current.
    """
    return _run(meeting, Actor(who.key, who.is_staff), action, args, expected_version)


def participant_joined(
    meeting: Meeting, who: Principal, known: dict[str, str] | None = None
) -> dict[str, Any] | None:
    """Presence: a member is in the room (again). Staff run the room; they take no turns.
    Returns the PacingState after it (None for staff, or when it could not be recorded).
    ``known``: names already read this event, by participant id."""
    if who.is_staff:
        return None
    return _quietly(meeting, who.key, "join", known)


def participant_left(meeting_id: int, participant_key: str) -> None:
    """Presence: a member's last socket left the meeting."""
    meeting = db.session.get(Meeting, meeting_id)
    if meeting is not None and participant_key.startswith("m"):
        _quietly(meeting, participant_key, "leave")


def _quietly(
    meeting: Meeting, participant_key: str, action: str, known: dict[str, str] | None = None
) -> dict[str, Any] | None:
    # Presence changes must never break a join or a disconnect; the next one puts it right.
    try:
        return _run(meeting, Actor(participant_key), action, {}, None, known)
    except ServiceError as exc:
        log.info("pacing %s skipped for meeting %s: %s", action, meeting.id, exc.code)
        return None


def follow_status(meeting: Meeting) -> Stored | None:
    """Start the agenda with the meeting, finish it when the meeting ends. Runs inside the
    status change's transaction (the caller commits, then calls ``announce``)."""
    if meeting.status == MeetingStatus.ENDED and pacing_store.read(meeting.id) is None:
        return None  # never paced: nothing to finish
    if meeting.status not in (MeetingStatus.LIVE, MeetingStatus.ENDED):
        return None
    action = "start" if meeting.status == MeetingStatus.LIVE else "finish"
    now = time.time()
    for _ in range(RETRIES):
        stored = pacing_store.load(meeting, now)
        phase = stored.state.agenda.phase
        if (action == "start" and phase != "not_started") or (
            action == "finish" and phase not in _LIVE_PHASES
        ):
            return stored
        state = apply(stored.state, action, {}, now, STAFF)
        if pacing_store.save(meeting.id, stored.version, state):
            return Stored(stored.version + 1, state)
    raise ServiceError("conflict", "The meeting was busy; try again.")


def announce(
    meeting: Meeting,
    after: Stored | None,
    before: Stored | None = None,
    known: dict[str, str] | None = None,
) -> dict[str, Any] | None:
    """After commit: everyone gets the new state; staff get the notes when the segment moved.
    Returns the PacingState sent, so a caller that needs it does not build it twice."""
    if after is None:
        return None
    view = pacing_views.payload(meeting, after.version, after.state, known)
    publish("pacing_state", view, meeting_room(meeting.id))
    if before is None or before.state.agenda.current != after.state.agenda.current:
        notes = pacing_views.staff_notes(meeting, after.version, after.state)
        if notes is not None:
            publish("pacing_notes", notes, staff_room(meeting.id))
    return view


# --- the chat mode -----------------------------------------------------------------------


def _last_post_at(meeting_id: int, author_key: str) -> float | None:
    query = (
        select(Message.created_at)
        .where(Message.meeting_id == meeting_id, Message.author_key == author_key)
        .order_by(Message.seq.desc())
        .limit(1)
    )
    sent = db.session.execute(query).scalar_one_or_none()
    return None if sent is None else sent.timestamp()


def check_may_post(meeting_id: int, who: Principal, stored: Stored | None) -> None:
    """Refuse a message the chat mode does not allow; staff may always post. ``stored`` is the
    meeting's pacing row as the caller read it in this transaction (None: never paced)."""
    if who.is_staff or stored is None:
        return  # staff, or never paced: chat is open
    if stored.state.status_of(who.key) is None:
        # The sender's socket has joined (the send handler checked) but the agenda never saw
        # them arrive (a burst of arrivals ran out of retries): record it now rather than refuse
        # someone who is plainly in the room. A member staff marked as left stays refused.
        meeting = db.session.get(Meeting, meeting_id)
        if meeting is not None:
            _quietly(meeting, who.key, "join")
        stored = pacing_store.read(meeting_id) or stored
    # The sender's last post only matters in slow mode: no query for it on every message.
    slow = stored.state.chat.mode == "slow"
    last_post_at = _last_post_at(meeting_id, who.key) if slow else None
    decision = may_post(stored.state, who.key, False, time.time(), last_post_at)
    if decision.allowed or decision.code is None:
        return
    if decision.retry_after is None:
        raise ServiceError(decision.code, DECISION_CODES[decision.code])
    wait = math.ceil(decision.retry_after)
    message = f"Slow mode: you can post again in {wait} seconds."
    raise PacingError(decision.code, message, {"retry_after": wait}, 429)
