"""Phone-number detection: any format, any of the countries our groups meet in.

Why not just `phonenumbers.PhoneNumberMatcher`? It costs ~55 us per region per message, so ten
regions put every message near 0.6 ms. Instead a cheap pattern finds digit runs that *could* be a
number (only when the text has seven digits at all), drops dates, times, money and year ranges,
and then asks `phonenumbers` whether the run is a valid number in any region, stopping at the
first yes. Numbers the metadata rejects (fictional 555 numbers, numbers typed with odd grouping)
are still caught when they are shaped like a phone number or sit next to a contact word: for a
member's safety a false "is this a phone number?" prompt is cheap, a leaked number is not.

Two kinds of digit runs are *not* a member's number. Published crisis and support lines (the
resources the app itself shows, often pasted by a facilitator; the screener cannot see who wrote a
message) identify nobody, so they pass. Case, crime, claim and order references look like numbers
but sit after a reference word ("ref 2023-1145-88", "crime number 0145-2023-7781").
Numbers spelled out in words or split by words ("zero seven seven ...", "07 then 940 ...") are
found by screening_phone_words.
"""

from __future__ import annotations

import re

import phonenumbers

from .screening_words import words

# Order matters only for speed: the most common member countries first.
REGIONS = ("GB", "US", "AU", "IE", "CA", "NZ", "ZA", "IN", "DE", "FR")

DIGIT = re.compile(r"\d")
# A run of digits and phone separators, optionally with a + or 00 prefix, bounded so that it does
# not start inside a word, a decimal, a price or a date.
_CANDIDATE = re.compile(r"(?<![\w£$€¥.,/:+-])(?:\+|\b00)?\(?\d[\d \t().-]{5,22}\d(?![\w%£$€/:])")
# Published helplines, as digits (national prefixes kept as written). UK: National DA Helpline,
# Samaritans, Men's Advice Line, Childline, NSPCC, Respect, Galop, Scotland and Wales DA lines,
# Shout; US: National DV Hotline, 988 (old 1-800-273-8255), RAINN, Childhelp, Crisis Text Line;
# AU: 1800RESPECT, Lifeline, Kids Helpline, Beyond Blue, MensLine; IE: Women's Aid;
# NZ: Women's Refuge, Are You OK; IN: iCall. Added in round three: UK Hourglass, National
# Stalking Helpline, Karma Nirvana, Rape Crisis; CA Assaulted Women's Helpline, Talk Suicide, Kids
# Help Phone; US StrongHearts, Trevor, love is respect; NZ Lifeline, 1737, Shine; AU Suicide Call
# Back, Men's Referral Service, QLife, 13YARN; IE Pieta, Men's Aid, Rape Crisis, 116 111;
# IN Vandrevala, 181, 1091, NCW WhatsApp. Round thirteen, other countries: DE TelefonSeelsorge
# (both lines) and Hilfetelefon Gewalt gegen Frauen; AT Frauenhelpline; FR SOS Amitié; NL 113 and
# Veilig Thuis; ES Teléfono de la Esperanza; IT Telefono Amico; ZA SADAG and the GBV Command
# Centre; SE Kvinnofridslinjen; NO Kirkens SOS; IN Kiran.
HELPLINES = words(
    """
    08082000247 116123 08088010327 08001111 08088005000 08088024040 08009995428 08000271234
    08088010800 08088021414 85258 08457909090 18007997233 8007997233 18002738255 8002738255
    18006564673 18004224453 741741 1800737732 131114 1800551800 1300224636 1300789978 1800341900
    0800733843 0800456450 9152987821
    08088088141 08088020300 08005999247 08085002222
    18668630511 18334564566 18006686868 18447628483 18664887386 18663319474
    0800543354 1737 0508744633
    1300659467 1300766491 1800184527 139276
    1800247247 015543811 1800778888 116111
    9999666555 181 1091 7827170170
    08001110111 08001110222 08000116016 0800222555 0972394050 08000113 08002000 717003717
    0223272327 0800567567 0800428428 020505050 22400040 18005990019
    """
)
# International forms of national numbers: +44 808 2000 247 is 0808 2000 247.
_COUNTRY_CODES = (("44", "0"), ("61", "0"), ("353", "0"), ("64", "0"), ("91", ""), ("1", "1"))
_COUNTRY_CODES += (("49", "0"), ("43", "0"), ("33", "0"), ("31", "0"), ("34", ""), ("39", ""))
_COUNTRY_CODES += (("27", "0"), ("46", "0"), ("47", ""))


def is_helpline(digits: str) -> bool:
    """A published crisis or support line, in national or international form (a North American
    line may be written without its leading 1: "800-656-4673")."""
    if digits in HELPLINES or (len(digits) == 10 and "1" + digits in HELPLINES):
        return True
    for code, prefix in _COUNTRY_CODES:
        for lead in ("00" + code, code):
            if digits.startswith(lead) and prefix + digits[len(lead) :] in HELPLINES:
                return True
    return False


# "ref 2023-1145-88", "crime number 0145-2023-7781", "meeting ID 881 2234 9910", "tracking 1Z 999
# AA1 01 2345 6784": a reference or a meeting, not a phone.
_REFERENCE = re.compile(
    r"\b(?:ref|reference|case|crime|claim|invoice|order|account|acct|policy|booking|tracking"
    r"|serial|ticket|incident|membership|customer|receipt|application|log|file|docket|confirmation"
    r"|transaction|parcel|consignment|court|meeting|zoom|webinar|teams|passcode|pin|conference"
    r"|room)"
    r"(?: no\.?| num| number| id| ref| reference| code)?"
    # a few plain words between the cue and the number: "zoom id for the extra session is"
    r"(?: (?:for|of|on|the|this|that|next|our|extra|week|week's|session|sessions|group|tonight"
    r"|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)){0,4}"
    r"(?: is|:|#|'s| =)?"
    r"(?:\s+[a-z]*\d[a-z\d]*){0,3}\s*$",
    re.IGNORECASE,
)
# Round twelve: a meeting or reference cue a few words before, whatever the words ("The Zoom ID
# for the alumni catch-up is 812 5530 0046"), unless a contact word comes between ("after zoom,
# call me on ...").
_LOOSE_REFERENCE = re.compile(
    r"\b(?:zoom|meeting|webinar|teams|conference|passcode|booking|order|crime|case|claim|ticket"
    r"|tracking|invoice|policy|ref|reference)(?: id| no\.?| number| code| ref)\b"
    r"([^\d.!?\n]{0,45})$",
    re.IGNORECASE,
)
_CONTACT_BETWEEN = re.compile(
    r"\b(?:my|me|call|text|ring|phone|mobile|cell|whatsapp|contact|reach)\b", re.IGNORECASE
)
_YEAR_FIRST = re.compile(r"^(?:19|20)\d\d[ ./-]")
_DATE = re.compile(r"^\d{1,4}([.-])\d{1,2}\1\d{1,4}$")
_YEAR_RANGE = re.compile(r"^(?:19|20)\d\d ?- ?(?:19|20)?\d\d$")
_MONEY_AFTER = re.compile(r"^\s*(?:k\b|p\b|quid|pounds|dollars|euros|rupees|rand|bucks|grand|%)")
_CONTACT_CUE = re.compile(
    r"\b(?:call|calls|text|txt|ring|phone|number|num|no\.|mobile|mob|cell|whatsapp|whats ?app"
    r"|reach|contact|landline|digits|sms|msg|message|hmu|portable|handy|signal|telegram|viber"
    # round thirteen: messaging apps and "number" in other languages ("zap: (11) 95555-0123")
    r"|zap|zapzap|wpp|wsp|wa|whats|wechat|kakao|line|tel|tél|telefon|telefone|telefono|teléfono"
    r"|celular|cel|móvil|movil|fone|número|numero|numéro|nummer|natel|zadzwoń|numer)\b",
    re.IGNORECASE,
)
# Shapes people write numbers in: 3-3-4 (North America), 0 + 9-10 digits (most national
# formats), or three or more groups.
_PHONE_SHAPE = re.compile(
    r"^(?:\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}|0\d[\d ().-]{8,}|\d{2,5}(?:[ .-]\d{2,5}){2,})$"
)


def digit_count(s: str) -> int:
    return len(DIGIT.findall(s))


def digits_of(s: str) -> str:
    """The digits of `s`, in order ("07700 900-555" -> "07700900555")."""
    return "".join(DIGIT.findall(s))


def _not_a_phone(text: str, cand: str, start: int, end: int) -> bool:
    """Dates, year ranges, money, references and published helplines share the shape of a
    phone number."""
    if _DATE.match(cand) or _YEAR_RANGE.match(cand):
        return True
    if is_helpline(digits_of(cand)):
        return True
    before = text[max(0, start - 60) : start]
    if _REFERENCE.search(before[-50:]):
        return True
    loose = _LOOSE_REFERENCE.search(before)
    if loose and not _CONTACT_BETWEEN.search(loose.group(1)):
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
    count = digit_count(cand)
    if not 7 <= count <= 15 or _not_a_phone(text, cand, start, end):
        return False
    if _YEAR_FIRST.match(cand) and not cand.startswith(("+", "00")):
        # "2023 4477 1190" is a reference far more often than a number; a contact word decides.
        return bool(_CONTACT_CUE.search(text[max(0, start - 40) : start]))
    if _PHONE_SHAPE.match(cand) and count >= 10:
        return True
    if _valid_somewhere(cand):
        return True
    window = text[max(0, start - 40) : end + 20]
    return bool(_CONTACT_CUE.search(window))


# "0,7,9,5,6,3,3,4,1,2,8": one digit at a time, split by commas so an app does not hide it.
_COMMA_DIGITS = re.compile(r"(?<![\w.,])\d(?: ?, ?\d){8,14}(?![\w,])")


_ONE_BY_ONE = re.compile(r"^\d(?:\W+\d)+$")


def counting(digits: str) -> bool:
    """ "1 2 3 4 5 6 7 8 9" is counting, not a number."""
    steps = {(int(b) - int(a)) % 10 for a, b in zip(digits, digits[1:], strict=False)}
    return steps in ({1}, {9})


def find_phones(text: str) -> list[tuple[int, int]]:
    """Spans of phone numbers written in digits in the original text."""
    if digit_count(text) < 7:  # the common case: no phone number possible, skip all the work
        return []
    spans = []
    if "," in text:
        for m in _COMMA_DIGITS.finditer(text):
            digits = digits_of(m.group())
            if not counting(digits) and not is_helpline(digits):
                spans.append(m.span())
    for m in _CANDIDATE.finditer(text):
        cand = m.group().strip(" \t.-")
        start = m.start() + m.group().index(cand)
        end = start + len(cand)
        digits = digits_of(cand)
        if _ONE_BY_ONE.match(cand) and (counting(digits) or len(set(digits)) < 3):
            continue  # round thirteen: "1 2 3 4 5 6 7 8 9 breathe", "5 5 5 5 5 5 5 stars"
        if _is_phone(text, cand, start, end):
            spans.append((start, end))
    return spans
