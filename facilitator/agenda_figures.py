"""What the agenda clock shows: figures derived from an ``Agenda`` and ``now``, and the view
clients draw from.

Each figure is a pure function of the value and the time; none of them moves the clock. A
segment's live time is what was banked into its ``actual_seconds`` plus, for the current
segment while running, the time since its stint began.
"""

from dataclasses import asdict
from typing import Any

from facilitator.agenda import Agenda, clamp

# The clock turns amber for the shorter of the last fifth and the last two minutes, so a long
# teaching segment doesn't go amber ten minutes early and a short one doesn't start amber.
NEAR_END_FRACTION = 0.2
NEAR_END_SECONDS = 120.0


def clock_now(agenda: Agenda, now: float) -> float:
    """The instant the clock shows: frozen while paused and after the finish."""
    if agenda.phase == "paused" and agenda.paused_at is not None:
        return agenda.paused_at
    if agenda.phase == "finished" and agenda.finished_at is not None:
        return agenda.finished_at
    return clamp(agenda, now)


def allowance_seconds(agenda: Agenda, index: int) -> float:
    minutes = agenda.segments[index].planned_minutes + agenda.progress[index].extended_minutes
    return minutes * 60.0


def actual_seconds(agenda: Agenda, index: int, now: float) -> float:
    spent = agenda.progress[index].actual_seconds
    if index == agenda.current and agenda.stint_since is not None:
        spent += max(0.0, clamp(agenda, now) - agenda.stint_since)
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
    t = clamp(agenda, now)
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
