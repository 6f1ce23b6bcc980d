"""More crisis rules: the indirect warning signs that screening_crisis does not cover.

Written from the usual warning-sign lists (putting affairs in order, giving things away, wanting
to join someone who died, feeling like a burden, a means at hand, an overdose already taken) and
the metaphors members use ("drowning and I want to let go"). The same guards as the other crisis
rules drop negation, a past the writer came through, other people's stories and everyday plans.
"""

from __future__ import annotations

from .screening_context import quoted_fiction
from .screening_guards import crisis_in_past, mundane_farewell, negated, third_person
from .screening_guards_more import as_prescribed
from .screening_text import Rule, any_rx

_KIN = (
    r"(?:mum|mom|mam|mummy|mother|dad|daddy|father|son|daughter|baby|boy|girl|husband|wife"
    r"|nan|nana|gran|grandma|grandad|brother|sister|twin|best friend)"
)
_PILLS = (
    r"(?:pills|tablets|meds|medication|paracetamol|painkillers|antidepressants|sleeping pills"
    r"|co-?codamol|tramadol|insulin|aspirin|ibuprofen)"
)

_IDEATION_MORE = (
    r"\bhow (?:peaceful|easy|nice|good|quiet|simple) it (?:would|'d) be to (?:just )?(?:stop|not be"
    r" here|not exist|go|die|disappear|sleep forever|not wake up|end it)",
    r"\b(?:being dead|death|dying|not being here|not existing|not being alive)\b (?:would be|sounds"
    r"|seems|feels|is)(?: like)? (?:so much |a lot |way )?(?:easier|better|a relief|peaceful|nice"
    r"|good|kinder|the answer)",
    r"\b(?:hope|wish|pray|praying|hoping) i (?:don't|never|won't|wouldn't|didn't) wake up\b",
    r"\bwhy (?:am|are) i (?:even )?(?:still )?(?:alive|here|breathing)\b",
    r"\b(?:not sure|don't know if|dont know if) i (?:<WANT>|wish) to (?:keep living|go on living"
    r"|carry on living|live|keep going|be alive|be here)\b|\b(?:<WANT>|wish) to (?:keep|go on"
    r"|carry on) living\b",
    r"\b(?:tonight|today|this weekend)\b[^.!?]{0,20}\b(?:i'm|i am|im) (?:going to|gonna) do it\b"
    r"|\b(?:going to|gonna) do it (?:tonight|today|this weekend)\b",
    r"\bbetter off (?:gone|not here|not around|not alive|dead)\b",
    r"\bpoint (?:in|of) (?:me )?(?:even )?(?:being alive|living|existing|being here|carrying on"
    r"|going on|staying alive)\b",
    r"\b(?:a|such a|just a|the|being a) burden (?:to|on|for) (?:everyone|everybody|my family|my"
    r" kids|them|you all|people|the people)\b|\btired of being a burden\b",
    r"\bonly (?:way out|escape|option|answer|solution|way)\b[^.!?]{0,20}\b(?:death|dying|die"
    r"|suicide|to end it|ending it)\b|\b(?:death|dying|suicide) (?:is|seems|feels like) the only\b",
)
_PASSIVE_WISH = (
    r"\b(?:want|wish|need) my life to (?:end|be over|stop)\b",
    r"\bnot to be (?:alive|here|breathing|around)\b(?! (?:for|when|at|on|this|next|tomorrow))",
    r"\b(?:hope|hoping|wish|wishing|pray|praying)\b[^.!?]{0,25}\b(?:hit by (?:a|the) (?:car|bus"
    r"|train|lorry|truck)|(?:something|an accident) (?:happens|would happen) to me|a heart attack"
    r"|cancer|(?:god )?(?:takes|take|would take) me|i (?:crash|don't make it|get hit|die))",
    r"\bgod,? (?:please )?(?:just )?take me\b",
    r"\b(?:sleep|asleep|close my eyes) and (?:stay asleep|never (?:wake|open|come back)|not (?:wake"
    r"|come back))",
    r"\b(?:switch|shut|turn) (?:it all |everything |myself |me )?off (?:permanently|forever"
    r"|for good)\b",
    r"\b(?:want|wanna|wish i could|just want|need) to (?:fade|drift|float|slip) away\b",
    r"\b(?:being dead|death|dying|not being here|not existing)\b (?:has to|must|would|will)"
    r" (?:be )?(?:better|easier|kinder)\b",
    r"\bonly one way out\b|\bthe only (?:exit|way out|escape|door)\b[^.!?]{0,25}\bpermanent\b",
    r"\b(?:it|the pain|this|everything) (?:will )?only (?:ends?|stops?) (?:when|if) i (?:do|die"
    r"|go|am gone|'m gone)\b|\bends? (?:is )?with me (?:gone|dead|not here)\b",
    r"\b(?:wish|wishing) i (?:hadn't|had not|didn't|never) (?:survived|woken up|woke up|made it"
    r"|lived)\b|\b(?:angry|annoyed|disappointed|gutted) (?:that )?i (?:survived|woke up"
    r"|didn't die|'m still alive|'m still here)\b",
    r"\b(?:what's|what is|whats) the point (?:of|in) me\b",
    r"\bnothing (?:left )?(?:keeping|to keep|holding) me (?:here|alive|going)\b",
    r"\b(?:leav\w*|left|exit\w*|go from|check\w* out of|depart\w*) (?:this|the) (?:world|life"
    r"|earth|planet)\b",
    r"\bmy time (?:is up|has come)\b|\bit's (?:my )?time for me to go\b",
    r"\bsomething (?:i|you) (?:can't|cannot|won't be able to) (?:undo|take back|come back from)\b",
    r"\b(?:make|making) (?:it|the pain|this|everything) stop\b(?=[^.!?]*\b(?:tonight|for good"
    r"|forever|permanently|i know how)\b)",
)
_JOIN_THE_DEAD = (
    r"\b(?:want|wanna|need|going|ready|longing|long|wish i could|just want)(?: to)? (?:go and )?"
    r"(?:join|follow) (?:him|her|them|my " + _KIN + r")\b(?! (?:at|in|on|for|to|and|this|next"
    r"|tomorrow|later|outside|inside|into|round|over)\b)",
    r"\bbe with (?:him|her|them|my (?:\w+ )?"
    + _KIN
    + r") again\b|\b(?:join|be with|go to) (?:him|her|them|my (?:\w+ )?"
    + _KIN
    + r") (?:in heaven|up there|on the other side|wherever (?:he|she|they) (?:is|are))",
)
_BURDEN = (
    r"\b(?:be|be all|all be|finally be) (?:free|rid) of me\b",
    r"\bwon't have to (?:put up with|deal with|worry about|look after) me\b(?=[^.!?]*\b(?:after"
    r"|soon|much longer|any ?more|tonight|again|for long)\b)",
    r"\bone less (?:mouth|problem|burden|mess)\b|\bjust dead weight\b|\bi'm dead weight\b",
    r"\b(?:ruin\w*|destroy\w*) (?:\w+ ){0,2}lives? (?:just )?by (?:being|existing)\b",
    r"\bnobody will have to (?:put up with|deal with|see) me\b",
)
_PREPARATIONS = (
    r"\b(?:tying up loose ends|(?:put|putting|got|have|sorted|sorting) (?:all )?(?:my|things"
    r"|everything) (?:affairs )?in order|affairs (?:are )?in order|everything(?:'s| is) in order)",
    r"\bif (?:anyone|someone|you) finds? this\b",
    r"\btell (?:the kids|my \w+|them|him|her|everyone) (?:that )?(?:i|mummy|mommy|mum|mom|daddy"
    r"|dad) (?:loved|always loved|am sorry|was sorry)\b",
    r"\bremember me (?:as|for|when|kindly|fondly|like)\b|\bplease remember me\b",
    r"\bsorry i (?:couldn't|wasn't|can't) (?:be )?(?:stronger|strong enough|enough|hold on)\b",
    r"\b(?:writ\w*|wrote|left) (?:\w+ )?(?:letters?|notes?) (?:to|for) (?:each of )?(?:everyone"
    r"|all of you|my (?:kids|children|family|husband|wife|partner|parents|" + _KIN + r")|the kids)"
    r"\b(?=[^.!?]*\b(?:love|fault|after|sorry|goodbye|explain|remember|in case|when i'm)\b)",
    r"\b(?:last time|the last) i(?:'ll| will)? (?:log on|post|be on here|be here|write here"
    r"|talk to (?:you|anyone))\b|\bwon't see me (?:in|on) here again\b",
    r"\b(?:good ?night|good ?bye|bye)\b[^.!?]{0,30}\b(?:for good|forever|for the last time)\b",
    r"\b(?:not (?:going to|gonna)|won't|will not|don't think i'll|doubt i'll) (?:make it|last)"
    r" (?:through|to|past|until|till) (?:tonight|the night|the morning|morning|tomorrow\b(?!'s)"
    r"|the weekend)\b",
    r"\b(?:don't think i'll|won't|not going to|doubt i'll|don't expect to) (?:see|survive)"
    r" (?:the night|the morning|tonight|till morning|until morning|the weekend|the new year"
    r"|christmas|my next birthday|another (?:birthday|christmas|year))\b",
    r"\bcheck(?:ing)? out (?:of (?:this|life|here)|for good|permanently)\b",
    r"\b(?:please )?(?:don't|do not) try (?:to )?stop me\b|\bdon't call anyone\b",
)
_MEANS = (
    r"\b(?:took|taken|swallowed|downed|necked) (?:a (?:load|lot|bunch|handful)|loads|lots"
    r"|a whole (?:\w+ )?(?:strip|box|bottle|packet|pack|lot|load)|the whole (?:\w+ )?(?:strip|box"
    r"|bottle|packet|pack|lot))\b(?: of)?[^.!?]{0,25}\b" + _PILLS + r"\b",
    r"\b(?:took|taken|swallowed|downed) everything (?:in|from) (?:the|my) (?:\w+ )?(?:box|packet"
    r"|bottle|cabinet|cupboard|drawer)\b",
    r"\bligature\b|\bpractis\w* (?:with )?(?:a |the |my )?(?:belt|rope|noose|scarf|cord)\b"
    r"|\blooking (?:at|up at) the (?:beams?|rafters|banister|loft hatch)\b",
    r"\b(?:boxes|packets|packs|bottles) of " + _PILLS + r"\b[^.!?]{0,40}\b(?:different|several"
    r"|multiple|three|four|five) (?:shops|chemists|pharmacies|stores)\b",
    r"\bcounting (?:out )?(?:the |my )?(?:pills|tablets)\b|\bhow many (?:of (?:these|them|those)"
    r" )?would it take\b",
    r"\b(?:driv\w*|drove|swerv\w*|steer\w*) (?:off (?:the|a) (?:road|cliff|bridge)|into (?:a|the)"
    r" (?:wall|tree|lorry|truck|river|sea|oncoming)|in front of)\b",
    r"\b(?:knife|blade|razor|glass)\b[^.!?]{0,20}\b(?:to|against|into|on|across) my (?:wrists?"
    r"|arms?|skin|thighs?|legs?)\b",
)
_SELF_HARM = (
    r"\b(?:need|want|wanna|have) to (?:cut|bleed|burn myself|hurt myself)\b(?! (?:down|back|out"
    r"|off|ties|contact|him|her|them|the|it|my hair|costs|corners|in)\b)",
    r"\b(?:hitting|banging|smashing|punching|bashing) (?:my head|walls?|the wall|my fists?)\b"
    r"[^.!?]{0,30}\b(?:bleed\w*|bled|split|till|until|only way|feel something|feel anything)",
    r"\b(?:till|until|til) (?:it|they|i) (?:bleeds?|bled|split)\b",
    r"\bscratch\w* (?:my \w+ )?raw\b|\bcovered in (?:scratches|cuts|burns)\b",
    r"\b(?:punish|punishing) myself\b(?! (?:by (?:over ?thinking|working|going)|for (?:eating"
    r"|buying|spending)))|\bdeserve (?:the |to feel )?(?:pain|to hurt|to suffer|to bleed)\b",
)
_LET_GO = (
    r"\b(?:want|wanna|ready|going|need|trying) to (?:just )?let (?:myself )?go\b(?! of"
    r" (?!everything\b|it all\b|life\b|me\b)| and (?:move|heal|trust|breathe|forgive|accept|let"
    r" god|enjoy|have))",
    r"\blet(?:ting)? (?:myself )?(?:go under|drown|sink|slip (?:away|under))\b",
    r"\b(?:drowning|sinking|going under|underwater)\b[^.!?]{0,60}\b(?:let go|stop(?:ped)? (?:trying"
    r"|swimming|fighting)|don't want (?:to (?:come up|be (?:rescued|saved|pulled out)|surface))"
    r"|stay (?:down|under)|not come (?:up|back))\b",
    r"\b(?:don't|do not) want (?:anyone )?to (?:be )?(?:rescued|saved|pull(?:ed)? me out)\b",
)

_USUAL = (negated, crisis_in_past, third_person, quoted_fiction)


def _rule(label: str, reason: str, patterns: tuple[str, ...], guards: tuple = _USUAL) -> Rule:
    return Rule("crisis", label, reason, any_rx(patterns), guards)


RULES: tuple[Rule, ...] = (
    _rule(
        "suicidal_ideation",
        "may be thinking about suicide or not wanting to live",
        _IDEATION_MORE,
        (negated, crisis_in_past, third_person),
    ),
    _rule(
        "suicidal_ideation", "may be thinking about suicide or not wanting to live", _PASSIVE_WISH
    ),
    _rule("suicidal_ideation", "wants to join someone who has died", _JOIN_THE_DEAD),
    _rule("suicidal_ideation", "feels like a burden others would be free of", _BURDEN),
    _rule(
        "goodbye",
        "sounds like putting affairs in order or a final goodbye",
        _PREPARATIONS,
        (*_USUAL, mundane_farewell),
    ),
    _rule("suicide_plan", "mentions a means or an overdose", _MEANS, (*_USUAL, as_prescribed)),
    _rule("self_harm", "mentions hurting themselves", _SELF_HARM),
    _rule("suicidal_ideation", "describes wanting to let go or go under", _LET_GO),
)
