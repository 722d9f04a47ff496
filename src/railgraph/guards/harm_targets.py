"""What the harm detector looks for: harmful targets by category and tier.

A target is a harmful action with its object ("build a pipe bomb", "hack into an
account") or a harmful subject ("explosives", "malware"). The words are data
(``vocab/harm.yaml``: the idea of each group and the provenance of each term); the
patterns here say how they combine. Three tiers per category, read by
:mod:`railgraph.guards.harm`:

- :data:`ALWAYS` is flagged whatever the framing;
- :data:`CAPABILITY` needs a request framing of any strength;
- :data:`TOPIC` needs a strong request framing ("how to", "step-by-step").

A pattern built with :func:`needing` also records the words of its object in
:data:`NEEDS`, so the detector can skip it cheaply when no object word occurs.
"""

from __future__ import annotations

import re

from railgraph.guards.vocab import load as load_vocabulary

__all__ = ["ALWAYS", "CAPABILITY", "NEEDS", "TOPIC", "VOCAB", "needing", "rx"]

# Between two words: whitespace or spacers; possibly nothing once letter-spacing is collapsed.
_SEP = r"[\s*_~\-]*"
# Up to n arbitrary words, each followed by a real separator.
_FILL = r"(?:[\w'-]+,?[\s*_~]+){{0,{n}}}"
_WORD = r"(?:[\w'-]+,?[\s*_~]+)"


def rx(source: str) -> re.Pattern[str]:
    """Compile a pattern where a literal space is a word separator and ``<fN>`` N filler words."""
    for n in range(1, 9):
        source = source.replace(f"<f{n}>", _FILL.format(n=n).replace(" ", ""))
    # A filler word ends at a real separator: letting it end anywhere would split words
    # every possible way and cost quadratic backtracking.
    source = source.replace(r"(?:\w+ )", _WORD)
    source = source.replace("[- ]?", "[- ]").replace("[- ]", _SEP)
    return re.compile(source.replace(" ", _SEP))


VOCAB = load_vocabulary("harm")


# --- shared vocabulary -------------------------------------------------------------------
# The words are data (vocab/harm.yaml: each group's idea and each term's provenance); the
# patterns say how they combine.

_PERSON = VOCAB.alt("person")
_MINOR = VOCAB.alt("minor")
_SEXUAL = VOCAB.alt("sexual")
_GROUP = VOCAB.alt("group")
_SLUR_OR_DEHUMANISE = VOCAB.alt("dehumanise")
_CREATE = VOCAB.alt("create")

# Making, as opposed to obtaining: buying a hunting rifle is legal in many places.
_MAKE = VOCAB.alt("make")
# Writing or releasing software.
_CODE = VOCAB.alt("code")
_A = "(?:" + VOCAB.alt("modifiers") + " )*"

# A pattern can also need one of the words of a later part (its object), which lets
# a pattern that starts with a common verb ("make", "get") be skipped cheaply.
NEEDS: dict[str, str] = {}
_SLUR_KEYS = (
    "(?:subhuman|sub|vermin|parasite|cockroach|rats|animals|savage|inferior|filth|disease|scum"
    "|plague|cancer|invaders|apes|monkeys|untermensch|degenerate|should|must|need|deserve)"
)


_VIOLENT_VERBS = "(?:kill|murder|shoot|stab|bomb|poison|strangle|hurt|attack|blow)"
# Idioms of "steal" that take nothing from anyone ("steal the show", "steal a base").
_NOT_THEFT = (
    r"(?! (?:the (?:show|spotlight|limelight|scene|moment|thunder)|a (?:base|glance|kiss|look|march)"
    r"|bases|home plate|second base|third base|(?:my|his|her|your|their|someone'?s) (?:heart|thunder)"
    r"|(?:some |a little |more |a bit of )?time|a moment|a nap|a few minutes"
    r"|hearts|the hearts?)\b)"
)


def needing(source: str, objects: str) -> str:
    """``source``, recorded as needing one of the words that start ``objects``."""
    NEEDS[source] = objects
    return source


# --- targets ------------------------------------------------------------------------------

_EXPLOSIVE = VOCAB.alt("explosives")
_WEAPON = VOCAB.alt("weapons")
_MALWARE = VOCAB.alt("malware")
# The same subjects where they are only talked about: no everyday senses ("a virus",
# "rats", "an exploit of the GPU").
_MALWARE_TOPIC = VOCAB.alt("malware_topic")
_DRUG = VOCAB.alt("drugs")
_COUNTERFEIT = VOCAB.alt("counterfeits")

# A capability verb phrase: for each category, actions aimed at a harmful object.
CAPABILITY: dict[str, tuple[str, ...]] = {
    "violence": (
        needing(rf"\b{_CREATE} {_A}<f2>{_EXPLOSIVE}\b", _EXPLOSIVE),
        needing(
            rf"\b{_MAKE} {_A}<f2>{_WEAPON}\b(?! (?:in|for) (?:a |the )?(?:game|novel|story|film))",
            _WEAPON,
        ),
        r"\b(?:bomb|explosives?|weapons?)[- ]?making\b",
        rf"\b(?:cause|causing|inflict\w*|do|doing|deal\w*) (?:\w+ ){{0,2}}(?:harm|injur\w*|pain"
        rf"|suffering|death|deaths|casualt\w*|damage|bodily \w+) (?:to|on|upon|for) {_PERSON}\b",
        r"\b(?:bioweapons?|biological weapons?|chemical weapons?|nerve (?:agents?|gas)|sarin|ricin"
        r"|anthrax|weapons? of mass destruction|agents? of mass destruction|wmds?|dirty bombs?|toxic gas"
        r"|poison gas|nuclear (?:bombs?|devices?))\b",
        r"\b(?:torture|abduction|kidnapping|murder|killing|assassination|rape|beating|lynching)"
        r" of (?:a |an |the |my |your )?(?:specific |real |particular )?(?:person|people|someone"
        r"|child|children|woman|women|man|men|individual|family|neighbou?r)\b",
        r"\b(?:tamper\w* with|sabotag\w*|disabl\w*|cut(?:ting)?|loosen\w*) (?:\w+ ){0,2}(?:brakes?"
        r"|brake lines?|steering|airbags?|smoke detectors?|gas lines?)\b",
        r"\b(?:(?:antibiotic|drug|vaccine)[- ]resistant (?:\w+ )?(?:bacteria|strains?|pathogens?"
        r"|bugs)|gain[- ]of[- ]function|enhanc\w* (?:\w+ )?(?:transmissibility|virulence|lethality)"
        r"|weaponi[sz]ed (?:\w+ )?(?:bacteria|virus\w*|pathogens?|anthrax|smallpox))\b",
        r"\b(?:acts? of (?:violence|terror\w*)|commit\w* (?:\w+ )?(?:violence|terror\w*)"
        r"|violence against|hit[- ]and[- ]run|run (?:\w+ )?over (?:people|someone|pedestrians))\b",
        rf"(?<!without\s)(?<!not\s)(?<!avoid\s)\b(?:kill|killing|murder\w*|assassinat\w*|strangle"
        rf"|strangl\w*|stab|stabbing"
        rf"|shoot|shooting|slaughter\w*|behead\w*|massacre|torture|torturing|maim|maiming|hurt"
        rf"|hurting|harm|harming|injure|injuring|attack|attacking|assault|assaulting|beat up"
        rf"|beating up|poison|poisoning|drown|suffocat\w*|kidnap(?!p?ers?\b)\w*|abduct\w*|run over|dispose of"
        rf"|eliminate|lynch\w*|mutilat\w*|burn|set fire to) (?:and \w+ )?"
        rf"{_PERSON}\b",
        r"\b(?:commit|carry out|plan|planning|execute|perpetrate|stage|launch|organi[sz]e"
        r"|coordinate|conduct) (?:a |an )?(?:\w+ )?(?:terror(?:ist)? attacks?|terrorism|mass"
        r" (?:shootings?|murders?|killings?|casualt\w*)|school shootings?|shooting spree"
        r"|massacres?|bombings?|genocide|ethnic cleansing|hate crimes?|violent attacks?"
        r"|attacks? on (?:civilians|a crowd|a school|a church|a mosque|a synagogue|a concert))",
        r"\b(?:shoot up|bomb|blow up|attack|set fire to|burn down|derail|sabotage|poison)"
        r" (?:a |an |the )?(?:\w+ )?(?:school|church|mosque|synagogue|temple|concert|crowd"
        r"|stadium|airport|airplane|plane|train|subway|bus|building|government building|office"
        r"|hospital|mall|bridge|power (?:grid|plant|station)|water (?:supply|treatment)"
        r"|reservoir|pipeline|embassy|parliament|city|festival|parade|event|infrastructure)\b",
        r"\b(?:join|recruit\w*|fund|funding|finance|financing|support) (?:for )?(?:a |an |the )?"
        r"(?:terror(?:ist)? (?:group|organi[sz]ation|cell|network)s?|isis|al[- ]?qaeda|jihad\w*"
        r"|extremist (?:group|organi[sz]ation)s?|militia)",
        r"\b(?:radicali[sz]\w*|incite violence|glorif\w* (?:violence|terror\w*|war|mass)"
        r"|incit\w* (?:\w+ )?(?:violence|riots?|attacks?|terror\w*|chaos|unrest|panic|hatred)"
        r"|encourag\w* (?:\w+ )?"
        r"(?:violence|terror\w*|attacks?))\b",
        r"\b(?:convert|modify|turn) (?:a |an |my )?(?:\w+ )?(?:rifle|gun|pistol|firearm|ar-?15)"
        r" (?:\w+ )?(?:to|into) (?:a |an )?(?:fully )?(?:automatic|machine gun|full[- ]auto)",
        r"\b(?:untraceable|ghost|3d[- ]printed) (?:guns?|firearms?|weapons?)",
        r"\bweaponi[sz]\w*",
        r"\b(?:animal cruelty|torture animals|abuse (?:animals|a pet|pets|a dog|a cat))",
        r"\b(?:threaten(?:ing)?|threat(?:ening)? (?:letter|message|note|email)s?) (?:to )?"
        r"(?:kill|hurt|harm|bomb|shoot|attack)",
    ),
    "hate": (
        r"\b(?:promot\w*|incit\w*|encourag\w*|spread\w*|fuel\w*|stir\w* up|glorif\w*|justif\w*"
        r"|advocat\w*|endors\w*|celebrat\w*|fan\w*|normali[sz]\w*) (?:\w+ ){0,3}(?:hatred|hate"
        r"|racism|racist \w+|bigotry|discrimination|xenophobia|antisemitism|anti-semitism"
        r"|islamophobia|homophobia|transphobia|misogyny|sexism|white supremacy|supremacist \w+"
        r"|nazism|genocide|ethnic cleansing|segregation|intolerance|prejudice"
        r"|violence against|bullying|harassment|cyber-?bullying)\b",
        r"\b(?:racist|sexist|homophobic|transphobic|antisemitic|anti-semitic|islamophobic"
        r"|xenophobic|hateful|bigoted|derogatory|demeaning|dehumani[sz]ing|discriminatory"
        r"|misogynistic|supremacist|nazi|neo-nazi|hate) (?:jokes?|slurs?|remarks?|comments?|content"
        r"|messages?|speech|propaganda|rants?|posts?|tweets?|insults?|essays?|articles?|manifesto"
        r"|songs?|lyrics|poems?|memes?|stories|story|website|blog|pamphlets?|flyers?|material"
        r"|rhetoric|ideology|language|statements?)",
        r"\bhate[- ]speech\b",
        r"\b(?:holocaust|genocide|slavery)\w* (?:\w+ ){0,3}(?:never happened|was (?:a )?(?:hoax|fake"
        r"|myth|lie|good|justified)|is (?:a )?(?:myth|hoax|lie)|(?:was|is|were) exaggerated)"
        r"|\b(?:holocaust denial|deny\w* (?:the )?holocaust)\b",
        r"\b(?:gaslight\w*|emotionally abus\w*|psychologically abus\w*|brainwash\w*) (?:\w+ ){0,2}"
        r"(?:my|someone|somebody|a|her|him|them|people|partner|spouse|wife|husband|child|kids?)\b",
        rf"\b(?:dehumani[sz]\w*|demean\w*|degrad\w*|insult\w*|mock\w*|ridicul\w*|vilif\w*"
        rf"|makes? fun of|making fun of|pok\w* fun at|laugh\w* at"
        rf"|demoni[sz]\w*|stereotyp(?:e|ing)|discriminat\w*(?: against)?|harass\w*|bully\w*|target\w*"
        rf"|attack\w*|exclud\w*|segregat\w*|persecut\w*|belittl\w*|disparag\w*|slur\w*|hate"
        rf"|hating|humiliat\w*|intimidat\w*|threaten\w*|oppress\w*) (?:\w+ ){{0,3}}{_GROUP}\b",
        needing(rf"\b{_GROUP} (?:are|is|as|being) (?:\w+ ){{0,2}}{_SLUR_OR_DEHUMANISE}", _SLUR_KEYS),
        needing(rf"\b{_GROUP} {_SLUR_OR_DEHUMANISE}", _SLUR_KEYS),
        needing(
            rf"\b(?:why|that|how) {_GROUP} (?:are|is) (?:\w+ )?(?:inferior|stupid|evil|dangerous"
            rf"|criminals?|lazy|dirty|less intelligent|genetically)",
            "(?:inferior|stupid|evil|dangerous|criminal|lazy|dirty|less|genetically)",
        ),
        r"\b(?:cyber-?bully\w*|harass\w*|bully\w*|stalk\w*|dox+\w*|troll\w*|humiliat\w*"
        r"|intimidat\w*|torment\w*|shame|shaming|body-?shame\w*) (?:\w+ ){0,2}"
        r"(?:someone|somebody|a person|people|him|her|them|my|a (?:classmate|coworker|student"
        r"|girl|boy|kid|child|teen|woman|man|user|celebrity|journalist|streamer)|others|online"
        r"|on (?:social media|twitter|facebook|instagram|tiktok)|into)\b",
        r"\b(?:cyber-?bully\w*|cyber-?stalk\w*|harassment campaign|hate campaign|doxx\w*|doxing)\b",
    ),
    "sexual": (
        r"\b(?:explicit|graphic(?! novels?\b)|hardcore|x-rated|pornographic|raunchy|steamy|nsfw) (?:\w+ )?"
        r"(?:sex\w*|erotic\w*|scenes?|stor(?:y|ies)|content|descriptions?|images?|pictures?"
        r"|photos?|videos?|material|fan ?fic\w*|roleplay|role-play|poems?|novel|chat)",
        r"\b(?:erotic|sex|porn\w*) (?:stor(?:y|ies)|scenes?|novel|fan ?fic\w*|roleplay|role-play"
        r"|chat|videos?|images?|pictures?|content|script|film|movie)",
        r"\b(?:describe|write|depict|narrate) (?:\w+ ){0,6}(?:having sex|sex scene|sexual"
        r" (?:acts?|intercourse|encounter|fantas\w*)|intercourse|oral sex|orgasm\w*|masturbat\w*"
        r"|naked bodies|genitals?)",
        r"\b(?:revenge porn|non-?consensual (?:porn\w*|images?|videos?|sex\w*|intimate \w+)"
        r"|deep ?fake (?:porn\w*|nudes?|sex\w*)|sextort\w*|nudes? of (?:my|her|him|someone|a)"
        r"|undress (?:her|him|someone|a)|sexual(?:ly)? (?:assault|coerc|exploit)\w* (?:\w+ )?"
        r"(?:someone|her|him|a|people|women|girls))",
        r"\b(?:rape|raping|drug and rape|date[- ]rape)\b(?! (?:crisis|survivors?|victims?"
        r"|counsel\w*|hotline|kits?|statistics|prevention|culture|allegations?))",
        rf"\b(?:molest\w*|sexually abus\w*|rap(?:e|ing)|groom\w*|abus\w* sexually) (?:\w+ )?{_MINOR}\b",
        r"\b(?:pos\w*|pretend\w*|masquerad\w*) (?:as|to be) (?:a |an )?(?:minor|child|kid|teen\w*"
        r"|\d+[- ]?year[- ]?old)",
        r"\b(?:prostitut\w*|escort services?|sex trafficking|traffic\w* (?:\w+ )?(?:women|girls"
        r"|for sex))",
    ),
    "self_harm": (
        r"\b(?:commit(?:ting)?|attempt(?:ing)?) suicide\b",
        r"\b(?:kill(?:ing)?|hang(?:ing)?|hurt(?:ing)?|harm(?:ing)?|cut(?:ting)?|burn(?:ing)?"
        r"|starv(?:e|ing)|poison(?:ing)?|injur(?:e|ing)|shoot(?:ing)?|drown(?:ing)?|overdos\w*"
        r"|strangl(?:e|ing)|chok(?:e|ing)|stab(?:bing)?|electrocut(?:e|ing)|bleed(?:ing)?|gas(?:sing)?"
        r"|suffocat\w*|punish(?:ing)?) (?:my ?self|your ?self|one ?self|them ?selves|him ?self"
        r"|her ?self)\b",
        r"\b(?:end|take|ending|taking) (?:my|your|one's|their|his|her) (?:own )?li(?:fe|ves)\b",
        r"\b(?:self[- ]?harm\w*|self[- ]?injur\w*|self[- ]?mutilat\w*|cutting (?:my|your) "
        r"(?:wrists?|arms?|legs?|skin)|slit\w* (?:my|your|the|their) wrists?)",
        r"\bsuicide (?:methods?|notes?|pacts?|plans?|kits?|bags?|guide|instructions)\b",
        r"\b(?:painless|quick|quickest|easiest|easy|best|surest|reliable|lethal|fastest|simplest"
        r"|cleanest|peaceful|most effective|least painful) (?:\w+ )?"
        r"(?:ways?|methods?|means) to (?:die|end it|kill (?:my|your)self|commit suicide)\b",
        r"\b(?:lethal (?:dose|amount|overdose)s?|how many \w+ (?:\w+ ){0,3}to (?:die|overdose|kill)"
        r"|overdose on)\b",
        r"\b(?:promot\w*|encourag\w*|glorif\w*|romantici[sz]\w*|normali[sz]\w*|celebrat\w*)"
        r" (?:\w+ ){0,5}(?:suicide|self[- ]?harm\w*|self[- ]?injur\w*|anorexi\w*|bulimi\w*"
        r"|eating disorders?|starvation|pro-?ana|cutting|purging)",
        r"\b(?:pro[- ]?ana|pro[- ]?mia|thinspiration|thinspo)\b",
        r"\b(?:hide|hiding) (?:my |your )?(?:\w+ )?(?:cuts|cutting|scars|self[- ]?harm\w*|eating disorder"
        r"|anorexia|bulimia|weight loss) from(?! (?:my |the |an? |his |her )?(?:surgery|operation"
        r"|accident|c-?section|acne|chicken ?pox|injury|burn|tattoo|piercing))",
    ),
    "illegal": (
        # hacking and malware
        needing(rf"\b{_CODE} {_A}<f3>{_MALWARE}\b", _MALWARE),
        r"\b(?:hack\w*|sneak\w*) (?:in ?to|into)\b",
        r"\b(?:gain\w*|get\w*|obtain\w*|grant\w*) (?:\w+ )?(?:unauthori[sz]ed|illegal|illicit|secret"
        r"|covert|backdoor|root|admin) access\b",
        r"\bbreak\w* (?:in ?to|into) (?:a |an |the |my |his |her |their |someone'?s? |people'?s? )?"
        r"(?:\w+ )?(?:house|home|homes|cars?|building|apartment|store|shop|bank|safe|vault|office"
        r"|school|accounts?|systems?|networks?|computers?|phones?|servers?|databases?|emails?"
        r"|websites?|atms?|locations?|property|properties|facilit(?:y|ies)|premises|warehouses?)\b",
        r"\btrespass\w*",
        r"\bhack(?:ing|s|ed)? (?:a |an |the |my |his |her |their |someone'?s? |somebody'?s? |any |"
        r"other people'?s? )?(?:\w+ ){0,2}(?:accounts?|emails?|phones?|computers?|networks?|servers?"
        r"|databases?|systems?|websites?|sites?|wifi|wi-fi|routers?|cameras?|webcams?|bank\w*"
        r"|government|company|corporat\w*|instagram|facebook|snapchat|twitter|whatsapp|gmail"
        r"|icloud|iphone|android|devices?|cars?|grid|voting machines?|elections?|atms?|apps?"
        r"|passwords?)\b",
        r"\b(?:crack\w*|brute[- ]?forc\w*|guess\w*|bypass\w*|circumvent\w*|defeat\w*|disabl\w*"
        r"|evad\w*|get\w* around|break\w*) (?:\w+ ){0,3}(?:passwords?|passcodes?|authentication"
        r"|2fa|two-factor|mfa|encryption|drm|paywalls?|licen[cs]e (?:keys?|checks?)|firewalls?"
        r"|antivirus|anti-virus|security (?:measures?|systems?|controls?|software|protocols?"
        r"|cameras?|checks?)|captchas?|login|locks?|alarms?|detection|intrusion detection"
        r"|content filters?|age verification|kyc|background checks?|drm|digital rights management"
        r"|copy protection)\b",
        r"\b(?:steal|steals|stealing|exfiltrat\w*|harvest\w*|sniff\w*|intercept\w*|scrap\w*"
        r"|dump\w*|siphon\w*|grab\w*|phish\w*) (?:\w+ ){0,3}(?:passwords?|credentials|logins?"
        r"|login (?:details|credentials|info\w*)|cookies|session tokens?|credit card\w*"
        r"|card (?:numbers|details|data)|bank (?:details|accounts?|info\w*)|personal (?:data"
        r"|info\w*|details)|sensitive (?:data|info\w*)|private (?:data|info\w*|keys?|photos?)"
        r"|confidential (?:data|info\w*|documents?)|user data|customer data|data|info\w*|identit"
        r"\w*|social security numbers?|ssns?|emails?|trade secrets|intellectual property|crypto\w*"
        r"|bitcoin|wallets?|keys?|files|documents?|records|secrets)\b",
        r"\b(?:ddos|denial[- ]of[- ]service|phishing|spear[- ]?phishing|ransomware attack"
        r"|cyber[- ]?attacks?|den(?:y|ies|ying) (?:\w+ )?access|sql injection|cross[- ]site scripting"
        r"|man[- ]in[- ]the[- ]middle"
        r"|keylogg\w*|cryptojack\w*|credential stuffing|sim[- ]swap\w*|spoof\w*|wiretap\w*"
        r"|eavesdrop\w*|spy on|install spyware|track (?:someone|my|her|his)\w* (?:\w+ )?"
        r"(?:phone|location|car))\b",
        r"\bexploit\w* (?:\w+ ){0,3}(?:vulnerabilit\w*|flaws?|bugs?|weakness\w*|loopholes?"
        r"|security holes?|zero[- ]?days?|systems?|software|servers?|networks?)",
        r"\b(?:infect\w*|compromis\w*|take (?:over|control of)|hijack(?!p?ers?\b)\w*|disrupt\w*|shut\w* down"
        r"|cripple|crash\w*|disable|sabotag\w*|paralyz\w*|wipe|corrupt\w*|encrypt\w*) (?:\w+ ){0,3}"
        r"(?:computers?|networks?|systems?|servers?|devices?|machines?|infrastructure|power grid"
        r"|grids?|databases?|websites?|files|transportation|traffic|hospitals?|bank\w*|accounts?"
        r"|supply chain|operations|elections?|voting|cars?|vehicles?|self-driving \w+|webcams?"
        r"|cameras?|drones?|planes?|aircraft|control systems?|business\w*|competitors?"
        r"|reputations?|facilit(?:y|ies)|agenc(?:y|ies)|government \w+)\b",
        # theft, fraud, deception
        r"\b(?:steal|steals|stealing|shoplift\w*|burglar\w*|loot\w*|embezzl(?!p?ers?\b)\w*"
        r"|pickpocket\w*|swindl\w*|con|conning|defraud\w*|extort\w*|blackmail(?!p?ers?\b)\w*|bribe|bribing"
        r"|launder\w*|scam(?!p?ers?\b)\w*|impersonat\w*|catfish\w*|kidnap(?!p?ers?\b)\w*"
        r"|smuggl(?!p?ers?\b)\w*|traffick(?!p?ers?\b)\w*"
        r"|infiltrat\w*|spam+(?:ing|er|ers|s)?|spambots?|sabotag\w*|hijack(?!p?ers?\b)\w*|wiretap\w*"
        r"|cyber-?stalk\w*|contraband"
        r"|poach(?!p?ers?\b)\w*|vandali[sz]\w*|hotwire|carjack\w*|pick(?:ing)? (?:a |the )?lock)"
        r"\b(?! (?:detection|prevention|the process)\b)" + _NOT_THEFT,
        r"\b(?:commit\w*|engag\w* in|carry\w* out|get away with|run\w*|operat\w*|set\w* up|start"
        r"\w*|organi[sz]\w*|conduct\w*) (?:a |an )?(?:\w+ )?(?:fraud\w*|crimes?|scams?|theft|heists?"
        r"|robber(?:y|ies)|burglar(?:y|ies)|arson|insider trading|tax evasion|tax fraud"
        r"|identity theft|money laundering|ponzi|pyramid scheme|embezzlement|extortion|murder"
        r"|piracy|cybercrime|crime spree|illegal \w+|hit and run|vandalism|larceny|forgery|perjury"
        r"|espionage|sabotage|smuggling|trafficking|bribery|poaching|insurance fraud)",
        r"\b(?:identity theft|money laundering|insider trading|tax evasion|evade taxes|avoid paying"
        r" taxes|tax fraud|insurance fraud|credit card fraud|wire fraud|bank fraud|mail fraud"
        r"|securities fraud|election fraud|voter fraud|ponzi scheme|pyramid scheme|pump and dump"
        r"|market manipulation|price[- ]fixing|ransom note|extortion letter|fake charity"
        r"|advance[- ]fee|romance scam|counterfeiting)\b",
        needing(rf"\b{_CREATE} {_A}<f2>{_COUNTERFEIT}\b", _COUNTERFEIT),
        rf"\b{_COUNTERFEIT}\b",
        r"\b(?:fake|false|fraudulent|bogus|fabricated|misleading|deceptive|phony|made-up|invented"
        r"|phantom|non-?existent) (?:\w+ )?"
        r"(?:news|reviews?|news (?:stor(?:y|ies)|articles?|reports?)|stor(?:y|ies)|articles?"
        r"|claims?|information|evidence|accounts?|profiles?|identit(?:y|ies)|charit(?:y|ies)"
        r"|donations?|medical (?:advice|claims?|cures?)|cures?|testimonials?|ratings?|emails?"
        r"|websites?|reports?|statistics|data|research|studies|study|abstracts?|papers?|surveys?|results"
        r"|alibis?|insurance claims?"
        r"|documents?|records?|invoices?|personas?|social media accounts?|events?|protests?"
        r"|online stores?|shops?|businesses|companies|company|dependents|deductions|expenses"
        r"|injur(?:y|ies)|losses|damages|employees|tax returns?|w-?2s?|press releases?|announcements?"
        r"|headlines?|obituar(?:y|ies)|screenshots?|alerts?|emergency \w+|appeals?|fundraisers?"
        r"|posts?|tweets?|messages?|letters?|notices?|statements?|texts?|calls?|diagnos\w*|illness\w*"
        r"|warnings?|police \w+|government \w+"
        r"|pregnanc\w*|deaths?|kidnappings?|emergenc\w*|quotes?"
        r"|gofundme\w*|crowdfunding \w+)",
        r"\b(?:falsif\w*|fabricat\w*|forg(?:e|es|ed|ing)|doctor\w*|tamper\w* with|alter\w*)"
        r" (?:\w+ ){0,2}(?:records?|documents?|evidence|data|results|reports?|receipts?"
        r"|signatures?|test results|transcripts?|invoices?|books|accounts|statements?|votes?)\b",
        r"\bwithout (?:their |the user'?s? |users'? |the owner'?s? |anyone'?s? |his |her |people'?s? )?"
        r"(?:consent|knowledge|permission|authori[sz]ation|them knowing|being noticed)\b",
        r"\bconceal\w* (?:\w+ ){0,2}(?:criminal|illegal|illicit|crimes?|evidence|income|assets"
        r"|money|profits|identity|activit\w*)\b",
        r"\b(?:spread\w*|promot\w*|generat\w*|creat\w*|writ\w*|publish\w*|post\w*|disseminat\w*"
        r"|claim\w*|insist\w*|argu\w*|pretend\w*)"
        r" (?:\w+ ){0,3}(?:misinformation|disinformation|propaganda|conspiracy theor\w*|hoax\w*"
        r"|lies|rumou?rs|falsehoods|panic|fear and panic|hysteria|defamat\w*|libel\w*|slander\w*"
        r"|smear)",
        r"\bmislead\w* (?:\w+ ){0,2}(?:the public|consumers|customers|voters|people|investors"
        r"|patients|readers|users|the market|regulators|authorities)\b",
        r"\b(?:unsolicited|unwanted) (?:\w+ )?(?:messages|emails|texts|calls|advertis\w*)\b",
        r"\b(?:crash\w* (?:the |a )?(?:stock )?market|cause (?:\w+ )?(?:market |stock market )?crash)\b",
        r"\btarget\w* (?:\w+ ){0,2}vulnerable (?:\w+ )?(?:people|populations?|individuals|groups"
        r"|users|children|elderly|seniors|communities)\b",
        r"\bexploit\w* (?:\w+ ){0,2}(?:insecurit\w*|fears|emotions|trust|loneliness|grief"
        r"|addiction|desperation|poverty|naivety)\b",
        r"\b(?:defam(?:e|es|ed|ing)\b|defamatory|libell?(?:ing|ed|ous)\b|slander(?:ing|ed|ous)\b"
        r"|smear campaign|discredit\w*|ruin (?:\w+ ){0,2}"
        r"reputation|damag\w* (?:\w+ ){0,2}reputation)",
        r"\b(?:manipulat\w*|rig\w*|influenc\w*|interfer\w* with|tamper\w* with|sway|steal)"
        r" (?:\w+ ){0,3}(?:elections?|votes?|voting|voters|ballots?|polls?|stock (?:prices?"
        r"|markets?)|markets?|financial markets|jury|juries|witness\w*|evidence|results)",
        r"\b(?:manipulat\w*|trick\w*|coerc\w*|gaslight\w*|brainwash\w*|pressur\w*|groom\w*"
        r"|exploit\w*|(?:con|cons|conning|conned|convinc\w*|confus\w*)\b|deceiv\w*|lure\w*)"
        r" (?:\w+ ){0,3}(?:people|someone|somebody|a person"
        r"|vulnerable|elderly|seniors|old people|children|kids|minors|victims?|users|customers"
        r"|investors|others|them|him|her|my \w+|an? individuals?|individuals|person|persons"
        r"|widows?|widowers?|grand\w+|lonely \w+|old \w+|elderly \w+|sick \w+|disabled \w+"
        r"|strangers|patients|tenants|immigrants) (?:into|to|using|with)\b",
        r"\b(?:cheat\w*|plagiari[sz]\w*) (?:on|in|at|during)? ?(?:\w+ )?(?:exams?|tests?|quiz\w*"
        r"|assignments?|homework|essays?|taxes|my \w+|an? \w+ (?:exam|test))",
        # drugs
        needing(rf"\b{_CREATE} {_A}<f2>{_DRUG}\b", _DRUG),
        rf"\b(?:sell\w*|deal\w*|push\w*|traffic\w*|smuggl(?!p?ers?\b)\w*|distribut\w*|ship\w*|mail\w*"
        rf"|transport\w*|import\w*|move|moving|buy\w*|purchas\w*|acquir\w*|obtain\w*|get|score)"
        rf" {_A}(?:\w+ )?{_DRUG}\b",
        rf"\b{_DRUG} (?:lab|trafficking|dealing|smuggling|cartel|ring|empire|operation"
        rf"|manufactur\w*|production|synthesis|recipe)s?\b",
        rf"\b{_DRUG} (?:\w+ ){{0,4}}(?:synthesi[sz]ed|made|cooked|manufactured|produced|grown"
        rf"|brewed|extracted)\b",
        r"\b(?:drug|narcotics?) (?:trafficking|smuggling|dealing|cartel|mule|lab|ring|empire)s?\b",
        r"\b(?:spike|spiking|lace|lacing|drug|drugging) (?:a |someone'?s? |her |his |their |my )?"
        r"(?:\w+ )?(?:drinks?|food|coffee|someone|her|him|them)\b",
        # evading law enforcement
        r"\b(?:evad\w*|avoid\w*|escap\w*|elud\w*|outrun\w*|hid\w*|fool\w*|trick\w*|bypass\w*"
        r"|circumvent\w*"
        r"|deceiv\w*|get\w* past|slip\w* past) (?:from )?(?:the )?(?:police|cops|law enforcement"
        r"|authorities|feds|fbi|dea|interpol|customs|border (?:patrol|control|agents?|security)"
        r"|airport security|tsa|security checks?|detection|surveillance|capture|arrest|prosecution"
        r"|investigators|a police \w+|drug (?:tests?|dogs)|breathalyzers?|speed cameras?"
        r"|the law|justice|taxes|sanctions|background checks?|censorship|prison|jail|custody"
        r"|correctional \w+|witnesses|(?:my |an |the )?(?:arrest )?warrants?|extradition|a subpoena)\b",
        r"\bwithout (?:getting|being) (?:caught|detected|noticed|traced|tracked|arrested"
        r"|found out|identified)\b",
        r"\b(?:not get caught|never get caught|(?:not|never) get (?:arrested|charged|sued|in trouble)"
        r"|untraceabl\w*|cover (?:my|your|their|up"
        r" the) tracks|leav\w* no (?:trace|evidence)|destr\w* (?:of )?(?:the )?evidence|dispos\w* of"
        r" (?:a |the )?(?:bod(?:y|ies)|corpse|evidence|murder weapon)|hid\w* (?:a |the )?"
        r"(?:bod(?:y|ies)|corpse|evidence|murder weapon|crime))\b",
        r"\b(?:obstruct\w* justice|tamper\w* with evidence|intimidat\w* (?:a )?witness\w*"
        r"|perjury|lie under oath|jury tamper\w*|bribe (?:a |an |the )?(?:official|judge|police"
        r"|cop|officer|politician|inspector))",
        # other dangerous or illegal behaviour frequently requested
        r"\b(?:drunk driving|drink(?:ing)? and driv\w*|driv\w* (?:drunk|under the influence"
        r"|while (?:drunk|intoxicated|high))|reckless driving|street racing)\b",
        r"\b(?:encourag\w*|promot\w*|glorif\w*|convinc\w*|persuad\w*|pressur\w*|dar\w*)"
        r" (?:\w+ ){0,3}(?:dangerous|risky|reckless|illegal|harmful|unsafe|criminal|violent)"
        r" (?:behaviou?rs?|activit\w*|acts?|stunts?|challenges?|things|trends?|practices?)",
        r"\b(?:encourag\w*|promot\w*|glorif\w*) (?:\w+ ){0,3}(?:drug use|using drugs|drug abuse"
        r"|(?:illegal |illicit |recreational )?drugs|steroids|experimenting with drugs"
        r"|drinking|alcohol abuse|binge drinking|gambling|gang|crime|criminal|illegal)",
        r"\b(?:organ trafficking|(?:sell\w*|buy\w*|harvest\w*|traffic\w*) (?:\w+ ){0,2}(?:human )?"
        r"organs|human organs)\b",
        r"\b(?:poach\w*|endangered species|ivory|animal trafficking|wildlife trafficking)\b",
        r"\b(?:invade|invading|violat\w*|breach\w*) (?:\w+ ){0,2}(?:privacy|data protection"
        r"|copyright|security)",
        r"\b(?:spy|spies|spying) on\b",
        # privacy: locating or exposing a private person (doxxing)
        r"\b(?:find|get|look up|dig up|track down|obtain|reveal|publish|post|leak|share|expose"
        r"|locate) (?:\w+ ){0,3}(?:home |private |personal |current |real )?(?:address(?:es)?"
        r"|phone numbers?|locations?|whereabouts|social security numbers?|medical records"
        r"|identit(?:y|ies)|real names?)\b[^.!?\n]{0,40}\b(?:of|for) (?:this|that|a|an|my|the|her"
        r"|his|some) (?:\w+ )?(?:journalist|person|woman|man|girl|guy|celebrity|ex|neighbou?r"
        r"|coworker|co-worker|streamer|influencer|politician|teacher|stranger|user|individual"
        r"|employee|activist|witness|reporter|blogger|kid|child|critic)s?\b",
        # contraband past a security check
        r"\b(?:sneak\w*|smuggl(?!p?ers?\b)\w*|get\w*|bring\w*|carry\w*|take|slip\w*) (?:\w+ ){0,3}(?:past"
        r"|through) (?:the )?(?:airport security|security (?:checks?|checkpoints?|scanners?)"
        r"|metal detectors?|customs|border (?:control|security|patrol)|tsa)\b",
        # piracy: copyrighted media obtained without paying
        r"\b(?:watch|download|get|stream|copy|rip)\w* (?:\w+ ){0,5}(?:movies?|films?|shows?"
        r"|albums?|songs?|games?|software|books?|e-?books?|series|episodes?|textbooks?|pay-?per-?view"
        r"|ppv|ufc \w+|boxing|fights?|premium channels?)"
        r" (?:\w+ ){0,4}for free\b(?! (?:legally|from (?:the |a )?(?:library|public domain)))",
        r"\btrack\w*\b (?!my\b|me\b|our\b|your\b)(?:\w+ ){0,2}(?:location|movements|whereabouts)",
        r"\b(?:pirat\w*|torrent\w*) (?:\w+ ){0,4}(?:movies?|software|music|games?|content|films?"
        r"|shows?|books?|copyrighted)",
        r"\bcopyrighted (?:material|content|works?)",
    ),
}

# A topic: harmful subject that needs a strong request framing to count.
TOPIC: dict[str, tuple[str, ...]] = {
    "violence": (
        rf"\b{_EXPLOSIVE}\b(?! (?:a |an |the |my )?(?:job )?(?:interview|test|exam|audition|presentation"
        r"|date|quiz))",
        rf"\b{_WEAPON}\b",
        r"\b(?:terror\w*|massacre|mass shooting|school shooting|assassination"
        r"|murder(?! (?:a |the |this |that )?(?:song|tune|track|karaoke|dance ?floor|workout|mystery))"
        r"|genocide"
        r"|violence|violent|torture|kidnapping|hostages?|arson|lethal|deadly)\b",
    ),
    "hate": (
        r"\b(?:racism|racist|sexism|sexist|bigot\w*|antisemit\w*|islamophob\w*|homophob\w*"
        r"|transphob\w*|xenophob\w*|white supremac\w*|nazi\w*|slurs?|harass\w*|bully\w*)\b",
    ),
    "sexual": (r"\b(?:porn\w*|erotic\w*|sexual(?:ly)? explicit|nudes?|sex scenes?|xxx|hentai|fetish\w*)\b",),
    "self_harm": (
        r"\b(?:suicid\w*|self[- ]?harm\w*|overdos\w*(?! (?:my |the |your )?(?:plants?|lawn|garden|grass|soil"
        r"|tank|pool|fish))|anorexi\w*|bulimi\w*|purging|starv\w*)\b",
    ),
    "illegal": (
        rf"\b{_MALWARE_TOPIC}\b",
        rf"\b{_DRUG}\b",
        r"\b(?:hacking|hackers?|fraud\w*|scam(?!p?ers?\b)\w*|theft|steal\w*" + _NOT_THEFT + r""
        r"|counterfeit\w*|forgery"
        r"|launder\w*|smuggl(?!p?ers?\b)\w*|traffick(?!p?ers?\b)\w*|piracy|spyware"
        r"|ponzi|embezzl(?!p?ers?\b)\w*|extort\w*|blackmail(?!p?ers?\b)\w*|bribe\w*|shoplift\w*|burglar\w*"
        r"|robbery"
        r"|crimes?|criminal|misinformation|disinformation|propaganda"
        r"|vandal\w*|poach(?!p?ers?\b)\w*|illegal(?:ly)?|illicit(?:ly)?|black[- ]market|dark ?web|darknet)\b",
    ),
}

# Always flagged, whatever the framing.
ALWAYS: dict[str, tuple[str, ...]] = {
    "sexual": (
        rf"\b{_SEXUAL}\b(?:[^.!?\n]{{0,60}})\b{_MINOR}\b",
        needing(rf"\b{_MINOR}\b(?:[^.!?\n]{{0,60}})(?<!about\s)(?<!dangers\sof\s)"
            rf"(?<!risks\sof\s)\b{_SEXUAL}\b", _SEXUAL),
        r"(?<!report\s)(?<!reporting\s)(?<!reported\s)(?<!flag\s)"
        r"\b(?:csam|child (?:porn\w*|sexual abuse material|exploitation material|erotica)"
        r"|kiddie porn|lolicon|shotacon|jailbait|pedophil\w*|paedophil\w*)\b",
    ),
    "self_harm": (
        needing(
            r"(?<!if\s)(?<!when\s)\b(?:i|i'm|im|i am|i've|i have|i'll|i will)\b (?:\w+ ){0,3}(?:want"
            r"|going|plan\w*"
            r"|decided|ready|about|trying|wanna|gonna|need) (?:to )?(?:\w+ )?(?:kill (?:my ?self"
            r"|me)|end (?:my life|it all)|die|commit suicide|hurt my ?self|cut my ?self|harm my ?self"
            r"|overdose|take my (?:own )?life|not (?:be )?(?:alive|here) anymore|disappear forever)\b",
            "(?:kill|end|die|commit|hurt|cut|harm|overdose|take|not|disappear)",
        ),
        r"(?<!if\s)(?<!when\s)\b(?:i|i'm|im|i am)\b (?:\w+ ){0,2}(?:suicidal|cutting myself"
        r"|hurting myself)\b",
    ),
    "violence": (
        needing(
            r"\b(?:i|i'm|im|i am|i'll|i will|we|we're|we will|we'll)\b (?:\w+ ){0,3}(?:want|going"
            r"|plan\w*|decided|ready|about|gonna|wanna|intend) (?:to )?(?:\w+ )?(?:kill|murder"
            r"|shoot|stab|bomb|poison|strangle|hurt|attack|blow up) (?:\w+ )?" + _PERSON + r"\b",
            _VIOLENT_VERBS,
        ),
        needing(
            r"\b(?:i(?:'ll| will)|we(?:'ll| will)|gonna) (?:\w+ )?(?:kill|murder|shoot|stab|bomb)"
            r" (?:you|u|y'all|all of you|everyone)\b",
            _VIOLENT_VERBS,
        ),
    ),
}
