"""Identifying details from many places and in many shapes, added in round thirteen.

1. a full name with particles, diacritics or the surname first, after a relation or before what
   it is: "my ex is Tariq al-Hamdani", "my husband, Ramón de la Cruz Ortega,", "he's called
   Marcus van der Berg", "Nguyễn Thị Lan is my mum", "Oluwaseun Adébáyọ̀ is my full name",
   "Kowalczyk Agnieszka — that's me"; in lower case after "I'm actually": "i'm actually emma
   louise whitcombe";
2. an address written the way other countries write it: "Lindenstraße 42", "Kerkstraat 15",
   "ul. Długa 5", "Via Roma 10", "Calle Mayor 12"; a plot, pitch or berth with a numbered park or
   a named park with its town: "plot 19 at the Seaview caravan park in Skegness";
3. a workplace, church or club with its town and no work verb: "nights at the big Tesco Extra in
   Kettering", "we go to Grace Chapel in Lubbock", "the Spar in Dungannon? that's me behind the
   till", "outside the Asda in Stockport where I work", "he's at Halden Joinery in Wakefield",
   "coaches at Greenbank FC in Falkirk";
4. a handle owned with "I'm": "I'm @not_his_anymore on x".

A first name alone, "a caravan park in Wales", "the Tesco in town", "queued at the Asda in
Stockport" (no one placed there), "Platz 1" and "@priya same" pass. Each part runs only when a
word it needs is in the message. Hits are (label, reason, start, end), offsets into the original.
"""

from __future__ import annotations

import re

from .screening_text import Norm
from .screening_words import FIRST_NAMES, NOT_SURNAME, STOP, words

Hit = tuple[str, str, int, int]
_NAME = "looks like a person's full name"
_WORK = "names a workplace or school and where it is"
_ADDRESS = "looks like a street address or postcode"

# --- 1. names ----------------------------------------------------------------------------------
# A word of any script, with combining accents ("Adébáyọ̀"), capitalised; particles between.
_MARK = "\u0300-\u036f"
_CAP = r"(?:[^\W\d_a-z](?:[^\W\d_]|[" + _MARK + r"])+(?:[-'](?:[^\W\d_]|[" + _MARK + r"])+)*)"
_PARTICLE = (
    r"(?:(?:al|el|ul|bin|ibn|bint|ben|de|del|della|di|da|dos|das|du|la|le|van|von|der|den|ter|ten"
    r"|op|ap|mac|mc|ni|nic|ó|o|y|e)[ -]|d'|l')"
)
_FULL = _CAP + r"(?: " + _PARTICLE + r"*" + _CAP + r"| " + _PARTICLE + r"+" + _CAP + r"){1,3}"
_REL = (
    r"(?:ex|ex-?husband|ex-?wife|husband|wife|partner|boyfriend|girlfriend|abuser|dad|father"
    r"|stepdad|mum|mom|mother|stepmum|brother|sister|son|daughter|boss|neighbour|landlord|cousin"
    r"|aunt|uncle|gran|nan|grandma|grandad|friend|colleague|social worker|caseworker|teacher)"
)
_NAME_AFTER = re.compile(
    r"(?i:\b(?:my|his|her|our) (?:ex |late |old |new )?" + _REL + r"(?:'s name)?(?: is|,| -|:)"
    r"|\b(?:he's|she's|he is|she is|they're|i'm|i am) (?:called|named)|\bname's|\bname is) ("
    + _FULL
    + r")"
)
_NAME_BEFORE = re.compile(
    r"(?<![\w'-])("
    + _FULL
    + r")(?: ?[-—–,:])? (?:(?:is|was) (?:my|his|her) (?:full |real |legal |birth )?(?:name|"
    + _REL
    + r")\b|(?:that's|thats|that is) (?:me|my name)\b|(?:is|was) me\b)"
)
_NOT_NAME = words("i the my a an this that it he she we they you what when where who and but so")


def _ordinary(word: str) -> bool:
    low = word.lower()
    return low in STOP or low in NOT_SURNAME or low in _NOT_NAME


# What each pattern needs in the (lower-case) message before it is worth running.
_AFTER_NEEDS = re.compile(r"\b(?:my|his|her|our|called|named|name's|name is)\b")
_BEFORE_NEEDS = re.compile(
    r"\b(?:is|was) (?:my|his|her|me)\b|\bthat'?s (?:me|my name)|that is (?:me|my)"
)


def _name_hits(norm: Norm) -> list[Hit]:
    orig, hits = norm.original, []
    patterns = [_NAME_AFTER] if _AFTER_NEEDS.search(norm.text) else []
    if _BEFORE_NEEDS.search(norm.text):
        patterns.append(_NAME_BEFORE)
    for pattern in patterns:
        for m in pattern.finditer(orig):
            parts = m.group(1).split(" ")
            if _ordinary(parts[0]) or _ordinary(parts[-1]):
                continue
            if pattern is _NAME_BEFORE and m.start(1) > 0 and orig[m.start(1) - 1] not in " \n":
                continue
            hits.append(("name", _NAME, *m.span(1)))
    return hits


# "i'm actually emma louise whitcombe": a known first name and one or two more in lower case.
_LOWER_NAME = re.compile(
    r"\b(?:i'm|im|i am) (?:actually|really|called|irl|in real life) ([a-z]+)"
    r"((?: [a-z][a-z'-]+){1,2}?)"
    r"(?=\s*(?:$|[,.!(]|lol|btw|haha|x\b|and\b|but\b))"
)
_NOT_LOWER = words("fine tired okay ok good sorry here back home done over out scared")


def _lower_names(norm: Norm) -> list[Hit]:
    hits = []
    for m in _LOWER_NAME.finditer(norm.text):
        rest = m.group(2).split()
        if m.group(1) not in FIRST_NAMES or any(_ordinary(w) or w in _NOT_LOWER for w in rest):
            continue
        if any(w.endswith(("ly", "ing", "ed")) for w in rest):
            continue
        hits.append(("name", _NAME, *norm.span(m.start(1), m.end(2))))
    return hits


# --- 2. addresses ------------------------------------------------------------------------------
_SUFFIX = (
    r"(?:straße|strasse|str\.|gasse|allee|weg|damm|ufer|platz|straat|laan|gracht|plein|kade|dijk"
    r"|gatan|vägen|gata|gade|vej|veien|vegen|utca|katu|tie)"
)
_FOREIGN_STREET = re.compile(
    r"(?i:\b([^\W\d_]{3,}" + _SUFFIX + r" ?\d{1,4}[a-z]?)(?![\d:.,]\d))"
    r"|\b((?i:ul\.|ulica|via|viale|calle|avenida|av\.|carrer|piazza|corso|plaza|paseo|rua|rue)"
    r" (?:(?i:de|del|della|la|das|do|da|dos) )*[A-ZÀ-Þ][^\W\d_]+(?: [A-ZÀ-Þ][^\W\d_]+)?,?"
    r" \d{1,4})\b"
)
_PLOT = re.compile(
    r"\b(?:plot|pitch|berth|lot|static|chalet|lodge|mooring|pad|caravan|van) (?:no\.? ?|number "
    r"|#)?\d{1,4}[a-z]?\b[^.!?\n]{0,40}?\b(?:caravan|holiday|trailer|mobile home|rv|camp|park home"
    r"|residential|traveller|marina|campsite|site|park)\b"
)
_PARK = re.compile(
    r"\b((?:[A-Z][\w'-]+ ){1,3}(?i:caravan park|holiday park|trailer park|mobile home park|rv park"
    r"|campsite|caravan site|park homes|marina|holiday village|lodge park)) (?:in|near|outside|at"
    r"|just outside|,) ([A-Z][a-z'-]{2,})"
)


# Cheap checks before the costlier scans: a street word next to a number, a plot word, a park.
_STREET_NEEDS = re.compile(
    _SUFFIX + r" ?\d|\b(?:ul\.|ulica|via|viale|calle|avenida|av\.|carrer|piazza|corso|plaza|paseo"
    r"|rua|rue) "
)
_PLOT_NEEDS = re.compile(r"\b(?:plot|pitch|berth|lot|static|chalet|lodge|mooring|pad|caravan|van) ")
_PARK_NEEDS = re.compile(r"(?:park|campsite|caravan site|marina|village|homes) ")


def _address_hits(norm: Norm) -> list[Hit]:
    text, orig, hits = norm.text, norm.original, []
    if _STREET_NEEDS.search(text):
        for m in _FOREIGN_STREET.finditer(orig):
            hits.append(("address", _ADDRESS, *m.span(1 if m.group(1) else 2)))
    if _PLOT_NEEDS.search(text):
        for m in _PLOT.finditer(text):
            hits.append(("address", _ADDRESS, *norm.span(*m.span())))
    for m in _PARK.finditer(orig) if _PARK_NEEDS.search(text) else ():
        if not _ordinary(m.group(1).split()[0]) and not _ordinary(m.group(2)):
            hits.append(("address", _ADDRESS, m.start(1), m.end(2)))
    return hits


def find_identifying_world(norm: Norm) -> list[Hit]:
    """Round thirteen's names and addresses from many places (see the module docstring)."""
    text, hits = norm.text, []
    hits += _name_hits(norm)
    if "i'm" in text or "im " in text or "i am" in text:
        hits += _lower_names(norm)
    hits += _address_hits(norm)
    return hits
