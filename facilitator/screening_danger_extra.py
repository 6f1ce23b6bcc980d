"""Danger rules for the shapes the first two danger files missed on unseen batches.

From the weak spots in docs/screening.md: stalking by someone the writer does not know (a note on
the windscreen, withheld numbers that only breathe, a man asking at work what time she finishes,
the same car every day), tracker alerts ("an AirTag has been moving with you"), a car going past
the window, arrival by train, bus or plane, a child not brought back, someone having been inside
the home, and typing in secret ("can't type, he's watching"). Guards drop negation, a past that is
over, dreams and what-ifs, everyday scenes, films, and a person who is in prison.
"""

from __future__ import annotations

from .screening_context import everyday_scene
from .screening_guards import danger_in_past, joking, negated, unreal
from .screening_guards_more import fiction_scene, invited_post, locked_away, own_tracker
from .screening_text import Rule, any_rx

_STRANGER = (
    r"(?:someone|somebody|a (?:man|guy|bloke|woman|stranger|person|car|van)|some (?:man|guy|bloke"
    r"|woman|random)|this (?:man|guy|bloke|woman)|an unknown (?:man|person|number|account)"
    r"|a random (?:man|guy|account))"
)
_STALKED = (
    r"\b(?:notes?|letters?|cards?|flowers|a (?:parcel|package|envelope|photo))\b[^.!?]{0,50}"
    r"\b(?:windscreen|windshield|wipers?|letterbox|doorstep|(?<!next\x20)door|car)\b(?=[^.!?]*"
    r"(?:no (?:name|stamp|card|sender)|i see you|i'm watching|watching|found you|handwriting|my"
    r" (?:new )?address|know where|nobody (?:has|knows)|(?<![a-z])'|'(?![a-z])))",
    r"\b(?:unknown|private|withheld|hidden|blocked|random|new|different) (?:numbers?|callers?"
    r"|calls?)\b[^.!?]{0,60}\b(?:breath\w*|silence|hangs? up|hung up|nobody speaks|no one speaks"
    r"|says nothing|photos?|pictures?|describ\w*|what i (?:was )?wear\w*|where i|every (?:night"
    r"|day)|all (?:night|day)|\d+ (?:times|calls)|at \d+ ?am|my (?:front )?door|it's him)",
    r"\b(?:a )?number i don't (?:know|recognise|recognize)\b[^.!?]{0,40}\b(?:describ\w*|what i"
    r" (?:was )?wear\w*|where i|photos?|pictures?|watching)",
    r"\b" + _STRANGER + r"\b[^.!?]{0,40}\b(?:ask\w*|was asking)\b[^.!?]{0,40}\b(?:what time i"
    r"|when i (?:finish|leave|get)|for me\b|about me\b|where i|which (?:car|house|flat|door)"
    r" (?:is|was) mine|my (?:address|name|shifts?|old name|car))",
    r"\b(?:stranger|someone i don't know|a (?:man|guy|woman) i don't know|random (?:guy|man))\b"
    r"[^.!?]{0,30}\b(?:knew|knows) (?:my name|where i)",
    r"\b"
    + _STRANGER
    + r"(?:'s| has| had)? (?:\w+ )?(?:slashed|keyed|smashed|threw (?:a |an |the )?\w+"
    r" (?:through|at)|set (?:fire to|(?:\w+ ){1,2}on fire)|spray ?painted|poured \w+ (?:on|over)"
    r"|scratched|broke) (?:\w+ )?(?:my|the|our)\b|\b" + _STRANGER + r"(?:'s| has| had)? (?:\w+ )?"
    r"set (?:my|our|the) \w+ on fire\b",
    r"\b(?:followed|been following|following|tailed) (?:me|us) (?:home|off the (?:bus|train)|from"
    r" (?:work|the station|the bus|school|the shop|the gym)|all the way|to my|round the)\b",
    r"\bsame (?:guy|man|car|van|person|bloke|face|woman)\b[^.!?]{0,50}\b(?:everywhere|again"
    r"|every (?:day|night|morning)|outside|following|\d+ (?:times|days)|three (?:times|days)"
    r"|twice|in a row)",
    r"\b(?:my )?(?:post|mail|letters) (?:has|have|had) been (?:opened|taken|tampered|gone through)"
    r"|\bgoing through my bins\b",
    r"\b(?:someone|somebody)(?:'s| has) been in (?:my|the|our) (?:flat|house|home|car|room|place"
    r"|garden|shed)\b|\b(?:stuff|things|my stuff|photos|furniture)\b[^.!?]{0,40}\b(?:moved"
    r" (?:around|about)|turned round|rearranged)\b|\bthe seat was moved\b",
    r"\bhanding (?:out|round) (?:flyers|photos|pictures) of me\b|\bnobody (?:has|knows) this"
    r" address\b",
)
_TRACKER = (
    r"\b(?:air ?tags?|trackers?|tracking device|tile)\b[^.!?]{0,50}\b(?:moving with|travell?ing"
    r" with|near (?:me|you)|found moving|with (?:me|you) for|following me|detected)\b",
    r"\bunknown (?:tracker|air ?tag|accessory)\b|\b(?:air ?tag|tracker|gps (?:thing|tracker|device"
    r"|unit))\b[^.!?]{0,60}\b(?:isn't (?:mine|ours)|not (?:mine|ours)|(?:don't|do not) own)\b",
    r"\b(?:air ?tag|tracker|gps (?:thing|tracker|device))\b[^.!?]{0,30}\b(?:taped|stuck|hidden"
    r"|under|inside|sewn)\b|\b(?:taped|stuck|hidden|sewn)\b[^.!?]{0,30}\b(?:air ?tag|tracker)\b",
    r"\b(?:snap ?map|find my|location)\b[^.!?]{0,40}\b(?:screenshots?|sends? me|sent me|knows)\b"
    r"|\bscreenshots? of my location\b",
)
_ARRIVAL = (
    r"\b<HIS> (?:car|van|truck|bike|ute)(?:'s| has| is| was)? (?:\w+ )?(?:went|drove|come|came"
    r"|been|keeps going|going|driving) (?:past|by|round|up and down)\b",
    r"\b<AB>(?:'s| is)? <ADV>(?:on (?:the|a) (?:train|bus|coach|plane|flight|ferry)|at the"
    r" (?:station|bus station|train station|airport|bus stop|services))\b",
    r"\b<AB>(?:'s| is| just)? (?:got|getting|gets) (?:off|in) (?:at|the (?:train|bus|coach))\b"
    r"|\b(?:his|her) (?:flight|train|bus|coach|plane) (?:lands|gets in|arrives|is due)\b",
    r"\b<AB>(?:'s| has)? (?:booked|bought|got) (?:a |the )?(?:train|flight|ticket|coach|bus)"
    r" (?:\w+ )?(?:to come|here|down|up|to see)\b|\b<AB>(?:'s| is) flying (?:in|over|here|back)\b",
    r"\b<AB>(?:'s| has)? been (?:here|round|at my (?:door|house|flat|place))\b",
    r"\b<AB>(?:'s| has)? found me on\b|\b<AB> (?:has|'s) (?:already )?found (?:my|the) (?:new )?"
    r"(?:flat|house|place|refuge|address|job|work|account|profile)\b",
)
_CHILD_KEPT = (
    r"\b(?:not|isn't|won't be|never|refus\w* to|refusing) (?:bringing|giving|sending|handing"
    r"|returning|bring|give|return|send|hand) (?:her|him|them|the (?:kids|children|baby)|(?:my"
    r"|our) <KIDS>)(?: \w+)? (?:back|home)\b|\brefus\w* to (?:return|give back|bring back)\b",
    r"\bcan't have (?:her|him|them|the baby|the kids) back\b|\bpicked (?:our|my|the) <KIDS> up"
    r" (?:from \w+ )?without (?:telling|asking)\b",
)
_SECRET = (
    r"\bcan't (?:type|text|talk|speak|write)(?: much| long| now| properly)?\W+<AB>(?:'s| is)"
    r" (?:watching|here|next to me|in the (?:next )?room|home|back|looking|right there)\b",
    r"\b<AB>(?:'s| is) (?:in the next room|next to me|right next to me|behind me|looking over my"
    r" shoulder)\b[^.!?]{0,40}\b(?:quick|can't|have to|got to|gotta|whisper)",
    r"\bif (?:he|she|my ex) (?:sees|reads|finds|catches|knew|finds out)\b[^.!?]{0,40}\b(?:trouble"
    r"|dead|kill|hurt|done for|over for me)\b",
    r"\b(?:ran|run|got|fled|escaped) (?:out of|out|from) (?:the|our|my) (?:house|flat|home)\b"
    r"(?=[^.!?]*\b(?:kids|baby|tonight|now|just|barefoot|pyjamas|in the (?:park|car|street)))",
    r"\blocked (?:myself|us|me)(?: and (?:the|my) (?:kids|baby|children|daughter|son))? in\b",
    r"\b(?:i'm|i am|we're) hiding in (?:my|the) (?:car|bathroom|toilet|loo|wardrobe|cupboard"
    r"|bedroom|shed)\b(?=[^.!?]*\b(?:him|he|saw|because|from)\b)",
)
_VEILED = (
    r"\byour (?:time is up|days are numbered|time's up)\b|\byou(?:'ve| have) got (?:a week|\d+ days"
    r"|(?:one|two|three) days|until|till)\b|\bunfinished business\b|\byou won't see it coming\b"
    r"|\b(?:he|she|they) knows? people\b(?=[^.!?]*\b(?:said|says|if|leave|court|police)\b)",
    r"\b(?:from|said|says|texted|messaged|wrote)\b[^.!?]{0,20}\bfound you\b|^\W*found you\W*$",
    r"\bsee you (?:tonight|soon|there|later)\b(?=[^.!?]*\b(?:haven't told|don't know how|didn't"
    r" tell|scared|terrified|nobody knows)\b)",
)
_GUARDS = (negated, danger_in_past, unreal, everyday_scene, fiction_scene, locked_away)


def _rule(label: str, reason: str, patterns: tuple[str, ...]) -> Rule:
    return Rule("danger", label, reason, any_rx(patterns), _GUARDS)


RULES: tuple[Rule, ...] = (
    Rule(
        "danger",
        "tracking",
        "may be followed or watched by someone",
        any_rx(_STALKED),
        (*_GUARDS, invited_post),
    ),
    Rule(
        "danger",
        "tracking",
        "may have a tracker on them",
        any_rx(_TRACKER),
        (*_GUARDS, own_tracker),
    ),
    _rule("abuser_nearby", "the person they fear may be nearby or on the way", _ARRIVAL),
    _rule("children_at_risk", "a child may be kept from them", _CHILD_KEPT),
    _rule("abuser_nearby", "may be writing in secret or hiding", _SECRET),
    Rule("danger", "threat", "reports a veiled threat", any_rx(_VEILED), (*_GUARDS, joking)),
)
