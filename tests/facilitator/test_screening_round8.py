"""Round eight: agreement breaches in the words earlier rounds missed (blame by a question, a
condition or a trait; excuses for the abuser; minimising by comparison or by kind), crisis and
danger signals round seven listed as missed (a means at another home, a drive with a goodbye, one
reason to stay, voices with words between, Polish, his engine outside, him joining the children's
club), the alarms a message settles ("he's outside, my son I mean", the Uber, a location app
agreed together, a game), and the shape of the round's data (train9, the held-out fresh12).
Rules alone throughout."""

from __future__ import annotations

import pytest

from .test_screening_data import counts, load
from .test_screening_round4 import cats


@pytest.mark.parametrize(
    "text",
    [
        "what did you say to him beforehand, to make him kick off like that",
        "did you do anything to wind her up first?",
        "if you act that flirty what did you expect him to think",
        "maybe if you'd been a bit less clingy he'd have stayed",
        "honestly you sound like you enjoy the drama",
        "you've definitely got a type hun",
        "girls like you always end up with blokes like that",
        "you keep picking the wrong men",
        "you two were both toxic, it wasn't all him",
        "you must've noticed the warning signs",
        "sooner or later you've got to own your part in this",
        "why do you still reply when he messages then",
        "why didn't you ring the police the first night",
        "he was off his face, he didn't mean any of it",
        "some men just don't know how to show love",
        "try seeing it from his end for a sec",
        "there's two sides to every story you know",
        "I've met him, he's a really decent bloke",
        "your dad was doing his best with what he had",
        "at least yours only shouted",
        "verbal abuse isn't as bad as the physical stuff",
        "that just sounds like normal relationship rows to me",
        "this sounds a bit far fetched if I'm honest",
        "yours sounds like an angel compared to mine",
        "she only pushed you once, move on",
        "I would've slapped him back, no question",
        "you owe it to your children to make it work",
        "just get divorced and be done with it",
        "grow a backbone and tell her no",
        "at your age you should know better than to fall for that",
    ],
)
def test_round_eight_agreement_breaches(text):
    assert "agreement" in cats(text)


@pytest.mark.parametrize(
    "text",
    [
        "my sister asked what I did to set him off and I hung up",
        "what did you do to look after yourself this week?",
        "my dad was drunk most nights and he didn't mean half of it, that's what I told myself",
        "we had normal couple arguments in my first marriage, nothing like this",
        "the film sounds a bit far fetched but I'll give it a go",
        "at your age I was still with him. you're doing amazing",
        "there are two sides to every worksheet page, don't miss the back",
        "I owe it to myself to keep coming",
        "my friend got a restraining order last year and it helped her",
        "I met a lovely bloke at the allotment, we talk about leeks",
        "I think I do have a type and it's exhausting",
        "you don't owe anyone an explanation for leaving",
        "emotional abuse isn't talked about enough, it's as serious as any other kind",
    ],
)
def test_agreement_look_alikes_pass(text):
    assert "agreement" not in cats(text)


@pytest.mark.parametrize(
    "text",
    [
        "my grandad's old tramadol is still in his bathroom and I've got a key to his place",
        "Left a note saying sorry. Getting the train to the viaduct tonight",
        "the cat is the only thing keeping me here honestly",
        "if it weren't for the dogs I wouldn't still be here",
        "ordered a helium canister and it's not for balloons",
        "the voices are back and they're telling me to walk into the loch",
        "nie chcę już żyć",
        "set up the standing orders for a year after. just tidying loose ends",
    ],
)
def test_round_eight_crisis_signals(text):
    assert "crisis" in cats(text)


@pytest.mark.parametrize(
    "text",
    [
        "heading to the cliffs now for a walk with the dog",
        "Left a note on the table for the cleaner, off to work",
        "the cat is the only one who gets me up in the morning lol",
        "ordered a helium canister for the twins' party, wish me luck",
        "the voice in my head is my nan telling me to wear a coat",
        "tidying loose ends at work before my holiday!",
    ],
)
def test_crisis_look_alikes_pass(text):
    assert "crisis" not in cats(text)


@pytest.mark.parametrize(
    "text",
    [
        "that rattle outside sounds exactly like his van, it's idling at the end of the road",
        "my ex has started coaching at our son's rugby club",
        "he's signed up to volunteer at my daughter's school fair",
        "he's outside, I mean my ex, he's in the car across the road",
    ],
)
def test_round_eight_danger_signals(text):
    assert "danger" in cats(text)


@pytest.mark.parametrize(
    "text",
    [
        "He's outside, my little boy I mean, playing footy",
        "my taxi's outside, got to run, night all",
        "there's a car outside, it's the Uber for next door",
        "me and my son both agreed on sharing locations till he's 16",
        "my daughter has Life360, we agreed it together",
        "gonna kill you when you respawn lol",
        "he drove past my work once last year, hasn't happened since",
        "my brother has started coaching at our son's rugby club, the kids love him",
        "that rattle outside is the bin lorry, every tuesday",
    ],
)
def test_danger_look_alikes_pass(text):
    assert "danger" not in cats(text)


def test_a_game_does_not_hide_a_child_contacted():
    text = "he's been messaging my 12 year old on roblox asking where we live now"
    assert "danger" in cats(text)


@pytest.mark.parametrize(
    "text",
    [
        "she's in Mr Osei's class at Holy Cross primary in Swindon",
        "I'm a dinner lady at St Mary's juniors in Bray",
    ],
)
def test_a_school_in_lower_case_with_its_town(text):
    assert "identifying" in cats(text)


@pytest.mark.parametrize(
    "text",
    ["the primary school nativity in December was adorable", "my lad's school has an inset day"],
)
def test_school_talk_without_a_name_passes(text):
    assert "identifying" not in cats(text)


def test_round_eight_batches_cover_every_category():
    train9 = counts(load("screening_train9.jsonl"))
    assert train9["agreement"] >= 50 and train9["crisis"] >= 25 and train9["clean"] >= 70, train9
    fresh12 = load("screening_fresh12.jsonl")
    n = counts(fresh12)
    assert len(fresh12) >= 260 and n["crisis"] >= 50 and n["danger"] >= 50, n
    assert n["identifying"] >= 35 and n["agreement"] >= 25, n
    assert n["clean"] >= 0.4 * len(fresh12), n
