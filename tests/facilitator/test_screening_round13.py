"""Round thirteen: identifying details in disguise or from other countries, and crisis and danger
false alarms told in the past or as a topic (docs/screening.md, "Round thirteen"). Every line
here was written for this file, in no data file; each family has phrasings that must fire and
look-alikes that must pass. The rules are tested alone (`model=False`).
"""

from __future__ import annotations

import pytest

from facilitator.screening import screen


def found(text: str) -> set[str]:
    return {f.category for f in screen(text, model=False)}


FIRES = {
    "a phone number in parts": [
        "first part's 07700, rest is 900 412",
        "number starts with 0412, then 555 019",
        "ok the first bit is 555 and the last four are 0171",
        "my number begins 0161 and ends in 496 0000",
        "first half: 555 01, second half: 98 12",
        "starts with +44 7700 and the rest is 900 123",
        "whatsapp me, first few digits 083 then 555 1234",
        "first three are 555, I'll tell you the rest later. ok fine, it's 0144",
        "the start of it is 021 and then 555 0199",
        "first part is 0207 946, second part 0012",
    ],
    "spaced-out digits": [
        "0 7 7 0 0 9 0 0 4 1 8 text me",
        "my digits are 5 5 5 - 0 1 4 2",
        "4 1 5 . 5 5 5 . 0 1 9 8",
        "text 0 4 1 2 / 5 5 5 / 8 7 6",
        "call me: 0 8 5 1 2 3 4 5 6 7",
        "+ 4 4 7 7 0 0 9 0 0 5 5 5 lol",
        "it's 9 8 7 | 5 5 5 | 0 1 2 3",
        "5 5 5 0 1 9 7 spaced so the filter misses it",
        "new num 0 8 7 2 2 3 4 5 6 8",
        "here: 6 4 7 5 5 5 0 1 3 3",
    ],
    "a number after a messaging app or in another language": [
        "zap: (11) 95555-0123",
        "meu número é (21) 98888-7766",
        "wpp 11 95555 0199 me chama",
        "mi número es 612 34 56 78",
        "wechat: 138 0013 8000",
        "line 090-1234-5678",
        "tel. 06 12 34 56 78",
        "mein Handy: 0151 2345 6789",
        "celular 55 1234 5678",
        "whats: 91234 56789",
    ],
    "an email told by description": [
        "my hotmail is the same as my name here, just stick 84 on the end",
        "my gmail's my username on here plus 1990",
        "my email is my name in this group with 07 after it",
        "my yahoo is just my display name here",
        "my outlook address is my screen name with my birth year",
        "my email is the same as my username here",
        "my gmail is my first name plus 22 at the end",
        "my icloud is my nickname on this app",
        "my email: my full name then 1988",
        "my hotmail is my handle here lol add 99",
    ],
    "a link in words": [
        "tinyurl dot com slash steady-neve",
        "bit dot ly slash 3xYzQ",
        "linktr dot ee forward slash healingjo",
        "www dot jomakes dot co dot uk",
        "my shop is etsy dot com slash shop slash quietmaple",
        "gofundme dot com slash f slash help-me-move",
        "amazon dot co dot uk slash hz slash wishlist",
        "www dot kerrysbakes dot com",
        "ko-fi dot com slash lenawrites",
        "substack: annie dot substack dot com slash p slash leaving",
    ],
    "an address the way other countries write it": [
        "wir wohnen jetzt in der Lindenstraße 42 in Kassel",
        "my new place is Kerkstraat 15, Utrecht",
        "mieszkam na ul. Długa 5",
        "siamo in Via Roma 10",
        "vivo en Calle Mayor 12",
        "Hauptstr. 7 in Bremen",
        "Storgatan 14, Uppsala",
        "he lives at Bahnhofstrasse 3",
        "Prinsengracht 263 is where we are",
        "Avenida Paulista 1000 is my office",
    ],
    "a plot, pitch or park with its town": [
        "plot 19 at the Seaview caravan park in Skegness",
        "we're on pitch 7 at the holiday park near Exmouth",
        "berth 12 at the marina",
        "lot 45 at the trailer park off route 9",
        "static 23 at the caravan site",
        "living at Golden Sands Holiday Park in Rhyl now",
        "Pine Ridge Trailer Park in Ocala, that's us",
        "we're at Sandy Bay Holiday Park near Exmouth",
        "Willow Lodge Park outside Keswick is home for now",
        "caravan 8 at the park home site",
    ],
    "a full name with particles, diacritics or surname first": [
        "my ex is Tariq al-Hamdani",
        "my husband, Ramón de la Cruz Ortega, is the one",
        "he's called Marcus van der Berg",
        "my mum is Siobhán Ní Bhriain",
        "Nguyễn Thị Lan is my mum",
        "Oluwaseun Adébáyọ̀ is my full name",
        "Kowalczyk Agnieszka — that's me",
        "my boss is Ahmed bin Rashid",
        "my ex-husband is Pieter de Vries",
        "Đặng Văn Minh is my ex",
        "Müller Jürgen, that's me lol",
        "my dad, Luis dos Santos, used to say",
    ],
    "a full name in lower case after 'I'm actually'": [
        "i'm actually emma louise whitcombe lol",
        "im really sarah jane tolley",
        "i am actually james o'hare, hi",
        "i'm actually tom pritchard btw",
        "i'm irl rachel mcnulty",
        "I'm actually chloe baptiste.",
        "im actually lucy ann ferris haha",
        "i am really david kowalski, not steady_dave",
        "i'm actually ben hallworth x",
        "i'm in real life megan ashdown!",
    ],
    "a handle owned with I'm": [
        "I'm @not_his_anymore on x if anyone wants to mutual",
        "i'm @quiet.maple_ on insta",
        "find me @healing_hannah everywhere",
        "I'm @sunnydays92 over on threads",
        "im @mari_rebuilds on bluesky",
        "catch me @jo.writes_ on tiktok",
        "follow me @newchapter_21",
        "I am @gentle_gem on everything",
        "i'm @free.at.last.x on there",
        "add me @softstart_7 on snap",
    ],
    "a workplace, church or club with its town": [
        "nights at the big Tesco Extra in Kettering, that's my job",
        "ya know the Spar in Dungannon? that's me behind the till most days",
        "he's waiting outside the Asda in Stockport where I work",
        "he's at Halden Joinery in Wakefield",
        "coaches the under-12s at Greenbank FC in Falkirk",
        "we go to Grace Chapel in Lubbock",
        "I'm on the tills at the Lidl in Bangor",
        "she's at Parkside Dental in Worksop most days",
        "we attend Hope Baptist Church in Tulsa",
        "my shifts are at the Walmart Supercenter in Ocala",
        "he plays for Whitby Town AFC in Whitby",
        "my job's at the Costa in Frome",
    ],
}

PASSES = [
    # numbers in parts and spaced digits
    "the first part was 150 pages, the rest 300",
    "first part costs £1200, then £3400",
    "starts at 1900 and ends 2130",
    "1 2 3 4 5 6 7 8 9 breathe",
    "5 5 5 5 5 5 5 stars from me",
    "scores were 7 8 6 9 and 7",
    "the first half is 45 minutes then 45 again",
    # numbers and helplines
    "Telefonseelsorge in Deutschland: 0800 111 0 111, kostenlos und anonym",
    "Hilfetelefon Gewalt gegen Frauen: 08000 116 016",
    "SADAG 0800 567 567 helped me",
    "113 Zelfmoordpreventie: 0800-0113",
    "in Spain I called the Teléfono de la Esperanza, 717 003 717",
    "line up at 10, then 12",
    # emails and links
    "my email is the same as before",
    "my hotmail got hacked last year",
    "my name here is my cat's name",
    "the site is down dot dot dot",
    "samaritans dot org slash contact is the page",
    "it's like dot com bubble stuff",
    # addresses and parks
    "Platz 1 in the race!",
    "the Sesame Street song",
    "a caravan park in Wales sounds lovely",
    "we went to a holiday park in Cornwall once",
    "Via Dolorosa is a famous street",
    # names
    "my ex is Really Angry about it",
    "my mum is Irish and proud",
    "that's me, always late",
    "i'm actually really tired lol",
    "i'm actually not okay today",
    "im really done with him",
    "I'm actually Jo btw",
    # handles
    "I'm @ the shop",
    "i'm @home now",
    "@priya_k same here",
    # workplaces
    "there was a queue at the Tesco in Stockport",
    "the Next in town has a sale",
    "we went to a church in Lubbock once",
    "I saw him at the Asda in Stockport last year",
    "Leeds United in Leeds won",
    "spent two nights at the Premier Inn in Luton for the hearing",
    "most days we shop at the Aldi in Hexham",
]


@pytest.mark.parametrize(
    "text", [t for family in FIRES.values() for t in family], ids=lambda t: t[:40]
)
def test_identifying_family_fires(text):
    assert "identifying" in found(text)


@pytest.mark.parametrize("text", PASSES, ids=lambda t: t[:40])
def test_look_alike_passes(text):
    assert "identifying" not in found(text)


def test_each_family_has_ten_phrasings():
    assert all(len(family) >= 10 for family in FIRES.values())


CALM = {
    "crisis": [
        "I self-harmed at fifteen. Eight years free of it now",
        "I used to cut. Three years clean this month",
        "self-harm was my thing at uni, ten years free now",
        "There was a time I thought about dying every day. Now I garden",
        "there was a point I wanted to die in that marriage, not now",
        "in that marriage I thought about dying every day",
        "the reading mentioned self-harm and I'm okay",
        "tonight's session was about self-harm, it was heavy but fine",
        "the article touched on self-harm, good resources in it",
        "tw: self-harm in the chapter we read, just so people know",
    ],
    "danger": [
        "BT62 9ZX, cards welcome, it's my name on the door",
        "cards are welcome at the flat, my name's on the door now",
        "letters welcome! it's my name on the door at last",
        "my email got hacked and he read everything. New account now.",
        "he went through my phone for years. new phone now",
        "he logged into my email back then. new passwords now",
        "well he never actually hit you, mine put me in hospital",
        "yours never hit you, mine literally put me in hospital",
        "at least you got out, mine nearly put me in hospital",
        "he didn't touch you, mine put me in hospital twice",
    ],
}
STILL_FIRES = {
    "crisis": [
        "I self-harmed last night",
        "I think about dying every day",
        "I keep self-harming, the reading today didn't help",
        "the reading was about hope and I want to self-harm tonight",
    ],
    "danger": [
        "he said he'll put me in hospital",
        "yours might not hit you but mine will put me in hospital",
        "a card on my windscreen with no name, he knows where I am",
    ],
}


@pytest.mark.parametrize(
    "category,text", [(c, t) for c, ts in CALM.items() for t in ts], ids=lambda v: str(v)[:40]
)
def test_past_or_topic_is_calm(category, text):
    assert category not in found(text)


@pytest.mark.parametrize(
    "category,text",
    [(c, t) for c, ts in STILL_FIRES.items() for t in ts],
    ids=lambda v: str(v)[:40],
)
def test_present_danger_still_fires(category, text):
    assert category in found(text)
