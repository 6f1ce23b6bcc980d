"""Round five's identifying families (facilitator/screening_families.py): a handle before its
platform, a plate with its plate word earlier in the sentence, a workplace named with no lead verb,
a full name after a naming cue, and a home placed by a named landmark and a town. Each family has
positives in new words and look-alike negatives that must pass."""

from __future__ import annotations

import pytest

from facilitator.screening import screen


def _identifying(text: str) -> bool:
    return any(f.category == "identifying" for f in screen(text, model=False))


HANDLE_FIRST = [
    "easiest is to message me, I'm rosie_m.writes on snapchat",
    "add me, kaz_b77 over on insta",
    "I go by lou.tamsin on tiktok if anyone wants to follow",
    "find me as quietcourage92 on discord",
    "it's bex.h.art on instagram, DM me whenever",
]
HANDLE_FIRST_NOT = [
    "@Sam thank you, that really helped",
    "I saw a video about it on tiktok last night",
    "e.g. on instagram people post the highlights only",
    "we spoke at 10pm on whatsapp and it was fine",
    "there's a great account on insta about boundaries",
]
PLATE_LATE = [
    "the registration on my car is a giveaway, LX63 HTR, bright yellow too",
    "my plates are personalised, it says DEB 7, so everyone knows it's me",
    "reg on the van is, don't laugh, WK09 PNT",
    "number plate's a private one with my initials, JRH 11",
]
PLATE_LATE_NOT = [
    "I've got so much on my plate, the MOT is due in 2 weeks",
    "registration for the course closes at 5PM on friday",
    "had a plate of chips and cried at the GP 3 times this year",
    "he was reg'd with the DVLA 2 years ago apparently",
]
WORKPLACE_PLAIN = [
    "I'm on earlies at the Asda depot in Wakefield this month",
    "stacking shelves at the Morrisons in Kirkcaldy till something better comes up",
    "I'm a firefighter out of the Kessock station",
    "doing nights at the Royal Mail sorting office in Swindon",
    "I'm on the tills at the Lidl in Ballymena most weekends",
]
WORKPLACE_PLAIN_NOT = [
    "there was a massive queue at the Aldi in town",
    "I saw the new film at the Odeon in Leeds with my sister",
    "we bumped into him at the Tesco in Barnsley, awful",
    "I'm a bit scared at the Costa in Leeds, it's always busy",
    "spent two days at the Premier Inn in Luton for the hearing",
]
FULL_NAME_CUED = [
    "my birth name, Aoife Nic Giolla, is still on my passport",
    "legal name Fatima al-Rashid, but everyone calls me Tima",
    "her maiden name is Ana de Souza, she's my cousin",
    "I was née Hannah McAllister before I married him",
    "real name Pieter van der Berg, don't tell anyone",
]
FULL_NAME_CUED_NOT = [
    "in the book the heroine's full name was Mara Winterbourne, I loved that character",
    "my full name is on the court order, it's so scary",
    "her maiden name was the same as mine, funny that",
    "my real name isn't something I share here",
    "what's a good name for a cat, Biscuit Crumble maybe?",
]
HOME_LANDMARK = [
    "we're in the terrace behind Holy Trinity church in Skipton",
    "I live in the little bungalow opposite Greenfields Academy in Selby",
    "our flat is right above the Red Lion pub, Kendal",
    "we got rehoused in the block across from Victoria Park in Hackney",
]
HOME_LANDMARK_NOT = [
    "there was a fire in the flats opposite St Peter's in Leyton on the news",
    "we had a picnic near Roundhay Park in Leeds and it was lovely",
    "I parked behind the Odeon in Bradford and walked",
    "my therapist's office is next to the library, handy",
]


@pytest.mark.parametrize(
    "text", HANDLE_FIRST + PLATE_LATE + WORKPLACE_PLAIN + FULL_NAME_CUED + HOME_LANDMARK
)
def test_family_positives_are_identifying(text):
    assert _identifying(text)


@pytest.mark.parametrize(
    "text",
    HANDLE_FIRST_NOT
    + PLATE_LATE_NOT
    + WORKPLACE_PLAIN_NOT
    + FULL_NAME_CUED_NOT
    + HOME_LANDMARK_NOT,
)
def test_family_look_alikes_pass(text):
    assert not _identifying(text)
