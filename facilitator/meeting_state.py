"""A meeting's whole live state as one value, and what every client is shown of it.

The server loads a ``MeetingState`` from JSON, changes it only through
``meeting_actions.apply``, saves the result with a version number and broadcasts
``public_view``.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from facilitator import agenda as clock
from facilitator import agenda_figures as figures
from facilitator import chat, hands, rounds
from facilitator.agenda import Agenda, Segment
from facilitator.chat import ChatMode
from facilitator.hands import HandQueue
from facilitator.rounds import Round
from facilitator.values import check_time, jsonable

PARTICIPANT_STATUSES = ("present", "stepped_away", "left")


@dataclass(frozen=True)
class Participant:
    participant_id: str
    status: str
    joined_at: float


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


def public_view(state: MeetingState, now: float) -> dict[str, Any]:
    """What every client draws. Clocks are given as of ``server_now``; while a ``ticking``
    flag is set, a client adds the time passed since then (no ticking on the server)."""
    t = max(check_time(now), state.last_at)
    frozen_at = figures.clock_now(state.agenda, t)
    running = state.agenda.phase == "running"
    return {
        "server_now": t,
        "agenda": figures.view(state.agenda, t),
        "round": None if state.round is None else rounds.view(state.round, frozen_at, running),
        "hands": hands.view(state.hands),
        "chat": chat.view(state.chat),
        "participants": jsonable(state.participants),
    }
