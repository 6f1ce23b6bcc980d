"""Round nine: crisis hints (passive wishes, self-harm told sideways, preparations with a final
line, goodbyes worded as thanks) and danger told as coercive control happening now (medicine,
papers, money and keys kept; threats through pets, children, immigration and images; court and
handovers; watching through other people), each with everyday look-alikes that must pass, a
pronoun no longer read as a name ("He's got ..."), and the shape of the round's data (train10,
the held-out fresh13). Rules alone throughout."""

from __future__ import annotations

import pytest

from facilitator.screening_features import name_spans

from .test_screening_data import counts, load
from .test_screening_round4 import cats


@pytest.mark.parametrize(
    "text",
    [
        "some days I wish I could go to sleep and miss the rest of my life",
        "so tired of being alive. i want it all to just stop",
        "life is too much lately and I'm not sure I want to keep going",
        "why even carry on.",
        "i know exactly how i'd make it all stop",
        "the scratches on my arms are from me, not the cat",
        "hoodie on in this heat for reasons nobody needs to know",
        "I hold my breath under the bath water and think what if I stayed under",
        "signed my will this week. not for the usual reasons",
        "there are cards in my gym locker and my brother has the combination",
        "they'll find me by monday probably",
        "I've written down who should take the cats",
        "the bills won't matter after next month",
        "counted the tablets I've saved up, there's enough now",
        "the ring is hers now. I'm not joking",
        "stopped taking my heart tablets on purpose",
        "you lot were the best part of my year",
        "I won't need any of this where I'm going",
        "if I don't answer after tonight it's not your fault",
        "I won't be around to see them graduate",
        "googled if it hurts to drown",
        "the nurse asked whether I'm safe. I lied",
        "got the rope in the boot, i know exactly what i'm doing with it",
        "I could take the whole box and go to sleep",
        "everybody would be better off without me",
        "the pills are lined up next to me, just letting you know",
    ],
)
def test_round_nine_crisis_hints(text):
    assert "crisis" in cats(text)


@pytest.mark.parametrize(
    "text",
    [
        "I wish I could fall asleep and skip the rest of this meeting",
        "so tired of waking up at six, I want this rota to end",
        "the scratches on my arms are from the new kitten",
        "hoodie on in this heat because the office is freezing",
        "signed my will this week because we bought the house",
        "the spare key is under the pot for the plumber",
        "I've written down who should feed the cats while I'm away",
        "you lot were brilliant tonight, see you next week!",
        "I won't be around on Thursday, dentist",
        "googled if it hurts to get a nose piercing",
        "she asked whether I'm safe at home and I said yes, honestly",
        "bought some hose and tape to fix the garden tap",
        "I keep my insulin pen in my coat pocket",
    ],
)
def test_round_nine_crisis_look_alikes_pass(text):
    assert "crisis" not in cats(text)


@pytest.mark.parametrize(
    "text",
    [
        "he hides my inhaler until I apologise",
        "my carer keeps my pension card and won't give it back until I sign",
        "she's got my passport and my residence permit and says I'm nothing without her",
        "my husband took my salary card and says I don't need it",
        "she only gives me my tablets if I've cleaned the whole house",
        "he moved all the money into his name and gives me 20 a week",
        "he makes me hand over my wages every friday",
        "he has the only key to the flat",
        "I'm not allowed out unless he comes with me",
        "he keeps the car keys so I can't get to my mum's",
        "he says he'll ring immigration if I leave",
        "my family will see those photos of me unless I go back",
        "he threatened to drown my cat",
        "he keeps telling the kids mummy will die if she leaves",
        "she'll smash my face in if I go out tonight",
        "He's got the kids and won't tell me where",
        "he's refusing to return the children after his weekend",
        "he flushed my pills so I'd end up pregnant",
        "he wants me to come alone to his house, not the contact centre",
        "if I go to the hearing he says I won't walk out",
        "'this isn't over' he wrote. the injunction runs out in june",
        "he rang the refuge posing as my cousin asking if I'm there",
        "his mate works at my surgery and he knew about my scan",
        "his mum reports back everything I post",
        "he calls my office every hour asking if I'm in",
        "withheld number: 'nice dress today'",
        "he's in the lay-by again",
        "he's bought a one way ticket to my town",
        "he changed the locks and my daughter is still inside with him",
        "my carer won't let me call anyone unless she's listening",
    ],
)
def test_round_nine_coercive_control(text):
    assert "danger" in cats(text)


@pytest.mark.parametrize(
    "text",
    [
        "I keep my inhaler in my bag and take it back out when I run",
        "I've got my passport and residence permit in my own drawer now",
        "I keep the car keys in a bowl by the door so I can't lose them",
        "my lawyer says immigration won't deport me for leaving him",
        "we took the dog to the woods and she found a stick the size of a tree",
        "the kids told me they feel safe now",
        "he returned the children after his weekend, on time for once",
        "the handover is at the contact centre as usual",
        "my advocate will meet me at the hearing",
        "the injunction was extended, it's over now",
        "my brother rang the refuge to thank them",
        "my friend said 'nice dress today' when she saw my photo",
        "there's a bus in the lay-by again",
        "I bought a one way ticket to my sister's town, new start!",
        "we changed the locks while he was out and my daughter helped",
        "my carer helps me call my son on speaker",
    ],
)
def test_round_nine_control_look_alikes_pass(text):
    assert "danger" not in cats(text)


def test_a_capitalised_pronoun_is_not_a_name():
    assert name_spans("He's got the baby") == []
    assert name_spans("She's got my passport") == []
    assert name_spans("Dave's got my passport")  # a name still reads as one


def test_round_nine_batches_cover_every_category():
    train10 = counts(load("screening_train10.jsonl"))
    assert train10["crisis"] >= 40 and train10["danger"] >= 40 and train10["clean"] >= 90, train10
    fresh13 = load("screening_fresh13.jsonl")
    n = counts(fresh13)
    assert len(fresh13) >= 260 and n["crisis"] >= 55 and n["danger"] >= 55, n
    assert n["identifying"] >= 20 and n["agreement"] >= 15, n
    assert n["clean"] >= 0.4 * len(fresh13), n


def test_fresh14_is_shaped_like_a_session():
    """fresh14 (docs/screening.md, "fresh14: a blind estimate after round nine"): written blind
    after round nine and scored once by that system; round ten trains on it."""
    fresh14 = load("screening_fresh14.jsonl")
    n = counts(fresh14)
    assert len(fresh14) >= 250 and n["crisis"] >= 45 and n["danger"] >= 45, n
    assert n["identifying"] >= 25 and n["agreement"] >= 12, n
    assert n["clean"] >= 0.4 * len(fresh14), n
