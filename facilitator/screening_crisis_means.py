"""Crisis rules, round six: questions about means and research into a place, with no death word.

"how many of the blue ones would it take", "does paracetamol actually work ... asking for
reasons", "checking how deep the reservoir is by the sluice" (round five's weak spots). Each names
a means or a place and asks how well it would work; none says die. The everyday twins ("how many
pills can I take on the plane", "how high is the bridge, will the van fit under") ask about
something else, and the guards and the patterns' own limits leave them alone: a question of
permission or travel, a vehicle's clearance, a joke, negation, a past the writer has come
through, someone else's story.
"""

from __future__ import annotations

from .screening_guards import crisis_in_past, joking, negated, third_person
from .screening_text import Rule, any_rx, rx

_DRUG = (
    r"(?:pills|tablets|capsules|meds|medication|paracetamol|ibuprofen|aspirin|tylenol|codeine"
    r"|co-?codamol|tramadol|diazepam|valium|xanax|morphine|oxy\w*|insulin|zopiclone|propranolol"
    r"|citalopram|sertraline|fluoxetine|amitriptyline|mirtazapine|quetiapine|lithium"
    r"|antidepressants|painkillers|sleeping (?:pills|tablets)|patches|pens|ones|doses)"
)
_QUESTIONS = (
    # how many / how much of a drug would it take
    r"\bhow (?:many|much)(?: of)? (?:\w+(?:'s)? ){0,3}?" + _DRUG + r"(?: \w+){0,6}? (?:would|will"
    r"|does|do|did|should) it take\b",
    r"\bhow (?:many|much) (?:would|will|does) it take\b(?=[^.!?]{0,40}\b(?:to (?:not wake|never"
    r" wake|stop|end|kill|finish|be enough|do it)|" + _DRUG + r"))",
    # "does X actually work ... asking for reasons"
    r"\b" + _DRUG + r"\b[^.!?]{0,60}\b(?:actually )?(?:work|works|enough)\b(?=.{0,80}\basking"
    r" for (?:reasons|a reason|personal reasons|no reason|myself))",
)
_PLACE = (
    r"(?:bridge|viaduct|cliff|cliffs|quarry|reservoir|river|roof|rooftop|car park|multi ?storey"
    r"|tower|flats|building|ledge|balcony|weir|sluice|dam|pier|drop)"
)
_LOOKING = (
    r"\b(?:looking up|looked up|checking|checked|check|googl\w+|working out|worked out|measur\w+"
    r"|researching|research|wondering|been looking at) (?:how (?:high|deep|far down|far the drop"
    r"|tall|cold|fast)|the (?:drop|height|depth) (?:off|from|of|at))\b"
)
_RESEARCH = (
    # checking how high or deep a place is, with no reason given: the place after or before
    _LOOKING + r"(?=[^.!?]{0,50}\b" + _PLACE + r"\b)",
    r"\b" + _PLACE + r"\b[^.!?]{0,80}" + _LOOKING,
)
# Travel, clearance and permission questions are not about means.
_EVERYDAY = rx(
    r"\b(?:plane|flight|holiday|abroad|airport|hand luggage|customs|allowed|prescri\w+|gp|doctor"
    r" said|chemist|pharmacist|van|lorry|truck|caravan|clearance|boat|kayak|fishing|view|photos?"
    r"|hike|climb|swim|paint|wallpaper|decorat\w+|diy|asking for a friend|for the kids"
    r"|homework|quiz|school project|float)\b"
)


def everyday_question(text: str, start: int, end: int) -> bool:
    """An ordinary question about the same thing: travel, a vehicle, a walk, a school project."""
    return bool(_EVERYDAY.search(text))


_REASON = "asks how a means would work or researches a place, with no reason given"
_GUARDS = (negated, crisis_in_past, third_person, joking, everyday_question)

RULES: tuple[Rule, ...] = (
    Rule("crisis", "suicide_plan", _REASON, any_rx(_QUESTIONS), _GUARDS),
    Rule("crisis", "suicide_plan", _REASON, any_rx(_RESEARCH), _GUARDS),
)
