"""Round six: message-level vetoes for alarms the message itself explains away.

Two families of false alarm came up in every batch, each in new words, and a per-rule guard list
kept missing some rule that fired on them:

* A death or killing word used as a figure of speech about something ordinary: "I could actually
  die, this heat", "I want to crawl into a hole and die", "I hope I don't wake up to 40 emails",
  "this week has killed me", "dying of embarrassment". `hyperbole` drops a crisis rule hit when
  its sentence holds such a figure and no sign of real intent ("tonight", "want to die", a means).
* Someone or something at the door, on the camera or with a key, and in the same message the
  harmless reason: "there's a man outside, probably the council survey", "the doorbell camera
  showed a fox at 3am", "my mum has my spare key, she feeds the fish", "it was just the
  battery". `explained` drops a danger rule hit in that case,
  unless the message also holds a sign of the abuser or of harm ("dead", "him", "my ex").
  Since round seven it also drops a hit the message settles whatever else it says: a toddler or
  a pet doing the following, a contact blocked "and that was the end of it", the writer who is
  herself outside somewhere ("I'm outside the hospital waiting for my lift").

Both are applied in `screening.screen` to every rule hit of their category, so a new rule gets
them without listing them. They are also offered to the learned stage as cues ("q:hyperbole",
"q:explained"), so the model can learn the same veto.
"""

from __future__ import annotations

from .screening_text import rx, sentence_bounds

# --- crisis: figures of speech -----------------------------------------------------------------

_HYPERBOLE = rx(
    r"\bcould (?:actually |literally |honestly |genuinely |seriously |just |have |'ve )*die\b"
    r"(?! (?:tonight|today|and nobody|and no one|and no-one))"
    r"|\bcrawl (?:in|into|under|away|off)\b[^.!?]{0,40}\band die\b"
    r"|\b(?:die|died|dying|dead) (?:of|from) (?:embarrassment|shame|cringe|boredom|laughter"
    r"|laughing|heat|happiness|jealousy|envy|exhaustion|old age)\b"
    r"|\bwake up to (?:another |more |a (?:pile|load|mountain|stack|ton|flood) |\d+ |loads )"
    r"|\b(?:week|day|shift|exam|heat|diet|hill|walk|commute|drive|job|kids|meeting|weather|run"
    r"|class|workout|session|month|year|traffic|hangover|cold|flu)s? (?:has |have |is |was"
    r" |are |were |'s |literally |actually |honestly |absolutely )*(?:killed|killing|kill) me\b"
    r"|\bcut (?:myself|yourself|me|him|her|them|us) (?:some |a bit of |a little )?slack\b"
    r"|\bkill me now\b|\b(?:somebody|someone|just) shoot me\b|\bdying (?:for|to) (?:a|an|some"
    r"|the|my|see|know|try|get|go|meet|hear|tell)\b|\bi'm dead (?:lol|haha|\U0001f602|\U0001f480)"
    # round eleven: "Ha I'm dead, my mum just sent me a video of her singing to the dog"
    r"|\b(?:ha|hah|haha\w*|omg|lol|lmao|pmsl)\W+i'm (?:actually |literally |so )?(?:dead"
    r"|deceased)\b|\bi'm (?:actually |literally )?(?:dead|deceased)\W+(?:my|this|the|her|his"
    r"|their)\b[^.!?]{0,40}\b(?:sent|send|singing|sang|video|meme|tiktok|voice note|face"
    r"|dancing|joke)\b"
    r"|\b(?:phone|battery|laptop|car|plant|plants)(?:'s| is| was)? (?:\w+ )?(?:about to |going to"
    r" |gonna )?die\b"
)
# Real intent in the same sentence keeps the hit, whatever the figure of speech around it.
_INTENT = rx(
    r"\b(?:tonight|want to die|wanna die|wish|wishing|if only|in my sleep|kill myself|end it"
    r"|suicid\w*|pills|tablets|overdose|rope|bridge|for real|not joking|no joke|seriously want"
    r"|mean it)\b"
)


def hyperbole(text: str, start: int, end: int) -> bool:
    """A crisis hit inside an ordinary figure of speech ("I could actually die, this heat")."""
    left, right = sentence_bounds(text, start, end)
    sentence = text[left:right]
    return bool(_HYPERBOLE.search(sentence)) and not _INTENT.search(sentence)


# --- danger: the harmless reason given in the same message --------------------------------------

_HARMLESS_WHO = (
    r"(?:fox|foxes|cat|cats|hedgehog|hedgehogs|owl|owls|bird|birds|squirrel|squirrels"
    r"|moth|spider|wind|storm|rain|branch|tree|battery|batteries|smoke alarm|postman"
    r"|postie|window cleaner|milkman|bin men|binmen|council|survey|delivery"
    r"|courier|dpd|evri|royal mail|parcel|pizza|takeaway|neighbou?rs?|next door"
    r"|landlord|plumber|electrician|engineer|meter reader|paperboy|paper boy|carer|nurse"
    r"|my (?:son|daughter|kids|husband|wife|partner|mum|mam|mom|dad|brother|sister|nan|gran"
    r"|grandson|granddaughter|lodger|flatmate|housemate|friend|mate|neighbou?r|dog|cat))"
)
_EXPLAINED = rx(
    # "... it was just the fox", "turns out it's the wind", "probably the council survey"
    r"\b(?:it was|it's|it is|was just|was only|turn(?:s|ed) out (?:to be |it was |it's )?"
    r"|probably|prob|must (?:have|'ve) been|only|just) (?:just |only )?(?:the |a |an |some )?"
    r"(?:\w+ )?" + _HARMLESS_WHO + r"\b"
    # a tradesman named by his trade: "the gas meter man", "the window cleaner bloke"
    r"|\b(?:gas|meter|electric|water|window|bin|post|milk|delivery|parcel|sky|broadband|boiler)"
    r" (?:meter )?(?:man|men|woman|lady|guy|bloke|reader|engineer)\b"
    # an animal on the camera or at the door
    r"|\b(?:showed|caught|saw|spotted|was|picked up|captured|filmed|recorded) (?:a|the|some)"
    r" (?:fox|cat|hedgehog|owl|squirrel)\b"
    # a friend or relative named as the one who did it
    r"|,\s*(?:it was )?my (?:friend|mate|neighbou?r|colleague|sister|brother|mum|mam|mom|nan)"
    r" (?:from|at|next door|up the road|across the road)\b"
    r"|\bfrom the (?:council|school|surgery|landlord|letting agent|housing) about\b"
    # a trusted person keeps the spare key
    r"|\bmy (?:mum|mam|mom|dad|sister|brother|nan|gran|neighbou?r|best friend|friend|son"
    r"|daughter|aunt|auntie|uncle|cousin) (?:has|keeps|holds|'s got|has got) (?:my|a|the|our)"
    r" (?:spare )?keys?\b"
    # the writer put the tracker there
    r"|\bi (?:put|left|hid|stuck|attached|bought) (?:it|them|one|that) (?:there|in|on)\b"
    # a street photo for a civic reason
    r"|\b(?:potholes?|roadworks|street party|bin collection|gritting|flooding)\b"
    # round eleven: an app the phone came with
    r"|\b(?:bloatware|pre-?installed|came with the (?:phone|laptop|tablet))\b"
)
# Any sign of the abuser, of harm or of fear keeps the hit.
_STILL_DANGER = rx(
    r"\b(?:him|his|my ex|ex's|abuser|husband's|dead|killed|blood|threat\w*|scared|terrified"
    r"|gave (?:it|him|her) (?:to )?him|told him|again)\b"
)


# Round seven: alarms the message settles even though it names him or a person: a toddler or a
# pet doing the following, a contact blocked "and that was the end of it", the writer who is
# herself outside somewhere ("I'm outside the hospital waiting for my lift").
_GAME = (
    r"(?:in (?:the|a) game|fortnite|minecraft|roblox|call of duty|warzone|valorant|fifa|xbox"
    r"|playstation|ps5|respawn|lobby|boss fight|mario kart|among us|overwatch|gta)"
)
_PLAY_KILL = r"(?:kill|killed|killing|shoot|shot|destroy|destroyed|murder|wreck|wrecked)\w*\b"
_SETTLED = rx(
    r"\bmy (?:toddler|baby|little one|little boy|little girl|puppy|dog|cat|kitten|shadow)"
    r" (?:\w+ )?(?:follows|following|followed|is following|keeps following)\b"
    r"|\b(?:last (?:spring|summer|autumn|winter|year)|years? ago|months ago)\b[^.!?]{0,40}"
    r"\b(?:nothing (?:came of it|happened)|not since|never again|(?:it )?(?:hasn't|has not|not)"
    r" happened (?:again|since)|never happened again)\b"
    r"|\bbut (?:we're|we are|we get on|we're on) (?:friendly|fine|good terms|good friends|civil)\b"
    r"|^he's here!+ (?:my|our) (?:brother|son|grandson|dad|baby|nephew|cousin|uncle|grandad)\b"
    r"|\bi blocked (?:him|them|the account|it)\b[^.!?]{0,20}\b(?:that was the end of it|that's"
    r" the end of it|never heard|not heard|haven't heard|nothing since|all quiet since)\b"
    r"|^(?:[^\"']{0,40}[.,!?] )?(?:i'm|im|i am) (?:sat |stood |standing |sitting |waiting |just )?"
    r"outside (?:the |my |a |an )\w+[^.!?]{0,30}\b(?:waiting for|for my|on my (?:break|lunch)"
    r"|having a|smoking|getting some air|with a coffee)\b"
    # Round eight: "he's outside, my son I mean", "it's the Uber for next door", a child's
    # location app "we agreed together", threats inside a game.
    r"|\b(?:my|our) (?:son|boy|little boy|lad|youngest|eldest|grandson|nephew|husband|dad|brother"
    r"|dog|kid|toddler)\b[^.!?]{0,12}\bi mean\b|\bi mean (?:my|our) (?:son|boy|little boy|lad"
    r"|grandson|nephew|husband|dad|brother|dog|kid|toddler)\b"
    r"|\b(?:it's|its|it is|it was|that's|thats|just|only) (?:just |only )?(?:the |my |an? |our )"
    r"(?:uber|taxi|cab|lyft|ola|bolt|didi)\b|\bmy (?:uber|taxi|cab|lyft|ola|bolt|ride)(?:'s| is"
    r"| has)? (?:\w+ )?(?:outside|here|arrived)\b"
    r"|\b(?:we|we both|she and i|me and (?:her|him|my \w+)) (?:agreed|decided|chose)\b"
    r"[^.!?]{0,25}\b(?:together|to share|on it|between us)\b|\bagreed (?:it |on it )?together\b"
    r"|\b(?:she|he|they) asked for it\b"
    r"|\b"
    + _GAME
    + r"\b[^.!?]{0,40}\b"
    + _PLAY_KILL
    + r"|\b"
    + _PLAY_KILL
    + r"[^.!?]{0,40}\b"
    + _GAME
    + r"\b"
)
_SAID = rx(r"\b(?:text|texted|message|messaged|said|says|sent|wrote|rang|called)\b")


def explained(text: str, start: int, end: int) -> bool:
    """A danger hit whose harmless cause the message gives ("a fox on the doorbell camera")."""
    if _SETTLED.search(text) and not _SAID.search(text[: start + 1]):
        return True
    return bool(_EXPLAINED.search(text)) and not _STILL_DANGER.search(text)
