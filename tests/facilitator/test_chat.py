import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator import chat
from facilitator.agenda import Segment
from facilitator.chat import ChatMode, Decision, may_post, may_react
from facilitator.meeting_actions import Actor, apply
from facilitator.meeting_state import MeetingState, new_meeting
from facilitator.values import TransitionError

T0 = 1_700_000_000.0
STAFF = Actor(is_staff=True)
PLAN = (Segment("share", "Sharing", 30, "round"),)


def room(mode: str = "open", slow_seconds: int | None = None) -> MeetingState:
    state = new_meeting(PLAN, T0, T0 + 1800)
    for person in ("ash", "bo"):
        state = apply(state, "join", {}, T0, Actor(person))
    state = apply(state, "start", {}, T0, STAFF)
    args = {"mode": mode} if slow_seconds is None else {"mode": mode, "slow_seconds": slow_seconds}
    return apply(state, "set_chat_mode", args, T0, STAFF)


def with_round(state: MeetingState) -> MeetingState:
    args = {"order": "join", "share_seconds": 120}
    return apply(state, "start_round", args, T0 + 1, STAFF)


def test_open_chat_lets_members_post() -> None:
    assert may_post(room(), "ash", False, T0, T0 - 1) == Decision(True)


def test_locked_chat_is_for_staff_only() -> None:
    state = room("locked")
    assert may_post(state, "ash", False, T0, None) == Decision(False, "chat_locked")
    assert may_react(state, "ash", False) == Decision(False, "chat_locked")
    assert may_post(state, "facilitator", True, T0, None).allowed


def test_slow_mode_allows_one_message_per_interval() -> None:
    state = room("slow", 30)
    assert may_post(state, "ash", False, T0, None).allowed
    assert may_post(state, "ash", False, T0 + 12, T0) == Decision(False, "slow_mode", 18.0)
    assert may_post(state, "ash", False, T0 + 30, T0).allowed
    assert may_post(state, "ash", True, T0 + 1, T0).allowed


def test_slow_mode_does_not_trust_a_last_post_in_the_future() -> None:
    decision = may_post(room("slow", 30), "ash", False, T0, T0 + 100)
    assert decision == Decision(False, "slow_mode", 30.0)


def test_round_mode_lets_only_the_speaker_post_and_others_react() -> None:
    state = with_round(room("round"))
    assert may_post(state, "ash", False, T0 + 5, None).allowed
    assert may_post(state, "bo", False, T0 + 5, None) == Decision(False, "not_your_turn")
    assert may_react(state, "bo", False).allowed
    passed = apply(state, "pass_turn", {}, T0 + 10, Actor("ash"))
    assert may_post(passed, "bo", False, T0 + 11, None).allowed
    assert not may_post(passed, "ash", False, T0 + 11, None).allowed


def test_round_mode_without_a_speaker_waits_for_the_round() -> None:
    assert may_post(room("round"), "ash", False, T0, None) == Decision(False, "no_speaker")


def test_people_not_in_the_room_cannot_post_or_react() -> None:
    state = apply(room(), "leave", {}, T0 + 5, Actor("bo"))
    assert may_post(state, "bo", False, T0 + 6, None) == Decision(False, "not_present")
    assert may_post(state, "zed", False, T0 + 6, None) == Decision(False, "not_present")
    assert may_react(state, "zed", False) == Decision(False, "not_present")


def test_every_refusal_code_is_documented() -> None:
    codes = {"not_present", "chat_locked", "slow_mode", "not_your_turn", "no_speaker"}
    assert codes == set(chat.DECISION_CODES)


@pytest.mark.parametrize(
    ("mode", "seconds"), [("shout", None), ("slow", 4), ("slow", 601), ("slow", True)]
)
def test_bad_modes_are_refused(mode: str, seconds: int | None) -> None:
    with pytest.raises(TransitionError) as error:
        chat.set_mode(ChatMode(), mode, seconds)
    assert error.value.code == "bad_argument"


def test_set_mode_remembers_the_slow_interval() -> None:
    slow = chat.set_mode(ChatMode(), "slow", 90)
    assert chat.set_mode(chat.set_mode(slow, "open"), "slow").slow_seconds == 90
    assert ChatMode.from_dict(json.loads(json.dumps(slow.to_dict()))) == slow


@given(
    st.integers(5, 600),
    st.floats(0, 1000, allow_nan=False),
    st.one_of(st.none(), st.floats(-1000, 1000, allow_nan=False)),
)
def test_slow_mode_never_asks_for_more_than_the_interval(
    interval: int, now: float, last: float | None
) -> None:
    state = room("slow", interval)
    decision = may_post(state, "ash", False, T0 + now, None if last is None else T0 + last)
    if decision.allowed:
        assert decision.retry_after is None
    else:
        assert decision.code == "slow_mode"
        assert decision.retry_after is not None
        assert 0 < decision.retry_after <= interval
