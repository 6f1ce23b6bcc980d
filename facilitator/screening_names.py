"""People's names: a full name after a cue ("my ex is Ryan Thornbury", "I'm Chloe Adebayo"), a
capitalised pair with a known first name ("my social worker Janet Pike"), or a surname given on its
own ("my surname is Okonkwo").

Names of public figures identify nobody in the group, so a name is let through when the message
is plainly about a book, film, song or famous person ("in Maid, Margaret Qualley...", "Sir David
Attenborough"), unless a relation cue sits right before it ("my ex is ..."). Pets and things
"called" something are not people either. Offsets are into the original text.
"""

from __future__ import annotations

import re

from .screening_text import Norm, rx
from .screening_words import FIRST_NAMES, NOT_SURNAME, STOP

Hit = tuple[str, str, int, int]
REASON = "looks like a person's full name"

_STRONG_SRC = (
    r"\b(?:(?:my|his|her|their) (?:real |full |actual |legal |maiden )?(?:name|surname|last name)"
    r"(?:'s| is| was|:)|(?:i'm|i am|he's|she's|he is|she is|they're|is|was) (?:called|named)|names?"
    r" (?:is|are)|goes by|called|named)"
)
_WEAK_SRC = (
    r"\b(?:(?:my|his|her) (?:ex|ex-?husband|ex-?wife|husband|wife|partner|boyfriend|girlfriend"
    r"|abuser|dad|father|stepdad|stepfather|step-?dad|mum|mom|mother|stepmum|stepmother|boss"
    r"|brother|sister|son|daughter|neighbour|neighbor|landlord|fiance|fiancee|bf|gf"
    r"|ex (?:husband|wife|partner|boyfriend|girlfriend)|abuser's|solicitor|lawyer|social worker"
    r"|support worker|caseworker|case worker|therapist|counsellor|counselor|gp|teacher)"
    r"(?:'s name)?(?: is| was|,|:| -| \(|)|i'm|im|i am|this is|know an?|know|anyone know|meet"
    r"|meet my|called|on fb,|on facebook,|find me on fb,)"
)
_STRONG_CUE = rx(_STRONG_SRC + r" ?$")
_WEAK_CUE = rx(_WEAK_SRC + r" ?$")
_ANY_CUE = rx(f"(?:{_STRONG_SRC})|(?:{_WEAK_SRC})")
_CAP_PAIR = re.compile(r"\b(?=([A-Z][a-z]+) [A-Z][a-z'-]+\b)")
_PAIR_AT = re.compile(r"\s*([A-Za-z][a-z]+) ([A-Za-z][a-z'-]+)\b")
_PUBLIC = rx(
    r"\b(?:read|reading|book|books|by|author|podcast|video|quote|says in|ted talk|wrote)\b"
)
# The message is about films, books, music or famous people.
_MEDIA = rx(
    r"\b(?:film|films|movie|movies|netflix|actor|actress|singer|song|songs|album|series|sitcom"
    r"|documentary|episode|character|celebrity|celeb|author|novel|podcast|starring|played by"
    r"|famous|ted talk|telly|tv|memoir|biopic|oscar|bbc|itv|channel 4|hbo|prime video)\b"
)
_TITLE = re.compile(r"\b(?:Sir|Dame|Lady|Lord|King|Queen|Prince|Princess|President|Saint|St)\.? $")
# "my cat is called Lady Penelope": a pet or a thing with a name.
_THING_NAMED = rx(
    r"\b(?:cat|dog|puppy|pup|kitten|rabbit|bunny|hamster|fish|goldfish|plant|car|teddy|horse"
    r"|pony|parrot|budgie|tortoise|guinea pig|snake|lizard|doll|band|boat|van|bike)(?: is| was"
    r"|'s)? (?:called|named) ?$|\bnamed (?:my|our|the|her|his) \w+ ?$"
)
_LIST_NEXT = re.compile(r",? (?:and|&) [A-Z]|, [A-Z]")
_SURNAME_ALONE = rx(
    r"\b(?:my|his|her|their) (?:sur ?name|last name|family name|maiden name)(?:'s| is| was|:)"
    r" ?([a-z][a-z'-]{2,})\b"
)


# A title and a surname ("Dr Patel", "Mrs Hughes") is not a full name.
_HONORIFICS = frozenset(("dr", "mr", "mrs", "ms", "miss", "mx", "prof", "sir", "dame", "rev"))


def _surname_ok(word: str) -> bool:
    low = word.lower()
    return low not in NOT_SURNAME and low not in STOP and len(low) > 1


def _public(orig: str, start: int, before: str, media: bool) -> bool:
    """A public figure or a named pet/thing rather than someone in a member's life. `media`:
    the message talks about films, books or famous people (checked once per message)."""
    if _PUBLIC.search(before) or _THING_NAMED.search(before):
        return True
    if _TITLE.search(orig[max(0, start - 10) : start]):
        return True
    return media and not _WEAK_CUE.search(before)


def _name_at(orig: str, start: int, last: str, first: str, media: bool) -> bool:
    """Is "first last" at `start` a real person's name, given what comes before?"""
    before = orig[max(0, start - 45) : start].lower()
    if not _surname_ok(last) or first.lower() in _HONORIFICS or _public(orig, start, before, media):
        return False
    if _STRONG_CUE.search(before):
        return first.lower() not in STOP
    if last.lower() in FIRST_NAMES and _LIST_NEXT.match(orig, start + len(first) + 1 + len(last)):
        return False  # "Thanks Karen, Jess and Mo": a list of first names
    capitalised = first[0].isupper() and last[0].isupper()
    if _WEAK_CUE.search(before):
        return capitalised or first.lower() in FIRST_NAMES
    return capitalised and first.lower() in FIRST_NAMES


def find_names(norm: Norm) -> list[Hit]:
    """Two-word names right after a cue word, or capitalised with a known first name, and a
    surname given on its own."""
    orig, hits = norm.original, []
    lower = orig.lower()
    if len(lower) != len(orig):  # offsets must line up with the original
        lower = orig
    starts = {m.end() for m in _ANY_CUE.finditer(lower)}
    starts.update(m.start() for m in _CAP_PAIR.finditer(orig) if m.group(1).lower() in FIRST_NAMES)
    media = bool(starts) and bool(_MEDIA.search(lower))
    for pos in sorted(starts):
        m = _PAIR_AT.match(orig, pos)
        if m and _name_at(orig, m.start(1), m.group(2), m.group(1), media):
            hits.append(("name", REASON, m.start(1), m.end(2)))
    for m in _SURNAME_ALONE.finditer(lower):
        if m.group(1) not in STOP:
            hits.append(("name", REASON, *m.span(1)))
    return hits
