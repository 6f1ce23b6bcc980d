"""A workplace or school that says where a member can be found: named with its town ("I work at
the Tesco on High Street in Leeds"), or a named institution that carries its place in its name
("I'm a cleaner at Wythenshawe Hospital", "I study at the University of Salford", "my son goes to
St Mary's Primary").

A generic workplace is fine ("I work at a hospital", "I'm a nurse"), and so is a town on its own.
Detectors return (label, reason, start, end) with offsets into the original text.
"""

from __future__ import annotations

import re

from .screening_text import Norm, rx
from .screening_words import NOT_SURNAME, STOP, TOWNS, words

Hit = tuple[str, str, int, int]
LABEL = "workplace_school"
REASON = "names a workplace or school and where it is"

_SCHOOL_WORD = (
    r"(?:Primary|Elementary|High|Middle|Academy|Grammar|Secondary|Infants?|Juniors?|Nursery|College"
    r"|University|Prep|School|Comprehensive|Montessori)"
)
_NAMED_SCHOOL = re.compile(
    r"\b((?:St\.? |Saint )?(?:[A-Z][a-z']+ ){1,3}" + _SCHOOL_WORD + r"(?: School)?)\b"
)
# Round eight: the school word in lower case, then its town: "in Mr Osei's class at Holy Cross
# primary in Swindon", "a dinner lady at St Mary's juniors in Bray".
_NAMED_SCHOOL_TOWN = re.compile(
    r"\b((?:St\.? |Saint )?(?:[A-Z][a-z']+ ){1,3}(?i:primary|juniors?|infants?|secondary|academy"
    r"|school|nursery|grammar|high school|middle school|elementary)) in ([A-Z][a-z]+)\b"
)
_GENERIC_SCHOOL = words(
    "the a my our his her catholic grammar primary secondary high middle local state public "
    "private boarding nursery medical law art sunday summer night community junior senior"
)
_SCHOOL_CONTEXT = rx(
    r"\b(?:go|goes|went|going|attend|attends|at|teach|teaches|work|works|pick \w+ up from"
    r"|drop \w+ off at|started|starts|enrolled|in year \d+ at)\b[^.!?]{0,25}$"
)
# Job titles: most end in -er, -or, -ist, -ian, -ant, -ent, -ic ("paramedic"); the rest are
# listed. An adjective ("I'm a bit nervous for the interview in Leeds") is not a job.
_JOB = (
    r"(?:\w+(?:er|or|ist|ian|ant|ent|ic|man|woman)|nurse|ta|chef|cook|carer|medic|vet|gp|midwife"
    r"|student|trainee|volunteer|apprentice|intern|head|deputy|barista|hca|tutor|pa|temp|sales"
    r"|rep|dj|guard|nanny|au pair)\b"
)
# Who works or studies somewhere: a verb ("work nights", "work on reception") or a job title
# ("I'm a paramedic", "I'm a TA").
_LEAD = (
    r"(?:\b(?:work|works|working|worked|job|shifts?|employed|volunteer\w*|nurse|teacher|ta"
    r"|manager|receptionist|cashier|cleaner|carer|barista|assistant|doctor|porter|chef|coach"
    r"|coaches|coaching|train|trains|study|studies|studying|placement|apprentice|intern|plays"
    r"|play|runs|owns|manages|manage|managing|run|running|own|member|attend|attends|goes|go|do"
    r"|doing|does|teach|teaches|teaching|year|degree|masters|phd|reception|tills|till|checkouts"
    r"|checkout|counter)(?: [\w']+){0,3}?"
    r"|\b(?:i'm|i am|im|i work as|working as) an? (?:[\w']+ )?" + _JOB + ")"
)
_NOT_TOWN = r"(?!(?:the|a|an|my|his|her|our|their|this|that|town|city|bed|class)\b)"
_NOT_PLACE = r"(?!a |an |home\b|the moment\b|myself\b|me\b|him\b|her\b|them\b|us\b|work\b)"
# "I work at the Tesco on High Street in Leeds", "I work in the Primark in the Bullring", "on
# reception at the Travelodge at Heathrow": a lead, a place, then where it is. After "in" or
# "with" the place must be named (capitalised): "I work in retail in London" names no workplace.
_WORKPLACE = rx(
    _LEAD + r" (at|for|in|with) " + _NOT_PLACE + r"((?:[\w'&.-]+ ){1,6}?)"
    r"(?:on [^.,!?]{3,30} )?(?:in|near|outside|just outside|in central|at|by) (?:the )?"
    + _NOT_TOWN
    + r"([a-z][a-z-]+)\b"
)
# A child's school and where it is: "my kids are at Holy Cross in Ballyfermot", "my son's in year 9
# at King Edward's in Bath".
_CHILD_SCHOOL = rx(
    r"\b(?:son|daughter|kids?|children|boy|girl|grandson|granddaughter|eldest|youngest)"
    r"(?:'s|'re| is| are)?(?: (?:goes|go|going|attends?|started|starts|now|still|in year \d+"
    r"|in reception|in (?:\w+ )?grade))* (at|to) " + _NOT_PLACE + r"((?:[\w'&.-]+ ){1,5}?)"
    r"(?:in|near|outside|at|by) (?:the )?" + _NOT_TOWN + r"([a-z][a-z-]+)\b"
)
# Studying at a named place: "studying nursing at UCD", "doing my PGCE at Edge Hill", "I'm at
# McGill doing my masters". A university or college names a town.
_STUDY = (
    r"(?:study|studying|studies|a student|doing (?:my|a|an) (?:masters|degree|phd|pgce|course"
    r"|training|placement|apprenticeship|diploma|foundation year|access course|a levels|btec"
    r"|nursing degree|law degree|teacher training))"
)
_STUDY_AT = re.compile(
    r"(?i:\b" + _STUDY + r"(?: [\w']+){0,2}? at (?:the )?)([A-Z][\w&'.-]+(?: [A-Z][\w&'.-]+){0,3})"
    r"|(?i:\b(?:i'm|im|i am) at )([A-Z][\w&'.-]+(?: [A-Z][\w&'.-]+){0,3})(?= (?i:uni|university"
    r"|college|tafe|poly|polytechnic)\b|(?i:[^.!?]{0,30}\b(?:doing|studying) (?:my|a|an|law"
    r"|medicine|nursing|engineering|psychology|social work|history|english)\b))"
)
# "Leeds General Infirmary", "Bristol Royal Hospital": the town is part of the name.
_INSTITUTION = re.compile(
    r"\b((?:[A-Z][a-z']+ ){0,3}(?:Infirmary|Hospital|General|Council|Police Station|Library|Surgery"
    r"|Clinic|Medical Centre|Leisure Centre|Prison|Crown Court|Magistrates|University|College)"
    r"(?: [A-Z][a-z']+){0,2})\b"
)
# After a work or study lead, any named place is specific enough: "at Wythenshawe Hospital",
# "at the University of Salford", "at Leeds Beckett".
_LEAD_AT = rx(_LEAD + r" (?:at|for|in|with) (?:the )?$|\b(?:i'm|im|i am) (?:at|studying at) $")
_NAMED_PLACE = re.compile(
    r"\b((?:University|College|Institute) of (?:[A-Z][a-z']+ ?){1,3}"
    r"|(?:Royal|St\.?|Saint|Queen's|King's|Queen|King) [A-Z][a-z']+(?: [A-Z][a-z']+)?"
    r"|(?:[A-Z][a-z'&]+ ){1,3}(?:Hospital|Infirmary|Surgery|Clinic|Medical Centre|Health Centre"
    r"|Care Home|Nursing Home|Hospice|Academy|School|College|University|Uni|Leisure Centre|Library"
    r"|Council|Police Station|Station|Prison|Hotel|Depot|Warehouse|Centre|Center|Mall|Church"
    r"|Mosque|Temple|Gurdwara|Nursery|Primary|Solicitors|Bank))\b"
)


def _town_ok(norm: Norm, start: int, end: int, word: str) -> bool:
    o_start, _ = norm.span(start, end)
    if word in STOP or word in NOT_SURNAME:  # "at Christmas", "in March"
        return False
    return norm.original[o_start].isupper() or word in TOWNS


def _led_places(orig: str) -> list[Hit]:
    """Named places right after a work or study lead, and named places holding a town."""
    hits = []
    lower = orig.lower() if len(orig.lower()) == len(orig) else orig
    for m in _NAMED_PLACE.finditer(orig):
        if m.group(1).startswith("Open Uni"):  # distance learning: no place
            continue
        if _LEAD_AT.search(lower, max(0, m.start() - 60), m.start()):
            hits.append((LABEL, REASON, *m.span(1)))
    for m in re.finditer(r"\b((?:[A-Z][a-z']+ ){1,2}[A-Z][a-z']+)\b", orig):
        words_ = m.group(1).lower().split()
        if words_[0] in TOWNS and _LEAD_AT.search(lower, max(0, m.start() - 60), m.start()):
            hits.append((LABEL, REASON, *m.span(1)))
    return hits


def _named(norm: Norm, start: int) -> bool:
    """The place right after the preposition is written with a capital ("the Primark")."""
    o_start, _ = norm.span(start, start + 1)
    words_ = norm.original[o_start : o_start + 40].split()
    if words_ and words_[0].lower() == "the":
        words_ = words_[1:]
    return bool(words_) and words_[0][:1].isupper()


def _named_place(norm: Norm, m: re.Match[str]) -> bool:
    """After "in" or "with", a named place and not a town ("I work in Leeds and live in ...")."""
    first = m.group(2).split()[0]
    return _named(norm, m.start(2)) and first not in TOWNS and " and " not in m.group(2)


def _place_hits(norm: Norm) -> list[Hit]:
    """A lead or a child's school, a place, then its town."""
    hits: list[Hit] = []
    for pattern in (_WORKPLACE, _CHILD_SCHOOL):
        for m in pattern.finditer(norm.text):
            if m.group(1) in ("in", "with", "to") and not _named_place(norm, m):
                continue
            if pattern is _CHILD_SCHOOL and not _named(norm, m.start(2)):
                continue
            if _town_ok(norm, m.start(3), m.end(3), m.group(3)):
                hits.append((LABEL, REASON, *norm.span(m.start(2), m.end())))
    return hits


def find_workplaces(norm: Norm) -> list[Hit]:
    hits = _place_hits(norm)
    orig = norm.original
    for m in _STUDY_AT.finditer(orig):
        group = 1 if m.group(1) else 2
        if m.group(group).split()[0].lower() not in STOP:
            hits.append((LABEL, REASON, *m.span(group)))
    for m in _INSTITUTION.finditer(orig):
        if any(w.lower() in TOWNS for w in m.group(1).split()):
            hits.append((LABEL, REASON, *m.span(1)))
    for m in _NAMED_SCHOOL_TOWN.finditer(orig):
        if m.group(1).split()[0].lower() in _GENERIC_SCHOOL or m.group(2).lower() in STOP:
            continue
        if _SCHOOL_CONTEXT.search(orig[max(0, m.start() - 40) : m.start()].lower()):
            hits.append((LABEL, REASON, m.start(1), m.end(2)))
    for m in _NAMED_SCHOOL.finditer(orig):
        if m.group(1).split()[0].lower() in _GENERIC_SCHOOL:
            continue
        if _SCHOOL_CONTEXT.search(orig[max(0, m.start() - 40) : m.start()].lower()):
            hits.append((LABEL, REASON, *m.span(1)))
    return hits + _led_places(orig)
