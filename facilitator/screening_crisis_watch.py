"""Crisis rules, round three: the abuser's words turned on oneself ("he always said kys and lately
that's all I hear"), "the only thing stopping me is the kids", "the world is better off without
people like me", "why bother living", stockpiling medicine, and "I shouldn't be here" said as a
belief. The learned stage catches most indirect wording; these are shapes it kept missing.
Guards drop negation, a past the writer has come through, other people's stories and fiction.
"""

from __future__ import annotations

from .screening_context import quoted_fiction
from .screening_guards import crisis_in_past, negated, third_person
from .screening_guards_more import as_prescribed
from .screening_text import Rule, any_rx

_TURNED_INWARD = (
    r"\b(?:kys|kms|kill (?:yourself|urself)|end it|do everyone a favou?r)\b[^.!?]{0,60}\b(?:lately"
    r"|starting to|i think (?:he|she|maybe)|considering|i might|maybe i should|all i (?:hear|think)"
    r"|in my head|(?:he|she) (?:was|is|had a|might be) (?:right|point)|i agree)\b",
    r"\b(?:(?:he|she|they) (?:always )?(?:said|says|told me)|(?:he|she)'s right)\b[^.!?]{0,40}"
    r"\b(?:i (?:should|shouldn't|don't deserve to) (?:be here|be alive|exist|live|die))\b"
    r"(?=[^.!?]*\b(?:starting|right|agree|believe|lately|maybe)\b)",
    r"\b(?:believe|think|feel|know|starting to think) (?:that )?i (?:shouldn't|should not)"
    r" (?:be here|exist|be alive)\b",
)
_HOLDING_ON = (
    r"\b(?:only|one) (?:thing|reason|person|people)s? (?:stopping|keeping|holding) me\b(?!"
    r" (?:from (?:quitting|leaving (?:my|the|this) job|moving)|sane|together|grounded|on track"
    r"|busy|steady))",
    r"\b(?:the )?(?:world|everyone|they|my (?:kids|family|children))(?:'d| would| will|'s| is"
    r"| are)?(?: be)? better off without (?:people|someone|anyone) like me\b",
    r"\b(?:why|what's the point of|what is the point of|no point in|why even) (?:bother )?(?:living"
    r"|being alive|staying alive|carrying on|going on|existing|waking up)\b",
)
_STOCKPILE = (
    r"\b(?:saving|saved|stockpil\w*|hoard\w*|collecting|collected|stash\w*|keeping|kept) (?:up )?"
    r"(?:all )?(?:my|the|of my)? ?(?:pills|tablets|meds|medication|prescriptions?|zopiclone"
    r"|sleeping pills|painkillers|insulin|antidepressants)\b(?! (?:in a|in the) (?:safe|locked))",
)
_GUARDS = (negated, crisis_in_past, third_person, quoted_fiction)

RULES: tuple[Rule, ...] = (
    # No third-person guard: the pattern itself needs the writer taking the words on ("lately").
    Rule(
        "crisis",
        "suicidal_ideation",
        "may be wishing not to live",
        any_rx(_TURNED_INWARD),
        (negated, crisis_in_past, quoted_fiction),
    ),
    Rule(
        "crisis", "suicidal_ideation", "may be holding on by a thread", any_rx(_HOLDING_ON), _GUARDS
    ),
    Rule(
        "crisis",
        "suicide_plan",
        "may be collecting the means",
        any_rx(_STOCKPILE),
        (*_GUARDS, as_prescribed),
    ),
)
