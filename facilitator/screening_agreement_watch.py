"""Agreement rules, round three: judgements of a member, advice "if I were you", minimising ("it
was only words", "one slap isn't abuse"), defending the abuser ("he can't be all bad", "see it from
his side"), and shaming ("you lot are so dramatic", "I'm sick of hearing about him").

Same stance as screening_agreement: a reply aimed at someone ("you ..."), not what the writer
reports was said to them, and negation drops the hit ("you're not overreacting").
"""

from __future__ import annotations

from .screening_agreement import hypothetical
from .screening_agreement_more import my_own_people, writer_did_it
from .screening_guards import negated, reported
from .screening_text import Rule, any_rx, rx

_JUDGE = (
    r"\b(?:you're|youre|you are|ur|u r) (?:just |being |so |too |a bit |kinda |really |such an? )*"
    r"(?:soft|naive|weak|dramatic|sensitive|obsessed|overreacting|overthinking|paranoid|pathetic"
    r"|gullible|desperate|needy|attention seeking|making (?:it|this) up|exaggerating"
    r"|addicted to (?:drama|him|her)|the problem|choosing this|as bad as (?:him|her))\b",
    r"\b(?:your problem is|the problem is you|maybe you're the problem|you (?:keep|kept) choosing"
    r"|you(?: lot)? are (?:so |all )?dramatic|(?:be honest|admit it),? you"
    r"|you (?:cheated|started it) first|you must have known|shouldn't you have"
    r"|you failed (?:them|the kids|your kids))\b",
)
_ADVICE = (
    r"\bi(?:'d| would)(?: have)? (?:\w+ ){1,10}?if i (?:were|was) you\b|\bif i (?:were|was) you,?"
    r" i(?:'d| would)\b|\bwhat you need is\b|\bdon't (?:go to|call|tell) the police\b",
    r"\bi(?:'d| would)(?: have)? (?:been (?:gone|out(?: of there)?|off)|left|walked|kicked"
    r" (?:him|her) out)\b[^.!?]{0,20}\b(?:the first|after the first|at the first|first time"
    r"|day one)\b",
    r"(?:^|[.!?,]\s*)(?:just |honestly |seriously )?(?:take (?:him|her) back|get a (?:solicitor"
    r"|lawyer)|tell (?:him|her) (?:you'll|you will|to))\b",
)
_MINIMISE = (
    r"\b(?:(?:it|that) was )?(?:only|just) words\b|\b(?:one|a single|a) (?:slap|push|shove)"
    r" (?:isn't|is not|isnt|doesn't make)\b|\bnot as bad as (?:you|u) (?:make|made) (?:out|it)"
    r"|\bmaking (?:it|this) bigger than it is\b",
)
_DEFEND = (
    r"\b(?:he|she) can'?t be all bad\b|\b(?:seeing|see|look at) it from (?:his|her) side\b"
    r"|\b(?:a )?decent (?:bloke|guy|man|fella|lad) who\b|\b(?:he|she) (?:just |only )?made a"
    r" mistake\b",
)
_SHAME = (
    r"\b(?:sick|tired) of (?:hearing|reading) about (?:him|her|your ex|it)\b|\bstop making (?:it"
    r"|everything) (?:all )?about you\b|\bwhining won'?t help\b",
)
# "I think you're exaggerating" is an opinion given to a member, not self-talk or a report.
_OPINION = rx(
    r"\b(?:i|i just|i honestly|honestly i) (?:think|reckon|feel like|feel|believe)(?: that)? $"
)


def said_to_writer(text: str, start: int, end: int) -> bool:
    """Reported speech or self-talk, but not "I think you're ..." said to a member."""
    if _OPINION.search(text, max(0, start - 30), start):
        return False
    return reported(text, start, end)


_GUARDS = (negated, said_to_writer)

RULES: tuple[Rule, ...] = (
    Rule("agreement", "shaming", "may shame a member", any_rx(_JUDGE), _GUARDS),
    Rule(
        "agreement",
        "unsolicited_advice",
        "tells a member what to do",
        any_rx(_ADVICE),
        (*_GUARDS, hypothetical, writer_did_it),
    ),
    Rule(
        "agreement", "minimising", "may minimise a member's experience", any_rx(_MINIMISE), _GUARDS
    ),
    Rule(
        "agreement",
        "defending_abuser",
        "may excuse or defend an abuser",
        any_rx(_DEFEND),
        (reported, my_own_people),
    ),
    Rule("agreement", "shaming", "may shame a member", any_rx(_SHAME), _GUARDS),
)
