"""Crisis rules for the indirect shapes the first two rule files missed on unseen batches.

These came from the weak spots listed in docs/screening.md: wishing the abuser had "finished the
job", worth framed as insurance, a plan or a date with no method named, research with no method
named ("looked up the tallest car parks"), a story or chapter "ending", objects "calling",
rehoming pets and leaving instructions "for after", and regret at having survived. Each is
narrow on purpose and keeps the usual guards (negation, a past come through, other people,
ordinary events such as a wedding date or a divorce).
"""

from __future__ import annotations

from .screening_context import quoted_fiction
from .screening_guards import crisis_in_past, mundane_farewell, negated, third_person
from .screening_guards_more import ordinary_plan
from .screening_text import Rule, any_rx

_MEANS = (
    r"(?:pills|tablets|meds|medication|paracetamol|painkillers|knife|knives|knife drawer|razor"
    r"|blades?|rope|belt|bridge|river|sea|water|canal|reservoir|train line|tracks|railway|edge"
    r"|cliffs?|loft|beams?|balcony|roof|car park|motorway|bottle)"
)
_FINISH = (
    r"\b(?:wish|wishes|wished|wishing|if only|kinder if|better if|should have let)\b[^.!?]{0,25}"
    r"\b(?:he|she|they|it|that \w+)(?:'d| had| would have| did| could have)? (?:just )?(?:finished"
    r" (?:the job|me off|what (?:he|she|they) started|me)|gone all the way|killed me|done it"
    r" properly|not stopped)\b",
    r"\b(?:angry|sad|sorry|gutted|disappointed|annoyed) (?:that )?(?:he|she|they) (?:didn't|did not"
    r"|never) (?:finish (?:the job|me off|what (?:he|she|they) started)|kill me|go all the way)\b",
    r"\bwish (?:the|that|a) (?:car|bus|lorry|truck|train|van|cancer|illness) (?:had )?"
    r"(?:actually |just )?(?:hit|killed|run me over|taken me|got me)\b",
)
_WORTH = (
    r"\b(?:worth more (?:dead|gone|to them dead)|(?:finally|at least) (?:be )?worth something"
    r"|(?:life )?(?:insurance|policy) (?:will|would|'ll|'d|pays?|covers?)\b[^.!?]{0,30}"
    r"\b(?:pay out|look after|take care|better than i|if it's an accident|suicide|double|when i'm"
    r" gone|after i'm gone)|(?:insurance|policy) pays out (?:double|if))",
)
_DATE = (
    r"\b(?:picked|chosen|chose|set|decided on|fixed|worked out|planned) (?:a |the |my )?(?:date"
    r"|day|time|night|weekend)\b(?! (?:for|of) (?:the|a|my|our|his|her) )",
    r"\b(?:have|'ve|got|had) it (?:all )?(?:planned|sorted|arranged|set|scheduled) (?:for|out)\b"
    r"|\b(?:it's|its|it is|everything's|everything is) (?:all )?(?:set|arranged|planned) for"
    r" (?:next |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight"
    r"|tomorrow|the weekend)\b",
    r"\bmy exit (?:plan|strategy) is (?:ready|sorted|set|in place|done|finished)\b",
    r"\b(?:know|worked out|figured out|decided) (?:exactly )?(?:how (?:and (?:when|where) )?"
    r"|when and how )(?:i'm going to|i'm gonna|i'll|i will|i'd|i would) (?:do it|go|end it)\b",
    r"\b(?:i've|i have|i) (?:got )?a plan and a date\b|\bit's decided\W+(?:monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow)\b",
)
_RESEARCH = (
    r"\b(?:look(?:ed|ing)? up|googl\w*|search\w*|research\w*|read\w* (?:up )?(?:about|on)|check\w*"
    r"|find\w* out)\b[^.!?]{0,20}\b(?:the )?(?:tallest|highest) (?:building|car park|multi"
    r"|bridge|block|tower|flats|cliff|point)",
    r"\b(?:look(?:ed|ing)? up|googl\w*|search\w*|research\w*|read\w* (?:up )?(?:about|on)|check\w*"
    r"|find\w* out)\b[^.!?]{0,25}\b(?:how (?:high|far|deep|many floors)|which (?:bridges?|floors?"
    r"|buildings?|car parks?)|high enough|deep enough|doses?|how long (?:it )?takes? (?:for )?"
    r"(?:\w+ ){0,3}(?:to )?(?:die|bleed|be found|work if|pass out|lose consciousness|drown))\b",
    r"\bforums? about (?:methods|ending it|suicide)\b|\bnot for the view\b",
)
_STORY = (
    r"\bmy (?:story|chapter|time|life) (?:is )?(?:ending|coming to an end|ends"
    r" (?:here|now|soon|tonight)|is (?:over|finished|done))\b(?! with (?:him|her|them|my ex|that"
    r"|the)\b)",
    r"\bending my (?:story|chapter|book)\b(?! with)|\bthe (?:final|last) page (?:is )?written\b",
    r"\b" + _MEANS + r" (?:\w+ ){0,3}(?:keeps?|is|are|keep|was) (?:calling|pulling|whispering)"
    r" (?:me|to me|at me|my name)\b",
    r"\bit's calling me again\b|\b(?:keeps|kept) calling me\b(?=[^.!?]*\b" + _MEANS + r"\b)",
)
_AFTER_ME = (
    r"\b(?:rehom\w*|gave|given|giving|took|taken) (?:away )?(?:my|the) (?:cats?|dogs?|rabbits?"
    r"|pets?|hamsters?|birds?)\b[^?]{0,80}\b(?:better off with|who'll be around|will be around"
    r"|before|for good|a better life|settled before)\b",
    r"\bbetter (?:life|home|off) with (?:\w+ ){0,3}than (?:with )?me\b",
    r"\b(?:who gets what|who it goes to|who (?:should|will) get (?:my|what))\b",
    r"\b(?:left|leaving|written down|wrote down|writing down|gave|giving)\b[^.!?]{0,30}"
    r"\b(?:passwords|bank details|pin numbers?|pins|account details)\b[^.!?]{0,30}\b(?:for|to)"
    r" my \w+\b|\b(?:passwords|bank details|pin numbers?)\b[^.!?]{0,30}\b(?:left|leaving)"
    r" (?:them |it )?(?:for|with) my \w+\b",
    r"\b(?:know|knows) what to do (?:after|when i'm gone|once i'm gone)\b|\beasier for"
    r" (?:everyone|them|the kids|my \w+) (?:after|when i'm|once i'm)\b",
    r"\bif you don't hear from me (?:again|tomorrow|after tonight)\b",
)
_SURVIVED = (
    r"\b(?:hate|angry|annoyed|gutted|sad|sorry) (?:that )?i (?:survived|woke up|lived|made it)"
    r" (?:last time|again|the last time)?\b|\bshould(?:'ve| have) taken more\b",
    r"\bwish (?:i'd|i had) (?:never|not) (?:woken up|survived|woke up)\b",
    r"\b(?:not (?:much )?long(?:er)? now|nearly over for me|almost over for me|it's almost over"
    r"|(?<!believe\x20)it's nearly over)\b(?! (?:til|till|until|before|and then))",
    r"\b(?:remove|without) me (?:and )?(?:the|all the|every) problems? (?:is |are |'s )?(?:solved"
    r"|gone|fixed|go away)|\bi'm the problem and i know how to fix\b",
    r"\bi (?:don't|do not) (?:see|think i'll see) myself (?:getting|growing) old\b",
)
_GUARDS = (negated, crisis_in_past, third_person, quoted_fiction)
# Instructions left for someone else are about that person, so "my sister knows who gets what"
# must not count as someone else's story.
_AFTER_GUARDS = (negated, crisis_in_past, quoted_fiction, ordinary_plan)


def _rule(label: str, reason: str, patterns: tuple[str, ...], guards: tuple = _GUARDS) -> Rule:
    return Rule("crisis", label, reason, any_rx(patterns), guards)


RULES: tuple[Rule, ...] = (
    _rule("suicidal_ideation", "wishes they had not survived the abuse", _FINISH),
    _rule("suicidal_ideation", "talks of being worth more dead", _WORTH),
    _rule(
        "suicide_plan",
        "mentions a plan or a date",
        _DATE,
        (*_GUARDS, ordinary_plan, mundane_farewell),
    ),
    _rule("suicide_plan", "may be researching a way to die", _RESEARCH, (*_GUARDS, ordinary_plan)),
    _rule("suicidal_ideation", "talks of their life ending", _STORY, (*_GUARDS, ordinary_plan)),
    _rule("goodbye", "may be arranging things for after they are gone", _AFTER_ME, _AFTER_GUARDS),
    _rule("suicidal_ideation", "regrets surviving or expects not to last", _SURVIVED),
)
