"""Full names of public figures that members bring up when they talk about the news, books,
shows and music ("the Johnny Depp and Amber Heard trial", "Mary Berry's recipes"), and fictional
characters ("Peter Pan syndrome"). None of them identifies a member, and such a message often has
no media word for screening_names to go on. Lower case, "first last".

Deliberately short: the media words in screening_names catch most celebrity talk; this list only
holds names that come up in a support group without one.
"""

from __future__ import annotations

_RAW = """
    johnny depp|amber heard|harry styles|mary berry|peter pan|jane eyre|harry potter|kate winslet
    holly willoughby|phillip schofield|kim kardashian|kanye west|britney spears|oprah winfrey
    brene brown|bessel van|jordan peterson|andrew tate|gabby petito|chris brown|tina turner
    dua lipa|ed sheeran|jodie comer|sarah everard|nicola bulley|coleen rooney|wayne rooney
    jamie oliver|gordon ramsay|mel robbins|glennon doyle|kate middleton|princess diana
    michelle obama|barack obama|donald trump|joe biden|rishi sunak|keir starmer|boris johnson
    jacinda ardern|justin trudeau|anthony albanese|meghan markle|prince william|king charles
    tom hanks|brad pitt|angelina jolie|jennifer aniston|jennifer lopez|ben affleck|will smith
    jada pinkett|chris rock|sean combs|diddy combs|david beckham|victoria beckham|lily allen
    adele adkins|billie eilish|selena gomez|justin bieber|hailey bieber|miley cyrus|demi lovato
    lady gaga|katy perry|olivia rodrigo|lewis capaldi|rihanna fenty|beyonce knowles
    emma watson|emma stone|emma thompson|keira knightley|kate moss|naomi campbell
    jamie dornan|sarah jessica|carrie bradshaw|ross geller|rachel green|monica geller
    noah centineo|robert pattinson|taylor lautner|christian grey|ana steele|romeo montague
    bella swan|edward cullen|jack sparrow|sherlock holmes|jane austen|mr darcy|elizabeth bennet
    gwyneth paltrow|cheryl cole|cheryl tweedy|katie price|peter andre|kerry katona|gemma collins
    stacey dooley|louis theroux|stacey solomon|joe wicks|davina mccall|ant mcpartlin
    declan donnelly|alan carr|graham norton|piers morgan|susanna reid|lorraine kelly
    ruth langsford|eamonn holmes|dr phil|phil mcgraw|monty don|david attenborough
    """.replace("\n", "|").split("|")
FAMOUS = frozenset(name.strip() for name in _RAW if name.strip())
