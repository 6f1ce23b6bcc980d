import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator import hands
from facilitator.hands import HandQueue
from facilitator.values import TransitionError

T0 = 1_700_000_000.0


def raised(*people: str) -> HandQueue:
    queue = HandQueue()
    for offset, person in enumerate(people):
        queue = hands.raise_hand(queue, person, T0 + offset)
    return queue


def test_hands_queue_in_the_order_raised() -> None:
    queue = raised("cy", "ash", "bo")
    assert hands.queue(queue) == ("cy", "ash", "bo")
    assert hands.place(queue, "bo") == 3
    assert hands.place(queue, "di") is None


def test_raising_twice_keeps_the_first_place() -> None:
    queue = raised("cy", "ash")
    assert hands.raise_hand(queue, "cy", T0 + 50) is queue


def test_lowering_leaves_the_rest_in_order() -> None:
    queue = hands.lower_hand(raised("cy", "ash", "bo"), "ash")
    assert hands.queue(queue) == ("cy", "bo")
    assert hands.lower_hand(queue, "ash") is queue


def test_call_next_returns_the_first_hand_and_removes_it() -> None:
    who, queue = hands.call_next(raised("cy", "ash"), T0 + 10)
    assert who == "cy"
    assert hands.queue(queue) == ("ash",)
    assert (queue.called, queue.called_at) == ("cy", T0 + 10)


def test_call_next_passes_over_people_who_stepped_away() -> None:
    who, queue = hands.call_next(raised("cy", "ash"), T0 + 10, unavailable=["cy"])
    assert who == "ash"
    assert hands.queue(queue) == ("cy",)


def test_the_facilitator_may_call_on_a_particular_hand() -> None:
    who, queue = hands.call_next(raised("cy", "ash", "bo"), T0 + 10, participant_id="bo")
    assert who == "bo"
    assert hands.queue(queue) == ("cy", "ash")


@pytest.mark.parametrize(
    ("queue", "target", "unavailable", "code"),
    [
        (HandQueue(), None, (), "no_hands"),
        (raised("cy"), None, ("cy",), "no_hands"),
        (raised("cy"), "ash", (), "not_raised"),
    ],
)
def test_calling_on_nobody_is_refused(
    queue: HandQueue, target: str | None, unavailable: tuple[str, ...], code: str
) -> None:
    with pytest.raises(TransitionError) as error:
        hands.call_next(queue, T0, participant_id=target, unavailable=unavailable)
    assert error.value.code == code


def test_a_hand_of_someone_who_left_is_dropped() -> None:
    _, queue = hands.call_next(raised("cy", "ash"), T0 + 10)
    queue = hands.drop(hands.drop(queue, "ash"), "cy")
    assert hands.queue(queue) == ()
    assert queue.called is None


def test_raising_again_after_being_called_clears_the_floor() -> None:
    _, queue = hands.call_next(raised("cy"), T0 + 10)
    queue = hands.raise_hand(queue, "cy", T0 + 20)
    assert queue.called is None
    assert hands.queue(queue) == ("cy",)


def test_round_trips_through_json() -> None:
    _, queue = hands.call_next(raised("cy", "ash", "bo"), T0 + 10)
    view = hands.view(queue)
    assert json.loads(json.dumps(view)) == view
    assert HandQueue.from_dict(json.loads(json.dumps(queue.to_dict()))) == queue


people = st.sampled_from(["ash", "bo", "cy", "di"])
ops = st.lists(st.tuples(st.sampled_from(["raise", "lower", "call", "drop"]), people), max_size=40)


@given(ops)
def test_the_queue_stays_unique_and_first_come_first_served(script: list) -> None:
    queue, now = HandQueue(), T0
    for op, person in script:
        now += 1
        before = queue.to_dict()
        try:
            if op == "raise":
                queue = hands.raise_hand(queue, person, now)
            elif op == "lower":
                queue = hands.lower_hand(queue, person)
            elif op == "drop":
                queue = hands.drop(queue, person)
            else:
                first = hands.queue(queue)[:1]
                who, queue = hands.call_next(queue, now)
                assert (who,) == first
        except TransitionError as error:
            assert error.code == "no_hands"
            assert queue.to_dict() == before
        ids = hands.queue(queue)
        assert len(ids) == len(set(ids))
        times = [hand.raised_at for hand in queue.hands]
        assert times == sorted(times)
        assert HandQueue.from_dict(json.loads(json.dumps(queue.to_dict()))) == queue
