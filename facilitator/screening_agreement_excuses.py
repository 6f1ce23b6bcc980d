"""Agreement rules, round eight: the blame, excuses and comparisons earlier rounds listed as missed.

From the weak spots of rounds four to seven (agreement had no new rule since round five): blame
by a question ("what did you say to set him off", "did you do anything to provoke him"), blame by
a condition ("if you dress like that what do you expect", "maybe if you'd been less needy"),
blame by a trait ("you sound like you enjoy the drama", "you clearly have a type", "women like
you attract that sort", "you were both toxic", "you must have seen the red flags"); excuses made
for the abuser ("he was drunk, he didn't mean half of it", "he just doesn't know how to show
it", "have you thought about it from where he was standing", "two sides to every story", "I know
him and he's a lovely guy"); minimising by comparison or by kind ("at least yours never hit you",
"emotional abuse isn't as serious", "normal couple arguments", "sounds made up"); advice and
shaming in other words ("I'd have hit him back", "you owe it to the kids", "just get a divorce",
"grow a spine", "embarrassing at your age").

Same stance as screening_agreement: a reply aimed at someone ("you ..."), not what the writer
reports was said to them ("my sister asked what I did to set him off"), and negation drops the
hit. The excuses also pass when they are about the writer's own people ("my dad was drunk, he
didn't mean half of it" is a member's own story, not a reply).
"""

from __future__ import annotations

from .screening_agreement_more import my_own_people
from .screening_agreement_watch import said_to_writer
from .screening_guards import fiction, negated, reported
from .screening_text import Rule, any_rx, rx

_SETOFF = (
    r"(?:set (?:him|her) off|make (?:him|her) (?:kick off|angry|snap|lose it|flip|go off|hit|shout"
    r"|do that|react|so mad)|upset (?:him|her)|annoy (?:him|her)|provoke|wind (?:him|her) up"
    r"|trigger (?:him|her))"
)
_PARTNER = (
    r"(?:ex|husband|wife|partner|bf|gf|boyfriend|girlfriend|fella|man|mum|mom|mam|dad|mother"
    r"|father|parents|boss)"
)
_BLAME = (
    # a question that looks for the member's part
    r"\bwhat did <YOU> (?:say|do|text)\b[^.!?]{0,30}\bto " + _SETOFF,
    r"\bdid <YOU> (?:do|say) (?:anything|something) to " + _SETOFF,
    r"\bwhy (?:didn't|did not) <YOU> (?:just )?(?:ring|call|phone) (?:the police|the cops|999|911"
    r"|000|111)\b",
    # a condition that puts it on the member
    r"\bif <YOU> (?:dress|dressed|act|acted|talk|talked|behave|behaved|drink|drank|go out|went out"
    r"|flirt|flirted|wind|wound)\b[^.!?]{0,30}\bwhat (?:do|did|else (?:do|did)) <YOU> expect\b",
    r"\bmaybe if <YOU>(?:'d| had| hadn't| had not| were| was| weren't| didn't)? (?:been |be )?"
    r"(?:a bit |a little |just )?(?:less (?:needy|demanding|clingy|jealous|difficult|emotional"
    r"|dramatic|of a nag)|more"
    r" (?:patient|understanding|supportive|relaxed|chill|grateful)|nicer|calmer|quieter|kept"
    r" (?:quiet|calm|your mouth shut)|not (?:nagged|pushed|argued|provoked)|listened to (?:him"
    r"|her)|stopped nagging)\b",
    # a trait that puts it on the member
    r"\b<YOU> (?:sound|seem) (?:like|as if|as though) <YOU> (?:enjoy|like|love|want|need|thrive on"
    r"|get off on) (?:the )?(?:drama|attention|chaos|sympathy|fighting|being (?:a victim|hurt))\b",
    r"\b<YOU> (?:clearly|obviously|really|just|secretly) (?:liked|loved|enjoyed|wanted|needed)"
    r" (?:the )?(?:attention|drama|chaos|sympathy|being a victim)\b",
    r"\b<YOU>(?:'ve| have)? (?:clearly |obviously |definitely |really |must |always )?(?:have |got"
    r" )?a type\b(?! of)",
    r"\b(?:women|girls|people|men|guys|lads) like (?:you|u) (?:always |just |tend to |seem to )?"
    r"(?:attract|go for|pick|end up with|fall for)\b",
    r"\b<YOU> (?:always |keep |seem to |must )?(?:attract|attracting|pick|picking|choose|choosing"
    r"|go for|going for) (?:the )?(?:same"
    r" type|wrong (?:men|guys|women|people|ones|type)|abusers|narcissists|that sort"
    r"|those sorts?)\b",
    r"\b<YOU>(?: two)? (?:were|are) both (?:toxic|as bad|to blame|the problem|abusive"
    r"|just as bad)\b",
    r"\b<YOU> (?:might|may|could) (?:be|have been) (?:the )?(?:toxic|abusive|controlling|difficult"
    r"|problem)(?: one)?\b|\b<YOURE> the (?:toxic|abusive|crazy|difficult) one\b",
    r"\b<YOU> (?:must|should)(?: have|'ve| of) (?:seen|noticed|spotted|known about) (?:the )?(?:red"
    r" )?(?:flags|signs|warning signs)\b",
    r"\b(?:own|take responsibility for|accept) your (?:part|share|role)\b|\byour part in (?:it|this"
    r"|all (?:of )?this)\b",
    r"\bwhy (?:do|would|did) <YOU> (?:keep|still) (?:pick(?:ing)? up|answer(?:ing)?|repl(?:y|ying)"
    r"|text(?:ing)?|talk(?:ing)? to|see(?:ing)?|meet(?:ing)?|respond(?:ing)?|let(?:ting)?)\b",
)
_EXCUSE = (
    r"\b(?:he|she) was (?:drunk|pissed|wasted|off (?:his|her) face|high|stressed)\b[,.;]? ?(?:and"
    r" )?(?:he|she) (?:didn't|did not|doesn't|does not|never) mean (?:it|half|most|any|the"
    r" half)\b",
    r"\b(?:he|she) (?:didn't|did not|doesn't) mean (?:half|most|any) of (?:it|that|what)\b",
    r"\b(?:he|she|men|guys|blokes|lads|some (?:men|people)) (?:just |probably |maybe )?(?:doesn't"
    r"|does not|don't|do not) (?:always |really )?know how to (?:show|express) (?:it|love|his"
    r" feelings|her feelings|their feelings|feelings|affection|that (?:he|she) cares)\b",
    r"\b(?:thought about|think about|considered|consider|looked at|look at|tried seeing|try"
    r" seeing) (?:it|this|things) from (?:where (?:he|she) (?:was|is) standing|(?:his|her)"
    r" (?:end|shoes|angle|view))\b|\bput yourself in (?:his|her) shoes\b",
    r"\b(?:two sides to every story|every story has two sides|both sides of the story|there's"
    r" (?:always )?(?:his|her) side)\b",
    r"\b(?:he|she) (?:sounds|seems) like (?:a )?(?:nice|decent|good|lovely|sweet|great) (?:guy"
    r"|bloke|man|person|woman|lad|fella|lady)\b",
    r"\bi(?:'ve| have)? (?:know|knew|met|work with|worked with) (?:him|her)\b[^.!?]{0,40}"
    r"\b(?:lovely|nice"
    r"|decent|good|sweet|kind|great) (?:guy|bloke|man|person|woman|lad|fella|lady)\b",
    r"\byour " + _PARTNER + r"\b[^.!?]{0,30}\b(?:doing|did) (?:her|his|their) best\b",
)
_MINIMISE = (
    r"\b(?:he|she) only (?:pushed|hit|slapped|shoved|grabbed|shouted at|smacked) (?:you|u)"
    r" (?:once|the once|a couple of times)\b",
    r"\bat least (?:yours|your " + _PARTNER + r") (?:never|didn't|did not|wasn't|only|doesn't)\b",
    r"\b(?:emotional|verbal|financial|psychological|mental) abuse (?:isn't|is not|isnt|aint|ain't)"
    r" (?:as |that |really |even |proper |real )?(?:bad|serious|real|abuse)\b",
    r"\bnormal (?:couple|relationship|marriage) (?:arguments|fights|rows|stuff|drama|spats)\b"
    r"|\bjust (?:a )?(?:normal |regular |everyday )?(?:couple|lovers'?) (?:tiff|spat|row|argument)",
    r"\b(?:sounds|seems|that sounds|this sounds) (?:a bit |kinda |kind of |pretty |totally"
    r" |quite )?(?:made up|far[- ]fetched|exaggerated)\b"
    r"|\bi don't (?:really )?believe (?:you|u|that happened)\b",
    r"\b(?:my|mine) (?:ex |husband |wife |partner )?(?:did|was|were) (?:way|much|far|a lot|10x)"
    r" worse (?:than (?:that|yours|this)|lol)\b|\byours sounds (?:like )?(?:an? )?(?:sweetheart"
    r"|saint|angel|tame|mild|lovely|nice)\b",
)
_ADVICE = (
    r"\bi(?:'d| would)(?:'ve| have) (?:hit|slapped|punched|smacked|decked|battered) (?:him|her)"
    r" back\b",
    r"\b<YOU> owe it to (?:the kids|your kids|the children|your children|him|her|them|your family"
    r"|the family)\b",
    r"(?:^|[.!?]\s*|\b(?:just|so|hun|babe|mate|honestly|seriously|then) )get (?:a divorce|divorced"
    r"|a restraining order|a lawyer|an injunction)\b",
    r"\bstop letting (?:him|her|them|people) (?:walk all over|treat|use|control|push) (?:you|u)\b",
)
_SHAME = (
    r"\bgrow (?:a|some) (?:spine|backbone|pair)\b",
    r"\bat your age\b[^.!?]{0,40}\b(?:falling for|fall for|should know better|should have known"
    r"|embarrassing)\b"
    r"|\b(?:embarrassing|pathetic|sad|cringe) (?:at your age|that (?:you|u) still)\b",
    r"\b(?:don't|dont|can't|cant) (?:get|understand) why (?:people|anyone|you) (?:make|makes)"
    r" (?:it|this) (?:so )?(?:complicated|hard|difficult)\b",
)
_WE_HAD = rx(r"\b(?:we|we'd|we've|me and (?:him|her|my \w+))\b (?:\w+ ){0,2}$")


def we_had(text: str, start: int, end: int) -> bool:
    """ "we had normal couple arguments in my first marriage": the writer's own comparison."""
    return bool(_WE_HAD.search(text, max(0, start - 40), start))


# A member's own story: "my dad was drunk, he didn't mean half of it".
_OWN = rx(r"\b(?:my|our) " + _PARTNER + r"\b")


def own_story(text: str, start: int, end: int) -> bool:
    """An excuse about the writer's own person, told as their own story."""
    return bool(_OWN.search(text, max(0, start - 60), start))


_GUARDS = (negated, said_to_writer)

RULES: tuple[Rule, ...] = (
    Rule("agreement", "victim_blaming", "may blame a member", any_rx(_BLAME), (*_GUARDS, reported)),
    Rule(
        "agreement",
        "defending_abuser",
        "may excuse or defend an abuser",
        any_rx(_EXCUSE),
        (reported, own_story, my_own_people),
    ),
    Rule(
        "agreement",
        "minimising",
        "may minimise a member's experience",
        any_rx(_MINIMISE),
        (*_GUARDS, we_had, fiction),
    ),
    Rule("agreement", "unsolicited_advice", "tells a member what to do", any_rx(_ADVICE), _GUARDS),
    Rule("agreement", "shaming", "may shame a member", any_rx(_SHAME), _GUARDS),
)
