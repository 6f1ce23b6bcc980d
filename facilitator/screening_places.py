"""Places that identify someone: street addresses and postcodes, and a workplace or school named
together with its town ("I work at the Tesco on High Street in Leeds").

A town on its own is fine ("I moved to Leeds"); so is a generic workplace ("I work at a hospital").
Detectors return (label, reason, start, end) with offsets into the original text.
"""

from __future__ import annotations

import re

from .screening_text import Norm, rx
from .screening_words import FAMOUS_STREETS, NOT_SURNAME, STOP, STREET_TYPES, TOWNS, words

Hit = tuple[str, str, int, int]

# --- street addresses ----------------------------------------------------------------------------
_NAMEWORD = r"[a-z][a-z'-]+"
_NUMBERED = rx(
    r"(?<![£$€\d.:/])\b(\d{1,5}[a-z]?)(?: ?- ?\d{1,5})? ((?:"
    + _NAMEWORD
    + r" ){1,3})(?:"
    + STREET_TYPES
    + r")\b(?!['-])"
)
_LIVE_AT = rx(
    r"\b(?:live|living|lives|staying|stay|based|moved to|move to|moving to|address is)"
    r" (?:at )?(?:number |no\.? )?\d{1,5}[a-z]?\b(?! (?:years|months|weeks|days|mins|minutes|miles"
    r"|hours|times|%))"
)
_ORDINAL = rx(r"\b\d{1,3}(?:st|nd|rd|th) (?:street|st|avenue|ave|road|rd)\b")
_CUED_STREET = rx(
    r"\b(?:live|living|lives|lived|stay|staying|stays|moved|moving|flat|apartment|apt|house|home"
    r"|place|address|based|located|corner of|just off|end of|refuge is) (?:on|in|at|to|is|off"
    r"|near)? ?((?:" + _NAMEWORD + r" ){1,3}(?:" + STREET_TYPES + r"))\b"
)
# "33 Kingsway", "4 Eastgate": one-word street names
_NUMBERED_ONEWORD = re.compile(r"\b\d{1,5}[a-z]? [A-Z][a-z]+(?:way|gate|gardens|side|field)\b")
_CAP_STREET = re.compile(
    r"\b((?:[A-Z][a-z']+ ){1,2}(?:Street|Road|Avenue|Lane|Drive|Close|Crescent|Terrace|Grove"
    r"|Gardens|Square|Parade|Mews|Boulevard|Rd|St|Ave|Ln|Blvd|Way|Court|Place|Row|Hill))\b"
)
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b|\b[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}\b")
_POSTCODE_CUED = rx(
    r"\b(?:postcode|post code|zip|zip code|zipcode)(?: is|:)? ([a-z0-9]{2,4} ?[a-z0-9]{3})\b"
)
_US_ZIP = re.compile(r"\b[A-Z][a-z]+,? (?:[A-Z]{2}) \d{5}(?:-\d{4})?\b")
_FLAT = rx(r"\b(?:flat|apt|apartment) #?\d{1,4}[a-z]?\b(?! (?:times|days|weeks|years|hours|mins))")


def _name_words_ok(words: str) -> bool:
    """Words before a street type are a name, not "3 more days down the"."""
    return not any(w.replace("'", "") in STOP for w in words.split())


def find_addresses(norm: Norm) -> list[Hit]:
    text, orig, hits = norm.text, norm.original, []
    reason = "looks like a street address or postcode"
    for pattern in (_NUMBERED, _CUED_STREET):
        for m in pattern.finditer(text):
            if _name_words_ok(m.group(pattern.groups)):
                start = m.start(1) if pattern is _CUED_STREET else m.start()
                hits.append(("address", reason, *norm.span(start, m.end())))
    for pattern in (_ORDINAL, _FLAT, _POSTCODE_CUED, _LIVE_AT):
        hits += [("address", reason, *norm.span(*m.span())) for m in pattern.finditer(text)]
    for m in _CAP_STREET.finditer(orig):
        if m.group(1).split()[0].lower() not in FAMOUS_STREETS | NOT_SURNAME:
            hits.append(("address", reason, *m.span(1)))
    for pattern in (_POSTCODE, _US_ZIP, _NUMBERED_ONEWORD):
        hits += [("address", reason, *m.span()) for m in pattern.finditer(orig)]
    return hits


# --- a workplace or school plus a town -----------------------------------------------------------
_SCHOOL_WORD = (
    r"(?:Primary|Elementary|High|Middle|Academy|Grammar|Secondary|Infants?|Juniors?|Nursery|College"
    r"|University|Prep|School|Comprehensive|Montessori)"
)
_NAMED_SCHOOL = re.compile(
    r"\b((?:St\.? |Saint )?(?:[A-Z][a-z']+ ){1,3}" + _SCHOOL_WORD + r"(?: School)?)\b"
)
_GENERIC_SCHOOL = words(
    "the a my our his her catholic grammar primary secondary high middle local state public "
    "private boarding nursery medical law art sunday summer night community junior senior"
)
_SCHOOL_CONTEXT = rx(
    r"\b(?:go|goes|went|going|attend|attends|at|teach|teaches|work|works|pick \w+ up from"
    r"|drop \w+ off at|started|starts|enrolled|in year \d+ at)\b[^.!?]{0,25}$"
)
_WORKPLACE = rx(
    r"\b(?:work|works|working|worked|job|shifts?|employed|volunteer\w*|nurse|teacher|ta|manager"
    r"|receptionist|cashier|cleaner|carer|barista|assistant|doctor|porter|chef|coach|coaches"
    r"|coaching|train|trains|study|studies|studying|placement|apprentice|intern|plays|play|runs"
    r"|owns|manages|member|attend|attends|goes|go)(?: nights| days| football| rugby| \w+ing"
    r"| reception| shifts| part time| full time)?"
    r" (?:at|for) (?!a |an |home\b|the moment\b)((?:[\w'&.-]+ ){1,4}?)(?:on [^.,!?]{3,30} )?"
    r"(?:in|near|outside|just outside|in central) ([a-z][a-z-]+)\b"
)


# "Leeds General Infirmary", "Bristol Royal Hospital": the town is part of the name.
_INSTITUTION = re.compile(
    r"\b((?:[A-Z][a-z']+ ){0,3}(?:Infirmary|Hospital|General|Council|Police Station|Library|Surgery"
    r"|Clinic|Medical Centre|Leisure Centre|Prison|Crown Court|Magistrates|University|College)"
    r"(?: [A-Z][a-z']+){0,2})\b"
)


def _town_ok(norm: Norm, start: int, end: int, word: str) -> bool:
    o_start, _ = norm.span(start, end)
    return word not in STOP and (norm.original[o_start].isupper() or word in TOWNS)


def find_workplaces(norm: Norm) -> list[Hit]:
    hits, reason = [], "names a workplace or school and where it is"
    for m in _WORKPLACE.finditer(norm.text):
        if _town_ok(norm, m.start(2), m.end(2), m.group(2)):
            hits.append(("workplace_school", reason, *norm.span(m.start(1), m.end())))
    orig = norm.original
    for m in _INSTITUTION.finditer(orig):
        if any(w.lower() in TOWNS for w in m.group(1).split()):
            hits.append(("workplace_school", reason, *m.span(1)))
    for m in _NAMED_SCHOOL.finditer(orig):
        words = m.group(1).split()
        if words[0].lower() in _GENERIC_SCHOOL:
            continue
        if _SCHOOL_CONTEXT.search(orig[max(0, m.start() - 40) : m.start()].lower()):
            hits.append(("workplace_school", reason, *m.span(1)))
    return hits
