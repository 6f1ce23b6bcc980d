"""Text plumbing shared by the screening rules: normalisation, pattern macros, context checks.

Rules match against a *normalised* copy of the message (lower case, straight quotes, long letter
runs shortened) so that one pattern covers "IM SOOOO DONE" and "i'm soo done". Every finding must
still point at the sender's own text, so the normaliser keeps an index map back to the original.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

# Curly quotes, backticks and the various dashes people's phones insert all become ASCII, so a
# pattern never has to list them. Each replacement is one character, so offsets are unchanged.
_CHAR_MAP = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
    }
)
# Three or more of the same letter ("pleeease", "killl") shorten to two: real words rarely hold
# more than two in a row, and two keeps "sorry", "kill", "feel" intact.
_REPEATS = re.compile(r"([a-z])\1{2,}")


@dataclass(frozen=True, slots=True)
class Norm:
    """A normalised message and the map from its indices back to the original text."""

    original: str
    text: str
    index: tuple[int, ...] | None  # None when normalisation kept every offset

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original-text offsets of the normalised span [start, end)."""
        if self.index is None:
            return start, end
        # The end is where the *next* normalised character came from, so a shortened run
        # ("killll") is reported whole.
        stop = self.index[end] if end < len(self.index) else len(self.original)
        return self.index[start], stop


def normalise(text: str) -> Norm:
    """Lower-case and tidy `text` for matching, keeping a way back to original offsets."""
    lowered = text.translate(_CHAR_MAP).lower()
    if len(lowered) != len(text):
        # A few characters (e.g. "İ") change length when lower-cased; keep those as they were so
        # the offsets stay aligned.
        lowered = "".join(
            c.lower() if len(c.lower()) == 1 else c for c in text.translate(_CHAR_MAP)
        )
    if not _REPEATS.search(lowered):
        return Norm(text, lowered, None)
    chars: list[str] = []
    index: list[int] = []
    pos = 0
    for m in _REPEATS.finditer(lowered):
        chars.extend(lowered[pos : m.start() + 2])
        index.extend(range(pos, m.start() + 2))
        pos = m.end()
    chars.extend(lowered[pos:])
    index.extend(range(pos, len(lowered)))
    return Norm(text, "".join(chars), tuple(index))


# Macros keep the rule tables readable. Apostrophes in a pattern are optional ("dont", "im",
# "hes") because chat rarely has them.
MACROS: dict[str, str] = {
    # people who might hurt the writer: pronouns and the roles members use for an abuser
    "<REL>": (
        r"(?:ex[- ]?)?(?:husband|hubby|wife|partner|boyfriend|bf|girlfriend|gf|fiance|fiancee"
        r"|dad|father|stepdad|step[- ]dad|mum|mom|mother|stepmum|stepmom|step[- ]mum|brother"
        r"|uncle|boss|abuser|landlord)"
    ),
    "<S>": (
        r"(?:he|she|they|my ex|the ex|my <REL>|(?:his|her|my ex's|my <REL>'s) (?:mates|friends"
        r"|brother|sister|mum|mom|dad|family|cousin|new (?:girlfriend|gf|boyfriend|bf|partner"
        r"|wife)))"
    ),
    # the narrower set used where family visits are ordinary ("my mum is coming over")
    "<AB>": (
        r"(?:he|she|my ex|the ex|my (?:ex[- ]?)?(?:husband|hubby|wife|partner|boyfriend|bf"
        r"|girlfriend|gf|fiance|fiancee|abuser))"
    ),
    "<HIS>": r"(?:his|her|their|my ex'?s|my <REL>'?s)",
    "<KIDS>": (
        r"(?:kids|kid|children|child|son|daughter|baby|babies|boy|girl|boys|girls|little one"
        r"|little ones|little brother|little sister|toddler)"
    ),
    "<YOU>": r"(?:you|u|ya|yu)",
    # "want" as typed in a hurry
    "<WANT>": r"(?:want|wnat|wnt|wamt|wan|wana|wanna|wanted|wanting|wabt)",
    "<YOURE>": r"(?:you'?re|you are|your|ur|u r|youre)",
    # short fillers: "he's (just|really|still) outside"
    "<ADV>": r"(?:(?:just|really|still|now|literally|actually|already|always|even|probably)\s+)?",
}


def expand(source: str) -> str:
    """Expand <MACROS> (twice, so macros may nest), make apostrophes optional and let a space
    outside a character class match any run of whitespace."""
    for _ in range(2):
        for key, value in MACROS.items():
            source = source.replace(key, value)
    source = source.replace("'?", "'").replace("'", "'?")
    out: list[str] = []
    in_class = escaped = False
    for i, ch in enumerate(source):
        if ch == "?" and out and out[-1] == r"\s+" and source[i - 1] == " ":
            out[-1] = r"\s*"  # " ?" means an optional space
            continue
        if ch == " " and not in_class and not escaped:
            out.append(r"\s+")
        else:
            out.append(ch)
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "[":
            in_class = True
        elif ch == "]":
            in_class = False
    return "".join(out)


def rx(source: str) -> re.Pattern[str]:
    """Compile a rule pattern after macro expansion."""
    return re.compile(expand(source))


def any_rx(sources: Iterable[str]) -> re.Pattern[str]:
    """One alternation of several patterns, each wrapped so its own `|` stays local."""
    return rx("|".join(f"(?:{s})" for s in sources))


# Clause and sentence limits for context checks. A clause stops at punctuation or a conjunction
# that usually starts a new thought ("i don't know why *but* i want to die").
_SENTENCE_END = re.compile(r"[.!?\n;]+")
_CLAUSE_BREAK = re.compile(r"[.!?\n;,:]|\b(?:but|and|though|although|because|cos|cuz|so|then)\b")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the sentence holding [start, end) in normalised text."""
    left = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        left = m.end()
    m = _SENTENCE_END.search(text, end)
    return left, (m.start() if m else len(text))


def clause_before(text: str, start: int, limit: int = 60) -> str:
    """The part of the current clause that comes before `start` (at most `limit` chars)."""
    window = text[max(0, start - limit) : start]
    cut = 0
    for m in _CLAUSE_BREAK.finditer(window):
        cut = m.end()
    return window[cut:]


Guard = Callable[[str, int, int], bool]
"""A guard looks at the normalised text and a match span and returns True to drop the match."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One screening rule: a pattern plus the guards that veto false alarms."""

    category: str
    label: str
    reason: str
    pattern: re.Pattern[str]
    guards: tuple[Guard, ...] = ()
    group: int | str = 0  # which regex group is the reported span


def run_rules(rules: Iterable[Rule], text: str) -> Iterable[tuple[Rule, int, int]]:
    """Yield (rule, start, end) for every unvetoed match in normalised `text`."""
    for rule in rules:
        for m in rule.pattern.finditer(text):
            start, end = m.span(rule.group)
            if start < 0 or start == end:
                continue
            if any(guard(text, start, end) for guard in rule.guards):
                continue
            yield rule, start, end
