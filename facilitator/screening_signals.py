"""Crisis and danger rules, round eight: the misses round seven listed (fresh11).

Crisis: a drug at someone else's home the writer can reach ("my nan's old morphine is still in
the drawer and I have a key"); a drive to a known place with a goodbye in the same message
("left a note saying sorry. Driving to Beachy Head now"); a pet or the children named as the only
reason to stay ("the dog is the only reason I'm still here", "if it wasn't for the kids I'd be
gone"); helium "not for a party"; voices telling the writer to walk into water, with words in
between ("the voices are back and they're telling me to walk into the loch"); "I want to die" in
Polish.

Danger: his car or engine recognised outside ("that sounds like his diesel outside"); him joining
the children's club, team or school ("he's joined my son's football club as a coach").

Guards: negation, a past the writer has come through, someone else's story, jokes, films; the
drive needs a farewell in the message ("a walk with the dog" passes). A first name is read as
"he" before the danger rules run, and the message-level vetoes apply to every hit.
"""

from __future__ import annotations

from .screening_guards import crisis_in_past, danger_in_past, joking, negated, third_person, unreal
from .screening_guards_more import fiction_scene
from .screening_text import Rule, any_rx, rx

# --- crisis --------------------------------------------------------------------------------------
_MEANS_ELSEWHERE = (
    r"\b(?:nan's|nana's|gran's|granny's|grandad's|mum's|mam's|mom's|dad's|aunt's|auntie's|uncle's)"
    r" (?:old |leftover |spare |unused )?(?:morphine|oxycodone|oxy|tramadol|codeine|fentanyl"
    r"|diazepam|pills|tablets|meds|medication|sleeping pills|insulin|shotgun|gun|rifle)\b"
    r"[^.!?]{0,40}\b(?:still (?:in|there|at)|i (?:have|'ve got|still have) (?:a|the) key"
    r"|i know where|nobody would (?:notice|miss)|no one would (?:notice|miss))",
)
_PLACE = (
    r"\b(?:driving|going|heading|walking|getting the (?:bus|train)|on my way|off) (?:up |down |out"
    r" )?to (?:beachy head|the cliffs?|the cliff edge|the bridge|the viaduct|the tracks|the railway"
    r" line|the quarry|the gap|the dam|the reservoir|the pier)\b[^.!?]{0,20}\b(?:now|tonight"
    r"|for the last time|one last time|to end (?:it|this))\b",
)
_FAREWELL = rx(
    r"\b(?:sorry|note|goodbye|bye|letter|ring|forgive|last time|can't do this|cant do this"
    r"|love you all|take care of|look after|tell (?:my|the) kids)\b"
)
_ONLY_REASON = (
    r"\b(?:the|my) (?:dog|dogs|cat|cats|kids?|children|son|daughter|boy|girl|pets?|bird|horse)"
    r" (?:is|are|'s|'re) (?:the only|my only) (?:reason|thing) (?:i'm|im|i am|keeping me|that"
    r" keeps me|stopping me|i haven't|i've not)\b",
    r"\bif it (?:wasn't|weren't|was not|were not) for (?:the|my) (?:dogs?|cats?|kids?"
    r"|children|sons?|daughters?|pets?|mum|mam|mom)\b[^.!?]{0,30}\bi(?:'d| would)(?: have)?"
    r" (?:be gone|not be"
    r" here|have done it|done it|gone through with it|have gone|be dead)\b",
    r"\bif it (?:wasn't|weren't|was not|were not) for (?:the|my) (?:dogs?|cats?|kids?"
    r"|children|sons?|daughters?|pets?|mum|mam|mom)\b[^.!?]{0,30}\bi (?:wouldn't|would not)"
    r" (?:be here|still be"
    r" here|be alive)\b",
)
_HELIUM = (
    r"\bhelium\b[^.!?]{0,40}\bnot (?:for|because of) (?:a |the |any )?(?:party|parties|balloons?"
    r"|birthday)\b",
    r"\bvoices?\b[^.!?]{0,30}\b(?:telling|tell|tells|told|saying|say) me to (?:walk into|jump"
    r"|step off|step in front|go into|drown|end it|kill|hurt|cut|throw)\b",
)
_POLISH = (
    r"\b(?:chcę umrzeć|chce umrzec|nie chcę (?:już )?żyć|nie chce (?:juz )?zyc|zabiję się"
    r"|zabije sie)(?!\w)",
)


def _no_farewell(text: str, start: int, end: int) -> bool:
    """A drive to the cliffs with no goodbye in the message is an outing."""
    return not _FAREWELL.search(text)


_CRISIS_GUARDS = (negated, crisis_in_past, third_person, joking)

# --- danger --------------------------------------------------------------------------------------
_VEHICLE = (
    r"\b(?:sounds?|sounded|looks?|looked) (?:just |exactly )?like (?:his|he's|my ex's) (?:car|van"
    r"|truck|ute|diesel|engine|motorbike|bike|exhaust)\b(?=[^.!?]{0,30}\b(?:outside|out front"
    r"|pulling up|pulled up|idling|in the street|on the road|on the drive|down the road|again)\b)",
    r"\b(?:outside|out front|pulling up|pulled up|idling)\b[^.!?]{0,30}\b(?:sounds?|sounded|looks?"
    r"|looked) (?:just |exactly )?like (?:his|he's|my ex's) (?:car|van|truck|ute|diesel|engine"
    r"|motorbike|bike|exhaust)\b",
)
_CHILD_PLACE = (
    r"\b(?:he|he's|he has|my ex|my ex has|my ex's)\b[^.!?]{0,20}\b(?:joined|signed up (?:to|for"
    r"|with)|turned up at|started (?:at|coaching|helping (?:at|with)|volunteering at)|volunteers"
    r" at|got a job at)\b[^.!?]{0,16}\b(?:my|our) (?:son's|daughter's|kids'?|children's|boy's"
    r"|girl's|boys'|girls') (?:\w+ ){0,2}?(?:club|team|class|school|nursery|group|practice"
    r"|training|church|scouts|cubs|brownies)\b",
)
_DANGER_GUARDS = (danger_in_past, joking, unreal, fiction_scene)

RULES: tuple[Rule, ...] = (
    Rule(
        "crisis",
        "suicide_plan",
        "a means at another home",
        any_rx(_MEANS_ELSEWHERE),
        _CRISIS_GUARDS,
    ),
    Rule(
        "crisis",
        "goodbye",
        "on the way to a known place, with a goodbye",
        any_rx(_PLACE),
        (*_CRISIS_GUARDS, _no_farewell),
    ),
    Rule(
        "crisis",
        "suicidal_ideation",
        "one thing named as the only reason to stay",
        any_rx(_ONLY_REASON),
        _CRISIS_GUARDS,
    ),
    Rule(
        "crisis",
        "suicidal_ideation",
        "a means or a voice told sideways",
        any_rx(_HELIUM),
        _CRISIS_GUARDS,
    ),
    Rule(
        "crisis",
        "suicidal_ideation",
        "says they want to die, in Polish",
        any_rx(_POLISH),
        (third_person,),
    ),
)
DANGER_RULES: tuple[Rule, ...] = (
    Rule(
        "danger",
        "abuser_nearby",
        "his car or engine heard or seen outside",
        any_rx(_VEHICLE),
        _DANGER_GUARDS,
    ),
    Rule(
        "danger",
        "children_at_risk",
        "him joining the children's club, team or school",
        any_rx(_CHILD_PLACE),
        _DANGER_GUARDS,
    ),
)
