"""The long tail of danger wording: threats in the abuser's words ("you'll find out what happens",
"sleep with the lights on"), violence just done ("threw a mug at me", "until I passed out"),
being kept in or out, monitoring through other people ("asking our son where mummy lives"),
someone waiting at the end of the road, and signs that someone has been at the door.

Collected from the training batches (train3 and the first fresh batch, after its one scoring). A
first name is read as "he" before these run (see screening.py). Guards drop negation, a past that
is over, dreams and what-ifs, everyday scenes, films and a person in prison.
"""

from __future__ import annotations

from .screening_context import everyday_scene
from .screening_guards import danger_in_past, fiction, joking, negated, unreal
from .screening_guards_more import fiction_scene, idiom_threat, locked_away
from .screening_text import Rule, any_rx

_THREATS = (
    r"\b(?:make sure (?:i|you) regret|(?:i'll|i will|you'll|you will|i'd|you'd) regret (?:calling"
    r"|speaking|talking|going|telling|reporting|that|crossing|it)|(?:find out|see|learn) what"
    r" happens (?:when|if) (?:i|you))\b",
    r"\b(?:going to|gonna|will|'ll) '?(?:deal with|sort out|sort) (?:me|you)\b",
    r"\b(?:won't|will not|never) (?:see|make it to|live to see) (?:my|your) (?:next )?birthday\b"
    r"|\bsleep with the lights on\b|\benjoy your last \w+\b",
    r"\b(?:knife|gun|blade|bullet|noose)\b[^.!?]{0,30}['\"]soon['\"]",
    r"\b(?:answer|pick up|reply|open the door)(?: me)?,? or (?:i'm|i am|i'll|i will)"
    r" (?:coming|come) (?:round|over|there|in)\b",
    r"\b(?:we|he|she|they) knows? (?:exactly )?where you (?:are|live|work|sleep|are staying)\b"
    r"|\bknows? which (?:refuge|shelter|house|flat|school|hotel|hostel|street|b&b)\b",
    r"\b(?:report|reporting|reported) me to (?:social services|the police|immigration|the home"
    r" office)\b[^.!?]{0,40}\b(?:kids|if i|unless)\b|\bhave (?:the|my) kids taken\b"
    r"|\bdisappear with (?:the|my|our) (?:kids|children|baby|son|daughter)\b",
    r"\b(?:set fire to|torch|burn down) (?:the|my|our) (?:house|flat|car|place|home)\b",
)
_HURT_NOW = (
    r"\b(?:threw|throws|thrown|hurled|chucked|lobbed) (?:a |the |his |my |her )?\w+ at"
    r" (?:me|my head|my face)\b",
    r"\b(?:wouldn't|won't|couldn't) let me breathe\b|\buntil i (?:passed out|blacked out|couldn't"
    r" breathe)\b",
    r"\b(?:fist|hand|hole|head)\b[^.!?]{0,20}\b(?:through|in) the (?:wall|door)\b[^.!?]{0,30}\bnext"
    r" to (?:my|me)\b",
    r"\bsharpening (?:knives|a knife|the knife|his knife|the knives)\b"
    r"|\b(?:crowbar|hammer|bat|knife|machete|axe)\b[^.!?]{0,30}\b(?:it's for me|for me\W*$"
    r"|says it's for)\b",
    r"\b(?:kicking|kicked|smashing|breaking) (?:the |my )?(?:\w+ )?door (?:in|down|open)\b",
    r"\b<AB>(?:'s| is) (?:\w+ ){0,4}getting (?:angrier|worse|more (?:angry|aggressive|violent))\b",
)
_KEPT = (
    r"\b(?:put|has|kept|took|hid) the keys? in (?:his|her) (?:pocket|bag)\b|\b(?:sitting|standing"
    r"|leaning|sat) (?:against|in front of) the door\b",
    r"\bwon't let me (?:in|back in|into)\b(?=[^.!?]*\b(?:screaming|shouting|raging|banging"
    r"|locked|freezing)\b)|\bwon't give (?:me )?(?:back )?my (?:passport|phone|keys|id|documents"
    r"|visa|bank cards?)\b",
    r"\bcomes? into my (?:room|bed) at night\b",
    r"\b(?:in|from) the (?:loo|toilet|toilets|bathroom|ladies)\b[^.!?]{0,30}\btyping\b",
)
_WATCHED = (
    r"\b(?:telling|told|tells) (?:people|everyone|them|my \w+|people at \w+(?: \w+)?)\b[^.!?]{0,30}"
    r"\bwhere (?:i'm|i am|we're|i) (?:living|live|staying|work)\b",
    r"\basking (?:our|my|the) (?:son|daughter|kids|children|boy|girl) where\b|\bpretending to be"
    r" me\b|\bletting (?:him|her|my ex) in\b",
    r"\b(?:inside|into|in) my (?:emails?|accounts?|phone|icloud|messages)\b(?=[^.!?]*\b(?:again"
    r"|still|changed the password|got in|keeps)\b)|\bover my shoulder\b",
    r"\b(?:never met|don't know|don't recognise|a stranger)\b[^.!?]{0,40}\b(?:me )?my (?:\w+'s )?"
    r"(?:school|address|work|postcode|car reg)\b",
    r"\bno stamp\b|\bhand[- ]delivered\b|\b(?:door|window|gate)s? (?:was|were) (?:unlocked|open"
    r"|left open)\b[^.!?]{0,40}\b(?:always lock|i locked|i'd locked|when i got (?:home|back))\b",
    r"\b(?:dead (?:bird|animal|rat|mouse|rose|flowers|cat)|bullet|a knife)\b[^.!?]{0,30}"
    r"\b(?:doorstep|on my car|through my letterbox|on my door|outside my door|on the mat)\b",
)
_NEARBY = (
    r"\b<S>(?:'s|'re| is| are) <ADV>(?:\w+ ){0,3}?(?:at|by) the (?:end|top|bottom|corner) of (?:my"
    r"|our|the) (?:road|street|drive|close|lane|block)\b",
    r"\b(?:a |some |this )?(?:man|guy|bloke|someone|somebody|person|car|van)\b[^.!?]{0,30}"
    r"\b(?:standing|sitting|parked|waiting|lurking|hanging around)\b[^.!?]{0,30}\b(?:across from"
    r"|opposite|outside|at the end of|by) (?:my|our|the) (?:house|flat|door|road|street|building"
    r"|window|work)\b(?=[^.!?]*\b(?:every|night|don't know|someone in it|for hours|right now"
    r"|again|staring)\b)",
    r"\b(?:walks?|walking|drives?|driving|drove|keeps (?:walking|driving)|goes) (?:\w+ ){0,3}?"
    r"(?:past|by) (?:my|our|the) (?:window|house|flat|door|new place|place|work)\b(?=[^.!?]*\b"
    r"(?:every|again|keeps|slowly|same time|\d+ times|twice|revving|miles away)\b)",
    r"\b<S> <ADV>(?:keeps |kept |has been |'s been |is |'s )?(?:driving|drove) (?:past|by)"
    r" (?:slowly|again|outside|revving)\b|\brevving (?:the|his) engine\b",
    r"\b(?:saw|seen|spotted|noticed) (?:his|her|my ex's) (?:car|van|truck|bike|ute)\b[^.!?]{0,40}"
    r"\b(?:where i am|i'm in|where i'm)\b|\bhiding in the (?:back|staff room|stock room|toilets)\b",
    r"\b<S>(?:'s| is| has been|'s been| keeps| was)? ?(?:banging|knocking|hammering|pounding"
    r"|kicking) (?:on|at) (?:the|my) (?:\w+ )?(?:door|window)\b|\b(?:ringing|buzzing|pressing)"
    r" (?:her|his|our|the) (?:buzzer|bell|doorbell|intercom)\b",
    r"\b(?:my )?(?:hubby|husband|partner|boyfriend|bf|ex)(?:'s| has| just)? (?:just )?(?:got|gets"
    r"|come|came) (?:home|back)\b[^.!?]{0,40}\b(?:gotta go|got to go|have to go|need to go|mood"
    r"|angry|drunk|raging)\b",
    r"\bif (?:he|she|my ex) (?:sees|reads|finds) (?:this|out)\b[^.!?]{0,30}\b(?:go mad|lose it"
    r"|kill me|go crazy|flip|go mental)\b",
    r"\b<AB>(?:'s| is) (?:already )?(?:back )?round (?:here|mine|my house|my flat)\b",
    r"\b<AB>(?:'s| is) driving (?:down|up|along|over|here|this way)\b(?=[^.!?]*\b(?:right now|now"
    r"|rn|tonight|here|to me|mine|location)\b)",
)
_GUARDS = (negated, danger_in_past, unreal, locked_away, fiction_scene)


def _rule(label: str, reason: str, patterns: tuple[str, ...], guards: tuple = _GUARDS) -> Rule:
    return Rule("danger", label, reason, any_rx(patterns), guards)


RULES: tuple[Rule, ...] = (
    _rule("threat", "reports a threat", _THREATS, (*_GUARDS, joking, fiction, idiom_threat)),
    _rule("violence", "reports recent violence or a weapon", _HURT_NOW),
    _rule("locked_in", "may be kept in, kept out or hiding", _KEPT),
    _rule("tracking", "may be watched or found", _WATCHED),
    _rule(
        "abuser_nearby",
        "the person they fear may be nearby",
        _NEARBY,
        (*_GUARDS, everyday_scene),
    ),
)
