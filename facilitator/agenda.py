"""The agenda clock: a meeting's plan, where it stands against it, and how it moves.

An ``Agenda`` is an immutable value. Every transition takes ``now`` (Unix seconds from the
server) and returns a new value. Time is banked into a segment's ``actual_seconds`` whenever it
stops accruing (pause, move, finish), so the live figure is "banked + time since the current
stint began". The figures derived from a value and ``now`` are in ``agenda_figures``.
"""

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from facilitator.values import TransitionError, check_int, check_time, jsonable

TURN_MODES = ("open", "round", "hands", "silent")
PHASES = ("not_started", "running", "paused", "finished")
MAX_SEGMENTS = 50
PLANNED_MINUTES = (1, 240)
EXTEND_MINUTES = (1, 60)
MAX_KEY_LENGTH = 64
MAX_TITLE_LENGTH = 200


@dataclass(frozen=True)
class Segment:
    key: str
    title: str
    planned_minutes: int
    turn_mode: str = "open"

    def __post_init__(self) -> None:
        low, high = PLANNED_MINUTES
        minutes = self.planned_minutes
        if not (
            isinstance(self.key, str)
            and 0 < len(self.key) <= MAX_KEY_LENGTH
            and isinstance(self.title, str)
            and len(self.title) <= MAX_TITLE_LENGTH
            and self.turn_mode in TURN_MODES
            and type(minutes) is int
            and low <= minutes <= high
        ):
            raise TransitionError(
                "bad_plan",
                f"A segment needs a 1..64 character key, a title of at most 200 characters, "
                f"{low}..{high} planned minutes and a turn mode in {TURN_MODES}.",
            )

    def to_dict(self) -> dict[str, Any]:
        return jsonable(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Segment":
        return cls(**data)


@dataclass(frozen=True)
class SegmentProgress:
    actual_seconds: float = 0.0
    extended_minutes: int = 0
    skipped: bool = False
    visits: int = 0

    def to_dict(self) -> dict[str, Any]:
        return jsonable(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "SegmentProgress":
        return cls(**data)


@dataclass(frozen=True)
class Agenda:
    segments: tuple[Segment, ...]
    progress: tuple[SegmentProgress, ...]
    scheduled_start: float
    scheduled_end: float
    phase: str = "not_started"
    current: int = 0
    started_at: float | None = None
    finished_at: float | None = None
    # When the current segment last began accruing time; None unless running.
    stint_since: float | None = None
    paused_at: float | None = None
    paused_seconds: float = 0.0
    # The latest ``now`` seen, so a worker whose clock lags cannot make time run backwards.
    last_at: float = 0.0

    def __post_init__(self) -> None:
        keys = [segment.key for segment in self.segments]
        if not 0 < len(keys) <= MAX_SEGMENTS or len(set(keys)) != len(keys):
            raise TransitionError("bad_plan", "A plan needs 1..50 segments with unique keys.")
        if len(self.progress) != len(self.segments) or self.phase not in PHASES:
            raise TransitionError("bad_plan", "Progress must match the plan.")
        if not self.scheduled_end > self.scheduled_start:
            raise TransitionError("bad_plan", "The scheduled end must follow the start.")

    def to_dict(self) -> dict[str, Any]:
        return jsonable(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Agenda":
        segments = tuple(Segment.from_dict(item) for item in data["segments"])
        progress = tuple(SegmentProgress.from_dict(item) for item in data["progress"])
        return cls(**{**data, "segments": segments, "progress": progress})


def new_agenda(plan: Sequence[Segment], scheduled_start: float, scheduled_end: float) -> Agenda:
    return Agenda(
        segments=tuple(plan),
        progress=tuple(SegmentProgress() for _ in plan),
        scheduled_start=check_time(scheduled_start),
        scheduled_end=check_time(scheduled_end),
    )


def clamp(agenda: Agenda, now: float) -> float:
    return max(check_time(now), agenda.last_at)


# --- transitions -------------------------------------------------------------------------


def _require_live(agenda: Agenda) -> None:
    if agenda.phase == "not_started":
        raise TransitionError("not_started", "The meeting has not started yet.")
    if agenda.phase == "finished":
        raise TransitionError("finished", "The meeting has finished.")


def _update(
    progress: tuple[SegmentProgress, ...], index: int, **changes: Any
) -> tuple[SegmentProgress, ...]:
    return progress[:index] + (replace(progress[index], **changes),) + progress[index + 1 :]


def _banked(agenda: Agenda, t: float) -> tuple[SegmentProgress, ...]:
    if agenda.stint_since is None:
        return agenda.progress
    spent = agenda.progress[agenda.current].actual_seconds + (t - agenda.stint_since)
    return _update(agenda.progress, agenda.current, actual_seconds=spent)


def _enter(agenda: Agenda, index: int, t: float) -> Agenda:
    progress = _banked(agenda, t)
    # Returning to a skipped segment means the facilitator chose to run it after all.
    progress = _update(progress, index, skipped=False, visits=progress[index].visits + 1)
    since = t if agenda.phase == "running" else None
    return replace(agenda, progress=progress, current=index, stint_since=since, last_at=t)


def _neighbour(agenda: Agenda, step: int) -> int | None:
    index = agenda.current + step
    while 0 <= index < len(agenda.segments):
        if not agenda.progress[index].skipped:
            return index
        index += step
    return None


def start(agenda: Agenda, now: float) -> Agenda:
    if agenda.phase != "not_started":
        raise TransitionError("already_started", "The meeting has already started.")
    t = clamp(agenda, now)
    progress = _update(agenda.progress, 0, visits=1)
    return replace(
        agenda,
        phase="running",
        current=0,
        started_at=t,
        stint_since=t,
        progress=progress,
        last_at=t,
    )


def next_segment(agenda: Agenda, now: float) -> Agenda:
    _require_live(agenda)
    index = _neighbour(agenda, +1)
    if index is None:
        raise TransitionError("at_last_segment", "This is the last segment; finish instead.")
    return _enter(agenda, index, clamp(agenda, now))


def previous_segment(agenda: Agenda, now: float) -> Agenda:
    _require_live(agenda)
    index = _neighbour(agenda, -1)
    if index is None:
        raise TransitionError("at_first_segment", "There is no earlier segment to return to.")
    return _enter(agenda, index, clamp(agenda, now))


def segment_index(agenda: Agenda, key: str) -> int:
    for index, segment in enumerate(agenda.segments):
        if segment.key == key:
            return index
    raise TransitionError("bad_segment", "There is no segment with that key in this plan.")


def go_to(agenda: Agenda, key: str, now: float) -> Agenda:
    _require_live(agenda)
    index = segment_index(agenda, key)
    if index == agenda.current:
        return agenda
    return _enter(agenda, index, clamp(agenda, now))


def pause(agenda: Agenda, now: float) -> Agenda:
    _require_live(agenda)
    if agenda.phase == "paused":
        raise TransitionError("already_paused", "The meeting is already paused.")
    t = clamp(agenda, now)
    progress = _banked(agenda, t)
    return replace(
        agenda, phase="paused", progress=progress, stint_since=None, paused_at=t, last_at=t
    )


def resume(agenda: Agenda, now: float) -> Agenda:
    _require_live(agenda)
    if agenda.paused_at is None:
        raise TransitionError("not_paused", "The meeting is not paused.")
    t = clamp(agenda, now)
    paused = agenda.paused_seconds + (t - agenda.paused_at)
    return replace(
        agenda, phase="running", stint_since=t, paused_at=None, paused_seconds=paused, last_at=t
    )


def extend(agenda: Agenda, minutes: int, now: float) -> Agenda:
    _require_live(agenda)
    check_int(minutes, EXTEND_MINUTES, "minutes")
    extended = agenda.progress[agenda.current].extended_minutes + minutes
    progress = _update(agenda.progress, agenda.current, extended_minutes=extended)
    return replace(agenda, progress=progress, last_at=clamp(agenda, now))


def skip(agenda: Agenda, now: float) -> Agenda:
    _require_live(agenda)
    index = _neighbour(agenda, +1)
    if index is None:
        raise TransitionError("at_last_segment", "This is the last segment; finish instead.")
    marked = replace(agenda, progress=_update(agenda.progress, agenda.current, skipped=True))
    return _enter(marked, index, clamp(agenda, now))


def finish(agenda: Agenda, now: float) -> Agenda:
    _require_live(agenda)
    t = clamp(agenda, now)
    open_pause = 0.0 if agenda.paused_at is None else t - agenda.paused_at
    return replace(
        agenda,
        phase="finished",
        progress=_banked(agenda, t),
        finished_at=t,
        stint_since=None,
        paused_at=None,
        paused_seconds=agenda.paused_seconds + open_pause,
        last_at=t,
    )
