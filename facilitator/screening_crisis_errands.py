"""Crisis rules, round seven: plans told as errands, means told sideways, other languages.

From the weak spots of round six (fresh9, fresh10): a list of jobs done with a line that says
why ("cancelled the broadband and gave the plants away. nothing left to sort now", "set my
emails to send on friday. by then it won't matter", "a folder marked for after"); a drug put
aside or taken from work ("enough of my mum's oxycodone put aside now", "signed out extra
morphine at the end of my shift"), or lined up "next to me"; insurance "if it looks like an
accident"; veiled goodbyes ("if I'm not on here next week it's not because I've been busy"); a
note that tells the finder to keep the children out; and the commonest ways of saying "I want
to die" in Spanish, Portuguese, French, Italian and German.

The errands alone are everyday ("cancelled the broadband, switching to a cheaper deal"), so each
finality line needs a job done in the same message and no everyday reason for it (a holiday, a
move, a better deal, "we", an exclamation mark), and a drug needs a verb of hoarding or taking,
not a prescription "to last till" the next one. Guards: negation, a past the writer has come
through, someone else's story, a joke.
"""

from __future__ import annotations

from .screening_guards import crisis_in_past, joking, negated, third_person
from .screening_guards_more import as_prescribed
from .screening_text import Rule, any_rx, rx

# --- plans told as errands ---------------------------------------------------------------------
_ERRAND = rx(
    r"\b(?:cancell?ed|cancelling|paid|paying|sold|selling|gave|given|giving|transferred|shredded"
    r"|burnt|burned|deleted|wrote|written|left|put|sorted|booked|handed|rehomed|closed|returned"
    r"|set (?:my|the|up)|scheduled|labelled|labeled|emptied|cleared|emailed|texted|posted|signed"
    r"|tied|tidied|told)\b"
)
_FINAL = (
    r"\bnothing (?:left|else|more) (?:to (?:sort|do|tidy|pay|cancel|organise|arrange)|for me to"
    r" (?:sort|do))\b",
    r"\b(?:by|after) (?:then|that|this week|this weekend|the weekend|tonight|tomorrow|(?:mon|tues"
    r"|wednes|thurs|fri|satur|sun)day)(?:,)? (?:(?:none of (?:it|this|that)|nothing(?: i do)?)"
    r" (?:will|is going to) matter|(?:it|this|that|none of it|nothing|none of this) (?:won't|wont"
    r"|will not|doesn't|isn't going to|is not going to) matter)\b",
    r"\bi (?:won't|wont|will not) (?:need|be needing) (?:any of )?(?:it|them|this|that|these"
    r"|those)(?: anymore| any more)?(?=[.!?]|$| where i'm going)",
    r"\b(?:looked after|taken care of|fed|walked|cared for|fine|sorted) when i'm (?:not here|not"
    r" around|no longer here|no longer around)\b",
    r"\b(?:nobody|no one|no-one) (?:needs|has) to know (?:what (?:it's |it is )?for|why)\b",
    r"\b(?:marked|labelled|labeled|titled|named|saying|says|written on it) ['\"]?(?:for after"
    r"|for afterwards|open after|when i'm gone|after me)\b",
    r"\b(?:tying|tidying|tie|tidy|tied|tidied) (?:up )?(?:the |my |a few |some )?(?:last )?loose"
    r" ends\b",
    r"\b(?:that's me|i'm|everything's|everything is|it's all|all) sorted for good\b",
)
# Errands for an everyday reason: a holiday, a move, a better deal, a new job.
_ERRAND_REASON = rx(
    r"\b(?:holiday|trip|flight|camping|abroad|moving|move|new (?:flat|house|place|job|home)"
    r"|maternity|paternity|wedding|cheaper|switching|deal|remortgag\w*|divorce|sale|excited"
    r"|can't wait|retir\w*|promotion|we|we're|we've|our|us)\b|!"
)
_FINAL_RX = any_rx(_FINAL)


def _no_errand(text: str, start: int, end: int) -> bool:
    """A finality line with no job done anywhere in the message is left to the other rules, and
    so is one whose jobs have an everyday reason ("paid up before the holiday!")."""
    return not _ERRAND.search(text) or bool(_ERRAND_REASON.search(text))


# --- means told sideways -----------------------------------------------------------------------
_STRONG_DRUG = (
    r"(?:morphine|oxycodone|oxy\w*|oramorph|fentanyl|codeine|co-?codamol|tramadol|dihydrocodeine"
    r"|diazepam|valium|zopiclone|temazepam|insulin|amitriptyline|sleeping (?:pills|tablets)"
    r"|paracetamol|sertraline|citalopram|quetiapine|lithium|painkillers|propranolol"
    r"|antidepressants)"
)
_MEANS = (
    # "enough of my mum's oxycodone put aside now"
    r"\benough (?:of )?(?:(?:my|his|her|the|mum's|mom's|dad's|nan's|gran's) )?(?:\w+'s )?(?:old )?"
    + _STRONG_DRUG
    + r" (?:put aside|put away|set aside|saved|saved up|stashed|hidden|squirrelled away|kept"
    r" back|now|together|at last|finally)\b",
    # "signed out extra morphine at the end of my shift", "brought some tramadol home from work"
    r"\b(?:signed out|took home|brought home|pocketed|kept back|held back|palmed|skimmed|nicked"
    r"|pinched) (?:some |a few |extra |spare |the |a bit of |a box of |a bottle of )?(?:\w+ )?"
    + _STRONG_DRUG
    + r"\b",
    r"\b(?:took|brought|bringing|taking) (?:some |a few |extra |spare |the )?(?:(?:vials|boxes"
    r"|packs|bottles|ampoules|strips|pens) of )?"
    + _STRONG_DRUG
    + r" (?:home )?(?:from|off) (?:work|the ward|the unit|the pharmacy|the surgery)\b",
)

_SIDEWAYS = (
    # "a second box so the chemist wouldn't clock it"
    r"\bso (?:the )?(?:chemist|pharmacist|pharmacy|shop|till|they|nobody|no one|no-one)"
    r" (?:wouldn't|won't|doesn't|didn't|would not|can't|couldn't) (?:clock|notice|ask|question"
    r"|twig|suspect|realise|realize|count)\b",
    # "which tablets don't show up on a tox screen"
    r"\b(?:don't|doesn't|won't|wouldn't|do not|does not) show up (?:on|in) (?:a |the )?(?:\w+ )?"
    r"(?:tox|toxicology|post ?mortem|autopsy)\b",
    # "I know how many it would take", "kept back half of every prescription"
    r"\bknow (?:exactly |just )?how many (?:it would take|it'd take|i'd need|would be enough"
    r"|would do it)\b",
    r"\b(?:kept|keeping|held|holding|saved|saving) back (?:half |some |a few |one |two )?(?:of )?"
    r"(?:every|each|my) (?:prescription|script|dose|week's)\b",
    r"\b(?:sat|sitting|sit|been|was) in (?:the|my) garage with the (?:engine|motor) (?:running|on"
    r"|going)\b",
    r"\b(?:i'm|im|i am|i've been|been) (?:saving|hoarding|stockpiling|keeping) (?:them|it|mine)"
    r"(?: up| back| aside)?\b",
)
_DRUG_WORD = rx(
    r"\b(?:tablets|pills|meds|medication|box|boxes|packs?|prescriptions?|scripts?|"
    + _STRONG_DRUG
    + r")\b"
)


def _no_drug(text: str, start: int, end: int) -> bool:
    """A shop or chemist that "wouldn't notice" is about means only when a drug is named."""
    return "garage" not in text[start:end] and not _DRUG_WORD.search(text)


# "a packet of codeine next to me", after "nobody would notice if you were gone"
_MEANS_AT_HAND = (
    r"\b(?:packet|packets|box|boxes|bottle|strip|strips|pile|handful|load|all|tub|blister packs?)"
    r" of (?:my |the |his |her )?(?:\w+ )?"
    + _STRONG_DRUG.replace("(?:", "(?:tablets|pills|", 1)
    + r"\b[^.!?]{0,30}? (?:next to|beside|in front of|right by|on the bed next to|lined up next to)"
    r" me\b",
    # an overdose just taken: "took a whole sheet of my antidepressants an hour ago"
    r"\b(?:took|taken|swallowed|necked|downed) (?:a |the )?(?:whole |full |entire )?(?:sheet"
    r"|strip|packet|box|bottle|tub|blister pack|month's supply|week's supply) of (?:my |the |his"
    r" |her )?(?:\w+ )?" + _STRONG_DRUG.replace("(?:", "(?:tablets|pills|meds|", 1) + r"\b",
)
# "it pays double if it looks like an accident"
_ACCIDENT = (
    r"\b(?:insurance|policy|pays? out|payout|pays double|life cover)\b[^.!?]{0,80}\b(?:looks?"
    r" like|ruled|rule it|counts? as|put down as) an accident\b",
    r"\b(?:looks?|look) like an accident\b[^.!?]{0,60}\b(?:insurance|policy|pay ?out|life"
    r" cover)\b",
)
# Veiled goodbyes: "if I'm not on here next week it's not because I've been busy", "I won't be
# bothering anybody for much longer".
_VEILED = (
    r"\bif (?:i'm|im|i am) not (?:on here|online|here|around|at group|in group|on)(?: \w+){0,3}"
    r"[^.!?]{0,20}?,? (?:it's|it is|its) not (?:because|cos|coz|cause)\b",
    r"\bif i (?:disappear|go quiet|vanish|stop posting)\b[^.!?]{0,40}\b(?:please know|none of"
    r" you|not your fault|don't blame|it wasn't)\b",
    r"\b(?:won't|will not|wont) be (?:bothering|burdening|troubling) (?:anyone|anybody|everyone"
    r"|you all|any of you|you lot)(?: for)? (?:much longer|long|soon)\b",
    r"\bmake sure (?:that )?i (?:never|don't|won't) (?:bother|burden|trouble) (?:anyone|anybody"
    r"|you|everyone|any of you) again\b",
    r"\b(?:the|my) last time i (?:bother|burden|trouble|write to|post in|message) (?:this group"
    r"|you all|you lot|anyone|everyone|any of you|you)\b",
    r"\bi mean (?:that|this|it) as (?:a )?goodbye\b",
    r"\b(?:nobody|no one|no-one|none of you) (?:has|will have|needs|will need) to worry about me"
    r" (?:ever )?again\b",
    r"\bstop being (?:everyone's|everybody's|anyone's|your|a|the) (?:problem|burden)\b"
    r"(?=[^.!?]{0,30}\b(?:soon|tonight|for good|forever|once and for all|ever again)\b)"
    r"|\bsoon i'll stop being (?:everyone's|everybody's|anyone's|your|a|the) (?:problem|burden)\b",
    r"\b(?:won't|wont|will not) be (?:around|here|alive) to (?:read|see|hear|answer|reply)\b",
    r"\bbe over for me (?:by|before|after|tonight|soon|this)\b",
    r"\b(?:won't|wont|will not|never) (?:get to |be there to |be around to )?see (?:him|her|them"
    r"|you|my \w+|the \w+) grow up\b",
    r"\bno point (?:in )?me (?:anymore|any more|being here|existing|being alive|carrying on)\b",
    r"\bvoices? (?:tell|tells|telling|told|keep telling|keeps telling) me to (?:step off|walk into"
    r"|go into|jump|hurt myself|cut|end it|drown|throw myself|kill)\b",
)

# --- the finder told to keep the children out ----------------------------------------------------
_NOTE = (
    r"\b(?:note|letter|message|text)\b[^.!?]{0,50}\b(?:not to|don't|do not|dont) let (?:the kids"
    r"|the children|the girls|the boys|my kids|mum|my mum|her|him|them|anyone|nobody)"
    r" (?:in|come in|go in|upstairs|see|find)\b",
    r"\b(?:don't|do not|dont) let (?:the kids|the children|my kids|my mum|mum) (?:find|see) me\b",
)

# --- other languages -----------------------------------------------------------------------------
_LANGUAGES = (
    # Spanish
    r"\b(?:quiero|me quiero) (?:morir|morirme|matarme|suicidarme|desaparecer para siempre)\b",
    r"\bquiero dormir y no (?:despertar|volver a despertar)\b",
    r"\bno quiero (?:vivir|seguir viviendo|despertar|seguir aqui|seguir aquí)\b",
    r"\b(?:pensando en|pienso en) (?:matarme|suicidarme|morirme|quitarme la vida)\b",
    r"\bvoy a (?:matarme|suicidarme|quitarme la vida)\b",
    # Portuguese
    r"\b(?:quero morrer|vou me matar|vou-me matar|não quero (?:mais )?viver|nao quero (?:mais )?"
    r"viver)\b",
    # French
    r"\b(?:je veux mourir|je veux en finir|me suicider|je vais me tuer|envie de mourir)\b",
    # Italian
    r"\b(?:voglio morire|mi voglio uccidere|non voglio (?:più |piu )?vivere)\b",
    # German
    r"\b(?:ich will (?:nicht mehr leben|sterben)|ich bring mich um|will nicht mehr leben)\b",
)

_REASON_ERRAND = "a plan told as jobs done, with a line that says they are final"
_REASON_MEANS = "a drug put aside or taken from work, with no reason given"
_REASON_VEILED = "a goodbye told sideways"
_REASON_NOTE = "a note that tells the finder to keep others out"
_REASON_LANG = "says they want to die, in another language"
_GUARDS = (negated, crisis_in_past, third_person, joking)

RULES: tuple[Rule, ...] = (
    Rule("crisis", "suicide_plan", _REASON_ERRAND, _FINAL_RX, (*_GUARDS, _no_errand)),
    Rule("crisis", "suicide_plan", _REASON_MEANS, any_rx(_MEANS), (*_GUARDS, as_prescribed)),
    Rule(
        "crisis", "suicide_plan", _REASON_MEANS, any_rx(_MEANS_AT_HAND), (*_GUARDS, as_prescribed)
    ),
    Rule("crisis", "suicide_plan", _REASON_ERRAND, any_rx(_ACCIDENT), _GUARDS),
    Rule("crisis", "suicide_plan", _REASON_MEANS, any_rx(_SIDEWAYS), (*_GUARDS, _no_drug)),
    Rule("crisis", "goodbye", _REASON_VEILED, any_rx(_VEILED), (crisis_in_past, third_person)),
    Rule("crisis", "suicide_plan", _REASON_NOTE, any_rx(_NOTE), (crisis_in_past, third_person)),
    Rule("crisis", "suicidal_ideation", _REASON_LANG, any_rx(_LANGUAGES), (third_person,)),
)
