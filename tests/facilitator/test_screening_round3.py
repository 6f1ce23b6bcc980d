"""Screening, round three: identifying formats and danger families that unseen batches missed.

Examples are from the training batch written for this round (train4) or new, never from the
unseen batches. Rule checks use `model=False` so a retrained model cannot hide a broken rule;
false-alarm checks use the full system.
"""

from __future__ import annotations

import time

import pytest

from facilitator.screening import categories, screen


def rule_cats(text: str) -> set[str]:
    return categories(screen(text, model=False))


CAUGHT_BY_RULES = [
    # phones: commas between digits, ten digits spelled out with no leading zero
    ("identifying", "here's my number in case: 0,7,9,5,6,3,3,4,1,2,8"),
    ("identifying", "talk to me on four three eight, two two one, nine zero nine zero"),
    # emails: a provider standing in for the domain
    ("identifying", "my hotmail is lisaxlou"),
    ("identifying", "my yahoo is bexxie_b, add that"),
    # addresses: post boxes, rural routes, states, Canadian and Irish codes, unit numbers
    ("identifying", "Po box 312 Armidale NSW 2350"),
    ("identifying", "Rural Route 3, Box 221, that's us"),
    ("identifying", "H2X 1Y4 is my postal code"),
    ("identifying", "eircode A94 K5P2"),
    ("identifying", "new address: 5/14 Smith St, Fitzroy VIC 3065"),
    ("identifying", "Apartment 12, Block D, Ballyfermot"),
    ("identifying", "im at 12b on queen st, the top flat"),
    # names: relatives and roles with no cue word, the name before the relation, titles
    ("identifying", "my aunty Losa Faleolo took us in"),
    ("identifying", "my mother-in-law, Patricia Dunne, took his side"),
    ("identifying", "Kahu Ngata is my partner's name"),
    ("identifying", "my daughter Isla McLeod starts school in september"),
    ("identifying", "her husband Tomasz Wiśniewski works with my ex"),
    ("identifying", "I saw Dr Helena Marsh today"),
    # handles: x, tt, joiners, CamelCase, invitations
    ("identifying", "x - @mendingmel"),
    ("identifying", "I post on tiktok as gentlegemmaa"),
    ("identifying", "yt channel: HealingOutLoud"),
    ("identifying", "follow me on tiktok healingwithkels"),
    ("identifying", "my tiktok's wildlygentle"),
    # plates with punctuation and joiners
    ("identifying", "car reg - yx19 ftd"),
    ("identifying", "plates say DL 3C AB 1234"),
    ("identifying", "it's a blue Honda, plate ABC-1234 in Georgia"),
    # workplaces and schools
    ("identifying", "I work in the Primark in the Bullring"),
    ("identifying", "my kids are at Holy Cross in Ballyfermot"),
    ("identifying", "I'm on reception at the Travelodge at Heathrow"),
    ("identifying", "I'm at McGill doing my masters"),
    ("identifying", "I'm a porter at Royal Stoke"),
    # danger: release, trackers, night, children, veiled threats, strangers
    ("danger", "victim contact rang: release date is the 9th"),
    ("danger", "he gets released from remand tomorrow"),
    ("danger", "the kid's teddy had a tracker in it, he gave it to her at handover"),
    ("danger", "got a notification 'Tile detected near you' all the way home from work"),
    ("danger", "someone keeps ringing my bell at 3am then running off"),
    ("danger", "it's 7pm, he was supposed to have them back at 5"),
    ("danger", "my son says daddy asked for our door code"),
    ("danger", "he hit my son at contact and the centre didn't do anything"),
    ("danger", "his text just says 'soon'"),
    ("danger", "'be a shame if your new bloke had an accident'"),
    ("danger", "whenever I go to the park with the baby, the same man is on the bench watching us"),
    ("danger", "the refuge manager says a man rang asking if I was staying there"),
    # crisis
    ("crisis", "he always said kys and lately that's all I hear in my head"),
    ("crisis", "the only thing stopping me is the kids and some days that's not enough"),
    ("crisis", "the world is better off without people like me"),
    ("crisis", "I've been stockpiling my sleeping pills"),
    # agreement
    ("agreement", "I think you're overreacting about the texts"),
    ("agreement", "honestly I'd call the police on him right now if I were you"),
    ("agreement", "he did buy you that car though, he can't be all bad"),
]


@pytest.mark.parametrize(("category", "text"), CAUGHT_BY_RULES)
def test_round_three_shapes_are_caught_by_rules(category, text):
    assert category in rule_cats(text), screen(text, model=False)


PASS = [
    ("identifying", "zoom meeting id: 734 2291 8834"),
    ("identifying", "parcel tracking 1Z 999 AA1 01 2345 6784"),
    ("identifying", "RAINN 800-656-4673"),
    ("identifying", "my insta is private now"),
    ("identifying", "my discord is mostly gaming friends"),
    ("identifying", "he found me on tiktok through a mutual"),
    ("identifying", "registration is due in 2 weeks"),
    ("identifying", "I work in Leeds and live in Bradford"),
    ("identifying", "I'm studying psychology with the Open University"),
    ("identifying", "the Johnny Depp and Amber Heard trial brought it all up again"),
    ("identifying", "Peter Pan syndrome describes him perfectly"),
    ("identifying", "Grandma Rose and I went to the beach"),
    ("identifying", "I went down Oxford Street for the sales"),
    ("identifying", "my scores went 1, 2, 3, 4, 5, 6, 7, 8, 9 over the weeks"),
    ("danger", "the doorbell went at 1am but it was my son who forgot his keys"),
    ("danger", "he got out of prison and moved up north, I haven't heard from him in three years"),
    ("danger", "I watched a thriller last night where he hid a tracker in her car, nope"),
    ("danger", "my fitness tracker in my bag keeps buzzing"),
    ("danger", "the album was released today and I love it"),
    ("agreement", "I'm not going anywhere, you lot are stuck with me"),
]


@pytest.mark.parametrize(("category", "text"), PASS)
def test_round_three_false_alarms_pass(category, text):
    assert category not in categories(screen(text)), screen(text)


@pytest.mark.parametrize(
    "text",
    [
        "my insta is " + "a" * 5000,
        "plate " + "ab1 " * 3000,
        "0," * 5000,
        "reg - " * 3000,
        "Dr " * 4000,
    ],
)
def test_round_three_patterns_stay_linear(text):
    t0 = time.perf_counter()
    screen(text)
    assert time.perf_counter() - t0 < 2.0
