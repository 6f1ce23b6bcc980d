import contextlib
import json
import math
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator import agenda as clock
from facilitator import agenda_figures as figures
from facilitator.agenda import Agenda, Segment
from facilitator.values import TransitionError

T0 = 1_700_000_000.0
PLAN = (
    Segment("arrive", "Arrival", 5, "open"),
    Segment("checkin", "Check-in round", 20, "round"),
    Segment("teach", "Teaching", 30, "silent"),
    Segment("close", "Closing", 5, "hands"),
)
TOTAL = 60 * 60.0


def fresh() -> Agenda:
    return clock.new_agenda(PLAN, T0, T0 + TOTAL)


def started(at: float = T0) -> Agenda:
    return clock.start(fresh(), at)


def json_round_trip(agenda: Agenda) -> Agenda:
    return Agenda.from_dict(json.loads(json.dumps(agenda.to_dict())))


def test_before_start_nothing_has_elapsed_and_the_plan_fits_the_schedule() -> None:
    agenda = fresh()
    assert figures.segment_elapsed(agenda, T0 - 600) == 0
    assert figures.meeting_active_seconds(agenda, T0 - 600) == 0
    assert figures.status(agenda, T0 - 600) == "ok"
    assert figures.projected_end(agenda, T0 - 600) == T0 + TOTAL
    # Starting ten minutes late pushes the projection ten minutes past the schedule.
    assert figures.projected_end(agenda, T0 + 600) == T0 + TOTAL + 600


def test_start_opens_the_first_segment_and_the_clock_runs() -> None:
    agenda = started()
    assert agenda.phase == "running"
    assert agenda.segments[agenda.current].key == "arrive"
    assert figures.segment_elapsed(agenda, T0 + 90) == 90
    assert figures.segment_remaining(agenda, T0 + 90) == 210
    assert figures.projected_end(agenda, T0 + 90) == T0 + TOTAL


def test_pause_freezes_the_clock_and_resume_continues_it() -> None:
    agenda = clock.pause(started(), T0 + 100)
    assert figures.segment_elapsed(agenda, T0 + 500) == 100
    assert figures.meeting_active_seconds(agenda, T0 + 500) == 100
    # While paused the end of the meeting slips by the length of the pause.
    assert figures.projected_end(agenda, T0 + 500) == T0 + TOTAL + 400
    agenda = clock.resume(agenda, T0 + 500)
    assert figures.segment_elapsed(agenda, T0 + 560) == 160
    assert figures.meeting_active_seconds(agenda, T0 + 560) == 160


def test_revisiting_a_segment_adds_to_its_actual_time() -> None:
    agenda = clock.next_segment(started(), T0 + 300)
    agenda = clock.previous_segment(agenda, T0 + 400)
    agenda = clock.next_segment(agenda, T0 + 460)
    rows = {row["key"]: row for row in figures.plan_vs_actual(agenda, T0 + 500)}
    assert rows["arrive"]["actual_seconds"] == 360
    assert rows["arrive"]["visits"] == 2
    assert rows["checkin"]["actual_seconds"] == 140
    assert rows["teach"]["actual_seconds"] == 0


def test_extend_gives_the_current_segment_more_time() -> None:
    agenda = clock.extend(started(), 5, T0 + 250)
    assert figures.segment_remaining(agenda, T0 + 300) == 300
    assert figures.overrun(agenda, T0 + 700) == 100
    assert figures.status(agenda, T0 + 700) == "over"
    row = figures.plan_vs_actual(agenda, T0 + 700)[0]
    assert row["extended_minutes"] == 5
    assert row["difference_seconds"] == 100


def test_skip_marks_the_segment_and_later_moves_pass_over_it() -> None:
    agenda = clock.next_segment(started(), T0 + 300)
    agenda = clock.skip(agenda, T0 + 360)
    assert agenda.segments[agenda.current].key == "teach"
    assert agenda.progress[1].skipped
    # The skipped round no longer counts towards the projected end.
    assert figures.projected_end(agenda, T0 + 360) == T0 + 360 + 35 * 60
    assert clock.previous_segment(agenda, T0 + 400).current == 0
    revived = clock.go_to(agenda, "checkin", T0 + 400)
    assert revived.current == 1
    assert not revived.progress[1].skipped


def test_moves_past_either_end_are_refused() -> None:
    agenda = started()
    with pytest.raises(TransitionError) as error:
        clock.previous_segment(agenda, T0 + 1)
    assert error.value.code == "at_first_segment"
    last = clock.go_to(agenda, "close", T0 + 2)
    for move in (clock.next_segment, clock.skip):
        with pytest.raises(TransitionError) as error:
            move(last, T0 + 3)
        assert error.value.code == "at_last_segment"


def test_go_to_needs_a_segment_of_this_plan() -> None:
    agenda = started()
    with pytest.raises(TransitionError) as error:
        clock.go_to(agenda, "nope", T0 + 1)
    assert error.value.code == "bad_segment"
    assert clock.go_to(agenda, "arrive", T0 + 1) is agenda


@pytest.mark.parametrize(
    ("key", "elapsed", "expected"),
    [
        # 30 minutes: two minutes is shorter than a fifth (six minutes).
        ("teach", 27 * 60, "ok"),
        ("teach", 28 * 60, "near_end"),
        ("teach", 30 * 60, "near_end"),
        ("teach", 30 * 60 + 1, "over"),
        # 5 minutes: a fifth (one minute) is shorter than two minutes.
        ("arrive", 3 * 60 + 59, "ok"),
        ("arrive", 4 * 60, "near_end"),
        ("arrive", 5 * 60 + 0.5, "over"),
    ],
)
def test_clock_colour_follows_the_documented_rule(key: str, elapsed: float, expected: str) -> None:
    agenda = clock.go_to(started(), key, T0)
    assert figures.status(agenda, T0 + elapsed) == expected


def test_finish_freezes_everything() -> None:
    agenda = clock.finish(clock.pause(started(), T0 + 100), T0 + 200)
    assert agenda.phase == "finished"
    assert figures.meeting_active_seconds(agenda, T0 + 9999) == 100
    assert figures.projected_end(agenda, T0 + 9999) == T0 + 200
    assert figures.planned_remaining_seconds(agenda, T0 + 9999) == 0
    with pytest.raises(TransitionError) as error:
        clock.next_segment(agenda, T0 + 300)
    assert error.value.code == "finished"


@pytest.mark.parametrize(
    ("make", "move", "code"),
    [
        (fresh, clock.next_segment, "not_started"),
        (fresh, clock.pause, "not_started"),
        (fresh, clock.finish, "not_started"),
        (started, clock.start, "already_started"),
        (started, clock.resume, "not_paused"),
        (lambda: clock.pause(started(), T0 + 1), clock.pause, "already_paused"),
    ],
)
def test_transitions_out_of_phase_are_refused(
    make: Callable[[], Agenda], move: Callable[[Agenda, float], Agenda], code: str
) -> None:
    with pytest.raises(TransitionError) as error:
        move(make(), T0 + 10)
    assert error.value.code == code


@pytest.mark.parametrize("minutes", [0, 61, -5, True, 1.5, "5", None])
def test_extend_refuses_bad_minutes(minutes: object) -> None:
    with pytest.raises(TransitionError) as error:
        clock.extend(started(), minutes, T0 + 1)  # type: ignore[arg-type]
    assert error.value.code == "bad_argument"


def test_a_lagging_clock_never_makes_time_run_backwards() -> None:
    agenda = clock.next_segment(started(), T0 + 300)
    behind = clock.pause(agenda, T0 + 200)
    assert figures.segment_elapsed(agenda, T0 + 100) == 0
    assert behind.paused_at == T0 + 300
    assert figures.meeting_active_seconds(behind, T0) == 300


@pytest.mark.parametrize(
    ("plan", "end"),
    [
        ((), T0 + 60),
        ((PLAN[0], PLAN[0]), T0 + 600),
        (PLAN, T0),
    ],
)
def test_bad_plans_are_refused(plan: tuple[Segment, ...], end: float) -> None:
    with pytest.raises(TransitionError) as error:
        clock.new_agenda(plan, T0, end)
    assert error.value.code == "bad_plan"


@pytest.mark.parametrize(
    "segment",
    [
        {"key": "", "title": "x", "planned_minutes": 5},
        {"key": "k", "title": "x", "planned_minutes": 0},
        {"key": "k", "title": "x", "planned_minutes": True},
        {"key": "k", "title": "x", "planned_minutes": 5, "turn_mode": "shout"},
    ],
)
def test_bad_segments_are_refused(segment: dict) -> None:
    with pytest.raises(TransitionError) as error:
        Segment(**segment)
    assert error.value.code == "bad_plan"


def test_view_is_json_and_round_trips() -> None:
    agenda = clock.extend(clock.next_segment(started(), T0 + 320), 3, T0 + 400)
    view = figures.view(agenda, T0 + 500)
    assert json.loads(json.dumps(view)) == view
    assert view["segment"]["elapsed_seconds"] == 180
    assert view["meeting"]["projected_overrun_seconds"] == 20 + 180
    assert json_round_trip(agenda) == agenda


# --- properties --------------------------------------------------------------------------

MOVES = {
    "start": clock.start,
    "next": clock.next_segment,
    "previous": clock.previous_segment,
    "pause": clock.pause,
    "resume": clock.resume,
    "skip": clock.skip,
    "finish": clock.finish,
    "extend": lambda agenda, now: clock.extend(agenda, 2, now),
    **{f"go_{s.key}": (lambda key: lambda a, now: clock.go_to(a, key, now))(s.key) for s in PLAN},
}
steps = st.lists(
    st.tuples(st.sampled_from(sorted(MOVES)), st.floats(0, 3600, allow_nan=False)), max_size=40
)


def assert_consistent(agenda: Agenda, now: float) -> None:
    assert figures.segment_elapsed(agenda, now) >= 0
    assert figures.segment_remaining(agenda, now) >= 0
    assert figures.overrun(agenda, now) >= 0
    active = figures.meeting_active_seconds(agenda, now)
    assert active >= 0
    actual = sum(figures.actual_seconds(agenda, i, now) for i in range(len(agenda.segments)))
    assert math.isclose(actual, active, abs_tol=1e-3)
    assert figures.projected_end(agenda, now) >= min(now, agenda.last_at)
    assert figures.status(agenda, now) in ("ok", "near_end", "over")


@given(steps, st.floats(0, 3600, allow_nan=False))
def test_any_sequence_keeps_the_clock_consistent(moves: list, probe: float) -> None:
    agenda, now = fresh(), T0
    for name, gap in moves:
        now += gap
        before = agenda.to_dict()
        try:
            agenda = MOVES[name](agenda, now)
        except TransitionError:
            assert agenda.to_dict() == before
        assert_consistent(agenda, now + probe)
        assert json_round_trip(agenda) == agenda


@given(st.lists(st.tuples(st.sampled_from(sorted(MOVES)), st.floats(-3600, 3600)), max_size=30))
def test_clock_skew_between_workers_never_gives_negative_time(moves: list) -> None:
    agenda, now = fresh(), T0
    for name, jitter in moves:
        with contextlib.suppress(TransitionError):
            agenda = MOVES[name](agenda, now + jitter)
        assert_consistent(agenda, now)
        now += 60
