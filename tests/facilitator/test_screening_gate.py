"""The literal gate lets a rule through only when one of its literals is in the text whole."""

from __future__ import annotations

from facilitator.screening_gate import Gate, _pieces, _rarity
from facilitator.screening_text import Rule, rx


def _rule(pattern: str) -> Rule:
    return Rule("crisis", "test", "a test rule", rx(pattern))


def test_a_piece_of_a_literal_alone_does_not_let_its_rule_in():
    rule = _rule(r"\bhurt myself\b")
    gate = Gate([rule])
    piece = min(_pieces("myself"), key=_rarity)
    assert gate.candidates(f"x{piece}x and a hurt") == []
    assert gate.candidates("i could hurt myself") == [rule]


def test_each_literal_under_one_piece_is_checked():
    first, second = _rule(r"\bzebra\b"), _rule(r"\bzebrafish\b")
    gate = Gate([first, second])
    assert min(_pieces("zebra"), key=_rarity) == min(_pieces("zebrafish"), key=_rarity)
    assert gate.candidates("a zebra at the zoo") == [first]
    assert gate.candidates("my zebrafish tank") == [first, second]  # "zebra" is in it too
