"""The actions a meeting's state accepts, and ``apply``, the one door through which it changes.

``ACTIONS`` says who may do what, when, and with which arguments. ``apply`` checks the action,
its untrusted arguments, who is asking and the meeting's phase before anything moves, then hands
the checked request to the action's handler (``meeting_handlers``). It returns the very same
object when nothing changed, so the server can skip a save and a broadcast.
"""

from dataclasses import dataclass, replace
from typing import Any

from facilitator import chat, rounds
from facilitator.meeting_handlers import HANDLERS, MAX_PARTICIPANTS, Request
from facilitator.meeting_state import MeetingState
from facilitator.values import TransitionError, check_int, check_time, jsonable

MAX_ID_LENGTH = 64

ERROR_CODES = {
    "unknown_action": "There is no such action.",
    "forbidden": "You may not do that.",
    "bad_argument": "An argument is missing, unexpected, of the wrong type or out of range.",
    "bad_plan": "The agenda plan is not valid.",
    "not_started": "The meeting has not started yet.",
    "finished": "The meeting has finished.",
    "already_started": "The meeting has already started.",
    "already_paused": "The meeting is already paused.",
    "not_paused": "The meeting is not paused.",
    "at_first_segment": "There is no earlier segment.",
    "at_last_segment": "There is no later segment.",
    "bad_segment": "There is no such segment in this plan.",
    "round_active": "A round is already in progress.",
    "no_round": "No round is in progress.",
    "no_participants": "Nobody is here to take part in the round.",
    "not_speaker": "Only the person holding the piece can do that.",
    "unknown_participant": "That person is not in this meeting.",
    "not_present": "That person is not in the room.",
    "not_raised": "That person's hand is not raised.",
    "no_hands": "No raised hands are waiting.",
    "room_full": "The room is full.",
}


@dataclass(frozen=True)
class Actor:
    """Who is asking: an attendee (their participant id) or staff (possibly without one)."""

    participant_id: str | None = None
    is_staff: bool = False


@dataclass(frozen=True)
class Arg:
    name: str
    kind: str  # "int", "str" or "str_list"
    required: bool = True
    bounds: tuple[int, int] | None = None
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActionSpec:
    name: str
    who: str  # "staff", "self" (the actor's own participant) or "self_or_staff"
    when: str  # "any" phase, "open" (until finished) or "live" (started, not finished)
    args: tuple[Arg, ...] = ()
    summary: str = ""


_TARGET = Arg("participant_id", "str", required=False)
ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("join", "self_or_staff", "any", (_TARGET,), "Enter the room, or come back."),
    ActionSpec("leave", "self_or_staff", "any", (_TARGET,), "Leave the room."),
    ActionSpec("step_away", "self", "any", (), "Step away for a moment."),
    ActionSpec("come_back", "self", "any", (), "Come back after stepping away."),
    ActionSpec("start", "staff", "open", (), "Start the meeting at the first segment."),
    ActionSpec("pause", "staff", "live", (), "Pause the clock."),
    ActionSpec("resume", "staff", "live", (), "Resume the clock."),
    ActionSpec("next_segment", "staff", "live", (), "Go to the next segment not skipped."),
    ActionSpec("previous_segment", "staff", "live", (), "Go back to the previous segment."),
    ActionSpec("go_to_segment", "staff", "live", (Arg("segment", "str"),), "Go to a segment."),
    ActionSpec("extend", "staff", "live", (Arg("minutes", "int", bounds=(1, 60)),), "Add time."),
    ActionSpec("skip_segment", "staff", "live", (), "Mark this segment skipped; move on."),
    ActionSpec("finish", "staff", "live", (), "End the meeting and any round."),
    ActionSpec(
        "start_round",
        "staff",
        "live",
        (
            Arg("order", "str", choices=rounds.ORDER_MODES),
            Arg("share_seconds", "int", bounds=rounds.SHARE_SECONDS),
            Arg("seed", "int", required=False, bounds=(0, 2**31 - 1)),
            Arg("participant_ids", "str_list", required=False),
        ),
        "Start a sharing round: join order, shuffled, or participant_ids in custom order.",
    ),
    ActionSpec("next_turn", "staff", "live", (), "Move the piece on; the speaker shared."),
    ActionSpec("skip_turn", "staff", "live", (), "Skip the current speaker."),
    ActionSpec(
        "more_time",
        "staff",
        "live",
        (Arg("seconds", "int", bounds=rounds.MORE_TIME_SECONDS),),
        "Give the speaker more time.",
    ),
    ActionSpec("end_round", "staff", "live", (), "End the round early."),
    ActionSpec("pass_turn", "self", "live", (), "The speaker passes."),
    ActionSpec("finish_share", "self", "live", (), "The speaker has finished sharing."),
    ActionSpec("raise_hand", "self", "open", (), "Raise your hand."),
    ActionSpec("lower_hand", "self_or_staff", "any", (_TARGET,), "Lower a hand."),
    ActionSpec("call_hand", "staff", "live", (_TARGET,), "Call on the next (or a) raised hand."),
    ActionSpec(
        "set_chat_mode",
        "staff",
        "any",
        (
            Arg("mode", "str", choices=chat.CHAT_MODES),
            Arg("slow_seconds", "int", required=False, bounds=chat.SLOW_SECONDS),
        ),
        "Open, lock, slow chat down, or let only the round's speaker post.",
    ),
)
_SPECS = {spec.name: spec for spec in ACTIONS}


def describe_actions() -> list[dict[str, Any]]:
    """The action table as plain data, for generating the protocol document."""
    return jsonable(ACTIONS)


def _check_str(value: object, arg: Arg) -> str:
    if not isinstance(value, str) or not 0 < len(value) <= MAX_ID_LENGTH:
        raise TransitionError("bad_argument", f"{arg.name} must be text of 1..64 characters.")
    if arg.choices and value not in arg.choices:
        raise TransitionError("bad_argument", f"{arg.name} must be one of {arg.choices}.")
    return value


def _check_arg(arg: Arg, value: object) -> Any:
    if arg.kind == "int":
        return check_int(value, arg.bounds or (0, 0), arg.name)
    if arg.kind == "str":
        return _check_str(value, arg)
    if not isinstance(value, list) or not 0 < len(value) <= MAX_PARTICIPANTS:
        raise TransitionError("bad_argument", f"{arg.name} must be a non-empty list.")
    return tuple(_check_str(item, arg) for item in value)


def _clean_args(spec: ActionSpec, args: object) -> dict[str, Any]:
    if not isinstance(args, dict):
        raise TransitionError("bad_argument", "Arguments must be an object.")
    names = {arg.name for arg in spec.args}
    if any(key not in names for key in args):
        raise TransitionError("bad_argument", f"{spec.name} takes only {sorted(names)}.")
    clean: dict[str, Any] = {}
    for arg in spec.args:
        if args.get(arg.name) is not None:
            clean[arg.name] = _check_arg(arg, args[arg.name])
        elif arg.required:
            raise TransitionError("bad_argument", f"{spec.name} needs {arg.name}.")
    return clean


def _target(spec: ActionSpec, args: dict[str, Any], actor: Actor) -> str | None:
    """Whom the action is about; attendees may only act on themselves."""
    if spec.who == "staff":
        return args.get("participant_id")
    if spec.who == "self" and actor.participant_id is None:
        raise TransitionError("forbidden", "Only a participant can do that.")
    target = args.get("participant_id", actor.participant_id)
    if target is None:
        raise TransitionError("bad_argument", f"{spec.name} needs a participant.")
    if target != actor.participant_id and not actor.is_staff:
        raise TransitionError("forbidden", "You can only do that for yourself.")
    return target


def _check_phase(spec: ActionSpec, phase: str) -> None:
    if spec.when == "any":
        return
    if phase == "finished":
        raise TransitionError("finished", "The meeting has finished.")
    if spec.when == "live" and phase == "not_started":
        raise TransitionError("not_started", "The meeting has not started yet.")


def apply(
    state: MeetingState, action: str, args: dict[str, Any], now: float, actor: Actor
) -> MeetingState:
    """Apply one action, or raise ``TransitionError`` and leave ``state`` as it was."""
    spec = _SPECS.get(action) if isinstance(action, str) else None
    if spec is None:
        raise TransitionError("unknown_action", "There is no such action.")
    if spec.who == "staff" and not actor.is_staff:
        raise TransitionError("forbidden", "Only facilitators can do that.")
    clean = _clean_args(spec, args)
    target = _target(spec, clean, actor)
    _check_phase(spec, state.agenda.phase)
    t = max(check_time(now), state.last_at)
    changed = HANDLERS[spec.name](state, Request(clean, t, target))
    return state if changed == state else replace(changed, last_at=t)
