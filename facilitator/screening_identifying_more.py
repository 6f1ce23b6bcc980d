"""Identifying formats added in round twelve: details told loosely, in lower case or in dialect.

1. a workplace, club, school or shop and its town, with the writer's work verb before it and the
   town in any case or hyphenated: "I coach the under-12s at the rugby club in Llanelli", "i
   teach year 3 at brookfield primary in leek", "I run the little bookshop in Hay-on-Wye", "Mi
   work a di pharmacy inna Mandeville"; a hospital whose name holds its town after a work word,
   "nights on the kids' ward at Kettering General";
2. a street and its town with no house number, in any case: "the costa on hill street in
   bromsgrove", "the chippy on Market Road, Wigan";
3. a full name in lower case owned as the writer's name: "oluwaseun adebayo is my full name";
4. a licence plate of another country: written with two hyphens ("AB-123-CD", "12-ABC-3",
   "161-D-12345"), or shaped like a plate in a message about a car ("my car's the grey Clio,
   7ABC123").

A town alone, a workplace with no town or with "a" ("I work at a school in Leeds"), "in town",
"in the mornings", a first name alone, dates ("14-03-2025"), and model names ("a VW ID3", "MOT
2024") pass. Each part runs only when a word it needs is in the message. Hits are (label,
reason, start, end), offsets into the original text.
"""

from __future__ import annotations

import re

from .screening_families import NOT_PLATE, plate_ok
from .screening_phone import DIGIT, digits_of
from .screening_text import Norm
from .screening_words import FAMOUS_STREETS, FIRST_NAMES, NOT_SURNAME, STOP, words

Hit = tuple[str, str, int, int]
_WORK = "names a workplace or school and where it is"

# --- 1. a workplace and its town ---------------------------------------------------------------
_VERB = (
    r"(?:work|works|worked|working|wuk|teach|teaches|teaching|taught|coach|coaches|coaching"
    r"|volunteer|volunteers|volunteering|run|runs|running|own|owns|manage|manages|managing|clean"
    r"|cleans|cleaning|cook|cooks|serve|nights|days|shifts?|job|placement)"
)
_NOUN = (
    r"(?:pharmacy|chemist|chemists|club|school|primary|secondary|academy|nursery|college|shop"
    r"|bookshop|store|cafe|café|pub|bar|restaurant|salon|gym|library|surgery|practice|clinic"
    r"|hospital|ward|hotel|garage|bakery|butchers|office|factory|warehouse|depot|church|mosque"
    r"|temple|centre|center|care home|hospice|takeaway|chippy|bank|post office|market|florist"
    r"|florists|vets|dentist|dentists|theatre|cinema|leisure centre|home|studio|kitchen|farm)"
)
_TOWN = r"([a-zà-ÿ][a-zà-ÿ'-]+(?: upon [a-z]+| on [a-z]+)?)"
# The writer's work verb, a few words ("the under-12s", "year 3", "nights on"), a place with
# "the", "my", a dialect article or a name, then its town.
_WORKPLACE = re.compile(
    r"\b" + _VERB + r"(?: [\w'-]+){0,4}? (?:(?:at|a|for|with|on|in|inna|ina) )?"
    r"(?:(the|di|de|da|my|our) )?((?:(?!(?:at|in|a|for|on) )[\w'&.-]+ ){0,3}?)"
    + _NOUN
    + r"(?: (?:up|down|by|near|next to|opposite) the [a-z]+)?"
    r" (?:in|inna|ina|near|outside|just outside|on the edge of) " + _TOWN + r"\b"
)
# "in" words that are not a town: "at the shop in the mornings", "in person", "in town".
_NOT_TOWN = words(
    "town city centre general person secret charge advance private public future summer winter"
    " spring autumn between reception year class school uni college work bed hospital lockdown"
    " training therapy recovery question particular case total fact return order front"
    " mornings evenings afternoons nights weekends holidays term daytime tears pain time peace"
    " hiding touch trouble debt love shock bits half line person-centred full-time part-time"
    " england scotland wales ireland uk us usa america australia canada india"
)
# A hospital named after its town: "at Kettering General", "on ward 4 at Airedale General".
_GENERAL = re.compile(
    r"\b(?:at|in|from|for) (?:the )?([A-Z][a-z'-]+(?: [A-Z][a-z'-]+)? (?:General|Infirmary"
    r"|District General|Royal Infirmary))\b"
)
_GENERAL_TIE = re.compile(
    r"(?i:\b(?:work\w*|nights|days|shifts?|ward|nurse|nursing|porter|hca|job|placement|volunteer"
    r"\w*|doctor|midwife|cleaner|receptionist|physio|consultant|registrar|student)\b)"
)
_NOT_GENERAL = words("attorney secretary surgeon major brigadier lieutenant consul inspector")


def _town_ok(word: str) -> bool:
    low = word.split()[0]
    return low not in STOP and low not in NOT_SURNAME and low not in _NOT_TOWN and len(low) > 2


def _workplaces(norm: Norm) -> list[Hit]:
    text, hits = norm.text, []
    for m in _WORKPLACE.finditer(text):
        named = m.group(2).strip()
        if not m.group(1) and (not named or named.split()[0] in STOP):
            continue  # "I work at a school in Leeds", "work in retail in London"
        if _town_ok(m.group(3)):
            hits.append(("workplace_school", _WORK, *norm.span(m.start(2), m.end(3))))
    if "General" in norm.original or "Infirmary" in norm.original:
        orig = norm.original
        for m in _GENERAL.finditer(orig):
            first = m.group(1).split()[0].lower()
            if first in _NOT_GENERAL or first in STOP:
                continue
            sentence = orig[max(0, m.start() - 60) : m.start()].rsplit(".", 1)[-1]
            if _GENERAL_TIE.search(sentence):
                hits.append(("workplace_school", _WORK, *m.span(1)))
    return hits


# --- 2. a street and its town ------------------------------------------------------------------
_STREET = re.compile(
    r"\bon ((?:[a-z][a-z'-]+ ){1,2}(?:street|st|road|rd|lane|avenue|ave|parade|row|square"
    r"|terrace|crescent|drive|way))(?:,| in) " + _TOWN + r"\b"
)


def _streets(norm: Norm) -> list[Hit]:
    hits = []
    for m in _STREET.finditer(norm.text):
        first = m.group(1).split()[0]
        if first in STOP - {"high", "main"} or first in FAMOUS_STREETS or not _town_ok(m.group(2)):
            continue
        hits.append(("address", "looks like a street address or postcode", *norm.span(*m.span())))
    return hits


# --- 3. a lower-case full name owned as the writer's --------------------------------------------
_OWN_NAME = re.compile(
    r"(?<![\w'-])([a-zà-ÿ][a-zà-ÿ'-]+) ([a-zà-ÿ][a-zà-ÿ'-]+) (?:is|was|'s) my (?:real |full |legal"
    r" |actual |birth |proper |whole )?name\b"
)


def _names(norm: Norm) -> list[Hit]:
    hits = []
    for m in _OWN_NAME.finditer(norm.text):
        first, last = m.group(1), m.group(2)
        if first in STOP | NOT_SURNAME or last in STOP | NOT_SURNAME:
            continue
        if first in FIRST_NAMES or len(first) >= 3:
            hits.append(
                ("name", "looks like a person's full name", *norm.span(m.start(1), m.end(2)))
            )
    return hits


# --- 4. licence plates of other countries -------------------------------------------------------
# Groups of capitals and digits joined by two hyphens, each group all letters or all digits:
# French "AB-123-CD", Dutch "12-ABC-3", Irish "161-D-12345", German "M-AB-1234".
_HYPHENED = re.compile(
    r"(?<![\w-])([A-Z]{1,3}|\d{1,3})-([A-Z]{1,3}|\d{1,4})-([A-Z]{1,3}|\d{1,6})(?![\w-])"
)
# In a message about a car, any group of capitals and digits shaped like a plate: "7ABC123",
# "ABC-1234", "1AB 2CD", "B MW 1234".
_CAR = re.compile(
    r"\b(?:car|cars|car's|van|truck|ute|suv|jeep|pickup|motorbike|bike|parked|parks|park|drives"
    r"|driving|drove|vehicle|hatchback|estate|saloon)\b"
)
_SHAPE = re.compile(r"(?<![\w'-])([A-Z0-9]{1,8}(?:[ -][A-Z0-9]{1,4}){0,2})(?![\w'-])")
# Beyond the plate check's own abbreviations: model badges and references ("GTI", "PCN").
_NOT_PLATE = NOT_PLATE | words("pcn ref ev gti mx rs amg cdi tdi hdi crv rav cx ltd plc no")
_YEAR = re.compile(r"(?:19|20)\d\d")
_REF_BEFORE = re.compile(r"(?i:\b(?:ref|reference|order|case|booking|invoice|code|serial|model)\b)")


def _plate_shape(raw: str) -> bool:
    if (" " in raw or "-" in raw) and _YEAR.fullmatch(digits_of(raw)):
        return False  # "MOT 2024": a year is the only number
    return plate_ok(raw, _NOT_PLATE, shortest=5)


def _plates(norm: Norm) -> list[Hit]:
    orig, hits = norm.original, []
    found = []
    if "-" in orig:
        for m in _HYPHENED.finditer(orig):
            groups = m.groups()
            if any(g.isalpha() for g in groups) and any(g.isdigit() for g in groups):
                found.append(m)
    if _CAR.search(norm.text):
        found += [m for m in _SHAPE.finditer(orig) if _plate_shape(m.group(1))]
    for m in found:
        if not _REF_BEFORE.search(orig, max(0, m.start() - 25), m.start()):
            hits.append(
                ("plate", "looks like a licence plate", *m.span(1 if m.re is _SHAPE else 0))
            )
    return hits


# Each part runs only when a word it needs is in the message.
_WORK_WORDS = (
    "work",
    "wuk",
    "teach",
    "taught",
    "coach",
    "volunteer",
    "run",
    "own",
    "manag",
    "clean",
    "cook",
    "serve",
    "nights",
    "days",
    "shift",
    "job",
    "placement",
)


def find_identifying_more(norm: Norm) -> list[Hit]:
    """Round twelve's identifying families (see the module docstring)."""
    text, hits = norm.text, []
    if any(w in text for w in _WORK_WORDS) or "General" in norm.original:
        hits += _workplaces(norm)
    if "on " in text and (" in " in text or ", " in text):
        hits += _streets(norm)
    if " my " in text and "name" in text:
        hits += _names(norm)
    if DIGIT.search(text):
        hits += _plates(norm)
    return hits
