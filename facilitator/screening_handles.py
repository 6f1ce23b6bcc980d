"""Social media handles and email usernames given next to a platform or provider word.

"my snap is hollyb_22" is easy; people also write "my tt is softgirlrecovery", "add me on
discord, moonlitmara", "x: @quietlyhealing_", "I post on tiktok as gentlegemmaa", "yt channel:
HealingOutLoud", "my hotmail is lisaxlou". So after a platform word we skip the joiners people put
in between ("is", "it's", "as", "under", ":", "-", ",") and judge the first real token: a handle
has a digit, underscore, dot or "@", is written in CamelCase, or is a long run of letters that ends
the clause and does not read like an ordinary word ("my insta is private", "my discord is mostly
gaming friends"). A bare "@Sam" with no platform word is how members address each other and is left
alone.
"""

from __future__ import annotations

import re

from .screening_text import Norm, rx
from .screening_words import STOP, words

Hit = tuple[str, str, int, int]
REASON = "a social media handle"

_PLATFORM = (
    r"(?:snap(?:chat)?|sc|insta(?:gram)?|ig|tiktok|tik tok|tt|twitter|fb|facebook|discord|telegram"
    r"|tele|kik|reddit|threads|bluesky|bsky|youtube|yt|twitch|tumblr|pinterest|onlyfans|signal"
    r"|x\.com|whatsapp|username|user name|handle|gamertag|psn|xbox|steam|linkedin|venmo|cashapp"
    r"|paypal|wattpad|substack|medium|spotify|soundcloud|vinted|depop|ebay)"
)
# "x" is also a kiss and a letter, so it counts as a platform only in handle-shaped company:
# "x: @name", "x - @name", "on x as ...", "twitter/x", "x (twitter)".
_X = (
    r"(?:\bx(?= ?[:=-] ?@| @)|\bon x(?=[,:]? \(?(?:as|i'm|im|it's|its|@|[a-z0-9.]*_))"
    r"|\btwitter ?/ ?x\b"
    r"|\bx ?/ ?twitter\b)"
)
PLATFORM_NEAR = rx(r"\b" + _PLATFORM + r"\b|" + _X)
_AT_HANDLE = rx(r"(?<![\w.])@[a-z0-9_][a-z0-9_.]{1,29}")
# Words between the platform and the handle. The possessive keeps the scan linear.
_AFTER = re.compile(
    r"(?:\s?(?:name|channel|acc|account|handle|username|user name|id|page|profile|tag))?"
    r"((?:\s*+(?:[:=,(\-]|is\b|'s\b|it's\b|its\b|as\b|under\b|called\b|i'm\b|im\b|me\b))*+)"
    r"\s*(@?)\s?([a-z0-9_.#]{3,30})"
)
# Ordinary words that follow "my insta is ..." and end the clause without being a username.
_NOT_HANDLE = words(
    """
    private public locked deleted blocked gone down same new old open closed dead inactive hacked
    banned suspended disabled archived weird awful amazing full empty private anonymous anon fine
    quiet rubbish useless boring dormant there here mine his hers theirs yours everything nothing
    anything dead different separate secret hidden linked public compromised offline online
    deactivated restricted limited through anymore again tonight today yesterday tomorrow
    sometimes everywhere somewhere nowhere please thanks thank hello sorry though too also
    instead either whatsapp facebook instagram snapchat tiktok twitter discord telegram youtube
    reddit signal threads messenger account accounts profile page channel group groups chat chats
    story stories posts photos pics videos friends followers messages message dms notifications
    settings password login email number phone location app apps site website
    patchy spotty dodgy weak poor terrible shocking unreliable slow laggy glitchy
    """
)
# "follow me on tiktok healingwithkels": an invitation joins the platform and the name.
_ASKED = rx(
    r"\b(?:follow|add|find|message|dm|hmu|hit me up|look me up)(?: me| us)? on (?:my )?"
    r"(?:\w+ ?){1,2}$"
)
_WORDY_END = ("ly", "ed", "ful", "ous", "ive", "less", "ness", "tion", "ment")
FINAL = re.compile(
    r"\s*(?:$|[^\w\s']|(?:if|x+|lol|pls|please|add|dm|follow|message|msg|and|or|too|btw|haha)\b)"
)
_SHAPED = re.compile(r"(?<![\w.@/])[a-z][a-z0-9]+(?:[._][a-z0-9]+)+(?![\w@/])")
_CAMEL = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*|[a-z]+[A-Z][A-Za-z]*")


def looks_like_handle(tok: str, raw: str, joined: bool, final: bool) -> bool:
    """Is `tok` (lower case; `raw` as written) a username rather than an ordinary word?"""
    if tok in STOP or tok in _NOT_HANDLE or len(tok) < 3:
        return False
    if re.search(r"[0-9_#]", tok) or "." in tok[1:-1]:
        return True
    if not joined:
        return False
    if _CAMEL.fullmatch(raw):
        return True
    # "-ing" and plural "-s" words read as handles only when long ("recoveringrachel").
    wordy = tok.endswith(_WORDY_END) or (tok.endswith("ing") and len(tok) <= 11)
    wordy = wordy or (tok.endswith("s") and not tok.endswith("ss") and len(tok) <= 9)
    return len(tok) >= 6 and final and not wordy


def _handle_after(norm: Norm, end: int) -> Hit | None:
    """The handle that follows a platform word ending at `end`, if any."""
    text = norm.text
    m = _AFTER.match(text, end, min(len(text), end + 60))
    if not m:
        return None
    tok = m.group(3).rstrip(".")
    start = m.start(3)
    stop = start + len(tok)
    o_start, o_end = norm.span(start, stop)
    raw = norm.original[o_start:o_end]
    at = bool(m.group(2))
    joined = at or bool(m.group(1).strip()) or text[end : end + 1] == ","
    joined = joined or bool(_ASKED.search(text, max(0, end - 40), end))
    final = bool(FINAL.match(text, stop))
    if (at and tok not in STOP and len(tok) >= 2) or looks_like_handle(tok, raw, joined, final):
        return ("handle", REASON, o_start - at, o_end)
    return None


def find_handles(norm: Norm) -> list[Hit]:
    """Handles after a platform word, and "@name" with a platform word near it."""
    text, hits = norm.text, []
    platforms = list(PLATFORM_NEAR.finditer(text))
    if not platforms:
        return hits
    for m in platforms:
        hit = _handle_after(norm, m.end())
        if hit:
            hits.append(hit)
    # "my insta is the same as my name, jordan.mcallister": a dotted or underscored name a
    # little after the platform word, with other words between.
    for m in _SHAPED.finditer(text, platforms[0].end(), platforms[-1].end() + 60):
        hits.append(("handle", REASON, *norm.span(*m.span())))
    if "@" in text:
        for m in _AT_HANDLE.finditer(text):
            window = text[max(0, m.start() - 40) : m.end() + 40]
            if PLATFORM_NEAR.search(window):
                hits.append(("handle", REASON, *norm.span(*m.span())))
    return hits
