"""Identifying information: phone numbers, emails, addresses, names, handles, links, plates,
and a workplace or school named together with a town.

Each detector returns (label, reason, start, end) with offsets into the *original* text. Some
checks need the original capitalisation (a name or a town is usually capitalised, a sentence start
is not a name), so detectors get both the normalised and the original text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .screening_families import find_families
from .screening_families_loose import find_loose_families
from .screening_families_more import find_more_families
from .screening_handles import FINAL, find_handles, looks_like_handle
from .screening_identifying_more import find_identifying_more
from .screening_identifying_world import find_identifying_world
from .screening_names import find_names
from .screening_numbers_loose import find_loose_numbers
from .screening_phone import find_phones
from .screening_phone_words import find_spelled_phones
from .screening_places import find_addresses
from .screening_text import Norm, rx
from .screening_words import STOP, words
from .screening_workplace import find_workplaces
from .screening_workplace_more import find_workplace_more

IDENTIFYING = "identifying"
Hit = tuple[str, str, int, int]

# --- email -------------------------------------------------------------------------------------
_TLD = r"(?:com|co|org|net|uk|au|ca|nz|ie|in|de|fr|za|us|io|me|edu|gov|info|biz)"
_EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]++ ?@ ?[\w-]+(?: ?\. ?[\w-]+)*(?: ?\. ?" + _TLD + r")\b", re.I
)
_AT = r"(?: ?[(\[{<] ?at ?[)\]}>] ?| at | ?@ ?)"
_DOT = r"(?: ?[(\[{<] ?dot ?[)\]}>] ?| dot |\.)"
# "sam underscore jones": symbols spelled out inside the part before the "at". The joins never
# overlap with _DOT and repeat a bounded number of times, so "a dot a dot ..." stays linear.
_SPELLED_SYMBOL = r"(?: (?:underscore|under score|dash|hyphen) )"
_SPELLED_JOIN = r"(?: (?:underscore|under score|dash|hyphen|dot|period) )"
_EMAIL_SPELLED = rx(
    r"(?<![\w.+-])[\w+-]+(?:"
    + f"(?:{_DOT}|{_SPELLED_SYMBOL})"
    + r"[\w+-]+){0,8}+"
    + _AT
    + r"[\w-]+(?:"
    + _DOT
    + r"[\w-]+)*"
    + _DOT
    + _TLD
    + r"\b"
)
_PROVIDERS = (
    r"gmail|googlemail|hotmail|yahoo|outlook|icloud|protonmail|proton|aol|live|msn|btinternet"
    r"|sky|ymail|gmx|zoho|rediffmail|eircom"
)
# "rach_t at gmail": a provider after "at", with an email cue or an address-like local part.
_EMAIL_PROVIDER = rx(
    r"(?:\bemail(?: address)?(?:'s| is|:) ?|(?<![\w.+-])(?=[a-z0-9+-]*[0-9_.]|[a-z0-9]+"
    + _SPELLED_JOIN
    + r"))([a-z0-9_.+-]++(?:"
    + _SPELLED_JOIN
    + r"[a-z0-9_.+-]++){0,6}+"
    + _AT
    + r"(?:"
    + _PROVIDERS
    + r"))\b"
)


# Cheap gates: most chat lines have no "@", no "dot" and no ".com", so skip the costly scans.
_MAYBE_EMAIL = re.compile(
    r"@|\bdot\b|\.\s?" + _TLD + r"\b|\b(?:" + _PROVIDERS + r")\b", re.IGNORECASE
)


# "my hotmail is lisaxlou", "my gmail is megfitz07": the provider stands in for the domain.
_PROVIDER_IS = rx(
    r"\bmy (?:e-?mail|"
    + _PROVIDERS
    + r")(?: address| id)?(?:[']s| is|:| =| -) ?([a-z0-9._+-]{3,40})"
)


def _provider_usernames(norm: Norm) -> list[Hit]:
    hits = []
    for m in _PROVIDER_IS.finditer(norm.text):
        tok = m.group(1).rstrip(".")
        start, end = norm.span(m.start(1), m.start(1) + len(tok))
        final = bool(FINAL.match(norm.text, m.start(1) + len(tok)))
        if looks_like_handle(tok, norm.original[start:end], True, final):
            hits.append(("email", "looks like an email address", start, end))
    return hits


def find_emails(norm: Norm) -> list[Hit]:
    hits: list[Hit] = []
    if not _MAYBE_EMAIL.search(norm.text):
        return hits
    for pattern in (_EMAIL, _EMAIL_SPELLED, _EMAIL_PROVIDER):
        for m in pattern.finditer(norm.text):
            span = m.span(1) if pattern.groups else m.span()
            hits.append(("email", "looks like an email address", *norm.span(*span)))
    return hits + _provider_usernames(norm)


# --- links and handles ---------------------------------------------------------------------------
# A link starts at a token start and takes the whole dotted token at once (possessive), so a long
# "a.b.c.d..." cannot make the scan quadratic; the top-level domain is checked afterwards.
_URL = re.compile(
    r"(?<![\w.@/-])(?:https?://[^\s<>\"]+|www\.[^\s<>\"]+"
    r"|[a-z0-9][a-z0-9-]*+(?:\.[a-z0-9-]++)++(?:/[^\s<>\"]*)?)"
)
_TLDS = words(
    "com org net uk io me ly ee info biz app dev au ca nz ie de fr za us tv gg link site online "
    "blog xyz page art social to sh co in edu gov shop store space ai tech"
)
_URL_TRAILING = ".,!?;:)]}'\""


# Published support services (the same resources the app shows): a link to them identifies nobody.
_SUPPORT_SITES = (
    "thehotline.org",
    "loveisrespect.org",
    "988lifeline.org",
    "rainn.org",
    "crisistextline.org",
    "womensaid.org.uk",
    "refuge.org.uk",
    "nationaldahelpline.org.uk",
    "samaritans.org",
    "mind.org.uk",
    "respectphoneline.org.uk",
    "mensadviceline.org.uk",
    "galop.org.uk",
    "childline.org.uk",
    "nspcc.org.uk",
    "giveusashout.org",
    "hestia.org",
    "1800respect.org.au",
    "lifeline.org.au",
    "kidshelpline.com.au",
    "beyondblue.org.au",
    "womensaid.ie",
    "womensrefuge.org.nz",
    "gov.uk",
    "nhs.uk",
)


def _support_site(host: str) -> bool:
    host = host.removeprefix("https://").removeprefix("http://").removeprefix("www.")
    host = host.split("/", 1)[0]
    return any(host == site or host.endswith("." + site) for site in _SUPPORT_SITES)


def _link_span(m: re.Match[str]) -> tuple[int, int] | None:
    """The span of a real link, without trailing punctuation; None for "3.5", "e.g" or a
    published support service."""
    link = m.group()
    end = m.end() - (len(link) - len(link.rstrip(_URL_TRAILING)))
    link = link.rstrip(_URL_TRAILING)
    if not link.startswith(("http", "www.")):
        host = link.split("/", 1)[0]
        if host.rsplit(".", 1)[-1] not in _TLDS:
            return None
    if _support_site(link):
        return None
    return m.start(), end


_REDDIT = rx(r"\bu/[a-z0-9_-]{3,}")
_MAYBE_LINK = re.compile(r"[a-z0-9]\.[a-z]|://")


def find_links_and_handles(norm: Norm) -> list[Hit]:
    text, hits = norm.text, []
    if _MAYBE_LINK.search(text):
        for m in _URL.finditer(text):
            span = _link_span(m)
            if span:
                hits.append(("link", "a link or web address", *norm.span(*span)))
    hits += find_handles(norm)
    if "u/" in text:
        for m in _REDDIT.finditer(text):
            hits.append(("handle", "a social media handle", *norm.span(*m.span())))
    return hits


# --- licence plates ------------------------------------------------------------------------------
_UK_PLATE = re.compile(r"\b[A-Z]{2}\d{2} ?[A-Z]{3}\b")
# After a plate word and whatever people put between ("reg -", "plates say", "Texas plates,",
# "plate's"), up to four groups of letters and digits joined by spaces, dots or hyphens:
# "yx19 ftd", "161-D-12345", "DL 3C AB 1234", "ABC.123".
_CUED_PLATE = rx(
    r"\b(?:reg|rego|registration|plate|plates|number plate|licen[cs]e plate|tag|tags)"
    r"(?: number| no\.?)?(?:[']s)?(?: ?(?:is|was|:|-|,|=|says?|reads?|of)(?= ))*+ "
    r"([a-z0-9]{1,4}(?:[ .-]?[a-z0-9]{1,5}){0,3})\b"
)


def _plate_length(raw: str) -> int:
    """How much of `raw` (as written) is a plate: groups are kept while each holds a digit, is in
    capitals, or is a short run with no vowel ("ftd"), so "plate ABC-1234 in Georgia" stops before
    "in" and "registration is due in 2 weeks" is no plate at all. 0 when there is none."""
    kept, length = "", 0
    for group in raw.split(" "):
        low = group.lower()
        plate_ish = re.search(r"\d", group) or group.isupper() or not re.search(r"[aeiouy]", low)
        if not plate_ish or low in STOP:
            break
        kept += re.sub(r"[.-]", "", group)
        length += len(group) + (1 if length else 0)
    ok = 4 <= len(kept) <= 10 and re.search(r"\d", kept) and re.search(r"[A-Za-z]", kept)
    return length if ok else 0


def find_plates(norm: Norm) -> list[Hit]:
    hits = [
        ("plate", "looks like a licence plate", *m.span())
        for m in _UK_PLATE.finditer(norm.original)
    ]
    for m in _CUED_PLATE.finditer(norm.text):
        start, end = norm.span(*m.span(1))
        length = _plate_length(norm.original[start:end])
        if length:
            hits.append(("plate", "looks like a licence plate", start, start + length))
    return hits


def find_identifying(norm: Norm) -> list[Hit]:
    """All identifying-information hits in a message (original-text offsets)."""
    hits = [("phone", "looks like a phone number", s, e) for s, e in find_phones(norm.original)]
    for s, e in find_spelled_phones(norm.text):
        hits.append(("phone", "looks like a phone number", *norm.span(s, e)))
    detectors: tuple[Callable[[Norm], list[Hit]], ...] = (
        find_emails,
        find_links_and_handles,
        find_addresses,
        find_names,
        find_plates,
        find_workplaces,
        find_families,
        find_more_families,
        find_loose_families,
        find_identifying_more,
        find_loose_numbers,
        find_identifying_world,
        find_workplace_more,
    )
    for detect in detectors:
        hits += detect(norm)
    return hits
