"""The long tail of crisis wording: overdoses already taken, a means at hand, passive wishes, no
future, "ready to go", veiled goodbyes, methods half named ("the 8:15 express", "walk into the
woods and not come out"), and a few Hinglish phrases.

Collected from the training batches (train3 and the first fresh batch, after its one scoring).
Every pattern names the risk in the writer's own words; the guards drop negation, a past the
writer has come through, other people's stories and fiction.
"""

from __future__ import annotations

from .screening_context import quoted_fiction
from .screening_guards import crisis_in_past, mundane_farewell, negated, third_person
from .screening_guards_more import as_prescribed
from .screening_text import Rule, any_rx

_DRUGS = (
    r"(?:pills|tablets|meds|medication|paracetamol|painkillers|antidepressants|sleeping pills"
    r"|co-?codamol|codeine|tramadol|insulin|aspirin|ibuprofen|sertraline|citalopram|fluoxetine"
    r"|amitriptyline|mirtazapine|diazepam|valium|xanax|zopiclone|propranolol|lithium|quetiapine"
    r"|venlafaxine|morphine|oxycodone|oxy|tylenol|nurofen)"
)
_OVERDOSE = (
    r"\b(?:took|taken|swallowed|downed|necked|had) (?:a handful|handfuls|about \d+|around \d+"
    r"|over \d+|\d+|loads|lots|a lot|half the (?:box|packet|bottle|pack|strip))(?: of)?(?: my"
    r"| the| them| those| these)? ?(?:" + _DRUGS + r"|with (?:wine|vodka|alcohol|drink))\b",
    r"\b(?:took|taken|swallowed|downed|necked) (?:the lot|the whole lot|all of them|everything i"
    r" had)\b",
    r"\b(?:taken|took|had) (?:way |a lot |so much )?more (?:\w+ )?than i should(?:'ve| have)?\b"
    r"(?=[^.!?]*\b(?:tonight|don't care|sorry|sick|" + _DRUGS[3:] + r")",
    r"\b(?:bought|buying|got|getting) (?:\w+ ){0,2}" + _DRUGS + r"\b[^.!?]{0,30}\b(?:different"
    r"|several|three|four|multiple) (?:shops|chemists|pharmacies|stores|places)\b",
    r"\bswallow (?:the whole|all|a whole|every) (?:bottle|box|packet|pack|lot|strip)\b",
)
_MEANS_AT_HAND = (
    r"\b(?:the |a |my )?(?:razor|blade|knife|belt|rope|cord|pills|tablets)(?:'s| is| are)? in my"
    r" (?:pocket|bag|hands?|lap)\b",
    r"\bgot the (?:blade|razor|belt|rope|pills|tablets|knife)\b(?=[^?]*\b(?:beam|bath|tonight|ready"
    r"|i just wanted|someone to know|know where)\b)|\bknow where the beam is\b",
    r"\bnot for shaving\b|\bthe (?:blade|razor|cutting|pain) is the only thing\b",
    r"\b(?:step\w*|walk\w*|jump\w*) (?:out )?(?:in front of|under) (?:the |a )?(?:\S+ )?(?:express"
    r"|freight|train|bus|lorry|truck|traffic|car)\b",
    r"\b(?:walk|go|drive)\w* (?:into|out to|off into|out into) the (?:woods|sea|water|river|lake"
    r"|forest|hills|moors|snow)\b[^.!?]{0,40}\b(?:not come (?:out|back)|never come back|not"
    r" coming back)|\bwalk (?:out|in) until\b|\buntil my feet (?:didn't|don't|couldn't) touch\b",
    r"\b(?:top floor|top of the (?:car park|multi|building|block|tower))\b[^.!?]{0,40}\b(?:stood"
    r"|standing|for ages|looking down|edge)\b|\bnearly went over\b",
    r"\b(?:fantasi\w*|dream\w*|think\w*|keep picturing) (?:about|of)? ?(?:just )?(?:crashing"
    r"|jumping|stepping|swallowing|hanging|drowning|going under)\b[^.!?]{0,30}\b(?:into|off|in"
    r" front|under|the whole|myself|and staying)\b|\b(?:fantasi\w*|dream\w*|think\w*) (?:about|of)"
    r" (?:just )?driving (?:\w+ ){0,2}(?:off (?:a|the) (?:road|cliff|bridge)|into (?:a|the) (?:wall"
    r"|tree|river|sea|lorry|truck|oncoming))\b",
    r"\bhow easy it (?:would|'d) be\b(?=[^?]*\b(?:trains?|station|platform|traffic|bridge|edge"
    r"|cliff|roof|balcony|river|sea|pills|tablets|lorr(?:y|ies))\b)|\b(?:trains?|station|platform"
    r"|traffic|bridge|edge|cliff|roof|balcony)\b[^?]*\bhow easy it (?:would|'d) be\b",
    r"\b(?:head|voices?|brain|mind|thoughts?) (?:keeps?|keep|is|are) telling me to (?:jump|do it"
    r"|end it|die|kill myself|cut|go)\b|\bways to make it (?:all )?(?:end|stop)\b",
    r"\b(?:burn\w*|cut|hurt|scald\w*|hit|bash\w*|scratch\w*)\b[^.!?]{0,30}\bmy (?:wrist|arm|hand"
    r"|leg|skin|thigh|face|head)\b[^.!?]{0,20}\bon purpose\b",
    r"\b(?:punched|hit|smashed|banged|punching|hitting) (?:the |a )?walls?\b[^.!?]{0,15}\b(?:until"
    r"|till|til) (?:my )?(?:\w+ )?(?:split|bled|bleed|broke|bruised)\b",
    r"\brelaps\w* (?:on|with|into) the (?:sh|self[- ]?harm\w*|cutting)\b",
)
_PASSIVE = (
    r"\blet (?:the (?:cold|sea|water|river|night|dark|darkness)|it all) take me\b",
    r"\b(?:god|the universe) (?:took|takes|would take|could take) me\b(?=[^.!?]*\b(?:grateful|glad"
    r"|relief|fine|sleep|happy|thankful)\b)",
    r"\b(?:let|make) (?:tonight|today|this) be (?:the|my) (?:last|final)\b",
    r"\b(?:sleep|asleep)\b[^.!?]{0,25}\b(?:have it all end|it all ends?|not bother waking|not"
    r" (?:have to )?wake up)\b|\b(?:thought|idea) of (?:never|not) waking up\b",
    r"\bgo black and stay black\b|\bpeace (?:i'll|i will|i'd) (?:get|find|have) is (?:in the ground"
    r"|in death|when i'm gone|in a box)\b",
    r"\b(?:want|wanna|wish i could) (?:to )?stop breathing\b"
    r"|\bdisappear and (?:never|not) be found\b",
    r"\bwaiting for my body to (?:catch up|follow|give up)\b"
    r"|\b(?:i'm|im|i am) already (?:gone|dead)\b",
    r"\bwanted (?:him|her|them) (?:not to|to not|to never) stop\b",
    r"\bwant (?:it all|everything) to (?:stop|end)\b(?! for (?:a|one) (?:minute|bit|second|moment"
    r"|day|while|week|night|hour))",
    r"\b(?:going|go|slip\w*) under and (?:staying|stay|not coming up)\b",
    r"\b(?:jeena nahi|jina nahi|marna (?:hai|chahti|chahta)|mar jaana|mar jana|khudkushi"
    r"|aatmhatya)\b",
)
_NO_FUTURE = (
    r"\bwaste of (?:oxygen|air|skin|a life)\b",
    r"\b(?:better|happier|easier) (?:life|lives|off|time)? ?(?:if|when) i (?:wasn't|weren't|was"
    r" gone|wasn't here|wasn't around|wasn't dragging|didn't exist)\b",
    r"\bi'm (?:only|just) making (?:their|everyone's|your|his|her) li(?:fe|ves) (?:worse|harder"
    r"|miserable)\b|\bit's (?:just )?me that needs to go\b|\bi(?:'m| am) the one (?:that|who)"
    r" needs to go\b",
    r"\b(?:grieve|cry|be sad) for a (?:week|day|month|bit|while) and then (?:be )?(?:relieved|fine"
    r"|move on|forget)\b|\b(?:lighter|freer|calmer) without me\b",
    r"\b(?:nobody|no one|noone) would (?:come looking|look for me|realise|realize)\b",
    r"\b(?:can't|cannot|can not|don't) (?:imagine|see|picture) (?:a|any|my) future\b|\bthere(?:'s"
    r"| is)n't (?:a future|one) for me\b|\bno future for me\b",
    r"\bwhat's the point (?:in|of) (?:waking up|getting up|tomorrow|carrying on|trying)\b",
    r"\bready to go\b(?=[^?]*\b(?:peace|decided|calm|purpose|no point|nothing left|made my"
    r" decision|goodbye)\b)|\bready to (?:rest|sleep) (?:now|forever|for good)\b(?=[^?]*\btired of"
    r" (?:fighting|everything|it all|trying)\b)",
    r"\bi know what i(?:'m| am)? (?:going to|gonna|need to|have to|'ve got to|got to) do\b(?=[^?]*"
    r"\b(?:not scared|calm|peace|ready|decided|finally)\b)",
    r"\b(?:talk(?:ed)? (?:me )?out of it|try to stop me)\b(?=[^?]*\b(?:decision|decided|made my"
    r" mind)\b)|\bi (?:don't|do not) want help\b",
    r"\b(?:i'm|im|i am) done trying\b(?! to (?!stay alive|live|survive|be here|keep going))"
    r"|\bdone with (?:all of it|it all|life)\b|\bcan't face another day\b",
    r"\b(?:life|living|everything) (?:is|'s|feels) unbearable\b|\btired of (?:me|myself|being me)"
    r"\b[^?]*\bwant out\b|\bi (?:just )?want out\b[^?]*\b(?:forever|permanently|for good)\b",
    r"\bwon't be a (?:bother|burden|problem|nuisance) (?:to (?:\w+ )?|for (?:\w+ )?)?(?:much"
    r" longer|for long|anymore|soon)\b",
    r"\bthe only way out i can see\b|\bif i'm (?:gone|dead) (?:he|she|they) can't hurt me\b",
    r"\b(?:might|may) as well (?:finish it|end it|die|just go)\b",
    r"\b(?:my )?(?:own )?thoughts (?:are|have been|'re) (?:scaring|frightening|terrifying) me\b"
    r"|\b(?:frightened|scared|terrified) of my own thoughts\b",
    r"\b(?:don't|do not) (?:expect|think i'll|plan) to (?:be (?:around|here|alive)|make it)"
    r" (?:for|by|at|until|till|to) (?:christmas|new year|my birthday|the weekend|next \w+"
    r"|summer)\b",
)
_GOODBYE = (
    r"\bplanning my goodbyes?\b|\bif you ever read this\b[^?]{0,30}\b(?:sorry|love you|forgive)\b",
    r"\b(?:shall not|won't|will not|i'm not going to) be (?:attending|coming|here|around|joining"
    r"|back)(?: again| anymore| any more| for the next \w+)?\b(?=[^?]*\b(?:thank you for"
    r" everything|thanks for everything|look after (?:each other|one another|yourselves)|goodbye"
    r"|i said thank you)\b)",
    r"\bletters? (?:to|for) each of (?:the|my) (?:kids|children)\b|\bto open (?:on|when|after)"
    r" (?:their|his|her) (?:18th|eighteenth|21st)\b",
    r"\b(?:won't|will not|don't|do not) (?:be )?need(?:ing)? (?:\w+ ){0,3}where i'm going\b",
    r"\blast time you(?:'ll| will) (?:hear from|see) me\b|\btonight(?:'s| is) the night\b(?=[^?]*\b"
    r"(?:thank|goodbye|decided|sorry|love you|kind)\b)",
    r"\bbetter off (?:with|without) (?:\w+ ){0,3}?(?:permanently|for good|forever)\b",
    r"\b(?:won't|will not|never) (?:let anyone down|be a (?:burden|problem)|hurt anyone|bother"
    r" anyone) (?:again )?after (?:tonight|today)\b"
    r"|\bno more pain (?:soon|tonight|after tonight)\b",
    r"\bmade (?:my )?peace\W*$|\bmade (?:my )?peace\b(?=[^?]*\b(?:ready to go|goodbye|no more pain"
    r"|tonight|soon)\b)",
    r"\bcheck(?:ing)? out\W+(?:permanently|for good|forever)\b",
)
_GUARDS = (negated, crisis_in_past, third_person, quoted_fiction)


def _rule(label: str, reason: str, patterns: tuple[str, ...], guards: tuple = _GUARDS) -> Rule:
    return Rule("crisis", label, reason, any_rx(patterns), guards)


RULES: tuple[Rule, ...] = (
    _rule("suicide_plan", "mentions an overdose", _OVERDOSE, (*_GUARDS, as_prescribed)),
    _rule("suicide_plan", "mentions a means at hand or a method", _MEANS_AT_HAND),
    _rule("suicidal_ideation", "may be wishing not to live", _PASSIVE),
    _rule("suicidal_ideation", "sees no future or feels like a burden", _NO_FUTURE),
    _rule("goodbye", "sounds like a final goodbye", _GOODBYE, (*_GUARDS, mundane_farewell)),
)
