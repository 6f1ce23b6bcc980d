"""Round seven: identifying formats (a plain handle before its platform, a name after a platform
word, a repeated first name, a workplace by a landmark, a room in a named home, a home off a
numbered road), plans told as errands, means told sideways, veiled goodbyes, other languages, a
home worked from his phone, tampering, threats to a new partner, alarms the message settles, and
the shape of the round's data (train8, the held-out fresh11). Rules alone throughout."""

from __future__ import annotations

import pytest

from .test_screening_data import counts, load
from .test_screening_round4 import cats


@pytest.mark.parametrize(
    "text",
    [
        "I play as xXGhostRiderXx on PSN if anyone wants a game later",
        "I go by thistledownkate on discord",
        "BrambleAndBone on insta if anyone wants cat pics",
        "facebook: Bronwen Pryce-Lloyd, the profile pic is my dog",
        "my youtube is Rosie Rebuilds",
        "I'm Pete, Pete Lowther",
        "I'm on the night desk at the Holiday Inn Express by Cardiff airport",
        "I work on the tills at the big Asda by the retail park in Leyland",
        "I work in the cafe next to the post office in Settle",
        "I'm in room 14 at Larchfield care home in Harrogate",
        "our farm is the one off the A684 just past Hawes",
    ],
)
def test_round_seven_identifying_formats(text):
    assert "identifying" in cats(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm always on tiktok at 2am",
        "I'm terrible on reddit, I just lurk",
        "I'm currently on telegram for work",
        "YouTube on the telly is all my son watches",
        "twitter is full of Elon Musk fans",
        "my facebook is Private now",
        "I'm Sam, Sam is fine",
        "stuck on the M6 near Preston for two hours",
        "the Hilton by the airport was full so we stayed in Slough",
        "I was at the Costa by the station waiting for my train",
        "room 101 at the Hilton for the conference was freezing",
        "I'm in room 4 of the workbook, the boundaries chapter",
    ],
)
def test_look_alikes_of_the_new_formats_pass(text):
    assert "identifying" not in cats(text)


@pytest.mark.parametrize(
    "text",
    [
        "cancelled the broadband and the phone contract and gave the plants to next door. nothing"
        " left to sort now",
        "set my emails to send on friday morning. by then it won't matter",
        "put everything in a folder marked for after, bank details, the will, the passwords",
        "I've got enough of my mum's oxycodone put aside now",
        "I signed out extra morphine at the end of my shift and it's in my locker",
        "bought a second box of paracetamol at the garage so the chemist wouldn't clock it",
        "if I'm not on here next week it's not because I've been busy",
        "I won't be bothering anybody for much longer",
        "left the spare key with my neighbour and a note saying not to let the kids in first",
        "quiero dormir y no despertar nunca",
        "got the insurance papers out, it pays double if it looks like an accident",
    ],
)
def test_plans_means_and_goodbyes_told_sideways_are_crisis(text):
    assert "crisis" in cats(text)


@pytest.mark.parametrize(
    "text",
    [
        "renewed the car tax and emptied the fridge before the holiday. nothing left to organise!",
        "cancelled the broadband because we're switching to a cheaper deal",
        "I've got enough of my blood pressure tablets to last till the new prescription",
        "set my out of office to start on friday, two weeks in Crete!",
        "I'm not on here next week, I'm at my sister's wedding",
        "I won't be bothering my ex for anything anymore, I've got my own lawyer",
        "booked the day off work on thursday for my smear test, fun times",
        "it'll all be over by the weekend, the court case I mean",
        "wrote a list for the dog sitter, he's fed when I'm at work",
    ],
)
def test_everyday_errands_and_farewells_pass(text):
    assert "crisis" not in cats(text)


@pytest.mark.parametrize(
    "text",
    [
        "the smart lock log says the front door was unlocked at 02:40 from his account",
        "I never took him off the app and the heating keeps going up at night",
        "only his phone has the Nest app",
        "he still has the admin login for the house cameras",
        "there's a bleach smell in my water bottle and he was the only one near my bag",
        "he told my new partner's boss he'd sort him out if he sees him with me again",
        "he rang my new fella at work and told him to check his brakes",
        "he's on my flight. same row.",
        "he just texted that he's getting off the ferry and coming straight to mine",
    ],
)
def test_homes_tampering_and_new_partners_are_danger(text):
    assert "danger" in cats(text)


@pytest.mark.parametrize(
    "text",
    [
        "the smart lock log says the door was unlocked at 6pm, that was me back from the gym",
        "I finally took him off the family sharing today, felt amazing",
        "my new partner's boss is lovely, he sorted out his rota so we can have Sundays",
        "my water tasted funny, it was the new filter jug",
        "my brother's on my flight, we're going to Spain together",
        "my toddler follows me everywhere, even to the loo",
        "he found me on LinkedIn and I blocked him, that was the end of it",
        "I'm outside the hospital waiting for my lift, they discharged me",
        "my ex still has a key to the garage but we're friendly, he keeps his bike there",
    ],
)
def test_their_everyday_twins_pass(text):
    assert "danger" not in cats(text)


def test_a_quoted_arrival_is_still_danger():
    assert "danger" in cats("he texted I'm outside the house waiting for you")


def test_round_seven_batches_cover_every_category():
    train8 = counts(load("screening_train8.jsonl"))
    assert train8["crisis"] >= 45 and train8["danger"] >= 30 and train8["clean"] >= 75, train8
    fresh11 = load("screening_fresh11.jsonl")
    n = counts(fresh11)
    assert len(fresh11) >= 260 and n["crisis"] >= 50 and n["danger"] >= 50, n
    assert n["identifying"] >= 40 and n["agreement"] >= 15, n
    assert n["clean"] >= 0.4 * len(fresh11), n
