"""Sharing rounds with a talking piece.

A ``Round`` is an ordered list of turns and a position: turns before the position have an
outcome, the turn at the position holds the floor, the rest wait. Someone who is away
(left or stepped out) is passed over when their turn comes and recorded as "absent"; if they
come back before the round ends they are queued again at the end, so nobody loses their turn
to a dropped connection or a short break.
"""

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from facilitator.values import TransitionError, check_int, check_time, jsonable

ORDER_MODES = ("join", "shuffle", "custom")
OUTCOMES = ("pending", "shared", "passed", "skipped", "absent")
SHARE_SECONDS = (15, 900)
MORE_TIME_SECONDS = (15, 900)


@dataclass(frozen=True)
class Turn:
    participant_id: str
    outcome: str = "pending"


@dataclass(frozen=True)
class Round:
    turns: tuple[Turn, ...]
    share_seconds: int
    started_at: float
    position: int = 0
    share_started_at: float | None = None
    extra_seconds: int = 0
    away: frozenset[str] = frozenset()
    ended_at: float | None = None

    @property
    def active(self) -> bool:
        return self.ended_at is None

    def to_dict(self) -> dict[str, Any]:
        return jsonable(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Round":
        turns = tuple(Turn(**item) for item in data["turns"])
        return cls(**{**data, "turns": turns, "away": frozenset(data["away"])})


def order_participants(
    participant_ids: Sequence[str],
    mode: str,
    *,
    seed: int | None = None,
    rng: random.Random | None = None,
    custom: Sequence[str] | None = None,
) -> tuple[str, ...]:
    """Speaking order from the people present (in join order) and the facilitator's choice."""
    if mode != "custom" and custom is not None:
        raise TransitionError("bad_argument", "A speaking order is only taken in custom mode.")
    if mode == "join":
        return tuple(participant_ids)
    if mode == "shuffle":
        order = list(participant_ids)
        (rng or random.Random(seed)).shuffle(order)
        return tuple(order)
    if mode == "custom":
        if not custom:
            raise TransitionError("bad_argument", "Custom order needs participant_ids.")
        unknown = set(custom) - set(participant_ids)
        if unknown:
            raise TransitionError("unknown_participant", "The order names someone not here.")
        return tuple(custom)
    raise TransitionError("bad_argument", f"Order must be one of {ORDER_MODES}.")


def start_round(
    order: Sequence[str], share_seconds: int, now: float, away: Iterable[str] = ()
) -> Round:
    if not order:
        raise TransitionError("no_participants", "Nobody is here to take part in a round.")
    if len(set(order)) != len(order):
        raise TransitionError("bad_argument", "Each person may appear once in the order.")
    check_int(share_seconds, SHARE_SECONDS, "share_seconds")
    t = check_time(now)
    turns = tuple(Turn(participant_id) for participant_id in order)
    fresh = Round(turns=turns, share_seconds=share_seconds, started_at=t, away=frozenset(away))
    return _settle(fresh, t)


def _settle(round_: Round, now: float) -> Round:
    """Pass over absent people to the next one here, or end the round after the last."""
    turns = list(round_.turns)
    position = round_.position
    while position < len(turns) and turns[position].participant_id in round_.away:
        turns[position] = replace(turns[position], outcome="absent")
        position += 1
    ended = position >= len(turns)
    return replace(
        round_,
        turns=tuple(turns),
        position=position,
        share_started_at=None if ended else now,
        extra_seconds=0,
        ended_at=now if ended else None,
    )


def _require_active(round_: Round) -> None:
    if not round_.active:
        raise TransitionError("no_round", "No round is in progress.")


def _advance(round_: Round, outcome: str, now: float) -> Round:
    _require_active(round_)
    turns = list(round_.turns)
    turns[round_.position] = replace(turns[round_.position], outcome=outcome)
    return _settle(replace(round_, turns=tuple(turns), position=round_.position + 1), now)


def _speaker_only(round_: Round, participant_id: str) -> None:
    _require_active(round_)
    if current_speaker(round_) != participant_id:
        raise TransitionError("not_speaker", "Only the person holding the piece can do that.")


def finish_share(round_: Round, participant_id: str, now: float) -> Round:
    _speaker_only(round_, participant_id)
    return _advance(round_, "shared", now)


def pass_turn(round_: Round, participant_id: str, now: float) -> Round:
    _speaker_only(round_, participant_id)
    return _advance(round_, "passed", now)


def next_turn(round_: Round, now: float) -> Round:
    """The facilitator moves on; the speaker is counted as having shared."""
    return _advance(round_, "shared", now)


def skip_turn(round_: Round, now: float) -> Round:
    return _advance(round_, "skipped", now)


def more_time(round_: Round, seconds: int) -> Round:
    _require_active(round_)
    check_int(seconds, MORE_TIME_SECONDS, "seconds")
    return replace(round_, extra_seconds=round_.extra_seconds + seconds)


def end_round(round_: Round, now: float) -> Round:
    _require_active(round_)
    return replace(round_, share_started_at=None, ended_at=now)


def shift_share(round_: Round, seconds: float) -> Round:
    """Move the share start later, so a meeting pause does not eat the speaker's time."""
    if round_.share_started_at is None:
        return round_
    return replace(round_, share_started_at=round_.share_started_at + seconds)


def _index_of(round_: Round, participant_id: str) -> int | None:
    for index, turn in enumerate(round_.turns):
        if turn.participant_id == participant_id:
            return index
    return None


def add_participant(round_: Round, participant_id: str, now: float) -> Round:
    """A late joiner goes to the end; someone already in the round is treated as returning."""
    if not round_.active:
        return round_
    if _index_of(round_, participant_id) is not None:
        return mark_returned(round_, participant_id, now)
    return replace(round_, turns=round_.turns + (Turn(participant_id),))


def mark_left(round_: Round, participant_id: str, now: float) -> Round:
    """Someone left or stepped away: passed over when their turn comes, at once if it has."""
    if _index_of(round_, participant_id) is None:
        return round_
    marked = replace(round_, away=round_.away | {participant_id})
    if round_.active and current_speaker(round_) == participant_id:
        return _advance(marked, "absent", now)
    return marked


def mark_returned(round_: Round, participant_id: str, now: float) -> Round:
    back = replace(round_, away=round_.away - {participant_id})
    index = _index_of(back, participant_id)
    if not back.active or index is None or back.turns[index].outcome != "absent":
        return back
    # Absent turns are always behind the position, so the current speaker keeps the floor.
    turns = back.turns[:index] + back.turns[index + 1 :] + (Turn(participant_id),)
    return replace(back, turns=turns, position=back.position - 1)


# --- derived figures ---------------------------------------------------------------------


def current_speaker(round_: Round) -> str | None:
    if not round_.active:
        return None
    return round_.turns[round_.position].participant_id


def next_speaker(round_: Round) -> str | None:
    if not round_.active:
        return None
    for turn in round_.turns[round_.position + 1 :]:
        if turn.participant_id not in round_.away:
            return turn.participant_id
    return None


def share_elapsed(round_: Round, now: float) -> float:
    if round_.share_started_at is None:
        return 0.0
    return max(0.0, now - round_.share_started_at)


def remaining_share_seconds(round_: Round, now: float) -> float:
    if round_.share_started_at is None:
        return 0.0
    allowance = round_.share_seconds + round_.extra_seconds
    return max(0.0, allowance - share_elapsed(round_, now))


def share_overrun(round_: Round, now: float) -> float:
    allowance = round_.share_seconds + round_.extra_seconds
    return max(0.0, share_elapsed(round_, now) - allowance) if round_.active else 0.0


def with_outcome(round_: Round, outcome: str) -> list[str]:
    return [turn.participant_id for turn in round_.turns if turn.outcome == outcome]


def view(round_: Round, now: float, ticking: bool = True) -> dict[str, Any]:
    """Figures as of ``now``; while ``ticking`` a client counts the share time down itself."""
    return {
        "active": round_.active,
        "ticking": ticking and round_.active,
        "current_speaker": current_speaker(round_),
        "next_speaker": next_speaker(round_),
        "share_seconds": round_.share_seconds,
        "extra_seconds": round_.extra_seconds,
        "share_started_at": round_.share_started_at,
        "remaining_seconds": remaining_share_seconds(round_, now),
        "overrun_seconds": share_overrun(round_, now),
        "turns": jsonable(round_.turns),
        **{outcome: with_outcome(round_, outcome) for outcome in OUTCOMES},
        "started_at": round_.started_at,
        "ended_at": round_.ended_at,
    }
