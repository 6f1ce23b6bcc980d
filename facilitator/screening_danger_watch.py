"""Danger rules, round three: the families that unseen batches kept missing.

A release from prison or remand ("he gets out on the 14th", "release date is the 9th"); tracker
alerts worded any way ("Tile detected near you", "a tracker in her teddy"); someone at the door or
window in the small hours; children not brought back on time, hurt at contact, or asked for the
address or door code; veiled threats ("accidents happen", "be a shame if...", "he has nothing to
lose"); and being watched by people the writer does not know (a car idling outside, the same man
on the bench, silent calls). A first name is read as "he" before these run (see screening.py).
Guards drop negation, a past that is over, a person still in prison, dreams, films and jokes.
"""

from __future__ import annotations

from .screening_context import everyday_scene
from .screening_guards import danger_in_past, joking, negated, unreal
from .screening_guards_more import fiction_scene, locked_away, own_tracker
from .screening_text import Rule, any_rx, rx

_SOON = (
    r"(?:tomorrow|today|tonight|next (?:week|month|\w+day)|this (?:week|month|morning|\w+day)"
    r"|on the \d{1,2}(?:st|nd|rd|th)?|on (?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|in (?:a|one|two|three|\d+) (?:days?|weeks?"
    r"|fortnight|months?)|in a fortnight|any day|this morning|yesterday)"
)
_WHO = r"\b(?:he|she|him|her|my ex|the ex|they)\b[^.!?]{0,30}?"
_RELEASE = (
    r"\b(?:release date|release day|due (?:for|to be) released?|due out|(?:granted|got|given|been"
    r" granted|getting|gets) parole|parole (?:hearing|board)\b[^.!?]{0,30}\b(?:went through|granted"
    r"|approved)|(?:sentence|licence|license|remand) (?:ends|is up|finishes))\b",
    _WHO + r"\b(?:released|let (?:him|her) out|letting (?:him|her) out|walks free|walking free)"
    r"\b[^.!?]{0,40}?\b(?:of (?:prison|jail|custody|remand)|from (?:prison|jail|custody|remand)"
    r"|on (?:bail|licen[cs]e|tag|parole)|early|" + _SOON + r")\b",
    _WHO + r"\b(?:gets out|get out|getting out|comes out|coming out|out)\b[^.!?]{0,15}?\b(?:of"
    r" (?:prison|jail|custody|remand)|from (?:prison|jail|custody|remand)|on (?:bail|licen[cs]e"
    r"|tag|parole)|on the \d{1,2}(?:st|nd|rd|th)?|in (?:a|one|two|three|\d+) (?:days?|weeks?"
    r"|fortnight|months?)|next (?:week|month|\w+day)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    r"\bvictim (?:contact|liaison)(?: scheme| officer| team| unit)?\b[^.!?]{0,40}\b(?:rang|called"
    r"|letter|said|told|release|out|phoned|emailed)\b",
)
_TRACKER = (
    r"\b(?<!fitness[ ])(?<!period[ ])(?<!step[ ])(?<!habit[ ])(?<!mood[ ])(?<!sleep[ ])"
    r"(?<!parcel[ ])(?:air ?tags?|trackers?|tracking device|smart ?tags?|gps (?:thing|tracker"
    r"|device|unit|box))\b[^.!?]{0,40}\b(?:in (?:my|his|her|the|their|our)|inside|in it"
    r"|detected|found|notification|alert|popped up|beep\w*|sewn|hidden|taped|stuck|under"
    r"|following)\b",
    r"\b(?:item|device|tag|tile|accessory|tracker|air ?tag)s? (?:has been )?(?:detected|found"
    r"|moving|travell?ing) (?:near|with) (?:you|me)\b|\bunknown (?:tag|device|item|accessory)\b",
    r"\b(?:tracking|tracker) (?:notification|alert|warning)\b",
)
_NIGHT = r"(?:[1-5](?:[.:]\d\d)? ?am|midnight|[1-5] in the morning|the middle of the night)"
_AT_NIGHT = (
    r"\b(?:door ?bell|bell|buzzer|intercom|knock\w*|bang\w*|letterbox|footsteps|door handle"
    r"|handle|gate|ring camera|tapping|tried the|trying the|cctv|camera|footage"
    r"|(?<!smoke\x20)(?<!fire\x20)alarm)\b"
    r"[^.!?]{0,50}\b(?:at|around|about|after|past|in) " + _NIGHT + r"\b",
    r"\b(?:at|around|about|gone) " + _NIGHT + r"\b[^.!?]{0,50}\b(?:door ?bell|buzzer|knock\w*"
    r"|bang\w*|letterbox|footsteps|door handle|tried the|trying the|at the door|at my door"
    r"|at the window|on the window|up my drive|in my garden|in the garden)\b",
    r"\b(?:ringing|rang|rings|ring|knock\w*|bang\w*|buzz\w*)\b[^.!?]{0,30}\bthen (?:running|ran"
    r"|runs|run) off\b|\bsecurity light\b[^.!?]{0,40}\b(?:footsteps|someone|comes on|came on"
    r"|keeps)\b|\bhear(?:d)? footsteps\b",
)
_KIDS = r"(?:kids|children|baby|son|daughter|boy|girl|little one|them|him|her)"
_CHILDREN = (
    r"\b(?:supposed|meant|due) to (?:have|bring|drop|return|be back|finish|end)\b[^.!?]{0,40}"
    r"\b(?:at|by) \d{1,2}(?:[.:]\d\d)?(?: ?[ap]m)?\b",
    r"\b(?:didn't|did not|hasn't|has not|never|won't|will not) (?:bring|brought|return|returned"
    r"|drop(?:ped)?|give|given|hand|handed) (?:the |my |our )?" + _KIDS + r" (?:back|home)\b",
    r"\b(?:daddy|dad|he|his dad|their dad|her dad)\b[^.!?]{0,30}\b(?:asked|asking|asks|keeps"
    r" asking|quizz\w*|grill\w*)\b[^.!?]{0,40}\b(?:door code|key ?code|(?:our|the|my) address"
    r"|postcode|where (?:we|i|mummy|mum|mommy|mom) (?:live|lives|are living|stay)|where (?:he|she)"
    r" lives|new house|what (?:our|the) (?:road|street)|new boyfriend)\b",
    r"\b(?:hit|slapped|hurt|grabbed|kicked|punched|shook|smacked|choked|bruised) (?:my|our|the)"
    r" (?:son|daughter|kids|children|baby|boy|girl|little one)\b",
    r"\b(?:kids|children|baby|they|she|he) (?:won't|will not|aren't|are not|are never|is never"
    r"|isn't) (?:be )?(?:coming|going|getting) (?:back|home)\b",
    r"\b(?:threaten\w*|going|gonna|plans?|planning) to (?:take|move|fly) (?:the |my |our )?"
    + _KIDS
    + r" (?:abroad|away|out of the country|to (?:his|her) family|back to)\b",
)
_VEILED = (
    r"\b(?:(?:would|it'd|it would|will|'ll|be) )?(?:be )?(?:a (?:real )?)?shame if (?:something"
    r"|anything|your|you|the|he|she)\b|\baccidents happen\b|\b(?:careful|watch out) (?:crossing"
    r"|when you|walking|driving|on the roads)\b|\b(?:nothing|not got anything|nowt) (?:left )?to"
    r" lose\b|\bdone being nice\b|\bget what'?s coming\b|\bwhat happens to (?:people|girls|women"
    r"|those|anyone) (?:who|that)\b|\bcan'?t hide forever\b|\b(?:won't|will not) miss\b"
    r"|\bsleep light\b|\bwatch (?:himself|yourself|your back|her back)\b",
    r"\b(?:text|message|note|card|dm)s? (?:just )?(?:says?|said|read|reads)[: ]+['\"]?soon\b",
    r"\bcount ?downs?\b|\btick,? tock\b|\bi'?ll pay for (?:this|it|that)\b|\bend up like"
    r" (?:his|her) (?:last|ex|previous|first)\b|\b(?:said|says|told me|texted|warned)\b"
    r"[^.!?]{0,15}\b(?:i'm|you're|im|youre|ur) next\b",
    r"\b(?:tell|call|ring|report me to|grass me up to) (?:immigration|the home office)\b|\bget me"
    r" deported\b|\bout me to\b|\b(?:left|sent|leaving|put) (?:me )?(?:a |an )?(?:bullet|wreath"
    r"|noose|dead \w+|sympathy card)\b",
)
_WATCHED = (
    r"\b(?:car|van|vehicle|truck|ute)\b[^.!?]{0,40}\b(?:idling|engine running|lights off|no lights"
    r"|someone in it)\b[^.!?]{0,40}\b(?:outside|across|opposite|for hours|since|all night|can't"
    r" see|every night|again)\b",
    r"\bsame (?:man|guy|bloke|woman|person|car|van|face)\b[^.!?]{0,40}\b(?:watching|staring|waiting"
    r"|sat|sitting|standing|there)\b",
    r"\b(?:rang|called|phoned|came in|turned up|messaged)\b[^.!?]{0,10}\basking (?:if|whether) i"
    r" (?:was|am|'m|were) (?:staying|living|there|here|working|in)\b",
    r"\b(?:hidden |tiny |small |little )?camera (?:in|inside|hidden in) (?:the|my|our) \w+"
    r"|\b(?:app|apps|software|spyware)\b[^.!?]{0,30}\b(?:i didn't|i did not|never) install"
    r"|\bknows? (?:things|stuff|what) i (?:only )?(?:said|told|texted|wrote|searched)\b"
    r"|\b(?:he|she) can see (?:every|all) (?:site|sites|message|messages|text|texts|search)",
    r"\bsilent (?:phone )?calls?\b|\bsugar in (?:my|the) (?:petrol|fuel|gas|diesel) tank\b",
    r"\bleft (?:my|the|our) (?:gate|door|window|back door|front door) open\b[^.!?]{0,40}\b(?:always"
    r"|i (?:always )?(?:shut|close|lock))\b",
    r"\b(?<!dog[ ])(?<!cat[ ])(?<!kids[ ])(?<!son[ ])(?<!daughter[ ])(?:follow|follows|following"
    r"|followed) me (?:to (?:the |my )?(?:market|shop|shops|work|school|bus|station|mosque|temple"
    r"|church|gym)|everywhere i go|every ?where|every (?:day|time|morning|night))\b",
)
_GUARDS = (negated, danger_in_past, unreal, fiction_scene, locked_away)
# "the doorbell went at 1am but it was my son who forgot his keys": the noise was explained.
_EXPLAINED = rx(
    r"\b(?:it was|it's|turned out (?:to be|it was)|was|were) (?:just |only )?(?:my|the|a|our|his"
    r"|her) (?:\w+ )?(?:son|daughter|kids?|neighbou?rs?|partner|husband|hubby|wife|mum|mom|dad"
    r"|brother|sister|friend|delivery|postman|courier|pizza|cat|dog|fox|wind|taxi|landlord|alarm"
    r"|test|drill|builders?|workmen)\b"
)


def explained(text: str, start: int, end: int) -> bool:
    """Someone harmless turned out to be behind it."""
    return bool(_EXPLAINED.search(text))


def _rule(label: str, reason: str, patterns: tuple[str, ...], guards: tuple = _GUARDS) -> Rule:
    return Rule("danger", label, reason, any_rx(patterns), guards)


RULES: tuple[Rule, ...] = (
    _rule("abuser_nearby", "the person they fear may be released soon", _RELEASE),
    _rule("tracking", "may have a tracker on them", _TRACKER, (*_GUARDS, own_tracker)),
    _rule(
        "abuser_nearby",
        "someone may be at the door at night",
        _AT_NIGHT,
        (*_GUARDS, joking, explained),
    ),
    _rule("children_at_risk", "a child may be at risk or kept from them", _CHILDREN),
    _rule("threat", "reports a veiled threat", _VEILED, (*_GUARDS, joking)),
    _rule(
        "tracking", "may be watched or followed", _WATCHED, (*_GUARDS, everyday_scene, explained)
    ),
)
