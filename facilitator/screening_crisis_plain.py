"""Crisis rules, round four: plans and goodbyes said in plain words, with no method named.

"if I don't show up thursday it's because I went through with it", "I'm not going to be around to
see the divorce finalised", "after friday none of it matters", "I'll stop bothering everyone soon",
"I wanted that to be the last thing she heard from me". Each family came with its everyday twin
in the training data ("finally going through with the name change", "won't be around this
weekend, camping"), and the guards drop those: ordinary plans and farewells, negation, a past the
writer has come through, other people's stories.
"""

from __future__ import annotations

from .screening_guards import crisis_in_past, mundane_farewell, negated, third_person
from .screening_guards_more import ordinary_plan
from .screening_text import Rule, any_rx

_THROUGH_WITH_IT = (
    r"\b(?:go|going|gonna|goin|went|gone|do|did) through with it\b",
    r"\bif (?:i|you) (?:don't|do not) (?:show up|turn up|hear from me|see me)\b[^.!?]{0,50}"
    r"\b(?:i did it|did it|went through with it|i'm gone|it's done)\b",
)
_NOT_AROUND = (
    r"\b(?:won't|will not|not going to|not gonna|i'm not going to) (?:be )?(?:around|here|alive)"
    r" (?:to see|for (?:the|my|his|her|their|our) (?:\w+ )?(?:\d+(?:st|nd|rd|th)|birthday"
    r"|results|hearing|wedding|graduation|divorce|court|christmas))\b",
    r"\b(?:after|by|come) (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday|tonight"
    r"|tomorrow|this weekend|the weekend|next week)\b,? (?:none of (?:it|this)|nothing)"
    r" (?:will )?matters?\b",
)
_LAST_WORDS = (
    r"\b(?:stop|quit) (?:bothering|burdening|bugging) (?:everyone|you all|anyone|people|you lot"
    r"|you guys)\b[^.!?]{0,15}\b(?:soon|for good|forever|permanently|much longer)\b",
    r"\b(?:last|final) (?:thing|words?) (?:she|he|they|you|my \w+|the kids|everyone)"
    r" (?:will )?(?:hear|heard|hears|get|gets|got) from me\b",
)
_REASON = "sounds like a plan or a goodbye said in plain words"

RULES: tuple[Rule, ...] = (
    Rule(
        "crisis",
        "suicide_plan",
        _REASON,
        any_rx(_THROUGH_WITH_IT),
        (negated, crisis_in_past, third_person, ordinary_plan),
    ),
    Rule(
        "crisis",
        "suicidal_ideation",
        _REASON,
        any_rx(_NOT_AROUND),
        (crisis_in_past, third_person, mundane_farewell),
    ),
    Rule("crisis", "goodbye", _REASON, any_rx(_LAST_WORDS), (negated, crisis_in_past)),
)
