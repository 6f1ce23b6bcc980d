"""Round ten: the learned stage trains on every batch scored so far (the held-out batches up to
fresh14 and everyday2, plus train11) and gains an agreement model; fresh15 and fresh16, written
blind, stay out of training as the estimate (docs/screening.md, "Round ten")."""

from __future__ import annotations

import pytest

from facilitator import screening_model
from facilitator.screening import screen

from .test_screening_data import counts, load

# Written for this test, in no data file; the agreement rules miss each one.
AGREEMENT_THE_RULES_MISS = [
    "honestly you sound a bit dramatic about the whole thing",
    "maybe stop poking the bear and he will calm down",
]

# A member's own story and kind replies in the same words pass.
AGREEMENT_LOOK_ALIKES = [
    "I was so dramatic as a teenager lol",
    "I keep poking the bear with my mum and then wondering why I feel awful",
    "I went back to him four times before it stuck, no shame in that",
    "my sister said I should just move on and it stung",
    "it was not my fault and it is not yours either",
]


@pytest.mark.parametrize("text", AGREEMENT_THE_RULES_MISS)
def test_the_agreement_model_adds_a_quiet_flag_the_rules_miss(text):
    assert "agreement" not in {f.category for f in screen(text, model=False)}
    (finding,) = [f for f in screen(text) if f.category == "agreement"]
    assert finding.label == screening_model.LABELS["agreement"]
    assert finding.severity == "low"  # quiet: only blaming and shaming rules rank "medium"
    assert text[finding.start : finding.end] == finding.matched


@pytest.mark.parametrize("text", AGREEMENT_LOOK_ALIKES)
def test_a_members_own_story_is_not_an_agreement_breach(text):
    assert "agreement" not in {f.category for f in screen(text)}


def test_the_agreement_model_leaves_rule_findings_alone():
    # The rules found it; the model adds nothing on top.
    found = [f for f in screen("why didn't you just leave him?") if f.category == "agreement"]
    assert found and all(f.label != screening_model.LABELS["agreement"] for f in found)


def test_round_ten_batches_cover_every_category():
    train11 = counts(load("screening_train11.jsonl"))
    assert train11["crisis"] >= 60 and train11["danger"] >= 60, train11
    assert train11["agreement"] >= 30 and train11["clean"] >= 250, train11
    for name in ("screening_fresh15.jsonl", "screening_fresh16.jsonl"):
        rows = load(name)
        n = counts(rows)
        assert len(rows) >= 280 and n["crisis"] >= 50 and n["danger"] >= 50, n
        assert n["identifying"] >= 30 and n["agreement"] >= 15, n
        assert n["clean"] >= 0.4 * len(rows), n
