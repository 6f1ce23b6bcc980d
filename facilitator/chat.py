"""Chat modes and the rule for who may post.

Staff may always post and react: they must be able to steady the room in any mode.
"""

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from facilitator.rounds import current_speaker
from facilitator.values import TransitionError, check_int, jsonable

if TYPE_CHECKING:
    from facilitator.meeting_state import MeetingState

CHAT_MODES = ("open", "locked", "slow", "round")
SLOW_SECONDS = (5, 600)
DEFAULT_SLOW_SECONDS = 30

# Why a post was refused; clients key their wording on these, so they never change.
DECISION_CODES = {
    "not_present": "You are not in the room.",
    "chat_locked": "Chat is closed for now; only facilitators can post.",
    "slow_mode": "Slow mode: wait before posting again.",
    "not_your_turn": "It is someone else's turn to share; you can react.",
    "no_speaker": "Chat follows the round, and nobody holds the floor yet.",
}


@dataclass(frozen=True)
class ChatMode:
    mode: str = "open"
    slow_seconds: int = DEFAULT_SLOW_SECONDS

    def __post_init__(self) -> None:
        if self.mode not in CHAT_MODES:
            raise TransitionError("bad_argument", f"Chat mode must be one of {CHAT_MODES}.")
        check_int(self.slow_seconds, SLOW_SECONDS, "slow_seconds")

    def to_dict(self) -> dict[str, Any]:
        return jsonable(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ChatMode":
        return cls(**data)


@dataclass(frozen=True)
class Decision:
    allowed: bool
    code: str | None = None
    retry_after: float | None = None


ALLOWED = Decision(True)


def set_mode(current: ChatMode, mode: str, slow_seconds: int | None = None) -> ChatMode:
    """A new mode; the slow interval is remembered when not given."""
    seconds = current.slow_seconds if slow_seconds is None else slow_seconds
    return ChatMode(mode, seconds)


def _refuse(code: str, retry_after: float | None = None) -> Decision:
    return Decision(False, code, retry_after)


def may_post(
    state: "MeetingState",
    participant_id: str,
    is_staff: bool,
    now: float,
    last_post_at: float | None,
) -> Decision:
    if is_staff:
        return ALLOWED
    if state.status_of(participant_id) in (None, "left"):
        return _refuse("not_present")
    mode = state.chat.mode
    if mode == "locked":
        return _refuse("chat_locked")
    if mode == "round":
        speaker = current_speaker(state.round) if state.round is not None else None
        if speaker is None:
            return _refuse("no_speaker")
        return ALLOWED if speaker == participant_id else _refuse("not_your_turn")
    if mode == "slow" and last_post_at is not None:
        # A sender's clock ahead of ours must not shorten the wait, so negative waits count 0.
        waited = max(0.0, now - last_post_at)
        if waited < state.chat.slow_seconds:
            return _refuse("slow_mode", state.chat.slow_seconds - waited)
    return ALLOWED


def may_react(state: "MeetingState", participant_id: str, is_staff: bool) -> Decision:
    """Reactions stay open in round and slow modes: listeners can show support silently."""
    if is_staff:
        return ALLOWED
    if state.status_of(participant_id) in (None, "left"):
        return _refuse("not_present")
    return _refuse("chat_locked") if state.chat.mode == "locked" else ALLOWED


def view(chat: ChatMode) -> dict[str, Any]:
    return jsonable(chat)
