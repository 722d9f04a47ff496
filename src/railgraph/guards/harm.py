"""Harmful-content detection: offline, rule-based, deterministic, sub-millisecond.

The detector looks for *requests for harmful capability* and statements of harmful
intent, not for alarming words. A category scores high when an action or intent
signal ("how do I", "step-by-step", "write a script that", "help me", "I want to")
meets a harmful target of that category ("make a bomb", "steal passwords",
"launder money"). A harmful noun on its own ("the history of the atomic bomb",
"how do police investigate fraud") stays well below the threshold, and words with
everyday senses are matched only with harmful objects ("kill the process",
"shoot a photo" and "a killer app" are not violence).

Targets come in three tiers per category:

- ``always`` — flagged whatever the framing (sexual content involving minors,
  first-person statements of intent to die or to kill someone).
- ``capability`` — a harmful action with its object ("hack into", "cook meth",
  "build a pipe bomb", "write ransomware"); flagged with any request framing.
- ``topic`` — a harmful subject ("explosives", "malware", "fraud"); flagged only
  with a strong request framing ("how to", "step-by-step instructions for").

Protective framing (prevention, protection, detection, hotlines, recovery) damps
every score, so safety questions about the same subjects pass. All matching runs
over the de-obfuscated readings of :mod:`.normalize` (leetspeak, letter spacing,
look-alike letters, encodings).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from railgraph.guards.base import Span, Verdict
from railgraph.guards.normalize import variants

__all__ = ["CATEGORIES", "HarmDetector"]

CATEGORIES: dict[str, str] = {
    "violence": "weapons, explosives, killing or hurting people, terrorism",
    "hate": "harassment, or hatred and dehumanisation of a protected group",
    "sexual": "sexual content involving minors, explicit sexual content",
    "self_harm": "suicide and self-injury methods or intent",
    "illegal": "hacking and malware, fraud and deception, theft, drugs, counterfeiting, "
    "evading law enforcement",
}
"""Categories the detector scores, with what each one covers."""

# Between two words: whitespace or spacers; possibly nothing once letter-spacing is collapsed.
_SEP = r"[\s*_~\-]*"
# Up to n arbitrary words, each followed by a real separator.
_FILL = r"(?:[\w'-]+,?[\s*_~]+){{0,{n}}}"
_WORD = r"(?:[\w'-]+,?[\s*_~]+)"


def _rx(source: str) -> re.Pattern[str]:
    """Compile a pattern where a literal space is a word separator and ``<fN>`` N filler words."""
    for n in range(1, 9):
        source = source.replace(f"<f{n}>", _FILL.format(n=n).replace(" ", ""))
    # A filler word ends at a real separator: letting it end anywhere would split words
    # every possible way and cost quadratic backtracking.
    source = source.replace(r"(?:\w+ )", _WORD)
    source = source.replace("[- ]?", "[- ]").replace("[- ]", _SEP)
    return re.compile(source.replace(" ", _SEP))


def _alt(*words: str) -> str:
    return "(?:" + "|".join(words) + ")"


# --- request and intent framing --------------------------------------------------------

_WHO = r"(?:i|we|you|one|someone|somebody|a person|people|anyone|u|1)"  # "1": leet for "i"
_STRONG_INTENT = _rx(
    r"\b(?:how (?:to|do|does|can|could|would|should|might|will|would|shall) " + _WHO + r"\b"
    r"|how to\b|step[- ]?by[- ]?step|instructions?\b|tutorials?\b|guides?\b|walk me through"
    r"|walkthrough|manual\b|recipes?\b|blueprints?\b|playbook|(?:help|teach|show) (?:me|us)\b"
    r"|(?:i|we) (?:want|need|wanna|intend|plan|am going|'m going|are going|would like|'d like) to\b"
    r"|(?:i|we)(?: am|'m|'re| are) (?:going|planning|trying|about) to\b"
    r"|\bplans? (?:to|for)\b|(?:detailed|a) plan\b|\bways? (?:to|of)\b|methods? (?:to|for|of)\b"
    r"|techniques? (?:to|for)\b|tips (?:on|for|to)\b|strateg(?:y|ies) (?:to|for)\b"
    r"|(?:what|which) (?:\w+ ){0,2}(?:can|could|should|would|do) (?:i|we) (?:use|mix|buy|get|take"
    r"|combine|add|put)\b|best way|easiest way|most effective way"
    r"|(?:the |detailed |specific )?steps (?:to|for|of|in|on)\b"
    r"|(?:write|create|develop|design|build|code|program|make|generate|give me)"
    r" (?:me )?(?:a |an |some )?(?:python |simple |working )?(?:script|program|code|software"
    r"|app|application|tool|bot|algorithm|website|malware|virus|plugin|extension|macro)\b"
    r"|\bwhere (?:can|do|could) (?:i|we) (?:buy|get|find|obtain|order|hire)\b)"
)
_WEAK_INTENT = _rx(
    r"(?:^|[.!?\n:]\s*|\b(?:please|can you|could you|would you|will you|pls|kindly) )"
    r"(?:write|create|develop|design|generate|produce|compose|draft|give|provide|outline|explain"
    r"|describe|teach|show|suggest|list|publish|post|make|build|help|tell|offer|instruct|detail"
    r"|demonstrate|share|prepare|draw|paint|sing|film|construct|draw up|come up with|brainstorm"
    r"|recommend|plan"
    r"|devise|organi[sz]e|code|program|invent|generate|send|film|record|launch|start|run"
    r"|encourage|convince|persuade|promote|spread|release|distribute|sell|buy|find|get|hack"
    r"|steal|kill|hurt|harm|attack|poison|manipulate|exploit|conduct|perform|carry out|execute"
    r"|use|train|instruct|guide|provide)\b"
)
# Safety-minded framing: protection, prevention, detection, help-seeking, study.
_PROTECTIVE = _rx(
    r"\b(?:protect|protecting|protection|defend|defending|defen[cs]e|safeguard|detect|detecting"
    r"|audit\w*|de-?bias\w*|(?:fix|fixing|reduce|reducing|tackle|tackling|address|addressing"
    r"|eliminate|eliminating|overcome) (?:\w+ ){0,3}(?:bias\w*|discrimination|racism|sexism|unfair\w*)"
    r"|(?:help|support|comfort|reach out to) (?:him|her|them|my \w+|a friend|someone|a loved one"
    r"|a person)(?! (?:to )?(?:die|kill|end|commit|overdose|hurt|harm|cut))"
    r"|(?:secure|securing) (?:my|your|our|their|myself|yourself|ourselves|against)|prevent"
    r"(?!ing detection| detection)|prevention|preventing(?! detection)|recogni[sz]e|spot|report"
    r"|combat|counter|fight against|mitigat\w*|(?:remov|clean|get rid of)\w* (?:\w+ )?(?:malware"
    r"|virus\w*|spyware|ransomware|trojans?|infections?)|recover\w*|survivors?|consequences of"
    r"|dangers of|risks of|effects of|impacts? of|safer|safety|responsibl[ey]\w*"
    r"|victims? of|hotlines?|helplines?|crisis (?:line|center|centre|text)|lifeline|988"
    r"|support group|counsel+ing|therap(?:y|ist)|awareness|warning signs|signs of|history of"
    r"|statistics (?:on|about|of)|report(?:ing)? (?:it|this|them|him|her|a crime|abuse|to)"
    r"|how do (?:police|investigators|detectives|authorities|banks|companies)"
    r"|investigat\w*|safety tips|stay safe|keep (?:\w+ )?safe|avoid (?:being|becoming|falling)"
    r"|talk (?:to|with) (?:someone|a friend|my|a professional)|treatment|rehab\w*|quit(?:ting)?"
    r"|legally|legal (?:ways?|alternatives?)|is it (?:illegal|legal)|penalt(?:y|ies) for"
    r"|what (?:should|can|do) (?:i|we) do|(?:was|were|been|got|get|getting) (?:\w+ )?(?:hacked"
    r"|stolen|scammed|robbed|defrauded|phished|compromised|harassed|bullied|threatened)"
    r"|someone (?:\w+ )?(?:stole|hacked|used|scammed|is harassing|is threatening))\b"
)
# Fiction and study: a harmful subject inside a story is not yet a request for capability.
_NARRATIVE = _rx(
    r"\b(?:story|stories|novel|poem|screenplay|script for a (?:film|movie|play)|fiction\w*"
    r"|characters?|detective|mystery|plot|thriller|essay|history|historical|documentary)\b"
)
_NEGATED_REQUEST = _rx(
    r"\b(?:never|don't|do not|won't|will not|refuse to|would never) (?:\w+ ){0,2}"
    r"(?:help|write|tell|explain|give|provide)\b"
)

# --- shared vocabulary -------------------------------------------------------------------

_PERSON = (
    r"(?:someone|somebody|some ?one|a person|people|persons|humans?|him|her|them|a (?:man|woman"
    r"|child|kid|baby|girl|boy|teenager|stranger|neighbou?r|coworker|co-worker|cop|police officer"
    r"|student|teacher|family|crowd|group of people|politician|judge|witness)|my (?:\w+ )?(?:wife"
    r"|husband|ex|boss|partner|girlfriend|boyfriend|mother|mom|father|dad|brother|sister|parents?"
    r"|neighbou?r|teacher|classmates?|coworkers?|co-workers?|roommate|friend|family|son|daughter"
    r"|landlord|rival|enemy|enemies)|the (?:president|prime minister|senator|governor|mayor"
    r"|king|queen|police|judge|witness|ceo)|(?:a|the) (?:public figure|politician|celebrity"
    r"|leader|official|high-profile \w+|target|victim)|civilians?|children|kids|innocent \w+|targets?"
    r"|employees|staff|users|victims?"
    r"|others|other people|an? individuals?|individuals|everyone|a lot of people|many people"
    r"|as many (?:people )?as|pedestrians|protesters"
    r"|students|classmates|(?:police|law enforcement) officers?|cops|soldiers|animals?|pets?"
    r"|(?:a|my|the) (?:dog|cat|pet|horse))"
)
_MINOR = (
    r"(?:child|children|kids?|minors?|underage|under-age|pre-?teens?|preteens?|teen(?:ager)?s?"
    r"|young (?:girls?|boys?)|little (?:girls?|boys?)|(?:1[0-7]|[5-9])[- ]?(?:yo|year[- ]?olds?)"
    r"|schoolgirls?|schoolboys?|toddlers?|infants?|babies|loli|jailbait|pedo\w*|paedo\w*)"
)
_SEXUAL = (
    r"(?:porn\w*|nude|nudes|naked|erotic\w*|sexually explicit|explicit (?:content|images?|photos?"
    r"|pictures?|videos?|material|stor(?:y|ies)|scenes?)|lewd|nsfw|sexy|xxx|sexting|have sex|having sex"
    r"|sex with|sexual (?:conversations?|chats?|messages?|activit\w*|acts?|content|images?|photos?"
    r"|pictures?|videos?|roleplay|role-play"
    r"|fantas\w*|stor(?:y|ies)|scenes?|encounters?|relations\w*|intercourse|favou?rs?|poses?)"
    r"|intercourse|orgasm\w*|genital\w*|striptease|undress\w*|seduc\w*|fondl\w*)"
)
_GROUP = (
    r"(?:minorit(?:y|ies)|immigrants?|refugees?|migrants?|foreigners|jews?|jewish|muslims?|islam"
    r"|christians?|hindus?|sikhs?|buddhists?|atheists?|black (?:people|men|women|folks|community)"
    r"|blacks|white (?:people|men|women)|whites|asians?|hispanics?|latin[oax]s?|arabs?|africans?"
    r"|mexicans?|chinese (?:people)?|indians?|roma|gypsies|indigenous|natives?|gays?|lesbians?"
    r"|lgbt\w*|queer|trans(?:gender)? (?:people|women|men|folks)?|transgender|homosexuals?"
    r"|bisexuals?|women|girls|females|disabled|handicapped|autistic|mentally ill|(?:a|an|the"
    r"|certain|specific|particular|some|other|ethnic|racial|religious|minority) (?:\w+ )?(?:race"
    r"|races|religions?|ethnicit(?:y|ies)|group|groups|community|communities|nationalit(?:y|ies)"
    r"|faith|people|population)|races|religions|ethnic\w*|racial\w*)"
)
_SLUR_OR_DEHUMANISE = (
    r"(?:subhuman|sub-human|vermin|parasites?|cockroach(?:es)?|rats|animals|savages?|inferior"
    r"|filth|disease|scum|plague|cancer|invaders|apes|monkeys|untermensch|degenerates?"
    r"|(?:should|must|need to|deserve to) (?:be )?(?:die|killed|exterminated|eradicated"
    r"|wiped out|gassed|deported|removed|eliminated|sterili[sz]ed|purged))"
)
_CREATE = (
    r"(?:make|makes|making|made|build|building|built|assemble|assembling|construct|constructing"
    r"|create|creating|produce|producing|manufacture|manufacturing|craft|crafting|prepare"
    r"|preparing|synthesi[sz]e|synthesi[sz]ing|cook|cooking|brew|brewing|develop|developing"
    r"|design|designing|write|writing|code|coding|program|programming|deploy|deploying|spread"
    r"|spreading|distribute|distributing|release|releasing|plant|planting|rig|rigging|obtain"
    r"|obtaining|acquire|acquiring|get|getting|buy|buying|3d[- ]?print|print|printing|grow|growing"
    r"|extract|extracting|refine|refining|mix|mixing|detonate|detonating|set off|launch|launching"
    r"|use|using|hide|hiding|smuggle|smuggling|sell|selling|generate|generating)"
)
# Making, as opposed to obtaining: buying a hunting rifle is legal in many places.
_MAKE = (
    r"(?:make|makes|making|build|building|assemble|assembling|construct|constructing|create"
    r"|creating|produce|producing|manufacture|manufacturing|craft|crafting|synthesi[sz]e"
    r"|synthesi[sz]ing|develop|developing|design|designing|3d[- ]?print|print|printing|modify"
    r"|modifying|convert|converting|weaponi[sz]e|brew|brewing|cook|cooking|grow|culture"
    r"|culturing|extract|extracting|refine|refining|mix|mixing|deploy|deploying|release"
    r"|releasing|disperse|dispersing|smuggle|smuggling|sell|selling)"
)
# Writing or releasing software.
_CODE = (
    r"(?:write|writes|writing|code|coding|program|programming|develop|developing|create|creating"
    r"|build|building|make|making|design|designing|generate|generating|craft|crafting|deploy"
    r"|deploying|spread|spreading|distribute|distributing|release|releasing|plant|planting"
    r"|install|installing|inject|injecting|launch|launching|use|using|sell|selling|buy|buying)"
)
_A = r"(?:(?:a|an|the|some|my|your|own|homemade|home-?made|improvised|simple|powerful|deadly"
_A += r"|lethal|functional|working|untraceable|small|large|crude|basic|dangerous|real) )*"

# A pattern can also need one of the words of a later part (its object), which lets
# a pattern that starts with a common verb ("make", "get") be skipped cheaply.
_NEEDS: dict[str, str] = {}
_SLUR_KEYS = (
    "(?:subhuman|sub|vermin|parasite|cockroach|rats|animals|savage|inferior|filth|disease|scum"
    "|plague|cancer|invaders|apes|monkeys|untermensch|degenerate|should|must|need|deserve)"
)


_VIOLENT_VERBS = "(?:kill|murder|shoot|stab|bomb|poison|strangle|hurt|attack|blow)"


def _needing(source: str, objects: str) -> str:
    _NEEDS[source] = objects
    return source


# --- targets ------------------------------------------------------------------------------

_EXPLOSIVE = (
    r"(?:bombs?(?![- ]?ass\b)|pipe[- ]?bombs?|explosives?|explosive devices?|ieds?|grenades?|molotov\w*"
    r"|detonators?|semtex|tnt|dynamite|nail bombs?|car bombs?|dirty bombs?|thermite|napalm"
    r"|incendiary (?:devices?|weapons?)|fertili[sz]er bombs?|pressure[- ]cooker bombs?|landmines?"
    r"|suicide vests?)"
)
_WEAPON = (
    r"(?:weapons?|guns?|firearms?|rifles?|pistols?|handguns?|assault rifles?|ghost guns?"
    r"|silencers?|suppressors?|ammunition|ammo|bullets|machine guns?|automatic weapons?"
    r"|bioweapons?|biological weapons?|chemical weapons?|nerve (?:agents?|gas)|sarin|vx|ricin"
    r"|anthrax|mustard gas|chlorine gas|toxic gas|poison gas|poisons?|toxins?|nuclear (?:weapons?"
    r"|bombs?|devices?)|weapons? of mass destruction|agents? of mass destruction|wmds?|zip guns?|crossbows?"
    r"|knives|switchblades?|flamethrowers?|tasers?)"
)
_MALWARE = (
    r"(?:malware|ransomware|spyware|stalkerware|adware|virus(?:es)?|computer virus\w*|trojans?"
    r"|worms?|rootkits?|keyloggers?|key ?loggers?|botnets?|backdoors?|exploits?|zero[- ]?days?"
    r"|payloads?|remote access trojans?|cryptojack\w*|crypto ?miners?|logic bombs?"
    r"|phishing (?:emails?|sites?|pages?|kits?|campaigns?|scams?|links?|messages?|websites?)"
    r"|fake login pages?|credential harvest\w*|ddos (?:attacks?|tools?|scripts?)|password crackers?"
    r"|skimmers?|card skimm\w*|sql injections?|shellcode|malicious (?:code|software|scripts?"
    r"|programs?|apps?|links?|macros?|payloads?|files?|attachments?|websites?|extensions?))"
)
# The same subjects where they are only talked about: no everyday senses ("a virus",
# "rats", "an exploit of the GPU").
_MALWARE_TOPIC = (
    r"(?:malware|ransomware|spyware|stalkerware|computer virus\w*|trojans?|rootkits?|keyloggers?"
    r"|key ?loggers?|botnets?|remote access trojans?|cryptojack\w*|zero[- ]?days?|exploit kits?"
    r"|phishing (?:emails?|sites?|pages?|kits?|campaigns?|links?|messages?|websites?)"
    r"|credential harvest\w*|ddos|password crackers?|card skimm\w*|malicious (?:code|software"
    r"|scripts?|programs?|payloads?|macros?))"
)
_DRUG = (
    r"(?:meth|methamphetamines?|crystal meth|cocaine|crack cocaine|crack (?:pipes?|rocks?|houses?)"
    r"|heroin|fentanyl"
    r"|carfentanil|lsd|mdma|ecstasy|ketamine|ghb|pcp|opium|opioids?|oxycodone|amphetamines?"
    r"|illegal drugs?|illicit drugs?|drugs|narcotics|controlled substances?|date[- ]rape drugs?"
    r"|roofies|rohypnol|psilocybin|dmt|bath salts|steroids|anabolic steroids"
    r"|performance[- ]enhancing (?:drugs|substances)|synthetic (?:drugs?|opioids?|cannabinoids?))"
)
_COUNTERFEIT = (
    r"(?:counterfeit\w*|fake (?:money|currency|bills|banknotes|ids?|identification|passports?"
    r"|driver'?s licen[cs]es?|documents?|diplomas?|degrees?|certificates?|checks?|cheques?"
    r"|prescriptions?|credit cards?|invoices?|receipts?|social security)|forg(?:e|ed|ery|ing)"
    r" (?:\w+ )?(?:documents?|signatures?|checks?|cheques?|ids?|passports?|money|currency"
    r"|prescriptions?|papers?|certificates?|records?|bills?|credentials?))"
)

# A capability verb phrase: for each category, actions aimed at a harmful object.
_CAP: dict[str, tuple[str, ...]] = {
    "violence": (
        _needing(rf"\b{_CREATE} {_A}<f2>{_EXPLOSIVE}\b", _EXPLOSIVE),
        _needing(
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
        rf"\b(?:kill|killing|murder\w*|assassinat\w*|strangle|strangl\w*|stab|stabbing"
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
        rf"|demoni[sz]\w*|stereotyp\w*|discriminat\w*(?: against)?|harass\w*|bully\w*|target\w*"
        rf"|attack\w*|exclud\w*|segregat\w*|persecut\w*|belittl\w*|disparag\w*|slur\w*|hate"
        rf"|hating|humiliat\w*|intimidat\w*|threaten\w*|oppress\w*) (?:\w+ ){{0,3}}{_GROUP}\b",
        _needing(rf"\b{_GROUP} (?:are|is|as|being) (?:\w+ )?{_SLUR_OR_DEHUMANISE}", _SLUR_KEYS),
        _needing(rf"\b{_GROUP} {_SLUR_OR_DEHUMANISE}", _SLUR_KEYS),
        _needing(
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
        r"\b(?:explicit|graphic|hardcore|x-rated|pornographic|raunchy|steamy|nsfw) (?:\w+ )?"
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
        r"|suffocat\w*|punish(?:ing)?) (?:my ?self|your ?self|one ?self|them ?selves|him ?self"
        r"|her ?self)\b",
        r"\b(?:end|take|ending|taking) (?:my|your|one's|their|his|her) (?:own )?li(?:fe|ves)\b",
        r"\b(?:self[- ]?harm\w*|self[- ]?injur\w*|self[- ]?mutilat\w*|cutting (?:my|your) "
        r"(?:wrists?|arms?|legs?|skin)|slit\w* (?:my|your|the|their) wrists?)",
        r"\bsuicide (?:methods?|notes?|pacts?|plans?|kits?|bags?|guide|instructions)\b",
        r"\b(?:painless|quick|quickest|easiest|easy|best|surest|reliable|lethal) (?:\w+ )?"
        r"(?:ways?|methods?|means) to (?:die|end it|kill (?:my|your)self|commit suicide)\b",
        r"\b(?:lethal (?:dose|amount|overdose)s?|how many \w+ (?:\w+ ){0,3}to (?:die|overdose|kill)"
        r"|overdose on)\b",
        r"\b(?:promot\w*|encourag\w*|glorif\w*|romantici[sz]\w*|normali[sz]\w*|celebrat\w*)"
        r" (?:\w+ ){0,5}(?:suicide|self[- ]?harm\w*|self[- ]?injur\w*|anorexi\w*|bulimi\w*"
        r"|eating disorders?|starvation|pro-?ana|cutting|purging)",
        r"\b(?:pro-?ana|pro-?mia|thinspiration|thinspo)\b",
        r"\b(?:hide|hiding) (?:my |your )?(?:\w+ )?(?:cuts|scars|self[- ]?harm\w*|eating disorder"
        r"|anorexia|bulimia|weight loss) from",
    ),
    "illegal": (
        # hacking and malware
        _needing(rf"\b{_CODE} {_A}<f3>{_MALWARE}\b", _MALWARE),
        r"\b(?:hack\w*|sneak\w*) (?:in ?to|into)\b",
        r"\b(?:gain\w*|get\w*|obtain\w*|grant\w*) (?:\w+ )?(?:unauthori[sz]ed|illegal|illicit|secret"
        r"|covert|backdoor|root|admin) access\b",
        r"\bbreak\w* (?:in ?to|into) (?:a |an |the |my |his |her |their |someone'?s? |people'?s? )?"
        r"(?:\w+ )?(?:house|home|homes|cars?|building|apartment|store|shop|bank|safe|vault|office"
        r"|school|accounts?|systems?|networks?|computers?|phones?|servers?|databases?|emails?"
        r"|websites?|atms?|locations?|property|properties|facilit(?:y|ies)|premises|warehouses?)\b",
        r"\btrespass\w*",
        r"\bhack(?:ing|s|ed)? (?:a |an |the |my |his |her |their |someone'?s? |somebody'?s? |any |"
        r"other people'?s? )?(?:\w+ )?(?:accounts?|emails?|phones?|computers?|networks?|servers?"
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
        r"\b(?:steal|steals|stealing|shoplift\w*|rob|robbing|burglar\w*|loot\w*|embezzl(?!p?ers?\b)\w*"
        r"|pickpocket\w*|swindl\w*|con|conning|defraud\w*|extort\w*|blackmail(?!p?ers?\b)\w*|bribe|bribing"
        r"|launder\w*|scam(?!p?ers?\b)\w*|impersonat\w*|catfish\w*|kidnap(?!p?ers?\b)\w*|smuggl(?!p?ers?\b)\w*|traffick(?!p?ers?\b)\w*"
        r"|infiltrat\w*|spam+(?:ing|er|ers|s)?|spambots?|sabotag\w*|hijack(?!p?ers?\b)\w*|wiretap\w*"
        r"|cyber-?stalk\w*|contraband"
        r"|poach(?!p?ers?\b)\w*|vandali[sz]\w*|hotwire|carjack\w*|pick(?:ing)? (?:a |the )?lock)"
        r"\b(?! (?:detection|prevention|the process)\b)",
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
        _needing(rf"\b{_CREATE} {_A}<f2>{_COUNTERFEIT}\b", _COUNTERFEIT),
        rf"\b{_COUNTERFEIT}\b",
        r"\b(?:fake|false|fraudulent|bogus|fabricated|misleading|deceptive|phony) (?:\w+ )?"
        r"(?:news|reviews?|news (?:stor(?:y|ies)|articles?|reports?)|stor(?:y|ies)|articles?"
        r"|claims?|information|evidence|accounts?|profiles?|identit(?:y|ies)|charit(?:y|ies)"
        r"|donations?|medical (?:advice|claims?|cures?)|cures?|testimonials?|ratings?|emails?"
        r"|websites?|reports?|statistics|data|research|studies|results|alibis?|insurance claims?"
        r"|documents?|records?|invoices?|personas?|social media accounts?|events?|protests?"
        r"|online stores?|shops?|businesses|companies|company)",
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
        r"\b(?:defam\w*|libel\w*|slander\w*|smear campaign|discredit\w*|ruin (?:\w+ ){0,2}"
        r"reputation|damag\w* (?:\w+ ){0,2}reputation)",
        r"\b(?:manipulat\w*|rig\w*|influenc\w*|interfer\w* with|tamper\w* with|sway|steal)"
        r" (?:\w+ ){0,3}(?:elections?|votes?|voting|voters|ballots?|polls?|stock (?:prices?"
        r"|markets?)|markets?|financial markets|jury|juries|witness\w*|evidence|results)",
        r"\b(?:manipulat\w*|trick\w*|coerc\w*|gaslight\w*|brainwash\w*|pressur\w*|groom\w*"
        r"|exploit\w*|con\w*|deceiv\w*|lure\w*) (?:\w+ ){0,3}(?:people|someone|somebody|a person"
        r"|vulnerable|elderly|seniors|old people|children|kids|minors|victims?|users|customers"
        r"|investors|others|them|him|her|my \w+|an? individuals?|individuals) (?:into|to|using|with)\b",
        r"\b(?:cheat\w*|plagiari[sz]\w*) (?:on|in|at|during)? ?(?:\w+ )?(?:exams?|tests?|quiz\w*"
        r"|assignments?|homework|essays?|taxes|my \w+|an? \w+ (?:exam|test))",
        # drugs
        _needing(rf"\b{_CREATE} {_A}<f2>{_DRUG}\b", _DRUG),
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
        r"|correctional \w+|witnesses)\b",
        r"\bwithout (?:getting|being) (?:caught|detected|noticed|traced|tracked|arrested"
        r"|found out|identified)\b",
        r"\b(?:not get caught|never get caught|untraceabl\w*|cover (?:my|your|their|up"
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
        r"|albums?|songs?|games?|software|books?|e-?books?|series|episodes?|textbooks?)"
        r" (?:\w+ ){0,4}for free\b(?! (?:legally|from (?:the |a )?(?:library|public domain)))",
        r"\btrack\w* (?:\w+ ){0,2}(?:location|movements|whereabouts)",
        r"\b(?:pirat\w*|torrent\w*) (?:\w+ ){0,2}(?:movies?|software|music|games?|content|films?"
        r"|shows?|books?|copyrighted)",
        r"\bcopyrighted (?:material|content|works?)",
    ),
}

# A topic: harmful subject that needs a strong request framing to count.
_TOPIC: dict[str, tuple[str, ...]] = {
    "violence": (
        rf"\b{_EXPLOSIVE}\b",
        rf"\b{_WEAPON}\b",
        r"\b(?:terror\w*|massacre|mass shooting|school shooting|assassination|murder|genocide"
        r"|violence|violent|torture|kidnapping|hostages?|arson|lethal|deadly)\b",
    ),
    "hate": (
        r"\b(?:racism|racist|sexism|sexist|bigot\w*|antisemit\w*|islamophob\w*|homophob\w*"
        r"|transphob\w*|xenophob\w*|white supremac\w*|nazi\w*|slurs?|harass\w*|bully\w*)\b",
    ),
    "sexual": (r"\b(?:porn\w*|erotic\w*|sexual(?:ly)? explicit|nudes?|sex scenes?|xxx|hentai|fetish\w*)\b",),
    "self_harm": (r"\b(?:suicid\w*|self[- ]?harm\w*|overdos\w*|anorexi\w*|bulimi\w*|purging|starv\w*)\b",),
    "illegal": (
        rf"\b{_MALWARE_TOPIC}\b",
        rf"\b{_DRUG}\b",
        r"\b(?:hacking|hackers?|fraud\w*|scam(?!p?ers?\b)\w*|theft|steal\w*|counterfeit\w*|forgery"
        r"|launder\w*|smuggl(?!p?ers?\b)\w*|traffick(?!p?ers?\b)\w*|piracy|spyware"
        r"|ponzi|embezzl(?!p?ers?\b)\w*|extort\w*|blackmail(?!p?ers?\b)\w*|bribe\w*|shoplift\w*|burglar\w*|robbery"
        r"|crimes?|criminal|misinformation|disinformation|propaganda"
        r"|vandal\w*|poach(?!p?ers?\b)\w*|illegal(?:ly)?|illicit(?:ly)?|black[- ]market|dark ?web|darknet)\b",
    ),
}

# Always flagged, whatever the framing.
_ALWAYS: dict[str, tuple[str, ...]] = {
    "sexual": (
        rf"\b{_SEXUAL}\b(?:[^.!?\n]{{0,60}})\b{_MINOR}\b",
        _needing(rf"\b{_MINOR}\b(?:[^.!?\n]{{0,60}})\b{_SEXUAL}\b", _SEXUAL),
        r"\b(?:csam|child (?:porn\w*|sexual abuse material|exploitation material|erotica)"
        r"|kiddie porn|lolicon|shotacon|jailbait|pedophil\w*|paedophil\w*)\b",
    ),
    "self_harm": (
        _needing(
            r"\b(?:i|i'm|im|i am|i've|i have|i'll|i will) (?:\w+ ){0,3}(?:want|going|plan\w*"
            r"|decided|ready|about|trying|wanna|gonna|need) (?:to )?(?:\w+ )?(?:kill (?:my ?self"
            r"|me)|end (?:my life|it all)|die|commit suicide|hurt my ?self|cut my ?self|harm my ?self"
            r"|overdose|take my (?:own )?life|not (?:be )?(?:alive|here) anymore|disappear forever)\b",
            "(?:kill|end|die|commit|hurt|cut|harm|overdose|take|not|disappear)",
        ),
        r"\b(?:i|i'm|im|i am) (?:\w+ ){0,2}(?:suicidal|cutting myself|hurting myself)\b",
    ),
    "violence": (
        _needing(
            r"\b(?:i|i'm|im|i am|i'll|i will|we|we're|we will|we'll) (?:\w+ ){0,3}(?:want|going"
            r"|plan\w*|decided|ready|about|gonna|wanna|intend) (?:to )?(?:\w+ )?(?:kill|murder"
            r"|shoot|stab|bomb|poison|strangle|hurt|attack|blow up) (?:\w+ )?" + _PERSON + r"\b",
            _VIOLENT_VERBS,
        ),
        _needing(
            r"\b(?:i(?:'ll| will)|we(?:'ll| will)|gonna) (?:\w+ )?(?:kill|murder|shoot|stab|bomb)"
            r" (?:you|u|y'all|all of you|everyone)\b",
            _VIOLENT_VERBS,
        ),
    ),
}

_LITERAL_END = re.compile(r"[\\()\[\]?*+{|.^$]")
_TOKEN = re.compile(r"[^\W_]+")


def _alternatives(source: str) -> list[str]:
    """The top-level alternatives a pattern starts with (its leading group, after ``\\b``)."""
    body = source.removeprefix(r"\b")
    if not body.startswith("(?:"):
        return [body]
    out: list[str] = []
    depth = 0
    begin = 3
    escaped = False
    for i, ch in enumerate(body):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                out.append(body[begin:i])
                return out
        elif ch == "|" and depth == 1:
            out.append(body[begin:i])
            begin = i + 1
    return []


def _keys(source: str) -> frozenset[str] | None:
    """Word prefixes (up to four letters) one of which starts every match, or ``None``.

    Read from the literal start of each alternative of the pattern's leading group;
    a pattern that does not start with plain words is never skipped.
    """
    depth = 0
    escaped = False
    for ch in source:  # a top-level "|" means several patterns: no single start
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "|" and depth == 0:
            return None
    alternatives = _alternatives(source)
    keys: set[str] = set()
    for alternative in alternatives:
        cut = _LITERAL_END.search(alternative)
        literal = alternative[: cut.start()] if cut else alternative
        if cut and alternative[cut.start()] in "?*{" and literal:
            literal = literal[:-1]  # the last character is optional
        word = re.match(r"[a-z0-9]*", literal)
        key = word.group(0)[:4] if word else ""
        if not key:
            return None
        keys.add(key)
    return frozenset(keys) if keys else None


@dataclass(frozen=True, slots=True)
class _Pattern:
    """One target pattern, with the word prefixes that must occur for it to be tried."""

    category: str
    tier: str
    regex: re.Pattern[str]
    keys: frozenset[str] | None
    needs: frozenset[str] | None = None
    """Word prefixes of which one must also occur (the object of a common verb)."""


def _compile(table: Mapping[str, tuple[str, ...]], tier: str) -> tuple[_Pattern, ...]:
    out: list[_Pattern] = []
    for cat, sources in table.items():
        for source in sources:
            objects = _NEEDS.get(source)
            needs = _keys(objects) if objects is not None else None
            out.append(_Pattern(cat, tier, _rx(source), _keys(source), needs))
    return tuple(out)


_PATTERNS: tuple[_Pattern, ...] = (
    _compile(_ALWAYS, "always") + _compile(_CAP, "cap") + _compile(_TOPIC, "topic")
)


_ALL_KEYS = frozenset().union(*(p.keys or () for p in _PATTERNS), *(p.needs or () for p in _PATTERNS))


def _word_starts(text: str) -> dict[str, list[int]]:
    """Where words start in ``text``, by their one- to four-letter prefixes of interest."""
    index: dict[str, list[int]] = {}
    keys = _ALL_KEYS
    for m in _TOKEN.finditer(text):
        word = m.group()
        at = m.start()
        for key in (word[:1], word[:2], word[:3], word[:4]):
            if key in keys:
                index.setdefault(key, []).append(at)
    return index


def _first_match(pattern: _Pattern, text: str, index: Mapping[str, list[int]]) -> re.Match[str] | None:
    """The first match of ``pattern``, tried only where one of its start words begins."""
    if pattern.needs is not None and pattern.needs.isdisjoint(index):
        return None
    if pattern.keys is None:
        return pattern.regex.search(text)
    present = pattern.keys.intersection(index)
    if not present:
        return None
    positions: set[int] = set()
    for key in present:
        positions.update(index[key])
    match = pattern.regex.match
    for at in sorted(positions):
        m = match(text, at)
        if m is not None:
            return m
    return None


# Weights (evidence in [0, 1]) by tier and framing.
_W_ALWAYS = 0.9
_W_CAP = {"strong": 0.9, "weak": 0.75, "none": 0.4}
_W_TOPIC = {"strong": 0.55, "weak": 0.3, "none": 0.0}
_PROTECTIVE_FACTOR = 0.35
_NARRATIVE_FACTOR = 0.6
_NEGATED_FACTOR = 0.4
_SECOND_SIGNAL = 0.08
_OBFUSCATION_BONUS = 0.05


@dataclass(frozen=True, slots=True)
class _Hit:
    category: str
    tier: str
    start: int
    end: int
    obfuscated: bool


class HarmDetector:
    """Rule-based harmful-request detector (name ``harm``).

    Scores each category of :data:`CATEGORIES` in ``[0, 1]`` and flags the text when
    any enabled category reaches its threshold; the verdict's category is the
    highest-scoring one among those that reached it, its spans (typed
    ``HARM_<CATEGORY>``) mark the harmful targets, and its reason names the
    category and score, never the text.
    """

    name: str = "harm"
    """Name graph definitions use for this detector."""

    class Params(BaseModel):
        """Parameters of the ``harm`` detector in a graph definition."""

        model_config = ConfigDict(extra="forbid")

        threshold: float = Field(
            0.5,
            ge=0.0,
            le=1.0,
            description="Score at or above which a category flags the text (0 to 1).",
        )
        categories: list[str] = Field(
            default_factory=lambda: list(CATEGORIES),
            description="Categories to check: any of violence, hate, sexual, self_harm, illegal.",
        )
        thresholds: dict[str, float] = Field(
            default_factory=dict,
            description="Per-category thresholds overriding `threshold`, e.g. {self_harm: 0.4}.",
        )

        @field_validator("categories")
        @classmethod
        def _known_categories(cls, value: list[str]) -> list[str]:
            unknown = sorted(set(value) - set(CATEGORIES))
            if unknown:
                raise ValueError(f"unknown categories {unknown}; known: {', '.join(CATEGORIES)}")
            return list(dict.fromkeys(value))

        @field_validator("thresholds")
        @classmethod
        def _valid_thresholds(cls, value: dict[str, float]) -> dict[str, float]:
            for cat, limit in value.items():
                if cat not in CATEGORIES:
                    raise ValueError(f"unknown category {cat!r}; known: {', '.join(CATEGORIES)}")
                if not 0.0 <= limit <= 1.0:
                    raise ValueError(f"threshold for {cat!r} must be between 0 and 1")
            return value

    def __init__(
        self,
        threshold: float = 0.5,
        categories: Iterable[str] | None = None,
        thresholds: Mapping[str, float] | None = None,
    ) -> None:
        params = self.Params(
            threshold=threshold,
            categories=list(CATEGORIES) if categories is None else list(categories),
            thresholds=dict(thresholds or {}),
        )
        self.threshold = params.threshold
        self.categories: tuple[str, ...] = tuple(params.categories)
        self.thresholds: dict[str, float] = {
            cat: params.thresholds.get(cat, params.threshold) for cat in self.categories
        }

    def scores(self, text: str) -> tuple[dict[str, float], list[Span]]:
        """Score of every enabled category, and where the harmful targets were found."""
        cats = set(self.categories)
        found: list[_Hit] = []
        readings = variants(text)
        for variant in readings:
            hay = variant.text
            # Collapsed letter-spacing runs words together ("makeabomb"): no word starts
            # to go by, so every pattern is tried (the reading is a short window).
            index = None if variant.kind == "spacing" else _word_starts(hay)
            for pattern in _PATTERNS:
                if pattern.category not in cats:
                    continue
                # One place per pattern and reading is evidence enough.
                m = pattern.regex.search(hay) if index is None else _first_match(pattern, hay, index)
                if m is not None:
                    s, e = variant.source_span(m.start(), m.end())
                    found.append(_Hit(pattern.category, pattern.tier, s, e, variant.obfuscated))
        strong = weak = protective = negated = narrative = False
        if found:  # framing matters only when a target is there
            for variant in readings:
                hay = variant.text
                strong = strong or _STRONG_INTENT.search(hay) is not None
                weak = weak or _WEAK_INTENT.search(hay) is not None
                protective = protective or _PROTECTIVE.search(hay) is not None
                negated = negated or _NEGATED_REQUEST.search(hay) is not None
                narrative = narrative or _NARRATIVE.search(hay) is not None
        framing = "strong" if strong else "weak" if weak else "none"
        damp = (_PROTECTIVE_FACTOR if protective else 1.0) * (_NEGATED_FACTOR if negated else 1.0)
        result = dict.fromkeys(self.categories, 0.0)
        count = dict.fromkeys(self.categories, 0)
        for hit in found:
            if hit.tier == "always":
                weight = _W_ALWAYS  # never damped: no framing makes it acceptable
            elif hit.tier == "cap":
                weight = _W_CAP[framing] * damp
            else:
                weight = _W_TOPIC[framing] * damp * (_NARRATIVE_FACTOR if narrative else 1.0)
            if hit.obfuscated and weight > 0.2:
                weight += _OBFUSCATION_BONUS
            count[hit.category] += 1
            result[hit.category] = max(result[hit.category], weight)
        for cat in cats:
            # Several distinct harmful targets of one category add a little confidence.
            if count[cat] > 1 and result[cat] > 0.0:
                result[cat] += _SECOND_SIGNAL * min(count[cat] - 1, 2) * result[cat]
            result[cat] = round(min(result[cat], 0.99), 4)
        spans = [Span(h.start, h.end, f"HARM_{h.category.upper()}") for h in found]
        return result, spans

    def check(self, text: str, context: Mapping[str, Any] | None = None) -> Verdict:
        """Flag ``text`` when any enabled category reaches its threshold."""
        scores, spans = self.scores(text)
        over = {c: s for c, s in scores.items() if s > 0.0 and s >= self.thresholds[c]}
        top = max(scores, key=lambda c: scores[c]) if scores else None
        if over:
            category = max(over, key=lambda c: over[c])
            score = over[category]
            others = sorted(c for c in over if c != category)
            also = f"; also {', '.join(others)}" if others else ""
            return Verdict(
                detector=self.name,
                flagged=True,
                score=score,
                category=category,
                reason=f"harmful content: {category} (score {score:.2f}){also}",
                spans=_merge([s for s in spans if s.type == f"HARM_{category.upper()}"]),
            )
        if top is not None and scores[top] > 0.0:
            reason = f"weak signals below threshold: {top} (score {scores[top]:.2f})"
            score = scores[top]
        else:
            reason, score = "no harmful-content signal", 0.0
        return Verdict(detector=self.name, flagged=False, score=score, reason=reason)


def _merge(spans: list[Span]) -> tuple[Span, ...]:
    """Overlapping spans joined, so a redaction writes one marker per fragment."""
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if merged and span.start <= merged[-1].end:
            last = merged[-1]
            merged[-1] = Span(last.start, max(last.end, span.end), last.type)
        else:
            merged.append(span)
    return tuple(merged)
