"""Identifying formats added in round eleven: details given loosely, in passing.

1. a full name introduced with no naming verb: "It's Mark Pettigrew from the Tuesday group",
   "hi all, Dee Okafor here", "this is Sunil Rao again";
2. a workplace named in apposition or by its street: "he found me at work, the pharmacy in
   Naas", "my work's the Spar on Main Street in Tralee", "on the tills at the Co-op on
   Kettering high street", "a nurse on the children's ward at the Royal in Bolton";
3. a handle someone is using, given after a word of contact or of accounts: "he's messaging me
   from @dan_the_van_77", "his new account is @x", "she follows me as @y".

A first name alone ("I'm Jo btw", "my neighbour Carol brought me soup"), a greeting to a member
("@priya_k same"), "it's Black Friday" and a job with no named place pass. Hits are (label,
reason, start, end), offsets into the original text.
"""

from __future__ import annotations

import re

from .screening_names_more import FAMOUS
from .screening_text import Norm, rx
from .screening_words import NOT_SURNAME, STOP, TOWNS, words

Hit = tuple[str, str, int, int]
_NAME = "looks like a person's full name"
_WORK = "names a workplace or school and where it is"
_HANDLE = "a social media handle"

# --- 1. a full name introduced -------------------------------------------------------------------
_CAPWORD = r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*"
_GREETING = r"\b(?i:hi|hey|hello|hiya|evening|morning)(?: (?i:all|everyone|guys|folks))?,?\s*"
_INTRO = re.compile(
    r"(?:^|[.!?,]\s+|"
    + _GREETING
    + r")(?i:it's|it is|this is|here's|name's|the name's)\s+("
    + _CAPWORD
    + r") ("
    + _CAPWORD
    + r")(?= (?i:from|here|again|speaking|btw|of the|in the)\b|\s*(?:[,.!(-]|$))"
)
_HERE = re.compile(
    r"(?:^|[.!?]\s+|" + _GREETING + r")(" + _CAPWORD + r") (" + _CAPWORD + r") (?i:here|speaking)\b"
)
_NOT_NAME = words(
    "month week day weekend night morning evening season awareness day's pride black good holy"
    " boxing new mother mother's father father's valentine's valentines mental health world"
    " national international domestic abuse"
)
# A full name beside who the person is: "Marcus Delaney, the PE teacher", "my caseworker at the
# shelter, Tamika Brooks", "aunty Mere Henare", "my cousin's husband is Pete Lawson".
_ROLES = words(
    "teacher worker coach boss manager neighbour landlord solicitor gp doctor nurse counsellor"
    " therapist officer pastor priest vicar head tutor lecturer advocate idva"
)
_ROLE_WORD = (
    r"(?:teacher|caseworker|case worker|social worker|support worker|key ?worker|coach|boss"
    r"|manager|neighbour|landlord|solicitor|gp|doctor|nurse|counsellor|therapist|officer|pastor"
    r"|priest|vicar|head|headteacher|tutor|lecturer|advocate|idva)"
)
# Both open on a literal (", the teacher", "at the shelter, ") and look back for the cue or name.
_COMMA_ROLE = re.compile(r", (?i:the|my|our|his|her) (?:[\w-]+ )?(?i:" + _ROLE_WORD + r")\b")
_PAIR_END = re.compile(r"(" + _CAPWORD + r") (" + _CAPWORD + r")$")
_PLACE_NAME = re.compile(
    r"(?:at|from) the [\w-]+(?: [\w-]+)?, (" + _CAPWORD + r") (" + _CAPWORD + r")"
)
_MY_ROLE_END = re.compile(r"(?i:\bmy (?:[\w-]+ )?" + _ROLE_WORD + r" )$")
_KIN_NAME = re.compile(
    r"(?i:\b(?:aunty|auntie|aunt|uncle|cousin|nana|granny|grandma|grandad|grandpa) )("
    + _CAPWORD
    + r") ("
    + _CAPWORD
    + r")"
)
_CHAIN_WHO = "husband|wife|partner|boyfriend|girlfriend|brother|sister|dad|mum|son|daughter|ex"
_CHAIN = re.compile(
    r"(?i:\b(?:my|his|her) [\w-]+'s (?:"
    + _CHAIN_WHO
    + r") (?:is|was) )("
    + _CAPWORD
    + r") ("
    + _CAPWORD
    + r")"
)
# Each pattern runs only when a word it needs is in the message.
_NAME_PATTERNS = (
    (("it's", "it is", "this is", "here's", "name's"), _INTRO),
    ((" here", " speaking"), _HERE),
    (("aunt", "uncle", "cousin", "nana", "gran"), _KIN_NAME),
    (tuple(f"'s {who} " for who in _CHAIN_WHO.split("|")), _CHAIN),
)


def _is_name(first: str, last: str) -> bool:
    low_first, low_last = first.lower(), last.lower()
    for w in (low_first, low_last):
        if w in STOP or w in NOT_SURNAME or w in _NOT_NAME or w in TOWNS:
            return False
    return f"{low_first} {low_last}" not in FAMOUS


def _beside_role(orig: str) -> list[re.Match[str]]:
    """A name then ", the PE teacher"; "my caseworker at the shelter, " then a name."""
    found = []
    for m in _COMMA_ROLE.finditer(orig):
        pair = _PAIR_END.search(orig, max(0, m.start() - 40), m.start())
        found.append(pair)
    for m in _PLACE_NAME.finditer(orig):
        found.append(m if _MY_ROLE_END.search(orig, max(0, m.start() - 40), m.start()) else None)
    return [m for m in found if m]


def _introductions(orig: str, lower: str) -> list[Hit]:
    found: list[re.Match[str]] = []
    for cues, pattern in _NAME_PATTERNS:
        if any(cue in lower for cue in cues):
            found += pattern.finditer(orig)
    if ", " in orig and any(role in lower for role in _ROLES):
        found += _beside_role(orig)
    return [
        ("name", _NAME, m.start(1), m.end(2)) for m in found if _is_name(m.group(1), m.group(2))
    ]


# --- 2. a workplace in apposition or by its street -----------------------------------------------
_PLACE = r"((?:the )?[A-Za-z][\w'&.-]*(?: [\w'&.-]+){0,3}?)"
_TOWN_WORD = r"([A-Z][a-z'-]+|(?i:[a-z]+))"
_APPOSED = re.compile(
    r"(?i:\b(?:at (?:my )?work|where i work|my (?:work|job)(?:'s| is)|works? at|i (?:work|clean"
    r"|cook|volunteer|temp|waitress|serve) (?:at|for)))"
    r",? (?:(?i:at) )?" + _PLACE + r" (?i:in|near|outside|just outside|on) " + _TOWN_WORD + r"\b"
)
_HIGH_STREET = re.compile(
    r"(?i:\b(?:work|works|working|job|shifts?|tills|till|checkouts?|counter|reception|i'm a"
    r" \w+|i am a \w+|manager|assistant))\b[^.!?]{0,40}? (?i:at|in) (?:(?i:the) )?"
    r"([A-Z][\w'&.-]*(?: [A-Z][\w'&.-]*){0,2}) (?i:on) " + r"([A-Z][a-z'-]+)"
    r" (?i:high|main|market) (?i:street|st|road|square)\b"
)
# A role or a work verb, then a named place and its town, loosely: "a nurse on the children's
# ward at the Royal in Bolton", "Pharmacy tech at the Boots by the station in Reading", "forklift
# driver at the Amazon warehouse just outside Doncaster", "started at the Kmart in Geelong".
_ROLE = (
    r"(?:driver|tech|technician|mechanic|nurse|student|assistant|cleaner|manager|worker|porter"
    r"|carer|chef|cook|teacher|lecturer|receptionist|cashier|barista|waitress|waiter|bartender"
    r"|pharmacist|doctor|vet|paramedic|midwife|hca|apprentice|intern|trainee|volunteer|guard"
    r"|engineer|electrician|plumber|labourer|operative|packer|picker|supervisor|secretary"
    r"|accountant|librarian|dentist|physio|optician|butcher|baker|florist|hairdresser|barber"
    r"|nanny|childminder|officer|firefighter|courier|warden|steward|attendant|admin)"
)
# The place and its town first (cheap: it opens on "at "), then the role in the words before it.
_AT_PLACE = re.compile(
    r"(?<!\w)at (?:the )?((?:University of )?[A-Z][\w'&.-]*(?: [A-Z][\w'&.-]*){0,2})(?: [a-z]+)?"
    r"(?: (?:by|next to|opposite) the [a-z]+(?: [a-z]+)?)? (?:in|near|outside|just outside) "
    + _TOWN_WORD
    + r"\b"
)
_ROLE_BEFORE = re.compile(
    r"(?:(?:^|[.!?] |\bi'm |\bi am |\bim |\bwork as |\bas an? )(?:[\w-]+ ){0,4}?"
    + _ROLE
    + r"s?\b[^.!?]{0,40}?|\bi (?:\w+ )?(?:work|clean|nurse|lecture|teach|cook|serve|volunteer"
    r"|started|start)\w*\b[^.!?]{0,40}?|(?:^|[.!?] )start(?:ed|ing)? )$"
)
# "Otago uni down in Dunedin", "vet student, Massey up in Palmerston North", "degree at Massey".
_CAMPUS = re.compile(
    r"\b([A-Z][a-z]+) (?i:uni|university|college|poly|polytechnic|tafe)(?: (?i:down|up|over"
    r"|out))? (?i:in) " + _TOWN_WORD + r"\b"
    r"|(?i:\b(?:student|studying|degree|uni)\b)[^.!?]{0,20}?, ([A-Z][a-z]+) (?i:up|down"
    r"|over|out) (?i:in) " + _TOWN_WORD + r"\b"
)
_DEGREE_AT = re.compile(
    r"(?i:\b(?:degree|masters|phd|pgce|diploma|bsc|ba|msc) at )"
    r"([A-Z][\w&'.-]+(?: [A-Z][\w&'.-]+){0,2})"
)
_DEGREES = ("degree", "masters", "phd", "pgce", "diploma", "bsc", "msc", " ba ")
_GENERIC_PLACE = words("home work school a an it there here town the city uni bed")


def _town(word: str) -> bool:
    low = word.lower()
    if low in STOP or low in NOT_SURNAME or low in ("town", "city", "centre", "the"):
        return False
    return word[0].isupper() or low in TOWNS


def _hit(m: re.Match[str], name: int, town: int) -> Hit | None:
    if m.group(name).lower().removeprefix("the ").split()[0] in STOP or not _town(m.group(town)):
        return None
    return ("workplace_school", _WORK, m.start(name), m.end(town))


def _led_places(orig: str, lower: str) -> list[Hit | None]:
    """A role or work verb before "at <Place> in <Town>", and a place on a town's high street."""
    found: list[Hit | None] = []
    if " at " in lower:
        for m in _AT_PLACE.finditer(orig):
            if _ROLE_BEFORE.search(lower, max(0, m.start() - 70), m.start()):
                found.append(_hit(m, 1, 2))
    if " high " in lower or " main " in lower or "market " in lower:
        found += [_hit(m, 1, 2) for m in _HIGH_STREET.finditer(orig)]
    return found


def _workplaces(orig: str, lower: str) -> list[Hit]:
    """Each pattern runs only when a word it needs is in the message."""
    found = _led_places(orig, lower)
    if any(w in lower for w in ("work", "clean", "cook", "volunteer", "temp", "waitress", "serve")):
        for m in _APPOSED.finditer(orig):
            if m.group(1).lower().removeprefix("the ").split()[0] not in _GENERIC_PLACE:
                found.append(_hit(m, 1, 2))
    if any(w in lower for w in ("uni", "college", "poly", "tafe", " up in", " down in", "ver in")):
        for m in _CAMPUS.finditer(orig):
            found.append(_hit(m, 1, 2) if m.group(1) else _hit(m, 3, 4))
    if " at " in lower and any(w in lower for w in _DEGREES):
        for m in _DEGREE_AT.finditer(orig):
            if m.group(1).split()[0].lower() not in STOP | {"open", "home", "uni"}:
                found.append(("workplace_school", _WORK, *m.span(1)))
    return [hit for hit in found if hit]


# --- 3. a handle someone is using ----------------------------------------------------------------
_USING = rx(
    r"\b(?:(?:messag|dm|text|contact|follow|harass|stalk|comment|writ|post|lik|view|watch)\w*"
    r"(?: me)? (?:from|as|under|via|using|on)|(?:account|acc|profile|page|handle|username|user"
    r" name|alt|burner)(?:'s| is|:|,| called| named)?|goes by|go by|calls himself|calls"
    r" herself|(?:he's|she's|he is|she is|they're) now) ?(@[a-z0-9_][a-z0-9_.]{2,29})"
)


def _handles(norm: Norm) -> list[Hit]:
    return [("handle", _HANDLE, *norm.span(*m.span(1))) for m in _USING.finditer(norm.text)]


def find_loose_families(norm: Norm) -> list[Hit]:
    """Round eleven's identifying families (see the module docstring)."""
    hits: list[Hit] = []
    orig = norm.original
    if "@" in norm.text:
        hits += _handles(norm)
    if norm.index is None:  # the original-text patterns need aligned offsets
        hits += _introductions(orig, norm.text) + _workplaces(orig, norm.text)
    return hits
