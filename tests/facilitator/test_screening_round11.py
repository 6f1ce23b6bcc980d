"""Round eleven: warning signs told without a death word, danger told as plain facts, identifying
details given loosely, and the false alarms of round ten's blind batches (docs/screening.md,
"Round eleven"). Every line here was written for this file, in no data file; each family has
phrasings that must fire and look-alikes in the same words that must pass.

The rules are tested alone (`model=False`): the learned stage is a separate, retrained layer.
"""

from __future__ import annotations

import pytest

from facilitator import screening, screening_danger_signs, screening_farewell, screening_warning
from facilitator.screening import screen
from facilitator.screening_gate import required_literals

from .test_screening_data import FILES, load


def rule_categories(text: str) -> set[str]:
    return {f.category for f in screen(text, model=False)}


CRISIS_FIRES = {
    "giving prized things away, with a final line": [
        "Gave my sister my good camera yesterday. Told her it's hers for good.",
        "I've handed my records over to my cousin, rather he has them now than later",
        "passing my jewellery on to my nieces while I still can",
        "Been giving my books to people at church who'll actually use them.",
        "Gave my mate my PS5 and all the games, said keep it forever",
        "Handing my tools out to the lads at work. They think I'm having a clear out. Let them.",
        "gave my daughter my mum's wedding ring today. it's hers now not later",
        "Giving my plants away to the neighbours, feels right somehow",
        "Passed my fishing gear on to my nephew. I won't be needing it.",
        "Told my best friend she can have my records. She thinks I'm decluttering.",
        "I've been going through my things and deciding who gets what",
        "left the rabbit with my brother and told him it's only for a while. it isn't",
    ],
    "affairs and papers sorted for afterwards": [
        "sorting my affairs while I still can",
        "getting everything in order while I can, just in case",
        "tidying up my things while I still can. it feels important",
        "put all the bank stuff in a folder so my son won't need to search for anything after.",
        "left my passwords in an envelope for my sister, for afterwards",
        "made a list of my accounts so nobody has to chase anything afterwards",
        "Wrote a note for each of the girls and put them in my bedside drawer. They'll find them"
        " when it's time.",
    ],
    "a pet left with someone, no end in sight": [
        "asked my sister to look after the cat for a while. she asked how long and I changed the"
        " subject",
        "my neighbour's having the dog indefinitely",
        "Left the dog with mum. Said she'd know when to stop expecting me.",
        "can you feed the budgie for me for a bit? you'll know when to keep him",
    ],
    "tablets stockpiled or counted": [
        "been saving up my sleeping tablets in a sock",
        "I've stashed the diazepam, nearly 40 now",
        "stockpiling painkillers from different chemists",
        "I keep counting my pills over and over at night",
        "hoarding my mum's oxycodone in my bedside drawer",
        "stopped taking my sertraline a month ago and started keeping them instead",
        "counted my tablets again. 73. more than enough",
        "got a stash of my gran's old codeine in a shoebox",
    ],
    "a near-attempt told flatly": [
        "Stood at the edge of the platform when the fast train came through. Stepped back. This"
        " time.",
        "Had the pills out on the table. Put them back. For now.",
        "the rope's still in the garage. didn't use it. this time",
        "Walked into the sea up to my waist tonight. Came back out. For now.",
        "Had the tablets in my hand for an hour last night. Put them back. Who knows about"
        " tomorrow.",
        "Stood on the bridge for ages. Didn't jump. Not yet anyway.",
        "climbed onto the roof of the garage at 3am and sat there. got down. for tonight",
    ],
    "goodbyes in ordinary words": [
        "drafted goodbye texts to everyone tonight",
        "I've recorded goodbye videos for the kids",
        "been writing farewell messages to my friends instead of sleeping",
        "texted my brother thanking him for everything he's done. he called straight away, I let"
        " it ring",
        "Wrote mum a long letter thanking her for all these years. She rang. I couldn't answer.",
        "this is my last session everyone. thank you for everything",
        "Probably my final group tonight. Look after each other.",
        "I think tonight's my last time here. thanks for having me",
        "This'll be my last check-in. You've all been so kind.",
        "Won't be at the next session. Or any after that.",
        "I won't be needing my spot after tonight, thank you all",
        "If you ever read this Ellie, it was never your fault",
        "to my kids if you find this, none of this was your fault",
        "by the time you read this I'll be gone",
        "to whoever finds this, I'm sorry",
    ],
    "no more time like this": [
        "another Christmas like this? no.",
        "I can't face another winter of this",
        "can't survive another birthday like this",
        "another decade of this? never",
        "Forty more years of this? No thanks.",
        "I'm not doing another year like this",
        "can't face another ten years of this",
    ],
    "letting the abuser do it, or doing it first": [
        "honestly I hope he does kill me, then it's over",
        "Part of me wants him to finish me off",
        "I'd rather end it myself than give him the satisfaction",
        "he keeps saying he'll kill me. might as well do it for him",
        "if she stabs me this time I won't even care, part of me hopes she does it",
        "he's got the gun out again and tbh I don't care if he shoots me",
        "If he kills me at least it's over",
        "him killing me would honestly be a relief at this point",
        "when he gets out I'd rather not be around to see it",
    ],
}

CRISIS_PASSES = [
    "Gave my old pram to a friend who's expecting, feels good to pass it on",
    "Giving my clothes that don't fit anymore to my sister, they're hers for good",
    "Passed my driving test today, for good this time no more lessons!",
    "Gave my nephew my old guitar for his birthday, he's over the moon",
    "Handed my notice in today, I won't need the uniform any more",
    "Gave my sister my old phone since I got a new one, it's hers for good now",
    "I'm giving away my baby clothes to people who'll use them",
    "She can have my old phone, I got a new one for my birthday!",
    "we sat down and worked out who gets what in the divorce",
    "deciding who gets which bedroom in the new flat",
    "sorting the garden while I still can before the frost",
    "sorting everything out while I can before the baby arrives",
    "put the passports in a folder for after the holiday",
    "left the house documents with my solicitor for after the divorce",
    "sorted my paperwork so the kids won't have to deal with it if I'm in hospital after the op",
    "wrote the christmas cards, they can open them after dinner",
    "asked my sister to feed the cat while I'm on holiday",
    "neighbour is looking after the dog indefinitely until my landlord allows pets",
    "stockpiled paracetamol before the strike",
    "counting my tablets to see if I need a repeat prescription",
    "I put aside my tablets for the week in a pill organiser",
    "my nan hoards her tablets, drives my mum mad",
    "Came back down the mountain safely. This time we took the easy path.",
    "Left him again. This time for good.",
    "Lost my keys on the bus. Found them. This time.",
    "He's behaving. For now.",
    "Have you told him yet? Not yet.",
    "Climbed to the top of the car park to see the fireworks. Got down before the rain. This time"
    " anyway!",
    "writing goodbye messages in my colleague's leaving card",
    "scheduled my farewell emails to the team, last day friday",
    "thanked my mentor for everything at her retirement do, she rang later but I was driving",
    "this is my last session before the summer break, thank you!",
    "my last session of the course today, thanks all",
    "it's my last session because I'm moving to Leeds, thank you all",
    "This'll be my last check-in before I go on holiday, take care everyone",
    "Won't be at the next session, or any after that until term starts",
    "another year of this job? can't. handing my notice in",
    "can't do another winter like this, we're moving to Spain",
    "another year of this? can't wait, loving the group",
    "Three more years of this? Can't wait, I love my course",
    "I can't do another year of this commute",
    "Writing a letter to my younger self: if you ever read this, none of it was your fault",
    "Mam, if you ever read this, thank you for the lasagne recipe",
    "by the time you read this I'll be on the plane!",
    "to whoever finds my keys, there's a reward",
    "I'd rather do it myself than wait for the landlord",
    "save him the bother of cooking, I'll order pizza",
    "I hope he does the washing up for once",
    "I don't care if he uses the car",
    "I hope she does it, she deserves the promotion",
    "I'd rather not be around when they argue about the will",
]

DANGER_FIRES = {
    "a gun licence or a gun": [
        "my sister says he's applying for a shotgun certificate now that I've moved out",
        "He's put in for a gun licence, the police rang to ask me about it",
        "apparently my ex has joined a rifle club since the hearing",
        "Found out she got a firearms certificate last month. She knows where I live.",
        "he's bought himself a crossbow, his cousin told me",
        "he's been asking around about getting a gun since I left",
        "his shotgun certificate came through and he texted me a photo of the letter",
        "my son says his dad keeps a rifle in the boot now",
    ],
    "a pet hurt after the writer acted": [
        "my cat turned up dead the week after I reported him to the police",
        "Someone poisoned our dog two days after I left. Vet says it was rat poison.",
        "the rabbit was found strangled in her hutch the morning after I served the papers",
        "The cat came home with a broken leg the day after the hearing",
        "Someone's hurt my dog, she was fine when I left this morning",
    ],
    "a child taught to harm, or alone with an adult": [
        "he's been teaching our son how to hurt the puppy and laughing about it",
        "daddy made them drown the kittens, my daughter told me tonight",
        "he's teaching our boy to hit mummy when she says no",
        "he got her to kick the dog and filmed it",
        "my stepdad keeps taking my little sister up to his room and she comes down shaking",
        "my uncle takes my son out to his van and he came back crying and won't tell me what"
        " happened",
    ],
    "spyware on the phone": [
        "there's an app on my phone I didn't install and it has access to my location",
        "since my ex 'fixed' my laptop the webcam light keeps coming on and the battery dies in an"
        " hour",
        "my phone gets hot and drains overnight ever since he had it for the weekend",
        "my phone says the device is managed by another organisation, I never set that up",
        "found stalkerware on my phone after he had it",
    ],
    "the car tampered with": [
        "someone slashed all my tyres outside work",
        "All four tyres let down again, third time this month",
        "the brake fluid was drained on my car, the garage said it was done on purpose",
        "the wheel nuts had been loosened on my front wheel, I only left him a week ago",
        "someone put sugar in my petrol tank last night",
        "the wires to my brake lights were cut, mechanic said deliberately",
        "mechanic says the brake pipe was cut, not worn",
    ],
    "a passport held, a child taken abroad": [
        "his mum has the kids' passports and keeps talking about taking them back home to Lagos",
        "he's refusing to return my daughter's passport and has booked a one-way flight",
        "my ex is taking the boys out of the country next week and won't say when they'll be back",
        "her dad won't hand over her passport and keeps saying she'll love living in Turkey",
        "he applied for the kids' passports without my consent",
        "my brother keeps my passport and says I'm getting married back home this summer",
    ],
    "a silent call, a photo with a goodbye": [
        "voicemail at 2am, nothing but heavy breathing",
        "three calls tonight, just breathing, then hung up",
        "a voice note of him whispering my name at 3am",
        "got a card through the door, no name, just 'tick tock'",
        "he sent a photo of our daughter asleep with the words 'kiss her goodbye'",
        "got a pic of the kids on the swings from his number: 'last time you'll see them'",
        "He posted a picture of the kids with 'enjoy them while you can'",
    ],
}

DANGER_PASSES = [
    "my dad has had a shotgun licence for forty years for the farm",
    "I applied for a firearms licence for clay pigeon shooting, nervous about the interview",
    "My uncle's gun certificate came through, he goes deer stalking in autumn",
    "my son bought a water gun for the beach",
    "I bought a taser for self defence",
    "My dog ate rat poison at the park, vet says she'll be fine",
    "our cat was put to sleep the week after I moved, she was 19",
    "the dog was hit by a car after I left for work, I'm gutted",
    "The cat came home with a broken leg, the vet thinks she fell off the fence",
    "he taught our son how to kick a ball and it was lovely to watch",
    "showed her how to use the lighter for the birthday candles",
    "taught him how to burn CDs, proper retro",
    "my son comes home from school crying and won't say why, think it's a friendship thing",
    "my dad takes my son out to his allotment every Saturday, they love it",
    "my battery drains so fast since the update, anyone else?",
    "my partner fixed my phone screen, battery still drains a bit but it's an old phone",
    "one tyre was flat this morning, found a nail in it",
    "All four tyres need replacing before the MOT",
    "my tyres were let down by the kids next door, their mum apologised",
    "the phone line was cut during the storm",
    "my mum has the kids' passports for our holiday, we're flying to Spain on Friday",
    "we're taking the kids abroad for the first time this summer, so excited",
    "I applied for the kids' passports for our holiday to Spain!",
    "got a voicemail from my toddler, just breathing and giggling lol",
    "my therapist's voice note was just breathing exercises, really helped",
    "my mum's card said 'see you soon' with a heart",
    "my friend posted a photo of her kids captioned 'say goodbye to summer'",
    "my sister posted a picture of her kids, 'enjoy them while you can, they grow so fast'",
]

IDENTIFYING_FIRES = {
    "a full name introduced": [
        "It's Dee Okafor from Thursdays, hello again everyone",
        "hi all, Sunil Rao here, back after a break",
        "This is Bernadette Quigley again, sorry I missed last week",
        "hey everyone it's Callum Fitzgerald, some of you know me from the old group",
        "Name's Mark Pettigrew, I was in the spring group",
        "it was Rhona Blackwood, the geography teacher, who finally noticed",
        "my support worker at the refuge, Anita Sandhu, recommended this group",
        "my sister's husband is Gareth Pryor and he knows everyone in the village",
        "my uncle Tomasz Wilk is the only one who believes me",
    ],
    "a job at a place in a town, told loosely": [
        "he turned up at work, the bakery in Skipton. I had to hide in the back",
        "my work's the Spar on Main Street in Tralee",
        "I'm a porter on the maternity unit at the General in Wigan",
        "I'm a carer on the dementia floor at the Beeches in Nantwich",
        "I'm on reception at the Premier Inn on Preston high street",
        "I work at the library on Ashford high street most days",
        "I clean at the Holiday Inn in Crewe",
        "Delivery driver at the Hermes depot just outside Tamworth, early shifts",
        "Dental nurse at the Castle Street practice by the park in Ludlow",
        "third year law student, Keele uni over in Newcastle",
        "doing my nursing degree at Brunel",
    ],
    "a handle someone is using": [
        "she's messaging me from @kelly_j_1990 now",
        "his new account is @northern.lad88",
        "they're following me as @watching_u_always",
        "his alt is @grim_reaper_420",
        "he's commenting as @not_over_yet99 on everything",
    ],
    "a phone number in words": [
        "my number's seven seven zero, four one two, three three",
        "call me on five five five zero one four two, it's my mobile",
        "ring me on five five five one two three four",
    ],
}

IDENTIFYING_PASSES = [
    "I'm Sam btw, they/them",
    "I'm Kate too lol",
    "My friend Dave gave us a lift home",
    "my sister Jess sent me flowers today",
    "my neighbour Irene lent me her ladder",
    "It's Black Friday, avoid the shops",
    "It's Mental Health Awareness Week, be kind to yourselves",
    "hi all, quick one from me tonight",
    "@priya_k same here",
    "thanks @Nadia_B that helped",
    "I'm at work, the kids are in bed with their nan",
    "at work, the usual chaos",
    "I work on the tills, it's fine",
    "my room number is four four seven",
    "my case number is five five five, zero one nine three",
    "I'm a nurse on the night shift, so I'm tired",
    "It's Taylor Swift on repeat in my kitchen tonight",
    "the students at the University of Leeds held a vigil",
    "My mate started at the Greggs in Wrexham last week",
    "I started at the gym in town, feeling strong",
    "It's been a hard year, Mum up in Leeds keeps calling",
    "Taylor Swift, the singer, is my comfort listen",
    "my cousin's boyfriend is Mr Right apparently lol",
    "I went to see a film at the Odeon in Leeds",
]

# Round ten's false alarms, each as a family in new words: the category must not fire.
FALSE_ALARMS = [
    ("identifying", "I'm Mo btw, he/him"),
    ("identifying", "My neighbour Lorraine brought us a casserole"),
    ("crisis", "Ha I'm dead, my brother just sent me a video of his dog in a jumper"),
    ("crisis", "omg I'm dead 😂 this meme"),
    ("danger", "Got the keys to our new house today!! So proud"),
    ("danger", "He threatened me with a bat once, Christmas 1994. I'm a different person now."),
    ("danger", "the last time he threatened me was before we married, decades ago"),
    ("danger", "he threatened me in 2004, he has no idea where we live now"),
    ("crisis", "knitting is the only thing holding me together this month"),
    ("agreement", "Dad, none of it was your fault, I hope you know that"),
    ("danger", "paid the bills, left a note with next door about the parcel, all done"),
    ("danger", "might as well finish the job for him, what's the point"),
]


def _cases(families: dict[str, list[str]]) -> list:
    cases = []
    for name, texts in families.items():
        cases += [pytest.param(text, id=f"{name}: {text[:40]}") for text in texts]
    return cases


@pytest.mark.parametrize("text", _cases(CRISIS_FIRES))
def test_crisis_warning_signs_fire(text):
    assert "crisis" in rule_categories(text)


@pytest.mark.parametrize("text", CRISIS_PASSES)
def test_crisis_look_alikes_pass(text):
    assert "crisis" not in rule_categories(text)


@pytest.mark.parametrize("text", _cases(DANGER_FIRES))
def test_danger_signs_fire(text):
    assert "danger" in rule_categories(text)


@pytest.mark.parametrize("text", DANGER_PASSES)
def test_danger_look_alikes_pass(text):
    assert "danger" not in rule_categories(text)


@pytest.mark.parametrize("text", _cases(IDENTIFYING_FIRES))
def test_loose_identifying_details_fire(text):
    assert "identifying" in rule_categories(text)


@pytest.mark.parametrize("text", IDENTIFYING_PASSES)
def test_identifying_look_alikes_pass(text):
    assert "identifying" not in rule_categories(text)


@pytest.mark.parametrize(("category", "text"), FALSE_ALARMS)
def test_round_ten_false_alarm_families_pass(category, text):
    assert category not in rule_categories(text)


def test_a_goodbye_captioned_by_him_is_danger_not_crisis():
    found = rule_categories("he just sent a photo of our kids with the caption 'say goodbye'")
    assert found == {"danger"}


def test_wanting_him_to_do_it_is_crisis_also_when_danger_fires():
    found = rule_categories(
        "He says he'll kill me. Honestly I hope he does it, save him the bother"
    )
    assert {"crisis", "danger"} <= found


def test_finishing_the_job_for_him_is_the_writers_crisis():
    found = rule_categories("what is the point anymore. might as well finish the job for him")
    assert found == {"crisis"}


def test_every_new_rule_goes_through_the_gate():
    new = screening_warning.RULES + screening_farewell.RULES + screening_danger_signs.RULES
    assert all(required_literals(rule.pattern) for rule in new)
    assert set(new) <= set(screening._RULES + screening._DANGER_RULES)


def test_round_ten_blind_batches_are_training_data_now():
    assert FILES["screening_fresh15.jsonl"] == {"fresh15"}
    assert len(load("screening_fresh15.jsonl")) + len(load("screening_fresh16.jsonl")) >= 560


def test_no_test_line_is_copied_from_a_data_file():
    mine = CRISIS_PASSES + DANGER_PASSES + IDENTIFYING_PASSES
    for group in (CRISIS_FIRES, DANGER_FIRES, IDENTIFYING_FIRES):
        mine += [case.values[0] for case in _cases(group)]
    data = {row["text"].lower() for name in FILES for row in load(name)}
    assert not [t for t in mine if t.lower() in data]


@pytest.mark.parametrize(
    "text",
    [
        "Overdosed on caffeine before the exam, hands shaking lol",
        "we had a tug of war with a rope at the school fete",
        "my son is learning to tie a rope for his scout badge",
        "the smoke alarm started beeping at 4am, new battery needed",
        "can't believe it's nearly over, this course flew by",
    ],
)
def test_everyday_rope_sugar_and_smoke_alarms_pass(text):
    """everyday3's rule false alarms (round eleven), in other words: no crisis, no danger."""
    assert {f.category for f in screen(text, model=False)} & {"crisis", "danger"} == set()
