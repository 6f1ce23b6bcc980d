"""Identifying formats added in round seven, each a family the older rules missed:

1. a handle with no digit or underscore *before* its platform, offered by the writer: "I play as
   xXGhostRiderXx on PSN", "I'm moonlitmaggie on telegram", "NightOwlNadia on discord";
2. a name in words straight after a platform word: "facebook: Bronwen Pryce-Lloyd", "my youtube
   is Rosie Rebuilds";
3. a first name repeated with its surname: "I'm Pete, Pete Lowther";
4. a workplace placed by a landmark rather than a town word: "the night desk at the Holiday Inn
   Express by Cardiff airport", "the cafe next to the post office in Settle";
5. a room in a named home or hall, and a home off a numbered road near a village: "room 14 at
   Larchfield care home", "our farm is off the A684 just past Hawes".

Each needs the writer's own tie (an offer, a platform word, a work or home word), so "I'm always
on tiktok", "twitter is full of Elon Musk fans", "stuck on the M6 near Preston" and "the Hilton
by the airport was full" pass. Hits are (label, reason, start, end), offsets into the original.
"""

from __future__ import annotations

import re

from .screening_families import _HOME_TIE, _TOWN, _WORK_CUE, _named, _town
from .screening_handles import _NOT_HANDLE, PLATFORM_NEAR
from .screening_names_more import FAMOUS
from .screening_phone import DIGIT
from .screening_text import Norm, rx
from .screening_words import NOT_SURNAME, STOP, words

Hit = tuple[str, str, int, int]
_HANDLE = "a social media handle"
_NAME = "looks like a person's full name"
_WORKPLACE = "names a workplace or school and where it is"
_ADDRESS = "looks like a street address or postcode"

# --- 1. a plain handle offered before its platform ----------------------------------------------
_OFFERED = re.compile(
    r"(?i:\b(?:i'm|im|i am|i go by|i play as|i stream as|i post as|i'm known as|known as"
    r"|look for|search for|search|find me as|add|it's|its|i'm called|username|user name"
    r"|gamertag|handle) )?"
    r"(@?[A-Za-z][A-Za-z0-9]{4,29})(?: (?i:over |also )?(?i:on|via) (?:(?i:the) )?| ?\((?=\w))"
)
_CAMEL = re.compile(r"(?:[a-z]+|[A-Z][a-z]+|[xX]+)[A-Z][a-z]+[A-Za-z]*")
# Brands and platforms written in CamelCase, and surnames with an inner capital.
_NOT_CAMEL = words(
    "iphone ipad youtube tiktok whatsapp linkedin playstation facetime facebook instagram "
    "snapchat powerpoint onlyfans paypal cashapp soundcloud bluesky gamertag wifi"
)
_WORDY_END = ("ly", "ed", "ful", "ous", "ive", "less", "ness", "tion", "ment", "able", "ible")


def _offered_handle(tok: str, offered: bool) -> bool:
    low = tok.lstrip("@").lower()
    if low in STOP or low in _NOT_HANDLE or low in _NOT_CAMEL or low in NOT_SURNAME:
        return False
    if tok.startswith("@"):
        return True
    if _CAMEL.fullmatch(tok.lstrip("@")) and not re.match(r"(?:Mc|Mac|O')[A-Z]", tok):
        return True
    # A lower-case run of letters needs the writer's offer and the length of a made-up name.
    return offered and tok.islower() and len(low) >= 9 and not low.endswith(_WORDY_END)


def _handles_before(norm: Norm) -> list[Hit]:
    hits: list[Hit] = []
    orig = norm.original
    if len(orig) != len(norm.text):
        return hits
    for m in _OFFERED.finditer(orig):
        if not PLATFORM_NEAR.match(norm.text, m.end()):
            continue
        offered = m.group(0)[: m.start(1) - m.start()].strip() != ""
        if _offered_handle(m.group(1), offered):
            hits.append(("handle", _HANDLE, m.start(1), m.end(1)))
    return hits


# --- 2. a name in words after a platform word ---------------------------------------------------
_JOIN = (
    r"(?: (?:name|page|channel|profile|account|acc))?(?:'s|:| is| =| -| under| as| i'm| im)"
    r"(?: (?:just|still|literally))? "
)
_JOIN_RX = re.compile(_JOIN)
_CAP = r"[^\W\d_a-z][^\W\d_A-Z]+(?:['-][^\W\d_][^\W\d_A-Z]+)*"
_WORDS_AFTER = re.compile(r"(" + _CAP + r")((?: " + _CAP + r"){1,2})(?![\w'-])")


def _platform_names(norm: Norm) -> list[Hit]:
    hits: list[Hit] = []
    orig, text = norm.original, norm.text
    if len(orig) != len(text):
        return hits
    for p in PLATFORM_NEAR.finditer(text):
        j = _JOIN_RX.match(text, p.end())
        if not j:
            continue
        m = _WORDS_AFTER.match(orig, j.end())
        if not m:
            continue
        names = [m.group(1), *m.group(2).split()]
        lows = [n.lower() for n in names]
        if any(w in STOP or w in NOT_SURNAME or w in _NOT_HANDLE for w in lows):
            continue
        if " ".join(lows[:2]) in FAMOUS:
            continue
        hits.append(("name", _NAME, m.start(), m.end()))
    return hits


# --- 3. a first name repeated with its surname --------------------------------------------------
_REPEATED = re.compile(
    r"(?i:\b(?:i'm|im|i am|it's|its|this is|name's|my name is|call me) )"
    r"([A-Z][a-z]+), \1 ([A-Z][^\W\d_]+(?:['-][^\W\d_]+)*)"
)


def _repeated_names(norm: Norm) -> list[Hit]:
    hits: list[Hit] = []
    for m in _REPEATED.finditer(norm.original):
        if m.group(2).lower() not in STOP | NOT_SURNAME:
            hits.append(("name", _NAME, m.start(1), m.end(2)))
    return hits


# --- 4. a workplace placed by a landmark --------------------------------------------------------
_LEAD = (
    r"(?:" + _WORK_CUE + r"|\b(?:work|works|working|worked)\b|\b(?:i'm|im) (?:the |a |an )\w+"
    r"|\bon (?:the )?(?:[\w-]+ )?(?:desk|reception|tills|door|bar|checkouts?|wards?|counter"
    r"|shifts?))"
)
_NEXT_TO = (
    r"(?:by|near|next to|opposite|inside|outside|beside|behind|across from|over the road from"
    r"|round the corner from|just off|above|below|under)"
)
_LANDMARK_NOUN = (
    r"(?:airport|station|bus station|train station|services|harbour|port|docks|pier|hospital"
    r"|cathedral|castle|university|uni|stadium|racecourse|retail park|shopping centre|market"
    r"|bridge|roundabout|motorway|ring road|bypass|football ground|town hall|post office"
    r"|library|church|abbey|clock tower|bus depot|ferry terminal|marina|beach|promenade|prom)"
)
_PLACE = r"(?:(?:big|little|new|old|main|small|tiny|busy) )?(?:[\w'&-]+ ){0,3}?"
_BY_LANDMARK = rx(
    r"("
    + _LEAD
    + r")(?: [\w']+){0,3}? (?:at|in|for) (?:the |a )?("
    + _PLACE
    + r"[\w'&-]+) "
    + _NEXT_TO
    + r" (?:the )?((?:[\w'-]+ ){0,2}?"
    + _LANDMARK_NOUN
    + r")(?:(?: in|,) ([a-z][\w'-]+))?\b"
)


def _landmark_ok(orig: str, start: int, end: int, town: tuple[int, int] | None) -> bool:
    """A named landmark ("Cardiff airport", "Leeds station") or any landmark with a town."""
    if town and _town(orig[town[0] : town[1]]):
        return True
    first = orig[start:end].split()[0]
    return first[0].isupper() and first.lower() not in STOP | NOT_SURNAME


def _workplaces_by_landmark(norm: Norm) -> list[Hit]:
    hits: list[Hit] = []
    orig, text = norm.original, norm.text
    if len(orig) != len(text):
        return hits
    for m in _BY_LANDMARK.finditer(text):
        town = m.span(4) if m.group(4) else None
        if _landmark_ok(orig, m.start(3), m.end(3), town):
            hits.append(
                ("workplace_school", _WORKPLACE, m.start(2), m.end(4) if town else m.end(3))
            )
    return hits


# --- 5. a room in a named home, a home off a numbered road ---------------------------------------
_RESIDENCE = (
    r"(?:care home|nursing home|residential home|house|court|lodge|hall|halls|manor|hospice"
    r"|hostel|refuge|tower|towers|heights|mansions|ward|unit|block)"
)
_ROOM = re.compile(
    r"(?i:\b(?:room|flat|bed|unit|apartment|apt|no\.?) )\d{1,4}[A-Za-z]?(?i: (?:at|in|of) )"
    r"(?:(?i:the) )?((?:St\.? )?[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})( (?i:"
    + _RESIDENCE
    + r"))?(?:(?i: in|,) "
    + _TOWN
    + r")?\b"
)
_ROAD = rx(
    r"\b(?:off|on|just off|along|up|top of|bottom of|end of) (?:the )?[abm]\d{1,4}\b[^.!?]{0,25}?"
    r"\b(?:past|before|after|near|outside|by|from|towards|into|out of|beyond|between)"
    r" ([a-z][\w'-]+)\b"
)
_HOME_WORDS = rx(
    r"\b(?:i|we|we're|i'm|im|my|our)\b[^.!?]{0,30}\b(?:live|living|farm|cottage|caravan|static"
    r"|smallholding|croft|barn|house|bungalow|place|home|flat|lodge)\b"
)


def _rooms_and_roads(norm: Norm) -> list[Hit]:
    hits: list[Hit] = []
    orig, text = norm.original, norm.text
    if len(orig) != len(text):
        return hits
    for m in _ROOM.finditer(orig):
        if _named(m.group(1)) and (m.group(2) or _town(m.group(3))):
            hits.append(("address", _ADDRESS, m.start(), m.end()))
    for m in _ROAD.finditer(text):
        tied = _HOME_WORDS.search(text, max(0, m.start() - 60), m.start() + 1)
        tied = tied or _HOME_TIE.search(text, max(0, m.start() - 80), m.start())
        if tied and _town(orig[m.start(1) : m.end(1)]):
            hits.append(("address", _ADDRESS, m.start(), m.end()))
    return hits


# Cheap gates: most chat lines name no platform, no landmark and no number.
_MAYBE_LANDMARK = rx(r"\b" + _NEXT_TO + r"\b")


def find_more_families(norm: Norm) -> list[Hit]:
    """Round seven's identifying families (see the module docstring)."""
    hits: list[Hit] = []
    text = norm.text
    if PLATFORM_NEAR.search(text):
        hits += _handles_before(norm) + _platform_names(norm)
    if ", " in text:
        hits += _repeated_names(norm)
    if _MAYBE_LANDMARK.search(text):
        hits += _workplaces_by_landmark(norm)
    if DIGIT.search(text):
        hits += _rooms_and_roads(norm)
    return hits
