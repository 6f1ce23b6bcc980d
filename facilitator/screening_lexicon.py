"""Word classes for the learned screening stage (see screening_model).

A linear model over raw words only knows the words it was trained on. Mapping words to a few
hand-made classes ("#MEANS" for pills, rope, bridge, ledge...) lets it carry what it learned about
"the pills are on the table" over to "the tablets are lined up", and "#NEAR" lets "he's on the
drive" borrow from "he's outside". The classes are deliberately coarse; the model decides how much
each one counts, alone and next to its neighbours.
"""

from __future__ import annotations

from .screening_words import words


def _classes(table: dict[str, str]) -> dict[str, tuple[str, ...]]:
    """Invert {class: "word word ..."} into {word: (class, ...)}; a word may sit in two classes."""
    out: dict[str, list[str]] = {}
    for cls, block in table.items():
        for word in block.split():
            out.setdefault(word, []).append(cls)
    return {w: tuple(c) for w, c in out.items()}


WORD_CLASSES: dict[str, tuple[str, ...]] = _classes(
    {
        "#DEATH": """die dying died dead death suicide suicidal suicidality unalive unaliving kms
            ctb funeral grave graves corpse coffin ghost overdose overdosed od lethal noose exist
            existing existence alive living breathing heaven""",
        "#FINAL": """goodbye goodbyes bye farewell last final forever permanently permanent
            finally anymore peace peaceful ready decided decision done over gone ending end ends
            letters letter note notes will affairs order sorted""",
        "#SLEEP": "sleep asleep sleeping wake waking woke rest resting slumber",
        "#MEANS": """pills pill tablets tablet meds medication medicine paracetamol tylenol
            ibuprofen codamol co-codamol tramadol sertraline antidepressants insulin rope belt
            ligature
            blade blades razor razors bridge cliff cliffs tracks railway train trains platform
            roof rooftop ledge balcony edge river sea canal reservoir lake motorway traffic bus
            lorry truck bottle garage exhaust beams beam window bath bleach quarry overpass
            flyover multistorey tide tides lighter vodka""",
        "#HARM": """cut cutting cuts cutter burn burning burned burnt scratch scratching scratched
            bleed bleeding bled blood scars scar wounds wound harm harming punish punishing
            punishment sh self-harm selfharm relapse relapsed relapsing carved carving slashed
            slash knuckles""",
        "#BURDEN": """burden burdens weight problem mess trouble waste drag dragging ruin ruining
            relieved relief free worthless useless pointless mistake nothing nobody""",
        "#SINK": """drowning drown drowned sinking sink sank under underwater surface swim swimming
            float floating drift drifting fade fading vanish vanishing disappear disappearing
            darkness dark tunnel slipping slip""",
        "#STOP": "stop stopped stopping quit give giving gave let letting over end switch off out",
        "#I": "i me my myself mine im ive id",
        "#ABUSER": """he him his she her ex husband hubby partner boyfriend bf wife girlfriend gf
            fiance stepdad stepfather abuser _name_""",
        "#NEAR": """outside door doorstep doorbell drive driveway window windows gate garden
            downstairs upstairs stairs stairwell street road close estate car park parking lot
            parked path porch building foyer lobby reception here there front back corner
            across opposite nearby buzzer bell letterbox intercom handle""",
        "#ARRIVE": """coming come came pulled pulling pulls arrived arriving turned turning showed
            showing walking walked driving drove heading headed way knocking banging hammering
            ringing kicking waiting sitting standing lurking""",
        "#NOW": """now rn tonight today just currently right again minute minutes mins soon
            earlier morning hour moment""",
        "#THREAT": """kill killing murder hurt threatened threat threats threatening threaten
            regret sorry pay warned warning watch finish burn find sort acid stab slit
            shoot strangle lose shame accident accidents careful coming""",
        "#WEAPON": """gun guns knife knives machete bat hammer shotgun rifle pistol weapon weapons
            axe acid crossbow firearm blade""",
        "#TRACK": """tracker tracking track tracked airtag location gps spyware camera cameras
            logging login logins logged password passwords messages phone watching watches
            following followed follows stalking stalked stalks account accounts address tag
            tile detected notification alert bugged drone""",
        "#LOCK": "locked lock locks keys key trapped passport blocking cornered stuck prisoner",
        "#VIOLENCE": """hit hitting hits punched punching slapped slapping kicked kicking choked
            choking strangled strangling pushed shoved grabbed dragged pinned threw throwing
            smashed smashing beat beating bruises bruised attacked raped""",
        "#KIDS": "kids kid children child son daughter baby babies toddler boy girl",
        # Round three: release from prison, night-time, strangers, and child contact.
        "#RELEASE": """released release releasing parole licence license bail remand probation
            sentence liaison freed""",
        "#NIGHT": "midnight 1am 2am 3am 4am 5am night nights overnight dark",
        "#STRANGER": """someone somebody stranger strangers unknown random man guy bloke woman van
            anonymous withheld private hoodie hooded""",
        "#CONTACT": """handover handovers contact custody pickup collect collected visitation
            access supervised weekend weekends""",
        "#FEAR": """scared afraid terrified frightened shaking fear petrified panicking hiding hide
            help unsafe""",
        "#PAST": """used ago years was were back then when until since healed survived
            recovered""",
        "#SAFE": """safe safer prison jail moved blocked court order injunction arrested remanded
            custody free contact""",
        "#JOKE": "lol lmao lmfao haha hahaha jk rofl hehe",
        "#FICTION": """film movie book novel show episode series netflix character podcast
            documentary song lyrics soap drama""",
        "#OTHER": """friend friends sister brother cousin colleague mum mom dad nan gran uncle aunt
            neighbour teenager son daughter""",
        "#GRIEF": "passed funeral grief grieving anniversary ashes loss lost",
        # Round four: putting affairs in order, a future event the writer will not see, and a
        # third party carrying the abuser's questions; things at home tampered with.
        "#ARRANGE": """arrangements arranged arranging insurance passwords instructions rehomed
            rehome rehoming signed affairs belongings possessions everything sorted cleared
            deleted""",
        "#FUTURE": """tomorrow weekend next week month birthday christmas results hearing
            friday saturday sunday monday tuesday wednesday thursday 18th 21st 30th 40th 50th
            wedding graduation september""",
        "#INFORM": """asking asked asks enquiring slip mentioned told knows knew know found
            finds mates mate cousin sister""",
        "#TAMPER": """scratched unscrewed undone tampered opened forced moved missing latch tyres
            tyre peephole footprints brake brakes valves valve deflated loosened envelopes
            resealed sellotape taped scratches""",
        "#HOBBY": """gym cooking cook recipe hair holiday work party meeting job course class
            shopping traffic""",
        # Round five: things handed on or settled ahead of time, with no word of death ("gave
        # the guitar to a lad from work", "paid off my debts", "presents labelled for next
        # year"); the abuser's circle carrying news; exposure online. #TAMPER above gained
        # brakes, valves, wheel nuts and resealed post.
        "#PARTING": """gave give giving given away rehomed donated sold labelled labels
            labelling wrapped presents debts debt paid cleared cancelled cancelling cancel
            policy pension savings guardianship locker jewellery ring necklace""",
        "#CIRCLE": """mate mates cousin sister brother mum mother dad family friend friends
            colleague auntie aunt uncle girlfriend slip mentioned passing telling questions
            messaged""",
        "#ONLINE": """posted post posts tagged tag shared facebook fb insta instagram tiktok
            snapchat snap twitter linkedin profile comment commented comments screenshot
            followed following account accounts group chat""",
        # Round six: good news, progress and warmth. Everyday chat ("I slept seven hours last
        # night!!", "I've been kinder to myself this week") shares "I", "myself", "tonight" and
        # "sleep" with crisis messages; this class gives the model something of its own to weigh.
        "#WELL": """proud glad grateful thankful progress enjoyed enjoying lovely brilliant amazing
            excited fun laughed laughing smiled smiling kinder calmer healthier stronger
            learning learnt celebrate celebrated yay woohoo congrats congratulations
            recommend cosy cozy treat treated delicious holiday""",
    }
)

# Chat shorthand and contractions, spelt out so "im", "i'm" and "i am" share features.
EXPANSIONS: dict[str, tuple[str, ...]] = {
    key: tuple(value.split())
    for key, value in {
        "im": "i am",
        "i'm": "i am",
        "ive": "i have",
        "i've": "i have",
        "i'd": "i would",
        "i'll": "i will",
        "hes": "he is",
        "he's": "he is",
        "shes": "she is",
        "she's": "she is",
        "he'll": "he will",
        "she'll": "she will",
        "he'd": "he would",
        "she'd": "she would",
        "it's": "it is",
        "its": "it is",
        "theyre": "they are",
        "they're": "they are",
        "dont": "do not",
        "don't": "do not",
        "doesnt": "does not",
        "doesn't": "does not",
        "didnt": "did not",
        "didn't": "did not",
        "cant": "can not",
        "can't": "can not",
        "cannot": "can not",
        "wont": "will not",
        "won't": "will not",
        "wouldnt": "would not",
        "wouldn't": "would not",
        "isnt": "is not",
        "isn't": "is not",
        "wasnt": "was not",
        "wasn't": "was not",
        "wanna": "want to",
        "gonna": "going to",
        "gotta": "got to",
        "u": "you",
        "ur": "your",
        "rn": "right now",
        "tmrw": "tomorrow",
        "tmr": "tomorrow",
        "tmoz": "tomorrow",
        "cos": "because",
        "cuz": "because",
        "bc": "because",
        "idk": "i do not know",
        "idc": "i do not care",
        "pls": "please",
        "plz": "please",
        "soz": "sorry",
        "bout": "about",
        "nite": "night",
        "everythin": "everything",
        "abt": "about",
        "writen": "written",
        "ppl": "people",
        "coz": "because",
        "wen": "when",
        "smth": "something",
        "sth": "something",
        "tonite": "tonight",
    }.items()
}

NEGATORS = words("not no never nothing nobody none without stopped")

# Sentence-initial capitalised words that are not names ("This is", "Life is", "Honestly I").
NOT_NAMES = words(
    """this that there these those it life everything everyone everybody nobody noone nothing
    today tonight tomorrow yesterday mum mom dad nan gran god honestly seriously sometimes maybe
    also even still just well ok okay sorry thanks hi hello hey yes no yeah nope please what who
    why how when where which hope faith love grace sunday monday tuesday wednesday thursday friday
    saturday christmas easter work school group therapy court police"""
)
# Words after a sentence-initial capitalised word that mark it as a person's name.
NAME_VERBS = words(
    """is s just has was keeps kept said says texted messaged turned showed will came drove
    pulled knows found got called rang rings walked went left followed tried"""
)
