import json
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator import rounds
from facilitator.rounds import Round
from facilitator.values import TransitionError

T0 = 1_700_000_000.0
PEOPLE = ("ash", "bo", "cy", "di")


def begin(order: tuple[str, ...] = PEOPLE, away: tuple[str, ...] = ()) -> Round:
    return rounds.start_round(order, 120, T0, away=away)


def outcomes(round_: Round) -> dict[str, str]:
    return {turn.participant_id: turn.outcome for turn in round_.turns}


def test_join_order_is_kept_and_the_first_person_holds_the_piece() -> None:
    order = rounds.order_participants(PEOPLE, "join")
    round_ = rounds.start_round(order, 120, T0)
    assert rounds.current_speaker(round_) == "ash"
    assert rounds.next_speaker(round_) == "bo"
    assert rounds.remaining_share_seconds(round_, T0 + 45) == 75


def test_shuffle_is_deterministic_for_a_seed_or_a_generator() -> None:
    first = rounds.order_participants(PEOPLE, "shuffle", seed=7)
    assert first == rounds.order_participants(PEOPLE, "shuffle", seed=7)
    assert sorted(first) == sorted(PEOPLE)
    from_rng = rounds.order_participants(PEOPLE, "shuffle", rng=random.Random(7))
    assert from_rng == first
    seen = {rounds.order_participants(PEOPLE, "shuffle", seed=seed) for seed in range(30)}
    assert len(seen) > 1


def test_custom_order_is_the_facilitators_choice() -> None:
    assert rounds.order_participants(PEOPLE, "custom", custom=["di", "ash"]) == ("di", "ash")


@pytest.mark.parametrize(
    ("mode", "custom", "code"),
    [
        ("custom", None, "bad_argument"),
        ("custom", ["zed"], "unknown_participant"),
        ("join", ["ash"], "bad_argument"),
        ("alphabetical", None, "bad_argument"),
    ],
)
def test_bad_orders_are_refused(mode: str, custom: list[str] | None, code: str) -> None:
    with pytest.raises(TransitionError) as error:
        rounds.order_participants(PEOPLE, mode, custom=custom)
    assert error.value.code == code


@pytest.mark.parametrize(
    ("order", "seconds", "code"),
    [
        ((), 120, "no_participants"),
        (("ash", "ash"), 120, "bad_argument"),
        (PEOPLE, 14, "bad_argument"),
        (PEOPLE, 901, "bad_argument"),
    ],
)
def test_bad_rounds_are_refused(order: tuple[str, ...], seconds: int, code: str) -> None:
    with pytest.raises(TransitionError) as error:
        rounds.start_round(order, seconds, T0)
    assert error.value.code == code


def test_speakers_share_pass_and_the_round_ends_after_the_last() -> None:
    round_ = rounds.finish_share(begin(), "ash", T0 + 100)
    assert rounds.current_speaker(round_) == "bo"
    assert round_.share_started_at == T0 + 100
    round_ = rounds.pass_turn(round_, "bo", T0 + 110)
    round_ = rounds.skip_turn(round_, T0 + 120)
    round_ = rounds.next_turn(round_, T0 + 200)
    assert not round_.active
    assert round_.ended_at == T0 + 200
    assert rounds.current_speaker(round_) is None
    assert outcomes(round_) == {"ash": "shared", "bo": "passed", "cy": "skipped", "di": "shared"}
    assert rounds.with_outcome(round_, "shared") == ["ash", "di"]
    with pytest.raises(TransitionError) as error:
        rounds.next_turn(round_, T0 + 300)
    assert error.value.code == "no_round"


def test_only_the_speaker_can_pass_or_finish() -> None:
    for move in (rounds.pass_turn, rounds.finish_share):
        with pytest.raises(TransitionError) as error:
            move(begin(), "bo", T0 + 1)
        assert error.value.code == "not_speaker"


def test_more_time_extends_the_current_share_only() -> None:
    round_ = rounds.more_time(begin(), 60)
    assert rounds.remaining_share_seconds(round_, T0 + 150) == 30
    assert rounds.share_overrun(round_, T0 + 200) == 20
    round_ = rounds.next_turn(round_, T0 + 200)
    assert rounds.remaining_share_seconds(round_, T0 + 200) == 120
    with pytest.raises(TransitionError) as error:
        rounds.more_time(round_, 10)
    assert error.value.code == "bad_argument"


def test_late_joiners_speak_last() -> None:
    round_ = rounds.add_participant(begin(), "eve", T0 + 5)
    assert [turn.participant_id for turn in round_.turns][-1] == "eve"
    assert rounds.add_participant(round_, "eve", T0 + 6) == round_


def test_people_who_left_are_passed_over_when_their_turn_comes() -> None:
    round_ = rounds.mark_left(begin(), "bo", T0 + 5)
    assert rounds.next_speaker(round_) == "cy"
    round_ = rounds.finish_share(round_, "ash", T0 + 60)
    assert rounds.current_speaker(round_) == "cy"
    assert outcomes(round_)["bo"] == "absent"


def test_someone_back_before_their_turn_keeps_their_place() -> None:
    round_ = rounds.mark_left(begin(), "bo", T0 + 5)
    round_ = rounds.mark_returned(round_, "bo", T0 + 10)
    assert rounds.next_speaker(round_) == "bo"


def test_someone_back_after_missing_their_turn_is_queued_at_the_end() -> None:
    round_ = rounds.mark_left(begin(), "bo", T0 + 5)
    round_ = rounds.finish_share(round_, "ash", T0 + 60)
    round_ = rounds.mark_returned(round_, "bo", T0 + 70)
    assert rounds.current_speaker(round_) == "cy"
    assert [turn.participant_id for turn in round_.turns] == ["ash", "cy", "di", "bo"]
    assert outcomes(round_)["bo"] == "pending"


def test_the_speaker_leaving_passes_the_piece_on() -> None:
    round_ = rounds.mark_left(begin(), "ash", T0 + 30)
    assert rounds.current_speaker(round_) == "bo"
    assert round_.share_started_at == T0 + 30


def test_everyone_away_ends_the_round_at_once() -> None:
    round_ = begin(order=("ash", "bo"), away=("ash", "bo"))
    assert not round_.active
    assert rounds.with_outcome(round_, "absent") == ["ash", "bo"]


def test_shift_share_gives_back_paused_time() -> None:
    round_ = rounds.shift_share(begin(), 50)
    assert rounds.remaining_share_seconds(round_, T0 + 100) == 70


def test_view_is_json_and_round_trips() -> None:
    round_ = rounds.mark_left(rounds.more_time(begin(), 30), "cy", T0 + 10)
    view = rounds.view(round_, T0 + 40)
    assert json.loads(json.dumps(view)) == view
    assert view["current_speaker"] == "ash"
    assert view["next_speaker"] == "bo"
    assert view["remaining_seconds"] == 110
    assert Round.from_dict(json.loads(json.dumps(round_.to_dict()))) == round_


# --- properties --------------------------------------------------------------------------

NAMES = ("ash", "bo", "cy", "di", "eve", "fay")


def step(round_: Round, move: str, who: str, now: float) -> Round:
    speaker = rounds.current_speaker(round_) or who
    actions = {
        "next": lambda: rounds.next_turn(round_, now),
        "skip": lambda: rounds.skip_turn(round_, now),
        "pass": lambda: rounds.pass_turn(round_, speaker, now),
        "finish": lambda: rounds.finish_share(round_, who, now),
        "more": lambda: rounds.more_time(round_, 30),
        "end": lambda: rounds.end_round(round_, now),
        "join": lambda: rounds.add_participant(round_, who, now),
        "leave": lambda: rounds.mark_left(round_, who, now),
        "back": lambda: rounds.mark_returned(round_, who, now),
    }
    return actions[move]()


def assert_well_formed(round_: Round, now: float) -> None:
    ids = [turn.participant_id for turn in round_.turns]
    assert len(ids) == len(set(ids))
    assert all(turn.outcome != "pending" for turn in round_.turns[: round_.position])
    if round_.active:
        assert all(turn.outcome == "pending" for turn in round_.turns[round_.position :])
        assert rounds.current_speaker(round_) not in round_.away
        assert rounds.next_speaker(round_) != rounds.current_speaker(round_)
    assert 0 <= rounds.remaining_share_seconds(round_, now) <= 120 + round_.extra_seconds


moves = st.lists(
    st.tuples(
        st.sampled_from(["next", "skip", "pass", "finish", "more", "end", "join", "leave", "back"]),
        st.sampled_from(NAMES),
        st.floats(0, 300, allow_nan=False),
    ),
    max_size=40,
)


@given(st.permutations(NAMES[:4]), moves)
def test_any_sequence_keeps_the_round_well_formed(order: list[str], script: list) -> None:
    round_, now = rounds.start_round(order, 120, T0), T0
    for move, who, gap in script:
        now += gap
        before = round_.to_dict()
        try:
            round_ = step(round_, move, who, now)
        except TransitionError:
            assert round_.to_dict() == before
        assert_well_formed(round_, now)
        assert Round.from_dict(json.loads(json.dumps(round_.to_dict()))) == round_
