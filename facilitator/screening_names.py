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

from .screening_names_more import FAMOUS
from .screening_text import Norm, rx
from .screening_words import FIRST_NAMES, NOT_SURNAME, STOP, words

Hit = tuple[str, str, int, int]
REASON = "looks like a person's full name"

_STRONG_SRC = (
    r"\b(?:(?:my|his|her|their) (?:real |full |actual |legal |maiden )?(?:name|surname|last name)"
    r"(?:'s| is| was|:)|(?:i'm|i am|he's|she's|he is|she is|they're|is|was) (?:called|named)|names?"
    r" (?:is|are)|goes by|called|named)"
)
# People in a member's life. "the" counts for roles ("the social worker, Bev Hollingsworth").
_RELATION = (
    r"(?:(?:son|daughter|kids|children|baby|kid)'?s? (?:dad|father|mum|mom|mother)|ex|ex-?husband"
    r"|ex-?wife|husband|wife|partner|boyfriend|girlfriend|abuser|dad|father|stepdad"
    r"|stepfather|step-?dad|mum|mom|mother|stepmum|stepmother|boss|brother|sister|son|daughter"
    r"|neighbour|neighbor|landlord|fiance|fiancee|bf|gf|ex (?:husband|wife|partner|boyfriend"
    r"|girlfriend)|abuser's|solicitor|lawyer|barrister|social worker|support worker|key ?worker"
    r"|caseworker|case worker|therapist|counsellor|counselor|gp|teacher|head ?teacher|cousin|aunt"
    r"|aunty|auntie|uncle|nan|nana|nanna|gran|granny|grandma|grandmother|grandad|granddad|grandpa"
    r"|grandfather|niece|nephew|(?:mother|father|sister|brother|son|daughter)[- ]in[- ]law"
    r"|step-?(?:son|daughter|brother|sister)|half-?(?:brother|sister)|friend|mate|coworker"
    r"|co-worker|colleague|flatmate|housemate|roommate|manager|supervisor|midwife|health visitor"
    r"|idva|advocate|detective|officer|probation officer|judge|pastor|priest|imam|doctor)"
)
_WEAK_SRC = (
    r"\b(?:(?:my|his|her|our|their|the|your) (?:late |first |old |new |best |little |big |older"
    r" |younger |eldest |youngest |real )?"
    + _RELATION
    + r"(?![\w-])(?:'s name)?(?: is| was|,|:| -| \(|)"
    r"|i'm|im|i am|this is|know an?|know|anyone know|meet|meet my|called|on fb,|on facebook,"
    r"|search|search for|google|look up|look (?:me|him|her) up,?"
    r"|find me on fb,|(?:dc|ds|di|pc|sgt|sergeant|detective|constable|judge|cllr|councillor) )"
)
# After the name: "Mark Henshaw is his name", "Kahu Ngata is my partner's name", "Chidi Okeke was
# my first boyfriend", "Priyanka Desai and I shared a room".
_AFTER_CUE = rx(
    r" (?:(?:is|was|'s) (?:my|his|her|our|their) (?:late |first |old |new |best |ex |ex-)?"
    + _RELATION
    + r"(?![\w-])|(?:is|was) (?:my|his|her|their) (?:real |full |legal )?name|and i\b)"
)
_STRONG_CUE = rx(_STRONG_SRC + r" ?$")
_WEAK_CUE = rx(_WEAK_SRC + r" ?$")
_TITLED = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\.? (?=[A-Z])")
_ANY_CUE = rx(f"(?:{_STRONG_SRC})|(?:{_WEAK_SRC})")
# Surnames may carry inner capitals and joins: McLeod, O'Rourke, Pryce-Jones.
# Letters beyond ASCII count too (Wiśniewski, Séan); [^\W\d_] is any letter.
_LOW = r"[^\W\d_A-Z]"
_SURNAME = r"[^\W\d_]" + _LOW + r"*(?:['-]?[^\W\d_]?" + _LOW + r"+)*"
_CAP_PAIR = re.compile(
    r"\b(?=([A-Z][a-z]+) [A-Z]" + _LOW + r"*(?:['-]?[^\W\d_]?" + _LOW + r"+)*\b)"
)
# "Dr Helena Marsh", "Mrs Ann Doyle": a title before a full name is skipped, not a reason to stop.
_PAIR_AT = re.compile(
    r"\s*(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|dr|mr|mrs|ms)\.? )?([^\W\d_]"
    + _LOW
    # round twelve: a hyphenated first name, "Anna-Lena Vogt", "Jean-Paul Martin"
    + r"+(?:-[^\W\d_]"
    + _LOW
    + r"+)?) ("
    + _SURNAME
    + r")\b"
)
_ANY_PAIR = re.compile(r"\b([A-Z][a-z]+) ([A-Z]" + _LOW + r"*(?:['-]?[^\W\d_]?" + _LOW + r"+)*)\b")
_PUBLIC = rx(
    r"\b(?:read|reading|book|books|by|author|podcast|video|quote|says in|ted talk|wrote)\b"
)
# The message is about films, books, music or famous people.
_MEDIA = rx(
    r"\b(?:film|films|movie|movies|netflix|actor|actress|singer|song|songs|album|series|sitcom"
    r"|documentary|episode|character|celebrity|celeb|author|novel|podcast|starring|played by"
    r"|famous|ted talk|telly|tv|memoir|biopic|oscar|bbc|itv|channel 4|hbo|prime video|drama"
    r"|dramas|show|shows|trial|concert|tickets|tour|gig|band|recipes?|syndrome|storyline|soap"
    r"|season|interview|presenter|comedian|youtuber|influencer|musical|theatre|programme"
    r"|autobiography|biography|reality tv|love island|strictly|bake off|this morning"
    r"|loose women|documentaries|docuseries|cast|starred|stars|role|performance|headlines|news"
    r"|paper|article|watched|watching|binged|announcement|actors|singers)\b"
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
    # round six: "married name, Hollingsworth", "birth surname: Okoro"
    r"|\b(?:married|maiden|birth) (?:name|surname)(?:'s| is| was|:|,) ?([a-z][a-z'-]{2,})\b"
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
    return media and not _WEAK_CUE.search(before) and not _STRONG_CUE.search(before)


# "Grandma Rose and I": a relative's title and a first name, not a full name.
_KIN = words(
    "mum mom mummy mommy dad daddy nan nana nanna gran granny grandma grandpa grandad aunt aunty"
    " auntie uncle cousin sister brother baby"
)
_TITLE_BEFORE = re.compile(r"\b(?:dr|mr|mrs|ms|miss|mx|prof)\.? $")


# A lower-case word followed by an object is a verb: "Carol brought me", "Dave gave us a lift".
_VERB_NEXT = re.compile(
    r" (?:me|us|him|her|them|it|a|an|the|some|my|his|our|their|your|round|over|up|out|back|home)\b"
)


# Common verbs and adverbs that follow a first name: "my sister Aisha came", "my ex Dan says".
_VERBS = words(
    "came comes come went goes go said says told tells took takes gave gives got gets was is has"
    " had have made makes left rang rings called calls texted texts drove drives brought brings"
    " picked met meets sent sends lives lived works worked wants wanted knows knew thinks thought"
    " looked looks stayed stays helped helps tried tries asked asks showed shows turned walked"
    " cried laughed hugged sat sits stood kept keeps found finds saw sees heard hears let lets put"
    " ran runs messaged phoned visited visits arrived moved dropped offered bought cooked does did"
    " will would can could should might must and too also just always never still really used"
    " loves loved hates hated sorted booked paid pays drove waited waits listened listens"
)


def _famous(first: str, last: str) -> bool:
    return (first + " " + last.removesuffix("'s")).lower() in FAMOUS


def _name_at(orig: str, start: int, last: str, first: str, media: bool) -> bool:
    """Is "first last" at `start` a real person's name, given what comes before?"""
    before = orig[max(0, start - 45) : start].lower()
    titled = bool(_TITLE_BEFORE.search(before))  # "Dr Helena Marsh": a title and a full name
    before = _TITLE_BEFORE.sub("", before)
    if not _surname_ok(last) or first.lower() in _HONORIFICS or _public(orig, start, before, media):
        return False
    if _famous(first, last):
        return False
    if _STRONG_CUE.search(before):
        return first.lower() not in STOP
    if last.lower() in FIRST_NAMES and _LIST_NEXT.match(orig, start + len(first) + 1 + len(last)):
        return False  # "Thanks Karen, Jess and Mo": a list of first names
    capitalised = first[0].isupper() and last[0].isupper()
    if _WEAK_CUE.search(before) or titled:
        if not capitalised and _VERB_NEXT.match(orig, start + len(first) + 1 + len(last)):
            return False  # "my neighbour Carol brought me soup": a verb, not a surname
        if not last[0].isupper() and last.lower() in _VERBS:
            return False  # round twelve: "My sister Aisha came with me"
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
    starts.update(m.end() for m in _TITLED.finditer(orig))
    starts.update(m.start() for m in _CAP_PAIR.finditer(orig) if m.group(1).lower() in FIRST_NAMES)
    media = bool(starts) and bool(_MEDIA.search(lower))
    for pos in sorted(starts):
        m = _PAIR_AT.match(orig, pos)
        if m and _name_at(orig, m.start(1), m.group(2), m.group(1), media):
            hits.append(("name", REASON, m.start(1), m.end(2)))
    for m in _ANY_PAIR.finditer(orig):
        first, last = m.group(1), m.group(2)
        if first.lower() in STOP | NOT_SURNAME | _KIN or not _surname_ok(last):
            continue
        if _AFTER_CUE.match(lower, m.end()) and not _famous(first, last):
            hits.append(("name", REASON, *m.span()))
    for m in _SURNAME_ALONE.finditer(lower):
        group = 1 if m.group(1) else 2
        # With no "my" before the cue, only a capitalised word counts ("married name, finally").
        if group == 2 and not orig[m.start(group)].isupper():
            continue
        if m.group(group) not in STOP:
            hits.append(("name", REASON, *m.span(group)))
    return hits
