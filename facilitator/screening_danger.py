"""Danger rules: risk from another person now or soon.

Threats, the abuser outside / on the way / following, tracking and device access, weapons,
being locked in, children at risk, and violence that has just happened. In a trauma-bond group
"he" almost always means the abuser, so pronouns count as the subject. Threats that are over
("years ago he threatened me, but I'm safe now") are dropped by `danger_in_past`.
"""

from __future__ import annotations

from .screening_context import everyday_scene, own_new_home, writer_does_it, writer_is_subject
from .screening_guards import danger_in_past, fiction, joking, negated, not_recent, unreal
from .screening_guards_more import fiction_scene, idiom_threat, locked_away, own_tracker
from .screening_text import Rule, any_rx

DANGER = "danger"

_HARM_VERB = (
    r"(?:kill|murder|hurt|harm|stab|shoot|strangle|choke|slit|burn|beat|batter|smash|break (?:my"
    r"|your"
    r"|her|his)|finish (?:the job|me|you)|end (?:me|you)|get (?:me|you|rid of me)|come (?:after"
    r"|for)"
    r" (?:me|you|us)|find (?:me|you)|make (?:me|you) pay|ruin (?:my|your) life|destroy (?:me|you)"
    r"|make sure (?:i|you) (?:disappear\w*|never|don't|won't|regret|pay|suffer|end up)"
    r"|take (?:the|my|our|your) <KIDS>|take (?:them|the kids|my kids|her|him) (?:away|off me|from"
    r" me)|take me with (?:him|her)|(?:post|share|send|leak) (?:my |your"
    r" |the )?(?:nudes|pics|photos|videos|pictures))"
)
# Who is harmed: never "himself" on its own (that is coercion, not a threat to the writer).
_HARM_OBJ = r"(?! (?:himself|herself|themselves|it|time|for)\b)"

_THREAT = (
    r"\b<S> (?:\w+ ){0,2}?(?:said|says|say|told|tells|telling|threaten\w*|swore|swears|promised"
    r"|warned(?: me)?|keeps saying|kept saying|messaged|texted|wrote|screamed|shouted|yelled)"
    r"\b[^.!?\n]{0,40}?\b(?:'d|'ll|would|will|going to|gonna|to|he'd|he'll|she'd|she'll)"
    r" (?:\w+ )?" + _HARM_VERB + _HARM_OBJ,
    r"\b<S>(?:'ll| will|'d| would|'s going to| is going to|'s gonna| is gonna) (?:\w+ )?"
    r"(?:kill|murder|hurt|harm|stab|shoot|strangle|beat|batter|burn) (?:me|us|my|the|our|you)\b",
    r"\b(?:i'd|i would|i'll|i will|you'll|you will|you'd|you're going to) regret (?:this|it|leaving"
    r"|ever)|\bi know where you (?:are|live|sleep|work|are staying)\b",
    r"\bnobody (?:would|will)(?: ever)? find (?:my|your) body\b|\bfinish the job\b",
    r"\bkill (?:himself|herself|themselves) and (?:take|kill) (?:me|us|the kids)\b",
    r"\b(?:make sure|said|says|threaten\w*|swore) (?:that )?(?:i|you)(?:'ll|'d| will| would)?"
    r" (?:never|won't|wouldn't|don't) see (?:my|the|your|our|them|him|her) ?<KIDS>?",
    r"\bthreaten\w* (?:me|us|my|to (?!(?:kill|hurt|harm|end) (?:himself|herself|themselves|his"
    r" life|her life)\b(?! and (?:me|us|the kids|my)))(?=(?:\w+ )?(?:kill|hurt|harm|take|post"
    r"|share|send|leak|burn|come|find|report|tell|ruin|break|smash|stab|shoot|throw|lock|get|put"
    r"|call|end|beat|destroy|expose|leave|sell|cut|stop|have|make|keep|snatch|show)))\b|\b(?:making|made|sent|sending|send"
    r"|getting) (?:\w+ )?threats\b",
    r"\b(?:i'll|i will|you'll|you will|i'd|you'd) be sorry\b|\bwatch your back\b|\byou're dead\b"
    r"|\byou'll pay\b|\bor else\b|\byou'll see what happens\b|\bi'll (?:make you pay|ruin you"
    r"|end you|find you|hurt you|kill you|get you)\b|\b(?:going to|gonna) kill you\b",
    r"\b(?:scared|afraid|terrified|frightened) (?:to go|of going) (?:home|back)\b(?! to (?:work"
    r"|school|uni|college|the gym|therapy|group|the office))",
    r"\bdead (?:woman|man|girl|bitch) walking\b|\bif i can't have you,? (?:no ?one|nobody)"
    r" (?:can|will|else)\b|\b(?:look|come) outside\b|\bi'm outside\b|\bi can see you\b"
    r"|\bi'm watching you\b",
    r"\b(?:from (?:him|his number|my ex)|he (?:texted|messaged|sent|wrote)|saying)\b[^.!?]{0,30}"
    r"\bsee you soon\b",
    r"\b(?:i'll|i will|you'll|you will|i'd|you'd) never see (?:my|the|your|our) <KIDS>\b",
    r"\b(?:i|you) (?:won't|will not|wouldn't) (?:live|survive|make it) (?:to see|through|past"
    r"|until|to)\b(?! (?:group|the group|the session|the meeting|class|work|school)\b)",
    r"\b(?:gun|knife|weapon|shotgun|rifle)\b[^.!?]{0,60}\b(?:using it|use it|talking about using)"
    r"(?! on myself)"
    r"|\bthere's a (?:gun|shotgun|rifle|firearm|weapon) in the (?:house|flat|car|home)\b",
    r"\b(?:i|i've|we) (?:really )?(?:need|have|got) to (?:get out|escape|run|get away|leave (?:him"
    r"|her|the house|now|tonight))\b[^.!?]{0,30}\b(?:tonight|right now|now|before (?:he|she)"
    r"|today|asap)\b",
    r"\b(?:scared|afraid|terrified|fear(?:ing)?|frightened) (?:for|of) (?:my|our) (?:life|lives"
    r"|safety)\b",
    r"\b(?:scared|afraid|terrified|frightened|worried) (?:that )?<S>(?:'ll| will|'s going to"
    r"| is going to|'s gonna| might| could| would|'d) (?:\w+ )?(?:kill|hurt|find|come|take|do"
    r" something|snap|lose it)",
    r"\b(?:don't|do not|never) feel safe (?:at home|going home|tonight|here|with him|with her"
    r"|right now|in my (?:own )?(?:house|home|flat)|anymore)"
    r"|\bi'm not safe\b(?! (?:with|from|around) myself)"
    r"|\bnot safe (?:here|at home|tonight|right now|anymore|to go home)\b",
)
_NEARBY = (
    r"\b<S>(?:'s| is| was| has)? <ADV>(?:(?!lives?\b|lived\b|works?\b"
    r"|used\b)\w+ ){0,2}?(?:outside\b(?! (?:my life|of|the relationship))"
    r"|at (?:the|my|our) (?:door|front door|back door|window|gate)|on (?:the|my) doorstep|in the"
    r" (?:garden|drive|driveway|car park|parking lot|street|hallway|stairwell|building|lobby"
    r"|reception)|downstairs|across the (?:road|street)|down the road|round the corner"
    r"|parked (?:outside|across|opposite|up|down|near|by|at)|nearby|near (?:here|my|mine|me)"
    r"|in the area|around here|close by)",
    r"\b<S>(?:'s| is) <ADV>(?:here|near|close)\b(?! (?:for|in|with|too|as well|to|on)\b)",
    r"\b<HIS> (?:car|van|truck|bike|motorbike|lorry) (?:is|'s|was)? ?(?:\w+ )?(?:outside|parked"
    r"|across|in (?:the|my) (?:street|road|drive)|on (?:my|the) (?:street|road|drive)|down the road"
    r"|here)\b",
    r"\b(?:saw|seen|spotted|noticed) (?:him|her|<HIS> (?:car|van|truck|bike))\b(?=[^.!?]*\b(?:again"
    r"|outside|drive past|driving past|today|tonight|earlier|by mine|near|at the|twice|parked)\b)",
    r"\b<S>(?:'s| is| keeps| kept| has been|'s been| was| just)? ?(?:banging|knocking|hammering"
    r"|pounding|kicking|trying) (?:on|at|through|down|to open) (?:the|my) (?:door|window|windows"
    r"|wall)",
    r"\b<S> <ADV>(?:keeps |kept |has been |'s been |is |'s |was )?(?:driving|drove|walking|walked"
    r"|going|cycling) (?:past|by|round|around) (?:my|the|our|her|his)",
    r"\b<AB>(?:'s| is| just)? ?(?:pulling|pulled|pulls) (?:up|in|into)\b",
    r"\b<S> <ADV>(?:has |'s |keeps |kept |always )?(?:turned|turning|turns|showed|showing|shows)"
    r" up\b",
    r"\b<AB>(?:'s| is)? <ADV>(?:on (?:his|her|their) way|coming|heading|headed|driving|walking)"
    r"(?: over| round| here| back| home| to (?:mine|my|the house|get|find|see) ?)",
    # "he's on his way" with no destination means here; "on his way to work" does not
    r"\b<AB>(?:'s| is) <ADV>on (?:his|her|their) way\b(?! (?:to|into|from|out|back from)\b)",
    r"\b<S>(?:'s| is) <ADV>(?:\w+ )?(?:waiting|sat|sitting|standing|parked|hiding|lurking)"
    r" (?:for me|outside|there|at|in|by|across|opposite|down|near)\b",
    r"\b<S> <ADV>(?:waits|waited|keeps waiting) (?:for me|outside)\b",
    r"\b<S>(?:'s| is| has| had| was| just| keeps| kept)? ?(?:been |just )?(?:came|come|comes|coming"
    r"|turned up|showed up|showing up|waiting|sitting|sat|parked|hanging around|hanging about"
    r"|lurking"
    r"|standing|shouting|screaming|banging|knocking|watching) (?:\w+ ){0,2}?(?:at|outside|near|by"
    r"|round|around|to|in|into|on) (?:my|our|the kids'|the) (?:house|flat|home|place|work|office"
    r"|door|window|car|school|street|road|drive|mum's|parents'|sister's|friend's)\b",
    r"\b<AB>(?:'s| is) <ADV>(?:coming)(?= for me| tonight| now| today| tomorrow|\W*$|[.!,])",
    r"\b(?:i can|can) (?:hear|see) (?:him|her|them|his car|my ex) (?:\w+ ){0,3}?(?:outside"
    r"|downstairs"
    r"|upstairs|in the (?:hall|hallway|garden|street|car|drive|kitchen|house|stairwell|corridor)"
    r"|at the"
    r" (?:door|window|gate)|through the|coming|shouting|banging|walking|pacing)\b",
    r"\b(?:someone|somebody|a man|a guy|a car|a van)(?:'s| is| has been|'s been| keeps| kept)?"
    r" (?:following|watching|parked outside|sitting outside|been following|been watching) (?:me"
    r"|my|us"
    r"|the house|outside)\b",
    r"\b<S>(?:'s| is| keeps| has been|'s been)? (?:\w+ )?(?:watching|stalking|spying on) (?:me"
    r"|us)\b",
    r"\b<S>(?:'s| is) <ADV>(?:at|outside|in) (?:my|our) (?:\w+'?s? )?(?:house|flat|place|home|work"
    r"|door)\b",
    r"\b<AB>(?:'s| is) (?:only |like |about |literally |just )?(?:\d+|a few|five|ten|two|twenty"
    r"|a couple of|couple) (?:mins?|minutes|miles|streets|doors|roads) away\b",
    r"\b<S>(?:'s| is) <ADV>(?:\w+ )?(?:in|on|at) (?:my|our) (?:street|road|close|estate|block"
    r"|building|car park|garden|drive|driveway|stairwell|area|neighbourhood)\b",
    r"\b<S>(?:'s| has| was)? (?:been )?(?:spotted|seen|sighted) (?:\w+ ){0,2}?(?:in|on|at|near"
    r"|outside|round|around) (?:the|my|our) ",
    r"\b<S>(?:'s| has)? (?:been|got|broke|broken|let himself|snuck|came) (?:in|into"
    r"|inside) (?:my|the"
    r"|our) (?:house|flat|home|place|car|room)\b",
    r"\b<S>(?:'s| is)? (?:trying|tried|tries) to (?:break|get|force (?:his|her) way) in\b"
    r"|\bbreak(?:ing)? (?:in|into) (?:my|the) (?:house|flat|home|place|door)\b"
    r"|\bbeen (?:coming|getting|letting (?:himself|herself)) in\b",
    r"\bsending (?:his|her) (?:friends|mates|family|brother|sister|mum|mom|people) (?:to|round|over"
    r"|after)\b",
    r"\b<AB>(?:'ll| will) be (?:home|here|back)(?: \w+){0,2}? (?:any minute|any second|soon|shortly"
    r"|in (?:\d+|a few|ten|five|twenty|a couple of) (?:mins?|minutes))",
    r"\b<S>(?:'s| is| has been|'s been| keeps| was)? ?(?:following|followed|stalking|stalked"
    r"|tailing"
    r"|looking for|searching for|hunting for|hunting) (?:me|us|my car|my (?:mum|sister|friend"
    r"|daughter|son|kids)|the kids)\b",
    r"\b(?:pics?|photos?|pictures?|videos?|screenshots?) of (?:my|our|the) (?:\w+'s |\w+' )?"
    r"(?:house|home|front door|door|car|flat|street|work|building|kids|window|school|new place"
    r"|address)\b",
    r"\b(?:watching|watch|watches|staking out|casing) (?:my|our|the) (?:house|flat|home|place"
    r"|building|window|door|street|work)\b",
    r"\b<S>(?:'s| is) (?:\w+ ){0,6}?(?:kicking off|raging|going mental|losing it|smashing)\b",
    r"\b(?:smashing|breaking|throwing) (?:stuff|things|plates|everything|the place)\b",
    r"\bhiding (?:in the (?:bathroom|toilet|loo|bedroom|wardrobe|closet|car|garden|shed|cupboard)"
    r"|from (?:him|her|them|my ex|my <REL>))",
)
_TRACKING = (
    r"\b<S>(?:'s|'d|'ll|'ve)? (?:\w+ ){0,2}?(?:track|tracks|tracking|tracked|monitor\w*|bugged"
    r"|spying on|spy on"
    r"|spies on|reads|read|checks|check|checking|goes through|go through|went through|logged into"
    r"|logs into|hacked|hacks|has access to|accessed|installed \w+ on|put \w+ on|can see|sees)"
    r" (?:all |everything on )?(?:my|me|our|everything)\b ?(?:phone|location|messages|texts|emails?"
    r"|car|laptop|computer|accounts?|icloud|google|whatsapp|facebook|insta\w*|snap\w*|dms|chats?"
    r"|browser|history|movements|i do|i)?",
    r"\b(?:has|have|got|sees|see|share|sharing|shares|on|tracking|track|of|to|from) my (?:live"
    r" |exact )?location\b",
    r"\b(?<!fitness[ ])(?<!period[ ])(?<!step[ ])(?<!sleep[ ])(?:tracker|tracking device"
    r"|gps (?:thing|tracker|device)|air ?tags?|tile tracker|spyware"
    r"|stalkerware|tracking app|location app)\b(?=[^.!?]*\b(?:on|in|under) (?:my|the)"
    r" (?:car|phone|bag|coat|pram|buggy|keys)\b)|\bfound (?:an?|the) (?:air ?tag|tracker|gps)",
    r"\b<S> (?:\w+ ){0,1}?(?:knows|found|found out|got|has|discovered|worked out|figured out|gave)"
    r" (?:exactly )?(?:where i(?:'m| am)? ?(?:live|living|stay|staying|work|am|is|go)|my (?:new )?"
    r"(?:\w+ (?:and|&) )?(?:address|location|flat|house|place|work|number|phone number|routine)"
    r"|where the (?:refuge|shelter) is|the (?:refuge|shelter)(?:'s)? address|(?:what time"
    r"|when) i (?:finish|leave|get|go))",
    r"\b<S> (?:found|tracked|traced) me\b|\bfake (?:accounts?|profiles?)\b"
    r"|\b(?:comments|commented|posts|posted|tells me|texts|messages|messaged) (?:exactly )?where i"
    r" (?:am|was|go|live|work|sleep)\b",
    r"\b<S> (?:has|'s got|got|kept|still has) (?:a |my |the )?(?:spare )?(?:keys?|key to)\b",
    r"\b<S>(?:'s| has)? (?:got |still )*(?:has )?(?:access to|into|the passwords? (?:to|for)"
    r"|control"
    r" of|logins? (?:to|for)) (?:all )?(?:my|our) ",
    r"\b(?:installed|put|hid|planted|added) (?:\w+ ){0,3}?(?:on|in|to) my (?:phone|laptop|computer"
    r"|car|tablet|ipad|bag|accounts?)\b",
    r"\b<S> (?:\w+ ){0,1}?(?:knows|found out|worked out|figured out) where (?:i|we|the kids|my \w+)"
    r" (?:live|living|go|are|stay|staying|work|is)\b",
)
_WEAPON = (
    r"\b<S>(?:'s| has| had| is| was)? <ADV>(?:\w+ ){0,2}?(?:has|have|got|owns|keeps|kept|bought"
    r"|buys|carries|carrying|pulled|pulls|held|holding|holds|grabbed|grabs|waved|waving|pointed"
    r"|pointing|showed me|brandish\w*|came at me with|chased me (?:out )?with|threatened me with"
    r"|hit me with|hides|hid|went for me with) (?:a |an |the |his |her |my |two |three |loads of )?"
    r"(?:new |big |kitchen |loaded )?(?:guns?|knife|knives|blade|machete|shotgun|rifle|pistol"
    r"|firearms?|weapons?|axe|hammer|bat|baseball bat|crossbow|taser)\b",
    r"\b(?:knife|gun|blade|machete) (?:to|at|against) my (?:throat|head|neck|face|chest)\b",
)
_LOCKED = (
    r"\b(?:locked|locks|locking|lock) (?:me|us|the kids|my kids) (?:in|inside|up)\b",
    r"\b(?:i'm|i am|we're|im) (?:locked|trapped|stuck) (?:in|inside) (?:the |a |my |his |this )?"
    r"(?:room|bedroom|bathroom|house|flat|car|cupboard|shed|basement|garage|toilet|loo|kitchen"
    r"|home|here)\b",
    r"\b<S>(?:'s| has)? (?:locked me out of|changed the passwords? (?:on|to)|taken|took|takes|hides"
    r"|hid|kept) (?:my|all my) (?:phone|accounts?|bank cards?|cards|money|passport|id|documents)\b",
    r"\b(?:won't|will not|doesn't|wouldn't|never) let (?:me|us) (?:leave|go out|out|get out|outside"
    r"|go anywhere)\b",
    r"\b(?:took|takes|taken|hides|hid|hidden|hiding|has|got|'s got) (?:my|the|all the|all my)"
    r" (?:keys|car keys|key|phone and keys|passport|purse|wallet|shoes|phone)\b",
    r"\b<S> (?:kept|keeps|is keeping|'s keeping|held|holds) (?:me|us) (?:in|inside|locked|at home"
    r"|prisoner|from leaving|trapped|hostage)\b",
    r"\bcan't get out\b|\bblocking the (?:door|doorway|exit)\b|\b(?:doors?|windows?) (?:is|are)"
    r" (?:all )?locked\b[^.!?]{0,40}\b(?:key|keys|can't|won't let)",
)
_CHILDREN = (
    r"\b<S>(?:'s| is| has| keeps| has been|'s been)? (?:\w+ ){0,1}?(?:hit|hits|hitting|hurt|hurts"
    r"|hurting|grabbed|grabs|shook|shakes|shaking|slapped|slaps|kicked|kicks|beat|beats|beating"
    r"|punched|punches|threw|choked|smacked|smacks) (?:my|the|our|his|her) (?:little )?<KIDS>\b",
    r"\b(?:won't|will not|refuses to|isn't going to|not going to) (?:bring|give|send|hand|let)"
    r" (?:them|the kids|my kids|the children|her|him|my <KIDS>) (?:back|go|home)\b",
    r"\b<S>(?:'s| has)? (?:taken|snatched|took|grabbed) (?:my|the|our) <KIDS>\b(?! (?:to|for|out"
    r"|swimming|on|school))",
    r"\b<KIDS> (?:aren't|isn't|are not|is not|won't be|wouldn't be) safe\b",
    r"\b<S> (?:hits|beats|hurts|hit|beat|hurt|strangles|chokes) (?:my|our) (?:mum|mom|mother|sister"
    r"|brother|nan|gran|dad|father)\b|\b(?:scared|terrified|afraid|frightened) for (?:her|him|them"
    r"|my mum|my mom|my sister) (?:tonight|right now|rn|today)\b",
    r"\b<KIDS>\b[^.!?]{0,80}\b(?:scared|terrified|afraid|frightened|fear) for (?:them|him|her|their"
    r" safety)\b|\b(?:scared|terrified|afraid|frightened) for (?:my|the|our) <KIDS>\b",
    r"\b<KIDS> (?:are|is) with (?:him|her|their dad|their mum|my ex)\b[^.!?]{0,60}\b(?:drinking"
    r"|drunk|high|angry|violent|raging|off his face)\b",
)
_VIOLENCE_NOW = (
    r"\b<S> <ADV>(?:\w+ )?(?:hit|punched|slapped|kicked|pushed|shoved|strangled|choked|grabbed"
    r"|beat|attacked|assaulted|raped|spat on|headbutted|dragged|pinned|threw \w+ at|hitting"
    r"|punching|slapping|kicking|pushing|shoving|strangling|choking|grabbing|beating) (?:me|my"
    r" (?:throat|neck|face|hair|arm|head)|the wall|a wall|the door)\b",
    r"\b(?:choking|strangling|strangled|choked) me\b[^.!?]{0,40}\b(?:last time|again|still)",
    r"\b<S>(?:'s| is) (?:hitting|beating|hurting|strangling|choking|attacking) (?:me|us)\b",
    r"\b<S>(?:'s| has| had)? <ADV>(?:smashed|broke|broken|kicked in|kicked down|slashed|keyed"
    r"|damaged|wrecked|set fire to|burned|burnt|trashed) (?:\w+ ){0,3}?(?:my|the|our) (?:car"
    r"|windows?"
    r"|door|tyres|tires|house|flat|phone|stuff|things|front door|place)\b",
    r"\bbarricad\w*\b",
    r"\bgets? (?:violent|aggressive|nasty|dangerous|scary) when (?:he|she) (?:drinks|drinking|drunk"
    r"|uses)\b[^.!?]*\b(?:now|tonight|again|rn|right now)\b",
)


def _rule(label: str, reason: str, patterns: tuple[str, ...], guards: tuple) -> Rule:
    return Rule(DANGER, label, reason, any_rx(patterns), guards)


_USUAL = (negated, danger_in_past, unreal, locked_away, fiction_scene)
RULES: tuple[Rule, ...] = (
    _rule(
        "threat",
        "reports a threat or fear for their safety",
        _THREAT,
        (*_USUAL, joking, fiction, idiom_threat, writer_does_it),
    ),
    _rule(
        "abuser_nearby",
        "the person they fear may be nearby or on the way",
        _NEARBY,
        (*_USUAL, everyday_scene),
    ),
    _rule(
        "tracking",
        "may be tracked or have their device or accounts watched",
        _TRACKING,
        (*_USUAL, writer_is_subject, idiom_threat, own_tracker),
    ),
    _rule("weapon", "mentions a weapon", _WEAPON, (*_USUAL, fiction)),
    _rule(
        "locked_in",
        "may be locked in or kept from leaving",
        _LOCKED,
        (danger_in_past, unreal, writer_is_subject, own_new_home),
    ),
    _rule("children_at_risk", "children may be at risk", _CHILDREN, _USUAL),
    _rule(
        "violence",
        "reports recent violence",
        _VIOLENCE_NOW,
        (danger_in_past, not_recent, locked_away, fiction_scene),
    ),
)
