import json
import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator import agenda_figures as figures
from facilitator import hands, meeting_handlers, rounds
from facilitator.agenda import Segment
from facilitator.meeting_actions import (
    ACTIONS,
    ERROR_CODES,
    ActionSpec,
    Actor,
    Arg,
    apply,
    describe_actions,
)
from facilitator.meeting_state import MeetingState, new_meeting, public_view
from facilitator.values import TransitionError

T0 = 1_700_000_000.0
STAFF = Actor(is_staff=True)
ASH, BO, CY = Actor("ash"), Actor("bo"), Actor("cy")
PLAN = (
    Segment("arrive", "Arrival", 5, "open"),
    Segment("checkin", "Check-in", 20, "round"),
    Segment("close", "Closing", 5, "hands"),
)
ROUND = {"order": "join", "share_seconds": 120}


def room(*people: Actor, start: bool = True) -> MeetingState:
    state = new_meeting(PLAN, T0, T0 + 1800)
    for person in people or (ASH, BO, CY):
        state = apply(state, "join", {}, T0 - 60, person)
    return apply(state, "start", {}, T0, STAFF) if start else state


def code_of(state: MeetingState, action: str, args: Any, actor: Actor, now: float = T0) -> str:
    with pytest.raises(TransitionError) as error:
        apply(state, action, args, now, actor)
    assert error.value.code in ERROR_CODES
    return error.value.code


def speaker(state: MeetingState) -> str | None:
    return None if state.round is None else rounds.current_speaker(state.round)


def test_the_action_table_is_complete_and_documentable() -> None:
    names = [spec.name for spec in ACTIONS]
    assert len(names) == len(set(names))
    assert set(names) == set(meeting_handlers.HANDLERS)
    assert {spec.who for spec in ACTIONS} <= {"staff", "self", "self_or_staff"}
    assert {spec.when for spec in ACTIONS} <= {"any", "open", "live"}
    assert all(spec.summary for spec in ACTIONS)
    described = describe_actions()
    assert json.loads(json.dumps(described)) == described
    extend = next(item for item in described if item["name"] == "extend")
    assert extend["args"] == [
        {"name": "minutes", "kind": "int", "required": True, "bounds": [1, 60], "choices": []}
    ]


@pytest.mark.parametrize("spec", [s for s in ACTIONS if s.who == "staff"], ids=lambda s: s.name)
def test_attendees_cannot_run_the_meeting(spec: ActionSpec) -> None:
    assert code_of(room(), spec.name, {}, ASH) == "forbidden"


def test_attendees_manage_only_their_own_hand() -> None:
    state = apply(room(), "raise_hand", {}, T0 + 1, ASH)
    assert code_of(state, "lower_hand", {"participant_id": "ash"}, BO) == "forbidden"
    assert apply(state, "lower_hand", {}, T0 + 2, ASH).hands.hands == ()
    assert apply(state, "lower_hand", {"participant_id": "ash"}, T0 + 2, STAFF).hands.hands == ()
    assert code_of(state, "raise_hand", {}, STAFF) == "forbidden"


@pytest.mark.parametrize(
    ("action", "args"),
    [
        ("extend", {"minutes": 0}),
        ("extend", {"minutes": 61}),
        ("extend", {"minutes": "5"}),
        ("extend", {"minutes": 5.0}),
        ("extend", {"minutes": True}),
        ("extend", {}),
        ("extend", {"minutes": 5, "why": "x"}),
        ("extend", [5]),
        ("extend", None),
        ("go_to_segment", {"segment": 1}),
        ("go_to_segment", {"segment": "x" * 65}),
        ("start_round", {"order": "join", "share_seconds": 14}),
        ("start_round", {"order": "join", "share_seconds": 901}),
        ("start_round", {"order": "random", "share_seconds": 60}),
        ("start_round", {**ROUND, "seed": -1}),
        ("start_round", {**ROUND, "order": "custom", "participant_ids": "ash"}),
        ("start_round", {**ROUND, "order": "custom", "participant_ids": [1]}),
        ("start_round", {**ROUND, "order": "custom", "participant_ids": []}),
        ("start_round", {**ROUND, "order": "custom"}),
        ("start_round", {**ROUND, "participant_ids": ["ash"]}),
        ("more_time", {"seconds": 5}),
        ("set_chat_mode", {"mode": "slow", "slow_seconds": 1}),
        ("set_chat_mode", {"mode": "quiet"}),
        ("call_hand", {"participant_id": ""}),
    ],
)
def test_untrusted_arguments_are_checked(action: str, args: Any) -> None:
    state = room()
    if action == "more_time":
        state = apply(state, "start_round", ROUND, T0, STAFF)
    assert code_of(state, action, args, STAFF) == "bad_argument"


@pytest.mark.parametrize("action", ["fly", "", None, 3, "__init__"])
def test_unknown_actions_are_refused(action: Any) -> None:
    assert code_of(room(), action, {}, STAFF) == "unknown_action"


def test_the_phase_decides_what_is_possible() -> None:
    before = room(start=False)
    assert code_of(before, "next_segment", {}, STAFF) == "not_started"
    assert code_of(before, "start_round", ROUND, STAFF) == "not_started"
    assert apply(before, "raise_hand", {}, T0, ASH).hands.hands != ()
    after = apply(room(), "finish", {}, T0 + 60, STAFF)
    assert code_of(after, "raise_hand", {}, ASH, T0 + 70) == "finished"
    assert code_of(after, "start", {}, STAFF, T0 + 70) == "finished"
    assert apply(after, "leave", {}, T0 + 70, ASH).status_of("ash") == "left"


def test_a_round_runs_in_join_order_and_the_speaker_passes_the_piece() -> None:
    state = apply(room(), "start_round", ROUND, T0 + 10, STAFF)
    assert speaker(state) == "ash"
    assert code_of(state, "pass_turn", {}, BO) == "not_speaker"
    state = apply(state, "finish_share", {}, T0 + 70, ASH)
    state = apply(state, "pass_turn", {}, T0 + 80, BO)
    state = apply(state, "next_turn", {}, T0 + 90, STAFF)
    assert state.round is not None and not state.round.active
    assert code_of(state, "next_turn", {}, STAFF) == "no_round"
    assert apply(state, "start_round", ROUND, T0 + 100, STAFF).round != state.round


def test_only_one_round_at_a_time() -> None:
    state = apply(room(), "start_round", ROUND, T0 + 10, STAFF)
    assert code_of(state, "start_round", ROUND, STAFF) == "round_active"


def test_custom_order_must_name_people_in_the_room() -> None:
    state = apply(room(), "leave", {}, T0 + 1, CY)
    args = {**ROUND, "order": "custom"}
    assert code_of(state, "start_round", {**args, "participant_ids": ["cy"]}, STAFF) == (
        "unknown_participant"
    )
    state = apply(state, "start_round", {**args, "participant_ids": ["bo", "ash"]}, T0, STAFF)
    assert speaker(state) == "bo"


def test_a_shuffled_round_with_a_seed_is_repeatable() -> None:
    args = {**ROUND, "order": "shuffle", "seed": 11}
    first = apply(room(), "start_round", args, T0 + 10, STAFF)
    again = apply(room(), "start_round", args, T0 + 10, STAFF)
    assert first.round == again.round


def test_leaving_drops_the_hand_and_the_turn() -> None:
    state = apply(room(), "raise_hand", {}, T0 + 1, BO)
    state = apply(state, "start_round", ROUND, T0 + 2, STAFF)
    state = apply(state, "leave", {}, T0 + 3, BO)
    assert hands.queue(state.hands) == ()
    state = apply(state, "finish_share", {}, T0 + 60, ASH)
    assert speaker(state) == "cy"
    state = apply(state, "join", {}, T0 + 61, BO)
    assert [turn.participant_id for turn in state.round.turns][-1] == "bo"  # type: ignore[union-attr]


def test_late_joiners_join_the_round_at_the_end() -> None:
    state = apply(room(), "start_round", ROUND, T0 + 2, STAFF)
    state = apply(state, "join", {}, T0 + 3, Actor("di"))
    assert [turn.participant_id for turn in state.round.turns] == ["ash", "bo", "cy", "di"]  # type: ignore[union-attr]


def test_stepping_away_keeps_the_hand_but_passes_over_it() -> None:
    state = apply(apply(room(), "raise_hand", {}, T0 + 1, ASH), "raise_hand", {}, T0 + 2, BO)
    state = apply(state, "step_away", {}, T0 + 3, ASH)
    assert hands.queue(state.hands) == ("ash", "bo")
    state = apply(state, "call_hand", {}, T0 + 4, STAFF)
    assert state.hands.called == "bo"
    state = apply(state, "come_back", {}, T0 + 5, ASH)
    assert apply(state, "call_hand", {}, T0 + 6, STAFF).hands.called == "ash"
    assert code_of(state, "come_back", {}, Actor("zed")) == "not_present"


def test_a_pause_stops_the_share_timer_too() -> None:
    state = apply(room(), "start_round", ROUND, T0 + 10, STAFF)
    state = apply(state, "pause", {}, T0 + 40, STAFF)
    view = public_view(state, T0 + 400)
    assert view["round"]["remaining_seconds"] == 90
    assert not view["round"]["ticking"]
    state = apply(state, "resume", {}, T0 + 400, STAFF)
    assert public_view(state, T0 + 420)["round"]["remaining_seconds"] == 70


def test_a_share_begun_during_a_pause_starts_when_the_pause_ends() -> None:
    state = apply(room(), "start_round", ROUND, T0 + 10, STAFF)
    state = apply(state, "pause", {}, T0 + 40, STAFF)
    state = apply(state, "next_turn", {}, T0 + 100, STAFF)
    state = apply(state, "resume", {}, T0 + 400, STAFF)
    assert public_view(state, T0 + 430)["round"]["remaining_seconds"] == 90


def test_finishing_ends_the_round_and_clears_the_hands() -> None:
    state = apply(apply(room(), "start_round", ROUND, T0, STAFF), "raise_hand", {}, T0, BO)
    state = apply(state, "finish", {}, T0 + 50, STAFF)
    assert state.round is not None and state.round.ended_at == T0 + 50
    assert state.hands.hands == ()


def test_nothing_changed_returns_the_same_state() -> None:
    state = apply(room(), "raise_hand", {}, T0 + 1, ASH)
    assert apply(state, "raise_hand", {}, T0 + 2, ASH) is state
    assert apply(state, "go_to_segment", {"segment": "arrive"}, T0 + 2, STAFF) is state
    assert apply(state, "join", {}, T0 + 2, ASH) is state


def test_a_full_room_refuses_newcomers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(meeting_handlers, "MAX_PARTICIPANTS", 3)
    assert code_of(room(), "join", {}, Actor("di")) == "room_full"


def test_a_lagging_worker_cannot_wind_the_clock_back() -> None:
    state = apply(room(), "next_segment", {}, T0 + 300, STAFF)
    state = apply(state, "extend", {"minutes": 1}, T0 + 100, STAFF)
    assert state.last_at == T0 + 300
    view = public_view(state, T0)
    assert view["server_now"] == T0 + 300
    assert view["agenda"]["segment"]["elapsed_seconds"] == 0


def test_public_view_is_what_clients_draw() -> None:
    state = apply(room(), "start_round", ROUND, T0 + 10, STAFF)
    state = apply(state, "set_chat_mode", {"mode": "round"}, T0 + 10, STAFF)
    view = public_view(state, T0 + 30)
    assert json.loads(json.dumps(view)) == view
    assert set(view) == {"server_now", "agenda", "round", "hands", "chat", "participants"}
    assert view["agenda"]["ticking"] and view["round"]["ticking"]
    assert view["agenda"]["segment"]["elapsed_seconds"] == 30
    assert view["round"]["current_speaker"] == "ash"
    assert view["round"]["remaining_seconds"] == 100
    assert view["chat"] == {"mode": "round", "slow_seconds": 30}
    assert [p["participant_id"] for p in view["participants"]] == ["ash", "bo", "cy"]


def test_state_round_trips_through_json_and_is_deeply_immutable() -> None:
    state = apply(room(), "start_round", {**ROUND, "order": "shuffle"}, T0 + 10, STAFF)
    state = apply(apply(state, "raise_hand", {}, T0 + 11, BO), "step_away", {}, T0 + 12, CY)
    assert MeetingState.from_dict(json.loads(json.dumps(state.to_dict()))) == state
    assert isinstance(hash(state), int)


# --- properties --------------------------------------------------------------------------

NAMES = ["ash", "bo", "cy", "di"]
PEOPLE = [Actor(name) for name in NAMES]
STAFF_ACTORS = [STAFF, Actor("cy", is_staff=True)]
JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-10, 2000),
    st.floats(allow_nan=True),
    st.text(max_size=70),
    st.lists(st.sampled_from(NAMES + ["zed"]), max_size=5),
)


def valid_value(arg: Arg) -> st.SearchStrategy[Any]:
    if arg.kind == "int":
        assert arg.bounds is not None
        return st.integers(*arg.bounds)
    if arg.choices:
        return st.sampled_from(arg.choices)
    if arg.kind == "str_list":
        return st.lists(st.sampled_from(NAMES), min_size=1, max_size=4, unique=True)
    pool = [s.key for s in PLAN] if arg.name == "segment" else NAMES
    return st.sampled_from(pool + ["nope"])


def fitting_args(spec: ActionSpec) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {arg.name: valid_value(arg) for arg in spec.args if arg.required},
        optional={arg.name: valid_value(arg) for arg in spec.args if not arg.required},
    )


def fitting_actor(spec: ActionSpec, state: MeetingState) -> st.SearchStrategy[Actor]:
    if spec.who == "staff":
        return st.sampled_from(STAFF_ACTORS)
    # Favour whoever holds the piece, or passing and finishing would hardly ever succeed.
    holder = [Actor(speaker(state))] * 4 if speaker(state) else []
    return st.sampled_from(PEOPLE + holder + (STAFF_ACTORS if spec.who == "self_or_staff" else []))


def hostile_args(spec: ActionSpec) -> st.SearchStrategy[Any]:
    keys = st.sampled_from([arg.name for arg in spec.args] + ["x", "__class__"])
    return st.one_of(JUNK, st.dictionaries(keys, JUNK, max_size=4), fitting_args(spec))


def check_invariants(state: MeetingState, now: float) -> None:
    agenda = state.agenda
    assert figures.segment_elapsed(agenda, now) >= 0
    active = figures.meeting_active_seconds(agenda, now)
    total = sum(figures.actual_seconds(agenda, i, now) for i in range(len(agenda.segments)))
    assert math.isclose(total, active, abs_tol=1e-3)
    left = set(state.ids_with("left"))
    assert not left & set(hands.queue(state.hands))
    assert speaker(state) is None or state.status_of(speaker(state)) == "present"
    ids = [p.participant_id for p in state.participants]
    assert len(ids) == len(set(ids))
    assert MeetingState.from_dict(json.loads(json.dumps(state.to_dict()))) == state
    view = public_view(state, now)
    assert json.loads(json.dumps(view)) == view
    hash(state)


def step(state: MeetingState, name: str, args: Any, now: float, actor: Actor) -> MeetingState:
    """Apply one request; a refusal must carry a known code and leave the state as it was."""
    before = state.to_dict()
    try:
        return apply(state, name, args, now, actor)
    except TransitionError as error:
        assert error.code in ERROR_CODES
        assert state.to_dict() == before
        return state


gaps = st.floats(0, 900, allow_nan=False)
UNTIL_FINISH = [spec for spec in ACTIONS if spec.name != "finish"]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_any_sequence_of_well_formed_requests_keeps_the_state_sound(data: st.DataObject) -> None:
    state, now = room(start=False), T0
    if data.draw(st.booleans()):
        state = apply(state, "start", {}, now, STAFF)
    if data.draw(st.booleans()):
        state = step(state, "start_round", ROUND, now, STAFF)
    # Finishing is tried once at the end, or most runs would end the meeting early.
    for _ in range(data.draw(st.integers(0, 60))):
        spec = data.draw(st.sampled_from(UNTIL_FINISH))
        args, actor = data.draw(fitting_args(spec)), data.draw(fitting_actor(spec, state))
        now += data.draw(gaps)
        state = step(state, spec.name, args, now, actor)
        check_invariants(state, now + data.draw(gaps))
    state = step(state, "finish", {}, now + data.draw(gaps), STAFF)
    check_invariants(state, now + 2000)


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_hostile_requests_are_refused_without_harm(data: st.DataObject) -> None:
    state, now = room(), T0
    state = apply(state, "start_round", ROUND, now, STAFF)
    state = apply(state, "raise_hand", {}, now, BO)
    for _ in range(data.draw(st.integers(0, 30))):
        spec = data.draw(st.sampled_from(ACTIONS))
        name = data.draw(st.sampled_from([spec.name, "bogus", spec.name.upper()]))
        args = data.draw(hostile_args(spec))
        actor = data.draw(st.sampled_from([*PEOPLE, *STAFF_ACTORS, Actor()]))
        now += data.draw(st.floats(-900, 900, allow_nan=False))
        state = step(state, name, args, now, actor)
        check_invariants(state, now)
