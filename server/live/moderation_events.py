"""Socket events for safety and moderation: flags, the staff queue's actions, side conversations.

docs/protocol.md is the reference for each payload. Attendees flag and ask to talk; staff
(the group's facilitators, admins) dismiss, hide, mute, unmute, remove and ban. Every handler
re-checks who is acting, and every staff action is audited by its service.
"""

from __future__ import annotations

from typing import Any

from server.live.protocol import (
    current_sid,
    event,
    meeting_and_actor,
    require_joined,
    send_limiter,
)
from server.models import Meeting
from server.services import moderation, moderation_actions, moderation_side, pacing
from server.services.errors import ServiceError
from server.services.moderation_actions import Action
from server.services.principals import Principal


def _joined(data: dict[str, Any]) -> tuple[Meeting, Principal]:
    meeting, who = meeting_and_actor(data)
    require_joined(meeting.id)
    return meeting, who


def _action(data: dict[str, Any]) -> Action:
    meeting, who = _joined(data)
    moderation.require_staff(who)
    reason = data.get("reason") or ""
    if not isinstance(reason, str):
        raise ServiceError("bad_request", "reason must be a string.")
    return Action(meeting, who, reason.strip()[:500], data.get("flag_id"))


@event("flag_message")
def flag_message(data: dict[str, Any]) -> dict[str, Any]:
    """Member in the meeting -> server: flag a message, ``{"message_id", "reason", "note"}``.
    Ack: ``{}``, the same whether or not it was already flagged. Staff receive
    ``flag_raised``; no attendee learns that it was flagged, or by whom."""
    meeting, who = _joined(data)
    send_limiter.check(current_sid())
    note = moderation.clean_note(data.get("note"))
    moderation.flag_message(meeting, who, data.get("message_id"), data.get("reason"), note)
    return {}


@event("ask_to_talk")
def ask_to_talk(data: dict[str, Any]) -> dict[str, Any]:
    """Member in the meeting -> server: ask to talk privately with a facilitator
    (``{"note"}`` optional). Ack: ``{}``. Staff receive ``flag_raised`` (category ``talk``)."""
    meeting, who = _joined(data)
    send_limiter.check(current_sid())
    moderation.ask_to_talk(meeting, who, moderation.clean_note(data.get("note")))
    return {}


@event("side_send")
def side_send(data: dict[str, Any]) -> dict[str, Any]:
    """Member or staff in the meeting -> server: a side message, ``{"body", "member_id"}``.
    A member writes to their own private conversation with staff; staff write to one
    member's (``member_id``) or, without one, to the staff channel. Ack: the ``message``.
    Staff receive ``side_message``; so do the member's own sockets for a private one."""
    meeting, who = _joined(data)
    send_limiter.check(current_sid())
    payload = moderation_side.send(meeting, who, data.get("member_id"), data.get("body"))
    return {"message": payload}


@event("dismiss_flag")
def dismiss_flag(data: dict[str, Any]) -> dict[str, Any]:
    """Staff -> server: close a flag without action, ``{"flag_id", "reason"}``. Ack: ``{}``.
    Staff receive ``flag_resolved``."""
    act = _action(data)
    moderation.dismiss(act.meeting, act.actor, data.get("flag_id"), act.reason)
    return {}


@event("hide_message")
def hide_message(data: dict[str, Any]) -> dict[str, Any]:
    """Staff -> server: hide a message for everyone, ``{"message_id", "reason", "flag_id"}``.
    Ack: ``{}``. Everyone in the meeting receives ``message_hidden``; staff receive
    ``moderation_action`` and ``flag_resolved`` for the message's open flags."""
    moderation_actions.hide_message(_action(data), data.get("message_id"))
    return {}


@event("mute_member")
def mute_member(data: dict[str, Any]) -> dict[str, Any]:
    """Staff -> server: refuse a member's messages for this meeting, ``{"member_id",
    "reason", "flag_id"}``. Ack: ``{}``. The member receives ``moderation_notice`` (muted);
    staff receive ``moderation_action``."""
    moderation_actions.mute(_action(data), data.get("member_id"))
    return {}


@event("unmute_member")
def unmute_member(data: dict[str, Any]) -> dict[str, Any]:
    """Staff -> server: let a muted member send again, ``{"member_id", "reason"}``. Ack:
    ``{}``. The member receives ``moderation_notice`` (unmuted); staff ``moderation_action``."""
    moderation_actions.unmute(_action(data), data.get("member_id"))
    return {}


@event("remove_member")
def remove_member(data: dict[str, Any]) -> dict[str, Any]:
    """Staff -> server: remove a member from this meeting for good, ``{"member_id", "reason",
    "flag_id"}``. Ack: ``{}``. The member receives ``moderation_notice`` (removed) and their
    sockets leave the meeting; everyone receives ``presence`` (left); staff receive
    ``moderation_action``."""
    act = _action(data)
    gone = moderation_actions.remove(act, data.get("member_id"))
    pacing.participant_left(act.meeting.id, gone["id"])
    return {}


@event("ban_member")
def ban_member(data: dict[str, Any]) -> dict[str, Any]:
    """Staff -> server: ban a member from the group, ``{"member_id", "reason", "flag_id"}``.
    Ack: ``{}``. The member receives ``moderation_notice`` (banned), then every socket of
    theirs is closed on every worker (everyone receives ``presence`` (left)); staff receive
    ``moderation_action``."""
    moderation_actions.ban(_action(data), data.get("member_id"))
    return {}
