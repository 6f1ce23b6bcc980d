"""Crisis rules, round nine: hints, the indirect ways members say it.

From the weak spots listed for rounds seven and eight and the kinds the brief names: passive
wishes and tiredness with living ("I wish I could fall asleep and skip the rest of my life",
"tired of waking up ... I need everything to stop", "why keep going."); self-harm told sideways
("the marks on my legs are from me", long sleeves in summer "for reasons nobody needs to see",
"hold my breath under the bathwater and wonder what if I didn't come up"); preparations with a
line that makes them final ("a will at 24, not for any normal reason", letters left in a locker
with the code sent on, "they'll find me by the weekend", who gets the dog, a passcode "after",
"won't matter after this month", blister packs counted "enough by friday", a car given away "I
wasn't joking"); goodbyes worded as thanks ("you lot were the best thing in my life", "I won't
forget you where I'm headed", "everyone has heard what I had to tell them", "if I don't reply
after tonight, it isn't anyone's fault", "I won't be there to explain"); medicine stopped on
purpose; research about dying without the word ("searched whether it hurts to drown"); "I told
the nurse I was safe. I'm not"; "I know how to make it end"; a plan to make it look accidental.

Each needs the writer's own voice and a final or self-directed word, so the everyday twins pass
("skip the rest of this heatwave", "a will because we bought the flat", "the spare key is under
the pot for the dog sitter", "letters to open when they're older ... we'll read them together").
Guards: negation, a past the writer has come through, someone else's story, jokes.
"""

from __future__ import annotations

from .screening_guards import crisis_in_past, joking, negated, third_person
from .screening_text import Rule, any_rx

_I = r"(?:i|i'm|im|i am|i've|ive|i'd|id)"

# --- passive wishes, tired of living -------------------------------------------------------------
_WISH = (
    r"\b(?:wish|want|hope|hoping) (?:i could |to |i'd |i would |i )?(?:fall asleep|sleep|go to"
    r" sleep|close my eyes) and (?:skip|miss|sleep through) (?:the rest of|what's left of)"
    r" (?:my life|it all|everything|my days)\b",
    r"\b(?:tired|sick|exhausted|worn out) of (?:waking up|being alive|being here|living|existing"
    r"|breathing)\b[^!?]{0,50}\b(?:want|need) (?:it all|everything|this|all of it|it) to (?:just )?"
    r"(?:stop|end|be over)\b",
    r"\b(?:existing|being alive|living|life) is (?:so )?(?:exhausting|too much|unbearable"
    r"|pointless)\b[^!?]{0,40}\b(?:not sure|not convinced|don't know if|dont know if|no longer"
    r" sure) i (?:want|wanna) to (?:keep|carry on|go on|continue)\b",
    r"(?:^|[.!?\n] ?)why (?:even )?(?:keep going|carry on|go on|bother (?:living|going on))"
    r" ?[.?!]",
    r"\bi (?:want|need) the pain to (?:end|stop)\b[^.!?]{0,30}\bi know how to (?:make it|end it"
    r"|make that|stop it)\b",
    r"\bi know (?:exactly )?how (?:i'd|i would|i'll|i will|to) (?:end it|make it end|make it all"
    r" stop|make it stop)\b",
)
# --- self-harm told sideways -------------------------------------------------------------------
_SIDEWAYS = (
    r"\b(?:marks|cuts|burns|scars|bruises|scratches) on my (?:legs?|arms?|wrists?|thighs?|stomach"
    r"|hips?|ankles?) (?:are|were) (?:from me|mine|my doing|self[- ]inflicted)\b",
    r"\b(?:jumper|jumpers|sleeves|hoodie|hoodies|long sleeves|cardigan|tights|leggings)\b"
    r"[^.!?]{0,50}\bfor (?:reasons|a reason) (?:i'd rather|i would rather|nobody|no one|no-one"
    r"|i can't|i cant|i won't|you can guess|people don't)\b",
    r"\bhold my breath under (?:the )?(?:bath ?water|water|bath)\b[^.!?]{0,40}\b(?:what if"
    r"|didn't come up|not come up|stay under|stayed under)\b",
    r"\b(?:picturing|imagining|thinking about) (?:myself )?(?:walking|wading|stepping|jumping)"
    r" (?:in|into the (?:water|sea|river|lake|reservoir|canal)|off)\b",
    r"\b(?:platform|edge|yellow line|ledge|tracks)\b[^.!?]{0,80}\b(?:closer|nearer) (?:each|every)"
    r" time\b",
)
# --- preparations with a final line --------------------------------------------------------------
_PREP = (
    r"\b(?:made|wrote|did|updated|signed) (?:a|my) will\b[^.!?]{0,40}[.!?,]? ?not for (?:any )?"
    r"(?:normal|usual|good|ordinary|the normal|the usual) reasons?\b",
    r"\b(?:letters?|notes?|cards?) (?:in|inside) my (?:work |gym )?locker\b[^.!?]{0,40}\b(?:code"
    r"|combination|key)\b",
    r"\bthey'll (?:find|have found) me (?:by|before|on|at|in) (?:the weekend|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday|the morning|tomorrow)\b",
    r"\b(?:wrote|written|writing|put) down who (?:gets|will get|should get|should have|takes|will"
    r" take|should take) (?:the|my) (?:dog|cat|cats|dogs|kids|car|flat|house|things|stuff)\b",
    r"\b(?:gets|has|have|get) my (?:phone )?(?:passcode|password|pin|passwords|login)s? after\b",
    r"\b(?:left|leaving|given|gave) (?:the|my) (?:cat|dog|cats|dogs|pets?|car|flat) to (?:my |a )?"
    r"\w+ in (?:writing|my will)\b",
    r"\b(?:doesn't|does not|don't|do not|won't) know why yet\b",
    r"\b(?:won't|wont|will not|doesn't|does not) matter (?:after|by|past) (?:this|next|the end of"
    r" (?:the|this)) (?:week|month|weekend|year)\b",
    r"\b(?:counting|counted|saving|saved) (?:up )?(?:what's left (?:in|of) )?(?:the |my )?"
    r"(?:blister packs?|pills|tablets|meds|capsules|boxes)\b[^!?]{0,40}\b(?:enough|plenty)"
    r" (?:by|for|now|soon)\b",
    r"\b(?:the car|my car|it|the flat|my flat|my ring|the ring) is (?:hers|his|yours|theirs)"
    r" now\b[^!?]{0,40}\b(?:wasn't|was not|i'm not|im not|not) joking\b",
    r"\bmake it (?:look|seem) (?:like an accident|accidental)\b|\bhow it could (?:seem|look)"
    r" (?:accidental|like an accident)\b",
    r"\b(?:stopped|quit|stopping|quitting|skipping|not taking) (?:taking )?my (?:\w+ )?(?:meds"
    r"|medication|tablets|pills|insulin|inhaler)\b[^.!?]{0,20}\b(?:on purpose|deliberately)\b"
    r"|\bif my heart (?:gives out|stops|packs in),? (?:fine|good|so be it|whatever)\b",
)
_MEANS_READY = (
    r"\b(?:hose|hosepipe|rope|tape|charcoal|pills|tablets|blade|razor|cord|belt)\b[^!?]{0,60}\bi"
    r" know (?:exactly )?what (?:i'm|im|i am) (?:doing|going to do) with (?:it|them|that)\b",
    r"\b(?:swallow|take|taking|down|neck) (?:everything|the lot|all of (?:it|them)|the whole"
    r" (?:box|packet|bottle|cabinet))\b[^.!?]{0,60}\b(?:sleep for good|never wake|not wake"
    r"|go to sleep|sleep forever|end it|be done)\b",
    r"\b(?:they'd|they would|everyone would|everybody would|the kids would|my kids would|they'll)"
    r" (?:be|do) (?:fine|better|ok|okay|happier|better off) (?:if i was gone|if i were gone"
    r"|if i wasn't here|if i weren't here|without me)\b",
    r"\b(?:pills|tablets|meds|blade|rope|razor)\b[^.!?]{0,40}\b(?:on the table|lined up|in front"
    r" of me|next to me|ready)\b[^!?]{0,30}\bjust letting (?:someone|somebody|you|you all"
    r"|people) know\b",
)
# --- goodbyes worded as thanks -----------------------------------------------------------------
_GOODBYE = (
    r"\b(?:you lot|you all|you guys|y'all|this group|you) (?:were|was) the (?:best|only good)"
    r" (?:thing|part|people) (?:in|of) my (?:life|week|year|days)\b(?=[^!]*$)",
    r"\b(?:won't|will not|wont) (?:forget|need|miss) (?:you|any of you|this|it|them) where i'm"
    r" (?:going|headed|heading)\b",
    r"\b(?:everyone|everybody|you all) (?:has|have) heard what i (?:had|needed|wanted) to (?:say"
    r"|tell them|tell you)\b",
    r"\bif i (?:don't|dont|do not) (?:reply|answer|respond|come back|log on|show up)"
    r" (?:after|from|past) (?:tonight|today|this)\b[^!?]{0,40}\b(?:(?:isn't|is not|not|wasn't)"
    r" (?:anyone's|anybody's|your|you're) fault|i love you|i'm sorry|im sorry)\b",
    r"\b(?:won't|will not|wont) be (?:there|around|here) to (?:explain|see them|watch them|tell"
    r" them|read them|see it)\b",
)
# --- research, lying about safety --------------------------------------------------------------
_RESEARCH = (
    r"\b(?:searched|googled|googling|looked up|looking up|searching) (?:whether|if|how much)"
    r" (?:it )?hurts? to (?:drown|hang|jump|bleed out|fall|suffocate|overdose|od)\b",
    r"\b(?:asked|wanted to know|asks|asking) (?:me )?(?:if|whether) (?:i'm|im|i am|i was|i felt)"
    r" safe\b[^!?]{0,40}\b(?:i lied|i'm not|im not|i am not|i wasn't|i was lying)\b",
)

_CRISIS_GUARDS = (negated, crisis_in_past, third_person, joking)

RULES: tuple[Rule, ...] = (
    Rule(
        "crisis",
        "suicidal_ideation",
        "a passive wish or tiredness with living",
        any_rx(_WISH),
        _CRISIS_GUARDS,
    ),
    Rule(
        "crisis",
        "self_harm",
        "self-harm told sideways",
        any_rx(_SIDEWAYS),
        _CRISIS_GUARDS,
    ),
    Rule(
        "crisis",
        "suicide_plan",
        "preparations with a final line",
        any_rx(_PREP),
        _CRISIS_GUARDS,
    ),
    Rule(
        "crisis",
        "suicide_plan",
        "a means at hand, or others better off without them",
        any_rx(_MEANS_READY),
        _CRISIS_GUARDS,
    ),
    Rule(
        "crisis",
        "goodbye",
        "a goodbye worded as thanks",
        any_rx(_GOODBYE),
        _CRISIS_GUARDS,
    ),
    Rule(
        "crisis",
        "suicidal_ideation",
        "research or a safety answer that hides it",
        any_rx(_RESEARCH),
        (third_person, joking),
    ),
)
