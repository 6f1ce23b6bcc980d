"""Round four: plain-worded plans, the rule gate, meeting codes, handles with words between."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from facilitator import screening
from facilitator.screening import screen
from facilitator.screening_features import features
from facilitator.screening_gate import Gate, required_literals
from facilitator.screening_text import normalise, run_rules, rx

DATA = Path(__file__).parent


def cats(text: str, model: bool = False) -> set[str]:
    return {f.category for f in screen(text, model=model)}


@pytest.mark.parametrize(
    "text",
    [
        "if you dont hear from me after the weekend, i did it",
        "going to go through with it tonight while the house is empty",
        "wont be around for the results so dont bother saving me a seat",
        "I won't be here to see my daughter's 18th",
        "after tonight none of this matters",
        "i'll stop bothering you all soon, for good",
        "I want my last words he hears from me to be kind",
    ],
)
def test_plain_plans_and_goodbyes_are_crisis(text):
    assert "crisis" in cats(text)


@pytest.mark.parametrize(
    "text",
    [
        "went through with the divorce in the end, feels amazing",
        "finally going through with the name change tomorrow",
        "won't be around this weekend, we're camping at the lakes",
        "I won't be around for the hearing, I'm on holiday that week so my solicitor is going",
        "sorry for bothering you all with my moaning tonight, feeling better already",
        "i had thoughts of ending it during the marriage, not anymore, therapy helps",
    ],
)
def test_their_everyday_twins_are_not(text):
    assert "crisis" not in cats(text)


def test_not_anymore_is_not_a_sign_of_now_but_anymore_is():
    assert "crisis" in cats("i can't do this anymore, i keep thinking about ending it")


def test_meeting_codes_with_words_between_are_not_phones():
    assert cats("zoom id for the extra session is 812 4409 3371") == set()
    assert cats("the meeting code for next week is 552 1190 7734") == set()
    assert cats("my number for the group is 07700 900481") == {"identifying"}


def test_handle_shaped_name_a_few_words_after_the_platform():
    (finding,) = screen("my insta is the same as my name, jordan.mcallister", model=False)
    assert (finding.label, finding.matched) == ("handle", "jordan.mcallister")
    assert cats("my fb is private, ask me after the meeting") == set()


def test_required_literals():
    assert required_literals(rx(r"\bkill (?:my)?self\b")) in {("kill",), ("self",)}
    assert set(required_literals(rx(r"\b(?:outside|at the door)\b"))) == {"door", "outside"}
    assert required_literals(rx(r"\b(?:a|b)\w*")) is None  # literals too short to gate on
    assert required_literals(re.compile("knife", re.IGNORECASE)) is None
    assert required_literals(rx(r"(?=[^.]*\bnow\b)\bhe\b")) == ("now",)  # lookahead text counts


def test_gate_skips_only_rules_that_cannot_match():
    """Every rule the gate skips finds nothing when run anyway, over every labelled message."""
    rules = screening._RULES + screening._DANGER_RULES
    gate = Gate(rules)
    assert bin(gate.always).count("1") < len(rules) // 4  # most rules are gated
    for path in sorted(DATA.glob("screening_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = normalise(json.loads(line)["text"]).text
            skipped = [r for r in rules if r not in gate.candidates(text)]
            assert not list(run_rules(skipped, text)), text


def test_gate_keeps_rule_order():
    text = normalise("he's outside and I want to die").text
    kept = screening._GATE.candidates(text)
    assert kept == [r for r in screening._RULES if r in kept]


def test_new_cues_reach_the_model():
    assert "q:through" in features("i went through with it")
    assert "q:absent" in features("I won't be around for the results")
    assert "q:lastword" in features("the last thing she heard from me")
