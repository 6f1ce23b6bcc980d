"""Socket events for pacing a meeting: agenda clock, sharing rounds, hand queue, chat mode.

docs/protocol.md (``pace``, ``pacing_state``, ``pacing_notes``) is the reference; the actions
and their arguments are ``facilitator.meeting_actions.ACTIONS``.
"""

from __future__ import annotations

from typing import Any

from server.live.protocol import event, meeting_and_actor, require_joined
from server.services import pacing
from server.services.errors import ServiceError, checked_int

# Presence moves members in and out of the agenda; only staff may do it by hand.
PRESENCE_ACTIONS = ("join", "leave")


def _version(data: dict[str, Any]) -> int | None:
    value = data.get("version")
    if value is None:
        return None
    return checked_int(value, "version")


@event("pace")
def pace(data: dict[str, Any]) -> dict[str, Any]:
    """Member or staff in the meeting -> server: one pacing action, ``{"action", "args",
    "version"}``. Staff may do every action; members only their own (raise or lower their
    hand, pass or finish their share, step away, come back). Ack: the new pacing state.
    Everyone in the meeting receives ``pacing_state`` when it changed; staff also receive
    ``pacing_notes`` when the segment moved. A stale ``version`` gets ``conflict`` and the
    fresh state."""
    meeting, who = meeting_and_actor(data)
    action = data.get("action")
    pacing.check_open(meeting, action)
    require_joined(meeting.id)
    if action in PRESENCE_ACTIONS and not who.is_staff:
        raise ServiceError("forbidden", "The room keeps track of who is here.", 403)
    args = data.get("args")
    state = pacing.apply_action(meeting, who, action, {} if args is None else args, _version(data))
    return {"pacing": state}
