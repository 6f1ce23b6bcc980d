"""A meeting's whole live state as one value, and the one door through which it changes.

The server loads a ``MeetingState`` from JSON, calls ``apply`` once with the client's action
and untrusted arguments, saves the result with a version number and broadcasts
``public_view``. ``apply`` checks the action, its arguments, who is asking and the meeting's
phase before anything moves, and returns the very same object when nothing changed, so the
server can skip a save and a broadcast.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from facilitator import agenda as clock
from facilitator import chat, hands, rounds
from facilitator.agenda import Agenda, Segment, TransitionError, check_int, check_time, jsonable
from facilitator.chat import ChatMode
from facilitator.hands import HandQueue
from facilitator.rounds import Round

__all__ = [
    "ACTIONS",
    "ERROR_CODES",
    "ActionSpec",
    "Actor",
    "Arg",
    "MeetingState",
    "Participant",
    "TransitionError",
    "apply",
    "describe_actions",
    "new_meeting",
    "public_view",
]

PARTICIPANT_STATUSES = ("present", "stepped_away", "left")
MAX_ID_LENGTH = 64
MAX_PARTICIPANTS = 500

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
class Participant:
    participant_id: str
    status: str
    joined_at: float


@dataclass(frozen=True)
class Actor:
    """Who is asking: an attendee (their participant id) or staff (possibly without one)."""

    participant_id: str | None = None
    is_staff: bool = False


@dataclass(frozen=True)
class MeetingState:
    agenda: Agenda
    # Kept in join order, which is also the default speaking order of a round.
    participants: tuple[Participant, ...] = ()
    round: Round | None = None
    hands: HandQueue = HandQueue()
    chat: ChatMode = ChatMode()
    last_at: float = 0.0

    def status_of(self, participant_id: str | None) -> str | None:
        for person in self.participants:
            if person.participant_id == participant_id:
                return person.status
        return None

    def ids_with(self, *statuses: str) -> list[str]:
        return [p.participant_id for p in self.participants if p.status in statuses]

    def to_dict(self) -> dict[str, Any]:
        return jsonable(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "MeetingState":
        return cls(
            agenda=Agenda.from_dict(data["agenda"]),
            participants=tuple(Participant(**item) for item in data["participants"]),
            round=None if data["round"] is None else Round.from_dict(data["round"]),
            hands=HandQueue.from_dict(data["hands"]),
            chat=ChatMode.from_dict(data["chat"]),
            last_at=data["last_at"],
        )


def new_meeting(
    plan: Sequence[Segment], scheduled_start: float, scheduled_end: float
) -> MeetingState:
    return MeetingState(agenda=clock.new_agenda(plan, scheduled_start, scheduled_end))


# --- the action table --------------------------------------------------------------------


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


def public_view(state: MeetingState, now: float) -> dict[str, Any]:
    """What every client draws. Clocks are given as of ``server_now``; while a ``ticking``
    flag is set, a client adds the time passed since then (no ticking on the server)."""
    t = max(check_time(now), state.last_at)
    frozen_at = clock.clock_now(state.agenda, t)
    running = state.agenda.phase == "running"
    return {
        "server_now": t,
        "agenda": clock.view(state.agenda, t),
        "round": None if state.round is None else rounds.view(state.round, frozen_at, running),
        "hands": hands.view(state.hands),
        "chat": chat.view(state.chat),
        "participants": jsonable(state.participants),
    }


# --- handlers --------------------------------------------------------------------------


@dataclass(frozen=True)
class Request:
    """A checked request: clean arguments, the clamped time, and whom it is about."""

    args: dict[str, Any]
    now: float
    target: str | None

    @property
    def person(self) -> str:
        # ``_target`` always names someone for "self" and "self_or_staff" actions.
        assert self.target is not None
        return self.target


Handler = Callable[[MeetingState, Request], MeetingState]


def _with_status(state: MeetingState, participant_id: str, status: str) -> MeetingState:
    people = tuple(
        replace(p, status=status) if p.participant_id == participant_id else p
        for p in state.participants
    )
    return replace(state, participants=people)


def _on_round(state: MeetingState, change: Callable[[Round], Round]) -> MeetingState:
    return state if state.round is None else replace(state, round=change(state.round))


def _join(state: MeetingState, req: Request) -> MeetingState:
    status = state.status_of(req.person)
    if status == "present":
        return state
    if status is not None:
        state = _with_status(state, req.person, "present")
    elif len(state.participants) >= MAX_PARTICIPANTS:
        raise TransitionError("room_full", "The room is full.")
    else:
        newcomer = Participant(req.person, "present", req.now)
        state = replace(state, participants=state.participants + (newcomer,))
    return _on_round(state, lambda r: rounds.add_participant(r, req.person, req.now))


def _leave(state: MeetingState, req: Request) -> MeetingState:
    status = state.status_of(req.person)
    if status is None:
        raise TransitionError("unknown_participant", "That person is not in this meeting.")
    if status == "left":
        return state
    gone = _with_status(state, req.person, "left")
    gone = replace(gone, hands=hands.drop(state.hands, req.person))
    return _on_round(gone, lambda r: rounds.mark_left(r, req.person, req.now))


def _step_away(state: MeetingState, req: Request) -> MeetingState:
    status = state.status_of(req.person)
    if status == "stepped_away":
        return state
    if status != "present":
        raise TransitionError("not_present", "Join the room first.")
    # Their hand keeps its place; their turn in a round is passed over until they are back.
    away = _with_status(state, req.person, "stepped_away")
    return _on_round(away, lambda r: rounds.mark_left(r, req.person, req.now))


def _come_back(state: MeetingState, req: Request) -> MeetingState:
    status = state.status_of(req.person)
    if status == "present":
        return state
    if status != "stepped_away":
        raise TransitionError("not_present", "Join the room first.")
    back = _with_status(state, req.person, "present")
    return _on_round(back, lambda r: rounds.mark_returned(r, req.person, req.now))


def _move(step: Callable[[Agenda, float], Agenda]) -> Handler:
    return lambda state, req: replace(state, agenda=step(state.agenda, req.now))


def _resume(state: MeetingState, req: Request) -> MeetingState:
    paused_at = state.agenda.paused_at
    state = replace(state, agenda=clock.resume(state.agenda, req.now))
    started = state.round.share_started_at if state.round is not None else None
    if paused_at is None or started is None:
        return state
    # A share that began during the pause has been frozen only since it began.
    frozen = req.now - max(paused_at, started)
    return _on_round(state, lambda r: rounds.shift_share(r, frozen))


def _finish(state: MeetingState, req: Request) -> MeetingState:
    state = replace(state, agenda=clock.finish(state.agenda, req.now), hands=HandQueue())
    if state.round is not None and state.round.active:
        state = replace(state, round=rounds.end_round(state.round, req.now))
    return state


def _active_round(state: MeetingState) -> Round:
    if state.round is None or not state.round.active:
        raise TransitionError("no_round", "No round is in progress.")
    return state.round


def _start_round(state: MeetingState, req: Request) -> MeetingState:
    if state.round is not None and state.round.active:
        raise TransitionError("round_active", "A round is already in progress.")
    # The server may pass a seed; deriving one from the time keeps ``apply`` pure without it.
    seed = req.args.get("seed", int(req.now * 1000) % 2**31)
    order = rounds.order_participants(
        state.ids_with("present", "stepped_away"),
        req.args["order"],
        seed=seed,
        custom=req.args.get("participant_ids"),
    )
    away = state.ids_with("stepped_away")
    fresh = rounds.start_round(order, req.args["share_seconds"], req.now, away)
    return replace(state, round=fresh)


def _turn(step: Callable[[Round, float], Round]) -> Handler:
    return lambda state, req: replace(state, round=step(_active_round(state), req.now))


def _speaker(step: Callable[[Round, str, float], Round]) -> Handler:
    return lambda state, req: replace(state, round=step(_active_round(state), req.person, req.now))


def _more_time(state: MeetingState, req: Request) -> MeetingState:
    return replace(state, round=rounds.more_time(_active_round(state), req.args["seconds"]))


def _raise(state: MeetingState, req: Request) -> MeetingState:
    if state.status_of(req.person) != "present":
        raise TransitionError("not_present", "Join the room first.")
    return replace(state, hands=hands.raise_hand(state.hands, req.person, req.now))


def _call(state: MeetingState, req: Request) -> MeetingState:
    away = state.ids_with("stepped_away")
    _, queue = hands.call_next(state.hands, req.now, participant_id=req.target, unavailable=away)
    return replace(state, hands=queue)


HANDLERS: dict[str, Handler] = {
    "join": _join,
    "leave": _leave,
    "step_away": _step_away,
    "come_back": _come_back,
    "start": _move(clock.start),
    "pause": _move(clock.pause),
    "resume": _resume,
    "next_segment": _move(clock.next_segment),
    "previous_segment": _move(clock.previous_segment),
    "go_to_segment": lambda state, req: replace(
        state, agenda=clock.go_to(state.agenda, req.args["segment"], req.now)
    ),
    "extend": lambda state, req: replace(
        state, agenda=clock.extend(state.agenda, req.args["minutes"], req.now)
    ),
    "skip_segment": _move(clock.skip),
    "finish": _finish,
    "start_round": _start_round,
    "next_turn": _turn(rounds.next_turn),
    "skip_turn": _turn(rounds.skip_turn),
    "more_time": _more_time,
    "end_round": _turn(rounds.end_round),
    "pass_turn": _speaker(rounds.pass_turn),
    "finish_share": _speaker(rounds.finish_share),
    "raise_hand": _raise,
    "lower_hand": lambda state, req: replace(
        state, hands=hands.lower_hand(state.hands, req.person)
    ),
    "call_hand": _call,
    "set_chat_mode": lambda state, req: replace(
        state, chat=chat.set_mode(state.chat, req.args["mode"], req.args.get("slow_seconds"))
    ),
}
