"""Agreement rules: replies that break a peer group's agreement.

Victim-blaming, telling others what to do, minimising someone's abuse, shaming, and defending an
abuser to a member. These are flagged quietly, so the rules lean towards precision: they look for
a reply addressed to someone ("you ..."), and drop what the writer reports was said to *them*
("my sister asked why I didn't just leave") or their own old self-talk ("I told myself at least
he didn't hit me"). Gentle suggestions ("you might find journaling helps") are fine.
"""

from __future__ import annotations

from .screening_guards import negated, reported
from .screening_text import Rule, any_rx, clause_before, rx

AGREEMENT = "agreement"

_BLAME = (
    r"\bwhy(?:'d| did| didn't| did not| don't| do| would| wouldn't| do you keep) <YOU>"
    r" (?:just |even |ever |keep |still )?(?:leave|go back|stay|get out|walk away|let (?:him|her)"
    r"|put up with|take (?:him|her) back|keep going back|going back)",
    r"\b<YOU> (?:\w+ ){0,2}?(?:chose|choose|decided|allowed|let) (?:to stay|to go back|it|him|her"
    r"|this|that)\b(?! know)",
    r"\b<YOU> (?:obviously|clearly|must have|must've|must of) (?:wanted|liked|enjoyed|chose|chosen"
    r"|done something)",
    r"\b<YOU> should(?:'ve| have| of) (?:known|seen|left|listened|noticed|realised|realized|walked"
    r"|got out|gotten out)",
    r"\b<YOU> could(?:'ve| have| of) (?:left|got out|walked|said no|stopped it)",
    r"\b(?:it )?takes two(?: to tango)?\b",
    r"\b(?:your own fault|(?<!none\x20of\x20)(?:it's|its|it is|it was|partly|kinda|kind of)"
    r" your fault"
    r"|<YOURE> (?:partly"
    r" )?to blame|<YOU> (?:were )?asking for it|asking for it|<YOU> provoked|what did <YOU> do to"
    r"(?! (?:look after|take care of|treat|celebrate|relax|unwind|cope|get through|care for"
    r"|reward|mark))"
    r"|<YOU> must have done something|<YOU> brought (?:it|this) on|<YOURE> enabling)",
    r"\b<YOURE> not a victim\b|\bthe signs were there\b|\b<YOU> ignored the (?:red )?flags"
    r"|\b<YOU> knew what (?:he|she) was like",
    r"\b<YOU> deserved? (?:it|this|what you get|whatever happens)(?: if| for| tbh| then|\W*$)",
    r"\b(?:that's|thats|it's|its|that is) on (?:you|u)\b|\bmaybe <YOU> (?:were|was) (?:being )?"
    r"(?:a bit much|too much|annoying|difficult|nagging|provoking|winding him up)",
    r"\b<YOU> (?:should(?:'ve| have| of)?|shouldn't have|should not have) (?:never "
    r"|not )?(?:have )?"
    r"(?:gone back|stayed|let (?:him|her)|trusted|believed|married|got with|gotten with|been with)",
    r"\bwhy (?:don't|dont|not) <YOU> (?:just )?(?:leave|block|stop|report|tell|call|move|change|go"
    r"|dump|ditch|delete|get)\b",
    r"\bwhy (?:would|did|'d) <YOU> (?:ever |even )?(?:marry|date|trust|believe|get with|move in"
    r"|have (?:kids|a baby|children) with|pick|choose|put up|stay|go back|let|take)\b",
    r"\b<YOU> both (?:have|had|are|were|sound|seem)\b|\bboth (?:of you|sides) (?:are|were|have)"
    r" (?:to blame|issues|problems)|\bsounds like <YOU> (?:want|wanted|like|liked|enjoy"
    r"|are choosing"
    r"|chose) (?:to stay|him|her|it|the drama|to go back)",
    r"\bwhy (?:would|does|do|did) (?:anyone|anybody|people|women|someone) (?:stay|go back|put up"
    r"|choose|marry|date)\b|\bwhat did <YOU> expect\b|\bdon't expect (?:sympathy|support|help"
    r"|pity)",
    r"\b<YOU> (?:clearly|obviously|must|just|secretly) (?:like|love|enjoy"
    r"|want) (?:the )?(?:attention"
    r"|drama|sympathy|being a victim)\b|\bi(?:'d| would) never (?:let|allow|put up with|stay with)"
    r" (?:a man|a woman|anyone|someone|him|a guy)\b",
    r"\b<YOU> (?:did |also |literally )?(?:cheat|cheated) on (?:him|her)|\b<YOU> started it\b"
    r"|\b<YOU> (?:hit|pushed|slapped) (?:him|her) first\b|\b<YOURE> being (?:harsh|unfair|mean)"
    r"(?: to (?:him|her))?\b",
    r"\bmade your (?:own )?bed\b|\blike being (?:a )?victims?\b|\bwhy (?:are|r) <YOU> still"
    r" (?:with|there|in|seeing|talking to)\b|\b<YOU> knew (?:he|she) was\b|\b<YOU> knew what"
    r" <YOU> were getting into",
    r"\b<YOU> (?:sound|seem|are|were) (?:a bit |quite |pretty |kinda |kind of |just as |also )?"
    r"(?:controlling|abusive|toxic|manipulative|crazy|difficult|jealous|hard work|the problem)\b"
    r"(?: yourself| too)?",
    r"\b<YOU> (?:stayed|went back|go back|stay|keep going back) because <YOU> (?:wanted|want"
    r"|liked|like|chose|enjoy|love)",
    r"\bhave <YOU> tried (?:just )?(?:being (?:nicer|kinder|more patient|more understanding|less)"
    r"|not (?:nagging|arguing|provoking|winding)|talking to (?:him|her))",
    r"\b<YOU> keep (?:going back|choosing (?:him|her)|taking (?:him|her) back|letting (?:him|her))",
    r"\b(?:don't|dont|never|cant|can't) (?:get|understand) why (?:people|anyone|women|men|you)"
    r" (?:stay|go back|put up|keep going back)",
)
_ADVICE_VERBS = (
    r"(?:leave|block|dump|ditch|report|call|ring|go|get out|get away|get a|stop|tell|cut|delete"
    r"|move out|move on|divorce|break up|end it|walk away|walk out|pack|forgive|confront|text"
    r"|message|contact|press charges|kick|change your|file|apply|go no contact|grow up|toughen up"
    r"|man up|let (?:him|her) go|get over|get rid|take (?:him|her|the kids)|give (?:him|her))"
)
_ADVICE = (
    r"\b<YOU>(?: really| honestly| seriously| literally)?(?: need| have|'ve got|'ve gotta| got"
    r"| gotta"
    r"| must"
    r"| should| ought| better|'d better|'re gonna have| are gonna have|'re going to have"
    r"| are going to have) (?:to )?(?:just |really |seriously |definitely )?"
    + _ADVICE_VERBS
    + r"\b",
    r"\b(?:ur|your|you're) (?:gonna|going to) have to " + _ADVICE_VERBS + r"\b",
    r"(?:^|[.!?]\s*|\b(?:just|so|girl|hun|babe|mate|honestly|seriously|tbh|pls|please|then|now)"
    r" )(?:leave|block|dump|ditch|delete|report|divorce|unfollow|ghost|kick|cut off|ignore)"
    r" (?:him|her|them|his|the|that|it)\b",
    r"(?:^|[.!?]\s*|\b(?:just|so|girl|hun|babe|honestly|seriously|then) )(?:pack a bag|walk out"
    r"|get out(?: now| of there)?|move on|stop (?:seeing|texting|talking to|contacting|messaging"
    r"|answering|replying|making excuses|being)|go no contact)\b",
    r"\bif (?:i were|i was|it were|it was) (?:you|me),? i(?:'d| would)\b",
    r"\bwhat (?:are|r) <YOU> waiting for\b|\bjust (?:go to the police|call the police|ring the"
    r" police|report (?:him|her|it)|tell (?:him|her|the police|his|her))\b",
    r"(?:^|[.!?]\s*|\b(?:just|so|girl|hun|babe|honestly|seriously|then) )cut (?:him|her|them)"
    r" (?:off|out)\b|\bjust (?:leave|go|walk away|get out)\b(?! (?:it|the|a|early|for|to"
    r"|and come))",
    r"\b<YOU>(?: just| really)?(?: need| have| should| must|'ve got| gotta) to be (?:stronger"
    r"|tougher|harder|braver|firmer|more (?:assertive|careful|picky|selective|aware|sensible))\b",
    r"\bwhat <YOU> (?:need|have|ought|should) to do is\b|\bdo yourself a favou?r and\b"
    r"|\btake my advice\b",
)
_MINIMISE = (
    r"\bat least (?:he|she|they) (?:didn't|never|doesn't|don't|wasn't|isn't|did not|does not"
    r"|hasn't|only)\b",
    r"\b(?:that|it|this|that one)(?:'s| is| was|s)? (?:not|isn't|wasn't|aint|ain't) (?:really"
    r" |exactly |technically |even |real |actual |proper )?(?:abuse|abusive|a big deal"
    r"|that serious)",
    r"\b(?:doesn't|does not|don't|didn't) (?:really )?sound (?:like )?(?:abuse|abusive|that bad"
    r"|so bad|too bad)",
    r"\b(?:it|things|that) could (?:be|have been|'ve been|of been) (?:so much |a lot |way |much"
    r" |far )?worse\b",
    r"\bare <YOU> sure (?:you're not|it's not|it wasn't|you weren't|you didn't|he (?:really|meant"
    r"|did))|(?:wasn't|isn't) (?:really )?(?:that|so) bad,? (?:was|is) it\b",
    r"\bnot that bad compared to|\bnot as bad as (?:some|what|other)|\bnot (?:that|so) (?:hard"
    r"|difficult|complicated)\b(?=[^?]*\b(?:leave|leaving|walk|block|just)\b)"
    r"|\bit's not that hard\b",
    r"\bat least (?:you|u) (?:had|have|got|were|weren't|didn't|never|still)\b|\bat least it"
    r" (?:wasn't|isn't|was only|'s only|was just|never got) ",
    r"\b<YOURE> (?:just |a bit |being |kinda |kind of )?(?:overreacting|exaggerating|dramatic"
    r"|being dramatic|(?:over|too )sensitive|making (?:it|this|a) (?:a )?(?:big deal|mountain)"
    r"|reading too much)",
    r"\b(?:all|every|most) (?:couples?|relationships?|men|guys|marriages?) (?:fight|argue"
    r"|have (?:their )?(?:ups and downs|problems|issues|rough patches|arguments)|do that|are like"
    r" that)\b",
    r"\bthat's (?:just )?(?:what|how) (?:men|guys|boys|blokes|relationships|marriage) (?:are|do|is)"
    r"|normal (?:relationship|couple|marriage) (?:stuff|things|problems|behaviou?r)"
    r"|sounds like a normal (?:argument|relationship|fight|breakup)",
    r"\bit's not like (?:he|she|they) (?:\w+ )?(?:hit|beat|punched|hurt|raped|strangled)",
    r"\b<YOURE> (?:blowing (?:it|this|things) out of proportion|making a fuss|being hysterical"
    r"|being paranoid|making it up)\b|\bthat's (?:just )?(?:men|guys|blokes|boys) for you\b"
    r"|\b(?:they're|men are|guys are|blokes are) all like that\b",
    r"\b(?:just )?get over it\b|\bmove on already\b|\b<YOURE> lucky (?:he|she|it) only\b",
)
_SHAME = (
    r"\bhow (?:could|can|were) <YOU> (?:be )?(?:so |that )?(?:stupid|dumb|naive|blind|gullible"
    r"|weak|thick|silly|foolish)",
    r"\b(?:are|r) <YOU> (?:really |actually |seriously |just )?(?:that )?(?:stupid|dumb|naive"
    r"|blind|thick|an idiot|mad|crazy|serious)\b",
    r"\b<YOURE> (?:so |really |such an? |being |pretty |too |just |very |a bit )?(?:stupid|dumb"
    r"|naive|pathetic|weak|an idiot|idiot|gullible|thick|a doormat|spineless|ridiculous"
    r"|embarrassing|desperate)\b",
    r"\btoo (?:smart|clever|intelligent) to (?:fall for|put up with|let)",
    r"\bwhat were <YOU> thinking\b|\bshame on <YOU>\b|\bhave some (?:self[- ]?respect|dignity"
    r"|backbone)\b",
    r"\bthat's (?:so |just |really )?(?:pathetic|stupid|embarrassing|ridiculous)\b(?! of (?:him"
    r"|her))",
    r"(?:^|[.!?]\s*|\b(?:honestly|just|seriously|pls|please|omg|like) )grow up\b|\bget a grip\b"
    r"|\bman up\b|\btoughen up\b|\bstop being so (?:soft|weak|dramatic|stupid|naive)",
    r"(?<!\bto\s)\bstop (?:crying|moaning|whining|complaining|feeling sorry for yourself"
    r"|playing the victim"
    r"|being a victim|making excuses)\b",
)
_DEFEND = (
    r"\bmaybe (?:he|she|they)(?:'s| is| was| were| are|'re)? ?(?:just |only |really )?(?:stressed"
    r"|tired|having a bad|drunk|busy|going through|hurting|struggling|insecure|jealous|scared|under"
    r" pressure|has changed|changed|didn't mean|doesn't mean|means well|loves you|cares)",
    r"\b(?:he|she|they) (?:probably |prob |just |really |must |honestly )?(?:didn't|doesn't|did not"
    r"|does not|never|don't) mean(?:t)? (?:it|to|any harm)",
    r"\b(?:he|she|it) (?:sounds|seems) like (?:he|she|they) (?:really |truly |genuinely )?(?:loves?"
    r"|cares?|adores?|is trying|means well|is a good|wants the best)",
    r"\b(?:he|she)(?:'s| is) (?:probably |just |only |obviously |prob )+(?:jealous|insecure"
    r"|stressed"
    r"|tired|hurting|struggling|scared|going through)",
    r"\b(?:he|she) (?:was|is) (?:probably |prob |just |only )+(?:drunk|stressed|tired|high|upset"
    r"|hurt|angry|jealous|scared)\b|\bdidn't know what (?:he|she) was doing\b",
    r"\b(?:he|she) (?:probably |prob |just |only |must have |must've )+(?:snapped|lost (?:it|his"
    r" temper|her temper)|got angry|was stressed|was tired|overreacted|had a bad day)",
    r"\b(?:he's|she's|they're) only human\b|\beveryone (?:messes|screws|fucks) up\b"
    r"|\bnobody'?s perfect\b",
    r"\b(?:jealous|insecure|protective) because (?:he|she) (?:loves|cares)",
    r"\b(?:he|she) (?:might|may|could) (?:just )?(?:have|be) (?:a lot going on|going through"
    r"|struggling|stressed|tired|under pressure)",
    r"\bgive (?:him|her|them) (?:a chance|the benefit of the doubt|some slack|another go)\b"
    r"|\b(?:he|she) (?:clearly|obviously|really|still|must|definitely) loves? you\b",
    r"\beveryone deserves (?:a )?second chance|\bgive (?:him|her|them) (?:another|a second"
    r"|one more)"
    r" chance\b|\bmaybe give (?:him|her) one",
    r"\bto be fair to (?:him|her)\b|\bin (?:his|her) defen[cs]e\b"
    r"|\bthere are (?:always )?two sides(?! to (?:every|the|this|a) (?:page|sheet|worksheet"
    r"|coin|card|paper))"
    r"|\bsee it from (?:his|her) (?:side|perspective|point of view)",
    r"\b(?:sounds like|maybe|probably|must have|must've) (?:he|she) (?:had|has) (?:a )?(?:rough"
    r"|hard"
    r"|difficult|tough|bad|traumatic) (?:childhood|upbringing|life|time)"
    r"|\bbe patient with (?:him|her)",
    r"\bhave you tried talking to (?:him|her) (?:calmly|nicely|properly)"
    r"|\b(?:he|she) (?:doesn't|does not) (?:sound|seem) (?:that |so )?bad",
    r"\b(?:he|she)(?:'s| is) not a bad (?:guy|person|man|woman)\b|\b(?:he|she) (?:seems|sounds)"
    r" (?:really )?(?:nice|lovely|like a good guy|sweet|great)\b",
)

_HYPOTHETICAL = rx(
    r"\b(?:if|do|does|when|whenever|whether|unless|until|feel like|not saying|like)\W*$"
)


def hypothetical(text: str, start: int, end: int) -> bool:
    """ "if you need to leave early", "do you have to go?": not an instruction."""
    return bool(_HYPOTHETICAL.search(clause_before(text, start, 30)))


def _rule(label: str, reason: str, patterns: tuple[str, ...], guards: tuple) -> Rule:
    return Rule(AGREEMENT, label, reason, any_rx(patterns), guards)


RULES: tuple[Rule, ...] = (
    _rule("victim_blaming", "may blame a member for their abuse", _BLAME, (negated, reported)),
    _rule(
        "unsolicited_advice",
        "tells a member what to do",
        _ADVICE,
        (negated, reported, hypothetical),
    ),
    _rule("minimising", "may minimise a member's experience", _MINIMISE, (negated, reported)),
    _rule("shaming", "may shame a member", _SHAME, (negated, reported)),
    _rule("defending_abuser", "may excuse or defend an abuser", _DEFEND, (reported,)),
)
