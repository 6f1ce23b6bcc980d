"""Crisis rules, round eleven: goodbyes and endings told in ordinary words.

Goodbye messages written instead of the journal prompt; a long thank-you "for everything" sent,
and the call that follows not taken; "my final session" with thanks and no reason (a course
ending, a move, a new time slot, an operation); "another year of this? can't. won't."; a note
line to a loved one ("if you ever read this, none of it was your fault"); and wanting the abuser
to do it or doing it first ("I don't care anymore if he uses it on me", "I'd rather do it myself
and save him the bother", "might as well finish the job for him"), which is crisis also when the
danger rules fire on the threat in the same message.

Each everyday twin names its reason: the leaving card for colleagues, the phone off because of
work, the last session "of the course", "another year of this job", "I'd rather do it myself"
about the decorating (no harm word in the message), a letter to one's younger self.
"""

from __future__ import annotations

from .screening_guards import crisis_in_past, joking, mundane_farewell, negated, third_person
from .screening_text import Guard, Rule, any_rx, rx
from .screening_warning import needs

# --- goodbye messages, and thanks with the phone left ringing ----------------------------------
_MESSAGES = (
    r"\b(?:writing|wrote|written|write|drafting|drafted|typing|typed|recording|recorded|scheduling"
    r"|scheduled|finishing|finished|started|saving|saved)\b (?:my |some |the |a few |all the |all"
    r" my |a couple of |little |individual |personal )?(?:goodbye|farewell) (?:messages?|texts?"
    r"|emails?|videos?|voice ?notes?|recordings?|posts?)\b",
)
_MESSAGES_EVERYDAY = rx(
    r"\b(?:colleagues?|team|leaving (?:do|card|party|drinks)|retir\w*|students|pupils|class"
    r"|classmates|teacher|nursery|graduat\w*|last day|new job|essay|exam|assignment|the group chat"
    r"|emigrat\w*)\b"
)
_THANKS = (
    r"\bthank\w*\b[^.!?]{0,40}\bfor (?:everything|all of it|all (?:these|those|the) years|all"
    r" you(?:'ve| have) done|being there|always being)\b",
)
_UNANSWERED = rx(
    r"\b(?:didn't|did not|won't|wouldn't|couldn't|not going to|can't) (?:pick up|answer|reply"
    r"|ring (?:her|him|them) back|call (?:her|him|them) back|text (?:her|him|them) back)\b"
    r"|\blet it ring\b|\b(?:switched|turned) (?:my )?phone off\b"
)
_UNANSWERED_EVERYDAY = rx(
    r"\b(?:at work|driving|asleep|in the shower|busy|meeting|battery|signal|later|tomorrow"
    r"|retir\w*|leaving do|birthday|wedding)\b|!"
)
# --- "my final session", with thanks -----------------------------------------------------------
_LAST_SESSION = (
    r"\bmy\s(?:last\x20session|final\x20session|last\x20meeting|final\x20meeting|last\x20group"
    r"|final\x20group|last\x20check-?in|final\x20check-?in|last\x20night\x20here|last\x20time"
    r"\x20here|final\x20time\x20here|last\x20ever\x20session|final\x20ever\x20session)\b"
    r"(?! (?:of|before|for a|for the|with|until|till|on|at|in|this (?:week|month|year|term)|next"
    r"|then|was|is next|wasn't|went))",
    # "not coming next week. or any week."
    r"\b(?:session|meeting|group|check-?in|next week|on here)\b[^.!?]{0,30}[.!?,]? ?(?:or\x20any"
    r"|nor\x20any) (?:after (?:that|it|this)|others? after|more after|week|session|meeting"
    r"|time|other)s?\b",
    # "I won't be needing my spot after tonight", "I won't be on here again"
    r"\b(?:won't|wont|will not) (?:be )?need(?:ing)? (?:my|the|this|a) (?:spot|seat|place|chair"
    r"|invite codes?|login|workbook|link|codes?)\b[^.!?]{0,20}\b(?:after|past|beyond)"
    r" (?:tonight|today|this week|this weekend)\b",
    r"\b(?:won't|wont|will not) be (?:on\x20here|logging\x20on|posting\x20here|back\x20on\x20here"
    r"|in\x20the\x20chat) (?:again|after (?:tonight|today))\b|\bthe last time i(?:'m| am)? (?:going"
    r" to )?(?:post|posting|log(?:ging)? on|be on) here\b",
)
_SIGN_OFF = rx(
    r"\bthank\w*|\bknowing you\b|\blook after (?:each other|yourselves|one another)\b"
    r"|\bfor (?:everything|all of it)\b|\bmade (?:my|up my) mind\b|\boddly calm\b|\bat peace\b"
    r"|\byou know what i mean\b|\bnot because i'm\b|\bgoodbye\b|\blove you all\b|\bbeen (?:so )?"
    r"(?:kind|lovely|good to me)\b|\bmeant (?:so much|a lot|everything)\b|\btake care\b"
    r"|\blook after yourselves\b|\bwon't forget\b|\bor any\b|\bdon't worry\b|\bpls\b|\bplease\b"
)
# --- "another year of this? can't." -----------------------------------------------------------
_SPAN = (
    r"(?:(?:ten|twenty|thirty|forty|fifty|\d+) )?(?:years?|decades?|christmas|birthday|winter"
    r"|summer|month|lifetime|night|nights|morning|day|week)"
    r" (?:of|like) (?:this|it|this life|feeling like this|living like this|being me|being alive"
    r"|last (?:year|christmas|time|one|night))(?! [a-z])"
)
_ANOTHER = (
    r"\b(?:another|one more|a whole|another whole|(?:\w+|\d+) more) "
    + _SPAN
    + r"\W{1,6}(?:i )?(?:(?:can't|cant)(?! wait)|won't|wont|no|nope|not (?:doing|happening|again"
    r"|a chance)|never|no way|i refuse)\b",
    r"\b(?:can't|cant|cannot|won't|wont|couldn't|not going to|refuse to|not gonna|i'm not)"
    r" (?:do|face|take|survive|handle|stand|bear|manage|hack|cope with|go through|live through"
    r"|get through|make it through|doing|facing|spending|living) (?:another|one more) " + _SPAN,
)
# "when he's let out I'd rather not be here anymore"
_NOT_HERE = (
    r"\bi(?:'d| would) rather not be (?:here|around|alive) (?:anymore|any more|at all|to (?:find"
    r" out|see)|by then)\b",
)
_ANOTHER_EVERYDAY = rx(
    r"\b(?:job|work|boss|commute|course|degree|uni|school|weather|rain|heat|cold|landlord|flat"
    r"|neighbours?|leaving|leave (?:him|her)|divorce|moving|move out|getting out|new start|baby"
    r"|teething|noise|music|drilling|builders|snoring|cough|flu|shift|party|insomnia)\b"
)
# --- a note line to a loved one ------------------------------------------------------------------
_NOTE_LINE = (
    r"\bif you (?:ever )?(?:read|see|find|get) this\b[^?]{0,40}\b(?:(?:none of (?:it|this|that)"
    r"|it|this|that) (?:was|is|wasn't|isn't|was never|is never|was not|is not) (?:\w+ )?your"
    r" fault|not your fault)\b",
)
_FOUND_NOTE = (
    r"\b(?:by\x20the\x20time (?:you|anyone|someone) (?:reads?|sees?|gets?|finds?) this|to whoever"
    r" finds (?:this|me)|when\x20you\x20find (?:this|me)|whoever\x20finds\x20me)\b",
)
_NOTE_EVERYDAY = rx(
    r"\b(?:plane|flight|holiday|landed|asleep|in bed|at work|on my way|there|back|home|dinner"
    r"|lost|reward|keys|wallet|phone)\b|!"
)
_EXERCISE = rx(
    r"\b(?:younger self|inner child|little me|past self|exercise|prompt|homework|worksheet"
    r"|unsent)\b"
)
# --- the abuser doing it, or doing it first -----------------------------------------------------
_HE = r"(?:he|she|they|my ex|<AB>)"
_LET_HIM = (
    r"\b(?:don't|dont|do not) care (?:anymore |any more |now |either way )?if "
    + _HE
    + r" (?:\w+ ){0,2}?(?:uses? (?:it|that|the \w+)\x20on\x20me|kills?\x20me|hurts?\x20me"
    r"|shoots?\x20me|stabs?\x20me|finish(?:es)?\x20me|does\x20it|ends?\x20(?:it|me)|goes"
    r"\x20through\x20with\x20it)\b",
    r"\b(?:(?:wish|wishes|hope|hopes|hoping|wishing) " + _HE + r"|(?:part of me |i |i half"
    r" |i almost |half of me )?(?:wants?|wanted|wish|hope) (?:him|her|them) to)(?: (?:would|'d"
    r"|will|'ll|just|does|did|actually|finally))* (?:does it|did it|do it|kills? me|killed me"
    r"|finish(?:es)? me(?: off)?"
    r"|finish(?:es)? it|go(?:es)? through with it|gets? it over with|ends? it|ends? me|uses? it on"
    r" me|shoots? me)\b",
    r"\b(?:might|would|'d|it'd|it would) be (?:easier|simpler|a relief|quicker|better|for the"
    r" best) if " + _HE + r" (?:just )?(?:did it|killed me|finished me|went through with it|used"
    r" it|ended it)\b",
    r"\bif " + _HE + r" (?:does )?(?:kills?|finish(?:es)?) me\b[^.!?]{0,20}\b(?:at least|fine|good"
    r"|so be it|whatever|it's over|it'd be over|i'd be free|relief)\b",
    r"\b(?:him|her|them)\x20(?:killing|finishing)\x20me\b[^.!?]{0,30}\b(?:relief|easier|fine"
    r"|for the best|welcome)\b",
    r"\bsaves?\x20me (?:doing it|the (?:bother|trouble|job|effort))\b",
)
_OWN_END = (
    r"\b(?:i'd|i would|id|i might|i'll|i will|might as well|may as well|tempted to) (?:rather"
    r" |sooner |just |probably )?(?:end\x20it|end\x20things|end\x20my\x20life) (?:myself|first"
    r"|before (?:he|she) (?:does|can|gets the chance))\b",
)
_FIRST = (
    r"\b(?:i'd|i would|id|i might|i may|might as well|may as well|i'll|i will|i could|i should"
    r"|tempted to) (?:rather |sooner |just |probably )?(?:do\x20it|finish\x20it"
    r"|finish\x20the\x20job) (?:myself|for him|for her|for them)\b",
    r"\b(?:save\x20him\x20the (?:bother|trouble|job|effort|hassle)|save\x20her\x20the (?:bother"
    r"|trouble|job|effort|hassle)|beat\x20him to it|beat\x20her to it|beat\x20them to it"
    r"|save\x20them\x20the (?:bother|trouble|job|effort|hassle))\b",
)
_HARM = rx(
    r"\b(?:kill\w*|die|dead|death|gun|shotgun|knife|hurt\w*|threat\w*|end me|finish me|he won|she"
    r" won|stab\w*|shoot\w*|shot|strangl\w*|batter\w*|beat me|rifle"
    r"|what(?:'s| is) the point|broken|no point)\b"
)

_GUARDS: tuple[Guard, ...] = (negated, crisis_in_past)


def _rule(label: str, reason: str, patterns: tuple[str, ...], *guards: Guard) -> Rule:
    return Rule("crisis", label, reason, any_rx(patterns), (*_GUARDS, *guards))


RULES: tuple[Rule, ...] = (
    _rule(
        "goodbye",
        "writes goodbye messages",
        _MESSAGES,
        third_person,
        mundane_farewell,
        needs(None, _MESSAGES_EVERYDAY),
    ),
    _rule(
        "goodbye",
        "thanks someone for everything and does not take the call",
        _THANKS,
        needs(_UNANSWERED, _UNANSWERED_EVERYDAY),
    ),
    _rule(
        "goodbye",
        "a last session with thanks and no everyday reason",
        _LAST_SESSION,
        mundane_farewell,
        needs(_SIGN_OFF, rx(r"!")),
    ),
    _rule(
        "suicidal_ideation",
        "cannot face more time like this",
        _ANOTHER,
        joking,
        needs(None, _ANOTHER_EVERYDAY),
    ),
    _rule("goodbye", "a note to a loved one", _NOTE_LINE, needs(None, _EXERCISE)),
    _rule("goodbye", "a note for whoever finds it", _FOUND_NOTE, needs(None, _NOTE_EVERYDAY)),
    _rule("suicidal_ideation", "would let the abuser do it", _LET_HIM, joking, needs(_HARM)),
    _rule("suicidal_ideation", "would end it first", _OWN_END, joking),
    _rule("suicidal_ideation", "would rather not be here", _NOT_HERE, joking),
    _rule(
        "suicidal_ideation",
        "would do it first, for the abuser",
        _FIRST,
        joking,
        needs(_HARM, None),
    ),
)
