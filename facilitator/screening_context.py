"""More context guards (see screening_guards): whose act it is, and harmless everyday scenes.

Each guard gets the normalised message and a match span and returns True to drop the match.
"""

from __future__ import annotations

from .screening_text import clause_before, rx, sentence_bounds

# The writer is the one who has or shares it: "I've got the car keys", "I share my location with
# my sister". Only verbs of having and sharing: "I found an AirTag in my car" is still danger.
_FIRST_SUBJECT = rx(r"\b(?:i|i've|i have|i'm|i am|we|we've|we have)(?: \w+)?\W*$")
_HAVING = rx(r"(?:has|have|got|'s got|share|shares|sharing|took|take|keep|kept|hold|holding)\b")


def writer_is_subject(text: str, start: int, end: int) -> bool:
    """Drop "took my keys"-style danger hits when the writer, not someone else, did it."""
    return bool(
        _HAVING.match(text, start) and _FIRST_SUBJECT.search(clause_before(text, start, 30))
    )


# Someone else did it: "he keyed my car and left a note".
_OTHER_SUBJECT = rx(r"^\W*(?:he|she|they|my ex|his|her|someone|somebody|a (?:man|woman|guy))\b")
_WRITER = rx(r"\b(?:i|i'm|i've|i'd|i'll|im|ive)\b")


def someone_else_did_it(text: str, start: int, end: int) -> bool:
    """The sentence is about another person's act and the writer is not its subject."""
    left, _ = sentence_bounds(text, start, end)
    before = text[left:start]
    return bool(_OTHER_SUBJECT.search(before)) and not _WRITER.search(before)


# A loved one at the door for an ordinary reason: "my new partner is outside washing the car".
_BENIGN = rx(
    r"\b(?:(?<![sr]\x20)new (?:partner|husband|hubby|boyfriend|bf|wife|girlfriend|gf)|lovely"
    r"|so lucky|so kind|bless (?:him|her)|washing|fixing|mowing|bbq|barbecue|picking (?:me|us) up"
    r"|my lift"
    r"|takeaway|pizza|parcel|the shopping|delivery|with the dog|walking the dog|says hi"
    r"|can't wait|excited|felt nothing|progress|walked (?:away|past)|civil|with a (?:book|cuppa"
    r"|cup of tea|coffee)|peace at last|from the kids|fitting|window cleaner|postman|plumber"
    r"|gas man|engineer|courier|taxi|lol|haha|fix|mend|repair|boiler|plumbing"
    r"|(?:take|taking|drive|driving|run) (?:me|us) to"
    r"|gardener|playing with|nothing like my ex|from the shops|with dinner|my (?:mate|friend"
    r"|brother|neighbour) \w+ is)\b"
)


def everyday_scene(text: str, start: int, end: int) -> bool:
    """A nearby person or hiding place that is plainly harmless in the same message."""
    return bool(_BENIGN.search(text))


# Song lyrics and film lines in quotes: "the lyric 'I want to die' is so dramatic".
_QUOTED_SOURCE = rx(r"\b(?:song|lyrics?|film|movie|book|character|episode|line from|quote)\b")


def quoted_fiction(text: str, start: int, end: int) -> bool:
    """The hit is inside quotes and the sentence names a song, film or book."""
    left, right = sentence_bounds(text, start, end)
    before = text[left:start]
    quoted = before.count("'") % 2 == 1 or before.count('"') % 2 == 1
    return quoted and bool(_QUOTED_SOURCE.search(text, left, right))


# --- round eleven ----------------------------------------------------------------------------

# Someone else's words quoted: "he sent a picture of them captioned 'say goodbye'" is his threat,
# not the writer's farewell.
_OPEN_QUOTE = rx(r"(?:^|[\s:(])['\"]\s*$")
_SENDER = rx(
    r"\b(?:he|she|they|my ex|his|her)\b[^.!?]{0,60}\b(?:sent|sends|texted|texts|wrote|writes"
    r"|captioned|caption|posted|posts|messaged|said|says|signed)\b"
)


def quoted_from_other(text: str, start: int, end: int) -> bool:
    """The hit opens a quotation that someone else sent or said."""
    left, _ = sentence_bounds(text, start, end)
    return bool(_OPEN_QUOTE.search(text, left, start)) and bool(_SENDER.search(text, left, start))


# "Got the keys to my own flat today!!": keys to a home of one's own are good news.
_OWN_HOME = rx(
    r"\bkeys? (?:to|for) (?:my|our) (?:own |new |first |very own )+(?:flat|house|home|place"
    r"|apartment|room|studio|bungalow|car)\b"
)


def own_new_home(text: str, start: int, end: int) -> bool:
    """The keys are to the writer's own new home."""
    left, right = sentence_bounds(text, start, end)
    return bool(_OWN_HOME.search(text, left, right))


# "Might as well finish the job for him": the writer's own act (a crisis sign), not his threat.
_WRITER_WILL = rx(
    r"\b(?:might as well|may as well|i'll|i will|i could|i should|i'd|i might|let me|tempted to)"
    r"(?: just)?\W*$"
)


def writer_does_it(text: str, start: int, end: int) -> bool:
    """The writer is the one who would do it."""
    return bool(_WRITER_WILL.search(clause_before(text, start, 30)))
