"""Screening on the weak spots listed in docs/screening.md: what is now caught, what now passes.

Written against the rules themselves (`model=False`) where a rule is meant to catch it, so a
retrained model cannot hide a broken rule; false-alarm checks use the full system.
"""

from __future__ import annotations

import time

import pytest

from facilitator.screening import categories, screen


def rule_cats(text: str) -> set[str]:
    return categories(screen(text, model=False))


CAUGHT_BY_RULES = [
    # crisis
    ("crisis", "Part of me wishes he'd finished the job"),
    ("crisis", "At least the life insurance will pay out. I'll finally be worth something."),
    ("crisis", "I've picked the day. I feel calm about it"),
    ("crisis", "I looked up the tallest building near me"),
    ("crisis", "been reading about which floors are high enough"),
    ("crisis", "I'm done fighting. Let him win. I'm ending my story here."),
    ("crisis", "the knife drawer keeps calling me"),
    ("crisis", "rehomed my cats this week. it's better they're settled before"),
    ("crisis", "swallowed about 30 ibuprofen, feel sick"),
    ("crisis", "I've put labels on everything so my sister knows who gets what"),
    # danger
    ("danger", "there was a note on my windscreen this morning: 'I'm always watching'"),
    ("danger", "someone keeps calling from a private number and just breathing"),
    ("danger", "my phone keeps popping up 'AirTag found moving with you'"),
    ("danger", "They told me at the front desk a man was asking what time I finish"),
    ("danger", "Dave's car went past my window twice tonight"),
    ("danger", "He's on the train, he'll be at the station in twenty mins"),
    ("danger", "My daughter's dad said he's not bringing her back after the weekend"),
    ("danger", "can't type he's watching"),
    # identifying
    ("identifying", "my number is zero seven seven nine one, four five six, seven eight nine"),
    ("identifying", "it's 07 then 940 then 118 226"),
    ("identifying", "oh seven seven double oh nine double oh six one two"),
    ("identifying", "email me at sam underscore jones at gmail dot com"),
    ("identifying", "my surname is Okonkwo"),
    ("identifying", "I'm a cleaner at Wythenshawe Hospital"),
    ("identifying", "I study at the University of Salford"),
    ("identifying", "his ute rego is 1ABC 234"),
    ("identifying", "I started a blog, quietcomeback.co.uk"),
    # agreement
    ("agreement", "you literally went back to him twice, what did you think would happen"),
    ("agreement", "being shouted at isn't really abuse, everyone shouts"),
    ("agreement", "he's a good dad though, don't take the kids from him"),
]


@pytest.mark.parametrize(("category", "text"), CAUGHT_BY_RULES)
def test_weak_spots_are_caught_by_rules(category, text):
    assert category in rule_cats(text), screen(text, model=False)


PASS = [
    # crisis false alarms
    ("crisis", "I took all my meds this morning like the doctor said, feeling a bit more stable"),
    ("crisis", "I wanted to die when I saw my ex at the supermarket, so awkward"),
    ("crisis", "Said bye to my therapist for the last time today, we finished all 20 sessions"),
    ("crisis", "we've finally set a date for the wedding!"),
    ("crisis", "looked up the tallest mountain in Wales for our hike next month"),
    ("crisis", "988 is the suicide and crisis lifeline in the US"),
    # danger false alarms
    ("danger", "omg my boss is gonna kill me, forgot the report AGAIN"),
    ("danger", "My mum's going to murder me when she sees my hair"),
    ("danger", "in 2017 he broke my arm. he's been in prison since and I'm safe"),
    ("danger", "he's inside till 2027 at least"),
    ("danger", "In the film the ex shows up at her door and I had to turn it off"),
    ("danger", "I have an AirTag on my keys because I always lose them"),
    # published helplines, references, public figures, pets and support sites
    ("identifying", "Samaritans are on 116 123"),
    ("identifying", "the hotline is 1-800-799-7233"),
    ("identifying", "the national helpline is +44 808 2000 247"),
    ("identifying", "ref 2023-1145-88 is my case number"),
    ("identifying", "crime number 0145-2023-7781"),
    ("identifying", "I named my plant Sir David Attenborough"),
    ("identifying", "my cat is called Lady Penelope"),
    ("identifying", "My therapist Dr Patel is lovely"),
    ("identifying", "I'm a bit nervous for the interview in Leeds"),
    ("identifying", "womensaid.org.uk has a live chat"),
    # agreement false alarms
    ("agreement", "my new partner is a great dad to my kids"),
    ("agreement", "I had to leave and block him"),
    ("agreement", "I want to stop crying every time I think of him"),
]


@pytest.mark.parametrize(("category", "text"), PASS)
def test_weak_spot_false_alarms_pass(category, text):
    assert category not in categories(screen(text)), screen(text)


@pytest.mark.parametrize(
    "text",
    ["a dot " * 3000, "x underscore " * 2000, "Dave " * 3000, "seven " * 3000, "07 then " * 2000],
)
def test_new_patterns_stay_linear(text):
    t0 = time.perf_counter()
    screen(text)
    assert time.perf_counter() - t0 < 2.0
