"""Crisis rules, round eleven: the classic warning signs told without a word of death.

From the misses of round ten's blind batches, each written as a family rather than a line:
prized things given away with a line that makes it final ("it's yours now, not later", "for
good", "to people who'll get some use from it", "they think I'm decluttering, let them");
affairs sorted "while I still can"; paperwork left so nobody "has to hunt for anything
afterwards"; a pet left with someone "for a while ... she'd know when"; tablets stockpiled or
counted night after night; a near-attempt told flatly, ending on the fragment "This time." or
"For now."; goodbye messages written, a thank-you "for everything" sent and the call not taken;
"my final session" with thanks; "another year of this? can't"; and wanting the abuser to do it
("I don't care anymore if he uses it on me", "I'd rather do it myself and save him the bother").

Most of these acts are everyday on their own, so each pattern finds the act and a guard asks
the message for the line that makes it final (`needs`) and for no everyday reason (a baby on
the way, a move, a holiday, a stay in hospital, an exclamation mark). Guards: negation, a past
the writer has come through, someone else's story, jokes where a joke can undo it.
"""

from __future__ import annotations

import re

from .screening_guards import crisis_in_past, negated, third_person
from .screening_guards_more import as_prescribed
from .screening_text import Guard, Rule, any_rx, rx


def needs(companion: re.Pattern[str] | None, everyday: re.Pattern[str] | None = None) -> Guard:
    """A guard that drops the hit unless the message has `companion` (when given) and no
    `everyday` reason."""

    def guard(text: str, start: int, end: int) -> bool:
        if companion is not None and not companion.search(text):
            return True
        return bool(everyday and everyday.search(text))

    return guard


# --- prized things given away, with a line that makes it final ----------------------------------
_GIVE = (
    r"\b(?:gave|give|given|giving|handed|handing|passed|passing|signed over|parcell?(?:ed|ing)"
    r" out|shared out|sharing out)\b(?! (?:up|in|it|birth|notice|a|an)\b)(?: away| out| on| over"
    r"| back)?(?: (?!to\b|up\b)\w+){0,3}?"
    r" (?:my|the|all my|most of my)(?: [\w']+)?",
)
_CAN_HAVE = (r"\b(?:she|he|they|you) (?:can\x20have\x20my|can\x20keep\x20my)(?: [\w']+)?",)
_GIFT_FINAL = rx(
    r"\bfor good\b|\b(?:not|rather than|instead of) later\b|\bnow (?:rather )?than later\b"
    r"|\bwhile i(?:'m)? (?:still )?(?:can|here|around|able)\b"
    r"|\bno (?:more |further )?use for (?:it|them)\b"
    r"|\b(?:won't|wont|will not|shan't) (?:need|be needing|want|use|be using) (?:it|them|any)"
    r"|\bpeople(?: \w+){0,3}? who(?:'ll| will| can| could| would| might)? (?:actually |really )?"
    r"(?:get (?:some |more )?use|use|need|want|make use)\b"
    r"|\b(?:someone|an owner|a home|people) who(?:'ll| will) (?:use (?:it|them)|be around)\b"
    r"|\b(?:feels?|felt|i feel) (?:\w+ )?(?:tidy|tidier|right|final|light|lighter|peaceful"
    r"|settled|neat|complete)(?: somehow| in a good way| now)?\b"
    r"|\b(?:clearing|closing) things (?:up|down)\b|\b(?:it's|its|everything's) (?:all )?sorted\b"
    r"|\blet (?:them|her|him|people|everyone) think\b"
    r"|\b(?:think|thinks|thought|reckon|reckons|assume|assumes) i'm (?:just )?(?:decluttering"
    r"|clearing out|having a clear|moving|downsizing|spring cleaning|being generous)\b"
    r"|\bremember me by\b|\bnobody(?:'s| has) noticed\b|\bkeep (?:it|them) (?:forever|for always)\b"
    r"|\b(?:doesn't|does not|didn't|don't) know why\b|\bwithout telling (?:him|her|them|anyone)"
    r" why\b|\bbetter that way\b"
)
_GIFT_EVERYDAY = rx(
    r"\b(?:baby|babies|outgrown|grown out of|don't fit|doesn't fit|too (?:small|big|tight)"
    r"|downsiz\w*|new (?:wardrobe|flat|house|place|me|one|home)|expecting|pregnant|never (?:play"
    r"|use|wear|ride|read|drive)|anyone want|his (?:stuff|things|clothes)|birthday present"
    r"|christmas present|for (?:her|his|their) (?:birthday|wedding|18th|21st|graduation"
    r"|engagement)|notice|resign\w*|retir\w*|test|exams?|upgrad\w*|landlord|tenancy|moving (?:out"
    r"|house)|moved out|charity (?:shop )?bag|house a|kids (?:their|a))\b|!"
)
# A cover story told and taken back: "told her I'm going away. I'm not going away."
_COVER_STORY = (
    r"\btold (?:\w+ ){0,3}?(?:i'm|i am|i was|it's|it was|it is|that i'm|that it's) (?:just )?"
    r"(?:going away|moving \w+|for a (?:while|holiday|bit)|away|on holiday|only for a (?:while"
    r"|bit)|for a few (?:weeks|months))\b[^.!?]{0,20}[.!?,] ?(?:but )?(?:i'm not|i am not|it"
    r" isn'?t|it's not|it wasn'?t|i won't be)\b",
)
# "deciding who gets what": dividing one's things up, with no divorce or festive reason.
_WHO_GETS = (
    r"\b(?:deciding|decided|working out|worked out|sorting out|sorted out|figuring out|wrote down"
    r"|writing down|made a list of|making a list of|sorted) who (?:gets|should get|will get|is"
    r" getting|can have|has) (?:what|my \w+|which)\b",
)
_SPLIT = rx(
    r"\b(?:divorce|split|separation|settlement|christmas|xmas|secret santa|presents|raffle|rota"
    r"|chores|lunch|dinner|tickets|room|bedroom|inherit\w*|mum's|dad's|nan's|gran's|estate)\b"
)
# --- affairs sorted while there is still time --------------------------------------------------
_SORTED = (
    r"\b(?:sort|sorting|sorted|tidy|tidying|put|putting|get|getting|got|tie|tying|settle"
    r"|settling|organis\w*|organiz\w*|clear|clearing)(?: up| out)? (?:things|everything|my"
    r" affairs|affairs|my stuff|stuff|it all|my things|my papers|the paperwork|my paperwork|my"
    r" life|my house)\b[^.!?]{0,30}\bwhile i (?:still )?can\b",
)
_SORT_EVERYDAY = rx(
    r"\bbefore (?:the|my|our|we)\b|\b(?:baby|op|surgery|operation|move|moving|holiday|weather"
    r"|winter|sun|rain|busy season|exams?|new job|term starts)\b|!"
)
# --- papers and letters left for afterwards ----------------------------------------------------
_AFTER = (
    r"(?:afterwards|after(?=\s*(?:[.!?,]|$))|(?:when|once) i'm (?:gone|not here|not around)"
    r"|when it's time)"
)
_AFTERWARDS = (
    r"\b(?:(?:won't|will not|wouldn't|would not|doesn't|don't|never|not) (?:have|need)|(?:nobody"
    r"|no one|no-one) (?:has|needs|will have|will need|is left)) to (?:hunt|search|look|dig"
    r"|rummage|go through|figure|work out|sort|deal|chase|find|wonder|read)\b[^.!?]{0,40}\b"
    + _AFTER,
    r"\b(?:paperwork|papers|documents|passwords|policies|bank details|account details|deeds|pin"
    r" numbers?|logins?|letters?|notes?|cards?)\b[^.!?]{0,80}\b(?:for " + _AFTER + r"|for whoever"
    r" finds)",
    r"\b(?:letters?|notes?|cards?|envelopes?)\b[\s\S]{0,100}?\b(?:find|get|read|open) (?:them|it) "
    + _AFTER,
)
_PAPER_EVERYDAY = rx(
    r"\b(?:hospital|surgery|op|operation|holiday|trip|abroad|move|moving|divorce|probate|funeral"
    r"|power of attorney|emergency|baby|birth|(?:mum|dad|nan|gran|grandad)(?:'s)? (?:died|passed"
    r"|death)|birthday|christmas|exam|results)\b|!"
)
# --- a pet left with someone, open-ended --------------------------------------------------------
_PET = (
    r"(?=[\s\S]{0,200}?(?:know\x20when|how\x20long|indefinitely|no\x20return))"
    r"\b(?:feed|feeding|look after|looking after|mind|minding|take|taking|have|having|keep"
    r"|keeping|walk|walking|care for|check on|left|leaving|dropped off|dropping off)\b"
    r"(?: \w+){0,3}? (?:the |my |our |her |his )?(?:fish|cat|cats|dog|dogs|rabbits?|hamster"
    r"|budgie|pets?|tortoise|kitten|puppy|guinea pigs?|birds?|horse|pony)\b",
)
_OPEN_ENDED = rx(
    r"\b(?:she|he|they|you)(?:'d|'ll| would| will) know when\b|\bhow long\b[^.!?]{0,20}[.!?]?"
    r"[^.!?]{0,40}\b(?:didn't say|couldn't say|didn't answer|never said|shrugged|didn't tell"
    r"|wouldn't say|changed the subject)\b|\bindefinitely\b|\bno return date\b"
)
_PET_EVERYDAY = rx(
    r"\b(?:hospital|holiday|trip|abroad|festival|work|shifts?|op|operation|surgery|landlord"
    r"|allerg\w*|moving|move|new (?:flat|house|baby|job)|rehab|course|conference|visiting)\b|!"
)
# --- tablets stockpiled or counted -------------------------------------------------------------
_DRUG = (
    r"(?:pills|tablets|meds|medication|medicine|painkillers|co-?codamol|codeine|tramadol"
    r"|paracetamol|ibuprofen|aspirin|zopiclone|diazepam|valium|sleeping (?:pills|tablets)"
    r"|sertraline|citalopram|amitriptyline|quetiapine|lithium|insulin|oxy\w*|morphine"
    r"|propranolol|antidepressants|capsules|blister packs?)"
)
_STOCK = (
    r"\b(?:stockpil\w*|hoard\w*|stash\w*|squirrel\w* away|saving up|saved up|putting aside|put"
    r" aside|setting aside|set aside|keeping back|kept back|holding back|held back)\b"
    r"(?: (?!his\b|her\b|their\b)\w+){0,4}?"
    r" (?:the |my |all the |all my |some |a few |extra |more )?(?!his |her |their )(?:[\w']+ )?"
    + _DRUG,
    r"\ba (?:stash|stockpile|hoard|pile|collection|drawer full) of (?:[\w']+ ){0,3}?" + _DRUG,
    r"\b(?:count|counted|counting|recount\w*)(?: \w+)? (?:them|the (?:pills|tablets|meds)|my"
    r" (?:pills|tablets|meds))\b[^.!?]{0,20}\b(?:every|most|each|again|at night|nights|before"
    r" bed|over and over|all the time|when i can't sleep)\b",
    r"\b(?:count|counted|counting)(?: \w+)? (?:them|the (?:pills|tablets|meds)|my (?:pills"
    r"|tablets|meds))\b[\s\S]{0,40}?\b(?:more than enough|enough|plenty|\d{2,3})\b",
    r"\b(?:saving|keeping|hiding|storing|collecting|stashing) them (?:instead of|rather than)"
    r" (?:taking|swallowing|using)\b|\bstarted (?:saving|keeping|hoarding|collecting) them\b",
    r"\b(?:bought|buying|getting|got)\b[^.!?]{0,30}" + _DRUG + r"[^.!?]{0,20}\bfrom (?:different"
    r"|several|multiple|various|lots of|a few|loads of) (?:pharmac\w*|chemists?|shops"
    r"|supermarkets)\b",
)
_DRUG_RX = rx(r"\b(?:" + _DRUG + r"|dose|prescription|prescribed)\b")
_STOCK_EVERYDAY = rx(
    r"\b(?:covid|lockdown|strike|shortage|flu season|travel|trip|holiday|abroad|repeat"
    r" prescription|(?:till|until|before) (?:the|my) (?:next )?(?:repeat|refill|prescription)"
    r"|run(?:ning)? (?:out|low)|pill ?(?:box|organi[sz]er)|dosette|for the (?:cat|dog)|vet)\b"
)
# --- a near-attempt told flatly: "Came back down. This time." --------------------------------
_FRAGMENT = (
    r"(?:^|[.!?,]\s*)(this\x20time|for\x20now|this\x20time\x20anyway|today\x20anyway"
    r"|tonight\x20anyway|for\x20tonight|not\x20yet|not\x20yet\x20anyway)"
    r"(?=\s*(?:[.!?\u2026]+\s*)?$|\s*[.!?\u2026]+\s)",
)
_NEXT_TIME = (
    r"\bnext time i (?:might|may|won't|wont) not\b|\bnot sure (?:about|i'll stop) next time\b"
    r"|\bwho knows (?:about )?(?:next time|tonight|tomorrow)\b",
)
_NEAR = rx(
    r"\b(?:gun|shotgun|rifle|pistol|pills|tablets|packet|blister|blade|razor|knife|rope|belt"
    r"|cord|noose|railings?|edge|ledge|bridge|roof|rooftop|top floor|car park|multi-?storey|ncp"
    r"|cliffs?|platform|tracks|balcony|engine|exhaust|hose|garage|river|canal|reservoir|motorway"
    r"|overpass|pier|quarry|load it|loaded)\b|\b(?:came (?:back )?(?:down|in|inside|away)"
    r"|stepped back|climbed (?:back|down)|got down|put (?:it|them) (?:back|away|down)|turned (?:it"
    r"|the engine) off|unloaded|didn't (?:load|jump|do it|go through|take them|swallow))\b"
)

_GUARDS = (negated, crisis_in_past)


def _rule(label: str, reason: str, patterns: tuple[str, ...], *guards: Guard) -> Rule:
    return Rule("crisis", label, reason, any_rx(patterns), (*_GUARDS, *guards))


# Someone else's story is vetoed where the match opens on the writer's act; where it opens on a
# helper ("so he won't have to hunt", "told my neighbour to feed the fish") it is not.
RULES: tuple[Rule, ...] = (
    _rule(
        "goodbye",
        "gives prized things away with a line that makes it final",
        _GIVE,
        third_person,
        needs(_GIFT_FINAL, _GIFT_EVERYDAY),
    ),
    _rule(
        "goodbye",
        "tells someone they can have prized things, with a line that makes it final",
        _CAN_HAVE,
        needs(_GIFT_FINAL, _GIFT_EVERYDAY),
    ),
    _rule("goodbye", "tells a cover story and takes it back", _COVER_STORY),
    _rule(
        "goodbye",
        "decides who gets what",
        _WHO_GETS,
        third_person,
        needs(None, _SPLIT),
    ),
    _rule(
        "goodbye",
        "puts affairs in order while there is still time",
        _SORTED,
        third_person,
        needs(None, _SORT_EVERYDAY),
    ),
    _rule(
        "suicide_plan",
        "leaves papers in order for afterwards",
        _AFTERWARDS,
        needs(None, _PAPER_EVERYDAY),
    ),
    _rule(
        "goodbye",
        "leaves a pet with someone with no end in sight",
        _PET,
        needs(_OPEN_ENDED, _PET_EVERYDAY),
    ),
    _rule(
        "suicide_plan",
        "stockpiles or keeps counting tablets",
        _STOCK,
        third_person,
        as_prescribed,
        needs(_DRUG_RX, _STOCK_EVERYDAY),
    ),
    Rule(
        "crisis",
        "suicide_plan",
        "a near-attempt told flatly, ending on 'this time'",
        any_rx(_FRAGMENT),
        (crisis_in_past, needs(_NEAR, rx(r"!"))),
        group=1,
    ),
    Rule(
        "crisis",
        "suicide_plan",
        "a near-attempt, and next time unsure",
        any_rx(_NEXT_TIME),
        (crisis_in_past, needs(_NEAR, rx(r"!"))),
    ),
)
