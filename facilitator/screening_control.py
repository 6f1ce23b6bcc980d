"""Danger rules, round nine: coercive control happening now, and threats carried sideways.

From the weak spots listed for rounds seven and eight and the kinds the brief names: medicine,
aids and documents kept from the writer ("he keeps my insulin pen ... until I say sorry", "she
took my hearing aids and won't give them back", "he's got my birth certificate and my visa
papers", "my dad has my passport and my car keys ... whether I agree or not"); money taken
("took my bank card", "takes my wages the day they come in", "put all the money in his name and
gives me 30 a week"); the car keys or the only key kept so the writer cannot go; immigration
and image threats ("he'll tell immigration I lied", "my family will get those videos of me
unless"); threats through a pet or the children ("take the dog to the woods and I'll never find
her", "telling the kids mummy will die"); a child kept ("he's got the baby and won't say where");
reproductive coercion ("hid my pills so I'd get pregnant"); court and handovers ("come alone to
his flat, no contact centre", "if I go to court he says I won't make it home", "'this isn't
over'. The order expires next month"); watching through other people and places ("posing as my
brother, asking if I'm there", "his cousin works at my GP surgery and he knew", "reports back
everything I post", "rings my work every hour asking if I'm in", his location shared to the
child's tablet); an unknown number naming what the writer wore; him waiting in a lay-by or at the
end of the lane; a one-way ticket to the writer's city; a carer who listens to every call.

The subject must be the other person (he, she, a relative, a carer), so the writer's own
errands pass ("I keep my insulin pen in my coat", "I've got my birth certificate in a folder
now", "I keep the car keys and the fuel card in one pouch"). Guards: negation, a past the writer
has come through, someone in prison, films, jokes.
"""

from __future__ import annotations

from .screening_guards import danger_in_past, joking, negated, unreal
from .screening_guards_more import fiction_scene, locked_away
from .screening_text import Rule, any_rx

# Someone other than the writer: a pronoun, a relative or role, or a carer.
_WHO = (
    r"(?:he|she|he's|she's|he has|she has|they|my ex|<S>|my (?:carer|son|daughter|mother-in-law"
    r"|father-in-law|sister-in-law|brother-in-law|grandson|granddaughter|nephew|niece|cousin"
    r"|auntie|aunt|uncle|family|in-laws|stepson|stepdaughter|flatmate|landlady|husband's family"
    r"|wife's family))"
)
_KEPT = (
    r"\b"
    + _WHO
    + r"\b[^.!?]{0,25}\b(?:keeps|kept|hides|hid|hidden|took|takes|taken|has|holds|got|has got"
    r"|locked away|locked up|confiscated|won't give me|wont give me|refuses to give me)"
    r" (?:back )?(?:all )?my (?:\w+ )?(?:insulin|insulin pen|inhaler|meds|medication|medicine"
    r"|tablets|pills|epipen|hearing aids?|glasses|wheelchair|walking stick|walker|crutches"
    r"|passport|birth certificate|visa|visa papers|residence card|residence permit|id card|id"
    r"|papers|documents|bank card|bank cards|pension card|salary card|debit card|cards|wages"
    r"|pay|salary|pension|benefits|payslips|car keys|keys|phone charger|sim)\b"
    r"[^.!?]{0,60}\b(?:until|till|unless|back when|only (?:if|when)|if i|so i can't|so i cant"
    r"|so i don't|and says|and said|and won't|says i|whether i|i'm nothing|im nothing"
    r"|the day|every (?:week|month|thursday|friday|payday))",
    r"\b" + _WHO + r"\b[^.!?]{0,15}\bonly (?:gives|lets) me (?:have )?my (?:\w+ )?(?:meds"
    r"|medication|tablets|pills|insulin|inhaler|money|phone|card) (?:if|when|once|after)\b",
    r"\b" + _WHO + r"\b[^.!?]{0,20}\b(?:put|puts|moved|moves) (?:all )?(?:the|our|my) (?:money"
    r"|savings|accounts?|wages) (?:in|into|under) (?:his|her|their) name\b[^.!?]{0,40}\bgives me\b",
    r"\b(?:makes|made) me (?:hand over|give (?:him|her)) my (?:payslips|wages|pay|bank card|pin"
    r"|pension)\b",
    r"\b(?:he|she) has the only key\b",
    r"\b(?:he|she)\b[^.!?]{0,10}\b(?:keeps|took|takes|hides|hid|has) the (?:car keys|keys|fuel"
    r" card|car)\b[^.!?]{0,30}\b(?:so i can't|so i cant|so i don't|unless (?:he|she))\b",
    r"\b(?:i'm|im|i am) not allowed (?:out|to go out|to leave) unless (?:he|she) (?:comes|is)\b",
)
_THREATS = (
    r"\b(?:he|she|he'll|she'll|says|said|threatens|threatened|threatening)\b[^.!?]{0,30}\b(?:tell"
    r"|ring|call|report me to|contact) (?:the )?(?:immigration|home office|border (?:force"
    r"|agency)|ice)\b",
    r"\b(?:deported|deport me|send me back)\b[^.!?]{0,40}\b(?:without|keep) my (?:kids|children"
    r"|son|daughter|baby)\b",
    r"\b(?:my )?(?:family|boss|parents|work|everyone|church|kids) (?:will|would|is going to) (?:get"
    r"|see) (?:those|the|all the|my) (?:videos|photos|pictures|pics|nudes) (?:of me )?unless\b",
    r"\b(?:take|took) the (?:dog|cat|puppy|kitten|horse|rabbit) (?:to|into) the (?:woods|vet|river"
    r"|canal|motorway)\b[^.!?]{0,30}\bnever (?:find|see)\b",
    r"\bthreat\w* to (?:give|get rid of|drown|hurt|kill|sell|dump|poison) (?:my|the) (?:cat|dog"
    r"|cats|dogs|puppy|kitten|pets?|horse|rabbit)\b",
    r"\b(?:telling|tells|told) the (?:kids|children|boys|girls) (?:that )?(?:mummy|mum|mommy|mom"
    r"|daddy|dad|mama) (?:will|is going to|would) (?:die|get hurt|disappear|go away for ever)\b",
    r"\b(?:repeating|repeats|tells me) what (?:he|she|his dad|her dad) says (?:he'll|he will|she'll"
    r"|she will|he's going to) do to me\b",
    r"\b(?:he|she)(?:'ll| will| is going to) (?:smash|break|kick|punch|slap|cut|stab|burn|rip)"
    r" (?:my|your) (?:face|head|teeth|legs|arms|throat)(?: in)?\b",
    r"\bgun in (?:the|his|her) (?:glovebox|glove box|car|boot|drawer)\b[^.!?]{0,40}\bfor me\b",
    r"\b'?accidents happen'? on (?:those|the|these) stairs\b[^.!?]{0,30}\b(?:looking|looks|looked"
    r"|staring|stares) at me\b",
)
_KIDS_AND_COURT = (
    r"\b(?:he's|she's|he has|she has) got the (?:baby|kids|children|boys|girls|little one)s? and"
    r" (?:won't|wont|will not|refuses to) (?:say|tell me) where\b",
    r"\b(?:changed|changes|changing) the locks\b[^.!?]{0,40}\b(?:my )?<KIDS>\b[^.!?]{0,20}\bstill"
    r" (?:in|inside|in there)\b",
    r"\brefus\w* to (?:return|bring back|give back|hand back) the (?:kids|children|baby|boys|girls)"
    r"\b",
    r"\b(?:hid|hides|hidden|flushed|binned|threw away|takes|took) my (?:pills?|contraception"
    r"|implant|coil|condoms)\b[^.!?]{0,30}\b(?:pregnant|baby|another one)\b",
    r"\b(?:come|go|bring (?:her|him|them)) alone to (?:his|her) (?:flat|house|place|home)\b"
    r"[^.!?]{0,30}\b(?:no|not the|without the) (?:contact centre|contact center|supervisor"
    r"|supervision)\b",
    r"\bif i (?:show up|turn up|go|come) (?:at|to) (?:the )?(?:court|hearing|tribunal)\b"
    r"[^.!?]{0,40}\b(?:won't|wont|will not) (?:make it home|walk out|come home|get home|be leaving)"
    r"\b",
    r"\bthis isn't over\b[^!?]{0,60}\b(?:order|injunction|bail) (?:expires|runs out|ends|is up)\b",
)
_WATCHED = (
    r"\b(?:posing|pretending|passing himself off|passing herself off) as (?:my|a|the) \w+\b"
    r"[^.!?]{0,40}\b(?:asking|ask|find out|if i'm|whether i'm|where i)\b",
    r"\b(?:works|working) at my (?:gp|doctor's|doctors|surgery|gp surgery|clinic|bank|school"
    r"|work)\b[^.!?]{0,40}\b(?:he|she) knew\b",
    r"\b(?:reports|reporting|reported|feeds|passes) back (?:everything|whatever|all) i (?:post"
    r"|say|do|share)\b",
    r"\b(?:rings|calls|phones|messages) my (?:work|office|job|school|boss) every (?:hour|day"
    r"|morning|few hours) asking (?:if|whether|where) i\b",
    r"\bshared (?:his|her) location with my (?:daughter|son|kids|children|child)'s (?:ipad|tablet"
    r"|phone|watch)\b[^.!?]{0,30}\basks? (?:her|him|them) where\b",
    r"\b(?:unknown|withheld|private|new|random) number\b[^.!?]{0,6}[:,]? ?['\"]?nice (?:coat"
    r"|dress|top|jacket|shoes|hair|skirt|jeans|shirt|outfit|trainers) today\b",
    r"\b(?:he's|she's|he is|she is) (?:in|at) the (?:lay-by|layby|lay by|end of my lane|top of my"
    r" lane)\b",
    r"\b(?:gave|given|gives|told|sent) (?:him|her) my (?:new )?(?:address|postcode)\b[^.!?]{0,40}"
    r"\b(?:been by|been round|turned up|came|come)\b",
    r"\b(?:one-way|one way) ticket to my (?:city|town|village)\b",
    r"\b(?:won't|wont|doesn't|does not) let me (?:phone|call|ring|see|talk to|speak to)"
    r" (?:my|anyone|anybody)\b[^.!?]{0,30}\bunless (?:she's|he's|she is|he is)"
    r" (?:listening|there|in the room)\b",
)

_GUARDS = (negated, danger_in_past, unreal, locked_away, fiction_scene, joking)

RULES: tuple[Rule, ...] = (
    Rule(
        "danger",
        "locked_in",
        "money, medicine, keys or papers kept from them",
        any_rx(_KEPT),
        _GUARDS,
    ),
    Rule("danger", "threat", "a threat carried sideways", any_rx(_THREATS), _GUARDS),
    Rule(
        "danger",
        "children_at_risk",
        "children kept, coerced, or court and handover threats",
        any_rx(_KIDS_AND_COURT),
        _GUARDS,
    ),
    Rule(
        "danger", "tracking", "watched through other people and places", any_rx(_WATCHED), _GUARDS
    ),
)
