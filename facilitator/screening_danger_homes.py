"""Danger rules, round seven: the home worked from his phone, tampering, threats to a new partner.

From the weak spots of round six (fresh10): a smart lock, thermostat, lights, cameras or baby
monitor still on his account ("the lock was opened at 02:14 from his account, I never took him
off the app", "only his phone has the heating app", "he still has the login for the doorbell");
something put in the writer's drink or water ("bleach in my water bottle"); and threats aimed at
the writer's new partner ("he'd better check his brakes", "tell your new fella to watch his
back").

Guards: a harmless cause given in the same message (applied to every danger rule in
`screening.screen`), negation (not for "never took him off the app", where "never" is the
point), a past that is over, films and jokes. A first name is read as "he" before these run.
"""

from __future__ import annotations

from .screening_guards import danger_in_past, joking, negated, unreal
from .screening_guards_more import fiction_scene
from .screening_text import Rule, any_rx

_DEVICE = (
    r"(?:app|apps|account|ring|nest|hive|alexa|echo|google home|cameras?|doorbell|smart lock|lock"
    r"|locks|alarm|thermostat|heating|lights|baby monitor|monitor|hub|smart plugs?|family sharing"
    r"|find my|icloud|life360|tado|wyze|blink|arlo|eufy)"
)
_SMART = (
    # "I never took him off the app", "forgot to remove him from the Ring account"
    r"\b(?:never|didn't|did not|forgot to|haven't|have not|still haven't|not yet) (?:take|took"
    r"|taken|remove|removed|kick|kicked|delete|deleted|get|got) him (?:off|out of|from) (?:the"
    r" |our |my )?(?:\w+ )?" + _DEVICE + r"\b",
    # "unlocked at 02:40 from his account", "the heating was turned up from his phone"
    r"\b(?:unlocked|opened|locked|turned (?:up|down|on|off)|switched (?:on|off)|switching|changed"
    r"|changing|turning|went up|put up|disarmed|armed|flashing|came on|started playing)\b"
    r"[^.!?]{0,60}\b(?:from|on|through|via) his (?:phone|account|app|login|end|laptop)\b",
    # "only his phone has the Nest app", "he still has the login for the doorbell"
    r"\bonly his (?:phone|account|email) (?:has|controls|is on|runs) (?:the |our )?(?:\w+ )?"
    + _DEVICE
    + r"\b",
    r"\bhe (?:still )?(?:has|had|knows|kept|'s got|has got) (?:the )?(?:admin |owner )?(?:login"
    r"|password|code|admin|access|controls?) (?:to|for|on) (?:the |our |my )?(?:\w+ )?"
    + _DEVICE
    + r"\b",
    # "he's the only one with the login", "it's still on his account"
    r"\b(?:he's|he is|he was) the only (?:one|other person|person) (?:with|who has|who had|who knew"
    r"|who knows) (?:the )?(?:login|code|password|app|access|pin)\b",
    r"\b(?:code|login|password|pin)\b[^.!?]{0,80}\b(?:he's|he is|he was) the only (?:other )?(?:one"
    r"|person) (?:who|that) (?:knew|knows|had|has) it\b",
    r"\b(?:it's|it is|they're|they are|is|are) still (?:on|linked to|registered to) his (?:account"
    r"|phone|app|login|email)\b",
    r"\bhe (?:controls|is controlling|runs|is running|keeps changing|keeps turning)"
    r" (?:the |our |my )?(?:heating|lights|locks|cameras|doorbell|thermostat|alarm)\b",
)
_TAMPERING = (
    r"\b(?:bleach|poison|antifreeze|weedkiller|rat poison|chemicals?|crushed (?:up )?(?:pills"
    r"|tablets)|something|powder|white powder|residue)\b[^.!?]{0,30}\b(?:in|into) (?:the bottom of"
    r" )?my (?:drink|water|water bottle|tea|coffee"
    r"|food|dinner|bottle|juice|cup|flask|meds|medication)\b",
    r"\bmy (?:drink|water|water bottle|tea|coffee|food|dinner|juice|flask)\b[^.!?]{0,20}\b(?:tasted"
    r"|tastes|smelt|smelled|smells|smelling) (?:\w+ )?(?:of|like) (?:bleach|chemicals|petrol"
    r"|antifreeze|pills|medicine)\b",
)
_SABOTAGE = (
    r"\b(?:cut|cut through|loosened|tampered with|messed with|slashed|let down) (?:the |my |all my"
    r" |both )?(?:brake cables?|brake lines?|brakes|wheel nuts|tyres|tires)\b",
    r"\bcrushing (?:something|pills|tablets|powder) into my\b",
)
# Him in the same place as the writer, on purpose: "he's on my flight", "he's signed up to the
# same 6am class", "my ex just walked into the cafe I'm sitting in".
_SAME_PLACE = (
    r"\b(?:he's|he is|my ex is|my ex's) on (?:my|the same) (?:flight|plane|train|ferry|bus|coach"
    r"|boat)\b(?! (?:too|as well)\b)",
    r"\b(?:he's|he has|he) (?:signed up|joined|enrolled|booked)\b[^.!?]{0,15}\bsame\b",
    r"\b(?:my ex|he) (?:just )?(?:walked|came|turned up|showed up) (?:into|in|at) (?:the|this)"
    r" \w+ (?:i'm|im|i am|where i)\b",
    r"\b(?:his|my ex's) (?:mate's|friend's|brother's|dad's|mum's|cousin's|sister's) (?:car|van)"
    r" (?:has been|is|was|keeps) (?:outside|parked|across|sat|sitting)\b",
    r"\bfound out where my (?:new )?(?:partner|boyfriend|girlfriend|fella|sister|mum|mam|mom|dad"
    r"|brother|friend|kids?) (?:works|work|lives|live|goes|go)\b",
    r"\bcoming (?:straight )?(?:home|back|round|over|to mine|to my|for (?:me|us|the kids))"
    r"\b[^.!?]{0,25}\b(?:whether (?:i|she|you) likes? it or not|like it or not)\b",
    r"\bcoming straight (?:to|round to|over to) (?:mine|my (?:house|flat|place))\b",
    r"\b(?:put|placed|laid|left) (?:a|the|his) (?:knife|gun|hammer|axe|machete) (?:on|under|by"
    r"|next to) (?:the table|my pillow|the bed|my plate)\b[^.!?]{0,40}\b(?:stared|staring|looked"
    r" at me|said|smiled|watched)\b",
)
_NEW_PARTNER = (
    r"(?:new )?(?:partner|fella|fellow|boyfriend|bf|girlfriend|gf|man|husband|wife|other half"
    r"|lad|bloke|missus)"
)
_THREAT_TO_PARTNER = (
    r"\b(?:my|your|her|the) (?:new )?"
    + _NEW_PARTNER
    + r"\b[^.!?]{0,60}\b(?:(?:had )?better (?:watch|check|be careful|keep|look)|watch (?:his|her)"
    r" back|check (?:his|her) brakes|sort (?:him|her) out|deal with (?:him|her)|won't know what"
    r" hit|won't see it coming|end up (?:in|like|hurt|dead)|get (?:hurt|what's coming)|pay for"
    r" (?:it|this)|be sorry|what happened to the last)\b",
    r"\b(?:check|watch|mind) (?:his|her) (?:brakes|back|tyres|step)\b(?=[^.!?]{0,40}\b(?:new|fella"
    r"|boyfriend|girlfriend|partner|bloke|lad)\b)",
)
_GUARDS = (danger_in_past, joking, unreal, fiction_scene)

RULES: tuple[Rule, ...] = (
    Rule("danger", "tracking", "his access to the home's devices or apps", any_rx(_SMART), _GUARDS),
    Rule(
        "danger",
        "threat",
        "something put in the writer's food or drink",
        any_rx(_TAMPERING),
        (negated, *_GUARDS),
    ),
    Rule("danger", "threat", "tampering or sabotage", any_rx(_SABOTAGE), (negated, *_GUARDS)),
    Rule(
        "danger", "abuser_nearby", "him in the same place on purpose", any_rx(_SAME_PLACE), _GUARDS
    ),
    Rule(
        "danger",
        "threat",
        "a threat to the writer's new partner",
        any_rx(_THREAT_TO_PARTNER),
        (negated, *_GUARDS),
    ),
)
