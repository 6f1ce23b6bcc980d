"""A workplace, church or club with its town and no work verb beside it, and a handle owned with
"I'm" (round thirteen).

1. a chain shop, a named business, church or club, then "in" and its town, when the message ties
   a person to it: "nights at the big Tesco Extra in Kettering, that's my job", "ya know the Spar
   in Dungannon? that's me behind the till", "he's waiting outside the Asda in Stockport where I
   work", "he's at Halden Joinery in Wakefield", "we go to Grace Chapel in Lubbock", "coaches the
   under-12s at Greenbank FC in Falkirk";
2. "I'm @not_his_anymore on x", "find me @quiet.maple_": a handle the writer owns.

"There was a queue at the Tesco in Stockport", "the Next in town", "a church in Lubbock" and
"I'm @ the shop" pass. Each part runs only when a word it needs is in the message. Hits are
(label, reason, start, end), offsets into the original text.
"""

from __future__ import annotations

import re

from .screening_text import Norm
from .screening_words import NOT_SURNAME, STOP, words

Hit = tuple[str, str, int, int]
_WORK = "names a workplace or school and where it is"

_BRANDS = (
    r"Tesco|Asda|Sainsbury'?s|Morrisons|Aldi|Lidl|Co-?op|Spar|Boots|Greggs|Costa|Starbucks"
    r"|McDonald'?s|KFC|Primark|B&Q|B&M|Argos|Iceland|Waitrose|M&S|Currys|Superdrug|Wilko"
    r"|Poundland|Home Bargains|TK Maxx|Next|Walmart|Target|Costco|Kroger|Walgreens|CVS|Publix"
    r"|Safeway|Woolworths|Woolies|Coles|Kmart|Bunnings|Dunnes|Centra|SuperValu|Penneys|Countdown"
    r"|Tim Hortons|Loblaws|Nando'?s|Pret|Subway|Wetherspoons|Travelodge|Premier Inn|Screwfix"
    r"|Halfords|Specsavers|Dollar General|Home Depot|Burger King|Pizza Hut|Dunkin'?|Checkers"
    r"|Pick n Pay|Shoprite"
)
# Brands that are also ordinary words count only when capitalised.
_AMBIGUOUS = words("next target iceland boots subway centra countdown checkers spar costa coles")
_NOUN = (
    r"Chapel|Church|Cathedral|Mosque|Masjid|Temple|Gurdwara|Mandir|Synagogue|Tabernacle|Fellowship"
    r"|Assembly|Kingdom Hall|Parish|FC|AFC|RFC|RLFC|CC|United|Rovers|Athletic|Wanderers|Harriers"
    r"|Albion|Joinery|Motors|Garage|Plumbing|Electrical|Builders|Construction|Logistics|Haulage"
    r"|Roofing|Engineering|Solicitors|Accountants|Dental|Vets|Pharmacy|Bakery|Salon|Barbers|Cafe"
    r"|Café|Diner|Carpets|Tyres|Scaffolding|Ltd|Hotel|Inn|Arms|Tavern|Grill|Leisure Centre|Gym"
    r"|Care Home|Warehouse|Foods|Autos|Interiors|Kitchens|Surgery|Medical Centre|Health Centre"
)
_PLACE = re.compile(
    r"\b(?:the |at |to |outside |from |for |attend |attends |join |joined )"
    r"(?:(?i:big|little|new|old|main|local) )?("
    r"(?i:" + _BRANDS + r")(?: (?:Extra|Express|Metro|Superstore|Local|Superstore))?"
    r"|(?:[A-Z][\w'&-]+ ){1,3}(?:" + _NOUN + r")) (?:in|on the edge of|just outside|outside|near)"
    r" ([A-Z][a-z'-]{2,}(?: [A-Z][a-z]+)?)\b"
)
_JOB_TIE = re.compile(
    r"\b(?:work|works|worked|working|job|shift|shifts|till|tills|counter|staff"
    r"|manager|manage|manages|coach|coaches|coaching|clean|cleans|cleaning|volunteer|volunteers"
    r"|that's me|thats me|that's where i|he's at|she's at|he is at|she is at|he's always at"
    r"|find me|find him|find her|behind the)\b"
)
# Going regularly counts for a church or a club, not for a shop.
_MEMBER_TIE = re.compile(
    r"\b(?:go to|goes to|going to|attend|attends|worship|member|members|congregation|play for"
    r"|plays for|sing at|sings at|every sunday)\b"
)
_CLUB = re.compile(r"(?:" + _NOUN + r")$")
_NOT_TOWN = words("town city centre general the a my his her our")


def _workplaces(norm: Norm) -> list[Hit]:
    orig, hits = norm.original, []
    job = bool(_JOB_TIE.search(norm.text))
    member = bool(_MEMBER_TIE.search(norm.text))
    for m in _PLACE.finditer(orig):
        place, town = m.group(1), m.group(2)
        first = place.split()[0].lower()
        if first in _AMBIGUOUS and not place[0].isupper():
            continue
        if town.lower() in STOP or town.lower() in NOT_SURNAME or town.lower() in _NOT_TOWN:
            continue
        branded = not _CLUB.search(place)
        if first in STOP or not (job or (member and not branded)):
            continue
        hits.append(("workplace_school", _WORK, m.start(1), m.end(2)))
    return hits


# --- 2. a handle owned ---------------------------------------------------------------------------
_OWN_HANDLE = re.compile(
    r"\b(?:i'm|im|i am|find me|catch me|i go by|follow me|add me)(?: at| as)? "
    r"(@[a-z0-9_][a-z0-9_.]{2,29})(?= (?:on|over on|everywhere|across)\b|[,.!]|$)"
)
_NOT_OWN = words("home work gym school uni church mums mine the")


def _handles(norm: Norm) -> list[Hit]:
    hits = []
    for m in _OWN_HANDLE.finditer(norm.text):
        handle = m.group(1).rstrip(".")
        if handle[1:] in _NOT_OWN:
            continue
        start = m.start(1)
        hits.append(("handle", "a social media handle", *norm.span(start, start + len(handle))))
    return hits


_WORD_CUES = ("in ", "outside", "near")


def find_workplace_more(norm: Norm) -> list[Hit]:
    """Round thirteen's workplaces and owned handles (see the module docstring)."""
    text, hits = norm.text, []
    if any(w in text for w in _WORD_CUES):
        hits += _workplaces(norm)
    if "@" in text:
        hits += _handles(norm)
    return hits
