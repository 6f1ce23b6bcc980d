"""Round five: street corners with no number, names looked up, the danger model reading what the
other rules found, and the shape of the round's data (train6, the held-out fresh8)."""

from __future__ import annotations

import pytest

from facilitator import screening_model

from .test_screening_data import counts, load
from .test_screening_round4 import cats


@pytest.mark.parametrize(
    "text",
    [
        "our flat is on the corner of Queen and Albert in Dunedin",
        "corner of Pine & 7th, Bozeman, the one with the porch",
        "search Rawiri Tane on facebook if you want to add me",
        "look me up, Ngozi Eze, I'm on linkedin",
    ],
)
def test_corners_and_looked_up_names_are_identifying(text):
    assert "identifying" in cats(text)


@pytest.mark.parametrize(
    "text",
    [
        "the corner of my kitchen is full of boxes",
        "we sat on the corner of the sofa and cried",
        "I searched my ex on facebook, big mistake",
        "look up the helpline on google, it's free",
    ],
)
def test_corners_and_searches_without_a_place_or_name_pass(text):
    assert "identifying" not in cats(text)


def test_a_temporary_rehoming_is_an_ordinary_farewell():
    assert "crisis" not in cats("gave my dog to my sister while I move, back in a week")


def test_danger_model_sees_the_other_categories_the_rules_found():
    assert screening_model.rule_features({"crisis", "agreement"}, "danger") == {
        "r:crisis",
        "r:agreement",
    }
    assert screening_model.rule_features({"danger"}, "danger") == set()
    assert "danger" in screening_model.RULE_AWARE and "crisis" not in screening_model.RULE_AWARE
    weights = screening_model.models()["danger"].weights
    assert weights.get("r:crisis", 0.0) < 0  # a crisis message mentioning him is less often danger


def test_round_five_batches_cover_every_category():
    train6 = counts(load("screening_train6.jsonl"))
    assert train6["crisis"] >= 50 and train6["danger"] >= 40 and train6["clean"] >= 60, train6
    fresh8 = load("screening_fresh8.jsonl")
    n = counts(fresh8)
    assert len(fresh8) >= 250 and n["crisis"] >= 60 and n["danger"] >= 60, n
    assert n["identifying"] >= 40 and n["agreement"] >= 20 and n["clean"] >= 70, n
