"""Danger rules, round eleven: signs of danger told as facts, with no threat quoted.

From the misses of round ten's blind batches, each written as a family: a firearms licence or a
gun applied for or bought; a pet poisoned or hurt soon after the writer acted (filed, left,
reported); a child taught to hurt ("showed her how to use his lighter on the cat") or taken
somewhere alone by an adult and coming out crying; an app on the phone the writer never
installed, or the battery draining since he "fixed" the phone; tyres slashed, all four let down,
brakes or wheel nuts tampered with; someone holding a child's passport and taking the child
abroad; a voicemail of breathing; a photo of the children captioned "say goodbye".

Each needs the sign and the tie that makes it a danger: someone other than the writer, a time
link to the writer's act, a child with an adult. The everyday twins pass: a farm licence, a
dog that ate rat poison at the park, a bully at school, an app that came with the phone, one
flat tyre with a nail in it, the kids' passports for the family holiday, a toddler breathing
into the phone, "say goodbye to summer".
"""

from __future__ import annotations

from .screening_guards import (
    _DANGER_PAST,
    _NOW_STRONG,
    danger_in_past,
    fiction,
    joking,
    negated,
    unreal,
)
from .screening_guards_more import fiction_scene, locked_away
from .screening_text import Guard, Rule, any_rx, clause_before, rx, sentence_bounds
from .screening_warning import needs

# --- a gun licence or a gun --------------------------------------------------------------------
_FIREARM = (
    r"\b(?:applied|applying|apply|put in|putting in|sent off|got|getting|granted|renewed|renewing)"
    r" (?:for )?(?:a |an |his |her |the |a new )?(?:firearms?|gun|shotgun|rifle|weapons?)"
    r" (?:licen[cs]e|certificate|cert|permit)\b",
    r"\b(?:joined|joining) (?:a |the )?(?:gun|shooting|rifle|pistol) club\b",
    r"\b(?:bought|buying|got|getting|ordered|asking (?:around )?about (?:getting|buying))"
    r" (?:himself |herself )?(?:a |an )?(?:(?:hand|shot|stun\x20)?gun|pistol|rifle|crossbow"
    r"|taser)\b",
    r"\b(?:firearms?|gun|shotgun|rifle) (?:licen[cs]e|certificate|cert|permit) (?:came through"
    r"|was granted|got approved|was approved|arrived)\b",
    # a gun kept close or shown off: "cleaning his shotgun at the table while staring at me"
    r"\b(?:cleaning|polishing|loading|oiling|holding|playing with|showing me) (?:his|her|the|a)"
    r" (?:\w+'s )?(?:gun|shotgun|rifle|pistol)\b[^.!?]{0,40}\b(?:staring|looking|glaring) at me\b",
    r"\b(?:has|'s got|keeps|got|there's|there is) (?:a |his |her |the )?(?:\w+'s )?(?:gun|shotgun"
    r"|rifle|pistol) in (?:the|his|her) (?:car|truck|van|glovebox|bag|pocket|drawer|boot|jacket)\b",
)
_SPORT = rx(
    r"\b(?:farm\w*|clays?|pigeons?|deer|stalking|gamekeep\w*|pest|rabbits|foxes|army"
    r"|for (?:his |her )?(?:job|work)|hobby|olympic)\b"
)
_WRITER_FIRST = rx(r"\b(?:i|i've|i'm|we|we've|my (?:dad|grandad|grandpa|uncle)(?:'s)?)\b[^.!?]*$")


def _writer_or_family(text: str, start: int, end: int) -> bool:
    """The writer or a trusted relative is the one with the licence."""
    return bool(_WRITER_FIRST.search(clause_before(text, start, 40)))


# --- a pet hurt soon after the writer acted ------------------------------------------------------
_PET = (
    r"(?:dog|dogs|cat|cats|puppy|kitten|pets?|rabbit|horse|pony|hamster|budgie|parrot|tortoise"
    r"|chickens?|hens?)"
)
_PET_HURT = (
    r"\b" + _PET + r"\b(?:'s)?[^.!?]{0,30}\b(?:was |were |got |has been |had been |been |is )?"
    r"(?:poisoned|found dead|killed|strangled|drowned|shot|stabbed|mutilated|hanged|beaten|set"
    r" alight|burned|burnt|injured|hurt|turned up dead|(?:came|comes|come) (?:home|back)"
    r" (?:with (?:a )?(?:broken|burn\w*|cuts?|wounds?)|injured|limping|bleeding|hurt))\b",
    r"\b(?:someone|somebody|he|she|they|my ex)(?:'s| has| had)? (?:poisoned|killed|hurt|drowned"
    r"|strangled|kicked|stabbed|shot|injured) (?:my|the|our|her|his) " + _PET + r"\b",
)
_AFTER_I = rx(
    r"\b(?:after|since|the day|the week|days? after|week after|right after|straight after|just"
    r" after|when|once) (?:i|we) (?:told|filed|left|reported|went to|called|rang|got|applied"
    r"|served|blocked|moved|started|refused|said no|ended|changed|spoke)\b|\b(?:after|since) the"
    r" (?:hearing|court date|court case|order|injunction|statement|police came|report)\b"
    r"|\b(?:antifreeze|rat poison|slug pellets|poisoned)\b[\s\S]{0,80}\b(?:him|he|my ex|on purpose"
    r"|deliberately)\b|\b(?:he|she|my ex|they)\b[^.!?]{0,20}\bthreat\w*"
)
_PET_ACCIDENT = rx(
    r"\b(?:ate|got into|found (?:it )?in the|by accident|accidentally|old age|cancer|put to sleep"
    r"|put down|hit by a car|run over)\b"
)
# --- a child taught to hurt, or alone with an adult and coming out crying ------------------------
_CHILD = r"(?:her|him|them|my (?:\w+ )?<KIDS>|the <KIDS>|our <KIDS>)"
_CHILD_HARM = (
    r"\b(?:showed|shown|shows|showing|taught|teaches|teaching|made|makes|making|got|gets|told"
    r"|tells|encourag\w*|dared) "
    + _CHILD
    + r" (?:how to |to )?(?:use (?:his|her|a|the) (?:lighter|knife|gun|matches|blade|belt)\b"
    r"[^.!?]{0,15}\bon\b|hurt|burn|choke|strangle|kill|drown|stab|set fire to|torture|hang"
    r"|suffocate|(?:hit|kick|punch|slap) (?:me|mummy|mommy|his mum|her mum|their mum|the (?:dog"
    r"|cat|baby)|his sister|her sister|his brother|her brother))\b"
    r"(?! (?:cds?|dvds?|calories|fat|time|candles?|incense|wood|logs|toast|off steam)\b)",
)
_CHILD_ALONE = (
    r"\b(?:takes|took|taking|keeps taking|has been taking) (?:my|her|his|the|our) (?:little |baby"
    r" |youngest |eldest )?(?:<KIDS>|brother|sister|nephew|niece|grandson|granddaughter)\b"
    r"[^.!?]{0,20}\b(?:into|in|to|up to|out to|behind) (?:the|his|her|their) (?:shed|garage"
    r"|bedroom|room|van|car|attic|loft|basement|cellar|bathroom|woods|caravan|allotment)\b",
)
_CHILD_SIGN = rx(
    r"\b(?:comes?|came|coming) (?:out|back|home|down) (?:crying|shaking|upset|quiet|scared"
    r"|white|bleeding)\b|\bwon't (?:say|tell (?:me|us|anyone)) (?:why|what)\b|\b(?:a|our|their)"
    r" (?:little )?secret\b|\b(?:don't|not to) tell\b"
)
# --- spyware: an app never installed, a battery drained since he "fixed" the phone ----------------
_SPYWARE = (
    r"\b(?:apps?|programs?|software|profile|something) (?:on (?:my|the) (?:phone|laptop|tablet"
    r"|ipad) )?(?:that )?(?:i\x20never|i\x20didn't|i\x20did\x20not|i\x20don't\x20remember"
    r"|i\x20have\x20never) (?:installed|install"
    r"|downloaded|download|put on|added|set up)\b",
    r"\b(?:battery|phone|data)\b[^.!?]{0,40}\b(?:drains?|draining|dies|dying|heats up|gets hot"
    r"|goes flat|runs out|used up)\b",
)
_STALKERWARE = (
    r"\b(?:stalkerware|spyware|mirroring app|mspy|flexispy|cocospy|device (?:is )?managed by"
    r"|managed by (?:your|another|an) organi[sz]ation|mdm profile)\b",
)
_HE_FIXED = rx(
    r"\b(?:he|she|my ex|<AB>) (?:\w+ ){0,2}?['\"]?(?:fix|fixed|set up|sort|sorted|update|updated"
    r"|had|borrowed|took|installed|put|went through)['\"]? (?:(?:\w+ )?(?:my|the) (?:phone|laptop"
    r"|tablet|ipad|settings)|it)\b|\bnever installed\b|\bdidn't install\b"
)


def _past_here(text: str, start: int, end: int) -> bool:
    """A past cue in the hit's own sentence: "he used to 'fix' my phone" in the next sentence
    is the cause, not a sign that the danger is over."""
    left, right = sentence_bounds(text, start, end)
    past = _DANGER_PAST.search(text, left, right)
    return bool(past) and not _NOW_STRONG.search(text, left, right)


_APP_EVERYDAY = rx(
    r"\b(?:bloatware|preinstalled|pre-installed|came with|work phone|it department|old phone|it's"
    r" old|update|new battery|screen|cracked)\b"
)
# --- the car tampered with ----------------------------------------------------------------------
_TYRES = r"(?:tyres?|tires?)"
# Fixed phrases are written with \x20 so the gate keys them on the whole phrase ("let down", "all
# four"), not on a common word.
_CAR = (
    r"\b" + _TYRES + r"\b[^.!?]{0,40}\b(?:slashed|knifed|stabbed|spiked|let\x20down)\b",
    r"\b(?:slashed|knifed|let\x20down|let\x20the\x20air\x20out\x20of)(?: \w+){0,4}? " + _TYRES,
    r"\blet (?:my|the|both|all (?:my|the|four)) (?:\w+ )?" + _TYRES + r" down\b",
    r"\bboth (?:front |back |rear )?" + _TYRES + r" (?:were|are|had been|was) (?:flat|let down"
    r"|slashed|cut)\b",
    r"\b(?:stuck|jammed|put|drove|hammered|left) (?:a )?(?:knife|blade|screwdriver|nails|screws"
    r"|spikes) (?:in|into|through) (?:my|the|both|all)(?: \w+)? " + _TYRES,
    r"\b(?:all\x20four|all\x204) " + _TYRES + r"\b[^.!?]{0,20}\b(?:flat|slashed|let down|cut"
    r"|deflated|punctured)\b",
    r"\b" + _TYRES + r" (?:were|are|was|had gone|have gone|all) (?:all )?flat\b[^a-z]{0,5}"
    r"(?:all\x20four|all\x204)\b",
    r"\b(?:wheel nuts|brakes?|brake (?:lines?|cables?|pipes?|fluid))\b[^.!?]{0,20}\b(?:loosened"
    r"|tampered|cut|drained|messed with|disconnected)\b|\b(?:sugar|sand|bleach|water|something)"
    r" in (?:my|the) (?:petrol|fuel|diesel) ?(?:tank|cap)?\b|\b(?:wires?|cables?) (?:were|had"
    r" been|have been|was) (?:cut|pulled out|tampered with)\b",
)
# "the garage said the line had been cut": a part cut, in a message about the car.
_CUT_PART = (
    r"\bthe (?:brake )?(?:line|lines|cable|pipe|hose)s? (?:was|were|had been|has been|'d been|'s"
    r" been) (?:cut|tampered with|loosened|drained|slashed)\b",
)
_PRANK = rx(
    r"\bby (?:the |some |local )?(?:kids|children|teenagers|teens|boys|lads|youths)\b|\bapologi[sz]"
    r"\w*|\bpaid for (?:it|them|the)\b|\b(?:a nail|a screw|puncture|pothole|kerb)\b"
)
# --- a child's passport held by someone else, a trip abroad -------------------------------------
_PASSPORT = (
    r"\b(?:has|have|got|'s got|took|taken|take|takes|kept|keeping|keeps|holding|hid|hidden|won't"
    r" (?:give|hand) (?:back|me|over)|refuses to (?:give|return|hand over)|applied for|applying"
    r" for) (?:my|our|the|her|his|their) (?:<KIDS>'?s?'? |son's |daughter's |baby's )?passports?\b",
    r"\bpassports? (?:are|is|have|has|went|gone|have gone|has gone) (?:missing|gone|disappeared)\b",
    r"\b(?:taking|take|takes|fly|flying|send|sending|move|moving) (?:him|her|them|my <KIDS>|the"
    r" <KIDS>|our <KIDS>) (?:abroad|out\x20of\x20the\x20country|overseas|back\x20home\x20to"
    r"|to\x20live\x20in)\b",
)
_ABROAD = rx(
    r"\b(?:abroad|out of the country|overseas|back home|flight|plane|one[- ]way|living in|to live"
    r" in|mov(?:e|ing) (?:to|back to)|['\"]for a"
    r" (?:holiday|visit|trip)['\"]|don't (?:believe|trust)|without (?:my )?(?:consent|permission"
    r"|asking|telling)|never (?:see|get) (?:her|him|them)|not coming back|fly|flying|(?:his|her"
    r"|their) (?:\w+'s )?family|married|marry|cannot go|can't go|can't leave|won't let|not allowed)"
)
_SHARED_TRIP = rx(r"\b(?:we|we're|we've|us|our holiday|with me|so jealous|can't wait)\b|!")
# --- a voicemail of breathing, a photo of the children with "say goodbye" -----------------------
_SILENT = (
    r"\b(?:voicemail|voice ?mail|voice ?notes?|answerphone|calls?|rang|rings|phone call|message)"
    r"\b[^.!?]{0,40}\b(?:just|only|nothing but|heavy|of|with) (?:heavy )?breathing\b"
    r"(?! (?:exercises?|techniques?|space|app|work))",
    r"\bhear (?:him|her|someone|somebody) breathing\b",
    r"\b(?:voicemail|voice ?notes?|answerphone|calls?|message|texts?)\b[^.!?]{0,40}\b(?:whisper\w*"
    r"|(?:just|only)\x20(?:my\x20name|my\x20address|my\x20new\x20address|my\x20street|silence"
    r"|static))\b",
    r"\b(?:voicemail|voice ?notes?|text|message|note|card|letter)\b[^.!?]{0,40}['\"](?:soon|tick"
    r"\x20tock|not\x20long\x20now|any\x20day\x20now|nearly\x20time|coming\x20for\x20you)['\".!]",
)
_SILENT_EVERYDAY = rx(
    r"\b(?:toddler|baby|pocket|butt dial|bum dial|asthma|my (?:son|daughter|mum|mam|mom|dad|nan)"
    r"|exercise|lol|haha)\b"
)
_GOODBYE_PHOTO = (
    r"\b(?:pictures?|photos?|pics?|videos?|snaps?|selfies?|images?) of (?:them|the (?:kids"
    r"|children|boys|girls|baby)|our (?:\w+ )?(?:kids|children|two|three|boys|girls|baby|son"
    r"|daughter)|my (?:\w+ )?<KIDS>)\b[^.!?]{0,40}?['\"]?(?:say goodbye|kiss (?:them|him|her)"
    r" goodbye|last time you(?:'ll| will) see|you(?:'ll| will) never see|won't see (?:them|him"
    r"|her) again|enjoy (?:them|him|her) while you can|(?:they're|they are|he's|she's) mine now)\b"
    r"(?! to\b)",
)

_USUAL: tuple[Guard, ...] = (negated, danger_in_past, unreal, locked_away, fiction_scene)


def _rule(label: str, reason: str, patterns: tuple[str, ...], *guards: Guard) -> Rule:
    return Rule("danger", label, reason, any_rx(patterns), (*_USUAL, *guards))


def _now_rule(label: str, reason: str, patterns: tuple[str, ...], *guards: Guard) -> Rule:
    """A sign in the present tense whose cause may be told in the past in the next sentence."""
    usual = (negated, _past_here, unreal, locked_away, fiction_scene)
    return Rule("danger", label, reason, any_rx(patterns), (*usual, *guards))


RULES: tuple[Rule, ...] = (
    _rule("weapon", "a gun or a gun licence", _FIREARM, _writer_or_family, needs(None, _SPORT)),
    _rule(
        "threat",
        "a pet hurt soon after the writer acted",
        _PET_HURT,
        needs(_AFTER_I, _PET_ACCIDENT),
    ),
    _rule("children_at_risk", "a child taught to hurt", _CHILD_HARM),
    _rule(
        "children_at_risk",
        "a child alone with an adult, coming out crying",
        _CHILD_ALONE,
        needs(_CHILD_SIGN),
    ),
    _now_rule("tracking", "spyware on the phone", _STALKERWARE, needs(None, _APP_EVERYDAY)),
    _now_rule(
        "tracking",
        "an app the writer never installed, or a phone he 'fixed'",
        _SPYWARE,
        needs(_HE_FIXED, _APP_EVERYDAY),
    ),
    _rule("violence", "the car tampered with", _CAR, joking, needs(None, _PRANK)),
    _rule(
        "violence",
        "a part of the car cut",
        _CUT_PART,
        needs(rx(r"\b(?:brakes?|car|garage|mechanic|mot)\b"), _PRANK),
    ),
    _rule(
        "children_at_risk",
        "a passport held: a child taken abroad, a forced trip or marriage",
        _PASSPORT,
        needs(_ABROAD, _SHARED_TRIP),
    ),
    _rule("threat", "a silent or breathing call", _SILENT, needs(None, _SILENT_EVERYDAY)),
    _rule("threat", "a photo of the children with a goodbye", _GOODBYE_PHOTO, fiction),
)
