"""More danger rules: arrivals, break-ins, monitoring, veiled threats and breached orders.

These complete screening_danger with shapes that recur in members' messages: short alarms ("he's
back", "can't talk, he's home"), someone at the door or in the garden, the abuser asking around
for the writer's address, veiled threats ("tick tock", "sleep with one eye open"), release from
prison and breached orders, and the police on their way. A first name before "is outside" is read
as "he" (see screening.py), so "Craig is parked across the road" is covered by the <S> patterns.
"""

from __future__ import annotations

from .screening_context import everyday_scene
from .screening_guards import danger_in_past, fiction, joking, negated, unreal
from .screening_guards_more import compared_with_yours, fiction_scene, idiom_threat, locked_away
from .screening_text import Rule, any_rx

_ALARM = (
    r"^\W*(?:help\W+|omg\W+|shit\W+)?<AB>(?:'s| is) (?:back|home|here|outside)(?: early| again"
    r"| now)?\W*$|^\W*<AB> (?:knows|found out)\W*$",
    r"\b(?:can't talk|gotta go|got to go|have to go|need to go|must go|got ta go)\W+<AB>(?:'s| is)"
    r" (?:home|back|here|coming)\b|\b<AB>(?:'s| is) (?:home|back)(?: early)?\W+(?:have to|gotta"
    r"|got to|need to|must) go\b|\b<AB>(?:'s| is) (?:home|back) early\b",
    r"\b<AB>(?:'s| has)? (?:found|tracked down|traced) me\b",
    r"\b<AB>(?:'s| is)?(?: \w+)? (?:gets?|getting|coming|comes|be) (?:back|home)\b[^.!?]{0,40}"
    r"\b(?:furious|angry|raging|terrified|scared|frightened|drunk|shaking|kill|mood)",
    r"\b(?:hear|heard|hearing) (?:his|her|my ex's) (?:car|van|keys?|voice|footsteps|truck|engine)\b"
    r"(?! (?:in my (?:head|dreams|sleep|mind)|telling me|saying i|when i|whenever i|every time i))",
    r"\b(?:so|because|cos) (?:he|she) (?:doesn't|does not|can't|won't) (?:see|hear|find out|know)\b"
    r"|\bhave to whisper\b|\btyping (?:this )?(?:from|in) the (?:toilet|bathroom|loo|wardrobe"
    r"|cupboard)",
    r"[,.]\s*it's (?:him|her|my ex)\W*$",
    r"\b<AB>(?:'s| is)(?: \w+){0,3} (?:drunk|angry|furious|raging|kicking off|getting worse|in a"
    r" mood|in one of his moods|off his face|high)\b[^.!?]{0,40}\b(?:scared|frightened|terrified"
    r"|afraid|shaking|hiding|help)",
)
_AT_THE_DOOR = (
    r"\b(?:trying|tried|tries) to (?:kick|break|force|smash) (?:the |my )?(?:door|window|lock)s?"
    r" (?:in|down|open)\b|\b(?:trying|tried|tries) to get (?:in|into) (?:my|the) (?:flat|house"
    r"|home|room|place|building)\b|\btrying (?:my|the) (?:door ?handle|back door|windows?)\b",
    r"\b<S>(?:'s| has)? broken? in\b|\blet (?:himself|herself|themselves) in\b"
    r"|\bclimb\w* (?:over|through|in) (?:the|my) (?:back |front )?(?:fence|wall|gate|window)",
    r"\b(?:knocking|banging|ringing|buzzing)\b[^.!?]{0,40}\bit's (?:him|her|my ex)\b"
    r"|\b<S>(?:'s| has)? (?:been )?(?:ringing|buzzing|pressing) (?:the|my) (?:buzzer|bell"
    r"|doorbell|intercom)",
    r"\b(?:there's|there is) (?:someone|somebody|a (?:man|guy|woman|car|van|stranger))"
    r" (?:\w+ )?(?:in (?:my|the) (?:garden|house|flat|hallway)|outside|at (?:my|the) (?:door"
    r"|window)|who keeps|hanging)",
    r"\b(?:i'm|i am|we're) being (?:followed|watched|stalked|tracked)\b|\b(?:a|the|some|this)"
    r" (?:strange |unknown |same )?(?:car|van|man|guy) (?:has )?(?:followed(?! me on)"
    r"|been following|been parked|parked|sitting|been sitting) (?:me|outside|across|opposite)\b",
    r"\bhanging (?:round|around|about) (?:my|the|our) (?:building|house|flat|street|work|door)"
    r"|\b(?:hear|hearing|heard) (?:someone|somebody|footsteps) (?:outside|at|in|on) (?:my|the)\b",
    r"\b<HIS> (?:car|van|truck|ute|bike)(?:'s| has| is)? (?:just )?(?:pulled (?:up|in|into)"
    r"|pulling (?:up|in)|turned up|arrived|c[ao]me round the corner)",
    r"\b<S>(?:'s| is) (?:\w+ ){0,3}?(?:out front|out the front|in the (?:foyer|corridor|hall"
    r"|entrance|lift|alley|yard))\b|\bwalking up (?:the|my) (?:path|drive|driveway|stairs)\b",
    r"\b<S> (?:have been|keep) (?:driving|walking|turning|showing|coming) (?:past|by|round|up)\b",
)
_MONITORING = (
    r"\b<S>(?:'s| is| has been|'s been| keeps)? (?:reading|logging into|checking|going through"
    r"|screenshotting|recording|listening to) (?:all )?my\b",
    r"\b<S>(?:'s| has)? (?:changed|reset) (?:all )?my (?:passwords?|pins?|logins?)\b|\b<S>"
    r" (?:still )?(?:has|'s got|got|knows) my (?:\w+ )?(?:login|password|passcode|pin)\b",
    r"\bcan see where i (?:am|go|live)\b|\bfind my (?:iphone|phone|friends)\b|\blife360\b",
    r"\bknows? (?:my every move|everything i do|where i am all the time)|\b(?:knew|knows) exactly"
    r" where i (?:am|was|go|went)\b",
    r"\b(?:put|installed|hid|planted) (?:a |some )?(?:cameras?|bugs?|trackers?|recorders?) (?:in"
    r"|on|under) (?:my|the|our) \w+|\b(?:cameras?|bugs?|listening devices?)\b (?:in|all over"
    r"|around) (?:the|my|our) (?:house|flat|home|bedroom|room|car|living room)",
    r"\b(?:posted|shared|published|leaked) my (?:new )?(?:address|location|number|phone number"
    r"|details)\b|\b(?:sent|delivered|left|posted) (?:\w+ ){0,4}(?:to|at) my new (?:address|flat"
    r"|house|place|work)\b|\bmy new address\b[^.!?]{0,30}\b(?:text|message|sent|knows|found)",
    r"\b<S> (?:\w+ )?(?:found out|knows|worked out) where (?:i|we) (?:moved|went|am|was|sleep)\b",
    r"\b<S>(?:'s| is| has been|'s been| keeps| kept)? (?:\w+ ){0,2}?(?:asking|asked|asks|calling"
    r"|messaging|texting|contacting|ringing|messages|calls|rings)\b[^.!?]{0,40}\bwhere (?:i|we)"
    r" (?:am|live|'m|are|work|moved|go|stay)",
    r"\b<S>(?:'s| has)? (?:been )?(?:contacting|messaging|texting|asking|calling|ringing"
    r"|turning up at) (?:my (?:kids|children|son|daughter|work|boss|manager|family)|the (?:kids"
    r"|children|school|nursery)|my (?:kids'|son's|daughter's) school)\b",
    r"\b<S> (?:keeps|kept|has been|'s been) (?:calling|ringing|emailing|turning up at|messaging)"
    r" my (?:work|office|boss|manager|family|mum|mom|sister|friends)\b",
    r"\b(?:new|different|private|unknown|withheld) numbers?\b[^.!?]{0,30}\b(?:every day|all (?:day"
    r"|night)|keeps?|won't stop)|\b(?:rings|calls|ringing|calling) (?:me )?and hangs? up\b",
)
_VEILED_THREAT = (
    r"\bsleep with one eye open\b|\benjoy (?:it|your freedom|your life|your last \w+) while (?:it"
    r" lasts|you can)\b|\btick,? ?tock\b|\bbetter watch (?:out|yourself|your back)\b",
    r"\b(?:end up|you'll end up|i'll end up) (?:in a ditch|dead|in hospital|in the river|in the"
    r" ground|six feet under|in a box)\b|\bmake (?:me|you) disappear\b|\bfinish what (?:he|she|i)"
    r" started\b|\bput (?:me|you) in (?:hospital|the ground|a grave|a box)\b|\bthrow acid\b",
    r"\bget (?:his|her|their) (?:mates|friends|boys|brothers|family|people) (?:to|on) (?:me|sort)"
    r"|\bsort (?:me|you) out\b(?=[^.!?]*\b(?:said|says|threaten\w*|when|mates)\b)",
    r"\b<S> (?:\w+ ){0,3}(?:said|says|saying|texted|messaged)\b[^.!?]{0,30}\b(?:be )?waiting"
    r" (?:for me|outside)\b",
    r"\b(?:sending|sent|getting|got|making) (?:me )?(?:death )?threats\b|\bthreatening (?:messages"
    r"|texts|voicemails?|letters?|calls|emails)\b|\bthreats (?:are|have been) (?:getting|got)"
    r" (?:worse|more)\b|\bblackmail\w* me\b",
    r"\b<S>(?:'s| is) (?:going to|gonna) take (?:my|our|the) <KIDS>\b|\bsnatch (?:the|my|our)"
    r" <KIDS>\b|\btake (?:us|me|the kids|them) (?:all )?with (?:him|her)\b",
    r"\b<S>(?:'ll| will|'d| would|'s going to| is going to|'s gonna) (?:\w+ )?(?:end|finish|sort"
    r" out|destroy|ruin) (?:me|us)\b",
)
_ESCALATION = (
    r"\b<AB>(?:'s| is| was| gets| got)? (?:getting |being |been )?(?:out of (?:prison|jail)"
    r"|released|out on bail|let out)\b",
    r"\b(?:breach\w*|broke|broken|ignor\w*|violat\w*) (?:the |his |her |my )?(?:restraining"
    r"|non-molestation|protection|court|occupation|no contact) (?:order|injunction)\b"
    r"|\b(?:injunction|order|bail conditions?) (?:doesn't|does not|didn't|won't) stop"
    r" (?:him|her)\b",
    r"\b(?:police|cops)\b[^.!?]{0,20}\b(?:on (?:their|the) way|are coming)\b(?! (?:round )?"
    r"(?:tomorrow|next|on \w+day|to take (?:my|a) statement|for (?:a|my) statement))"
    r"|\b(?:called|rang|calling|phoned) (?:the )?(?:police|cops|999|911)\b"
    r"(?=[^.!?]*\b(?:waiting|on (?:their|the) way|coming)\b)",
    r"\b(?:not|isn't|won't be) (?:returning|bringing back|giving back) (?:the|my|our) <KIDS>\b"
    r"|\bkept (?:the|my|our) <KIDS> (?:past|beyond|longer|overnight)\b|\b(?:tried|trying|tries) to"
    r" (?:pick up|collect|take|get|grab) (?:my|the|our) <KIDS>\b",
    r"\b<S>(?:'s| is) (?:hitting|beating|hurting|strangling|choking|attacking) (?:my|our)"
    r" (?:mum|mom|mother|sister|brother|nan|gran|dad)\b|\b<S>(?:'s| is)? (?:going to|gonna|'ll"
    r"|will) (?:hurt|hit|kill|beat) (?:mum|mom|my mum|my mom|my sister|my brother|the kids"
    r"|the baby|my (?:little )?<KIDS>)\b",
    r"\b(?:has been|'s been|is being|is getting|gets) (?:violent|aggressive|abusive) (?:towards|to"
    r"|with) me\b",
    r"\b(?:bruises?|bruised|swollen|black eye|split lip)\b[^.!?]{0,30}\b(?:from (?:last night"
    r"|this morning|yesterday|earlier|where he|what he|when he)|he (?:did|gave))",
    r"\b<S>(?:'s| has| have| is| was| has been|'s been| keeps)? ?(?:been )?(?:hitting|beating"
    r"|hurting|punching|kicking|slapping|choking|strangling) (?:me|us)\b(?= again|[^.!?]*\b(?:more"
    r" often|every|worse)\b)|\b<S> (?:hurt|hit|threw) me again\b",
    r"\b<S> <ADV>(?:smashed|trashed|wrecked) (?:up )?(?:the|my|our) (?:kitchen|house|flat|room"
    r"|bedroom|living room|lounge|tv|telly|laptop)\b|\b(?:my|the) (?:windows?|tyres|tires|car"
    r"|front door) (?:were|was|have been|has been|got) (?:smashed|slashed|kicked in|keyed"
    r"|vandalised)\b",
    r"\blocked myself in\b|\bin the (?:car|bathroom|bedroom|room) with the doors? locked\b",
)

_USUAL = (negated, danger_in_past, unreal, everyday_scene, locked_away, fiction_scene)


def _rule(label: str, reason: str, patterns: tuple[str, ...], guards: tuple = _USUAL) -> Rule:
    return Rule("danger", label, reason, any_rx(patterns), guards)


RULES: tuple[Rule, ...] = (
    _rule("abuser_nearby", "the person they fear may be here or on the way", _ALARM),
    _rule("abuser_nearby", "someone may be at the door or trying to get in", _AT_THE_DOOR),
    _rule("tracking", "may be watched, tracked or searched for", _MONITORING),
    _rule(
        "threat",
        "reports a threat",
        _VEILED_THREAT,
        (*_USUAL, joking, fiction, idiom_threat, compared_with_yours),
    ),
    _rule("threat", "reports an escalation or recent violence", _ESCALATION),
)
