"""Identifying information: phone numbers, emails, addresses, names, handles, links, plates,
and a workplace or school named together with a town.

Each detector returns (label, reason, start, end) with offsets into the *original* text. Some
checks need the original capitalisation (a name or a town is usually capitalised, a sentence start
is not a name), so detectors get both the normalised and the original text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .screening_names import find_names
from .screening_phone import find_phones
from .screening_phone_words import find_spelled_phones
from .screening_places import find_addresses
from .screening_text import Norm, rx
from .screening_words import STOP, words
from .screening_workplace import find_workplaces

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
    r"|sky|ymail|gmx|zoho"
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


def find_emails(norm: Norm) -> list[Hit]:
    hits: list[Hit] = []
    if not _MAYBE_EMAIL.search(norm.text):
        return hits
    for pattern in (_EMAIL, _EMAIL_SPELLED, _EMAIL_PROVIDER):
        for m in pattern.finditer(norm.text):
            span = m.span(1) if pattern.groups else m.span()
            hits.append(("email", "looks like an email address", *norm.span(*span)))
    return hits


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


_PLATFORM = (
    r"(?:snap(?:chat)?|sc|insta(?:gram)?|ig|tiktok|tik tok|tt|twitter|fb|facebook|discord|telegram"
    r"|kik|reddit|threads|bluesky|bsky|youtube|yt|twitch|tumblr|pinterest|onlyfans|signal|x\.com"
    r"|whatsapp|username|user name|handle|gamertag|psn|xbox|steam|linkedin|venmo|cashapp|paypal)"
)
_PLATFORM_NEAR = rx(r"\b" + _PLATFORM + r"\b")
_AT_HANDLE = rx(r"(?<![\w.])@[a-z0-9_][a-z0-9_.]{1,29}")
# "my snap is hollyb_22", "sc: mellybelle03", "discord moth#4421": a platform word, a joiner,
# then a token that looks like a username (has a digit, underscore, dot or #).
_NAMED_HANDLE = rx(
    r"\b"
    + _PLATFORM
    + r"(?: name)?(?: me| us)?(?:[']s| is| =| -| id is)?[:,]? ?(?:is |it's |its |me |i'm |im )?"
    r"@?([a-z0-9_.]*[0-9_.#][a-z0-9_.#]*[a-z0-9])\b"
)
# Words that follow "my insta is ..." but are not usernames.
_HANDLE_STOP = words(
    "private public locked deleted blocked gone down same new old open closed dead inactive "
    "hacked banned suspended disabled archived weird awful amazing full empty"
)
# "[']s", not "'s": rx() makes a bare apostrophe optional, and "snap sometimes" is not a handle.
_PLATFORM_IS = rx(
    r"\b" + _PLATFORM + r"(?: name)? ?(?:is|:|[']s|it[']s) ?@?([a-z][a-z0-9]{5,29})\b"
)
_REDDIT = rx(r"\bu/[a-z0-9_-]{3,}")


_MAYBE_LINK = re.compile(r"[a-z0-9]\.[a-z]|://")


def find_links_and_handles(norm: Norm) -> list[Hit]:
    text, hits = norm.text, []
    if _MAYBE_LINK.search(text):
        for m in _URL.finditer(text):
            span = _link_span(m)
            if span:
                hits.append(("link", "a link or web address", *norm.span(*span)))
    platform = _PLATFORM_NEAR.search(text)
    if platform and "@" in text:
        hits += _at_handles(norm)
    if platform:
        hits += _named_handles(norm)
    if "u/" in text:
        for m in _REDDIT.finditer(text):
            hits.append(("handle", "a social media handle", *norm.span(*m.span())))
    return hits


def _at_handles(norm: Norm) -> list[Hit]:
    text, hits = norm.text, []
    for m in _AT_HANDLE.finditer(text):
        # A bare "@Sam" is how members address each other; only a platform word makes it a handle.
        window = text[max(0, m.start() - 40) : m.end() + 40]
        if _PLATFORM_NEAR.search(window):
            hits.append(("handle", "a social media handle", *norm.span(*m.span())))
    return hits


def _named_handles(norm: Norm) -> list[Hit]:
    """ "my snap is hollyb_22": a username right after a platform word."""
    hits = []
    for pattern in (_NAMED_HANDLE, _PLATFORM_IS):
        for m in pattern.finditer(norm.text):
            if m.group(1) not in STOP and m.group(1) not in _HANDLE_STOP:
                hits.append(("handle", "a social media handle", *norm.span(*m.span(1))))
    return hits


# --- licence plates ------------------------------------------------------------------------------
_UK_PLATE = re.compile(r"\b[A-Z]{2}\d{2} ?[A-Z]{3}\b")
_CUED_PLATE = rx(
    r"\b(?:reg|rego|registration|plate|plates|number plate|licen[cs]e plate|tag|tags)"
    r"(?: number| no)?"
    r"(?: is|:|'s| was)? ([a-z0-9]{1,4}[ -]?[a-z0-9]{2,4})\b"
)


def find_plates(norm: Norm) -> list[Hit]:
    hits = [
        ("plate", "looks like a licence plate", *m.span())
        for m in _UK_PLATE.finditer(norm.original)
    ]
    for m in _CUED_PLATE.finditer(norm.text):
        plate = m.group(1)
        if re.search(r"\d", plate) and re.search(r"[a-z]", plate):
            hits.append(("plate", "looks like a licence plate", *norm.span(*m.span(1))))
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
    )
    for detect in detectors:
        hits += detect(norm)
    return hits
