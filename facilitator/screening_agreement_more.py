"""More agreement rules: the everyday phrasings of blame, minimising, shaming, defending and advice
that screening_agreement missed on unseen batches ("you literally went back to him twice, what did
you think would happen", "being shouted at isn't really abuse", "he's a good father though",
"change your number and move on").

Flagged quietly, so still precision first: each pattern is aimed at the member being answered,
and the usual guards drop what was said to the writer and the writer's own old self-talk.
"""

from __future__ import annotations

from .screening_agreement import hypothetical
from .screening_guards import negated, reported
from .screening_text import Rule, any_rx, rx, sentence_bounds

_BLAME = (
    r"\b<YOU> (?:literally |did |still |actually |really )?(?:went back|go back|stayed|stay|married"
    r"|chose|picked|moved in|took (?:him|her) back)\b[^.!?]{0,40}(?:\bwhat did <YOU>"
    r" (?:think|expect)|\bso\W*$|\bknowing\b|\btwice\b|\b\d+ times\b|\b(?:three|four|five)"
    r" times\b|\bfor (?:\w+ )?years so\b)",
    r"\bwhat did <YOU> (?:think|expect) (?:would|was going to) happen\b|\b<YOU> did (?:go back|stay"
    r"|marry|choose|pick|let (?:him|her))\b",
    r"\b<YOU> keep (?:picking|choosing|going for|dating) the same\b|\b<YOU> (?:kind of |kinda |sort"
    r" of |basically )?walked (?:right )?into (?:that|it|this)\b",
    r"\bnobody (?:forced|made) <YOU> (?:to )?(?:stay|go back|marry|date|move in)\b|\bknowing what"
    r" (?:he|she) was like\b",
    r"\b<YOU> ignored (?:every|all the|all of the|so many) (?:red )?(?:flags?|signs|warnings)\b",
    r"\b<YOURE> (?:just )?(?:as bad as|no better than|worse than) (?:him|her)\b|\bwhat kind of"
    r" (?:mother|mum|mom|woman|man|parent|person) (?:stays|goes back|lets|puts up)\b",
    r"\b(?:seems|sounds|looks) like <YOU> (?:enjoy|like|love|want) (?:the )?(?:drama|attention"
    r"|chaos)\b|\b<YOU> (?:sound|seem) like <YOU> still (?:love|want|miss) (?:him|her)\b",
    r"\bwhy didn't <YOU> (?:just )?(?:walk out|run|call the police|go to the police"
    r"|tell someone)\b",
)
_MINIMISE = (
    r"\bat least (?:he|she|they) (?:paid|did|was|were|had|bought|helped|looked after|provided|gave"
    r"|let|worked)\b",
    r"(?:^|[.!?,]\s*)could (?:be|have been|'ve been) worse\b",
    r"\b(?:isn't|is not|wasn't|was not|not) (?:really |actually |technically |even |proper |real )?"
    r"(?:abuse|abusive|domestic violence)\b(?=[^.!?]*\b(?:everyone|just|only|tbh|though|really)\b)",
    r"\bonly verbal\b|\bnot the same as (?:real |actual |proper )?abuse\b"
    r"|\beveryone (?:shouts|argues|fights|yells)\b",
    r"\b(?:to be fair|tbf|in fairness),? (?:he|she) (?:did|has|was|is)\b",
    r"\bsome (?:women|people|of us|members|here)\b[^.!?]{0,30}\b(?:been through (?:way |much |so"
    r" much |far )?(?:more|worse)|had it (?:way |much |far )?worse)\b",
    r"\bmore (?:like )?(?:a )?toxic (?:relationship )?than (?:actual |real )?abuse\b",
)
_SHAME = (
    r"\b(?:that's|thats|that is|it's|its) (?:a bit |so |really |kinda |just |honestly |pretty )?"
    r"(?:pathetic|ridiculous|weak)\b(?! of (?:him|her))",
)
_DEFEND = (
    r"\b(?:he's|she's|he is|she is) (?:clearly |obviously |still |actually )?a (?:good|great"
    r"|lovely|decent) (?:dad|father|mum|mother|parent)\b",
    r"\bdon't take (?:the kids|them|the children|the baby) (?:from|away from) (?:him|her)\b"
    r"|\bthe kids need (?:him|her|their dad|their father)\b",
)
_ADVICE = (
    r"(?:^|[.!?,]\s*)tell (?:him|her) to (?:get lost|go away|leave|piss off|back off|stop)\b",
    r"(?:^|[.!?,]\s*|\bjust |\bhonestly )(?:change your (?:number|locks|email)|move (?:away|out"
    r"|house)|get (?:a|an) (?:injunction|order|solicitor|lawyer|restraining order))\b",
    r"\b(?:and|then) (?:block|dump|report|delete|ditch) (?:him|her|them|his number)\b(?=[^.!?]*"
    r"$)",
)
_NOT_MY_PARTNER = rx(r"\bmy (?:new |current )?(?:partner|husband|hubby|boyfriend|bf|fiance|dad)\b")


def my_own_people(text: str, start: int, end: int) -> bool:
    """ "My new partner is a great dad": praise of the writer's own family, not a defence."""
    left, right = sentence_bounds(text, start, end)
    return bool(_NOT_MY_PARTNER.search(text, max(0, left - 80), right))


_FIRST_PERSON_ACT = rx(r"\b(?:i|i'd|i've|we)\b[^.!?]{0,30}$")


def writer_did_it(text: str, start: int, end: int) -> bool:
    """ "I had to leave and block him": the writer's own act, not an instruction."""
    left, _ = sentence_bounds(text, start, end)
    return bool(_FIRST_PERSON_ACT.search(text, left, start))


def _rule(label: str, reason: str, patterns: tuple[str, ...], guards: tuple) -> Rule:
    return Rule("agreement", label, reason, any_rx(patterns), guards)


RULES: tuple[Rule, ...] = (
    _rule("victim_blaming", "may blame a member for their abuse", _BLAME, (negated, reported)),
    _rule("minimising", "may minimise a member's experience", _MINIMISE, (reported,)),
    _rule("shaming", "may shame a member", _SHAME, (negated, reported)),
    _rule("defending_abuser", "may excuse or defend an abuser", _DEFEND, (reported, my_own_people)),
    _rule(
        "unsolicited_advice",
        "tells a member what to do",
        _ADVICE,
        (negated, reported, hypothetical, writer_did_it),
    ),
)
