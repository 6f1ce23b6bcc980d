"""Round twelve: identifying details told loosely, in lower case, in dialect or in pieces, and the
false alarms of round eleven's blind batches (docs/screening.md, "Round twelve"). Every line here
was written for this file, in no data file; each family has phrasings that must fire and
look-alikes that must pass. The rules are tested alone (`model=False`).
"""

from __future__ import annotations

import pytest

from facilitator.screening import screen


def identifying(text: str) -> bool:
    return any(f.category == "identifying" for f in screen(text, model=False))


def others(text: str) -> set[str]:
    return {f.category for f in screen(text, model=False)} - {"identifying"}


FIRES = {
    "a workplace, club, school or shop and its town, loosely": [
        "Mi work a di pharmacy inna Mandeville",
        "I coach the under-12s at the rugby club in Llanelli",
        "i teach year 3 at brookfield primary in leek",
        "I volunteer at the foodbank church in Keswick on Fridays",
        "we run the chippy in Tenby, been there 20 years",
        "i work at the vets in ashbourne",
        "I manage the little café in Ambleside",
        "I clean at the leisure centre in Bridgwater",
        "I work weekends at the garden centre outside Ludlow",
        "I own the bakery in Hebden Bridge",
        "i work days at the care home in sligo",
    ],
    "a hospital named after its town": [
        "I work nights on the kids' ward at Kettering General.",
        "I'm a porter at Airedale General",
        "my shifts are on ward 7 at Pinderfields General",
    ],
    "a hyphenated town": [
        "I run the little bookshop in Hay-on-Wye",
        "I teach at the primary in Stratford-upon-Avon",
        "I volunteer at the charity shop in Ross-on-Wye",
    ],
    "a street and its town, any case": [
        "the costa on hill street in bromsgrove",
        "meet me at the greggs on market street, wigan",
        "he turned up at the pub on Church Lane in Thame",
        "the chemist on station road in ely",
    ],
    "a number spelled with hundred or double, or given in pieces": [
        "zero seven seven zero zero, nine hundred, four five six",
        "oh seven seven double oh, nine hundred, one two three",
        "my number starts 07700 then 900 and then it ends 619",
        "it's 07700 then 900 then it ends in 619",
        "07912 followed by 345 678",
    ],
    "a full name hyphenated or in lower case, owned as a name": [
        "It was my stepmum, Anna-Lena Vogt.",
        "my ex is Jean-Paul Martin",
        "my caseworker, Mary-Kate O'Brien, is lovely",
        "oluwaseun adebayo is my full name if anyone wants to find me",
        "siobhan nic aodha is my real name",
        "kwame mensah is my name btw",
    ],
    "a handle after 'on X,'": [
        "Follow me on X, @quietmaple_",
        "I'm on X, @healing_daily",
        "find me on x, quiet_maple",
    ],
    "a licence plate of another country": [
        "My car is the grey Clio, AB-123-CD",
        "the van's plate is 12-ABC-3",
        "my car is a silver Golf, 161-D-12345",
        "he drives a black ute, ABC-123",
        "his truck is a white F150, 7ABC123",
        "my car is parked outside, B-MW 1234",
    ],
}

PASSES = {
    "a workplace with no town, a town alone, 'in town'": [
        "I work at a school in Leeds",
        "I work at the shop in the mornings",
        "i work at the cafe in town",
        "I work in retail in London",
        "I teach at the school in September",
        "I volunteer at the library in my spare time",
        "I work at the pharmacy in between uni",
        "I moved to Llanelli last year",
        "i grew up in leek",
        "I'm a nurse",
        "I work nights on a ward",
        "we went to the costa in town",
        "the Attorney General said it on the news",
        "my job is in general admin",
        "I coach football on Saturdays",
        "I run in the park in the mornings",
    ],
    "a date or time after 'moved to'": [
        "Court date got moved to 14/03/2025",
        "hearing moved to 2026 now",
        "session moved to 12 march",
        "we moved to 10.30 tomorrow",
    ],
    "a meeting or booking code": [
        "The Zoom ID for the alumni catch-up is 812 5530 0046, passcode's on the handout.",
        "the meeting ID changed to 845 2291 0034, check the email",
        "Booking ref for the coach trip is 4471 2290 118",
    ],
    "a first name and a verb; a first name alone": [
        "My sister Aisha came with me to the appointment",
        "my friend Priya said the same",
        "my mum Sue told me to stop",
        "my ex Dan says he's changed",
        "Ben is my name here",
        "i'm Jo btw",
        "my name is Sam and I'm new",
        "my full name is on the form",
    ],
    "prices, counts, order numbers, car models, dates, roads": [
        "it costs nine hundred pounds",
        "nine hundred and fifty days since I left",
        "the order number is AB-1234",
        "my car is a 2015 Ford Fiesta",
        "my car failed its MOT 2024",
        "he drove up the A303 again",
        "my car is an MX5",
        "the dates were 12-03-2025",
        "I parked by the NHS 111 sign",
    ],
    "X with no handle": [
        "on X, everyone is so angry",
        "follow me on X for updates",
        "I'm on X, mostly lurking",
    ],
}


@pytest.mark.parametrize(
    "text", [t for lines in FIRES.values() for t in lines], ids=lambda t: t[:40]
)
def test_identifying_family_fires(text):
    assert identifying(text), text


@pytest.mark.parametrize(
    "text", [t for lines in PASSES.values() for t in lines], ids=lambda t: t[:40]
)
def test_look_alike_passes(text):
    assert not identifying(text), text


def test_each_family_has_several_phrasings():
    assert all(len(lines) >= 3 for lines in FIRES.values())
    assert all(len(lines) >= 2 for lines in PASSES.values())


def test_round_twelve_rules_add_no_other_category():
    """The new identifying rules leave crisis, danger and agreement as they were."""
    assert others("I work nights on the kids' ward at Kettering General.") == set()
    assert others("Follow me on X, @quietmaple_, I mostly rant about landlords") == set()
