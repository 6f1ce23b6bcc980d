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
    r" (?:at )?(?:number |no\.? )?"
    r"(?!(?:19|20)\d\d\b(?! \w+ (?:street|st|road|rd|avenue|ave|lane|drive|way)\b))"
    # round twelve: a date or a time is not a house number ("moved to 14/03/2025", "to 2026")
    r"\d{1,5}[a-z]?\b(?! ?[/.:-] ?\d)(?! (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
    r"[a-z]*\b)(?! (?:years|months|weeks|days|mins|minutes|miles"
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
# "the corner of Elm and 5th", "corner of King & Wellington": two named streets, no number.
_CORNER_SIDE = r"(?:[A-Z][a-z]+|\d{1,3}(?:st|nd|rd|th))(?: [A-Z][a-z]+)?"
_CORNER = re.compile(
    r"\b[Cc]orner of (" + _CORNER_SIDE + r") (?:and|&) (" + _CORNER_SIDE + r")(?![\w'])"
)
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b|\b[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}\b")
_POSTCODE_CUED = rx(
    r"\b(?:postcode|post code|zip|zip code|zipcode|postal code)(?: is|:|'s)? ([a-z0-9]{2,4}"
    r" ?[a-z0-9]{3})\b"
)
_US_ZIP = re.compile(r"\b[A-Z][a-z]+,? (?:[A-Z]{2}) \d{5}(?:-\d{4})?\b")
_FLAT = rx(r"\b(?:flat|apt|apartment) #?\d{1,4}[a-z]?\b(?! (?:times|days|weeks|years|hours|mins))")


# Post boxes and rural routes: "PO Box 2214", "P.O. Box 118", "RR 2, Site 5, Box 12",
# "Rural Route 3".
_BOX = rx(
    r"\b(?:p\.? ?o\.? ?box|post office box|locked bag|private bag|rural route|rr|r\.r\.)"
    r" ?#?\d{1,6}\b|\b(?:site|comp|box) \d{1,4},? (?:rr|rural route|site|box) ?\d{1,4}\b"
)
# A state or territory and a four-digit postcode (Australia), a Canadian postal code, an Irish
# Eircode: shapes that ordinary chat almost never takes.
_AU_STATE = re.compile(r"\b[A-Z][a-z]+,? (?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT|Vic|Qld|Tas) \d{4}\b")
_CA_POSTAL = rx(r"\b[abceghj-nprstvxy]\d[a-z] ?\d[a-z]\d\b")
_EIRCODE = re.compile(r"\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W) (?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{4}\b")
_EIRCODE_CUED = rx(r"\beircode(?: is|:)? ([a-z0-9]{3} ?[a-z0-9]{4})\b")
# "unit 4/22 Bent Street", "5/14 Smith St": a unit number over a street number.
_UNIT_SLASH = rx(
    r"\b\d{1,4}[a-z]?/\d{1,5}[a-z]? (?:[a-z][a-z'-]+ ){1,3}(?:" + STREET_TYPES + r")\b"
)
# "house no. 27, sector 15", "Apartment 12, Block C": Indian and estate addresses.
_ESTATE = rx(
    r"\b(?:house|h\.?) ?(?:no\.?|number|#) ?\d{1,5}\b|\bsector \d{1,3}, [a-z]+"
    r"|\b(?:apartment|apt|flat|unit) \d{1,4}[a-z]?, (?:block|tower|wing) [a-z0-9]\b"
)
# "12 Rua das Flores", "8 rue de la Paix", "Calle Mayor 5": streets whose type comes first.
_TYPE_FIRST = rx(
    r"\b\d{1,5},? (?:rue|rua|calle|via|viale|avenida|avenue de|piazza|plaza|strada|ulica|ul\.)"
    r" (?:[a-z'-]+ ){0,3}[a-z'-]{3,}|\b(?:rue|rua|calle|via|avenida|ulica) [a-z' -]{3,30} \d{1,5}\b"
)
# "9a on victoria st": a house number, "on", then a street.
_NUMBER_ON = rx(r"\b\d{1,4}[a-z]? on (?:[a-z][a-z'-]+ ){1,2}(?:" + STREET_TYPES + r")\b(?!['-])")


def _name_words_ok(words: str) -> bool:
    """Words before a street type are a name, not "3 more days down the"."""
    return not any(w.replace("'", "") in STOP for w in words.split())


_DIGIT = re.compile(r"\d")


def find_addresses(norm: Norm) -> list[Hit]:
    text, orig, hits = norm.text, norm.original, []
    reason = "looks like a street address or postcode"
    for pattern in (_NUMBERED, _CUED_STREET):
        for m in pattern.finditer(text):
            if _name_words_ok(m.group(pattern.groups)):
                start = m.start(1) if pattern is _CUED_STREET else m.start()
                hits.append(("address", reason, *norm.span(start, m.end())))
    for m in _CAP_STREET.finditer(orig):
        if m.group(1).split()[0].lower() not in FAMOUS_STREETS | NOT_SURNAME:
            hits.append(("address", reason, *m.span(1)))
    for m in _CORNER.finditer(orig):
        if not any(side.split()[0].lower() in STOP for side in m.groups()):
            hits.append(("address", reason, *m.span()))
    if not _DIGIT.search(text):  # every other shape holds a number: skip them on most messages
        return hits
    for pattern in _NUMBERED_SHAPES:
        hits += [("address", reason, *norm.span(*m.span())) for m in pattern.finditer(text)]
    for pattern in (_POSTCODE, _US_ZIP, _NUMBERED_ONEWORD, _AU_STATE, _EIRCODE):
        hits += [("address", reason, *m.span()) for m in pattern.finditer(orig)]
    return hits


_NUMBERED_SHAPES = (
    _ORDINAL,
    _FLAT,
    _POSTCODE_CUED,
    _LIVE_AT,
    _BOX,
    _CA_POSTAL,
    _EIRCODE_CUED,
    _UNIT_SLASH,
    _ESTATE,
    _NUMBER_ON,
    _TYPE_FIRST,
)
