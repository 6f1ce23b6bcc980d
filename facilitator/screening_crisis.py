"""Crisis rules: risk to the writer (suicidal thoughts, self-harm, a plan or means, a goodbye).

Patterns are written against normalised text (see screening_text). They favour recall: a missed
crisis costs far more than a facilitator glancing at a false alarm. Guards drop negated talk
("I'm not suicidal"), a past the writer has come through, other people's stories, and ordinary
goodbyes.
"""

from __future__ import annotations

from .screening_context import quoted_fiction, quoted_from_other, someone_else_did_it
from .screening_guards import (
    crisis_in_past,
    fiction,
    idiom,
    joking,
    mundane_farewell,
    negated,
    survived,
    third_person,
)
from .screening_guards_more import as_prescribed, as_topic, embarrassment
from .screening_text import Rule, any_rx

CRISIS = "crisis"
_USUAL = (negated, crisis_in_past)

# Direct and indirect wishes to die or not to exist.
_IDEATION = (
    r"\b(?:kill(?:ing)?|unalive|unaliving|off|end(?:ing)?|hang(?:ing)?|hung|hanged|drown(?:ing)?"
    r"|poison(?:ing)?|gas(?:sing)?|shoot(?:ing)?|suffocat\w*|starv\w*) (?:my ?self|meself|myslef)\b"
    r"(?! (?:laughing|trying|to get|with work|at work|over|at the gym|for))",
    r"\b(?:kms|kmn|ctb|unalive\w*|sewer ?slide|s[u\*]i?c[i1\*]d\w*|suicid\w*|sucid\w*|suicd\w*"
    r"|suisid\w*)\b(?! (?:hotline|helpline|line|lifeline|and crisis|crisis|prevention|awareness"
    r"|rates?|statistics|squad"
    r"|survivors?|bereavement|watch))",
    r"\b(?:<WANT>|wish|wishing|ready|going|gonna|planning|plan|need|deserve|decided)"
    r" (?:to )?(?:just |really |finally |simply )?(?:die|be dead|not exist|stop existing"
    r"|not be alive|not be here|sleep forever|fall asleep forever|not wake up"
    r"|disappear (?:forever|for good|permanently))\b(?! (?:of|from|laughing|for (?:a|an) (?:coffee"
    r"|drink|pint|cuppa|laugh|cigarette|smoke|nap|holiday|break|minute|bit)))",
    r"\bwish (?:i|i'd) (?:was|were|had|'d)? ?(?:dead|never been born|not born|died|gone for good"
    r"|not alive|not here anymore)",
    r"\bwish i (?:could )?(?:just )?(?:die|not exist|stop existing|never wake up|wasn't alive"
    r"|wasn't here|weren't here|could disappear forever)",
    r"\b(?:don't|dont|do not|no longer|not) (?:really |even )?(?:<WANT>|wish|wishing)"
    r" (?:to )?"
    r"(?:be here|be alive|exist|live|go on|keep going|carry on|wake up|be around)\b"
    r"(?! (?:with|in this (?:house|job|town|relationship)|at (?:work|this)))",
    r"\b(?:waiting|ready|longing|praying|hoping|deserve) to (?:die|be dead|not wake up)\b"
    r"|\b(?:don't|do not|dont) deserve to (?:live|be here|be alive|exist)\b",
    r"\bdisappear (?:and never come back|and not come back|forever|for good|permanently)\b",
    r"\b(?:world|everyone|everybody|family|kids|they|people)(?:'d| would| will)(?: all)? be"
    r" (?:better|happier|relieved|fine)(?: off)? (?:without (?:me|them in it|people like me)"
    r"|if i (?:was|were|wasn't|weren't|died|disappeared|was gone|left))",
    r"\b(?:relieved|happier|easier|lighter|better off) (?:if|when) i'm (?:gone|dead|not here)\b",
    r"\bwant (?:it all|everything|my life|life|it) (?:all )?to (?:be over|end|stop)\b"
    r"(?=[^?]*\b(?:forever|for good|permanently|all of it)\b)",
    r"\bno (?:other )?way out\b(?! of (?:this|the|that|my) (?:relationship|marriage|job))"
    r"|\bi think it's time\W*$|\byou'll (?:all )?know why\b",
    r"\b(?:don't|dont|do not) (?:think|know if|feel like) i (?:<WANT>|wish) (?:to )?(?:be here|be"
    r" alive|exist|live|go on|keep going|carry on|wake up|be around)\b",
    r"\b(?:tired|sick|exhausted|done) (?:of|with) (?:living|being alive|life|existing"
    r"|being here)\b",
    r"\bbetter off (?:dead|without me|with(?:out)? me gone|with someone else|if i (?:was|were"
    r"|wasn't|weren't|died|disappeared|was gone|were gone|just))",
    r"\b(?:easier|happier|better|best) for (?:everyone|everybody|them|all|my \w+) if i"
    r" (?:was|were|wasn't|weren't|died|disappeared|just|didn't)\b",
    r"\b(?:everyone|everybody|they|people|the world|my \w+)(?:'d| would"
    r"| will)(?: all)? be (?:better"
    r"|happier|fine)(?: off)? (?:without me|if i)",
    r"\b(?:i'm|i am|im|i feel like|feel like|i'm just|i'm such) (?:such |just |nothing but |only"
    r" |a massive |a huge )?a (?:burden|waste of space)\b(?! on the (?:nhs|system|council))",
    r"\b(?:no ?one|nobody|noone|no body)(?:'d| would| will| is going to| gonna)(?: even| really)?"
    r" (?:miss me|notice|care|cry)(?= if i (?:was(?:n't)?|were(?:n't)?|died|disappeared|vanished"
    r"|left|went|stopped|didn't|wasn't)|\W*$| when i'm gone|[.!,;]| anyway)",
    r"\b(?:no|what's the|whats the|dont see the|don't see the|can't see the) (?:point|reason)"
    r" (?:in |of )?(?:living|to live|being alive|going on|carrying on|keep(?:ing)? going|existing"
    r"|in life|to keep going|to go on|to be here|anymore|to stay)",
    r"\b(?:life|my life|living)(?: without (?:him|her|them|you))?(?: is|'s|s)? (?:not|isn't|isnt"
    r"|aint|ain't) worth (?:living|it)",
    r"\bif i (?:wasn't|weren't|was not|were not) (?:around|here|alive|in (?:the|their) (?:picture"
    r"|lives?|way))\b|\b(?:cope|manage|be fine|be ok|be okay|be better|be happier|move on)"
    r" (?:better |fine )?without me\b",
    r"\bhad enough of (?:life|living|being alive|this life|existing)\b",
    r"\b(?:to|just|could|would|i'd|i) (?:just )?not (?:be|being) (?:here|around|alive) any ?more\b"
    r"|\beasier to (?:just )?not (?:be here|exist|wake up|be alive)\b",
    r"\b(?:don't think|not sure|doubt) i can (?:do this|go on|keep going|carry on|cope"
    r"|take (?:it|this)"
    r"|hold on)(?: any ?more| much longer| for much longer)\b",
    r"\b(?:want|need|wanna) (?:out|to go|to rest|to sleep|it to stop|it to end|it over|it all"
    r" over)\b[^?]{0,20}\b(?:permanently|forever|for good|for ever)\b",
    r"\b(?:want|wanna|wish|wishing|longing|need)\b(?: \w+){0,3} (?:sleep|rest) (?:forever|for ever"
    r"|permanently)\b",
    r"\bwish (?:he|she|they|it)(?:'d| had| would have) (?:just )?(?:killed|finished) me\b",
    r"\bmy body (?:would|will|'d|gets|is) (?:be )?found\b",
    r"\bif (?:anything|something) (?:happens|were to happen|should happen) to me\b",
    r"\bdon't trust myself\b|\b(?:scared|afraid|worried|terrified) (?:of )?what i (?:might|could"
    r"|will|'ll) do\b|\bdo something (?:stupid|silly|drastic|bad|dangerous)\b(?! (?:like|and)"
    r" (?:text|call|messag|go back|ring))",
    r"\bcan't (?:promise|guarantee|say) (?:that )?(?:i'll|i will|i'm going to|i can) (?:be|keep"
    r" myself|stay) safe|\bnot (?:sure i can|going to be able to) (?:keep myself|stay|be) safe"
    r"|\bnot safe (?:from|with|around) myself",
    r"\bnot worth living\b",
    r"\bcan't (?:go on|keep going|carry on|do (?:this|it)|take (?:it|this)|cope|handle (?:it|this)"
    r"|live like this|do life|keep living like this)"
    r" (?:any ?more|much longer|for much longer)\b(?! (?:with|in this|at))",
    r"\bhow (?:much )?longer i can (?:keep going|go on|do this|take (?:it|this)|cope|hold on|last)",
    r"\b(?:ending|end|finally end) (?:it|it all|things|everything)(?: all)?\b"
    r"(?! (?:with|between|off|up|there|for (?:him|her|us)))",
    r"\b(?:tonight|today) (?:it|this|everything) ends\b|\bit (?:all )?ends (?:tonight|today)\b",
    r"\b(?:end|ending|take|taking|took) (?:my|me) (?:own )?life\b(?! savings)",
    r"\b(?:go to sleep|fall asleep|sleep) and (?:never|not) wake up|\bnever wake up\b",
    r"\bif i (?:didn't|don't|never|did not) wake up\b",
    r"\b(?:think|thinking|thought|dream\w*|fantasi\w*|obsess\w*) (?:about|of) (?:dying|death|not"
    r" being here|not existing|being dead|ending it|suicide|killing myself|disappearing forever)",
    r"\b(?:tired|sick|exhausted) of (?:fighting|trying|struggling) (?:to stay alive|to live|to keep"
    r" going|to survive|to be here)|\bwhy i'm still (?:here|alive|around)\b",
    r"\bif i (?:died|was gone|were gone|didn't wake up|disappeared)\b[^.!?]{0,30}\b(?:wouldn't care"
    r"|would(?:n't)? (?:be )?(?:fine|relieved|happy|glad|mind)|nobody would|no one would|who would"
    r"|be relieved|be happy|be a relief)",
    r"\b(?:my|me) (?:own )?funeral\b",
    r"\bnot (?:scared|afraid) (?:of|to) (?:dying|die|death)\b",
    r"\bdark thoughts\b",
    r"\b(?:it all|everything|the pain|it) to (?:stop|end|be over) (?:for good|forever|permanently)"
    r"|\b(?:stop|end)\W+(?:\w+\W+)?(?:permanently|forever|for good)\b",
    r"\b(?:not|won't) (?:going to |gonna )?be (?:around|here|alive) (?:much longer|for (?:much )?"
    r"longer|for long|by)\b(?! (?:tonight|today|this evening|on here|online|in (?:the )?chat))",
)
# The long tail: first person plus death / being-alive vocabulary in the same clause ("what's the
# point in me even being alive", "i feel like dying"). Idioms, grief, jokes, fiction and other
# people's deaths are vetoed by guards.
_DEATH_TALK = (
    r"\b(?:i|i'm|im|i've|ive|i'd|me|myself)\b[^.!?,;]{0,40}?\b(?:die|dying|dead|death|suicid\w*"
    r"|unalive\w*|not (?:be )?alive|being alive|stay alive|exist|existing|existence"
    r"|gone for good)\b",
)
_IDEATION_HEDGED = (
    r"\b(?:don't|dont|do not|can't|cant|cannot) (?:really )?see myself (?:being "
    r"|still )?(?:around|here|alive) (?:much|for much|a lot|any) longer\b",
    # Doubts about being here next week: flagged unless there is an ordinary reason.
    r"\b(?:don't think|not sure|doubt) (?:i'll|i will|i'm going to|i'm gonna) (?:make it|be (?:here"
    r"|around|alive))\b",
    r"\b(?:won't|wont|will not) be (?:around|here) (?:next week|tomorrow|much longer|anymore)\b"
    r"(?! (?:tonight|today|this evening|on here|online|in (?:the )?chat))",
)
_SELF_HARM = (
    r"\b(?:cut|cutting|cuts|burn(?:ed|t|ing)?|hurt(?:ing)?|harm(?:ed|ing)?|hit(?:ting)?"
    r"|punch(?:ed|ing)?|scratch(?:ed|ing)?|starv(?:e|ed|ing)|bang(?:ed|ing)? my head|bruis(?:e|ed"
    r"|ing)) (?:my ?self|meself)\b(?! (?:off|out|shaving|cooking|chopping|on|by accident"
    r"|accidentally|at the gym|lifting|playing|laughing))",
    r"\bself[- ]?(?:harm\w*|injur\w*|hurt\w*|destruct\w*)|\bsh (?:urges|again|relapse)|\b(?:my"
    r"|on|to)"
    r" sh\b",
    r"\b(?:i|i've|i have|i had|i'm|ive|im|started|start|back to|urges? to|urge to|want to|wanna)"
    r" (?:been |just |kept |keep |started |already )?(?:cut|cutting)\b(?! (?:myself off"
    r"|myself out|my hair|the|a|an|his|her"
    r"|him|them|ties|contact|out|off|back|down|corners|it|up|in|through|loose|short|hair|class"
    r"|school|me off|and run|people|my losses|him off|her off|them off|onions|dairy|sugar"
    r"|carbs|alcohol|caffeine|meat|my (?:finger|fingers|thumb|fringe|nails|hair|lawn|grass"
    r"|hedge)))",
    r"\bcut(?:ting)? (?:again|deeper|tonight|last night|my (?:arms?|legs?|wrists?|thighs?|skin))",
    r"\bcutting (?:is|was|helps|as) (?:the only|how i|my way|my only)",
    r"\bcuts (?:on|in) my\b|\bcuts (?:are|were) getting (?:deeper|worse)",
    r"\b(?:cut\w*|burn\w*|scratch\w*|carv\w*|slic\w*|hurt\w*|hit\w*|punch\w*|bruis\w*|harm\w*)"
    r" (?:at )?my (?:own )?(?:skin|arms?|legs?|wrists?|thighs?|stomach|body)\b(?! (?:cooking|on the"
    r"|making|in the|by accident|accidentally|at work|at the gym|playing|falling|lifting))",
    r"\burges? to (?:cut|burn|hurt myself|sh|self[- ]?harm)\b|\b(?:the|bad|worst) urges\b",
    r"\b(?:scratch|pick|bit|bite|claw)\w* (?:at )?(?:my )?\w+ (?:till|until|til) (?:they|it|i)"
    r" (?:bleed|bled)",
    r"\brelaps\w* (?:on|with|into)? ?(?:sh|self[- ]?harm\w*|cutting)\b",
)
_PLAN = (
    r"\b(?:sav(?:e|ed|ing)|stockpil\w*|hoard\w*|stash(?:ed|ing)?|collect(?:ed|ing)?|a stash of"
    r"|enough) (?:up )?(?:all |some |enough |loads of |lots of |a load of |a bunch of )?(?:my )?"
    r"(?:pills|tablets|meds|medication|paracetamol|painkillers|sleeping (?:pills|tablets)"
    r"|insulin|tylenol|ibuprofen|co-?codamol|antidepressants|sertraline|oxy\w*)",
    r"\b(?:take|taking|took|swallow\w*|down\w*) (?:all|a handful|a bunch|loads|too many|the whole"
    r" (?:box|bottle|packet|pack|lot)|every one)(?: of)?(?: my| the| these| them| those)? ?(?:pills"
    r"|tablets|meds|medication|paracetamol|painkillers|sleeping pills)\b(?: at once)?",
    # "od'd" needs its apostrophe: not "odd"; "overdosed on chocolate" is a treat
    r"\b(?:overdos\w*|od[']d|od'?ing|od on)\b(?! on (?:chocolate|sugar|caffeine|coffee|cake|sweets"
    r"|carbs|crisps|pizza|candy|cheese|netflix|tv|telly|reality tv|true crime|christmas))",
    # Round six: not a question of travel or of the daily dose ("how many paracetamol can I
    # take on the plane").
    r"\bhow many (?:\w+ ){0,2}(?:pills|tablets|paracetamol|meds|sleeping pills)\b(?![^.!?]{0,60}"
    r"\b(?:plane|flight|abroad|holiday|luggage|customs|a day|per day|allowed)\b)|\blethal dose",
    r"\b(?:quickest|easiest|fastest|painless|best|surest|least painful|simplest) ways? (?:to (?:die"
    r"|go|do it|end it|kill myself)|of (?:dying|suicide))",
    r"\b(?:googl\w*|look(?:ed|ing)? up|search(?:ed|ing)?(?: for)?|research\w*|read\w* about)"
    r" (?:how to|ways to|methods|suicide methods|ways of) ?(?:die|dying|kill|end (?:it|my life"
    r"|things)|tie a noose|overdose|hang)|\b(?:looked up|searched|googled|researching|research\w*)"
    r" (?:suicide )?methods\b",
    r"\b(?:crash\w*|drive|driving|drove|swerv\w*|fall|falling|step\w*|walk\w*) (?:\w+ ){0,3}on"
    r" purpose\b",
    r"\b(?:pills|tablets|meds|blade|razor|rope|knife|noose) in my hands?\b",
    r"\b(?:pills|tablets|meds|medication|paracetamol|painkillers)\b[^.!?]{0,15}\b(?:saved"
    r"|stockpiled|hoarded|stashed|collected)(?: up)?\b",
    r"\b(?:stood|standing|sat|sitting|stand|sit) (?:on|at) the edge\b(?! of (?:the |my )?(?:pool"
    r"|bed|seat|sofa|couch|chair|table|desk|stage|pitch|bath))",
    r"\b(?:(?:keeps? going|drawn|mind goes|going back)(?: back)? to|(?:thinking|think|thought"
    r"|dreaming|keep picturing|obsessing) (?:about|of)) the (?:bridge|cliffs?|edge|railway"
    r"(?: line)?|train (?:line|tracks)|tracks|roof|ledge|river|pills|rope)\b",
    r"\b(?:pills|tablets|meds)\b[^.!?]{0,20}\b(?:lined up|counted out|laid out|in front of me)\b"
    r"|\b(?:lined up|counted out|laid out)\b[^.!?]{0,20}\b(?:pills|tablets|meds)\b",
    r"\bnoose\b|(?<!war\x20with\x20)\b(?:a|the|some|bought|got|buy|buying|have|hang|hanging"
    r"|tie|tied|tying) (?:a |the |some )?rope\b(?! (?:swing|course|ladder|bridge|skipping|them"
    r"|him|her|me|for (?:my|his|her|their|our|the|a"
    r"|macrame|climbing|crafts?|washing))\b|"
    r" in (?:him|her|them|my|some|a|the (?:kids|others|team)))",
    r"\b(?:jump(?:ing|ed)?|throw(?:ing)? myself|step(?:ping)?|walk(?:ing|ed)?|drive|driving|drove"
    r"|crash(?:ing)?|swerv\w*) (?:out )?(?:off|from|in front of|into|onto|under) (?:a |the )?"
    r"(?:\w+ )?"
    r"(?:bridge|cliff|building|roof|train|bus|lorry|truck|traffic|car|tree|wall|river|sea|tracks"
    r"|motorway|window|balcony)",
    r"\b(?:on|at|to|about|near|over|off) (?:the |a )?(?:edge of (?:the |a )?)?(?:bridge|cliffs?"
    r"|ledge"
    r"|roof(?:top)?|train tracks|railway|platform|multi[- ]?storey(?: car park)?(?: roof)?"
    r"|car park roof|balcony|roof of (?:my|the) (?:building|flats?|block)|railway line|train line"
    r"|the tracks|motorway bridge)\b(?=.*\b(?:jump|edge|keeps? going|drawn|mind|rn|right now"
    r"|went over|nearly|for ages|stood there|typing this"
    r"|look(?:ed|ing)? down|thinking|again|tonight|sorry|i'm on|end it|do it|over the (?:edge|side"
    r"|railing)|for a long time|hours|twice|this week|every (?:night|day)|keep going)\b)",
    r"\b(?:pills|tablets|meds|rope|blades?|razor|knife|bridge|edge|tracks)\b[^.!?]{0,60}\b(?:how"
    r" easy it (?:would|'d) be|how easy it is|end it|do it)\b|\blooking at the (?:pills|tablets"
    r"|rope"
    r"|blades?|razor)",
    r"\b(?:with|holding|held|hid|hide|hiding|got out|took out|sharpened|bought)\b[^.!?]{0,12}"
    r"\b(?:a |the |my )?(?:razor|blade)s?\b(?![^.!?]*\b(?:shav\w*|blunt|beard|legs)\b)",
    r"\b(?:got|have|bought|hid|hiding|keep|kept|took out|getting out|sharpen\w*)\b[^.!?]{0,20}"
    r"\b(?:razor ?blades?|blades|razors)\b(?![^.!?]*\b(?:shav\w*|blunt|beard|legs)\b)"
    r"|\b(?:razor ?blades?|blades)\b[^.!?]{0,10}\bout\b",
    r"\b(?:plan(?:ning|ned)?|decid(?:e|ed|ing)|figur(?:e|ed|ing) out|know|thought|think|thinking"
    r"|worked out|googl\w*|research\w*) (?:about |of )?(?:exactly )?(?:how|when|where) (?:i'd"
    r"|i would|i'll|i will|i could|i'm going to|i'm gonna|to) (?:do it|end it|go through with it"
    r"|die|kill)",
    r"\b(?:engine|exhaust) running\b[^.]*\bgarage|\bgarage\b[^.]*\b(?:engine|exhaust) running"
    r"|\bhose(?:pipe)? (?:to|on|from|in) the exhaust",
    r"\b(?:have|'ve got|got|made|making) (?:a|the|my) plan\b(?=.*\b(?:do it|end|die|when|tonight"
    r"|ready|how)\b)|\bmy plan is to (?:do it|end|die|go|kill)",
    r"\b(?:have|got|'ve got) everything (?:ready|sorted|in place|planned)\b(?=.*\b(?:when|do it"
    r"|tonight|goodbye|end)\b)",
)
_GOODBYE = (
    r"\b(?:this is|this'll be|this will be|it's|its|will be|it'll be|tonight is|today is|probably"
    r"|prob) my (?:very )?(?:last|final) (?:session|message|post|time|night|day|group|words)\b",
    r"\bsaid (?:everything|all) (?:i|i've) (?:needed|wanted|had) to say\b",
    r"\b(?:wrote|written|left|leaving|writing) (?:a|my|the) (?:final )?note\b(?! (?:to|for|on|about"
    r"|in) (?:the |his |her |my )?(?:\w+'s )?(?:teacher|school|landlord|boss|work|gp|doctor"
    r"|neighbou?r|solicitor|therapist|him|her|ex|milkman|fridge|calendar|phone|myself|door|desk))"
    r"(?![^.!?]{0,25}\bfor (?:the |my )?(?:cleaner|milkman|postman|postie|courier|babysitter"
    r"|childminder|plumber|carer|flatmate|housemate|lodger|dog walker|window cleaner)\b)",
    r"\b(?:say|saying|said) (?:my |a proper |a )?(?:goodbyes?|bye)(?: properly)?\b"
    r"(?! to (?:him|her|my|the|that|our|his|this|these|those|an?|old|smoking)\b)",
    r"\bmy goodbyes\b|\bgoodbye forever\b(?!,? (?:to )?(?:smoking|cigarettes|booze|drinking))"
    r"|\bfor the (?:last|final) time\b(?=.*\b(?:goodbye|bye"
    r"|thank)\b)",
    r"\bgood ?bye\b(?=.*\b(?:for everything|for trying|i'm sorry|sorry everyone|forever|won't be"
    r" back|love you all|remember me|take care of (?:my|yourselves)|not strong enough|i'm done"
    r"|can't do this)\b)|\b(?:for everything|for trying|i'm sorry|sorry everyone|forever|won't be"
    r" back|love you all|remember me|not strong enough)\b.*\bgood ?bye\b",
    r"\bif i'm not (?:here|around) (?:next|tomorrow|on)",
    r"(?<!sleep\x20)\b(?:when|after|once) i'm (?:gone|dead|not here)\b",
    r"\b(?:giv(?:e|en|ing)|gave) (?:away )?(?:all )?(?:my|me) (?:stuff|things|belongings"
    r"|possessions"
    r"|cat|dog|pets?)\b",
    r"\b(?:wrote|written|writing|write|left|leaving) (?:a |my |the |some )?(?:notes?|letters?"
    r"|goodbye letters?)\b(?=.*\b(?:just in case|goodbye|for when|for after|final|last)\b)",
    r"\bsuicide notes?\b|\bgoodbye (?:letters?|notes?)\b(?! (?:to|for) (?:the|him|her|your|our"
    r"|my ex|an?|old|that|this)\b)|\bmy will\b[^.!?]{0,40}\b(?:letters?"
    r"|notes?|goodbye)\b",
    r"\byou won't (?:hear from|see) me again\b",
    r"\b(?:i won't|i will not|i'm not) (?:be )?(?:coming back|returning)\b(?! (?:to (?:him|her|that"
    r"|work)))",
)


def _rule(label: str, reason: str, patterns: tuple[str, ...], guards: tuple = _USUAL) -> Rule:
    return Rule(CRISIS, label, reason, any_rx(patterns), guards)


RULES: tuple[Rule, ...] = (
    _rule(
        "suicidal_ideation",
        "may be thinking about suicide or not wanting to live",
        _IDEATION,
        (negated, crisis_in_past, third_person, survived, quoted_fiction, embarrassment),
    ),
    _rule(
        "suicidal_ideation",
        "doubts they will still be here",
        _IDEATION_HEDGED,
        (negated, crisis_in_past, mundane_farewell),
    ),
    _rule(
        "death_talk",
        "talks about dying or not being alive",
        _DEATH_TALK,
        (negated, crisis_in_past, third_person, idiom, joking, fiction, embarrassment),
    ),
    _rule(
        "self_harm", "mentions hurting themselves", _SELF_HARM, (*_USUAL, third_person, as_topic)
    ),
    _rule(
        "suicide_plan",
        "mentions a plan or the means to end their life",
        _PLAN,
        (negated, crisis_in_past, third_person, as_prescribed),
    ),
    _rule(
        "goodbye",
        "sounds like a final goodbye",
        _GOODBYE,
        (negated, mundane_farewell, someone_else_did_it, quoted_from_other),
    ),
)
