"""Round six: figures of speech with death words, alarms the message explains, questions about
means, a surname after "married name", the learner's per-example weights, and the shape of the
round's data (train7, the held-out fresh9)."""

from __future__ import annotations

import pytest

from facilitator.screening_features import features
from facilitator.screening_learn import Params, train

from .test_screening_data import counts, load
from .test_screening_round4 import cats


@pytest.mark.parametrize(
    "text",
    [
        "I'm so done with this heat, I could actually die",
        "That exam was brutal, I want to crawl into a hole and die",
        "I hope I don't wake up to another 40 emails tomorrow",
        "I nearly died of embarrassment when my phone went off in church",
        "this rota is killing me, three lates in a row",
        "I'm learning to cut myself some slack, small steps",
    ],
)
def test_figures_of_speech_are_not_crisis(text):
    assert "crisis" not in cats(text)


@pytest.mark.parametrize(
    "text",
    [
        "i wish i could die in my sleep",
        "I could die tonight and nobody would notice",
        "I hope I don't wake up tomorrow",
        "I'm cutting myself again, on my legs this time",
    ],
)
def test_real_intent_beside_a_figure_of_speech_is_still_crisis(text):
    assert "crisis" in cats(text)


@pytest.mark.parametrize(
    "text",
    [
        "how many of the blue ones would it take, the ones the doctor gave me for sleeping",
        "how many tablets would it take to not wake up",
        "does paracetamol actually work or do you just end up with liver damage. asking for"
        " reasons",
        "been checking how deep the water is under the weir at night",
        "I sit by the reservoir most nights working out how deep it is",
    ],
)
def test_questions_about_means_are_crisis(text):
    assert "crisis" in cats(text)


@pytest.mark.parametrize(
    "text",
    [
        "how many paracetamol can I take on a plane in hand luggage",
        "how many coats would it take to cover the wallpaper",
        "checked how high the bridge is, the van should fit under",
        "does magnesium actually work for sleep? asking for recommendations",
    ],
)
def test_everyday_questions_about_the_same_things_pass(text):
    assert "crisis" not in cats(text)


@pytest.mark.parametrize(
    "text",
    [
        "there's a man outside with a clipboard, probably the council survey",
        "the doorbell camera showed a fox at 3am, nearly gave me a heart attack",
        "My mum has my spare key, she feeds the fish when I work late",
        "the smoke alarm went off at 3am, just the battery",
        "someone posted a photo of our street in the local facebook group because of the potholes",
        "found an airtag in my son's rucksack then remembered I put it there for the school trip",
        "there's a man outside in a hi-vis jacket, it's the gas meter man, panic over",
    ],
)
def test_alarms_with_a_harmless_reason_pass(text):
    assert "danger" not in cats(text)


@pytest.mark.parametrize(
    "text",
    [
        "there's a man outside my flat",
        "the doorbell camera showed him at 3am",
        "My mum has my spare key and she gave it to him",
        "found an airtag in my bag",
        "the camera caught a fox at 3am and then him walking up the path",
    ],
)
def test_alarms_without_a_harmless_reason_are_still_danger(text):
    assert "danger" in cats(text)


def test_a_surname_after_married_name_is_identifying():
    assert "identifying" in cats("married name, Hollingsworth, maiden name Bell")
    assert "identifying" in cats("birth name: Okoro")
    assert "identifying" not in cats("changed my married name, finally")
    assert "identifying" not in cats("I went back to my maiden name, it feels good")


def test_new_cues_reach_the_model():
    assert "q:hyperbole" in features("this week has actually killed me lol")
    assert "q:explained" in features("the doorbell went at 2am, it was just the wind")
    assert "q:upbeat" in features("I slept seven hours last night!! first time in ages")
    assert "c:#WELL" in features("so proud of myself today")


def test_example_weights_scale_the_update():
    examples = [(["w:a"], 1), (["w:b"], 0), (["w:a", "w:b"], 0)]
    _, plain = train(examples, Params())
    _, heavy = train(examples, Params(), [1.0, 1.0, 5.0])
    assert heavy.get("w:a", 0.0) < plain.get("w:a", 0.0)


def test_round_six_batches_cover_every_category():
    train7 = counts(load("screening_train7.jsonl"))
    assert train7["crisis"] >= 40 and train7["danger"] >= 30 and train7["clean"] >= 100, train7
    fresh9 = load("screening_fresh9.jsonl")
    n = counts(fresh9)
    assert len(fresh9) >= 250 and n["crisis"] >= 55 and n["danger"] >= 55, n
    assert n["identifying"] >= 40 and n["agreement"] >= 20 and n["clean"] >= 90, n
