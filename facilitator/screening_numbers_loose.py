"""Identifying details written to slip past a filter, added in round thirteen.

1. a phone number given in parts across a message: "first part's 555, I'll give the rest in the
   break... ok fine it's 0138", "starts with 07700, rest is 900 412";
2. a phone number with its digits spaced out one by one: "5 5 5 / 0 1 9 7", "0-7-7-0-0 9 0 0";
3. an email described rather than written: "my hotmail is the same as my name here, just stick 84
   on the end", "my gmail's my username on here plus 1990";
4. a link written with words: "tinyurl dot com slash steady-neve", "linktr dot ee forward slash
   jo", "www dot jomakes dot co dot uk".

Counting ("1 2 3 4 5 6 7"), "the first part was 150 pages, the rest 300", "my email is the same
as before", "the site is down" and published support services pass. Each part runs only when a
word it needs is in the message. Hits are (label, reason, start, end), offsets into the original
text.
"""

from __future__ import annotations

import re

from .screening_phone import counting, digit_count, digits_of, is_helpline
from .screening_text import Norm

Hit = tuple[str, str, int, int]
_PHONE = "looks like a phone number"

# --- 1. a number in parts ----------------------------------------------------------------------
_FIRST_PART = re.compile(
    r"\b(?:first (?:part|bit|half|few|three|four|five|digits|numbers)|starts? (?:with |is |at )?"
    r"|begins? (?:with )?|start of it)(?:'s| is| are| was|:| =| -)? ?(\+?\d[\d ]{1,6}\d)(?![\d:%])"
)
_REST_PART = re.compile(
    r"\b(?:rest|second (?:part|bit|half)|last (?:part|bit|half|few|four|three|digits)|other half"
    r"|ends? (?:in|with)?|then|it's|its|and)(?:'s| is| are| was|:| =| -)? ?"
    r"(\d[\d ]{1,6}\d)(?![\d:%])"
)
_CONTACT = re.compile(
    r"\b(?:number|num|digits|mobile|mob|cell|phone|whatsapp|text|call|ring|contact|landline)\b"
)
# Amounts and measures: "the first part was 150 pages".
_UNIT_AFTER = re.compile(
    r" ?(?:pages?|words?|minutes?|mins?|hours?|hrs?|days?|weeks?|years?|miles?|km|steps?|calories"
    r"|kcal|quid|pounds?|dollars?|euros?|k\b|m\b|people|members?|views?|likes?|followers|%)"
)
_MONEY_BEFORE = re.compile(r"[£$€]\s?$")


def _piece_ok(text: str, m: re.Match[str]) -> bool:
    return not _UNIT_AFTER.match(text, m.end(1)) and not _MONEY_BEFORE.search(text[: m.start(1)])


def _parts(norm: Norm) -> list[Hit]:
    text = norm.text
    first = next((m for m in _FIRST_PART.finditer(text) if _piece_ok(text, m)), None)
    if not first:
        return []
    head = digits_of(first.group(1))
    if not (_CONTACT.search(text) or head.startswith(("0", "555")) or "+" in first.group(1)):
        return []
    for rest in _REST_PART.finditer(text, first.end(1)):
        if not _piece_ok(text, rest):
            continue
        if 7 <= len(head + digits_of(rest.group(1))) <= 13:
            return [("phone", _PHONE, *norm.span(first.start(1), rest.end(1)))]
    return []


# --- 2. spaced-out digits ----------------------------------------------------------------------
_SPACED = re.compile(r"(?<![\w.,])\+?\d(?:(?: ?[/.|-] ?| )\d){6,14}(?![\w])")


def _spaced(norm: Norm) -> list[Hit]:
    hits = []
    for m in _SPACED.finditer(norm.original):
        digits = digits_of(m.group())
        if counting(digits) or len(set(digits)) < 3 or is_helpline(digits):
            continue
        hits.append(("phone", _PHONE, *m.span()))
    return hits


# --- 3. an email told by description -----------------------------------------------------------
_MAIL = (
    r"(?:e-?mail|gmail|hotmail|yahoo|outlook|icloud|proton(?:mail)?|aol|live|btinternet|gmx"
    r"|ymail)(?: address| addy| acc| account)?"
)
_DESCRIBED = re.compile(
    r"\bmy " + _MAIL + r"(?:'s| is|:) (?:just |literally |basically )?(?:the same as |same as )?"
    r"(?:my|the) (?:user ?name|screen ?name|display name|name|nickname|handle|first name"
    r"|full name)(?: (?:on |in )?(?:here|this group|this chat|the group|this app))?"
    r"([^.!?\n]{0,40}?\b(?:\d{2,4}|birth ?year|birthday)\b)?"
)
_HERE = re.compile(r"\b(?:here|this group|this chat|the group|this app)\b")


def _described_emails(norm: Norm) -> list[Hit]:
    hits = []
    for m in _DESCRIBED.finditer(norm.text):
        if m.group(1) or _HERE.search(m.group()):
            hits.append(("email", "describes an email address", *norm.span(*m.span())))
    return hits


# --- 4. a link in words ------------------------------------------------------------------------
_SPOKEN_TLD = r"(?:com|co|org|net|uk|ly|ee|me|io|ie|au|nz|ca|page|link|site|shop|store|bio)"
_SPOKEN_LINK = re.compile(
    r"\b(?:ww(?:w)? (?:dot|\.) )?([a-z0-9][a-z0-9-]{1,30}(?: dot [a-z0-9-]{2,30})?) dot "
    + _SPOKEN_TLD
    + r"(?: dot [a-z]{2})?((?: (?:forward )?slash [a-z0-9][\w-]{0,40}){1,4})?(?!\w)"
)
_SUPPORT = ("thehotline", "samaritans", "refuge", "womensaid", "mind", "childline", "nhs", "gov")


def _spoken_links(norm: Norm) -> list[Hit]:
    hits = []
    for m in _SPOKEN_LINK.finditer(norm.text):
        www = m.group().startswith("ww ") or m.group().startswith("www")
        if m.group(1).split(" ")[0] in _SUPPORT or not (www or m.group(2)):
            continue
        hits.append(("link", "a link or web address", *norm.span(*m.span())))
    return hits


def find_loose_numbers(norm: Norm) -> list[Hit]:
    """Round thirteen's numbers, emails and links in disguise (see the module docstring)."""
    text, hits = norm.text, []
    digits = digit_count(text)
    if digits >= 7 and any(w in text for w in ("first", "start", "begin")):
        hits += _parts(norm)
    if digits >= 7:
        hits += _spaced(norm)
    if "my " in text:
        hits += _described_emails(norm)
    if " dot " in text:
        hits += _spoken_links(norm)
    return hits
