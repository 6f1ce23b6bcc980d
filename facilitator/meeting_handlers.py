"""What each action does to a ``MeetingState``, given a request ``apply`` has checked.

A handler returns the new state (equal to the old one when nothing changed) or raises
``TransitionError``; the agenda, rounds, hands and chat modules do the moving.
"""

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from facilitator import agenda as clock
from facilitator import chat, hands, rounds
from facilitator.agenda import Agenda
from facilitator.hands import HandQueue
from facilitator.meeting_state import MeetingState, Participant
from facilitator.rounds import Round
from facilitator.values import TransitionError

MAX_PARTICIPANTS = 500


@dataclass(frozen=True)
class Request:
    """A checked request: clean arguments, the clamped time, and whom it is about."""

    args: dict[str, Any]
    now: float
    target: str | None

    @property
    def person(self) -> str:
        # ``meeting_actions._target`` always names someone for "self" and "self_or_staff" actions.
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
