"""Word lists for the identifying-information rules.

Kept apart so the rules stay readable. They are deliberately modest: a name needs a cue word or a
known first name, and a town only matters next to a workplace or school, so the lists only have
to cover the common cases, not every name on earth.
"""

from __future__ import annotations


def words(block: str) -> frozenset[str]:
    return frozenset(block.split())


# Common given names across English-speaking countries (plus frequent South Asian, African and
# European ones). Names that are also everyday words ("will", "may", "hope", "grace", "joy",
# "faith", "summer", "rose", "dawn", "bill", "mark", "pat") are left out: they need a cue word.
FIRST_NAMES = words(
    """
    aaron abbie abby abdul abigail adam adrian ahmed aidan aisha alan alana albert alex alexa
    alexander alexandra alexis ali alice alicia alison amanda amber amelia amir amit amy ana
    andre andrea andrew andy angela angie anil anita ann anna anne annie anthony antonio anya
    arjun arthur ashley ashton aubrey audrey austin ava barbara barry becky ben benjamin beth
    bethany betty beverley billy blake bob bobby bradley brandon brenda brendan brian bridget
    brittany brooke bruce bryan caitlin callum calum cameron carl carla carlos carly carol
    caroline carolyn casey catherine cathy charlie charlotte chelsea cheryl chloe chris christian
    christina christine christopher ciara claire clara colin connor conor courtney craig dan dana
    daniel danielle danny darren dave david dean debbie deborah declan denise dennis derek diana
    diane dominic donna doug douglas duncan dylan eddie edward eileen elaine eleanor elizabeth
    ella ellie emily emma eric erin ethan eve evelyn fatima fiona frank fraser freddie gary gavin
    gemma george georgia gerald gillian gina glen glenn gordon graham greg gregory hannah harriet
    harry harvey hayley heather helen henry holly howard hugh ian imran isaac isabel isabella
    isla jack jackie jacob jade jake james jamie jane janet janice jasmine jason jay jayden jean
    jeff jeffrey jen jenna jennifer jenny jeremy jess jessica jill jim jimmy jo joan joanna joanne
    jodie joe joel john johnny jon jonathan jordan jose joseph josh joshua joyce juan judith judy
    julia julie justin kaitlyn karen kate katherine kathleen kathryn katie kay keith kelly ken
    kerry kevin kieran kim kimberly kirsty kyle laura lauren leah lee leon leslie liam lily linda
    lindsay lisa liz lizzie logan lorraine louise lucas lucy luke lynn lynne maddie madison
    maria mariam marie marilyn martin mary matt matthew maureen megan melanie melissa mia michael
    michelle mike mohammed molly monica nadia naomi natalie natasha nathan neil nicholas nicola
    nicole nigel nikki noah nora olivia oliver oscar owen paige pamela patrick paul paula pauline
    peter philip phil pooja priya rachel rahul raj rajesh ravi rebecca rhys richard rick rob
    robert robin rory ross ruby russell ruth ryan sadie sally sam samantha samuel sandra sara
    sarah scott sean shane shannon sharon shaun sheila shirley simon sophie stacey stephanie
    stephen steve steven stuart sue susan suzanne tanya tara tasha terry theo thomas tiffany tim
    timothy tina toby todd tom tommy tony tracey tracy trevor tyler vanessa vicky victoria vikram
    vincent wayne wendy william yasmin zach zachary zara zoe
    """
)

# Lower-case words that are never part of a person's name or a street name. Used to stop
# "3 more days down the road" or "my ex is really angry" from looking like an address or a name.
STOP = words(
    """
    a about above after again against all also always am an and any are around as at away back
    bad be because been before being below best better between big both but by can can't cant
    could day days did didn't do does doesn't doing don't done down during each either even ever
    every few first for from full further get gets getting go goes going gone good got great had
    has have having he her here hers herself him himself his how i if in into is isn't it its
    itself just kind last least left less like little long lot lots made make many may me mean
    might mine minutes more most much must my myself near never new next nice no nor not nothing
    now of off often oh ok okay old on once one only or other our out over own really right
    same see she should since so some something still such than that the their them then there
    these they thing things this those though through time times to today too totally under
    until up upon us very was wasn't way we week weeks well were what when where which while who
    whom why will with without won't would years yes yet you your yours hours miles months
    kids children sessions steps pages things people guys mins seconds lol im ive idk tbh ngl
    honestly actually literally basically pretty quite rather super
    btw fyi tho imo imho tbf ftr rn omg thx ty pls plz xx xxx hun hon
    angry scared sad happy tired upset drunk mad nice lovely horrible awful kind cruel
    called named back home work school there here outside inside
    """
)

# Capitalised words that look like a surname after a first name but are not ("Jess Thank you",
# "Sam Honestly"), plus words that start sentences.
NOT_SURNAME = words(
    """
    the a an and but or so thank thanks thankyou honestly same yes no yeah yep nope ok okay
    please sorry hi hello hey totally exactly agreed agree absolutely definitely love lots
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december christmas easter i im i'm you we he she they
    that this it is was what when why how where who me my his her our their your
    """
)

# Towns and cities a member might name. Lower-case; a capitalised word counts as a town too, so
# this list only needs to rescue all-lower-case messages.
TOWNS = words(
    """
    aberdeen bath belfast birmingham blackburn blackpool bolton bournemouth bradford brighton
    bristol cambridge canterbury cardiff carlisle chelmsford chester colchester coventry crawley
    derby doncaster dublin dundee durham edinburgh exeter glasgow gloucester guildford halifax
    harrogate huddersfield hull inverness ipswich lancaster leeds leicester lincoln liverpool
    london luton maidstone manchester middlesbrough milton newcastle newport northampton norwich
    nottingham oldham oxford peterborough plymouth portsmouth preston reading rochdale rotherham
    salford sheffield southampton stockport stoke sunderland swansea swindon wakefield walsall
    warrington watford wigan wolverhampton worcester york cork galway limerick waterford
    atlanta austin baltimore boston buffalo charlotte chicago cincinnati cleveland columbus dallas
    dayton denver detroit houston indianapolis jacksonville memphis miami milwaukee minneapolis
    nashville orlando philadelphia phoenix pittsburgh portland sacramento seattle springfield
    tampa toronto vancouver calgary ottawa montreal winnipeg edmonton halifax sydney melbourne
    brisbane perth adelaide canberra hobart auckland wellington christchurch hamilton dunedin
    johannesburg durban pretoria mumbai delhi bangalore chennai kolkata hyderabad pune
    """
)

# Words that end a street name.
STREET_TYPES = (
    r"street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|crescent|cres|way|court|ct|place|pl"
    r"|boulevard|blvd|terrace|grove|gardens|square|sq|parade|mews|row|hill|rise|green|circle"
    r"|highway|hwy|parkway|pkwy|trail|wynd|croft|fold|vale|meadows?|chase|walk"
)

# Famous streets that are talked about, not lived on.
FAMOUS_STREETS = words(
    "coronation sesame wall downing abbey penny baker oxford regent bond carnaby grafton"
)
