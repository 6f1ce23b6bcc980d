"""Context guards: the checks that turn a keyword hit into "no finding".

A guard gets the normalised message and a match span and returns True to drop the match. They
encode how members actually talk: about the past ("years ago he threatened me, I'm safe now"),
with negation ("I'm not suicidal"), about other people ("my friend died by suicide"), in jest
("my mum will kill me lol"), or quoting what was said to them ("he always said I was overreacting").
"""

from __future__ import annotations

from .screening_text import clause_before, rx, sentence_bounds

# A negator up to three words before the hit. "not sure", "don't know", "not gonna lie" are
# hedges, not negations: "not sure i want to be here" is still a warning sign.
_NEGATED = rx(
    r"(?<!\bif\si\s)(?<!\bif\su\s)(?<!\bif\syou\s)(?<!\bunless\si\s)\b(?:not|never|no|nothing"
    r"|don't|do not|didn't|did not|doesn't|won't|will not|wouldn't"
    r"|would not|isn't|wasn't|haven't|have not|hasn't|no longer|stopped|without)\b"
    r"(?! (?:sure|certain|even sure|know|care|lie|lying|joking|kidding|gonna lie|going to lie"
    r"|think i can|see the point|want to be here|want to live|want to exist|want to wake))"
    r"(?:\W+\w+){0,3}\W*$"
)


def negated(text: str, start: int, end: int) -> bool:
    """The hit is negated in its own clause ("I would never hurt myself")."""
    return bool(_NEGATED.search(clause_before(text, start)))


# --- time: is this about now, or about a past the writer has left behind? ----------------------

# "Now" cues. Strong ones always win; weak ones ("still", "every night") lose to an explicit
# distant past ("back in 2018 he was outside every night").
_NOW_STRONG = rx(
    r"\b(?:tonight|today|right now|rn|just now|lately|recently|these days|at the moment|atm"
    r"|this (?:week|morning|evening|afternoon|weekend)|last (?:night|week)|yesterday|earlier"
    r"|relaps\w*|urges?|can't stop|any minute|on (?:his|her) way|currently)\b"
)
_NOW_WEAK = rx(
    r"\b(?:again|still|keeps?|(?<!not\x20)any ?more|every (?:day|night)|since (?:he|she|it|the"
    r"|court))\b"
)
_DISTANT = rx(
    r"\b(?:years ago|back (?:then|in \d{4})|in (?:19|20)\d\d|when i was (?:a |in |at )?(?:teen"
    r"|teenager|kid|child|younger|little|\d+)|as a (?:teen|teenager|kid|child)|growing up"
    r"|a long time ago|long ago|used to|there was a (?:time|point|period|stage)"
    r"|in that (?:marriage|relationship|house))\b"
)
_CRISIS_PAST = rx(
    r"\b(?:used to|years ago|when i was (?:a |in |at )?(?:teen|teenager|kid|child|younger|little"
    r"|school|uni|\d+)|as a (?:teen|teenager|kid|child)|back (?:then|in \d{4}|in the day)"
    r"|in (?:19|20)\d\d|in my (?:teens|twenties|20s)|a long time ago|haven't \w+(?: \w+)? (?:in"
    r"|for)"
    r"|(?:clean|free)(?: of it| from it)? (?:for|since)|\d+ (?:years|months) (?:clean|free)"
    # round thirteen: "twelve years free of it now"
    r"|\w+ (?:years|months) (?:clean|free)|free of it now|in that (?:marriage|relationship)"
    r"|(?:much|so much|a lot|way) better now|in recovery|there was a (?:time|point|period|stage)"
    r"|at one (?:point|stage)|in a (?:much |far |way )?better place"
    r"|i know now|now i know|when i was with (?:him|her)"
    r"|(?:during|in) the (?:marriage|relationship)|when (?:i was|we were) (?:married|together)"
    r"|that was (?:in )?(?:19|20)\d\d"
    r"|(?:helped|got) me (?:through|out)|got through it|climb(?:ed)? out|it (?:does )?gets? better"
    r"|(?:i'm|i am) (?:so )?glad i'm (?:still )?here|the other side|before and i)\b"
)
_DANGER_PAST = rx(
    r"\b(?:used to|years ago|(?:that|this|it) was (?:years|ages|a long time|\d+ years|in \d{4}"
    r"|back|(?:19|20)\d\d|when)|back (?:then|in \d{4}|when)|in (?:19|20)\d\d|when (?:we"
    r"|i) (?:were|was)"
    r" (?:together|with him|with her|married|a kid|little|young|younger|a child|a teen|\d+)"
    r"|growing up|as a (?:kid|child|teen)|a long time ago|long ago|ages ago|before i (?:left"
    r"|got out)"
    r"|at the time|(?:\w+|\d+) years back"
    # round eleven: a year long gone, "once, Christmas 1989", "before the kids were born"
    r"|(?:19[4-9]\d|200\d|201[0-7])|once,? (?:in |at |one |around )?(?:christmas|new year|easter"
    r"|summer|19|20)\w*|before (?:the|my|our) (?:kids|children|son|daughter|baby|eldest|youngest)"
    r" (?:was|were) born|before (?:we|i) (?:got married|married|met|had (?:the )?kids))\b"
)
_DANGER_SAFE = rx(
    r"\b(?:i'm (?:safe|ok|okay|fine)(?: now)?|(?:he|she)'s (?:in (?:prison|jail)|locked up|dead"
    r"|long gone|gone|abroad|moved away)|(?:he|she) (?:lives abroad|moved (?:away|abroad|to \w+)"
    r"|died|passed away)|never found me|no contact (?:for|since)|(?:i|i've|finally"
    r"|eventually) got out(?! of (?:prison|jail))"
    r"|i left (?:him|her|in \d{4}|\d+ years ago)|(?:he|she) can't (?:reach|find) me|i moved"
    r" (?:away|abroad|house|out|to)|(?:he|she) doesn't know where|i'm clear|it's clean"
    r"|(?:police|they) checked (?:it|the \w+)|the court (?:stopped it|order)|court order"
    r"|(?:haven't|have not|not) (?:heard from|seen) (?:him|her|them) (?:in|for|since)"
    r"|(?:he|she) moved (?:up|down) (?:north|south|country)|being deported"
    r"|(?:has|have) no idea where (?:i|we) (?:am|are|live)"
    # round thirteen: "my email got hacked ... New account now."
    r"|new (?:account|email|phone|number|passwords?) now)\b"
)


def _now_in_sentence(text: str, start: int, end: int) -> bool:
    left, right = sentence_bounds(text, start, end)
    if _NOW_STRONG.search(text, left, right):
        return True
    return not _DISTANT.search(text, left, right) and bool(_NOW_WEAK.search(text, left, right))


_RECOVERED = rx(
    r"\b(?:but|and|though) not (?:any ?more|now|these days)\b|\bnot any ?more though\b"
    r"|\bbut i'm (?:learning|working on it|getting better)\b"
)


def crisis_in_past(text: str, start: int, end: int) -> bool:
    """Talk of a past crisis the writer has come through ("I used to self harm, 8 years free")."""
    left, right = sentence_bounds(text, start, end)
    if _RECOVERED.search(text, left):
        return True
    if _now_in_sentence(text, start, end):
        return False
    return bool(_CRISIS_PAST.search(text, left, right) or _CRISIS_PAST.search(text))


def danger_in_past(text: str, start: int, end: int) -> bool:
    """A threat that is over: past-time cue in the sentence or a safety cue in the message, and
    nothing in the sentence saying it is happening now."""
    left, right = sentence_bounds(text, start, end)
    if _now_in_sentence(text, start, end):
        return False
    _, after = sentence_bounds(text, right + 1, right + 1) if right < len(text) else (0, right)
    return bool(_DANGER_PAST.search(text, left, after) or _DANGER_SAFE.search(text))


# --- whose risk is it? -------------------------------------------------------------------------

_THIRD = rx(
    r"\b(?:he|she|they|his|her|their|friend|friend's|brother|sister|cousin|someone|somebody"
    r"|people|a guy|a girl|a man|a woman|film|show|book|character|celebrity|client|colleague"
    r"|teenager|teen|son|daughter|kid|child|nephew|niece|student|patient|neighbour)\b"
)
_FIRST = rx(r"\b(?:i|i'm|i've|i'd|me|myself|im)\b")


def third_person(text: str, start: int, end: int) -> bool:
    """The clause is about someone else ("my friend's brother died by suicide")."""
    before = clause_before(text, start, 80)
    return bool(_THIRD.search(before)) and not _FIRST.search(before)


# --- everyday reasons that make "last session" / "goodbye" harmless --------------------------

_MUNDANE = rx(
    r"\b(?:before (?:the|my|xmas|christmas|summer|i go on|surgery)|of the (?:course|programme"
    r"|program|group|block|term|cycle|series|year)|for (?:a while|now|the summer|a few|a bit"
    r"|a couple)"
    r"|until|till|back (?:in|on|next|after)|see (?:you|u|ya|y'all)|holiday|vacation|surgery"
    r"|operation|moving (?:to|house)|new job|break|graduat\w*|maternity|\d+ weeks|next (?:term"
    r"|month"
    r"|cycle|group|block)|new group|another group|switching|changing|time slot|schedule|shifts?"
    r"|work|hols|trip|wedding|exams?|dentist|appointment|away with|library|closes|closing"
    r"|football|closer to|found (?:one|another|a new)|joining|alumni|evening group"
    r"|morning group|different group|other group|move to|seaside|beach|camping|abroad"
    r"|visiting|half term|therapist|counsell?or|sessions|finished (?:our|all|my|the)|the move"
    r"|lunch ?box\w*|packed lunch|while i(?:'m| am)? (?:away|move|moving|in hospital)"
    r"|after the (?:separation|divorce|split))\b"
)


def mundane_farewell(text: str, start: int, end: int) -> bool:
    """An ordinary goodbye: a holiday, the end of the course, a new time slot."""
    return bool(_MUNDANE.search(text))


# --- figures of speech about death (for the broad "death talk" rule only) ---------------------

_IDIOM_AFTER = rx(
    r"^\W*(?:to|for|of|from|laughing|inside|tired|to me|on|end|set|serious|easy|certain|sure|ringer"
    r"|prevention|awareness|course|training|hotline|helpline|charity|walk|research|survivors?|happy"
    r"|line|lines|weight|beat|heat|quiet|silent|wrong|right|center|centre|ahead|cute|funny|proud"
    r"|excited|jealous|bored|embarrassed|hungry|scared|after|at work|at the|lol|lmao|haha)\b"
)
_IDIOM_BEFORE = rx(
    r"\b(?:nearly|almost|could have|could've|thought i was going to|thought i'd|thought he'd"
    r"|thought"
    r" he was going to|scared to|rather|'d rather|sooner|before i|until i|till i|when i|if i"
    r"|fear of"
    r"|afraid of|scared of|terrified of|he'll be the|be the|was|were|phone is|phone's|battery"
    r"|my (?:\w+ )?(?:mum|mom|dad|nan|gran|friend|brother|sister|dog|cat|pet|husband|wife|son"
    r"|daughter|uncle|aunt|cousin|grandad|grandma|father|mother)(?:'s)?(?: \w+)?|(?:he|she|they"
    r"|it|who|someone|people|plants?|fish)(?:'s| is| was| has| have)?(?: \w+)?|death threats?"
    r"|near|brush with|so|literally|totally|basically|lowkey)\W*$"
)


_NEG_INSIDE = rx(
    r"\b(?:not|never|no|don't|didn't|won't|wouldn't|isn't|wasn't|haven't|hasn't|no longer)\b"
)


_SURVIVED = rx(
    r"\b(?:thought|felt|was sure|was convinced|believed|feared|genuinely thought)(?: that)?"
    r" (?:i|he|she|we)(?:'d| was| were| would| might)?\W*$|\b(?:nearly|almost)\W*$"
)


def survived(text: str, start: int, end: int) -> bool:
    """Fear during past violence, not a wish: "I thought I was going to die that night"."""
    return bool(_SURVIVED.search(clause_before(text, start, 60)))


def idiom(text: str, start: int, end: int) -> bool:
    """A figure of speech, a negation, or someone else's death: "dying to see it", "dead tired",
    "I'm not suicidal", "my dad died", "I thought I was going to die" (survived violence)."""
    last_word = text[start:end].split()[-1]
    lead = text[start : end - len(last_word)]
    return bool(
        _IDIOM_AFTER.search(text[end : end + 20])
        or _IDIOM_BEFORE.search(lead)
        or _NEG_INSIDE.search(lead)
    )


# --- jokes and hyperbole -----------------------------------------------------------------------

_JOKE = rx(
    r"(?:\b(?:lol|lool|lmao|lmfao|haha\w*|hehe\w*|jk|jokes|rofl)\b|\U0001f602|\U0001f923|\U0001f605"
    r"|\U0001f480"
    r"|\b(?:if i'm late|if i forget|forget (?:his|her|their) birthday|if i'm not home by"
    r"|(?:ate|eat|eating) (?:his|her|the last)|spend|spent|scratch(?:ed)? (?:his|her) car))"
)


_FICTION = rx(
    r"\b(?:film|movie|show|tv|telly|book|novel|episode|series|character|song|lyrics|documentary"
    r"|podcast|game|soap|netflix)\b"
)


_UNREAL = rx(
    r"\b(?:dream|dreams|dreamt|dreamed|dreaming|nightmares?|imagin\w*|feel like|feels like"
    r"|felt like"
    r"|as if|pretend\w*|what if|paranoid)\b|\b(?:if|whether|in case)\W*$"
)


_CAUTIOUS = rx(
    r"\b(?:just (?:being )?(?:cautious|curious|checking)|no reason to (?:think|believe|suspect)"
    r"|asking for (?:a friend|the group|my friend))\b"
)


def unreal(text: str, start: int, end: int) -> bool:
    """A dream, a fear that feels real but isn't happening ("I keep dreaming he's outside"), or a
    question asked just in case ("how do I check for spyware? just being cautious")."""
    return bool(_UNREAL.search(clause_before(text, start, 50)) or _CAUTIOUS.search(text))


def fiction(text: str, start: int, end: int) -> bool:
    """Talk about a film or book ("she said 'I'll make you pay' in a film and it triggered me")."""
    return bool(_FICTION.search(text))


_RECENT = rx(
    r"\b(?:last night|tonight|today|this (?:morning|afternoon|evening|week)|yesterday|earlier|again"
    r"|just|just now|now|an hour ago|minutes ago|right now|rn|(?:on )?(?:mon|tues|wednes|thurs|fri"
    r"|satur|sun)day|at the weekend|this weekend|has been|'s been|keeps|still|every (?:day|night"
    r"|week)"
    r"|all the time|whenever|last time)\b"
)


def not_recent(text: str, start: int, end: int) -> bool:
    """Violence with no sign it just happened is a story from the past, not a danger now."""
    left, right = sentence_bounds(text, start, end)
    return not _RECENT.search(text, left, right)


def joking(text: str, start: int, end: int) -> bool:
    """A figure of speech ("my mum will kill me if I forget her birthday lol")."""
    return bool(_JOKE.search(text))


# --- reported speech and self-talk (agreement rules) -------------------------------------------

_REPORTED = rx(
    r"\b(?:i|he|she|they|people|everyone|someone|my \w+|his \w+|friends|family|mum|mom|dad)"
    r" (?:\w+ ){0,2}(?:tell|told|telling|tells|say|said|saying|says|ask|asked|asking|asks|think"
    r"|thought|thinking|believe|believed|believing|convinced|convincing|wonder|wondered|wondering"
    r"|hoping|hoped|keep asking|kept asking|used to say"
    r"|would say|'d say|yelled|shouted|screamed|texted|wrote|called me|go on about)\b"
)


def reported(text: str, start: int, end: int) -> bool:
    """The hit is something said *to* the writer, or self-talk, not said to a member now."""
    left, _ = sentence_bounds(text, start, end)
    before = text[max(left, start - 80) : start]
    return bool(_REPORTED.search(before)) or before.count('"') % 2 == 1
