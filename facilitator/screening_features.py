"""Features for the learned screening stage: words, word classes, negation and time cues.

A message becomes a set of short strings; the model (screening_model) sums one weight per string.
Besides words and word pairs, each word is also seen through its class (screening_lexicon), so
"my husband just pulled into the drive" yields "#ABUSER #NOW", "#ARRIVE into", "the #NEAR" and
the sentence-level pair "#ABUSER&#NEAR", which the model has seen many times in other words.
Negation ("not", "never" up to three words back), past / safety / joke / fiction / everyday-scene
cues reuse the rule guards' patterns, so the model can learn that "years ago ... I'm safe now"
outweighs "he threatened me".
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .screening_context import _BENIGN
from .screening_explained import _EXPLAINED, _HYPERBOLE
from .screening_guards import (
    _CAUTIOUS,
    _CRISIS_PAST,
    _DANGER_PAST,
    _DANGER_SAFE,
    _FICTION,
    _JOKE,
    _MUNDANE,
    _NOW_STRONG,
    _RECOVERED,
    _UNREAL,
)
from .screening_lexicon import EXPANSIONS, NAME_VERBS, NEGATORS, NOT_NAMES, WORD_CLASSES
from .screening_text import _CHAR_MAP, rx
from .screening_words import FIRST_NAMES, NOT_SURNAME, STOP

# Words (with an inner apostrophe), a few emoji people use for jokes, and sentence ends.
_TOKEN = re.compile(
    r"[A-Za-z0-9]+(?:'[A-Za-z]+)*|[\U0001f602\U0001f923\U0001f480\U0001f62d]|[.!?\n]|[,;:]"
)
_CLAUSE_WORDS = frozenset(("but", "though", "although", "because", "cos", "so"))
_REPEATS = re.compile(r"([a-z])\1{2,}")
_CAPITALISED = re.compile(r"[A-Z][a-z]+")
_ABSENT = rx(
    r"\b(?:won't|will not|not going to|not gonna|not planning on|don't plan on|don't think i'll"
    r"|not) (?:be )?(?:around|here|alive|there) (?:for|to see|by|at|on|next|when|after|much)\b"
    r"|\bnone of (?:this|it) (?:will )?matters?\b|\bthis time next (?:week|month|year)\b"
    r"|\bby the time\b[^.!?]{0,40}\b(?:gone|dead|not here)\b"
)
_THROUGH = rx(r"\b(?:go|going|gone|went|goes|do|did) through with it\b|\bget it over with\b")
_LAST_WORD = rx(
    r"\b(?:last|final) (?:thing|words?|time|memory) (?:she|he|they|you|i|my \w+|the kids)"
    r" (?:will )?(?:hears?|heard|sees?|saw|remembers?|gets?|got|had)\b"
)
# Round five: the abuser's prediction or verdict taken on as true ("guess he'll be right",
# "I'll prove him right", "he knew me better than I know myself").
_PROPHECY = rx(
    r"\b(?:prove (?:him|her|them) right|(?:he|she|they)(?:'s| is| was| were|'ll be| will be"
    r"| had it| has it| got it) (?:right|correct)|(?:he|she) (?:wins|won)\b|knew me better"
    r"|(?:he|she) (?:was|is) usually right|maybe (?:he|she)(?:'s| is| was) right)"
)
_UPBEAT = rx(
    r"!!|\b(?:first time in (?:ages|years|months|forever|a long time)|game changer|so proud"
    r"|proud of myself|feels? (?:good|great|amazing|lighter)|felt (?:good|great|lighter)"
    r"|can't wait|looking forward|small wins?|little wins?|baby steps|a good day|good news"
    r"|finally (?:remembering|sleeping|slept|got|passed|booked|did)|went well|really helped"
    r"|so grateful|thank you (?:all|everyone|so much)|love this group)\b"
    r"|[\U0001f60a\U0001f642\U0001f603\U0001f604\U0001f389\U0001f64c\u2764\U0001f49b]"
)
_CUES = (
    ("q:past", _CRISIS_PAST),
    ("q:past", _DANGER_PAST),
    ("q:safe", _DANGER_SAFE),
    ("q:now", _NOW_STRONG),
    ("q:joke", _JOKE),
    ("q:fiction", _FICTION),
    # Harmless company, ordinary goodbyes, dreams and what-ifs, recovery: the contexts the rule
    # guards use to veto, offered to the model as evidence too.
    ("q:benign", _BENIGN),
    ("q:mundane", _MUNDANE),
    ("q:unreal", _UNREAL),
    ("q:cautious", _CAUTIOUS),
    ("q:recovered", _RECOVERED),
    # Round four: plain-worded plans. Not being there for something ahead, going through with
    # "it", a last word meant as the last. Offered as evidence; the model weighs them against the
    # everyday uses ("won't be around this weekend, camping").
    ("q:absent", _ABSENT),
    ("q:through", _THROUGH),
    ("q:lastword", _LAST_WORD),
    ("q:prophecy", _PROPHECY),
    # Round six: a death word as a figure of speech ("could actually die, this heat"), an alarm
    # the message explains ("a fox on the doorbell camera"), and good news or progress told
    # with some warmth ("first time in ages!!"): the rules' new vetoes, offered as evidence.
    ("q:hyperbole", _HYPERBOLE),
    ("q:explained", _EXPLAINED),
    ("q:upbeat", _UPBEAT),
)
_NEGATION_REACH = 3
_NAME = "_name_"


class Token(NamedTuple):
    """One word as the model sees it, with its sentence number and where it came from. A named
    tuple, not a dataclass: a message has dozens and they are built on every screen() call."""

    word: str
    sentence: int
    clause: int
    start: int
    end: int


def _is_name(raw: str, low: str, next_raw: str) -> bool:
    """A person's name: a known first name, or a capitalised word followed by "is", "just",
    "turned"... ("Mark is outside"), so that "Dave's car" and "Mark is outside" read alike.
    Cheap checks first: this runs on every word of every message."""
    if low in FIRST_NAMES:
        return True
    if not raw[0].isupper() or not next_raw:
        return False
    base = low.split("'")[0]  # "He's got" is a pronoun, not a name (round nine)
    return (
        next_raw.lower().removeprefix("'") in NAME_VERBS
        and bool(_CAPITALISED.fullmatch(raw))
        and base not in NOT_NAMES
        and base not in STOP
        and base not in NOT_SURNAME
    )


def _split_word(raw: str, stretched: bool = True) -> tuple[str, list[str]]:
    """Lower-case, shorten stretched letters and split a possessive: "Dave's" -> dave + s.
    `stretched` is False when the message has no letter run to shorten (skips a regex)."""
    low = raw.lower()
    if stretched:
        low = _REPEATS.sub(r"\1\1", low)
    if low in EXPANSIONS:
        return low, list(EXPANSIONS[low])
    if "'" not in low:
        return low, [low]
    if low.endswith("'s"):
        return low[:-2], [low[:-2], "s"]
    return low, [low.replace("'", "")]


_BREAKS = frozenset(".!?\n,;:")


def tokens(text: str) -> list[Token]:
    """Words of `text` (original casing is needed to spot names), sentence by sentence. A word
    read as a person's name becomes `_NAME` (its possessive "s" stays a separate word)."""
    clean = text.translate(_CHAR_MAP)
    stretched = _REPEATS.search(clean.lower()) is not None
    raw = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(clean)]
    out: list[Token] = []
    sentence = clause = 0
    last = len(raw) - 1
    for i, (word, start, end) in enumerate(raw):
        if word in _BREAKS:
            sentence += word in ".!?\n"
            clause += 1
            continue
        low, parts = _split_word(word, stretched)
        if low in _CLAUSE_WORDS:
            clause += 1
        if word[0].isalpha() and _is_name(
            word.split("'")[0], low, raw[i + 1][0] if i < last else ""
        ):
            parts = [_NAME] + parts[1:]
        for part in parts:
            out.append(Token(part, sentence, clause, start, end))
    return out


def name_spans(text: str, toks: list[Token] | None = None) -> list[tuple[int, int, bool]]:
    """(start, end, possessive) of each word read as a person's name ("Dave's" is possessive).
    `toks` are `tokens(text)` when the caller already has them."""
    toks = tokens(text) if toks is None else toks
    return [
        (t.start, t.end, text[t.start : t.end].lower().endswith(("'s", "\u2019s")))
        for t in toks
        if t.word == _NAME
    ]


def _abstract(word: str) -> str:
    classes = WORD_CLASSES.get(word)
    return classes[0] if classes else word


def _negated(toks: list[Token]) -> list[bool]:
    """Which words sit within three words after a negator, in the same clause. Their features
    are renamed ("n:die" instead of "w:die") so "I don't want to die" does not count as
    "want to die"."""
    out = [False] * len(toks)
    for i, t in enumerate(toks):
        if t.word in NEGATORS:
            for j in range(i + 1, min(len(toks), i + 1 + _NEGATION_REACH)):
                if toks[j].clause != t.clause:
                    break
                out[j] = True
    return out


_SUFFIXES = ("ing", "ed", "es", "s", "ly")
_STEMS: dict[str, str] = {}


def stem(word: str) -> str:
    """A crude stem ("released", "releasing", "releases" -> "releas"), so a form the model never
    saw still shares a feature with one it did. Cached: the vocabulary of chat is small."""
    got = _STEMS.get(word)
    if got is None:
        got = word
        for suffix in _SUFFIXES:
            if len(word) > len(suffix) + 3 and word.endswith(suffix):
                got = word[: -len(suffix)].removesuffix("e")
                break
        if len(_STEMS) < 50_000:
            _STEMS[word] = got
    return got


def _word_features(toks: list[Token], feats: set[str]) -> None:
    words = [t.word for t in toks]
    abstract = [_abstract(w) for w in words]
    neg = _negated(toks)
    for i, word in enumerate(words):
        mark = "n" if neg[i] else ""
        feats.add(f"{mark}w:{word}")
        feats.add(f"{mark}t:{stem(word)}")
        for cls in WORD_CLASSES.get(word, ()):
            feats.add(f"{mark}c:{cls}")
        if i + 1 < len(words) and toks[i + 1].sentence == toks[i].sentence:
            mark = "n" if neg[i] or neg[i + 1] else ""
            feats.add(f"{mark}b:{word} {words[i + 1]}")
            feats.add(f"{mark}a:{abstract[i]} {abstract[i + 1]}")
        if i + 2 < len(words) and toks[i + 2].sentence == toks[i].sentence:
            mark = "n" if neg[i] or neg[i + 2] else ""
            feats.add(f"{mark}s:{abstract[i]} {abstract[i + 2]}")


def _pair_features(toks: list[Token], feats: set[str]) -> None:
    """Classes that meet in one sentence, in either order ("#ABUSER&#NEAR")."""
    by_sentence: dict[int, set[str]] = {}
    for t, negated in zip(toks, _negated(toks), strict=True):
        classes = WORD_CLASSES.get(t.word)
        if classes and not negated:
            by_sentence.setdefault(t.sentence, set()).update(classes)
    for classes in by_sentence.values():
        ordered = sorted(classes)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                feats.add(f"p:{a}&{b}")


def features(text: str, lowered: str | None = None, toks: list[Token] | None = None) -> set[str]:
    """The feature strings of one message (or sentence). `lowered` is the normalised text and
    `toks` its `tokens()` when the caller already has them (screening.screen does)."""
    toks = tokens(text) if toks is None else toks
    feats: set[str] = set()
    _word_features(toks, feats)
    _pair_features(toks, feats)
    low = lowered if lowered is not None else text.translate(_CHAR_MAP).lower()
    for name, pattern in _CUES:
        if pattern.search(low):
            feats.add(name)
    if "?" in text:
        feats.add("q:question")
    return feats


_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `text`, trimmed of surrounding spaces."""
    spans = []
    for m in _SENTENCE.finditer(text):
        chunk = m.group()
        stripped = chunk.strip()
        if any(c.isalnum() for c in stripped):
            start = m.start() + chunk.index(stripped[0])
            spans.append((start, start + len(stripped)))
    return spans
