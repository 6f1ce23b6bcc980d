"""The agenda clock: where a meeting stands against its plan.

An ``Agenda`` is an immutable value. Every transition takes ``now`` (Unix seconds from the
server) and returns a new value; derived figures are pure functions of the value and ``now``.
Time is banked into a segment's ``actual_seconds`` whenever it stops accruing (pause, move,
finish), so the live figure is "banked + time since the current stint began".

``TransitionError`` lives here because this is the root of the package's import graph; the
other modules and ``meeting_state`` raise and re-export it.
"""

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields, is_dataclass, replace
from typing import Any

TURN_MODES = ("open", "round", "hands", "silent")
PHASES = ("not_started", "running", "paused", "finished")
# The clock turns amber for the shorter of the last fifth and the last two minutes, so a long
# teaching segment doesn't go amber ten minutes early and a short one doesn't start amber.
NEAR_END_FRACTION = 0.2
NEAR_END_SECONDS = 120.0
MAX_SEGMENTS = 50
PLANNED_MINUTES = (1, 240)
EXTEND_MINUTES = (1, 60)
MAX_KEY_LENGTH = 64
MAX_TITLE_LENGTH = 200


class TransitionError(Exception):
    """An invalid transition or argument: ``code`` is stable, ``message`` is for people."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message


def check_int(value: object, bounds: tuple[int, int], name: str) -> int:
    """An int (never a bool, which Python counts as one) within ``bounds`` inclusive."""
    low, high = bounds
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise TransitionError("bad_argument", f"{name} must be a whole number {low}..{high}.")
    return value


def check_time(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise TransitionError("bad_argument", "A time must be a finite number of seconds.")
    return float(value)


def jsonable(value: Any) -> Any:
    """Dataclasses to dicts, tuples to lists and sets to sorted lists, for ``json.dumps``."""
    if is_dataclass(value) and not isinstance(value, type):
        return {field.name: jsonable(getattr(value, field.name)) for field in fields(value)}
    if isinstance(value, tuple | list):
        return [jsonable(item) for item in value]
    if isinstance(value, frozenset | set):
        return sorted(value)
    return value


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


# --- transitions -------------------------------------------------------------------------


def _clamp(agenda: Agenda, now: float) -> float:
    return max(check_time(now), agenda.last_at)


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
    t = _clamp(agenda, now)
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
    return _enter(agenda, index, _clamp(agenda, now))


def previous_segment(agenda: Agenda, now: float) -> Agenda:
    _require_live(agenda)
    index = _neighbour(agenda, -1)
    if index is None:
        raise TransitionError("at_first_segment", "There is no earlier segment to return to.")
    return _enter(agenda, index, _clamp(agenda, now))


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
    return _enter(agenda, index, _clamp(agenda, now))


def pause(agenda: Agenda, now: float) -> Agenda:
    _require_live(agenda)
    if agenda.phase == "paused":
        raise TransitionError("already_paused", "The meeting is already paused.")
    t = _clamp(agenda, now)
    progress = _banked(agenda, t)
    return replace(
        agenda, phase="paused", progress=progress, stint_since=None, paused_at=t, last_at=t
    )


def resume(agenda: Agenda, now: float) -> Agenda:
    _require_live(agenda)
    if agenda.paused_at is None:
        raise TransitionError("not_paused", "The meeting is not paused.")
    t = _clamp(agenda, now)
    paused = agenda.paused_seconds + (t - agenda.paused_at)
    return replace(
        agenda, phase="running", stint_since=t, paused_at=None, paused_seconds=paused, last_at=t
    )


def extend(agenda: Agenda, minutes: int, now: float) -> Agenda:
    _require_live(agenda)
    check_int(minutes, EXTEND_MINUTES, "minutes")
    extended = agenda.progress[agenda.current].extended_minutes + minutes
    progress = _update(agenda.progress, agenda.current, extended_minutes=extended)
    return replace(agenda, progress=progress, last_at=_clamp(agenda, now))


def skip(agenda: Agenda, now: float) -> Agenda:
    _require_live(agenda)
    index = _neighbour(agenda, +1)
    if index is None:
        raise TransitionError("at_last_segment", "This is the last segment; finish instead.")
    marked = replace(agenda, progress=_update(agenda.progress, agenda.current, skipped=True))
    return _enter(marked, index, _clamp(agenda, now))


def finish(agenda: Agenda, now: float) -> Agenda:
    _require_live(agenda)
    t = _clamp(agenda, now)
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


# --- derived figures ---------------------------------------------------------------------


def clock_now(agenda: Agenda, now: float) -> float:
    """The instant the clock shows: frozen while paused and after the finish."""
    if agenda.phase == "paused" and agenda.paused_at is not None:
        return agenda.paused_at
    if agenda.phase == "finished" and agenda.finished_at is not None:
        return agenda.finished_at
    return _clamp(agenda, now)


def allowance_seconds(agenda: Agenda, index: int) -> float:
    minutes = agenda.segments[index].planned_minutes + agenda.progress[index].extended_minutes
    return minutes * 60.0


def actual_seconds(agenda: Agenda, index: int, now: float) -> float:
    spent = agenda.progress[index].actual_seconds
    if index == agenda.current and agenda.stint_since is not None:
        spent += max(0.0, _clamp(agenda, now) - agenda.stint_since)
    return spent


def segment_elapsed(agenda: Agenda, now: float) -> float:
    return actual_seconds(agenda, agenda.current, now)


def segment_remaining(agenda: Agenda, now: float) -> float:
    return max(0.0, allowance_seconds(agenda, agenda.current) - segment_elapsed(agenda, now))


def overrun(agenda: Agenda, now: float) -> float:
    return max(0.0, segment_elapsed(agenda, now) - allowance_seconds(agenda, agenda.current))


def near_end_threshold(allowance: float) -> float:
    return min(NEAR_END_FRACTION * allowance, NEAR_END_SECONDS)


def status(agenda: Agenda, now: float) -> str:
    """Clock colour: "over" past the allowance, "near_end" inside the threshold, else "ok"."""
    if agenda.phase == "not_started":
        return "ok"
    if overrun(agenda, now) > 0:
        return "over"
    threshold = near_end_threshold(allowance_seconds(agenda, agenda.current))
    return "near_end" if segment_remaining(agenda, now) <= threshold else "ok"


def meeting_active_seconds(agenda: Agenda, now: float) -> float:
    """Time since the start with pauses left out; the segments' actual times add up to it."""
    if agenda.started_at is None:
        return 0.0
    return max(0.0, clock_now(agenda, now) - agenda.started_at - agenda.paused_seconds)


def planned_remaining_seconds(agenda: Agenda, now: float) -> float:
    """What is left of the current segment and of the later segments that are not skipped."""
    if agenda.phase == "finished":
        return 0.0
    total = segment_remaining(agenda, now)
    for index in range(agenda.current + 1, len(agenda.segments)):
        if not agenda.progress[index].skipped:
            left = allowance_seconds(agenda, index) - agenda.progress[index].actual_seconds
            total += max(0.0, left)
    return total


def projected_end(agenda: Agenda, now: float) -> float:
    if agenda.finished_at is not None:
        return agenda.finished_at
    t = _clamp(agenda, now)
    if agenda.phase == "not_started":
        t = max(t, agenda.scheduled_start)
    return t + planned_remaining_seconds(agenda, now)


def plan_vs_actual(agenda: Agenda, now: float) -> list[dict[str, Any]]:
    rows = []
    for index, (segment, progress) in enumerate(zip(agenda.segments, agenda.progress, strict=True)):
        actual = actual_seconds(agenda, index, now)
        rows.append(
            {
                **asdict(segment),
                "planned_seconds": segment.planned_minutes * 60.0,
                "extended_minutes": progress.extended_minutes,
                "actual_seconds": actual,
                "difference_seconds": actual - allowance_seconds(agenda, index),
                "skipped": progress.skipped,
                "visits": progress.visits,
            }
        )
    return rows


def _segment_figures(agenda: Agenda, now: float) -> dict[str, Any]:
    allowance = allowance_seconds(agenda, agenda.current)
    return {
        "allowance_seconds": allowance,
        "elapsed_seconds": segment_elapsed(agenda, now),
        "remaining_seconds": segment_remaining(agenda, now),
        "overrun_seconds": overrun(agenda, now),
        "near_end_seconds": near_end_threshold(allowance),
        "status": status(agenda, now),
    }


def _meeting_figures(agenda: Agenda, now: float) -> dict[str, Any]:
    projected = projected_end(agenda, now)
    return {
        "active_seconds": meeting_active_seconds(agenda, now),
        "planned_remaining_seconds": planned_remaining_seconds(agenda, now),
        "projected_end": projected,
        "projected_overrun_seconds": projected - agenda.scheduled_end,
    }


def view(agenda: Agenda, now: float) -> dict[str, Any]:
    """Figures as of ``now`` for clients to draw without the server ticking.

    While ``ticking``, a client that has seen ``d`` seconds pass since the snapshot adds ``d``
    to the elapsed and active figures, takes it off the remaining ones (stopping at zero and
    counting the excess as overrun), and moves ``projected_end`` by the excess only.
    """
    return {
        "phase": agenda.phase,
        "ticking": agenda.phase == "running",
        "current": agenda.current,
        "current_key": agenda.segments[agenda.current].key,
        "scheduled_start": agenda.scheduled_start,
        "scheduled_end": agenda.scheduled_end,
        "started_at": agenda.started_at,
        "paused_at": agenda.paused_at,
        "finished_at": agenda.finished_at,
        "segment": _segment_figures(agenda, now),
        "meeting": _meeting_figures(agenda, now),
        "segments": plan_vs_actual(agenda, now),
    }
