"""Phone numbers written in words or split by words, which the digit scanner cannot see.

Members who know a filter is watching, or whose app "eats" long digit runs, write "zero seven
seven nine one, four five six...", "oh seven seven double oh nine...", "07 then 940 then 118 226"
or "07940 (then) 118226". Here each run of digit words, digit groups and joiners ("then", "and",
"double", "triple") is read as the digits it stands for. A run counts as a phone number when it
holds nine to fifteen digits and either starts like a national number (a 0 or "oh") or sits near a
contact word; counting ("one two three four...") rarely reaches nine digits and never starts
with zero. Runs of plain digits with ordinary separators are left to screening_phone.
"""

from __future__ import annotations

import re

from .screening_phone import counting, is_helpline

_WORD_DIGITS = {
    "zero": "0",
    "oh": "0",
    "o": "0",
    "nought": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
}
_REPEAT = {"double": 2, "triple": 3, "treble": 3}
_SCALE = {"hundred": "00", "thousand": "000"}
_UNIT = (
    r"(?:\d+|(?:zero|oh|o|nought|one|two|three|four|five|six|seven|eight|nine|double|triple"
    r"|treble|hundred|thousand)\b)"
)
# Round twelve: pieces joined by words, "starts 07700 then 900 and then it ends 619".
_JOIN = (
    r"(?:[\s,.\-/]+|\s*\(?\s*(?:then|and then|and|after that|next|followed by|(?:and )?(?:then )?"
    r"(?:it |it's |its )?(?:ends?|ending|finishes)(?: (?:with|in|on))?)\s*\)?\s*)"
)
# Possessive repeats keep the scan linear on long inputs.
_RUN = re.compile(r"(?<![\w'])" + _UNIT + r"(?:" + _JOIN + r"++" + _UNIT + r")++(?![\w'])")
_WORDY = re.compile(r"[a-z(]")
_CUE = re.compile(
    r"\b(?:call|text|txt|ring|phone|number|num|mobile|mob|cell|whatsapp|reach|contact|digits|sms"
    r"|message|hmu|landline|signal|viber|telegram|talk|chat|bell|ph|tel|no)\b"
)
_WORDY_DIGITS = re.compile(r"\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b")
# Cheap gate: a spelled-out number needs several digit words, a split one a joiner word.
_MAYBE = re.compile(
    r"\b(?:zero|oh|double|triple|nought|then|seven|five|nine|hundred|ends?|followed)\b"
)


def _digits(run: str) -> str:
    """The digits a run stands for: "double oh nine" is 009."""
    out: list[str] = []
    repeat = 1
    for tok in re.findall(r"\d+|[a-z]+", run):
        if tok in _SCALE and out:  # "nine hundred" is 900
            out.append(_SCALE[tok])
            continue
        if tok in _REPEAT:
            repeat = _REPEAT[tok]
            continue
        value = tok if tok.isdigit() else _WORD_DIGITS.get(tok)
        if value is None:  # a joiner word
            continue
        out.append(value[0] * repeat + value[1:])
        repeat = 1
    return "".join(out)


# Round eleven: a local number of seven or eight digits, spelled out right after "my number is"
# ("my number is five five five, zero one nine three"); not a case or room number.
_OWN_NUMBER = re.compile(
    r"\b(?:(?<!case )(?<!room )(?<!flat )(?<!order )(?<!ref )(?<!pin )(?<!house )(?<!seat )"
    r"number(?:'s| is|:)|call me on|text me on|ring me on|whatsapp me on|reach me on|my (?:mobile"
    r"|cell|phone|landline)(?:'s| is|:)?) ?$"
)


def _is_phone(text: str, start: int, end: int, digits: str) -> bool:
    if counting(digits) or is_helpline(digits):
        return False
    if len(digits) in (7, 8) and _WORDY_DIGITS.search(text, start, end):
        return bool(_OWN_NUMBER.search(text, max(0, start - 30), start))
    if not 9 <= len(digits) <= 15:
        return False
    if digits[0] == "0" and not digits.startswith("00000"):
        return True
    if len(digits) >= 10 and _WORDY_DIGITS.search(text, start, end):
        return True  # ten digits spelled out is a phone number whatever surrounds it
    return bool(_CUE.search(text, max(0, start - 40), min(len(text), end + 20)))


def find_spelled_phones(text: str) -> list[tuple[int, int]]:
    """Spans (in `text`, the normalised message) of numbers written with words."""
    if not _MAYBE.search(text):
        return []
    spans = []
    for m in _RUN.finditer(text):
        run = m.group()
        if not _WORDY.search(run):  # digits and separators only: screening_phone's job
            continue
        if _is_phone(text, m.start(), m.end(), _digits(run)):
            spans.append(m.span())
    return spans
