"""Phone-number detection: any format, any of the countries our groups meet in.

Why not just `phonenumbers.PhoneNumberMatcher`? It costs ~55 us per region per message, so ten
regions put every message near 0.6 ms. Instead a cheap pattern finds digit runs that *could* be a
number (only when the text has seven digits at all), drops dates, times, money and year ranges,
and then asks `phonenumbers` whether the run is a valid number in any region, stopping at the
first yes. Numbers the metadata rejects (fictional 555 numbers, numbers typed with odd grouping)
are still caught when they are shaped like a phone number or sit next to a contact word: for a
member's safety a false "is this a phone number?" prompt is cheap, a leaked number is not.
"""

from __future__ import annotations

import re

import phonenumbers

# Order matters only for speed: the most common member countries first.
REGIONS = ("GB", "US", "AU", "IE", "CA", "NZ", "ZA", "IN", "DE", "FR")

_DIGIT = re.compile(r"\d")
# A run of digits and phone separators, optionally with a + or 00 prefix, bounded so that it does
# not start inside a word, a decimal, a price or a date.
_CANDIDATE = re.compile(r"(?<![\w£$€¥.,/:+-])(?:\+|\b00)?\(?\d[\d \t().-]{5,22}\d(?![\w%£$€/:])")
_DATE = re.compile(r"^\d{1,4}([.-])\d{1,2}\1\d{1,4}$")
_YEAR_RANGE = re.compile(r"^(?:19|20)\d\d ?- ?(?:19|20)?\d\d$")
_MONEY_AFTER = re.compile(r"^\s*(?:k\b|p\b|quid|pounds|dollars|euros|rupees|rand|bucks|grand|%)")
_CONTACT_CUE = re.compile(
    r"\b(?:call|calls|text|txt|ring|phone|number|num|no\.|mobile|mob|cell|whatsapp|whats ?app"
    r"|reach|contact|landline|digits|sms|msg|message|hmu|portable|handy|signal|telegram|viber)\b",
    re.IGNORECASE,
)
# Shapes people write numbers in: 3-3-4 (North America), 0 + 9-10 digits (most national
# formats), or three or more groups.
_PHONE_SHAPE = re.compile(
    r"^(?:\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}|0\d[\d ().-]{8,}|\d{2,5}(?:[ .-]\d{2,5}){2,})$"
)


def _digits(s: str) -> int:
    return len(_DIGIT.findall(s))


def _not_a_phone(text: str, cand: str, start: int, end: int) -> bool:
    """Dates, year ranges and amounts of money share the shape of a phone number."""
    if _DATE.match(cand) or _YEAR_RANGE.match(cand):
        return True
    before = text[max(0, start - 2) : start]
    return any(c in before for c in "£$€¥#") or bool(_MONEY_AFTER.match(text[end : end + 8]))


def _valid_somewhere(cand: str) -> bool:
    """True when `phonenumbers` accepts the candidate as a number in some region."""
    international = cand.startswith(("+", "00"))
    for region in (None,) if international else REGIONS:
        try:
            number = phonenumbers.parse(cand, region)
        except phonenumbers.NumberParseException:
            continue
        if international and phonenumbers.is_possible_number(number):
            return True
        if phonenumbers.is_valid_number(number):
            return True
    return False


def _is_phone(text: str, cand: str, start: int, end: int) -> bool:
    count = _digits(cand)
    if not 7 <= count <= 15 or _not_a_phone(text, cand, start, end):
        return False
    if _PHONE_SHAPE.match(cand) and count >= 10:
        return True
    if _valid_somewhere(cand):
        return True
    window = text[max(0, start - 40) : end + 20]
    return bool(_CONTACT_CUE.search(window))


def find_phones(text: str) -> list[tuple[int, int]]:
    """Spans of phone numbers in the original text."""
    if _digits(text) < 7:  # the common case: no phone number possible, skip all the work
        return []
    spans = []
    for m in _CANDIDATE.finditer(text):
        cand = m.group().strip(" \t.-")
        start = m.start() + m.group().index(cand)
        end = start + len(cand)
        if _is_phone(text, cand, start, end):
            spans.append((start, end))
    return spans
