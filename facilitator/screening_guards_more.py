"""More context guards, for the false alarms seen on unseen batches (see docs/screening.md).

Each guard gets the normalised message and a match span and returns True to drop the match:
ordinary plans and research ("picked a date for the housewarming", "looked up the tallest
mountain"), medicine taken as prescribed ("took all my meds this morning like the doctor said"),
embarrassment ("I wanted to die when I saw my ex, so awkward"), everyday threats from a boss or
a mum ("my boss is gonna kill me, I'm late again"), a scene in a film or series, and a danger
that is over because the person is in prison or the year is long gone.
"""

from __future__ import annotations

from .screening_guards import _NOW_STRONG
from .screening_text import clause_before, rx, sentence_bounds

_ORDINARY = rx(
    r"\b(?:wedding|party|housewarming|birthday|christening|holiday|trip|flight|test|exam|interview"
    r"|appointment|surgery|operation|court|hearing|mediation|divorce|legal aid|solicitor|move"
    r"|moving|new (?:flat|house|place|job|chapter|start)|fresh start|mountain|hike|climb\w*"
    r"|walk|run|marathon|restraining order|non[- ]?mol|injunction|visa|passport|mortgage|tyre"
    r"|recipe|new chapter|next chapter|with him|with her|the marriage|relationship|leaving him"
    r"|leave him|escape|refuge|job|course|degree|uni|college|class|school run|date night"
    r"|first date|dating|gym|diet|book club|drive|driving|lesson|garden|kitchen|decorat\w*"
    r"|moving house|packing|removal|van|kids'? (?:party|clothes|toys)|charity shop|car boot"
    r"|new home|allergic|landlord|doesn't allow|no pets|happy|excited|can't wait|so proud"
    r"|healing|therapy homework|journal\w*)\b"
)


_SHARED = rx(r"\b(?:we|we've|we have|we're|our|us)\b")


def ordinary_plan(text: str, start: int, end: int) -> bool:
    """A plan, a date, research or a giveaway for an everyday reason in the same message, made
    together with someone ("we've set a date"), or announced with an exclamation mark."""
    return (
        "!" in text
        or bool(_ORDINARY.search(text))
        or bool(_SHARED.search(clause_before(text, start, 40)))
    )


_AS_PRESCRIBED = rx(
    r"\b(?:like (?:the|my) (?:doctor|gp|nurse|psychiatrist)|as prescribed|prescribed|on time"
    r"|pill ?(?:box|organiser|organizer)|remembered|proud|small wins?|routine"
    r"|feeling (?:more |a bit |so much )?(?:stable|better|good|ok|okay)|for the (?:day|week)"
    r"|for today|with breakfast|with food|helping|(?:need|order|ordering|request|due|get) (?:a |my"
    r" |the )?(?:repeat|refill)|(?:the|a) strike|shortages?)\b"
)


def as_prescribed(text: str, start: int, end: int) -> bool:
    """Medicine taken the way it should be: "I took all my meds this morning like the doctor
    said"."""
    left, right = sentence_bounds(text, start, end)
    return bool(_AS_PRESCRIBED.search(text, left, right))


_EMBARRASSED = rx(
    r"\b(?:awkward|embarrass\w*|cringe\w*|mortif\w*|so funny|hilarious|blush\w*|the ground to"
    r" swallow|red as)\b"
)


def embarrassment(text: str, start: int, end: int) -> bool:
    """ "I wanted to die when I saw my ex at the shops, so awkward": a figure of speech."""
    left, right = sentence_bounds(text, start, end)
    return bool(_EMBARRASSED.search(text, left, right))


# People whose "gonna kill me" is nearly always a figure of speech, and the everyday reasons. A
# partner's "he'll kill me" stays a danger unless the writer is plainly joking (guards.joking).
_IDIOM_WHO = rx(
    r"\b(?:boss|manager|mum|mom|mam|mother|mummy|nan|gran|grandma|sister|brother|teacher|friend"
    r"|bestie|daughter|son|kids|coach|landlady|colleague|team|dad|teen|teenager)\b"
)
_IDIOM_VERB = rx(r"\b(?:kill|murder|strangle|throttle|kill me)\b")
_IDIOM_REASON = rx(
    r"\b(?:late|deadline|forgot|forget|forgetting|haircut|hair|when (?:she|he|they) sees|sees this"
    r"|find out i|spent|spend|spending|bought|mess|report|spreadsheet|homework|birthday|again"
    r"|lol|haha\w*|lmao|spoil\w*|ending|tattoo|piercing|shopping|bill|dinner|burnt|ate|eaten"
    r"|the last|socks|room|washing|dishes|laundry|miss(?:ed)? (?:another|the|my))\b"
)


def idiom_threat(text: str, start: int, end: int) -> bool:
    """ "My boss is gonna kill me, I forgot the report": a boss, a mum or a friend, a killing
    verb, and an everyday reason in the same sentence."""
    left, right = sentence_bounds(text, start, end)
    return bool(
        _IDIOM_WHO.search(text, left, right)
        and _IDIOM_VERB.search(text, left, right)
        and _IDIOM_REASON.search(text, left, right)
    )


_SCENE = rx(
    r"\b(?:in|on|from|watching|watched|watch|reading|read) (?:the |this |that |a )?(?:film|movie"
    r"|show|series|episode|book|novel|documentary|drama|soap|netflix|thriller|horror|true crime"
    r"|podcast)\b|\bthe scene (?:where|when"
    r"|with)\b|\b(?:maid|sleeping with the enemy|big little lies|enough|gaslight|the invisible man"
    r"|coronation street|eastenders|emmerdale|hollyoaks|the burning bed|baby reindeer)\b(?=[^.!?]*"
    r"\b(?:film|show|series|episode|netflix|bbc|itv|scene|watch\w*|season|character)\b)"
)


def fiction_scene(text: str, start: int, end: int) -> bool:
    """A scene in a film, series or book, named as such anywhere in the message."""
    return bool(_SCENE.search(text))


_OWN_TRACKER = rx(
    r"\b(?:i|i've|we|we've) (?:have|put|bought|use|got|keep|attached|added)\b[^.!?]{0,15}"
    r"\b(?:an? )?(?:air ?tags?|tiles?|trackers?)\b"
    r"|\b(?:always )?(?:lose|losing|lost) my (?:keys|bag|wallet|phone|purse)\b"
    r"|\b(?:it was|it's|turned out to be) (?:my|our) (?:own|son's|daughter's|kid's|kids'|child's"
    r"|sister's|brother's|mum's|mom's|dad's)"
)


def own_tracker(text: str, start: int, end: int) -> bool:
    """The writer's own tracker: "I have an AirTag on my keys because I always lose them"."""
    return bool(_OWN_TRACKER.search(text))


_LOCKED_AWAY = rx(
    r"\b(?:(?:he|she|he's|she's|he has|she has) (?:been )?(?:in (?:prison|jail|custody)|locked"
    r" up|inside|on remand|remanded)|(?:inside|locked up|in prison|in jail) (?:till|until|for"
    r" (?:another|the next)?|since)|(?:got|sentenced to|serving|given) (?:\d+|a|two|three|four"
    r"|five|six|ten) (?:years|months|year sentence)|won't be out (?:till|until|for))\b"
)


def locked_away(text: str, start: int, end: int) -> bool:
    """The person is in prison ("he's inside till 2027", "he got 18 months") and nothing in the
    sentence says the danger is happening now."""
    left, right = sentence_bounds(text, start, end)
    return bool(_LOCKED_AWAY.search(text)) and not _NOW_STRONG.search(text, left, right)


# Round thirteen: self-harm or suicide as the topic of a reading, a session or a warning ("the
# reading mentioned self-harm and I'm okay"), not something the writer is doing.
_TOPIC = rx(
    r"\b(?:reading|article|session|topic|video|book|chapter|talk|podcast|post|speaker|leaflet"
    r"|worksheet|episode|trigger warnings?|tw|cw|content warnings?|module|handout|training)"
    r"(?: today| tonight| this week)?(?: (?:mentioned|mentions|was about|is about|covered|covers"
    r"|talked about|discussed|touched on|includes?|included|for|on|about)| ?:)(?: \w+){0,2} ?$"
)


def as_topic(text: str, start: int, end: int) -> bool:
    """Self-harm named as a topic someone raised, not something the writer is doing."""
    return bool(_TOPIC.search(text[max(0, start - 60) : start].rsplit(".", 1)[-1]))


# "cards welcome, it's my name on the door": the writer inviting post, not a stranger's note.
_INVITED = rx(r"\b(?:cards?|post|letters?|visitors|flowers) (?:are |very )?welcome\b")


def invited_post(text: str, start: int, end: int) -> bool:
    """Cards or post the writer asks for."""
    return bool(_INVITED.search(text))


# "he never actually hit you, mine put me in hospital": the writer's own abuser, set against
# someone else's, told as what happened (a breach of the agreement, not a danger now).
_MINE_BEFORE = rx(r"\bmine (?:once |actually |literally |nearly |almost )?$")
_YOU = rx(r"\b(?:you|yours|your)\b")


def compared_with_yours(text: str, start: int, end: int) -> bool:
    """The writer's abuser ("mine") compared with the reader's, in the past."""
    before = text[max(0, start - 80) : start].rsplit(".", 1)[-1]
    return bool(_MINE_BEFORE.search(before)) and bool(_YOU.search(before))
