"""Identifying formats added in round five, each a family the older rules did not know:

1. a handle *before* its platform: "find me as mo.writes on insta", "kaz_b77 on snap";
2. a plate with its plate word earlier in the sentence: "my reg is easy, it's my initials, RTD 90";
3. a workplace with no lead verb: "on earlies at the Asda depot in Wakefield", "a firefighter out
   of the Kessock station";
4. a full name after a naming cue with no verb: "full name Aoife Nic Giolla", "birth name, Ana
   de Souza" (name particles allowed);
5. a home placed by a named landmark and a town: "we're in the bungalow behind Oakfield Primary
   in Selby".

Each needs a tie to the writer (a work word, a home word with "I", "we", "my" or "our", a naming
cue) so that "there was a queue at the Tesco in town", "I saw it at the Odeon", a character's full
name in a book or film, and "@Sam thank you" pass. Hits are (label, reason, start, end), offsets
into the original text.
"""

from __future__ import annotations

import re

from .screening_handles import PLATFORM_NEAR
from .screening_names import _MEDIA
from .screening_names_more import FAMOUS
from .screening_text import Norm, rx
from .screening_words import FIRST_NAMES, NOT_SURNAME, STOP, TOWNS, words
from .screening_workplace import _JOB

Hit = tuple[str, str, int, int]

# --- 1. handle before its platform -------------------------------------------------------------
# "jen_h1987 on telegram", "sam.k.writes over on insta", "@kel.b (tiktok)".
_HANDLE_THEN_PLATFORM = rx(
    r"(?<![\w.@/])(@?[a-z][a-z0-9_.]{2,29}[a-z0-9_])(?: (?:over |also )?(?:on|via|at) (?:the )?"
    r"| ?\( ?| - )(?=" + PLATFORM_NEAR.pattern + r")"
)
# A handle joined by its digits alone ("kaz77") needs someone offering it ("find me", "I'm").
_OFFER = rx(
    r"\b(?:reach|find|add|follow|message|msg|dm|contact|text|hmu|search|i'm|im|i am|it's|its|me"
    r"|as|is|under|called|username|handle)\b[^.!?]{0,20}$"
)
_NOT_HANDLE_SHAPE = re.compile(r"(?:[a-z]\.){1,3}[a-z]?|\d+(?:am|pm|th|st|nd|rd|s)?|covid\d*|mp\d")


def _handles(norm: Norm) -> list[Hit]:
    hits: list[Hit] = []
    text = norm.text
    for m in _HANDLE_THEN_PLATFORM.finditer(text):
        tok = m.group(1)
        bare = tok.lstrip("@").rstrip(".")
        if _NOT_HANDLE_SHAPE.fullmatch(bare) or bare in STOP:
            continue
        shaped = "_" in bare or "." in bare or tok.startswith("@")
        digits = bool(re.search(r"\d", bare)) and len(re.sub(r"\d", "", bare)) >= 3
        if shaped or (digits and _OFFER.search(text, max(0, m.start() - 40), m.start())):
            hits.append(("handle", "a social media handle", *norm.span(m.start(1), m.end(1))))
    return hits


# --- 2. plate with its plate word earlier in the sentence -------------------------------------
_PLATE_WORD = rx(r"\b(?:reg|rego|registration|number ?plates?|licen[cs]e plates?|plates?)\b")
# Groups of capitals and digits written as on a plate: "KMJ 442", "AB12 CDE", "7ABC123", "KX-19".
_PLATE_SHAPE = re.compile(r"(?<![\w'-])([A-Z0-9]{1,7}(?:[ -][A-Z0-9]{1,5}){0,2})(?![\w'-])")
NOT_PLATE = words(
    "mot dvla uk us usa nhs adhd ptsd cbt dv gp am pm a i ok tv id pin covid suv bmw vw mpg mph "
    "am pm bst gmt dna ivf gcse"
)


_PLATE_GROUPS = re.compile(r"[ -]")


def plate_ok(raw: str, not_plate: frozenset[str] = NOT_PLATE, shortest: int = 4) -> bool:
    """Groups of capitals and digits that read as a plate: `shortest` to 9 characters, at least
    two letters and a digit, no group an abbreviation from `not_plate` ("MOT", "NHS")."""
    groups = _PLATE_GROUPS.split(raw)
    if any(g.lower() in not_plate for g in groups):
        return False
    flat = "".join(groups)
    letters = sum(c.isalpha() for c in flat)
    return shortest <= len(flat) <= 9 and letters >= 2 and any(c.isdigit() for c in flat)


def _plates(norm: Norm) -> list[Hit]:
    hits: list[Hit] = []
    orig = norm.original
    for w in _PLATE_WORD.finditer(norm.text):
        clause = re.match(r"[^.!?\n]{0,80}", orig[w.end() :])
        if not clause:
            continue
        base = w.end()
        for m in _PLATE_SHAPE.finditer(clause.group()):
            if plate_ok(m.group(1)):
                hits.append(
                    ("plate", "looks like a licence plate", base + m.start(1), base + m.end(1))
                )
    return hits


# --- 3. workplace with no lead verb --------------------------------------------------------------
_WORK_CUE = (
    r"(?:\b(?:on|do|doing|work|working|pulling|covering) (?:the )?(?:nights|days|lates|earlies"
    r"|weekends|twilights|mornings|evenings|night ?shifts?|day shifts?|nightshift)"
    r"|\b(?:cleaning|stacking(?: shelves)?|packing|picking|serving|waitressing|bartending|temping"
    r"|based|stationed|posted|my (?:shifts?|job|placement|rota))"
    r"|\bon (?:the )?(?:tills|checkouts?|reception|door|desk|shop floor|security|wards?)"
    r"|\bbehind the (?:bar|counter)|\b(?:i'm|im|i am|i work as) an? (?:[\w-]+ )?" + _JOB + ")"
)
_WORK_NOUN = (
    r"(?:warehouse|depot|station|store|branch|superstore|factory|plant|site|office|hospital|ward"
    r"|call centre|distribution centre|fulfilment centre|garage|salon|shop|cafe|restaurant|pub"
    r"|hotel|care home|nursing home|school|college|centre|center|surgery|clinic|library|gym|bakery"
    r"|mill|yard|dock|airport|base|barracks|prison|unit|kitchen|bar|Extra|Express|Metro|Superstore)"
)
_PLACE_NAME = r"((?:St\.? )?[A-Z][\w'&.-]*(?: [A-Z][\w'&.-]*){0,3})"
_TOWN = r"([A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?|(?i:[a-z]+))"
_WORKPLACE_PLAIN = re.compile(
    r"(?i:"
    + _WORK_CUE
    + r")(?: [\w']+){0,2}? (?i:at|(out of)|from) (?:(?i:the) )?"
    + _PLACE_NAME
    + r"(?: ((?i:"
    + _WORK_NOUN
    + r")))?(?:(?: (?i:in|at|near|outside|by)|,) "
    + _TOWN
    + r")?\b"
)


def _town(word: str | None) -> bool:
    if not word:
        return False
    first = word.split()[0].lower()
    if first in STOP or first in NOT_SURNAME or first in ("town", "the", "city", "centre"):
        return False
    return word[0].isupper() or first in TOWNS


def _named(name: str) -> bool:
    first = name.split()[0].lower().rstrip(".")
    return first not in STOP and first not in NOT_SURNAME and first != "st" or len(name.split()) > 1


def _workplaces(norm: Norm) -> list[Hit]:
    hits: list[Hit] = []
    for m in _WORKPLACE_PLAIN.finditer(norm.original):
        out_of, name, noun, town = m.group(1), m.group(2), m.group(3), m.group(4)
        if not _named(name):
            continue
        specific = out_of or len(name.split()) > 1 or name.split()[0].lower() in TOWNS
        if _town(town) or (noun and specific):
            end = m.end(4) if _town(town) else m.end(3)
            hits.append(("workplace_school", _WORK_REASON, m.start(2), end))
    return hits


_WORK_REASON = "names a workplace or school and where it is"


# --- 4. a full name after a naming cue -----------------------------------------------------------
_QUALIFIER = (
    r"(?:old|new|real|full|actual|legal|proper|maiden|married|birth|given|whole|former|dead)"
)
_NAME_CUE = rx(
    r"(?:\b(?:my|his|her|their|our|your)(?: "
    + _QUALIFIER
    + r"){0,2}|\b"
    + _QUALIFIER
    + r"(?: "
    + _QUALIFIER
    + r")?) (?:name|surname|last name|names)\b(?: (?:is|was|are|were"
    r"|still|used to be|will be|being|on \w+(?: \w+)? (?:is|was)))*(?:'s)?[,:=-]?"
    r"(?: (?:still|just|literally|actually))? ?|\bn[ée]e,? ?"
    r"|\bname on (?:my|her|his|the) \w+(?: \w+)? (?:is|was|says|said)(?: (?:still|just))? ?"
)
_PARTICLE = (
    r"(?:[Nn]ic|[Nn][ií]|[Mm]ac|[Mm]c|[Oo]'|[Óó]|[Dd]e|[Dd]a|[Dd]i|[Dd]u|[Dd]el|[Dd]ella|[Vv]an"
    r"|[Vv]on|[Dd]er|[Dd]en|[Tt]er|[Ll]e|[Ll]a|[Aa]l-|[Ee]l-|[Bb]in|[Bb]inti|[Bb]int|[Bb]en"
    r"|[Ii]bn|[Aa]bu|[Uu][ií]|dos|das)"
)
_WORD = r"[^\W\d_][^\W\d_]*(?:['-][^\W\d_]+)*"
_FULL_NAME = re.compile(
    r"("
    + _WORD
    + r")(?: ("
    + _WORD
    + r"))?? ((?:"
    + _PARTICLE
    + r"(?: |(?<=['-])))*"
    + _WORD
    + r")"
    r"(?![\w'-])"
)
_FICTION = rx(r"\b(?:book|books|read|reading|novel|character|characters|story|play|game|games)\b")
_OURS = rx(r"\b(?:my|our)\b")


def _capital_or_first(first: str, last: str) -> bool:
    bare = re.sub(r"^(?:(?:" + _PARTICLE + r")(?: |(?<=['-])))+", "", last) or last
    if first[0].isupper() and bare[0].isupper():
        return True
    return first.lower() in FIRST_NAMES and bare.lower() not in STOP


def _full_names(norm: Norm) -> list[Hit]:
    hits: list[Hit] = []
    orig, lower = norm.original, norm.text
    if len(lower) != len(orig):
        return hits
    media = None
    for cue in _NAME_CUE.finditer(lower):
        m = _FULL_NAME.match(orig, cue.end())
        if not m:
            continue
        first, last = m.group(1), m.group(3)
        if first.lower() in STOP or last.lower() in STOP | NOT_SURNAME:
            continue
        if len(last) < 2 or not _capital_or_first(first, last):
            continue
        if (first + " " + last).lower() in FAMOUS:
            continue
        if media is None:
            media = bool(_MEDIA.search(lower) or _FICTION.search(lower))
        if media and not _OURS.match(cue.group()):
            continue  # "the main character's full name is Atticus Finch"
        hits.append(("name", "looks like a person's full name", *m.span()))
    return hits


# --- 5. a home placed by a named landmark and a town ---------------------------------------------
_HOME_TIE = rx(
    r"\b(?:i|we|we're|were|i'm|im|my|our|us)\b[^.!?]{0,40}\b(?:live|lives|living|lived|moved"
    r"|moving|move|housed|rehoused|staying|stay|home|flat|flats|house|place|bungalow|cottage"
    r"|estate|cul-de-sac|terrace|block|building|apartment|refuge|address)\b[^.!?]{0,40}$"
)
_BESIDE = (
    r"(?:behind|opposite|across from|across the road from|over the road from|next to|next door to"
    r"|beside|near|round the corner from|around the corner from|above|over|facing|backing onto"
    r"|backs onto|overlooking|down the road from|up the road from|just off|just past|round the"
    r" back of|at the back of|on the same road as|a few doors from|two doors from)"
)
_LANDMARK = re.compile(
    r"(?i:" + _BESIDE + r") (?:(?i:the) )?((?:St\.? |Saint )?[A-Z][\w'&.-]*(?: [A-Z][\w'&.-]*){0,3}"
    r"(?: (?i:church|primary|school|park|pub|station|library|chapel|mosque|temple|hospital|surgery"
    r"|shops|parade|rec|common|green|cemetery|roundabout|garage|academy|arms|inn|leisure centre))?)"
    r"(?:,| (?i:in|in central|on the edge of|outside)) " + _TOWN + r"\b"
)


def _homes(norm: Norm) -> list[Hit]:
    hits: list[Hit] = []
    orig, lower = norm.original, norm.text
    if len(lower) != len(orig):
        return hits
    for m in _LANDMARK.finditer(orig):
        if not _named(m.group(1)) or not _town(m.group(2)):
            continue
        if _HOME_TIE.search(lower, max(0, m.start() - 80), m.start()):
            hits.append(("address", "looks like a street address or postcode", m.start(), m.end()))
    return hits


def find_families(norm: Norm) -> list[Hit]:
    """Round five's identifying families (see the module docstring)."""
    return _handles(norm) + _plates(norm) + _workplaces(norm) + _full_names(norm) + _homes(norm)
