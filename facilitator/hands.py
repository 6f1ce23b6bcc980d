"""The hand queue: first raised, first called.

``called`` remembers whom the facilitator last called on, so every client can show who has
the floor in a hands-only segment.
"""

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from facilitator.values import TransitionError, check_time, jsonable


@dataclass(frozen=True)
class RaisedHand:
    participant_id: str
    raised_at: float


@dataclass(frozen=True)
class HandQueue:
    hands: tuple[RaisedHand, ...] = ()
    called: str | None = None
    called_at: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return jsonable(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "HandQueue":
        hands = tuple(RaisedHand(**item) for item in data["hands"])
        return cls(**{**data, "hands": hands})


def queue(hands: HandQueue) -> tuple[str, ...]:
    return tuple(hand.participant_id for hand in hands.hands)


def place(hands: HandQueue, participant_id: str) -> int | None:
    """1-based place in line, or None when the hand is down."""
    ids = queue(hands)
    return ids.index(participant_id) + 1 if participant_id in ids else None


def raise_hand(hands: HandQueue, participant_id: str, now: float) -> HandQueue:
    """Raising an already raised hand keeps its place, so a double click costs nothing."""
    if participant_id in queue(hands):
        return hands
    raised = hands.hands + (RaisedHand(participant_id, check_time(now)),)
    if hands.called == participant_id:
        return HandQueue(raised)
    return replace(hands, hands=raised)


def lower_hand(hands: HandQueue, participant_id: str) -> HandQueue:
    if participant_id not in queue(hands):
        return hands
    kept = tuple(hand for hand in hands.hands if hand.participant_id != participant_id)
    return replace(hands, hands=kept)


def drop(hands: HandQueue, participant_id: str) -> HandQueue:
    """Someone left: their hand goes down and they no longer hold the floor."""
    lowered = lower_hand(hands, participant_id)
    if lowered.called == participant_id:
        return HandQueue(lowered.hands)
    return lowered


def call_next(
    hands: HandQueue,
    now: float,
    participant_id: str | None = None,
    unavailable: Iterable[str] = (),
) -> tuple[str, HandQueue]:
    """Call on the first raised hand of someone available (or on ``participant_id``).

    Returns who was called and the queue without them. People who have stepped away keep
    their place but are passed over until they are back.
    """
    if participant_id is not None:
        if participant_id not in queue(hands):
            raise TransitionError("not_raised", "That person's hand is not raised.")
        chosen = participant_id
    else:
        away = set(unavailable)
        waiting = [pid for pid in queue(hands) if pid not in away]
        if not waiting:
            raise TransitionError("no_hands", "No raised hands are waiting.")
        chosen = waiting[0]
    called = replace(lower_hand(hands, chosen), called=chosen, called_at=check_time(now))
    return chosen, called


def view(hands: HandQueue) -> dict[str, Any]:
    return jsonable(hands)
