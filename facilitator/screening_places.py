"""Places that identify someone: street addresses and postcodes, and a workplace or school named
together with its town ("I work at the Tesco on High Street in Leeds").

A town on its own is fine ("I moved to Leeds"); so is a generic workplace ("I work at a hospital").
Detectors return (label, reason, start, end) with offsets into the original text.
"""

from __future__ import annotations

import re

from .screening_text import Norm, rx
from .screening_words import FAMOUS_STREETS, NOT_SURNAME, STOP, STREET_TYPES

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
    r"\b(?:live|living|lives|staying|stay|based|moved to|move to|moving to|address is|address:)"
    r" (?:at )?(?:number |no\.? )?\d{1,5}[a-z]?\b(?! (?:years|months|weeks|days|mins|minutes|miles"
    r"|streets|doors|roads|houses|blocks|stops|km|metres|meters|minute|mile|nights"
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
