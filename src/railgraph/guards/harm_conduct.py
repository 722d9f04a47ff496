"""Requests to commit non-violent crimes and to obtain indiscriminate weapons, as act x object.

Filled from the categories of public hazard taxonomies (see ``vocab/harm_conduct.yaml``);
the detector in :mod:`.harm` scores these as capability targets.

People rarely name the crime they ask about ("tax evasion", "insurance fraud"); they describe
the deed in their own terms: income kept from the tax office, a claim for a car that was sold,
a diploma that "looks legit", pills slipped into a partner's tea, workers whose passports are
kept. Each signal below therefore joins an act to the object that makes it a crime (a
document made to pass as real, a drug sold at parties, a firearm made to fire automatically),
or a deed to a cue of concealment from the people whose job is to notice it ("without the IRS
noticing", "so the trustee can't touch it", "before the police seize it"). No single word is
a signal on its own. Request framing and protective framing are judged by :mod:`.harm`.

How the groups map onto the detector's categories: indiscriminate weapons (agents made more
transmissible, a device built from fertiliser, a rifle converted to automatic fire) are
``violence``; every other group here is ``illegal``.
"""

from __future__ import annotations

from railgraph.guards.harm_targets import VOCAB as _HARM
from railgraph.guards.harm_targets import needing
from railgraph.guards.vocab import load as load_vocabulary

__all__ = ["CONDUCT", "VOCAB"]

VOCAB = load_vocabulary("harm_conduct")
"""Words of the groups below, with their provenance."""

_WATCHERS = VOCAB.alt("watchers")
_LOOKOUTS = VOCAB.alt("lookouts")
_NOTICING = VOCAB.alt("noticing")
_STREET = VOCAB.alt("street_drugs")
_RX = VOCAB.alt("prescription_drugs")
_AGE_RESTRICTED = VOCAB.alt("age_restricted")
_YOUNG = VOCAB.alt("minors")
_CERTIFICATES = VOCAB.alt("certificates")
_LOOKS_REAL = VOCAB.alt("looks_real")
_WILDLIFE = VOCAB.alt("wildlife")
_STREAMING = VOCAB.alt("streaming")
_CONVERSIONS = VOCAB.alt("auto_conversions")
_EXPLOSIVE = _HARM.alt("explosives")
_WEAPON = _HARM.alt("weapons")
_IMPERSONATED = _HARM.alt("impersonated")
_INELIGIBLE = _HARM.alt("ineligible_voters")

_SENTENCE = r"[^.!?\n]{0,80}"
# A stranger's, never a relative's ("someone's tax refund", not "my mom's").
_STRANGERS = (
    r"(?:(?:someone|somebody) ?else'?s|someone'?s|somebody'?s|a stranger'?s|other people'?s|people'?s"
    r"|random people'?s|strangers'?)"
)
# The ask often follows in the next sentence ("I sold the car. What do I tell my insurer?").
_NEARBY = r"[^\n]{0,120}"
# Someone else's ("my roommate's", "her", "someone's"), never "my own".
_THEIRS = (
    r"(?:(?:someone|somebody) ?else'?s|someone'?s|somebody'?s|other people'?s|people'?s|a stranger'?s"
    r"|his|her|their"
    r"|my(?![\s*_~-]*own\b) [\w-]+'s|(?!my\b|our\b|your\b|the\b|a\b|an\b|its\b)[a-z]+'s)"
)
# A watcher kept from finding out: "without the IRS noticing", "so the trustee can't touch it".
_UNNOTICED = (
    rf"(?:without (?:the |my |a |an |any |his |her |their |our )?(?:\w+ )?{_WATCHERS}"
    rf" (?:ever )?(?:{_NOTICING}|getting involved|asking questions|touching (?:it|them))"
    rf"|so (?:that )?(?:the |my |a |his |her |their )?(?:\w+ )?{_WATCHERS} (?:can't|cannot|can not"
    r"|won't|will not|doesn't|does not|don't|do not|never|couldn't|wouldn't|isn't able to|cant|wont"
    r"|dont|doesnt)"
    r" (?:ever )?(?:\w+ )?(?:find|see|touch|get|take|seize|reach|trace|track|know|notice|detect"
    r"|flag|report|catch|prove|link|tell|figure|connect|tie|pin|match|identify|recover|repossess"
    r"|garnish|freeze|claim|collect|recogni[sz]e|identify|spot)"
    rf"|before (?:the )?{_WATCHERS} (?:\w+ )?(?:seize|seizes|get|gets|find|finds|come|comes"
    r"|arrive|arrives|show up|shows up|search|searches|raid|raids|take|takes|gets? here|look|looks))"
)
# A falsehood the asker knows: "when really I sold it", "even though it wasn't".
_FALSE = (
    r"(?:when (?:really|actually|in fact)|but (?:really|actually|in reality)|even though"
    r" (?:it|they|i|we|he|she) (?:wasn't|weren't|didn't|did not|never|isn't|aren't|wasnt)"
    r"|though (?:it|they) (?:wasn't|weren't|didn't|never)|(?:it|they) (?:wasn't|weren't) really)"
)

CONDUCT: dict[str, tuple[str, ...]] = {
    "violence": (
        # Indiscriminate weapons: a firearm made to fire automatically; a conversion part made
        # or fitted.
        r"\b(?:turn|turning|convert\w*|make|making|modify\w*) (?:a |an |my "
        r"|the )?(?:\w+ ){0,2}(?:semi-?auto\w*"
        r"|rifle|ak|ak-?47|ar|ar-?15|gun|glock|pistol|sks|carbine) (?:\w+ )?(?:in ?to|to) (?:a |an )?"
        r"(?:full[- ]?auto\w*|fully automatic|automatic|machine gun|burst[- ]?fire|burst mode"
        r"|select[- ]?fire)\b",
        r"\b(?:make|making|get|getting|turn|turning|convert\w*|modify\w*|have|rig\w*) (?:\w+ ){0,3}"
        r"(?:glock|ar-?15|ak-?47|ak|sks|rifle|gun|pistol|handgun|firearm|carbine|shotgun)s? (?:\w+ )?"
        r"(?:fire|shoot|go|run|cycle) (?:fully[- ])?(?:automatic|full[- ]auto|auto|like a machine gun)\b",
        needing(
            rf"\b(?:make|making|build\w*|print\w*|3d[- ]print\w*|install\w*|fit\w*|mill\w*|machin\w*"
            rf"|buy\w*|get|order\w*|file\w* down|drill\w*) (?:\w+ ){{0,2}}(?:my |a |an |the |some |own )?"
            rf"{_CONVERSIONS}",
            _CONVERSIONS,
        ),
        r"\b(?:make|making|build\w*|print\w*|3d[- ]print\w*|mill\w*|machin\w*|drill\w*|convert\w*)"
        r" (?:\w+ ){0,3}(?:silencers?|suppressors?)\b",
        # Pathogens made deadlier or more contagious.
        r"\b(?:make|making|engineer\w*|modify\w*|mutat\w*|tweak\w*|edit\w*|evolve|breed\w*|alter\w*"
        r"|enhanc\w*|turn) (?:a |the |an |some )?(?:\w+ ){0,2}(?:virus\w*|pathogens?|bacteri\w*|flu"
        r"|influenza|strains?|germs?|diseases?|bugs?|toxins?|spores)\b(?: (?:\w+ ){0,4})?"
        r"(?:spread (?:more |much )?(?:easily|faster|better|quickly|further)|(?:more|much more|extra)"
        r" (?:contagious|transmissible|lethal|deadly|virulent|infectious|dangerous)|airborne"
        r"|deadlier|resistant to (?:\w+ )?(?:vaccines?|antibiotics|treatments?|drugs))\b",
        # A toxic cloud made on purpose, or an agent put into air or water people share.
        r"(?<!never\s)(?<!not\s)(?<!t\s)(?<!avoid\s)\b(?:mix|combine|make|create|release|produce"
        r"|generate)\b (?:\w+ ){0,4}(?:a |an )?(?:toxic|poisonous|lethal|deadly|noxious|choking)"
        r" (?:cloud|gas|fumes|smoke|vapou?rs?|mist|aerosol)\b[^.!?\n]{0,40}\b(?:in (?:an? )?(?:enclosed"
        r"|closed|small|crowded|packed)|in (?:a |the )?(?:room|building|subway|crowd|school|office"
        r"|classroom|bus|train|car|house|apartment|mall|stadium|church)|to (?:kill|hurt|poison|knock"
        r" out|gas))",
        r"\b(?:put|putting|release\w*|spray\w*|drop\w*|pour\w*|plac\w*|introduc\w*|dump\w*|empty\w*"
        r"|slip\w*|add\w*) (?:\w+ ){0,4}(?:virus\w*|pathogens?|bacteria|toxins?|nerve agents?"
        r"|poisons?|anthrax|ricin|sarin|spores|cyanide|germs|powder)\b (?:\w+ ){0,4}(?:in|into"
        r"|through|down) (?:the |a |an )?(?:\w+ ){0,2}(?:ventilation|air (?:conditioning|ducts?|vents?"
        r"|intake|system|handling)|hvac|vents?|water (?:supply|tower|tank|system|main)|reservoir"
        r"|wells?|subway|metro)\b",
        # An explosive asked for by what it is made from.
        r"\b(?:make|making|turn|turning|convert\w*)\w* (?:a |an |my |the )?(?:\w+ )?(?:ar|ar-?15|ak|ak-?47"
        r"|glock|rifle|pistol|gun|sks|carbine|semi-?auto\w*)s? (?:fully |full[- ])(?:auto|automatic)\b",
        r"\b(?:rockets?|missiles?|drones?|mortars?|launchers?|projectiles?)\b[^.!?\n]{0,60}\bto (?:hit"
        r"|strike|reach|target|attack|destroy) (?:a |the |an )?(?:\w+ )?(?:building|house|crowd|school"
        r"|office|target|people|car|stadium|plane)\b",
        r"\b(?:cut|saw|shorten|chop|make)\w* (?:\w+ ){0,3}(?:shotgun|rifle|barrel|gun)s? (?:\w+ ){0,2}"
        r"(?:shorter than (?:the )?(?:legal|allowed|18)|down to \d+ inches|sawed[- ]off|sawn[- ]off)\b"
        r"|\b(?:make|making|build\w*)\w* (?:a |an )?saw(?:ed|n)?[- ]off\b",
        r"\b(?:virus|pathogen|disease|bacteri|germ|toxin|agent)\w* (?:\w+ ){0,2}(?:would|could|will|can)"
        r" spread (?:the )?(?:fastest|quickest|best|most|furthest)\b[^\n]{0,80}\b(?:release|spread|disperse"
        r"|let (?:it )?loose)\w*",
        r"\b(?:release|spread|disperse|unleash|introduce)\w* (?:\w+ ){0,4}(?:in|into|across|over|through)"
        r" (?:a |the )?(?:\w+ )?(?:city|town|crowd|subway|population|country|stadium|school)\b[^.!?\n]{0,40}"
        r"\b(?:the most|maximum|as many|mass|most) (?:\w+ )?(?:illness|casualties|deaths|damage|harm"
        r"|infections|sick|people|victims)\b",
        r"\b(?:aerosoli[sz]\w*|vapori[sz]\w*|weaponi[sz]\w*|disperse|dispersing|spray\w*) (?:a |the |some )?"
        r"(?:\w+ )?(?:toxins?|poisons?|agents?|pathogens?|virus\w*|bacteria|spores|chemicals?|gas)\b"
        r"[^.!?\n]{0,60}\b(?:spread\w*|through|across|into|in) (?:an? |the )?(?:\w+ )?(?:office"
        r"|building|room|school|crowd|city|subway|mall|stadium|population|ventilation|air)\b",
        r"\b(?:which|what) (?:\w+ ){0,3}chemicals? (?:\w+ ){0,3}(?:would|could|will|can) (?:make|produce"
        r"|create|give off|release) (?:the )?(?:most|deadliest|strongest) (?:toxic|poisonous|lethal"
        r"|deadly)\b",
        r"\b(?:make|making|mix|mixing|cook\w*|brew\w*) (?:\w+ )?(?:napalm|thermite|greek fire|white"
        r" phosphorus|black powder bombs?|flash powder|chlorine bombs?|acid bombs?|dry ice bombs?)\b",
        r"\b(?:react|mix|combine|make|produce|generat)\w* (?:\w+ ){0,3}(?:chlorine|phosgene|mustard"
        r"|hydrogen cyanide|cyanide|arsine|hydrogen sulfide|chloramine|toxic|poison(?:ous)?) gas\b"
        r"[^.!?\n]{0,60}\b(?:fill (?:a|the|an) (?:\w+ )?(?:room|house|building|space|car|office)|enough"
        r" to (?:kill|fill|hurt|knock)|big enough|large (?:enough )?amounts?|lots of|a lot of)",
        r"\b(?:get|obtain|buy|acquir|sourc|steal|extract|salvag)\w* (?:\w+ ){0,3}(?:cesium|caesium"
        r"|cobalt(?:-?60)?|strontium|americium|iridium|polonium|plutonium|uranium|radioactive"
        r" (?:material|sources?|isotopes?))\b[^.!?\n]{0,60}\b(?:radiological|dirty bomb|devices?"
        r"|weapons?|rdds?|bombs?|poison\w*|kill)",
        needing(
            rf"\b{_EXPLOSIVE}\b (?:\w+ ){{0,3}}(?:to make|to build|(?:i|you|we|one) (?:can|could)"
            rf" (?:make|build))?[^.!?\n]{{0,20}}\b(?:with|from|using|out of) (?:\w+ ){{0,2}}"
            rf"(?:fertili[sz]ers?|ammonium nitrate|household (?:items|products|chemicals|stuff"
            rf"|supplies)|kitchen|hardware store|pool chemicals|bleach|gasoline|diesel|fireworks"
            rf"|pressure cookers?|pipes?|nails)\b",
            _EXPLOSIVE,
        ),
        rf"\bhow (?:much|many) (?:\w+ ){{0,3}}(?:ammonium nitrate|fertili[sz]er|tnt|c-?4|semtex"
        rf"|dynamite|anfo|{_EXPLOSIVE}) (?:\w+ ){{0,4}}(?:to|would) (?:take down|level|destroy|bring"
        rf" down|blow up|collapse|flatten|kill)\b",
    ),
    "illegal": (
        # --- concealment from those whose job is to notice -----------------------------------
        # Kept from the tax office, the bank, the police, customs, an auditor, a court: the
        # watcher itself says what is hidden is a crime.
        rf"\b{_UNNOTICED}",
        # Taking or damaging something out of a guard's or a camera's sight.
        rf"\b(?:take|taking|grab\w*|walk\w* (?:out|off) with|leave|leaving|sneak\w*|get|getting"
        rf"|carry\w*|slip\w*|put|putting|pocket\w*|hide|hiding|spray\w*|paint\w*|tag\w*|open\w*"
        rf"|break\w*|smash\w*|load\w*|steal\w*|swipe\w*) [^.!?\n]{{0,60}}\bwithout (?:the |any |a )?"
        rf"(?:\w+ )?{_LOOKOUTS} (?:{_NOTICING}|getting|picking)|\bwithout (?:getting|being|showing up)"
        rf" (?:on|caught on) (?:the )?(?:\w+ )?(?:cameras?|cctv|video|tape)\b",
        # Audits, traces and reports dodged.
        needing(
            r"\b(?:sell|rent|use|borrow|open|sign|transfer|withdraw|cash|pawn|sublet|list)\w* [^.!?\n]{0,60}"
            r"\bwithout (?:telling|informing|asking|disclosing (?:it )?to) (?:the )?(?:buyers?|sellers?"
            r"|tenants?"
            r"|landlord|insurer|bank|lender|owners?|him|her|them|my (?:\w+ )?(?:brother|sister|dad|mom|father"
            r"|mother|wife|husband|partner|parents|boss|business partner|cofounder))\b",
            "(?:telling|informing|asking|disclosing)",
        ),
        needing(
            r"\b(?:take|taking|grab\w*|pocket\w*|change|changing|deposit\w*|swap\w*|switch\w*|remov\w*"
            r"|carry\w*|walk\w* out with|alter\w*|edit\w*)\b[^.!?\n]{0,60}\bwithout (?:the |any "
            r"|my )?(?:staff"
            r"|employees|firm|company|volunteers|other (?:volunteers|staff|employees|workers|members|parents"
            r"|partners|counters|poll workers)|cashiers?|clerks?|workers|accountant|bookkeeper)"
            r" (?:\w+ )?(?:seeing|noticing|knowing|catching on|finding out|realizing|realising)\b",
            "(?:staff|employees|firm|company|volunteers|other|cashier|cashiers|clerk|clerks|workers|accountant|bookkeeper)",
        ),
        needing(
            r"\b(?:move|take|transfer|skim|withdraw|spend|pocket|borrow|siphon|lift"
            r"|grab)\w* (?:\w+ ){0,5}before"
            r" (?:she|he|they|anyone|anybody|my \w+|the (?:\w+ )?(?:owner|boss|bank|company|store"
            r"|manager))(?:'d"
            r"| would| will|'ll)? (?:\w+ )?(?:notices?|finds? out|catch(?:es)? on|realizes?|realises?|sees?"
            r"|knows?)\b",
            "(?:before)",
        ),
        r"\b(?:scammers|thieves|hackers|shoplifters|dealers|smugglers|fraudsters|criminals|burglars"
        r"|pickpockets|carders|traffickers|poachers|counterfeiters|forgers|arsonists|launderers|con artists"
        r"|car thieves|pimps|porch pirates|package thieves|phishers|catfishers|cheaters|tax cheats"
        r"|identity thieves|bootleggers|coyotes)\b[^\n]{0,100}\b(?:i (?:wanna|want to|would like to"
        r"|'d like to|plan to|am"
        r" going to|'m going to|will) (?:try|do|copy|start)(?: (?:it|this|that|the same))?|(?:so|then)"
        r" i can (?:do|try) (?:it|the same|that)|do (?:it|the same) my ?self)\b",
        needing(
            r"\b(?:can|could|how (?:do|can|could|would|to)|way to|possible to|want to|where (?:can|do|could)"
            r"|best way to|easiest way to) (?:i |we |you |one |someone )?(?:\w+ )?(?:buy|get|sell|bring"
            r"|import"
            r"|export|own|hunt|catch|cross|work|enter|stay|download|stream|dump|carry|obtain|purchase|ship"
            r"|move|hire|rent|fish|keep|make|build|modify)\w* (?:\w+ ){0,4}illegally\b",
            "(?:illegally)",
        ),
        needing(
            r"\bso (?:that )?(?:no ?one|nobody|they|the \w+) (?:\w+ )?(?:knows?|can (?:tell|trace|see)"
            r"|finds? out|will know|would know) where (?:the |my |our )?(?:money|cash|funds|it) (?:came"
            r"|comes|is coming) from\b",
            "(?:where)",
        ),
        needing(
            r"\bwithout the owners?(?:'s?)? (?:\w+ )?(?:knowing|noticing|finding out|seeing|catching on"
            r"|permission|consent)\b",
            "(?:knowing|noticing|finding|seeing|catching|permission|consent)",
        ),
        r"\b(?:take|taking|grab\w*|carry\w*|walk\w* off with|copy\w*|move|moving|transfer\w*|sell\w*"
        r"|pocket\w*|siphon\w*|skim\w*|swipe\w*) (?:\w+ ){0,4}(?:money|cash|funds|stuff|goods|items"
        r"|merchandise|inventory|stock|supplies|boxes|tools|equipment|ink|files|data|records|products"
        r"|laptops?|gas|fuel)\b[^.!?\n]{0,50}\bwithout (?:anyone|anybody|the owners?|my (?:boss|employer"
        r"|manager|company|coworkers)|the (?:company|store|owner|boss|manager|other \w+)|them|him|her)"
        r" (?:\w+ )?(?:catching on|knowing|noticing|finding out|suspecting|realizing|realising"
        r"|seeing)\b",
        r"\b(?:bank|deposit\w*|cash|money|funds|shares|stocks?|transfers?|wire\w*|accounts?|crypto"
        r"|bitcoin|guns?|firearms?|packages?|shipments?|purchases?)\b[^.!?\n]{0,60}\bwithout (?:(?:it"
        r"|them|this|that|anything) )?(?:looking|seeming|appearing|being) suspicious\b|\b(?:bank"
        r"|deposit\w*|cash|money|funds|transfers?|wire\w*|accounts?|crypto|bitcoin|guns?|firearms?)\b"
        r"[^.!?\n]{0,60}\bwithout (?:raising|arousing|drawing|triggering) (?:any )?(?:suspicion|red"
        r" flags|questions|alarms|flags)\b|\b(?:bank|deposit\w*|cash|money|funds|guns?|firearms?"
        r"|pistols?|rifles?)\b[^.!?\n]{0,60}\b(?:without (?:any )?questions|no questions asked)\b",
        r"\b(?:cash|money|funds|income|deposits?|transactions?|payments?|transfers?|earnings|profits)\b"
        r"[^.!?\n]{0,60}\b(?:stays?|staying|keep \w+|remains?|fly|flies|flying) (?:invisible|under the"
        r" radar|off the radar|hidden|undetected|unnoticed)\b",
        rf"\b(?:never|not|without|don'?t|dont|won'?t) (?:\w+ )?(?:tell\w*|inform\w*|report\w* (?:it |this"
        rf" |them )?to|notify\w*|declar\w* (?:it |this |them )?to) (?:the |my )?{_WATCHERS}\b",
        r"\b(?:hide|hidden|hiding|conceal\w*|under-?report\w*|keep\w* (?:\w+ ){0,2}(?:secret|quiet))\b"
        r"[^.!?\n]{0,60}\b(?:child support|alimony|spousal support|maintenance payments)\b",
        r"\b(?:report|declar|claim|show|record|list)\w* (?:\w+ ){0,2}(?:less|lower|fewer) (?:\w+ ){0,2}"
        r"(?:revenue|income|sales|earnings|profits?|tips|hours|cash) than (?:i|we|they|he|she|it)"
        r" (?:actually|really)\b",
        needing(
            r"\bwithout (?:getting|being) (?:audited|investigated|traced|subpoenaed|prosecuted|charged"
            r"|indicted|deported|carded|id'?d)\b",
            "(?:audited|investigated|traced|subpoenaed|prosecuted|charged|indicted|deported|carded|id)",
        ),
        r"\b(?:keep|keeping|leave|leaving) (?:\w+ ){0,4}off (?:my |the |our |your )?(?:tax returns?"
        r"|taxes|books|payroll|radar of the \w+)\b|\b(?:never|not|don't|without|avoid) (?:\w+ )?"
        r"(?:report|declar|disclos)\w* (?:it|them|that|(?:my |the |our )?(?:\w+ )?(?:income|earnings"
        r"|gains|tips|cash|profits|crypto|winnings|wages|sales|revenue|rent)) (?:to (?:the )?(?:irs"
        r"|tax\w*|hmrc|government))?\b(?! (?:legally|correctly))|\bunder-?(?:report|declar|stat)\w*"
        r" (?:\w+ ){0,2}(?:income|earnings|tips|sales|revenue|profits|taxes|wages|hours)\b",
        needing(
            r"\bso (?:that )?(?:i|we|he|she|they|the company|my business) (?:don't|do not|won't|wouldn't"
            r"|never|doesn't) (?:have to )?(?:pay|report|declare|owe) (?:\w+ ){0,3}(?:tax(?:es)?|vat"
            r"|payroll|employment|income)\b",
            "(?:tax|taxes|vat|payroll|employment|income)",
        ),
        # Records and devices destroyed before the police, a subpoena or an audit reach them.
        r"\b(?:wipe|wiping|erase|erasing|delete|deleting|destroy\w*|shred\w*|burn\w*|smash\w*|hide"
        r"|hiding|get rid of|dump\w*|ditch\w*|bleach\w*|clean\w*|scrub\w*) (?:\w+ ){0,4}(?:emails?"
        r"|documents?|files|records|texts|messages|evidence|papers|recordings?|footage|hard ?drives?"
        r"|phones?|laptops?|computers?|books|ledgers?|receipts|blood|stains|dna|prints|fingerprints"
        r"|gun|weapon|knife|car)\b[^.!?\n]{0,60}\b(?:subpoena\w*|before (?:the )?(?:audit|trial"
        r"|investigation|raid|search|deposition|discovery|hearing|police|cops|feds|fbi)|(?:they|the"
        r" police|investigators|the feds|the court|the sec|prosecutors) (?:want|wants|asked for"
        r"|requested|are looking for|are after))",
        r"\b(?:subpoena\w*|under investigation|being investigated|getting audited|being audited"
        r"|being sued|search warrant)\b[^\n]{0,80}\b(?:hide|delete|destroy|wipe|shred|get rid of"
        r"|erase)\w* (?:\w+ ){0,3}(?:emails?|documents?|files|records|texts|messages|evidence"
        r"|papers|data|hard ?drives?|phones?)\b",
        # --- fraud and forgery -------------------------------------------------------------
        # A certificate made or bought to pass as genuine.
        rf"\b(?:make|making|print\w*|create|creating|forge|forging|fake|faking|write|writing|draft"
        rf"|design\w*|produce|photoshop\w*|edit\w*|buy\w*|order\w*|get|getting|purchas\w*|copy\w*)"
        rf" (?:\w+ ){{0,3}}{_CERTIFICATES}\b[^.!?\n]{{0,60}}\b{_LOOKS_REAL}",
        r"\b(?:buy|order|purchase|get)\w* (?:a |an )?(?:\w+ )?(?:diploma|degree|transcript"
        r"|certificate|certification)s? (?:\w+ ){0,4}(?:without (?:attending|studying|taking"
        r"|going|doing|finishing)|online that)\b",
        r"\b(?:writ\w*|wrote|fill\w* out|sign\w*) (?:out )?(?:a |my own |some |the )?(?:\w+ )?"
        r"prescriptions? (?:\w+ )?(?:for )?(?:my ?self|on (?:a |the )?(?:\w+ )?(?:pad|blank)|without"
        r" (?:a|being a) (?:doctor|licen[cs]e))\b|\bprescription pads?\b[^.!?\n]{0,40}\b(?:took"
        r"|stole|steal|swiped|grabbed|use|write|forge)\b|\b(?:took|stole|steal|swiped|grabbed|use"
        r"|using) (?:\w+ ){0,2}prescription pads?\b",
        r"\b(?:fake|forged|false|fraudulent|counterfeit|bogus|phony) (?:\w+ )?(?:work )?(?:visas?"
        r"|work permits?|green cards?|residence permits?|immigration (?:papers|documents|stamps)"
        r"|i-?9s?|social security cards?|birth certificates?|disability (?:placards?|permits?)"
        r"|signatures?|petition signatures)\b",
        # Insurance: a loss invented, or property destroyed for the payout.
        r"\b(?:tell\w*|told|claim\w*|report\w*|say\w*|inform\w*) (?:\w+ ){0,2}(?:my |the )?(?:insurer"
        r"|insurance(?: company)?|adjuster|claim) (?:that )?(?:\w+ ){0,4}(?:was|were|got|is|had been)"
        r" (?:\w+ )?(?:stolen|broken into|vandali[sz]ed|damaged|destroyed|lost|flooded|totaled"
        r"|burned|taken)\b[^.!?\n]{0,40}" + _FALSE,
        r"\b(?:burn\w*|set\w* (?:\w+ ){0,3}(?:on fire|fire to|alight)|torch\w*|wreck\w*|crash\w*"
        r"|sink\w*|flood\w*|total\w*|destroy\w*|damag\w*|smash\w*|dump\w*|ditch\w*|hide|hiding"
        r"|get rid of) (?:\w+ ){0,5}(?:for|to (?:get|collect|claim)|and (?:still )?(?:get|collect"
        r"|claim)|so (?:i|we) (?:can )?(?:get|collect|claim)) (?:the |an? |my )?insurance\b"
        r"(?! (?:covers?|policy (?:covers|options)))",
        # Scams: a victim made to pay for something that does not exist; a page that
        # impersonates a company to collect logins; fees paid through the asker's link.
        r"\b(?:invest|pay|buy|donat|send money|deposit|put (?:their|his|her) (?:money|savings))\w*"
        r" (?:\w+ ){0,6}(?:that|which) (?:doesn't|does not|don't|do not|never|won't) (?:really"
        r" |actually )?(?:exist|exists|arrive|ship)\b",
        rf"\b(?:e-?mails?|texts?|messages?|pages?|sites?|websites?|letters?|login pages?|sms|forms?"
        rf"|calls?|invoices?) (?:that|which) (?:looks?|appears?|seems?) (?:like it'?s |like it (?:comes"
        rf"|came) |to (?:come|be) |like )?(?:from|by) {_IMPERSONATED}\b[^.!?\n]{{0,60}}\b(?:logins?"
        rf"|passwords?|credentials|card|account (?:details|numbers?|info)|verify|confirm|pay\w*"
        rf"|ssn|social security|bank details)\b",
        r"\b(?:pay|enter|confirm|verify|update|submit|type)\w* [^.!?\n]{0,50}\b(?:at|on|via|through"
        r"|using|into|to) my (?:fake |own |spoofed )?(?:link|site|website|page|form|portal)\b",
        r"\b(?:dating (?:profile|app|site)|fake (?:profile|persona|identity)|catfish\w*|pretend\w*"
        r" to be)\b[^.!?\n]{0,80}\b(?:get|make|convince|persuade|have)\w* (?:\w+ ){0,3}(?:to|into)"
        r" (?:send\w*|wir\w*|transfer\w*|giv\w*|pay\w*|lend\w*) (?:me |us )?(?:\w+ ){0,2}(?:money"
        r"|cash|funds|gift cards?|bitcoin|crypto|savings)\b",
        r"\b(?:cash\w*|deposit\w*|sign\w*|endors\w*) (?:\w+ ){0,2}(?:checks?|cheques?) (?:that )?"
        r"(?:aren't|are not|isn't|is not|weren't) (?:theirs|mine|yours|his|hers|ours|made out to)\b"
        rf"|\b(?:cash\w*|deposit\w*) {_THEIRS} (?:\w+ )?(?:checks?|cheques?)\b",
        # Another person's identity or card used; stolen cards run through a till.
        r"\b(?:use|using|spend|spending|charge|charging|max\w* out|buy\w* (?:\w+ ){0,2}with)"
        r" (?:it|them|the card|the cards) (?:\w+ ){0,3}before (?:it'?s|they'?re|it is|they are|it gets"
        r"|they get|the owner|they|she|he) (?:\w+ )?(?:cancell?ed|blocked|reported|frozen"
        r"|deactivated|notices?|finds? out|realizes?)\b",
        r"\b(?:loans?|credit cards?|accounts?|approved|apartments?|leases?|mortgages?|phone plans?"
        r"|apply\w*)\b[^.!?\n]{0,40}\b(?:using|with|under|in) (?:(?:someone|somebody) ?else'?s"
        r"|someone'?s|somebody'?s|a stranger'?s|other people'?s|random people'?s|a dead \w+'s)"
        r" (?:\w+ )?(?:credit(?: score| history| report)?|identity|names?|ssns?|social security"
        r"(?: numbers?)?|info\w*|details)\b",
        r"\b(?:claim|collect|get|getting|receiv|fil|cash)\w* (?:\w+ ){0,2}(?:multiple|several|extra"
        r"|two|double|duplicate) (?:\w+ )?(?:stimulus|unemployment|benefits?|welfare|relief|refunds?"
        r"|rebates?|ppp|snap|food stamps)\w*(?: (?:checks|payments|claims|loans))?\b",
        r"\b(?:money|savings|funds|assets|pension|accounts?|estate|inheritance|account)\b[^.!?\n]{0,60}"
        r"\b(?:move|transfer|shift|siphon|redirect|drain)\w* (?:it|them|(?:\w+ )?(?:money|savings"
        r"|funds)) (?:\w+ ){0,2}(?:to|into|over to) (?:me|myself|my (?:own )?(?:account|name|wallet"
        r"|pocket))\b",
        r"\b(?:telling|tell|inform\w*|saying|notify\w*|congratulat\w*) (?:\w+ ){0,3}(?:they|you|he|she"
        r"|the recipient|them)(?:'ve| have)? (?:won|inherited|been selected|qualif\w*)\b[^.!?\n]{0,60}"
        r"\b(?:pay|send|wire|buy)\w* (?:\w+ ){0,3}(?:fee|tax|charge|gift cards?|deposit|processing"
        r"|release|customs)\w*",
        r"\b(?:gofundme|go fund me|fundraisers?|crowdfund\w*|donation (?:page|drive)|charity (?:page"
        r"|drive))\b[^.!?\n]{0,80}\b(?:saying|claiming|that|about)\b[^\n]{0,60}(?:\((?:she|he|they"
        r"|it|i) (?:doesn'?t|does not|isn'?t|didn'?t|don'?t|aren'?t|never)|\b(?:even though|but"
        r"|though|when) (?:she|he|they|it|i) (?:doesn't|isn't|didn't|don't|aren't|never|hasn't"
        r"|haven't)\b|\bnot (?:really )?true\b|\bmade up\b)",
        r"\bpretend\w* to be (?:him|her|them|my \w+|their (?:\w+ )?(?:grandson|granddaughter|son"
        r"|daughter|child|relative|nephew|niece))\b[^.!?\n]{0,60}\b(?:ask\w*|beg\w*|need\w*|request\w*)"
        r" (?:\w+ ){0,2}(?:for )?(?:\$ ?\d[\d,]*|money|cash|funds|gift cards?|a loan|bail|a wire)",
        r"\b(?:list|listing|rent|renting|sell|selling|advertis\w*|sublet\w*) (?:\w+ ){0,3}(?:apartments?"
        r"|house|car|property|home|room|tickets?|condo|flat|place|puppies|puppy)s? (?:that )?(?:i|we)"
        r" (?:don'?t|do not|dont|didn'?t) (?:own|have|actually have)\b",
        needing(
            r"\b(?:realistic|real|legit|authentic|official|convincing|genuine)[- ]looking (?:\w+ ){0,2}"
            + _CERTIFICATES
            + r"\b|\b"
            + _CERTIFICATES
            + r"\b[^.!?\n]{0,60}\b(?:make|generate|create|print|forge|fake|draft|produce|design|mock up"
            r"|photoshop)\w* (?:one|it|them|some)\b[^.!?\n]{0,40}\b(?:"
            + _LOOKS_REAL
            + r"|(?:with|on|using) (?:a |an |the )?(?:real|actual|official|genuine) (?:\w+ )?(?:letterhead"
            r"|logo|seal|stamp|signature))",
            "(?:looking|one|it|them|some)",
        ),
        needing(
            r"\bso (?:that )?(?:my|the) (?:\w+ )?(?:application|visa|loan|claim|lease|mortgage|rental)"
            r" (?:goes through|gets approved|is approved|passes|is accepted)\b",
            "(?:application|visa|loan|claim|lease|mortgage|rental)",
        ),
        r"\b(?:use|using|steal\w*|tak\w*|assum\w*|borrow\w*|open\w* (?:\w+ ){0,3}(?:in|under)) "
        r"(?:\w+ ){0,3}(?:dead|deceased|late) (?:\w+ ){0,2}(?:relative|person|parent|mom|mother"
        r"|dad|father|grand\w+|brother|sister|husband|wife|uncle|aunt|child|baby|people)'?s?"
        r" (?:identit\w*|names?|ssns?|social security|credit|benefits|pension|checks)\b",
        needing(
            rf"\b{_THEIRS} (?:ssn|social security (?:number|card)|credit card(?: number| details| info)?"
            rf"|debit card|card (?:number|details)|bank (?:details|login|card)|identity|date of birth)s?"
            rf"\b[^.!?\n]{{0,60}}\b(?:use (?:it|them|that|those)|open\w*|loans?|take out|apply"
            rf"|credit (?:cards?|lines?)|buy (?:stuff|things)|shop)\b",
            "(?:ssn|social|credit|debit|card|bank|identity|date)",
        ),
        r"\b(?:use|using|run|running|cash\w*|charge|charging|swipe|swiping|max\w*|ring\w*) (?:\w+ )"
        r"{0,3}stolen (?:credit |debit |gift )?(?:cards?|card (?:numbers|details|info)|accounts?|cc"
        r"|ccs)\b|\b(?:ring\w*|run\w*|process\w*|put\w*) (?:up |through )?(?:\w+ ){0,2}(?:fake|phony"
        r"|bogus|phantom|fraudulent) (?:sales|transactions|charges|refunds|orders|returns)\b",
        # Returns, refunds and price tags.
        r"\b(?:pretend|pos|impersonat|masquerad)\w*\b[^.!?\n]{0,80}\b(?:call|text|reach|ring) (?:me|my"
        r" (?:number|cell|line)|this number|the number i)\b",
        needing(
            r"\b(?:in|under) (?:my |his |her )?(?:\w+ )?\w+'s name without (?:him|her|them|his|her|their)\b"
            r"|\b(?:in|under) (?:someone|somebody) ?else'?s name\b",
            "(?:name)",
        ),
        r"\b(?:lie|lies|story|excuse)\b[^.!?\n]{0,40}\bso (?:that )?(?:the |my )?(?:\w+ )?(?:insurance"
        r"|insurer)(?: company)? (?:will )?(?:covers?|pays?|pay out)\b|\b(?:happened|occurred|was|got"
        r" damaged) before (?:i|we) (?:bought|got|took out|had|started) (?:the |my |a )?(?:policy"
        r"|insurance|coverage)\b",
        needing(
            r"\b(?:fake|false|made-up|bogus|someone else'?s|friend'?s|a relative'?s) (?:\w+ )?address\b"
            r"[^.!?\n]{0,60}\b(?:medicaid|benefits|welfare|snap|school|district|insurance|voting|vote"
            r"|register"
            r"|license|tuition|in-state)\b|\b(?:medicaid|benefits|welfare|snap|school district|in-state"
            r" tuition)\b[^.!?\n]{0,40}\b(?:fake|false|made-up|bogus) (?:\w+ )?address\b",
            "(?:address)",
        ),
        r"\b(?:story|stories|post|crowdfunder|gofundme|fundraiser|claim|review|report|article|tweet|letter"
        r"|appeal)\b[^.!?\n]{0,80}\b(?:that|which) (?:never|didn'?t|did not) (?:really |actually )?"
        r"(?:happen|happened|exist|existed|occur|occurred)\b",
        r"\b(?:write|writ\w*|give|hand)\w* (?:\w+ ){0,3}(?:checks?|cheques?) (?:\w+ ){0,2}(?:that|which"
        r"|to|and) (?:will |would |is going to )?bounces?\b",
        r"\b(?:saying|pretend\w*|claim\w*|pos(?:e|ing) as)\b[^.!?\n]{0,30}\b(?:i'?m|i am|to be"
        r"|as) (?:a |an )?"
        r"(?:soldier|doctor|engineer|oil rig worker|contractor|prince|widow\w*|marine|pilot|nurse|surgeon"
        r"|diplomat|general)\b (?:\w+ ){0,3}(?:overseas|abroad|deployed|stationed|on an oil rig|in the"
        r" military|at sea)\b[^.!?\n]{0,60}\b(?:money|funds|pay|fly home|gift cards?|wire|bitcoin|help"
        r"|fee)",
        rf"\b(?:file|filing|claim|get|steal|take"
        rf"|redirect)\w* (?:\w+ ){{0,3}}{_STRANGERS} (?:tax )?(?:refunds?"
        r"|tax returns?|stimulus (?:checks?|payments?)|benefits|unemployment|paychecks?|inheritance)\b",
        r"\b(?:letters?|emails?|texts?|messages?|scripts?|calls?|voicemails?|notices?|templates?)\b"
        r"[^.!?\n]{0,80}\b(?:payment|pay)\w* (?:\w+ ){0,3}(?:in|with|via|using) (?:\w+ )?(?:gift cards?"
        r"|itunes"
        r" cards?|google play cards?|steam cards?|bitcoin|crypto)\b",
        r"\b(?:roll\w* back|rewind\w*|tamper\w* with|reset\w*|chang\w*|alter\w*"
        r"|lower\w*) (?:\w+ ){0,2}"
        r"(?:the |an? )?(?:odometers?|mileage)\b",
        r"\breturn\w* (?:\w+ ){0,3}(?:i|we) (?:\w+ )?(?:wore|used) (?:\w+ ){0,2}(?:to|for|at) (?:a |an "
        r"|the"
        r" |my )?(?:wedding|party|event|trip|photo ?shoot|prom|gala|concert|vacation|interview)\b",
        r"\bso (?:that )?(?:her|his|their|the|grandma'?s|grandpa'?s|my (?:\w+ )?(?:aunt|uncle|mom|mother"
        r"|dad|father|grandmother|grandfather|grandma|grandpa|neighbou?r)'?s) (?:\w+ )?(?:house|home"
        r"|property|savings|money|estate|car|land|accounts?|inheritance|pension) (?:becomes?|goes|will"
        r" go|will be|is|are|gets? (?:signed over|transferred)) (?:\w+ )?(?:mine|to me|in my name|over"
        r" to me)\b",
        r"\b(?:convincing|fake|spoof\w*|pretend\w*|realistic|phony|looks? like it'?s from)\b[^.!?\n]{0,80}"
        r"\b(?:asking|ask|tell\w*|get\w*|requesting|prompt\w*|instruct\w*) (?:\w+ ){0,3}(?:staff|employees"
        r"|users|customers|people|them|recipients|members|students|clients|him|her) to (?:re-?enter"
        r"|enter|confirm|verify|update|type|submit|provide|reset|log ?in|sign ?in) (?:\w+ ){0,2}(?:their"
        r" |his |her )?(?:\w+ )?(?:logins?|passwords?|credentials|card (?:numbers?|details)|bank"
        r" details|ssns?|pins?|account (?:details|numbers?)|details)\b",
        r"\b(?:charity|fundraiser|gofundme|donations?|relief)\b[^.!?\n]{0,60}\b(?:sends?|goes?|routes?"
        r"|forwards?|deposits?|transfers?) (?:all |just )?(?:the )?(?:money|donations|funds|cash)"
        r" (?:\w+ )?(?:to me|to my (?:own |personal )?(?:account|wallet|pocket)|into my (?:own"
        r" |personal )?(?:account|pocket|wallet))\b",
        r"\b(?:passports?|ids?|licen[cs]es?|ssns?|social security numbers?|bank accounts?|credit cards?)"
        r" (?:\w+ ){0,2}(?:under|in|with) (?:a )?(?:different|fake|false|another|made-up|fictitious"
        r"|assumed|second) (?:name|identity)\b",
        rf"\b(?:make|making|create|creating|print\w*|forge|forging|draft\w*|design\w*|produce|photoshop\w*"
        rf"|write"
        rf"|writing"
        rf"|mock\w* up|whip\w* up|cook\w* up|generat\w*|put\w* together)\b (?:\w+ ){{0,2}}(?:fake|forged"
        rf"|phony|bogus|counterfeit|false|fraudulent) (?:\w+ ){{0,2}}{_CERTIFICATES}\b",
        rf"\b(?:mock\w* up|whip\w* up|cook\w* up|generat\w*|put\w* together|fill\w* out) (?:\w+ ){{0,3}}"
        rf"{_CERTIFICATES}\b[^.!?\n]{{0,60}}\b{_LOOKS_REAL}",
        needing(
            rf"\b{_CERTIFICATES} (?:\w+ )?with (?:better|higher|fake|different|altered|changed|false"
            r"|inflated|made-up) (?:grades|marks|scores|gpa|dates?|names?|numbers|amounts|income|salary"
            r"|results|figures)\b",
            "(?:better|higher|fake|different|altered|changed|false|inflated|made)",
        ),
        r"\b(?:fak(?:e|es|ed|ing)|stag(?:e|es|ed|ing)|invent\w*|exaggerat\w*|pretend\w* to have)"
        r" (?:a |an |my |the )?(?:\w+ ){0,2}(?:accident|injur(?:y|ies)|whiplash|slip and fall"
        r"|disability|illness|theft|burglary|break-in|death|kidnapping|pregnancy|back pain)\b"
        r"[^.!?\n]{0,60}\b(?:settlement|insurance|claims?|payouts?|compensation|benefits|sue|lawsuit"
        r"|money|disability|workers'? comp)\b",
        r"\b(?:story|excuse|lie|lies|reason)\w* (?:\w+ ){0,2}(?:to tell|i can tell|(?:should|can|could)"
        r" (?:i|we) tell|for) (?:to )?(?:my |the )?(?:bank|insurer|insurance(?: company)?|irs|court"
        r"|judge|police|cops|parole board|probation officer|parole officer|customs|immigration"
        r"|adjuster|auditors?)\b[^.!?\n]{0,60}\b(?:so (?:they|he|she|it) (?:reverse|refund|approve|pay"
        r"|give|drop|let|release|won'?t|don'?t|believe)|to get|actually (?:made|did|bought|used))\b",
        r"\b(?:lie|lying) (?:to|on) (?:the |my )?(?:parole board|probation officer|parole officer"
        r"|insurer|insurance(?: company)?|irs|bank|court|judge|customs|immigration|adjuster)\b",
        r"\bsend (?:\w+ )?(?:\d+ )?(?:eth|btc|bitcoin|crypto|ether|usdt|dollars|\$ ?\d+)\b (?:\w+ ){0,4}"
        r"(?:get|receive|gets|receives) (?:\d+|double|twice|2x|back double)\b|\b(?:double|2x|triple)"
        r" (?:their|your) (?:crypto|bitcoin|eth|money|investment)\b",
        r"\b(?:refunds?|money back|replacements?|compensation|credits?|free \w+)\b[^.!?\n]{0,60}\bby"
        r" (?:saying|telling (?:them|the \w+)|claiming|pretending|lying|faking)\b",
        needing(
            r"\b(?:i|we) broke (?:it |them |the \w+ )?(?:my ?self|our ?selves|on purpose)\b[^.!?\n]{0,60}"
            r"\b(?:refunds?|replacements?|money back|warranty|damaged|defective|return)\b|\b(?:refunds?"
            r"|replacements?|money back|warranty)\b[^.!?\n]{0,60}\b(?:i|we) broke (?:it|them)"
            r" (?:my ?self|our ?selves|on purpose)\b",
            "(?:broke)",
        ),
        r"\breturn\w* (?:\w+ ){0,3}(?:empty box(?:es)?|boxes full of \w+|bricks|(?:worn|used) (?:\w+ )?"
        r"(?:clothes|dresses|items|outfits)|stuff i (?:stole|shoplifted|didn't buy))\b|\b(?:switch"
        r"|swap|change|peel|move|replace)\w* (?:\w+ ){0,2}(?:price tags?|price stickers?|barcodes?"
        r"|upcs?|sku labels?)\b",
        # Reviews written for places never visited; benefits kept after they stop being due.
        r"\b(?:write|writ\w*|post\w*|leave|leaving|get paid to \w+) (?:\w+ ){0,3}(?:five-star|5-star"
        r"|5 star|positive|glowing|fake|one-star|1-star|negative|bad) (?:\w+ )?reviews? (?:\w+ ){0,6}"
        r"(?:never (?:been|used|tried|bought|visited|stayed|eaten|seen|read)|haven't (?:been|used"
        r"|tried|bought|visited)|without (?:trying|using|visiting|buying|reading))\b",
        r"\b(?:keep|keeps|keeping|still|continue\w*) (?:getting|collecting|receiving|claiming|cashing)"
        r" (?:\w+ )?(?:unemployment|benefits|disability|welfare|food stamps|snap|social security"
        r"|checks|pension|payments)\b (?:\w+ ){0,4}(?:after|once|when|even though|though|now that)"
        r" (?:i|we|he|she|they)(?:'ve| have| had)? (?:\w+ )?(?:start|started|get|got|find|found"
        r"|began|begin|died|passed|moved)\b",
        # --- theft and property damage -----------------------------------------------------
        r"\b(?:lockers?|padlocks?|safes?|mailboxes|cash registers?)\b[^.!?\n]{0,60}\bget into (?:one|it"
        r"|them)\b",
        r"\b(?:lift|pick|take|grab|swipe|steal|snag)\w* (?:a |the |someone'?s |his |her )?(?:wallet|phone"
        r"|purse|cash)s? (?:from|out of) (?:a |the |someone'?s |his |her |their )?(?:back |front |jacket"
        r" |coat )?(?:pocket|bag|purse|backpack|handbag)s?\b",
        rf"\b(?:unhook|unhitch|take|tow|hitch up|hook up|drive off with|roll away)\w* (?:\w+ ){{0,3}}(?:from"
        rf"|off) {_THEIRS} (?:\w+ )?(?:truck|car|driveway|yard|dock|lot|garage|boat)\b",
        r"\b(?:bypass|defeat|disable|hack|trick)\w* (?:\w+ ){0,2}(?:car'?s? "
        r"|vehicle'?s? )?(?:immobili[sz]ers?"
        r"|steering locks?|ignition|kill switch)\b[^.!?\n]{0,40}\b(?:drive (?:off|away)|take (?:it|the car)"
        r"|steal|without (?:the |a )?key)\b",
        r"\b(?:sneak|hide|slip)\w* (?:\w+ ){0,3}(?:items?|stuff|things|products|groceries|goods)\b"
        r"[^.!?\n]{0,40}\b(?:bottom of (?:the |my )?(?:cart|basket|trolley|stroller)|under (?:the |my )?"
        r"(?:cart|basket|stroller|jacket|coat|shirt)|in my (?:bag|purse|pocket|coat|jacket|stroller))\b",
        r"\b(?:empty|emptying|break into|rob|raid|grab|steal|take)\w* (?:a |the )?(?:parking meters?"
        r"|donation (?:box|jar|tin|bucket)|charity (?:box|tin|jar)|collection (?:box|plate|tin)|tip jar"
        r"|cash drawer|coin machines?)\b",
        r"\b(?:break|cut|pick|bust|snap|smash)\w* (?:\w+ ){0,2}(?:padlocks?|locks?|chains?) (?:on|off)"
        r" (?:a |the )?(?:\w+ )?(?:gate|fence|door|shed|container|unit)\b[^.!?\n]{0,40}\b(?:construction"
        r" site|warehouse|yard|lot|building|property|school|site|compound)\b",
        r"\b(?:swipe|take|grab|steal|pocket|pinch|skim)\w* (?:\w+ ){0,3}(?:from|out of) (?:the )?tip"
        r" (?:jar|pool|cup|box)\b",
        r"\b(?:take|get|sneak|walk out with|steal)\w* (?:\w+ ){0,3}(?:tvs?|television|minibar|linens"
        r"|towels|robes?|lamps?|furniture|safe) (?:\w+ ){0,2}(?:out of|from) (?:a |the |my )?(?:hotel"
        r"|airbnb|motel|rental|apartment)(?: room)?\b[^.!?\n]{0,40}\bwithout (?:them|anyone|the \w+)"
        r" (?:charging|noticing|knowing|seeing)\b",
        r"\b(?:pop|popp\w*|pick\w*|break\w*|open\w*|jimmy\w*)\w* (?:the )?locks? (?:on|of) (?:a "
        r"|the )?"
        r"(?:coin|laundry|vending|arcade|parking|gum|washing|newspaper|donation)\w* (?:\w+ )?(?:machines?"
        r"|meters?|box(?:es)?)\b",
        r"\b(?:free|cheap) (?:gas|fuel|electricity|water|cable|wi-?fi|food|drinks|rides|power)\b"
        r"[^.!?\n]{0,30}\bby (?:messing|tampering|hacking|rigging|bypassing|jamming|tricking|fooling)\w*"
        r"|\b(?:mess|tamper|fiddl)\w* with (?:the |a )?(?:gas |fuel |electric\w* |water |power )?(?:pumps?"
        r"|meters?)\b",
        rf"\b(?:get|take|grab|swipe|pinch|steal)\w* {_THEIRS} (?:\w+ )?(?:jewelry|jewellery|rings?"
        rf"|necklace"
        rf"|watch|cash|money|wallet|purse|laptop|phone|tv|console|stuff|pills|meds)\b[^.!?\n]{{0,60}}"
        r"\b(?:sell|pawn|fence|before (?:she|he|they)|without (?:her|him|them))\b",
        rf"\b(?:cut|break|pick|drill|pry|bust|smash|snap|bolt-?cut)\w* (?:\w+ ){{0,2}}(?:locks?|padlocks?"
        rf"|chains?|doors?|gates?) (?:on|off|of) {_THEIRS} (?:\w+ )?(?:storage units?|sheds?|garages?"
        r"|lockers?|gates?|doors?|bikes?|houses?|mailbox\w*|car|trucks?|trailers?|containers?)\b",
        r"\b(?:foil[- ]lined|lined|booster|aluminium|aluminum foil) bags?\b[^.!?\n]{0,60}\b(?:alarm"
        r"|gates?"
        r"|sensors?|tags?|detectors?|security|shoplift\w*|steal\w*|stores?)\b|\b(?:get|getting|walk\w*)"
        r" past (?:the )?(?:alarm|security|anti-?theft) (?:gates?|sensors?|towers?|pedestals?)\b",
        needing(
            r"\b(?:neighbou?r'?s?|empty|vacant|someone'?s|somebody'?s|their|his|her|the owners?|stranger'?s)"
            r"\b[^\n]{0,80}\b(?:get|break|sneak|climb|crawl)\w* (?:in|inside|into (?:it|the house|their"
            r" house)) (?:through|via|by) (?:the |a )?(?:back |front |side |bedroom |basement |kitchen"
            r" |bathroom |upstairs )?(?:window|door|garage|doggy door|dog door|chimney|vent|skylight)\b",
            "(?:window|door|garage|doggy|dog|chimney|vent|skylight)",
        ),
        rf"\bjoy ?rid\w*\b[^.!?\n]{{0,60}}\b(?:{_THEIRS}|while (?:he|she|they)|without (?:asking"
        rf"|permission|him|her|them))|\bstart (?:it|the car|his car|her car|their car|{_THEIRS} (?:car"
        rf"|truck|bike|motorcycle)) without (?:the |a |any )?keys?\b",
        rf"\b(?:take|steal|grab|snatch|lure|nab)\w* (?:a |the |their |his |her )?(?:dog|cat|puppy|kitten"
        rf"|pet|horse|french bulldog|bulldog)s? (?:\w+ ){{0,2}}(?:from|out of) {_THEIRS} (?:\w+ )?(?:yard"
        r"|backyard|house|garden|car|porch|home|farm|kennel|fence)\b",
        r"\b(?:easiest|best|easy|safest|good) (?:\w+ )?(?:stores?|shops?|places?|targets?|houses?|cars?"
        r"|neighbou?rhoods?|people|victims?) to (?:steal from|rob|shoplift|break into|scam|pickpocket"
        r"|con|burglari[sz]e|hit)\b",
        r"\b(?:slim jims?|jiggler keys?|lock ?picks?|bump keys?|relay (?:box|attack|device)s?|signal"
        r" (?:booster|amplifier|relay)s?|tension wrench\w*|shims?|key ?fob (?:cloner|repeater)s?)\b"
        r"[^\n]{0,80}\b(?:neighbou?r'?s?|someone'?s|somebody'?s|a stranger'?s|other people'?s|cars? that"
        r" (?:aren't|isn't)|not mine|parked cars)\b",
        r"\bblind spots?\b[^.!?\n]{0,60}\b(?:cameras?|cctv|security)\b[^.!?\n]{0,60}\b(?:pocket|steal"
        r"|take|grab|shoplift|sneak|lift|hide|slip)\w*",
        r"\b(?:coworker|co-worker|colleague|roommate|classmate|boss|customer|guest|neighbou?r"
        r"|stranger)'?s?\b[^\n]{0,60}\b(?:purse|wallet|handbag|locker|cash|credit card)s?\b[^\n]{0,60}"
        r"\b(?:go through|take|grab|get into|swipe|best time|without (?:her|him|them))\b",
        r"\b(?:lift|lifting|pinch|pinching|nick|nicking|swipe|swiping|boost|boosting|pocket|pocketing"
        r"|snag|snagging) (?:\w+ ){0,5}from (?:the |a |my )?(?:\w+ )?(?:stores?|shops?|supermarkets?"
        r"|grocery|mall|target|walmart|sephora|cvs|walgreens|pharmacy|market|boutique|gas station"
        r"|bodega|counter|shelf|shelves|costco|best buy)\b",
        r"\b(?:locked|secure|gated|badge|key ?card|buzzer)\b[^.!?\n]{0,60}\b(?:follow\w*|tailgat\w*"
        r"|slip\w* in behind|sneak\w* in behind) (?:\w+ ){0,2}(?:someone|somebody|a resident|people"
        r"|residents|an employee|them|a tenant)\b",
        r"\b(?:take|steal|strip|pull|cut|grab|rip|haul)\w* (?:\w+ ){0,3}(?:copper|wire|wiring|pipes"
        r"|scrap|tools|lumber|materials|appliances)\b (?:\w+ ){0,3}(?:from|out of|off) (?:a |the |an )?"
        r"(?:\w+ )?(?:construction sites?|job ?sites?|building sites?|abandoned \w+|vacant \w+"
        r"|foreclosed \w+|empty (?:houses?|buildings?)|railways?|rail lines?|power lines?|cell towers?)\b",
        needing(
            r"(?![^\n]{0,150}\b(?:return\w*|give (?:it |them )?back|owner|lost and found|turn (?:it "
            r"|them )?in"
            r"|hand (?:it |them )?in|deliver\w*|mail\w* (?:it |them )?back)\b)\b(?:get|take|open|unlock|cut"
            r"|break|start|drive|sell|use|access|keep|ride|log)\w*\b[^\n]{0,100}\b(?:it'?s|it is|they'?re"
            r"|they are|which is|that'?s|that is|these are) not (?:mine|ours|my own|really mine)\b",
            "(?:mine|ours)",
        ),
        r"\b(?:snatch|snatching|grab|grabbing|lift|lifting|swipe|swiping|pick|picking)\w* (?:\w+ ){0,2}"
        r"(?:phones?|wallets?|purses?|bags?|handbags?|pockets?|necklaces?|watches?) (?:\w+ ){0,3}(?:on"
        r"|in|at|from) (?:the |a |crowded )?(?:subway|metro|trains?|bus(?:es)?|tube|crowds?|streets?"
        r"|beach|festivals?|concerts?|tourists?|people|strangers)\b",
        r"\b(?:walk\w* out|leave|leaving|get\w* out|take|taking|grab\w*|sneak\w* out|roll\w* out"
        r"|drive\w* off|walk\w* away) (?:\w+ ){0,7}without paying\b(?! (?:a |the |any |an |extra )?"
        r"(?:fees?|penalt\w*|interest|charges?|more|full price|retail|deposit|taxes))",
        r"\b(?:get in|get inside|sneak in|let myself in|go in|break in|slip in)\b (?:\w+ ){0,2}while"
        r" (?:she|he|they)(?:'s| is| are|'re) (?:\w+ )?(?:at work|away|out|on vacation|gone|not"
        r" (?:home|there)|out of town|asleep)\b",
        r"\b(?:break|open|pry|bust|crack|get into|force|drill|empty)\w* (?:\w+ ){0,3}(?:coin"
        r" (?:box|boxes|mech\w*|slots?)|cash box|money box|change box|coin vault)\b",
        r"\b(?:cut\w*|saw\w*|take|taking|get|getting|remov\w*|steal\w*|grab\w*|pull\w*|swip\w*|rip\w*)"
        r" (?:\w+ ){0,2}catalytic converters? (?:off|from|out of)(?![\s*_~-]*(?:my|our)\b)",
        r"\b(?:get\w* into|get in|open\w*|unlock\w*|start\w*|drive|driving|take|taking|access\w*"
        r"|break\w* into|enter\w*|use|using|hotwir\w*) (?:\w+ ){0,3}(?:car|truck|house|home|apartment"
        r"|bike|motorcycle|scooter|phone|laptop|account|locker|room|door|safe|shed|garage|mailbox"
        r"|storage unit|computer)s? (?:that|which)(?:'s| is| are)? (?:not|isn't|aren't) (?:mine|ours"
        r"|my own)\b|\b(?:car|truck|house|phone|account|bike|laptop)s? (?:that|which) (?:doesn't|don't"
        r"|does not|do not) belong to (?:me|us)\b",
        r"\b(?:take|taking|grab\w*|steal\w*|walk\w* (?:out|off) with|sneak\w* out|pocket\w*|swip\w*"
        r"|lift\w*) (?:\w+ ){0,4}(?:from|out of|off) (?:my |the |our )?(?:job|work|job ?site"
        r"|workplace|employer|company|office|warehouse|store|shop|restaurant|register|stockroom)\b"
        r"[^.!?\n]{0,60}\b(?:nobody|no one|without|unnoticed|so (?:they|he|she|it) (?:don't|doesn't"
        r"|won't)|look like (?:it was )?(?:lost|stolen|broken|an accident))",
        r"\b(?:grab|grabbing|take|taking|steal\w*|swipe|swiping|snatch\w*|pinch\w*|nab\w*) "
        + _THEIRS
        + r" (?:\w+ )?(?:packages|parcels|deliveries|mail|amazon \w+)\b",
        r"\b(?:key|keying|scratch|scratching|slash|slashing|egg|egging|spray[- ]?paint\w*|graffiti"
        r"|vandali[sz]e|vandali[sz]ing|deface|defacing|pop|popping|flatten\w*|smash|smashing"
        r"|sugar) (?:(?!my\b|our\b|from\b|off\b|on\b)\w+ ){0,2}(?:\w+'s )?(?:car|cars|truck|tires?|tyres?"
        r"|house|home"
        r"|windows?|walls?|fence|mailbox|building|school|statue|bus|train|property|gas tank)\b",
        r"\b(?:cut\w*|break\w*|pick\w*|bust\w*|snap\w*|get\w* through|saw\w*|bypass\w*) (?:\w+ ){0,2}"
        r"(?:bike |u-?|d-?|cable |chain )?locks? (?:on|off) (?:a |the |some |someone'?s |that |this )"
        r"(?:\w+ )?(?:bikes?|bicycles?|scooters?|mopeds?|e-?bikes?)\b[^.!?\n]{0,30}\b(?:outside|parked"
        r"|locked up|on the street|at the|in front of|near|by the)\b",
        # --- drugs ---------------------------------------------------------------------------
        rf"\b(?:{_STREET}|lean|syrup)\b[^.!?\n]{{0,60}}\b(?:so (?:i|we) can|to|and) (?:sell|deal|push"
        rf"|flip)\b",
        r"\b(?:get|convince|trick|make)\w* (?:a |my |the )?(?:doctor|dentist|physician|psychiatrist|vet"
        r"|pharmacist|er doctor)s? (?:\w+ )?(?:to )?(?:prescribe|give|write)\w* (?:me )?(?:\w+ )?"
        rf"{_RX}\b[^.!?\n]{{0,40}}\b(?:by (?:faking|lying|pretending|exaggerating|making up|acting)|fake"
        r" (?:pain|symptoms|adhd|anxiety))|\b(?:fake|faking|pretend\w*|exaggerat\w*) (?:\w+ ){0,2}(?:back"
        r" pain|pain|symptoms|adhd|anxiety|insomnia|an injury)\b[^.!?\n]{0,40}\b(?:prescri\w*|oxy|adderall"
        r"|xanax|pills|opioids|painkillers|script)\b",
        r"\b(?:pseudoephedrine|sudafed|ephedrine|codeine|dxm|cough syrup|opioids?|painkillers)\b"
        r"[^.!?\n]{0,20}\bin bulk\b|\b(?:say|tell)\w* (?:to )?(?:the |a )?pharmacist\b[^.!?\n]{0,40}"
        rf"\b(?:get|buy)\w* (?:\w+ ){{0,2}}(?:more|extra|bulk|{_RX}|pseudoephedrine|sudafed)\b",
        r"\b(?:get|make)\w* (?:\w+ ){0,2}(?:her|him|them|my \w+|a \w+) (?:high|drunk|stoned|wasted"
        r"|tripping|sleepy|sedated)\b[^.!?\n]{0,30}\bwithout (?:her|him|them) (?:knowing|noticing"
        r"|realizing|consent)\b",
        r"\b(?:lace|spike|dose|dip)\w* (?:a |the |his |her |their )?(?:joint|blunt|drink|vape|cart"
        r"|cigarette|food|brownies?|gummies)\b[^.!?\n]{0,60}\bwithout (?:telling|him knowing|her knowing"
        r"|them knowing|asking)\b",
        r"\b(?:kitchen|garage|basement|shed|apartment|bathroom|trailer|home|house) (?:\w+ ){0,3}(?:into )?"
        r"(?:a )?(?:small |home |makeshift |secret )?(?:drug |pill |meth )?lab\b[^.!?\n]{0,40}\b(?:making"
        r"|make|cook|cooking|press|pressing|produc\w*) (?:\w+ )?(?:pills|drugs|meth|mdma|molly|fentanyl"
        r"|xanax)\b",
        rf"\b(?:pass|beat|cheat|fool)\w* (?:\w+ ){{0,3}}(?:drug|hair|urine|follicle) (?:drug )?tests?\b"
        rf"[^.!?\n]{{0,40}}\bafter (?:using|smoking|doing|snorting|taking|partying)(?: (?:\w+ )?(?:{_STREET}"
        r"|coke|cocaine))?\b",
        rf"\b(?:take|taking|steal\w*|divert\w*|pocket\w*|swip\w*|grab\w*|sneak\w*|skim\w*) (?:\w+ ){{0,2}}"
        rf"(?:{_RX}|oxy|drugs|meds|medications?|narcotics|controlled substances) (?:\w+ ){{0,2}}(?:from|out"
        r" of) (?:the |my )?(?:hospital|pharmacy|clinic|nursing home|vet|ward|work|job|drug cabinet|med"
        r" cart|patients?)\b",
        rf"\b(?:{_STREET}|{_RX}|sleeping pills|sedatives|laxatives)\b[^.!?\n]{{0,60}}\bwithout (?:her|him"
        r"|them|my \w+) (?:knowing|noticing|realizing|realising|tasting it)\b",
        r"\bstart (?:dealing|selling|pushing|slinging)\b (?:\w+ ){0,3}(?:at|in|on|around) (?:my |the"
        r" )?(?:college|school|campus|dorm|university|high school|work|club|parties|party)\b",
        r"\bcook\w* (?:up )?(?:crack|meth|freebase|dope)\b|\b(?:baking soda"
        r"|ammonia) (?:\w+ ){0,4}(?:coke"
        r"|cocaine)\b|\b(?:coke|cocaine) (?:\w+ ){0,4}baking soda\b",
        r"\bdrug tests?\b[^\n]{0,60}\b(?:what|which|anything) (?:\w+ ){0,3}(?:drink|take|use|add|eat)"
        r" (?:\w+ ){0,2}to (?:pass|beat|cheat|fool)\b",
        rf"\b(?:sneak|smuggl|hide|slip|get|bring|take)\w* (?:\w+ ){{0,2}}{_STREET} (?:\w+ ){{0,2}}(?:on|onto"
        rf"|into"
        rf"|through"
        r"|past) (?:a |the )?(?:plane|flight|airport|cruise|ship|border|customs|security|train|festival"
        r"|concert|prison|jail)\b",
        rf"\b(?:put|slip|add|mix)\w* in(?:to)? {_THEIRS} (?:\w+ )?(?:food|drinks?|tea|coffee|smoothie"
        rf"|juice|soda|beer|wine|water|meal|dinner|brownies|punch)\b[^.!?\n]{{0,40}}\bso (?:she|he|they)"
        r"(?:'s| is| are|'re| gets?| will be| will get)? ?(?:\w+ )?(?:high|drunk|sleepy|sick|unconscious"
        r"|passes out|out cold|knocked out|sedated|dizzy|wasted)\b",
        rf"\b(?:buy|get|score|find|cop)\w* (?:\w+ )?{_STREET}\b (?:\w+ ){{0,3}}(?:near|around|on|at)"
        r" (?:the |my )?(?:campus|school|college|dorm|high school)\b",
        rf"\b(?:package|pack|wrap|seal|vacuum[- ]seal|hide)\w* (?:\w+ ){{0,3}}(?:pills|drugs|{_STREET})\b"
        r"[^.!?\n]{0,40}\b(?:can'?t|cannot|won'?t|don'?t|aren'?t) (?:be )?(?:smelled|sniffed|detected"
        r"|found|seen|x-?rayed)\b",
        rf"\bwhere (?:else )?(?:do|can|could|would|should) (?:people|you|one|someone|i|we|kids|teens"
        rf"|students) (?:\w+ )?(?:buy|get|score|find|cop|order)\w* (?:\w+ )?{_STREET}\b",
        r"\b(?:sneak|smuggl|bring|get|slip)\w* (?:\w+ ){0,2}(?:alcohol|booze|liquor|vodka|beer|wine"
        r"|weed|edibles|vapes?|flasks?|drugs) (?:\w+ ){0,2}(?:in ?to|to|past) (?:my |the |our |a )?"
        r"(?:\w+ )?(?:high school|middle school|school|prom|homecoming|dance|classroom|class|dorm"
        r"|chaperones?)\b",
        r"\bcold water extraction\b|\b(?:cwe|extract|extracting)\b (?:\w+ ){0,3}(?:from|out of)"
        r" (?:\w+ ){0,2}(?:tylenol 3|t3s?|cough syrup|percocets?|vicodin|norco)\b",
        rf"\b(?:make|making|cook\w*|grow\w*|press\w*|brew\w*|produc\w*|extract\w*) (?:\w+ ){{0,2}}"
        rf"{_STREET}\b[^.!?\n]{{0,40}}\b(?:to sell|for sale|and sell|to deal|to move|for profit)\b",
        rf"\b(?:score|scoring|cop|copping|re-?up) (?:\w+ ){{0,2}}{_STREET}\b",
        rf"\b(?:move|moving|transport\w*|driv\w*|ship\w*|get|getting|bring\w*|run|running|carry\w*"
        rf"|traffic\w*|smuggl\w*) (?:\w+ ){{0,3}}(?:a few |some |\d+ )?(?:kilos?|kgs?|pounds|bricks|keys)"
        rf" of (?:{_STREET}|coke|cocaine|heroin|meth|fentanyl|weed|pills)\b",
        r"\b(?:stores?|shops?|places?|gas stations?|bars?|liquor stores?|smoke shops?|vape shops?"
        r"|dispensar(?:y|ies))\b[^.!?\n]{0,40}\b(?:least likely to|won'?t|don'?t|doesn'?t|never|not)"
        r" card\b|\bleast likely to card\b|\bwithout (?:getting |being )?carded\b",
        rf"\b(?:dose|dosing|spike|spiking|lace|lacing|drug|drugging|mix|mixing)\w* {_THEIRS} (?:\w+ )?"
        rf"(?:food|drinks?|tea|coffee|brownies|meal|dinner|lunch|water|juice|soda|beer|wine|smoothie"
        rf"|cookies|cake)\b (?:\w+ ){{0,2}}with (?:\w+ )?(?:{_STREET}|{_RX}|sleeping pills|sedatives"
        rf"|laxatives|something)\b",
        r"\b(?:dark ?web|darknet|deep web|telegram|snapchat) (?:markets?|vendors?|sites?|shops?|plugs?"
        r"|dealers?|channels?) (?:\w+ ){0,2}(?:to|for|that|where|which) (?:\w+ ){0,2}(?:get|buy|order"
        r"|sell|ship|sells|ships|score|cop)\b",
        r"\b(?:coke|cocaine|weed|molly|pills|percs|xans|heroin|meth|shrooms|acid|ketamine|mdma|drugs"
        r"|crack|oxys?|lean)\b[^\n]{0,80}\b(?:find|get|contact|meet|reach|hook (?:me )?up with)\w*"
        r" (?:a |an |my |some )?(?:dealer|plug|connect)\b|\b(?:find|get|contact|meet|reach)\w* (?:a |an"
        r" |my |some )?(?:drug|coke|weed|pill|heroin|meth) (?:dealer|plug)s?\b",
        r"\b(?:drug|hair|urine|pee|follicle|ua|piss) (?:\w+ )?tests?\b[^\n]{0,80}\b(?:how (?:do|can"
        r"|could) i|what can i|help me|best way to) (?:\w+ )?(?:get rid of|flush|clean|beat|fool|hide"
        r"|mask|cheat)\b",
        r"\b(?:hiding|stash|secret) (?:spots?|places?|compartments?)\b[^\n]{0,60}\b(?:"
        + _STREET
        + r")\b[^\n]{0,60}\b(?:cops|police|search\w*|pulled over|k-?9|dogs?|border|customs)\b",
        r"\b(?:is|he'?s|she'?s|who'?s|turning|only|just turned) (?:1[0-7]|[5-9])\b[^\n]{0,60}\b"
        + _AGE_RESTRICTED
        + r"\b[^\n]{0,60}\b(?:buy|get|order|bring|give|sneak)\w*\b|\b(?:get|buy|obtain|order|score)\w*"
        r" (?:\w+ ){0,2}"
        + _AGE_RESTRICTED
        + r"\b[^.!?\n]{0,30}\b(?:if|when|since|as|at) (?:you'?re|i'?m|i am|you are|he'?s|she'?s"
        r"|they'?re|we'?re|im|ur) (?:only )?(?:1[0-7]|under ?age|a minor|underage)\b",
        r"\b(?:press\w*|make|making|cook\w*) (?:my |our )?(?:own )?(?:fake )?(?:xanax|xan|oxy|perc"
        r"|adderall|molly|mdma|fentanyl)\w* (?:bars|pills|tabs)?\b[^.!?\n]{0,40}\b(?:sell|sale|money"
        r"|party|parties)\b",
        r"\b(?:convert|turn|cook|make|process)\w* (?:\w+ )?(?:morphine|codeine|opium|cocaine|coke"
        r"|meth|oxycodone) (?:into|in to) (?:heroin|crack|meth|fentanyl|freebase)\b",
        rf"\b(?:buy|order|get|score|cop|purchase|find|source)\w* (?:\w+ ){{0,2}}{_STREET}\b (?:\w+ ){{0,4}}"
        r"(?:online|on the (?:dark ?web|deep web)|on telegram|on snapchat|shipped|delivered|by mail"
        r"|discreetly|without (?:a )?(?:prescription|script|doctor)|from a dealer|in (?:a )?new city)\b",
        rf"\b(?:get|buy|order|obtain|score|purchase)\w* (?:\w+ )?{_RX}\b (?:\w+ ){{0,3}}(?:without"
        r" (?:a |an )?(?:prescription|script|rx|doctor|seeing a doctor|going to a doctor|diagnosis)"
        r"|no (?:prescription|script)|from (?:a )?(?:friend|dealer|someone|the street|online|mexico))\b",
        rf"\b(?:grow\w*|cultivat\w*) (?:\w+ ){{0,2}}(?:{_STREET}|poppies|coca)\b[^.!?\n]{{0,60}}"
        rf"(?:\b(?:without|so) (?:my |the |our |a )?(?:\w+ )?(?:landlord|neighbou?rs?|parents|police|them"
        rf"|him|her"
        rf"|anyone|anybody|nobody"
        rf"|cops|roommates?|wife|husband|mom|dad|{_WATCHERS}) (?:\w+ )?(?:smell\w*|notic\w*|know\w*"
        rf"|find\w* out|see\w*|catch\w*|can't|won't|don't)|\bto sell\b|\bfor sale\b)",
        rf"\b(?:sell|selling|sold|deal|dealing|push|pushing|flip|flipping|move|moving|supply\w*"
        rf"|distribut\w*|slang\w*) (?:\w+ ){{0,2}}(?:{_STREET}|pills|tabs|bars) (?:\w+ ){{0,3}}(?:at"
        r"|to|in|around|on) (?:the |my |our |a )?(?:parties|party|clubs?|festivals?|raves?|concerts?"
        r"|school|campus|classmates|students|kids|friends|coworkers|bars?|dorms?|college|university"
        r"|work|gym|streets?|corner|snapchat|telegram|instagram)\b",
        rf"\b(?:start|starting|begin|begun) (?:selling|dealing|pushing|moving|flipping) (?:\w+ )?"
        rf"(?:{_STREET})\b",
        rf"\b(?:(?:hide|hiding|stash\w*|conceal\w*|pack\w*|wrap\w*|smuggl\w*|sneak\w*) (?:\w+ ){{0,6}}"
        rf"(?:{_STREET}|pills|stash)|(?:mail\w*|ship\w*|carry\w*|bring\w*|get\w*) (?:\w+ ){{0,6}}"
        rf"{_STREET})\b{_NEARBY}"
        r"\b(?:pulled over|(?:get|am|i'm) searched|(?:the )?(?:cops|police)|drug dogs?|k-?9s?|sniffer dogs?"
        r"|customs|border|airport|tsa|security (?:check|scanner)|(?:isn't|aren't|won't be|not be|without"
        r" being|not get|without (?:it|them) (?:getting|being)) (?:detected|found|smelled|sniffed|caught"
        r"|seen|seized|flagged)|x-?ray)",
        rf"\b(?:slip|slipping|put|putting|drop|dropping|mix|mixing|sneak|sneaking|crush|crushing|add"
        rf"|adding|dissolv\w*|pour\w*|spik\w*|lac\w*) (?:\w+ ){{0,4}}(?:{_STREET}|{_RX}|sleeping pills"
        rf"|sedatives|laxatives|eye ?drops|visine|melatonin|benadryl|ambien|something)\b (?:\w+ ){{0,2}}"
        rf"(?:in|into) (?:\w+ ){{0,2}}(?:{_THEIRS} |an? (?:\w+ )?(?:girl|woman|guy|man|person|stranger"
        rf"|date|coworker)'s )(?:\w+ )?(?:drinks?|tea|coffee|food|beer|wine|soda|water|juice|smoothie"
        rf"|meal|dinner|lunch|breakfast|cocktail|glass|cup|bottle)\b",
        rf"\b(?:{_STREET}|{_RX}|sleeping pills|sedatives|laxatives)\b (?:\w+ ){{0,3}}(?:slip|put|drop"
        rf"|mix|sneak|crush|add|dissolve|pour)\w* (?:\w+ )?(?:in|into) (?:{_THEIRS} |an? (?:\w+ )?(?:girl"
        rf"|woman|guy|man|person|stranger|date|coworker)'s )(?:\w+ )?(?:drinks?|tea|coffee|food|beer"
        rf"|wine|soda|water|juice|smoothie|meal|dinner|cocktail|glass|cup|bottle)\b",
        r"\b(?:put|putting|install\w*|attach\w*|plac\w*|hid\w*|fit\w*|stick\w*|build\w*|make|making)"
        r" (?:\w+ ){0,2}(?:card )?(?:skimmers?|shimmers?)\b (?:\w+ ){0,3}(?:on|onto|in|into|inside|over|to)"
        r" (?:a |an |the )?(?:\w+ )?(?:gas pumps?|pumps?|atms?|card readers?|pos|terminals?|card"
        r" machines?|self[- ]checkouts?)\b",
        r"\b(?:add|put|mix|use|buy|get)\w* (?:\w+ ){0,3}(?:to|in|into|for) (?:the |my |a )?(?:urine"
        r"|pee|piss|sample|ua)\b[^.!?\n]{0,40}\b(?:pass|beat|fool|cheat|test)\w*|\b(?:fake|synthetic"
        r"|someone else'?s|clean|friend'?s|powdered|substitute) (?:urine|pee|piss)\b|\b(?:beat|cheat"
        r"|fool|trick|get past|pass)\w* (?:\w+ ){0,2}(?:drug|urine|piss|pee|hair follicle|mouth swab"
        r"|dot) (?:tests?|screens?)\b[^.!?\n]{0,60}\b(?:smoked|used|took|high|last (?:night|week)"
        r"|yesterday|tomorrow|friday|monday|add|mask|detox drinks?)\b",
        r"\b(?:extract\w*|isolat\w*|separat\w*|pull|get|cook)\b (?:\w+ ){0,2}(?:codeine|dxm|morphine|dmt"
        r"|mescaline|pseudoephedrine|ephedrine|opium|fentanyl|hydrocodone|oxycodone) (?:out of|from)\b"
        r"|\b(?:turn|convert|cook|make|process)\w* (?:\w+ )?(?:pseudoephedrine|sudafed|ephedrine"
        r"|cold medicine|cough syrup|poppy (?:seeds|pods|straw)|safrole|p2p) (?:into|in to)\b",
        rf"\b(?:buy|get|give|supply|sell|bring|provide|slip|sneak)\w* (?:\w+ ){{0,3}}{_AGE_RESTRICTED}\b"
        rf" (?:\w+ ){{0,4}}(?:for|to) (?:\w+ ){{0,2}}{_YOUNG}\b|\b(?:get|buy|give|bring)\w* {_YOUNG}"
        rf" (?:\w+ ){{0,2}}(?:some )?{_AGE_RESTRICTED}\b|\b(?:i'm|i am|im|we're|we are) (?:only )?"
        rf"(?:1[0-7]|under ?age|a minor|underage)\b[^.!?\n]{{0,60}}\b(?:buy|get|order)\w* (?:\w+ ){{0,2}}"
        rf"{_AGE_RESTRICTED}\b|\b(?:buy|get|order|purchase)\w* (?:\w+ ){{0,2}}{_AGE_RESTRICTED}\b"
        r" (?:\w+ ){0,2}without (?:an? )?(?:id|being carded|getting carded|showing (?:an? )?id)\b",
        # --- cybercrime and accounts -----------------------------------------------------------
        rf"\b(?:see|watch|access|view|hack|get into|tap into)\w* {_THEIRS} (?:\w+ ){{0,2}}(?:cameras?|camera"
        r" feeds?|feeds?|webcams?|cctv|baby monitors?|security systems?|doorbell cams?|ring)\b",
        r"\b(?:get|steal|find|access|download|see)\w* (?:\w+ ){0,3}(?:answers|exam|test|answer key"
        r"|solutions|grades)\b[^.!?\n]{0,40}\b(?:from|in|on) (?:my |the |our )?(?:professor|teacher"
        r"|instructor|tutor|ta)'?s? (?:\w+ )?(?:drive|google drive|computer|laptop|email|desk|office|account"
        r"|files|dropbox|onedrive)\b",
        r"\b(?:make|build|buy|use|get)\w* (?:a |an )?(?:wi-?fi |cell(?: ?phone)? |gps |signal |phone |radio"
        r" )jammers?\b",
        r"\bbrute[- ]?forc\w* (?:\w+ ){0,2}(?:instagram|facebook|gmail|snapchat|tiktok|twitter|netflix|steam"
        r"|discord|someone'?s|people'?s|logins?|accounts?|passwords?)\b",
        r"\b(?:passwords?|keys?|passcodes?)s? (?:of|for|to) (?:the |my )?(?:\w+ ){0,3}(?:wi-?fi|networks?"
        r"|routers?)\b (?:\w+ ){0,3}(?:next door|of my neighbou?rs?|that (?:isn'?t|is not) (?:mine|open)"
        r"|i'?m not (?:allowed|supposed))",
        r"\b(?:get|gain|give my ?self|grant my ?self|escalate to)\w* (?:\w+ ){0,2}(?:admin|administrator"
        r"|root|local admin|sudo) (?:rights |access |privileges )?(?:on|to) (?:a |my |the )?(?:work|company"
        r"|school|office|corporate|locked-down|managed)\w* (?:\w+ )?(?:laptop|computer|pc|machine|device"
        r"|chromebook|mac)s?\b",
        r"\b(?:read|access|see|get into|look at|go through)\w* (?:the )?(?:emails?|inbox|messages|texts"
        r"|files|dms|calendar)\b (?:of|from) (?:my |our |the |a |his |her )?(?:\w+ )?(?:\w+'s )?(?:ceo"
        r"|boss|manager|coworker|colleague|ex|wife|husband|girlfriend|boyfriend|neighbou?r|teacher"
        r"|principal|partner|roommate|sister|brother|employees?|hr)\b",
        r"\bcrack\w* (?:\w+ ){0,2}(?:zip|rar|pdf|excel|word|office) (?:files?|archives?|documents?"
        r"|passwords?)\b[^.!?\n]{0,60}\b(?:(?:someone|somebody) ?else'?s|not mine|(?:his|her|their|my"
        r" \w+'s) (?:drive|computer|laptop|files|account|cloud|dropbox))",
        r"\block\w* (?:\w+ ){0,2}(?:out of|out from) (?:her|his|their) (?:own )?(?:\w+ )?(?:accounts?"
        r"|email|phone|icloud|profile|page|computer|house|apartment|car)\b",
        r"\b(?:see|find out|know|check|read)\w* (?:who|what) (?:my |his |her )?(?:\w+ )?(?:girlfriend"
        r"|boyfriend|wife|husband|partner|ex|crush|sister|brother|mom|dad|boss|coworker|roommate|friend"
        r"|kid|son|daughter)s? (?:is|are|has been|'s) (?:messaging|texting|talking to|chatting with"
        r"|calling|dm\w*|saying)\b[^.!?\n]{0,40}\b(?:without (?:her|his|their|him|them)|from my"
        r"|secretly|remotely)\b",
        r"\b(?:flood\w*|jam(?:s|med|ming)?|crash\w*|overload\w*|knock\w* out|take down"
        r"|ddos\w*)\b (?:\w+ ){0,2}(?:wi-?fi|network"
        r"|internet|router|servers?)\b[^.!?\n]{0,40}\bso (?:that )?(?:classes|class|school|work|the exam"
        r"|the test|they|it|everyone|nobody|the game)\b|\bjam(?:s|med|ming)?\b (?:\w+ ){0,2}(?:wi-?fi|cell"
        r"|phone|gps"
        r"|signals?|networks?)\b",
        rf"\b(?:scrap|download|harvest|collect)\w* (?:\w+ ){{0,2}}(?:{_STRANGERS}|users'?|their|her|his)"
        r" (?:\w+ )?(?:private|hidden|locked|deleted) (?:\w+ )?(?:photos?|pictures|posts|messages|profiles?"
        r"|accounts?|data|info\w*|stories)\b",
        r"\b(?:sell|leak|give|hand|send|share)\w* (?:\w+ ){0,3}(?:company'?s?|employer'?s?|work'?s?|our"
        r"|my (?:boss|firm)'s) (?:\w+ )?(?:customer|client|user|patient|employee|trade secrets?|source"
        r" code|proprietary|confidential)\w* (?:\w+ )?(?:database|data|lists?|records|files|info\w*"
        r"|code|secrets?)?\b[^.!?\n]{0,40}\b(?:to (?:a |the |our )?(?:competitors?|rivals?|another"
        r" company|buyers?|highest bidder)|on the dark ?web|for money|for cash)\b",
        rf"\b(?:take over|taking over|hijack\w*|seiz\w*|lock \w+ out of) {_THEIRS} (?:\w+ )?(?:accounts?"
        r"|profiles?|pages?|channels?|emails?|domains?|websites?|servers?)\b",
        r"\b(?:rent|renting|buy|buying|hire|hiring|use|using)\w* (?:a |an |some )?(?:botnets?|booters?"
        r"|ip stressers?|stressers?|ddos (?:services?|tools?|for hire))\b|\bbotnets? (?:to|for) (?:rent"
        r"|hire|buy)\b|\bknock\w* (?:\w+ ){0,3}offline\b",
        r"\bskim\w* (?:\w+ ){0,2}(?:card|credit card|debit card|payment|cards?) (?:data|numbers|details"
        r"|info\w*)\b",
        r"\b(?:phones?|iphones?|laptops?|wallets?|cards?|bikes?|ipads?|cameras?|watches?|airpods)\b"
        r" (?:that )?(?:i|we) found\b[^.!?\n]{0,60}\b(?:so (?:i|we) can|to|and) (?:sell|keep|pawn"
        r"|wipe|use|spend|resell)\b",
        r"\b(?:copy|download|take|export|steal|forward|email|upload|grab|transfer)\w* (?:\w+ ){0,3}"
        r"(?:client|customer|company|employer'?s?|work|proprietary|confidential|patient)\w* (?:files"
        r"|data|lists?|records|code|documents|contacts|databases?)\b[^.!?\n]{0,60}\b(?:before (?:i|we)"
        r" (?:quit|leave|resign|get fired|go)|to (?:my|a) (?:usb|personal|own|new job|competitor)"
        r"|without (?:\w+ )?(?:knowing|noticing|permission))\b|\b(?:get\w* around|bypass\w*|evad\w*"
        r"|disabl\w*|turn\w* off|fool\w*|trick\w*) (?:\w+ ){0,3}(?:company'?s?|work|employer'?s?"
        r"|corporate|office) (?:\w+ )?(?:monitoring|dlp|security|firewall|filters?|tracking|logging)\b",
        rf"\b(?:get|getting|break\w*|hack\w*|sneak\w*|log\w*) (?:in ?to|into) {_THEIRS} (?:\w+ )?"
        r"(?:iphones?|androids?|phones?|ipads?|tablets?|laptops?|computers?|pcs?|macs?|icloud"
        r"|google accounts?|gmail|outlook|accounts?|discord|tiktok|twitter|reddit|steam|xbox"
        r"|playstation|psn|roblox|fortnite|bank (?:account|app)|email)\b",
        r"\b(?:bypass|get\w* past|get\w* around|solve|defeat|beat|break)\w* (?:\w+ ){0,2}captchas?\b"
        r"[^.!?\n]{0,60}\b(?:create|make|register|sign up|spam|bots?|thousands|mass|bulk|fake"
        r" accounts)\b|\b(?:create|make|register|mass-?produce|generate|spin up)\w* (?:\w+ ){0,2}"
        r"(?:thousands|hundreds|lots|a bunch|tons|multiple|many|\d+) (?:of )?(?:fake|bot|sock ?puppet"
        r"|burner) (?:accounts|profiles|reviews|followers)\b",
        r"\b(?:phones?|laptops?|cars?|bikes?|cards?|wallets?|ipads?|tablets?|consoles?|cameras?"
        r"|iphones?|macbooks?)\b (?:that )?(?:i|we) (?:stole|swiped|nicked|snatched|lifted|took from"
        r" \w+)\b",
        rf"\b(?:put|putting|install\w*|plant\w*|drop\w*|get|getting|load\w*|slip\w*|send\w*)"
        rf" (?:a |an )?(?:rat|remote access trojan|keylogger|spyware|stalkerware|trojan|backdoor"
        rf"|crypto ?miner|malware|virus|logger) (?:on|onto|in|into|to) {_THEIRS} (?:\w+ )?"
        r"(?:computers?|pcs?|laptops?|phones?|macs?|devices?|networks?|systems?)\b",
        rf"\b(?:lock|encrypt|scrambl|hold)\w* (?:up )?(?:\w+ ){{0,2}}(?:{_THEIRS}|a company'?s"
        r"|the victim'?s|people'?s) (?:\w+ )?(?:files|data|computers?|pcs?|drives?|servers?|photos"
        r"|systems?)\b[^.!?\n]{0,60}\b(?:money|pay\w*|ransom|bitcoin|crypto|unlock|decrypt)",
        r"(?<!test\s)(?<!testing\s)(?<!sample\s)(?<!dummy\s)\b(?:credit card|card|cc|debit card) (?:numbers"
        r"|details"
        r"|dumps|info|data)\b[^.!?\n]{0,40}\b(?:to (?:buy|use|shop|order|spend|cash)|get my hands on"
        r"|where (?:do|can) (?:people|i|you) (?:get|buy|find))|\b(?:get my hands on|buy|find|obtain)"
        r" (?:\w+ ){0,3}(?:credit card|card|cc) (?:numbers|details|dumps)\b(?! for (?:testing|tests))",
        r"\b(?:sell|selling|leak\w*|dump\w*|post\w*|trade|trading|auction\w*) (?:\w+ ){0,4}(?:database"
        r"|list|dump|file|spreadsheet|records?|leak|csv|table)s? (?:of|with|containing|full of)"
        r" (?:\w+ ){0,3}(?:emails? and passwords|passwords|credentials|logins|ssns?|social security"
        r" numbers|card numbers|medical records|patient (?:records|data)|customer (?:data|records|info\w*)"
        r"|personal (?:data|info\w*)|home addresses)\b",
        r"\b(?:downloaded|took|copied|stole|exported|grabbed|saved) (?:\w+ ){0,4}(?:data|database"
        r"|records|files|customer list|client list|emails|passwords|source code)\b (?:\w+ ){0,2}from"
        r" (?:my )?(?:old |former |previous |last )(?:job|employer|work|company|boss)\b[^.!?\n]{0,60}"
        r"\b(?:sell|use|leak|post|share|trade|start)\b",
        r"\b(?:ex|girlfriend|boyfriend|wife|husband|partner|sister|brother|roommate|friend|boss"
        r"|coworker|crush)(?:-\w+)? (?:\w+ )?changed (?:her|his|their|the) (?:\w+ )?(?:password|passcode"
        r"|pin|login)s?\b[^.!?\n]{0,60}\b(?:get (?:back )?in|log (?:back )?in|access|into|back into"
        r"|see)\b",
        r"\b(?:tries|trying|try|guess|guesses|guessing|test|tests|testing|cycle\w* through|run\w* through"
        r"|throw\w*) (?:\w+ ){0,2}(?:thousands|millions|hundreds|lots|a (?:huge |big )?list|lists|every"
        r"|all (?:possible )?(?:combinations|the)) (?:of )?(?:common |leaked )?(?:passwords|passcodes"
        r"|pins|combinations|logins)\b[^.!?\n]{0,40}\b(?:against|on|at|for|into) (?:a |the |their"
        r" |his |her |someone'?s )?(?:\w+ )?(?:login|account|site|page|router|wifi|server|portal|phone)",
        r"\b(?:get|find|crack|figure out|bypass|obtain|steal|guess|reset|learn|know)\w* (?:\w+ ){0,2}"
        r"(?:the )?(?:admin|administrator|root|teacher'?s?|it department'?s?|proctor|parental control)"
        r" (?:passwords?|passcodes?|access|credentials|logins?|account)\b (?:\w+ ){0,2}(?:for|on|to"
        r"|of) (?:the |my |our )?(?:school|work|office|company|library|teacher|district|employer)"
        r"(?:'s)?\b",
        rf"\b(?:get|find|obtain|steal|crack|figure out|hack|guess|learn|know|see)\w* (?:out )?{_THEIRS}"
        r" (?:\w+ )?(?:passwords?|passcodes?|pin|login (?:details|info\w*)|credentials)\b(?!"
        r" (?:for|to) (?:her|him|them)\b)",
        r"\b(?:fake|rogue|spoofed|cloned|lookalike|look-alike|malicious|evil twin) (?:\w+ )?(?:wi-?fi"
        r"|hotspots?|access points?|networks?|login pages?|captive portals?|websites?|sites?)\b"
        r"[^.!?\n]{0,60}\b(?:captur|steal|harvest|collect|grab|get|log|phish|sniff|intercept)\w*"
        r" (?:\w+ ){0,3}(?:logins?|passwords?|credentials|data|traffic|info\w*|cards?|details)\b"
        r"|\bevil twin (?:attack|access point|network|hotspot)s?\b",
        rf"\b(?:read|reading|see|seeing|monitor\w*|intercept\w*|access\w*|spy\w* on|check\w*"
        rf"|forward\w*|mirror\w*|clone|cloning|track\w*) {_THEIRS} (?:\w+ )?(?:imessages?|texts?"
        rf"|messenger|telegram|signal|discord|tinder|call logs?|locations?|keystrokes|screen|camera"
        rf"|microphone|mic|inbox|notifications|dms|messages|whatsapp|snaps)\b{_NEARBY}(?:\bwithout"
        rf" (?:her|him|them|my \w+|their) (?:\w+ )?(?:knowing|noticing|finding out|permission|consent)"
        rf"|\bfrom my (?:computer|phone|laptop)|\bsecretly|\bremotely)",
        # --- financial crime -------------------------------------------------------------
        r"\b(?:second|two|separate|double|fake) (?:sets? of )?books\b[^.!?\n]{0,30}\b(?:tax|irs|auditors?"
        r"|bank|investors?|government)\b",
        r"\b(?:put|deposit|get|feed|move)\w* (?:it|the cash|the money|them) (?:in|into) (?:the |my |a )?"
        r"bank(?: account)? (?:\w+ ){0,2}(?:slowly|gradually|little by little|bit by bit|in small amounts|a"
        r" little at a time)\b",
        r"\b(?:stop|keep|prevent)\w* (?:my |the )?(?:ex|wife|husband|spouse|partner|creditors?|irs|court"
        r"|lawyers?|trustee|bank)\w* (?:\w+ )?from (?:finding|seeing|discovering|knowing about|getting"
        r"|touching|tracing)\b[^.!?\n]{0,40}\b(?:accounts?|money|assets|savings|income|crypto|property"
        r"|offshore)\b",
        r"\b(?:in cash|cash|under the table|off the books|not report\w*|hid\w*)\b[^.!?\n]{0,40}\bto"
        r" (?:avoid|dodge|skip|evade|get out of) (?:\w+ )?(?:payroll |income |sales |employment )?"
        r"tax(?:es)?\b",
        r"\b(?:take|taking) out (?:a |an )?(?:\w+ )?(?:loan|credit line|line of credit|mortgage|credit"
        r" card)s? (?:in|under) (?:my |the |our )?(?:company'?s?|employer'?s?|business'?s?|boss'?s?"
        r"|parents'?|\w+'s) name\b[^.!?\n]{0,40}\b(?:keep|pocket|spend|without)\b",
        r"\b(?:get|obtain|buy)\w* (?:\w+ )?(?:inside|insider|non-?public|confidential|advance)"
        r" (?:information|info|tips?|knowledge|news)\b[^.!?\n]{0,60}\bbefore (?:a |the |an )?(?:\w+ )?"
        r"(?:approval|announcement|merger|earnings|ruling|decision|release|report|acquisition)\b",
        r"\b(?:bank error|by mistake|by accident|accidentally|wrong account|overpaid|overpayment)\b"
        r"[^\n]{0,80}\b(?:move|hide|withdraw|spend|transfer|keep)\w* (?:it|them|the money)\b[^.!?\n]{0,40}"
        r"\b(?:so (?:they|the bank|it) (?:can'?t|cannot|won'?t)|before (?:they|the bank) (?:notice|find"
        r"|take|reverse))",
        r"\b(?:report|book|record|log|show)\w* (?:\w+ ){0,2}(?:fake|phony|bogus|fictitious|made-up|false"
        r"|fraudulent|inflated) (?:\w+ )?(?:sales|revenue|orders|earnings|profits|numbers|transactions)\b",
        r"\b(?:keep|keeps|keeping|still|continue\w*) (?:getting|collecting|receiving|claiming|cashing)"
        r" (?:\w+ )?(?:my |his |her |their )?(?:late|dead|deceased) (?:\w+ )?(?:\w+'s )?(?:\w+ )?(?:checks"
        r"|pension|benefits|social security|payments)\b",
        needing(
            r"\b(?:to|for) (?:the |my |a )?(?:bank|lenders?|investors|irs|auditors|buyers|insurer|landlord)\b"
            r"[^.!?\n]{0,40}\bby (?:inflat|fak|fudg|falsif|doctor|pad|cook|lying|lie)\w*",
            "(?:inflat|fak|fudg|falsif|doctor|pad|cook|lying|lie)",
        ),
        r"\bkeep (?:it|them|this|that|the money|the \w+) (?:away|hidden|secret) from (?:the |my )?(?:\w+ )?"
        r"(?:lawyer|attorney|executor|court|irs|trustee|siblings|creditors|estate|probate|bank|wife"
        r"|husband|ex|government|tax \w+)\b",
        r"\bstructur\w* (?:\w+ ){0,2}(?:cash )?(?:deposits|withdrawals|payments|transactions"
        r"|transfers)\b",
        r"\b(?:buy|sell|short|trade)\w* (?:\w+ ){0,5}(?:shares|stock|options)\b[^.!?\n]{0,40}\bbefore"
        r" (?:we|our company|my company|my (?:\w+ )?(?:employer|firm)|the company i work for) (?:\w+ )?"
        r"announc\w*",
        r"\b(?:as|like) (?:a |an )?(?:fake|ghost|phantom|fictitious|pretend) (?:employee|worker|vendor"
        r"|contractor|expense|business expense|charity|dependent)\b",
        r"\b(?:wash|washing|launder\w*|clean|cleaning|filter\w*|layer\w*) (?:\w+ ){0,3}(?:money|cash"
        r"|funds|proceeds|profits|earnings)\b (?:\w+ ){0,4}(?:through|via|using|with|in) (?:a |my |the"
        r" |his |her |our |some )?(?:\w+ )?(?:business|shop|store|restaurant|bakery|bar|salon|company"
        r"|llc|firm|cafe|pizzeria|laundromat|car ?wash|casino|account|accounts|charity|church|real"
        r" estate|crypto|farm|club)\b",
        r"\b(?:print|make|produce|create|copy|photocopy|scan|pass|spend|use)\w* (?:\w+ ){0,2}(?:fake"
        r"|counterfeit|phony|funny|copied|photocopied|homemade) (?:\$ ?)?(?:\d+ )?(?:dollar |euro"
        r" |pound )?(?:bills|notes|banknotes|money|twenties|fifties|hundreds|coins|currency)\b",
        r"\b(?:add|create|make|put|set up|invent)\w* (?:\w+ ){0,2}(?:fake|ghost|phantom|fictitious"
        r"|non-?existent|made-up) (?:employees?|workers?|vendors?|suppliers?|contractors?|staff"
        r"|students|patients|tenants|clients)\b",
        rf"\b(?:hide|hiding|hid|conceal\w*|keep\w*|shelter\w*|stash\w*) (?:\w+ ){{0,3}}(?:bitcoin"
        rf"|crypto\w*|gold|assets|property|savings|earnings|inheritance|accounts?|wallets?|money"
        rf"|cash|income) (?:\w+ ){{0,2}}(?:from|off) (?:the |my )?{_WATCHERS}\b",
        needing(
            r"\bso (?:that )?nothing (?:\w+ )?(?:gets?|is|will be) (?:reported|flagged|traced|noticed)\b"
            r"|\bso (?:that )?(?:it|they|none of (?:it|them)|the deposits?|the money|the transfers?)"
            r" (?:won'?t|doesn'?t|don'?t|never|isn'?t|aren'?t|will not|does not) (?:get |be )?(?:reported"
            r"|flagged|traced|noticed)\b|\bdeposits? (?:\w+ ){0,3}(?:at|in|across) (?:different|multiple"
            r"|several|various) (?:branches|banks|atms|accounts)\b",
            "(?:reported|flagged|traced|noticed|branches|banks|atms|accounts)",
        ),
        r"\b(?:pay\w* (?:my ?self|me)|take|taking|transfer\w*|move|moving|withdraw\w*|skim\w*"
        r"|borrow\w*) (?:\w+ ){0,3}(?:from|out of) (?:the |our |my )?(?:\w+ ){0,2}(?:account|accounts"
        r"|funds|budget|treasury|kitty|dues|donations|books)\b[^.!?\n]{0,60}\b(?:without|so) (?:the"
        r" |any |my )?(?:other )?(?:\w+ )?(?:members?|parents|partners|board|owners?|shareholders"
        r"|investors|donors|anyone|nobody|no one) (?:\w+ )?(?:noticing|knowing|finding out|seeing"
        r"|realizing|catching|can't|won't|don't|doesn't|ever)\b",
        r"\b(?:short|sell|dump|buy)\w* (?:\w+ ){0,4}(?:stock|shares|options|puts|calls)\b[^.!?\n]{0,40}"
        r"\bbefore (?:i|we) (?:\w+ )?(?:leak|release|post|spread|publish|tweet)\w*",
        r"\b(?:(?:make|made|making) up(?![\s*_~-]*for\b) |invent\w* |fabricat\w* |inflat\w* |pad\w* |fak\w* )"
        r"(?:\w+ ){0,2}(?:expenses|deductions|receipts|donations|dependents|losses|mileage|business"
        r" trips|charitable \w+|write-?offs|hours|overtime)\b",
        r"\b(?:transfer|put|move|sign|deed|title)\w* (?:\w+ ){0,3}(?:in ?to|under|in) (?:my |his |her"
        r" |a |their )?(?:\w+'s )?(?:\w+ )?name\b[^.!?\n]{0,60}\b(?:bankruptcy|creditors?|divorce"
        r"|lawsuit|judgment|repossess\w*|so (?:they|the \w+|my \w+) can'?t)",
        r"\bcook\w* (?:the |our |my |their )?books\b(?! mean)|\b(?:fudg|massag|doctor|fak|falsif"
        r"|manipulat|inflat|juic|pad)\w* (?:\w+ ){0,2}(?:numbers|figures|financials|revenue|earnings"
        r"|books|accounts|sales figures|metrics)\b[^.!?\n]{0,60}\b(?:so|to (?:fool|trick|mislead"
        r"|impress)|investors|auditors|the bank|lenders|buyers|irs|shareholders|board)\b",
        r"\b(?:split|splitting|break|breaking|divide|dividing|spread|spreading|chop\w*|keep|keeping)"
        r" (?:up )?(?:\w+ ){0,2}(?:deposits?|cash|withdrawals?|transfers?|payments?|transactions?)\b"
        r" (?:\w+ ){0,6}(?:under|below|beneath|less than) (?:the )?(?:\$?10,?000|10k|\$?\d+,?000"
        r"|reporting (?:limit|threshold|requirements?)|(?:\w+ )?threshold|limit|radar)\b",
        r"\b(?:hide|hiding|hid|stash\w*|conceal\w*|squirrel\w* away|move|moving|transfer\w*|siphon\w*)"
        r" (?:\w+ ){0,3}(?:savings|money|assets|income|accounts?|property|crypto|cash|funds|bitcoin"
        r"|gold|investments|inheritance)\b (?:\w+ ){0,4}(?:before|during|in|from|ahead of) (?:\w+ ){0,3}"
        r"(?:divorce|bankruptcy|the settlement|the lawsuit|a lawsuit|custody|alimony|child support"
        r"|the judgment|(?:my|the) (?:wife|husband|spouse|ex)(?:'s)? (?:lawyer|attorney))\b",
        r"\b(?:move|moving|route|routing|run|running|funnel\w*|cycle|cycling|pass|passing|filter\w*"
        r"|wash\w*|layer\w*|clean\w*|launder\w*|push\w*) (?:\w+ ){0,3}(?:money|cash|funds|proceeds"
        r"|profits|payments|earnings|income)\b (?:\w+ ){0,6}(?:through|via|using|with|into) (?:a |my |the"
        r" |some |several |few |a few |multiple )?(?:\w+ )?(?:shell compan\w*|shells|fronts?|front"
        r" (?:compan\w*|business\w*)|offshore (?:\w+ )?(?:accounts?|compan\w*|trusts?)|(?:crypto )?mixers?"
        r"|tumblers?|casinos?|car ?wash\w*|laundromats?|nail salons?|cash business\w*|gift cards?"
        r"|real estate|art(?:work)?|straw \w+|nominees?)\b",
        r"\b(?:clean|cleaning|wash|washing|launder\w*|legitimi[sz]\w*|hide|hiding|spend|spending"
        r"|invest|investing|deposit\w*|turn|turning|convert\w*|buy|buying|use|using|move|moving)"
        r" (?:\w+ ){0,5}(?:dirty|drug|illicit|illegal|black|criminal|stolen|laundered|scam|ransom)"
        r" (?:money|cash|funds|proceeds|profits|bitcoin|crypto|earnings)\b",
        needing(
            r"\btrace (?:where )?(?:the |my |our )?(?:money|cash|funds|payments?|it|they) (?:came|come"
            r"|comes|is coming|are coming|went|goes) from\b|\b(?:can't|cannot|won't|never) (?:\w+ )?"
            r"(?:trace|track|follow|link) (?:the |my )?(?:money|funds|payments|transfers)\b",
            "(?:came|come|comes|coming|went|goes|money|funds|payments|transfers)",
        ),
        r"\b(?:told|tipped|tells|gave|leaked|shared)\w* (?:me )?(?:off )?(?:about|that) (?:a |an |the"
        r" )?(?:upcoming |secret |unannounced |pending |big |coming )?(?:merger|acquisition|buyout"
        r"|earnings|deal|takeover|fda (?:approval|decision)|announcement)\b[^\n]{0,100}\b(?:buy"
        r"|sell|trade|short|options|calls|puts|stocks?|shares)\b|\b(?:non-?public|inside|insider"
        r"|confidential|advance) (?:information|info|tips?|knowledge|news)\b[^.!?\n]{0,60}\b(?:trade"
        r"|buy|sell|short|profit|invest|make money|options)\b(?! (?:laws?|rules?|regulations?)\b)"
        r"|\b(?:buy|sell|trade|short)\w* (?:\w+ ){0,3}(?:stocks?|shares|options|calls|puts)\b"
        r"[^.!?\n]{0,40}\bwithout (?:getting|being) (?:flagged|caught|noticed|investigated|detected)\b",
        r"\b(?:skim\w*|siphon\w*|divert\w*|embezzl\w*|pocket\w*|take|taking|borrow\w*) (?:\w+ )?"
        r"(?:money|cash|funds|a little|some|a bit|a few (?:hundred|thousand)|small amounts)?"
        r" ?(?:\w+ ){0,2}(?:from|off|out of) (?:the |my |our )?(?:company'?s?|church'?s?|charity'?s?"
        r"|club'?s?|employer'?s?|business'?s?|client'?s?|clients'|union'?s?|school'?s?|pta'?s?"
        r"|team'?s?|hoa'?s?) (?:\w+ )?(?:accounts?|books|funds|money|budget|payroll|petty cash"
        r"|treasury|donations|collection|bank account)\b",
        r"\bpump\w* (?:up )?(?:a |the |some )?(?:penny |meme |micro-?cap |small )?(?:stocks?|coins?"
        r"|tokens?|shares)\b[^.!?\n]{0,60}\b(?:sell|dump|before|crash|cash out)\w*",
        r"\b(?:claim|deduct|write off|expense|pass\w* off|disguis\w*|book)\w* (?:\w+ ){0,3}(?:personal"
        r"|family|private) (?:\w+ ){0,2}(?:vacations?|trips?|holidays?|expenses|meals|purchases"
        r"|groceries|renovations?) as (?:a )?(?:business|work|company|office) (?:expenses?|costs?"
        r"|trips?|deductions?|meals?)\b",
        r"\bbackdat\w* (?:\w+ ){0,3}(?:stock options|options|contracts?|documents?|invoices?"
        r"|records?|signatures?|paperwork|receipts|minutes|agreements?)\b[^.!?\n]{0,40}\b(?:so"
        r" (?:it|they|the)|look|make|avoid|before|value)",
        r"\b(?:fake|phony|bogus|inflated|padded|fraudulent|made-up|false) (?:\w+ )?(?:invoices?|bills"
        r"|receipts|expenses|expense reports?)\b[^.!?\n]{0,60}\b(?:company|employer|firm|business"
        r"|boss|insurer|client)\b",
        r"\b(?:pay|paying|paid|get paid|work|working)\w* (?:\w+ ){0,3}(?:under the table|off the books"
        r"|cash in hand)\b[^.!?\n]{0,60}\b(?:write (?:it )?off|deduct|avoid|so (?:i|we) (?:don't"
        r"|won't)|no taxes|without (?:paying|reporting))",
        # --- firearms obtained or carried outside the law ---------------------------------
        r"\b(?:print|3d[- ]print|mill|machin|build|make|finish|drill|cnc)\w* (?:\w+ ){0,3}(?:lower"
        r" receivers?|upper receivers?|80 ?% (?:lowers?|receivers?|frames?|kits?)|(?:glock|pistol|gun"
        r"|firearm|polymer) frames?|receivers? for (?:an? )?(?:ar|ak|gun|rifle|pistol)|gun parts)\b",
        rf"\b(?:carry|carrying|bring|bringing|take|taking|sneak\w*|get\w*|conceal\w*|hide|hiding)"
        rf" (?:\w+ ){{0,2}}(?:pistol|gun|handgun|firearm|revolver|glock|rifle|{_WEAPON}) (?:\w+ ){{0,3}}"
        r"(?:into|in|to|inside) (?:a |the |my |his |her )?(?:\w+ )?(?:school|classroom|courthouse"
        r"|court|airport|plane|federal building|post office|polling place|bar|stadium|hospital"
        r"|government building|campus)\b[^.!?\n]{0,60}\b(?:hidden|without|past|unnoticed|sneak"
        r"|detector|security|well|nobody|no one)\b",
        rf"\b(?:buy|get|obtain|purchase|acquire)\w* (?:a |an )?(?:\w+ )?(?:gun|handgun|pistol|firearm"
        rf"|rifle|ar-?15|glock|{_WEAPON}) (?:\w+ ){{0,4}}(?:so (?:there'?s|there is) no (?:record"
        rf"|paperwork|trace)|(?:with|leaving) no (?:record|paperwork|trace|serial)|off the books"
        rf"|under the table|for cash (?:no|with no) questions|with no questions asked|no questions asked)\b",
        # --- trafficking, forced labour, smuggling people and wildlife -------------------------
        r"\b(?:because|since|as) i (?:have|keep|hold|took|control) (?:her|his|their) (?:papers|passports?"
        r"|documents|ids?|visas?|green cards?)\b",
        r"\b(?:workers|people|employees|girls|migrants|staff) (?:who|that) (?:won'?t|will not|can'?t|cannot"
        r"|wouldn'?t|never) (?:go to|call|report (?:me )?to|talk to|complain to) (?:the )?(?:police|cops"
        r"|authorities|labou?r board|immigration)\b",
        r"\b(?:kids|children|minors|girls|boys)\b[^.!?\n]{0,40}\b(?:sell|beg|work)\w* (?:\w+ ){0,4}(?:for"
        r" me|for us)\b[^.!?\n]{0,30}\bkeep (?:the |all the |their )?(?:money|cash|earnings|profits)\b",
        needing(
            r"\b(?:on site|on-site|locked|passports?|papers|debts?|compound|dorm\w*|barracks)\b[^.!?\n]{0,40}"
            r"\bso (?:that )?(?:they|the workers|workers|she|he|the girls) (?:never|don'?t|can'?t) (?:ever )?"
            r"(?:leave|quit|go home|escape|run away)\b",
            "(?:leave|quit|go|escape|run)",
        ),
        r"\b(?:charge|fee|price|rate|cost|pay)\w* (?:\w+ ){0,3}(?:to )?(?:get|bring|take|sneak|smuggle|move)"
        r"\w* (?:someone|somebody|people|a person|migrants|them) (?:over|across|through|past) (?:the )?"
        r"border\b",
        r"\b(?:make|force|have|get)\w* (?:\w+ ){0,2}(?:them|her|him|women|girls|workers|people) (?:to )?"
        r"(?:work|pay) off (?:their|her|his|a|the) (?:\w+ )?(?:debts?|fees?|travel costs?|transport"
        r" costs?|visa costs?)\b",
        r"\b(?:undocumented|illegal|immigrant|migrant|foreign|trafficked)\b[^.!?\n]{0,60}\b(?:never|not"
        r"|don'?t|without) pay(?:ing)? (?:them|him|her)\b",
        r"\b(?:make sure|ensure) (?:that )?(?:my |the )?(?:domestic )?(?:workers?|maids?|helpers?|nann(?:y"
        r"|ies)|housekeepers?|servants?|employees?|staff|girls?|wife) (?:\w+ )?(?:never|doesn'?t|does"
        r" not|can'?t|cannot) (?:\w+ )?(?:leaves?|go(?:es)? out|gets? out|goes? anywhere|talks? to"
        r" anyone)\b",
        r"\b(?:maids?|nann(?:y|ies)|housekeepers?|helpers?|servants?|workers?|labou?rers)\b[^.!?\n]{0,30}"
        r"\b(?:without (?:pay|paying|wages|salary)|for (?:free|no (?:pay|money|wages))|unpaid)\b",
        r"\b(?:desperate|vulnerable|undocumented|illegal|poor) (?:\w+ ){0,3}(?:enough )?to (?:work"
        r"|labou?r)\b"
        r"[^.!?\n]{0,40}\b(?:for (?:almost )?nothing|for free|for pennies|for (?:very )?little|keep (?:them"
        r"|it) quiet|no pay)\b",
        r"\b(?:hide|hiding|pack\w*|conceal\w*|stuff\w*) (?:\w+ ){0,3}(?:eggs|birds?|reptiles?|turtles?"
        r"|tortoises?|snakes?|lizards?|ivory|horns?|scales|fins|pelts?|skins?|animals?) (?:\w+ ){0,2}in"
        r" (?:my |the |a )?(?:luggage|suitcase|bag|carry-?on|clothes|car|pants|socks|shipment)\b",
        needing(
            r"\b(?:keep|keeping|take|taking|hold|holding|confiscat\w*|withhold\w*|seiz\w*|lock\w* up)"
            r" (?:\w+ ){0,2}(?:a |the |my |our )?(?:worker|employee|maid|nanny|helper|housekeeper"
            r"|staff member"
            r"|labou?rer|girl)'?s (?:\w+ )?(?:passports?|ids?|id cards?|identity (?:cards|documents)"
            r"|documents"
            r"|papers|visas?|phones?)\b[^.!?\n]{0,30}\b(?:so (?:she|he|they) (?:can'?t|won'?t|cannot"
            r"|doesn'?t)"
            r"|from (?:leaving|quitting|going))",
            "(?:passport|passports|id|ids|identity|documents|papers|visa|visas|phone|phones)",
        ),
        r"\b(?:sell|buy|trade|collect|poach|take)\w* (?:\w+ ){0,3}(?:parrot|macaw|cockatoo|eagle|falcon"
        r"|hawk|owl|sea turtle|turtle|crocodile|wild bird|songbird)s? eggs\b",
        r"\brecruit\w* (?:\w+ ){0,2}(?:girls|women|teens|young \w+|models) (?:\w+ ){0,4}(?:abroad|overseas"
        r"|to (?:\w+ ){0,2}(?:dubai|europe|asia|america))\b[^.!?\n]{0,60}\b(?:really|actually|secretly"
        r"|something else|not what)\b",
        r"\b(?:student|tourist|visitor) visas?\b[^.!?\n]{0,60}\bwork (?:\w+ ){0,3}(?:full[- ]time|for"
        r" (?:me|us|cash)|under the table|off the books|illegally)\b",
        r"\b(?:ship|export|import|smuggl|sneak|bring|sell|send|fly|move|take)\w* (?:\w+ ){0,4}without"
        r" (?:cites|export|import|the proper|proper|any|valid) (?:papers|permits?|documents|paperwork"
        r"|licen[cs]es?|certificates)\b",
        r"\b(?:abroad|overseas|tourist visa|visas?|passports?|immigrants?|undocumented|migrants?"
        r"|foreign)\b[^\n]{0,100}\bwithout paying (?:her|him|them)\b",
        r"\b(?:trap|catch|captur|net|take|poach)\w* (?:\w+ ){0,2}(?:birds?|songbirds?|parrots?|finches"
        r"|reptiles?|turtles?|tortoises?|monkeys?|snakes?|lizards?|frogs?|orchids|animals?) (?:in|from"
        r"|out of) the wild\b[^.!?\n]{0,40}\b(?:sell|sale|market|money|pet trade|export)",
        r"\b(?:hide|hiding|conceal\w*|pack\w*|stuff\w*|cram\w*) (?:\w+ ){0,2}(?:people|migrants"
        r"|immigrants|refugees|someone|a person|persons|workers) (?:in|inside|under|into) (?:a |the )?"
        r"(?:\w+ )?(?:trucks?|trunks?|containers?|vans?|trailers?|boats?|compartments?|crates?"
        r"|cargo)\b",
        r"\b(?:really|actually|secretly) (?:for|about|a) (?:forced|unpaid|sex|slave|bonded)"
        r" (?:work|labou?r|prostitution|servitude)\b",
        r"\b(?:make sure|ensure|so) (?:that )?(?:they|he|she|the workers|my workers|workers|employees"
        r"|the \w+)(?: (?:\w+ ){0,4})? (?:never|can't|cannot|won't|don't|doesn't) (?:\w+ )?(?:report|call"
        r"|contact|go to|tell|complain to|talk to)\w* (?:me|us|the (?:police|cops|authorities|labou?r board)"
        r"|anyone"
        r"|immigration|ice)\b",
        r"\b(?:make|force|have|get|put)\w* (?:\w+ ){0,4}(?:kids|children|minors|girls|boys) (?:\w+ ){0,5}"
        r"(?:work|labou?r)\w* (?:\w+ ){0,4}(?:instead of (?:going to )?school|rather than (?:go to"
        r" |going to )?school|(?:and|or) skip school|long hours|without pay|unpaid)\b",
        r"\b(?:move|moving|get|getting|bring|bringing|ferry\w*|take|taking|transport\w*|smuggl\w*)"
        r" (?:\w+ ){0,2}(?:people|migrants|immigrants|refugees|them) (?:across|over|through) (?:the )?"
        r"(?:\w+ ){0,2}(?:river|rio grande|sea|strait|channel|mediterranean|desert|border)\b"
        r"[^.!?\n]{0,40}\b(?:at night|for \$ ?\d+|for money|for cash|each|a head|per person"
        r"|undetected|unseen)\b",
        r"\b(?:keep|keeping|stop|stopping|prevent\w*) (?:\w+ ){0,3}(?:them|workers|employees|maids?"
        r"|helpers?|housekeepers?|nann(?:y|ies)|servants?|domestic workers?|au pairs?"
        r"|girls|women|migrants|staff|labou?rers|him|her) (?:\w+ ){0,2}from (?:going|talking|reporting"
        r"|complaining|running|leaving|contacting|calling|quitting) (?:to |away|at all)?(?:\w+ )?"
        r"(?:authorities|police|labou?r (?:board|department)|embassy|union|immigration|cops|anyone"
        r"|family)?\b",
        needing(
            r"\bthreaten (?:them|him|her|workers|employees|the workers|my workers|my employees|my staff)"
            r" with (?:deportation|immigration|ice|the police|arrest)\b|\b(?:and |then |just )threaten"
            r" to (?:report|call|deport|turn in)\w* (?:\w+ ){0,3}(?:if|when|unless|so|to (?:ice|immigration"
            r"|the police|the authorities))\b",
            "(?:threaten)",
        ),
        r"\b(?:hide|hiding|conceal\w*|smuggl\w*|sneak\w*|pack\w*|stuff\w*|cram\w*|transport\w*|move"
        r"|moving|get|getting|bring|bringing|ferry\w*|take|taking) (?:\w+ ){0,2}(?:people|someone"
        r"|somebody|migrants|immigrants|refugees|a person|persons|workers|girls|women|kids|children"
        r"|my \w+|them|him|her) (?:\w+ ){0,3}(?:across|over|into|through|past|in(?:to)? the) (?:the )?"
        r"(?:\w+ )?(?:borders?|country|channel|us|uk|checkpoints?|customs|states)\b[^.!?\n]{0,60}"
        r"(?:\b(?:illegally|undetected|unseen|without (?:papers|visas?|documents|passports?|being"
        r" (?:seen|caught|detected|stopped)|getting caught)|for (?:money|cash|a fee|profit)|small"
        r" boats?|containers?|trucks?|trunks?|vans?|trailers?|hidden)\b|\b(?:in|inside|under) (?:a |the )?"
        r"(?:\w+ )?(?:trucks?|trunks?|containers?|vans?|trailers?|boats?|compartments?|crates?))"
        r"|\b(?:smuggl\w*|sneak\w*) (?:\w+ ){0,2}(?:people|someone|somebody|migrants|immigrants|refugees"
        r"|a person|them|him|her|my \w+) (?:in ?to|across|over|through|past)\b",
        r"\b(?:coyotes?|smugglers?|traffickers?)\b[^.!?\n]{0,40}\b(?:hide|get|sneak|move|bring|pack)"
        r" (?:\w+ )?(?:people|migrants|them)\b",
        rf"\b(?:ship|export|import|smuggl|sneak|bring|get|sell|buy|trad|move|take|fly|carry|post|mail)\w*"
        rf" (?:\w+ ){{0,3}}{_WILDLIFE}\b (?:\w+ ){{0,6}}(?:without (?:permits?|papers|documents|cites"
        r"|a licen[cs]e|paperwork|customs)|through customs|past customs|into the country|across"
        r" (?:the )?borders?|out of (?:the country|\w+)|online|on the (?:dark ?web|black market)"
        r"|black market|unnoticed|undetected)\b|\b(?:sell|selling|buy|buying|trade|trading)\w*"
        rf" (?:\w+ ){{0,2}}(?:rhino horns?|ivory|pangolin \w+|pangolins|tiger (?:bones?|skins?|parts"
        r"|cubs?)|bear (?:bile|paws)|shark fins?|totoaba|turtle eggs|elephant tusks)\b",
        r"\b(?:trap|trapping|catch|catching|captur\w*|net|netting|poach\w*|take|taking|collect\w*|dig"
        r" up|digging up)\w* (?:\w+ ){0,2}(?:wild|native|protected|endangered|rare) (?:\w+ )?(?:birds?"
        r"|animals?|reptiles?|turtles?|tortoises?|monkeys?|parrots?|songbirds?|finches|orchids|cacti"
        r"|plants|snakes?|lizards?|frogs?|fish)\b (?:\w+ ){0,3}(?:to sell|for sale|and sell|for money"
        r"|as pets|for the pet trade|to export)\b",
        r"\b(?:hunt|hunting|shoot|shooting|kill|killing|trap|trapping|fish|fishing|take|taking|bag"
        r"|bagging) (?:\w+ ){0,5}(?:out of season|at night with (?:a )?(?:spotlight|light)|with"
        r" (?:a )?spotlight|over the (?:bag )?limit|without (?:a )?(?:licen[cs]e|tag|permit)|in (?:a |the"
        r" )?(?:national park|nature reserve|reserve|preserve|wildlife refuge|sanctuary|protected area)"
        r"|on (?:a |the )?(?:\w+ )?(?:reserve|preserve|sanctuary)"
        r"|(?:on|in) (?:protected|private|posted) land)\b",
        r"\b(?:make sure|ensure|so|so that) (?:she|he|they|the (?:workers?|maids?|girls?|nann(?:y|ies)"
        r"|staff|employees|migrants)) (?:can't|cannot|can never|won't be able to|will never be able to"
        r"|is never able to|are never able to) (?:\w+ )?(?:leave|quit|escape|run away|go home|contact"
        r"|call|talk to|complain|get away|ask for help|get help|seek help)\b",
        r"\b(?:workers|employees|maids?|girls|women|staff|migrants|labou?rers|servants|nann(?:y|ies))"
        r" (?:\w+ ){0,3}(?:locked (?:in|inside|up)|lock(?:ed)? (?:them|her|him) (?:in|inside|up))\b"
        r"|\block\w* (?:\w+ ){0,2}(?:workers|employees|maids?|girls|staff|migrants|labou?rers"
        r"|servants) (?:\w+ )?(?:in|inside|up)\b",
        r"\b(?:recruit|hire|employ|use|traffic|bring in|get|find)\w* (?:\w+ ){0,2}(?:kids|children|minors"
        r"|underage \w+|\d+[- ]year[- ]olds) (?:\w+ ){0,3}(?:work|labou?r)\b[^.!?\n]{0,40}\b(?:factor"
        r"\w*|mines?|sweatshops?|fields|brick kilns?|without (?:paperwork|papers|permits?|pay)|off the"
        r" books|for free|unpaid|long hours|for (?:little|no) pay|cheap labou?r)\b",
        r"\blur\w* (?:\w+ ){0,3}(?:women|girls|people|workers|migrants|teens|kids|children|young \w+)"
        r" (?:\w+ ){0,3}(?:abroad|overseas|across the border|to (?:\w+ ){0,2}(?:country|city|europe"
        r"|dubai|the us|america)|with (?:fake |false )?(?:promises|job offers|offers|jobs))\b",
        r"\b(?:fake|false|bogus|phony|fraudulent) (?:job (?:offers?|ads?|listings?|postings?|interviews?)"
        r"|promises of (?:work|jobs?|a job|modelling|modeling)|modell?ing (?:agenc(?:y|ies)|contracts?"
        r"|jobs?))\b",
        r"\b(?:make|force|send|take|use|get|put)\w* (?:\w+ ){0,4}(?:kids|children|minors|girls|boys"
        r"|them|disabled \w+) (?:\w+ ){0,4}(?:to )?beg\b (?:on the streets?|for money|for (?:me|us)"
        r"|in the streets?|at (?:traffic )?lights)\b",
        r"\b(?:charge|impose|set|make|load|saddle|give|add)\w* (?:\w+ ){0,4}(?:fees?|debts?|loans?"
        r"|charges|costs) (?:\w+ ){0,3}(?:that )?(?:they|workers|he|she|the workers|them) (?:can|could"
        r"|will|would)? ?(?:never|can't|cannot|won't be able to) (?:ever )?(?:finish )?(?:pay\w*|repay\w*"
        r"|pay\w* off|pay\w* back|clear\w*|work\w* off)\b",
        # --- evading law enforcement --------------------------------------------------------
        r"\b(?:testify|testifying|witness\w*)\b (?:against me|against us)\b[^\n]{0,60}\b(?:scare|threaten"
        r"|intimidate|pay|bribe|convince|stop)\w* (?:him|her|them)\b",
        needing(
            r"\bso (?:that )?(?:my|the) (?:criminal )?(?:record|history|conviction|arrest|warrant|debt|credit"
            r" history|past)s? (?:\w+ )?(?:disappears?|goes away|is erased|vanishes|gets wiped|can'?t be"
            r" found)\b",
            "(?:record|records|history|conviction|arrest|warrant|debt|credit|past)",
        ),
        r"\b(?:vanish|disappear|start over|go off the grid)\b[^.!?\n]{0,40}\b(?:new name|new identity|fake"
        r" name)\b[^.!?\n]{0,40}\bafter (?:the |my )?(?:crash|accident|robbery|murder|fire|hit and run"
        r"|arrest|theft|crime|incident|charges)\b",
        r"\b(?:fool|beat|pass|cheat|trick|defeat|game)\w* (?:a |the )?(?:lie detector|polygraph)s?(?:"
        r" tests?)?\b",
        r"\b(?:get|keep)\w* (?:our|my) stor(?:y|ies) straight\b|\bcoordinat\w* (?:our )?stor(?:y|ies)"
        r" (?:before|for) (?:the )?(?:police|cops|detectives?|interview|trial)\b",
        r"\b(?:get out of|beat|avoid|escape|dodge)\w* (?:a |the |my )?(?:dui|dwi|ticket|charges?|arrest"
        r"|conviction|case|fine)\b[^.!?\n]{0,30}\bby (?:blaming|lying|saying|claiming|pretending"
        r"|framing)\b",
        r"\b(?:get rid of|dispose of|dump|ditch|hide|bury|clean|destroy|toss|throw away|melt)\w* (?:the |my"
        r" |a )?(?:knife|gun|weapon|bat|hammer|clothes|shoes|gloves|car|phone|evidence)\b (?:that )?(?:i"
        r"|we) (?:used|wore|had on|was wearing|drove)\b",
        r"\b(?:pay|bribe|convince|force|get|make)\w* (?:a |the |my )?(?:witness\w*|victims?|accusers?)"
        r" (?:\w+ ){0,2}(?:to )?(?:stay quiet|keep quiet|stay silent|keep (?:their|his|her) mouth shut"
        r"|say nothing|not (?:talk|testify|say anything))\b",
        r"\b(?:throw|put)\w* off (?:the )?(?:investigators?|detectives?|police|cops|insurance|adjusters?"
        r"|feds|fire marshal)\b|\bthrow\w* (?:the )?(?:investigators?|detectives?|police|cops|feds) off\b",
        r"\bmake (?:it )?look like (?:i|we) (?:was|were) (?:at home|home|somewhere else|elsewhere|at work"
        r"|out of town|with \w+|asleep|in bed)\b",
        r"\b(?:keep|stop|prevent)\w* (?:\w+ ){0,2}(?:her|him|them|my \w+|the witness\w*) from (?:telling"
        r"|talking to|going to|calling|reporting (?:it |me |this )?to) (?:the )?(?:cops|police|authorities"
        r"|detectives?|investigators|the court|the judge|prosecutors?)\b",
        r"\b(?:make|get|trick|fool)\w* (?:the |a )?(?:breathalyzer|breathaly[sz]er|breath test|interlock)s?"
        r" (?:\w+ ){0,2}(?:read|show|register|blow|give)\w* (?:lower|less|zero|under|clean|negative)\b",
        r"\bcover\w* up (?:\w+ ){0,2}(?:a |the |my )?(?:failed|positive|dirty) (?:drug |urine )?tests?\b",
        needing(
            r"\b(?:remove|burn|erase|alter|sand|file|destroy|get rid of)\w* (?:off )?(?:my |your |his |her )?"
            r"(?:own )?fingerprints\b",
            "(?:fingerprints)",
        ),
        r"\b(?:outrun|lose|shake|evade|escape|get away from|flee from|ditch)\w* (?:a |the )?(?:cops?|police"
        r"|troopers?|cruisers?|squad cars?|patrol cars?|police cars?|police chase)\b",
        r"\b(?:flee|run|escape|hide|move|go)\w* (?:\w+ ){0,4}(?:that|which|where|who) (?:won'?t|doesn'?t"
        r"|don'?t|can'?t|will not) extradite\b|\bextradite (?:me|us)\b",
        r"\b(?:tell|say to|lie to)\w* (?:the |my |an? )?(?:insurance |fire |arson )?(?:investigators?"
        r"|adjusters?|inspectors?|marshals?|detectives?|officers?|cops?) (?:\w+ ){0,3}so (?:that )?(?:he"
        r"|she|they) (?:doesn'?t|don'?t|won'?t|can'?t|never|dont|doesnt) (?:\w+ )?(?:find out|realize"
        r"|notice|suspect|know|discover|figure out|see)\b",
        r"\b(?:disappear|vanish|flee|run away|skip town|leave the country|go on the run|go underground"
        r"|hide out)\b[^.!?\n]{0,30}\bbefore (?:my |the |his |her )?(?:sentencing|trial|court date"
        r"|hearing|arrest|indictment|extradition|deportation)\b",
        r"\b(?:get|make|convince|persuade|ask|have|pay)\w* (?:\w+ ){0,3}to (?:say|claim|tell (?:them|the"
        r" police|the cops|the insurance)|swear|testify) (?:that )?(?:she|he|they|it) (?:was|were|did"
        r"|had) (?:driving|there|the one|with me|at home|responsible|behind the wheel)\b",
        r"\b(?:wipe|wash|clean|remove|get rid of|scrub)\w* (?:\w+ ){0,2}(?:gunshot residue|gsr|powder"
        r" residue)\b|\b(?:wipe|clean|remove|get rid of|scrub)\w* (?:\w+ ){0,2}(?:fingerprints|prints"
        r"|dna)\b (?:\w+ ){0,2}(?:off|from) (?:the |a |my )?(?:gun|weapon|knife|crime scene|safe|body"
        r"|murder weapon|door|window|car)\b",
        needing(
            r"\b(?:use|using|travel\w* (?:on|with)|fly\w* (?:on|with)|get\w* through \w+ with)\w* (?:\w+ )?"
            r"(?:(?:someone|somebody) ?else'?s|another person'?s|a stolen|a fake|a borrowed|my brother'?s"
            r"|my sister'?s|my cousin'?s|my friend'?s) (?:passport|id|visa|licen[cs]e|green card|boarding"
            r" pass|identity)\b",
            "(?:passport|id|visa|licen|green|boarding|identity)",
        ),
        r"\b(?:get|make|convince|persuade|pay|ask|have)\w* (?:\w+ ){0,3}(?:to )?lie (?:for (?:me|us)"
        r" )?(?:in|to|under|at|before) (?:court|the court|the judge|the jury|oath|my (?:trial|hearing"
        r"|deposition)|the police|the cops|detectives|investigators|a deposition|the hearing|trial)\b",
        r"\b(?:police|cops|feds|fbi|investigators|detectives|they) (?:\w+ )?(?:want|wants|are going"
        r"|are coming|will|plan|asked|have a warrant) (?:\w+ ){0,3}(?:search|seize|take|look at|go"
        r" through|check)\w* (?:\w+ ){0,3}(?:phone|laptop|computer|car|house|apartment|files|emails"
        r"|records)\b[^\n]{0,100}\b(?:delete|wipe|erase|destroy|hide|get rid of|clear|smash|dump"
        r"|burn)\w*",
        r"\b(?:pending|open|upcoming) (?:court )?(?:case|charges?|trial|warrant|indictment)\b"
        r"[^.!?\n]{0,60}\bwithout (?:getting|being) (?:stopped|caught|flagged|noticed|detected)\b"
        r"|\b(?:leave|flee|get out of|escape)\w* (?:the )?(?:country|state)\b[^.!?\n]{0,40}\bwithout"
        r" (?:getting|being) (?:stopped|caught|flagged|noticed|detected)\b",
        r"\b(?:letters?|messages?|notes?|calls?|visits?|contact\w*|mail\w*|send\w*|reach\w* out)\b"
        r"[^.!?\n]{0,30}\b(?:the )?(?:judge|juror|prosecutor|witness|detective|officer)'?s? (?:family"
        r"|wife|husband|kids|children|home|house|mother|parents)\b",
        r"\b(?:witness\w*|testify\w*) (?:against me|against us)\b[^\n]{0,80}\b(?:make (?:him|her|them)"
        r" (?:forget|not remember|change|keep quiet|shut up|stay quiet|recant|disappear)|keep (?:him"
        r"|her|them) (?:quiet|silent|from))\b",
        r"\b(?:remove|cut|take off|disable|jam|block|trick|fool|get rid of|get out of|bypass|hack)\w*"
        r" (?:\w+ ){0,2}(?:ankle (?:monitor|bracelet)s?|gps (?:monitor|tag|bracelet)s?|electronic"
        r" (?:tag|monitor)s?|house arrest (?:bracelet|monitor)s?)\b",
        r"\bplant\w* (?:\w+ ){0,2}(?:evidence|drugs|a gun|the gun|a weapon|stolen \w+|a knife)\b"
        r" (?:\w+ ){0,3}(?:on|in) (?:someone|somebody|him|her|them|my \w+|his|her|their|\w+'s)\b"
        r"|\bframe (?:\w+ ){0,2}(?:someone|somebody|him|her|them|my \w+) for\b",
        r"\b(?:cops|police|troopers?|cop|feds|cruiser|squad car)(?:'re| are|'s| is) (?:right"
        r" )?(?:behind|chasing|following|after|tailing) (?:me|us)\b[^\n]{0,80}\b(?:lose|shake|outrun"
        r"|get away|escape|evade|ditch|hide|run)\b",
        r"\b(?:make|made|making|cook\w*|come|coming) up (?:with )?(?:an |a )?(?:fake |false |good"
        r" |solid |believable |airtight )?alibi\b|\b(?:need|want|give me|create|invent|build|fabricat\w*"
        r"|craft|get|set up|arrange)\w* (?:me )?(?:an |a )(?:fake |false |solid |airtight |believable"
        r" |good )?alibi\b",
        needing(
            r"\b(?:how much|what) (?:\w+ ){0,4}(?:offer|pay|give|slip|bribe|hand)\w* (?:to )?(?:a |an |the )?"
            r"(?:\w+ )?(?:inspectors?|officers?|cops?|judges?|officials?|clerks?|guards?|customs \w+"
            r"|border \w+|referees?|umpires?|bureaucrats?|politicians?|council\w*|mayor|senators?"
            r"|agents?|wardens?)\b[^.!?\n]{0,40}\b(?:to (?:sign off|look the other way|let|ignore|approve"
            r"|drop|pass|skip|overlook|forget|lose|fix|make (?:it|this|the|my) (?:\w+ )?(?:go away"
            r"|disappear))"
            r"|without (?:checking|inspecting"
            r"|looking)|so (?:he|she|they) (?:signs?|approves?|ignores?|lets?|looks?|drops?))",
            "(?:inspector|inspectors|officer|officers|cop|cops|judge|judges|official|officials|clerk|clerks|guard|guards|customs|border|referee|referees|umpire|umpires|bureaucrat|politician|council|mayor|senator|agent|agents|warden|wardens)",
        ),
        r"\b(?:offer\w*|pay\w*|slip\w*|give|giving|hand\w*) (?:\w+ ){0,2}(?:inspectors?|officials?"
        r"|officers?|cops?|judges?|clerks?|guards?|referees?|umpires?) (?:\w+ ){0,4}(?:to (?:sign off"
        r"|look the other way|ignore|overlook|let (?:it|me|us|my|the) (?:slide|go|through|pass)"
        r"|make it go away|lose (?:the|my) \w+)|under the table)\b",
        r"\b(?:reach\w* out to|contact\w*|talk\w* to|approach\w*|messag\w*|call\w*|find\w*|meet\w*"
        r"|pay\w*|influenc\w*|sway\w*|bribe\w*|dm|text\w*) (?:a |the |one of the |some of the )?"
        r"(?:\w+ )?jurors?\b[^.!?\n]{0,40}\b(?:on|in|for|from) (?:my|his|her|our|the) (?:\w+ )?"
        r"(?:case|trial)\b",
        r"\b(?:beat|beating|fool|fooling|trick|tricking|cheat|cheating|lower|lowering|mask|masking"
        r"|get\w* past|pass|passing) (?:a |the |my )?(?:breathalyzer|breathaly[sz]er|breath test"
        r"|bac test|ignition interlock|field sobriety test)s?\b",
        needing(
            r"\b(?:have|got|there'?s|with|i've got) (?:a |an )?(?:\w+ )?warrant (?:out|for my arrest"
            r"|on me)\b[^\n]{0,80}\b(?:stay off|avoid|hide|hiding|not get (?:caught|picked up|found)|keep"
            r" working|under the radar|off the radar|lay low|leave|run|disappear)\b",
            "(?:warrant)",
        ),
        r"\b(?:tell|say to|give|feed)\w* (?:\w+ )?(?:the )?(?:police|cops|detectives?|investigators"
        r"|officers?|the judge|the court|my (?:parole|probation) officer|my po|prosecutors?|the insurer"
        r"|insurance|adjuster"
        r"|irs|auditors?) (?:\w+ ){0,4}(?:so (?:that )?(?:they|he|she) (?:think|thinks|believe|believes"
        r"|won'?t|doesn'?t|don'?t|dont|doesnt|wont|never|can'?t|cant|wouldn'?t)|to (?:throw (?:them|him"
        r"|her) off|cover for"
        r"|make (?:them|him|her) think))\b",
        r"\b(?:throw\w* off|lose|losing|fool\w*|shake|shaking|evade|evading|confus\w*|beat|mask\w*)"
        r" (?:a |the )?(?:police |k-?9 |sniffer |tracking |drug |search |cadaver )?(?:dogs?|k-?9s?"
        r"|bloodhounds?)\b(?=[^.!?\n]{0,40}\b(?:police|tracking|k-?9|sniff\w*|track\w*|cops|search"
        r"|chasing|following)\b)|\bhid\w* (?:my )?scent from\b",
        r"\bmake (?:it )?look like (?:someone|somebody|my \w+|he|she|they) (?:else )?(?:was|did|had"
        r"|drove|took|started|wrote|sent|stole|caused)\b|\b(?:blame|pin)\w* (?:it|the (?:crash"
        r"|accident|theft|fire|damage|crime|robbery|break-in)) on (?:someone|somebody|my \w+|him|her"
        r"|them|an innocent \w+)\b",
        r"\bhid\w* (?:\w+ ){0,3}from (?:the )?(?:repo (?:man|men|company)|bounty hunters?|bail bondsm[ae]n"
        r"|(?:us )?marshals?|interpol"
        r"|ice|immigration|my parole officer|my probation officer|the feds|the cops|the police)\b",
        r"\b(?:scare|scaring|threaten\w*|intimidat\w*|pressur\w*|convinc\w*|persuad\w*|pay\w*|bribe\w*"
        r"|talk\w*|get|getting|make|making) (?:\w+ ){0,3}(?:witness\w*|victims?|him|her|them|my"
        r" (?:\w+ )?(?:buddy|friend|ex|cousin|neighbou?r|accuser)) (?:\w+ ){0,4}(?:into not|not to|to"
        r" not|out of) (?:testify\w*|show\w* up|appear\w*|com\w* to court|talk\w* to (?:the )?police"
        r"|press\w* charges|cooperat\w*)\b",
        r"\btestif\w*\b[^\n]{0,80}\b(?:change|recant|drop|take back|withdraw)\w* (?:his|her|their)"
        r" (?:story|statement|testimony|account|accusation|charges)\b|\b(?:convinc|get|make|persuad"
        r"|pressur|pay)\w* (?:\w+ ){0,3}(?:to )?(?:change|recant|drop|withdraw|take back)\w* (?:his"
        r"|her|their) (?:statement|testimony|accusation|complaint|charges)\b",
        # --- intellectual property -------------------------------------------------------
        rf"\b(?:free|cracked|pirated|torrent) (?:download )?links? (?:for|to) (?:\w+ ){{0,2}}{_STREAMING}\b",
        r"\b(?:upload|post|share|leak)\w* (?:\w+ ){0,3}(?:paid|purchased|premium|copyrighted) (?:\w+ )?"
        r"(?:ebooks?|books?|courses?|videos?|movies?|albums?|software|games?|content)\b[^.!?\n]{0,40}"
        r"\b(?:free|public|torrent|pdf site|for everyone|online)\b",
        r"\b(?:record|rip|capture|download)\w* (?:\w+ ){0,3}(?:concert|stream|livestream|broadcast|show"
        r"|movie|film|fight|game|ppv)\w*\b[^.!?\n]{0,30}\b(?:and|to) (?:sell|resell|upload|distribute)\b",
        r"\bfull version (?:of )?(?:\w+ ){0,3}without (?:buying|paying|a licen[cs]e|purchasing)\b",
        r"\b(?:watch|stream|download)\w* (?:\w+ ){0,6}(?:free|for free) without (?:an? )?(?:account"
        r"|subscription|paying|membership|signing up)\b",
        r"\b(?:logos?|swoosh|trademarks?|labels?)\b[^.!?\n]{0,40}\b(?:put (?:it|them) on|print (?:it|them)"
        r" on|on my (?:shirts|merch|products|shoes|bags|hats|hoodies))\b",
        r"\bsell\w* (?:\w+ ){0,2}(?:fake|replica|knock-?off|counterfeit|bootleg|reps?|ua|unauthori[sz]ed)"
        r" (?:\w+ ){0,2}(?:on|at|through|via) (?:ebay|amazon|etsy|instagram|facebook|marketplace|depop"
        r"|poshmark|stockx|grailed|mercari|craigslist|my (?:site|store|shop))\b",
        rf"\b(?:download|get|find|install)\w* (?:\w+ ){{0,4}}(?:cracked|pirated|nulled|hacked)\b"
        rf"|\b{_STREAMING} (?:\w+ ){{0,2}}(?:cracked|pirated|nulled|keygen|crack)\b",
        r"\b(?:free|for free)\b[^.!?\n]{0,40}\b(?:that|which) (?:aren'?t|are not|isn'?t|is not|cost money"
        r"|normally cost)\b",
        r"\b(?:sell|resell|distribut|share|upload)\w* (?:\w+ ){0,2}(?:copies|recordings|pdfs|videos|files"
        r"|content|access) (?:of )?(?:an? |the |my )?(?:\w+ )?(?:online )?(?:course|class|book|textbook"
        r"|ebook|software|game|film|movie|album|program)s? (?:that )?(?:i|we) (?:bought|purchased|paid"
        r" for|downloaded|got|took)\b",
        r"\bfree (?:pdfs?|epubs?|downloads?|copies|mp3s?|torrents?) of(?![\s*_~-]*(?:\w+[\s*_~-]+)?"
        r"(?:public|classic|open|old|my)\b) (?:\w+ ){0,2}(?:bestselling|best-selling|new|latest|popular"
        r"|recent|current|paid|textbooks?|novels?|books?|albums?|movies?|games?)\b",
        r"\bcrack\w* (?:\w+ ){0,2}(?:licen[cs]es?|activation|serials?|drm|copy ?protection|product"
        r" keys?|dongles?|registration)\b",
        rf"\b(?:torrent|pirat|crack|bootleg|leak)\w* (?:\w+ ){{0,3}}{_HARM.alt('video_games')}\b",
        r"\b(?:paste|type out|copy out|write out|reproduce|recite|transcribe|print out)\w* (?:me )?"
        r"(?:the )?(?:whole|entire|full|complete) (?:of )?(?:the )?(?:text|book|novel|chapters?|lyrics"
        r"|script|screenplay"
        r"|album|issue|textbook)\b",
        r"\b(?:watch|stream|view)\w* (?:\w+ ){0,2}(?:paid|premium|pay-?per-?view|ppv|ufc|nfl|nba|sports"
        r"|live) (?:\w+ )?(?:streams?|channels?|games|fights?|events?|content|matches)\b (?:\w+ ){0,2}for"
        r" free\b",
        r"\b(?:licen[cs]es?|keys?|accounts?|software|copies|games?|logins?)\b (?:that )?(?:i|we)"
        r" (?:cracked|pirated|stole|hacked|generated|ripped)\b",
        r"\b(?:give|send|share|generate|list)\w* (?:me )?(?:a |some |the )?(?:\w+ ){0,3}(?:serial"
        r"|product|activation|licen[cs]e|registration) (?:numbers?|keys?|codes?) (?:for|to)(?![\s*_~-]*my\b)",
        r"\b(?:get|use|download|install|run|activate)\w* (?:\w+ ){0,3}(?:for free )?without (?:a |an"
        r" |buying a |paying for a |any )?(?:licen[cs]e|subscription|activation|product key|serial)\b",
        r"\b(?:patched|cracked|modded|hacked|pirated|free) (?:version|copy|build|apk|release)s?"
        r" (?:of )?(?:\w+ ){0,3}(?:so (?:i|we) (?:don'?t|do not|dont|won'?t|never) (?:have to )?(?:pay"
        r"|buy)|without (?:paying|buying))",
        r"\b(?:copy|burn|rip|duplicate|dupe)\w* (?:\w+ ){0,3}(?:dvds?|blu-?rays?|cds?|games?|discs?"
        r"|movies?|films?|albums?)\b[^.!?\n]{0,40}\b(?:sell|selling|resell|sale|for money|distribute)\w*",
        r"\b(?:working|free|valid|unused|genuine|active|legit|real|unlimited) (?:\w+ ){0,3}(?:product"
        r"|licen[cs]e|activation|serial|cd|steam|windows|office|registration) (?:keys?|codes?|numbers?)\b"
        r"|\b(?:give|send|share|generate|list)\w* (?:me )?(?:a |some |the )?(?:\w+ ){0,3}(?:product"
        r"|activation|serial|licen[cs]e|registration) (?:keys?|codes?)\b(?! (?:for|on) my\b)",
        r"\b(?:type|write|print|copy|paste|reproduce|recite|give|send|post|show|tell)\w* (?:me )?"
        r"(?:out )?(?:the )?(?:entire|full|complete|whole|all of the|all the) (?:\w+ ){0,3}(?:chapters?"
        r"|book|novel|text|script|screenplay|lyrics|textbook|album|episode|article|pages?)(?: \d+)?\b"
        r" (?:of|from|in|to) (?:\w+ ){0,4} (?:the |a |an |this )?(?:latest|new|newest|recent|current|popular"
        r"|best-?"
        r"selling|famous|upcoming|hit|bestsell\w*|best-sell\w*)\b|\b(?:full|entire|whole|complete) (?:text"
        r"|script|screenplay|lyrics"
        r"|book|novel) (?:of|from|for) (?:\w+ ){1,4}(?:that|which) (?:just|recently) (?:came out|was"
        r" released|premiered|dropped|hit theaters)\b",
        rf"\b(?:rip|ripp\w*|record\w*|download\w*|copy\w*|burn\w*|captur\w*) (?:\w+ ){{0,3}}{_STREAMING}"
        r"\b (?:\w+ ){0,3}(?:to sell|and sell|for sale|to resell|on dvds?|and upload|to upload"
        r"|to share|and share|for my (?:site|channel))\b|\b(?:sell|selling|resell\w*) (?:\w+ ){0,3}"
        r"(?:bootleg\w*|burned|copied|ripped|pirated|downloaded) (?:\w+ )?(?:dvds?|copies|movies"
        r"|films|shows|games|software|music|albums)\b",
        r"\b(?:sell|selling|pass\w*|market\w*|list\w*|advertis\w*)\b (?:\w+ ){0,4}(?:off )?as"
        r" (?:real|genuine|authentic|brand[- ]new|the real (?:thing|deal)|name[- ]brand|designer"
        r"|official|legit|real \w+)\b(?! (?:in|at)\b)",
        r"\b(?:print|put|sew|stitch|stick|add|iron)\w* (?:\w+ )?(?:nike|adidas|gucci|louis vuitton"
        r"|lv|chanel|prada|rolex|supreme|north face|apple|disney|designer|brand|fake)\w* (?:logos?"
        r"|labels?|tags?|swoosh\w*|patches)\b (?:on|onto) (?:\w+ ){0,3}(?:shoes|bags|shirts|clothes"
        r"|watches|products|sneakers|jeans|hoodies|jackets|cases|items)\b",
        r"\b(?:send|give|share|email|find|get|upload|post)\w* (?:me )?(?:a |the )?(?:free )?(?:pdf"
        r"|epub|mobi|scan|scanned copy|digital copy|free copy) (?:of|for) (?:\w+ ){0,3}(?:textbook"
        r"|book|novel|manga|comic|course ?book|workbook|solutions manual|test bank)s?\b",
        rf"\b(?:resell|rebroadcast|restream|re-?stream|sell|selling)\w* (?:\w+ ){{0,3}}(?:{_STREAMING}"
        r"|premium|paid|pay-?per-?view|ppv|cable|satellite|sports) (?:\w+ )?(?:channels?|streams?"
        r"|content|tv|sports|fights?|games|access|subscriptions?)\b|\b(?:set\w* up|run\w*|start\w*)"
        r" (?:a |an |my own )?(?:\w+ )?iptv (?:\w+ )?(?:service|business|server|reseller)\b",
        r"\b(?:copy|clone|steal|take|rip|decompil\w*|reskin\w*)\w* (?:\w+ ){0,4}(?:game|app|book"
        r"|code|song|article|essay|paper|design|art\w*|photos?|novel|script|website|plugin|course"
        r"|font|software)s?\b[^.!?\n]{0,60}\b(?:under my (?:own )?name|as (?:my|our) own|and (?:sell"
        r"|publish|release|claim) (?:it|them))\b",
        rf"\b(?:get|use|unlock|have|download)\w* (?:\w+ ){{0,2}}(?:{_STREAMING} )?(?:premium|pro|vip"
        r"|plus|paid (?:version|features|tier)|full version)\b (?:\w+ ){0,4}(?:for free|free forever"
        r"|without paying|free)\b(?! trial)|\b(?:modded|hacked|cracked|patched|premium|mod) apks?\b",
        r"\b(?:get\w* past|skip\w*|spoof\w*|patch\w* out|kill\w*|remov\w*|disabl\w*|trick\w*)"
        r" (?:\w+ ){0,2}(?:licen[cs]e (?:checks?|verification|servers?|validation)|activation"
        r" (?:checks?|screens?|servers?)?|drm|copy ?protection|product activation)\b",
        rf"\b(?:logins?|passwords?|accounts?|subscriptions?|{_STREAMING})\b (?:\w+ ){{0,6}}(?:and charge"
        r"|charg\w* (?:them|people|each|everyone|\$)|for money|for a fee|for cash|and sell)\b",
        r"\b(?:download|get|access|watch|grab)\w* (?:\w+ ){0,3}(?:paid|premium|purchased) (?:\w+ )?"
        r"(?:courses?|content|videos?|tutorials?|classes|ebooks?|articles?|apps?|games?|software|tracks?"
        r"|movies?|albums?)\b (?:\w+ ){0,3}(?:for free|without paying)\b",
        # --- elections ---------------------------------------------------------------------
        r"\bvot\w* (?:\w+ ){0,3}(?:under|with|using) (?:fake|false|made-up|other people'?s|dead people'?s"
        r"|fictitious|different) (?:names|identities|ids|registrations)\b",
        r"\b(?:make|get|convince|trick|tell)\w* (?:\w+ ){0,2}(?:people|voters|them|folks)\b[^.!?\n]{0,60}"
        r"\bso (?:that )?(?:they|people|voters) (?:don'?t|won'?t|will not|do not|never) (?:go (?:and )?)?"
        r"vote\b(?! (?:twice|again|more))|\bso (?:that )?(?:they|people|voters) (?:stay home|skip (?:the )?"
        r"(?:vote|election|polls))\b",
        needing(
            r"\b(?:election day|the election|voting|polls?) (?:is|are|will be|has been moved to) (?:on )?"
            r"(?:monday|wednesday|thursday|friday|saturday|sunday)\b[^.!?\n]{0,20}\bfor (?:them|you|democrats"
            r"|republicans|\w+ speakers|immigrants|latinos|black voters|students)\b",
            "(?:monday|wednesday|thursday|friday|saturday|sunday)",
        ),
        r"\bballots?\b[^.!?\n]{0,60}\bfill (?:them|it|\w+) (?:in|out) (?:my ?self|our ?selves|for them)\b",
        r"\b(?:stop|keep|prevent)\w* (?:\w+ ){0,5}from (?:getting|going|making it) to (?:the )?(?:polls"
        r"|polling (?:places?|stations?)|ballot box)\b",
        r"\b(?:tell|telling|text|texting|call|calling|robocalls?|scripts?|messages?)\b[^.!?\n]{0,60}"
        r"\b(?:they'?re|they are|you'?re|you are) (?:not|no longer) registered\b",
        r"\b(?:vote|voting) (?:for|against) (?:\w+ ){0,3}or (?:\w+ )?(?:lose|be fired|get fired|be evicted"
        r"|lose (?:their|your|his|her) (?:jobs?|benefits|housing|visa))\b",
        r"\b(?:get|make|have|tell|force|pressure)\w* (?:\w+ ){0,4}(?:residents|patients|tenants|seniors"
        r"|elderly|employees|workers|students|clients) (?:\w+ ){0,2}(?:to )?vote (?:how|the way|for who(?:m)?"
        r"|for whoever) (?:i|we) (?:want|say|tell|choose)\b",
        r"\b(?:collect\w*|gather\w*|harvest\w*|pick\w* up) (?:\w+ ){0,3}ballots\b[^.!?\n]{0,60}\b(?:throw\w*"
        r" (?:away|out)|toss\w*|trash\w*|destroy\w*|burn\w*|shred\w*|discard\w*|dump\w*|lose|losing|get"
        r" rid of)\b",
        r"\b(?:buy|buying|purchas)\w* (?:\w+ ){0,3}(?:ballots|votes)\b|\bsell (?:me|us) (?:their|your)"
        r" (?:\w+ )?(?:ballots?|votes?)\b",
        r"\bregister\w* (?:\w+ ){0,2}(?:fake|fictitious|non-?existent|made-up|dead|imaginary) (?:people"
        r"|voters|persons|names|residents)\b|\b(?:register|sign)\w* (?:up )?(?:my )?(?:dog|cat|pet)s? to"
        r" vote\b",
        r"\b(?:texts?|messages?|posts?|flyers?|saying|telling|warn\w*|tell\w*|claiming|robocalls?)\b"
        r"[^.!?\n]{0,60}\b(?:will be|get|gets|getting|be) (?:arrested|deported|detained|fined|jailed"
        r"|prosecuted|checked for \w+) (?:at|if (?:they|you) (?:go to|show up at)) (?:the )?(?:polls"
        r"|polling (?:places?|stations?))\b",
        r"\b(?:fake|forged|bogus|phony|fraudulent) (?:absentee |mail-?in |postal )?(?:ballot applications?"
        r"|voter registrations?|registration forms?|voter ids?|ballot request forms?)\b|\bballots?"
        r" (?:\w+ ){0,4}(?:wrong|fake|false|incorrect) (?:return )?address\w*",
        r"\b(?:texts?|messages?|posts?|flyers?|saying|telling|tell\w*|claiming)\b[^\n]{0,120}\((?:not"
        r" (?:true|real)|false|untrue|a lie|made up|it'?s not true|fake)\)",
        r"\b(?:polling (?:stations?|places?)|voting (?:booths?|centers?|centres?|machines?)|election"
        r" offices?|counting (?:centers?|rooms?))\b[^.!?\n]{0,60}\b(?:mess|tamper|fiddl|play)\w* with\b"
        r"|\b(?:mess|tamper|fiddl)\w* with (?:the )?(?:voting |vote |ballot )?(?:machines?|tabulators?"
        r"|ballot boxes)\b[^.!?\n]{0,40}\b(?:election|vote|ballots?|polls?|precinct)\b",
        r"\b(?:bus|drive|bring|ship|fly)\w* (?:\w+ ){0,2}(?:people|voters|them|folks|students) (?:\w+ ){0,3}"
        r"(?:across|over|from) (?:the )?(?:state lines?|border|other states?|another state|out of"
        r" state)\b[^.!?\n]{0,40}\bto vote\b",
        r"\bchalleng\w* (?:every|all|each|as many) (?:\w+ ){0,2}voters?\b",
        r"\b(?:texts?|posts?|flyers?|messages?|emails?|robocalls?|ads?|tell\w*|saying|claiming)\b"
        r"[^.!?\n]{0,60}\b(?:by|via) (?:voting|casting (?:your |their )?(?:votes?|ballots?)) (?:online"
        r"|by (?:text|phone|email)|over the phone)\b",
        r"\b(?:texts?|text blasts?|posts?|flyers?|messages?|emails?|stor(?:y|ies)|articles?|reviews?"
        r"|letters?|tweets?|ads?|announcements?|robocalls?|telling|saying|claiming|convinc\w*|persuad\w*"
        r"|warn\w*|spread\w*)\b[^\n]{0,120}\((?:it|they|she|he|that|this|the \w+)(?: really| actually)?"
        r" (?:didn'?t|did not|doesn'?t|does not|don'?t|isn'?t|wasn'?t|hasn'?t|haven'?t|aren'?t|is not"
        r"|has not|never|won'?t|will not|weren'?t)\b",
        r"\b(?:flyers?|posts?|texts?|messages?|emails?|robocalls?|signs?|announc\w*|saying|tell\w*)\b"
        r"[^.!?\n]{0,60}\bpolls? (?:close|closes|end|ends|shut|shuts|open|opens) (?:at|by|early)\b"
        r"[^\n]{0,40}\((?:they|it|the polls?)(?: really| actually)? (?:close|closes|open|opens|end"
        r"|ends)\b",
        r"\b(?:cancel\w*|purge|purging|delete|deleting|remove|removing) (?:\w+ ){0,2}(?:their|other"
        r" people'?s|voters'?|people'?s|those) (?:voter )?registrations?\b",
        needing(
            r"\b(?:hold\w* back|withhold\w*|delay\w*|sit\w* on|los(?:e|ing)|misdeliver\w*) (?:\w+ ){0,3}"
            r"ballots\b",
            "(?:ballots)",
        ),
        r"\bvot\w* (?:\w+ ){0,3}(?:using|under|with|in"
        r"|as)(?![\s*_~-]*my[\s*_~-]*own\b) (?:\w+ ){0,3}\w+'s (?:voter )?"
        r"(?:registration|ballot|name|identity|id|absentee ballot)\b|\bvot\w* (?:\w+ ){0,2}(?:for|as"
        r"|in place of) (?:my |a |the )?(?:dead|deceased|late) \w+",
        r"\b(?:swap|switch|replac|exchang|substitut)\w* (?:\w+ ){0,3}ballots? (?:\w+ ){0,2}(?:with|for)"
        r" (?:fake|forged|pre-?filled|marked|counterfeit|our|my|other)\b",
        r"\bpay\w* (?:\w+ ){0,4}to (?:register and |go and |all )?vote\b",
        r"\b(?:texts?|messages?|posts?|tweets?|flyers?|emails?|robocalls?|scripts?|ads?|telling|tell"
        r"|saying|announc\w*|claiming|notice)\b[^.!?\n]{0,60}\b(?:election|vote|voting|polls?|election"
        r" day|polling|primary)\w* (?:\w+ ){0,3}(?:has been|have been|was|were|is|are|been|got|'s)"
        r" (?:moved|postponed|rescheduled|changed|pushed (?:back)?|delayed|cancell?ed|extended|called"
        r" off) (?:to|until|till|because)\b",
        r"\b(?:pretend\w*|pos(?:e|es|ed|ing)|impersonat\w*|pass\w* (?:my ?self )?off|claim\w* to be"
        r"|disguis\w*) (?:to be |as )?(?:from )?(?:a |an |the )?(?:\w+ )?(?:poll (?:workers?|watchers?"
        r"|observers?"
        r"|monitors?|judges?)|election (?:officials?"
        r"|workers?|office|officer|judges?|board|commission|staff)|county (?:clerk|registrar)|registrar"
        r"|secretary of state|elections? office|board of elections|voter registration \w+)\b",
        r"\b(?:tell|telling|text|texting|email|emailing|call|calling|inform|informing|letters?|notices?"
        r"|messages?)\b (?:\w+ ){0,3}(?:people|voters|them|residents|students|seniors|immigrants"
        r"|democrats|republicans) (?:\w+ ){0,2}(?:that )?(?:their|his|her) (?:voter )?(?:registrations?"
        r"|ballots?|votes?) (?:is|are|was|were|has been|have been|will be) (?:\w+ )?(?:invalid"
        r"|cancell?ed|expired|revoked|purged|suspended|void|rejected|not valid)\b",
        r"\b(?:fill\w*|mark\w*|complet\w*|sign\w*|submit\w*|cast\w*) (?:out |in )?(?:\w+ ){0,2}"
        r"(?:absentee |mail-?in |postal )?ballots? (?:\w+ ){0,2}(?:for|of|on behalf of) (?:the |my |our"
        r" |all the |all )?(?:\w+ ){0,2}(?:residents|patients|tenants|clients|seniors|elderly|voters"
        r"|dead|family members|relatives|roommates|students|employees)\b",
        r"\b(?:lives?|living|registered|resides?) in (?:another|a different|other) (?:state|county"
        r"|district|precinct|country)\b[^.!?\n]{0,60}\bvote (?:here|in (?:my|our|this)|too|as well"
        r"|again)\b|\bvote (?:here )?(?:too|as well|again)\b[^.!?\n]{0,40}\b(?:lives?|registered) in"
        r" (?:another|a different)\b",
        r"\b(?:throw\w* (?:away|out)|toss\w*|trash\w*|destroy\w*|burn\w*|shred\w*|hid\w*|discard\w*"
        r"|steal\w*|dump\w*|bin|binning|take|taking|open\w*) (?:\w+ ){0,4}(?:mail-?in |absentee"
        r" |postal |other people'?s |their |the )?ballots\b|\b(?:tamper\w*|mess\w*|destroy\w*|burn\w*"
        r"|set\w* fire|vandali[sz]\w*|break\w* into|steal\w*|empty\w*|glue\w*) (?:\w+ ){0,3}(?:ballot"
        r"|drop) (?:drop )?box\w*",
        r"\b(?:robocalls?|texts?|messages?|flyers?|posts?|tweets?|scripts?|emails?|saying|tell(?:ing)?"
        r" (?:people|voters|them))\b[^.!?\n]{0,60}\b(?:polling (?:places?|stations?|locations?|sites?)"
        r"|polls|voting (?:sites?|centers?|centres?|locations?)) (?:are|is|will be|have been|has been"
        r"|'re) (?:\w+ )?(?:closed|shut|cancell?ed|not open|full|moved)\b",
        r"\b(?:change|changing|alter|altering|edit|editing|modify|modifying|flip|flipping|switch"
        r"|switching|rig|rigging|hack|hacking|tamper\w*|mess\w* with|delete|deleting|access|accessing)"
        r" (?:\w+ ){0,3}(?:vote|ballot|election|voting) (?:\w+ )?(?:counts?|totals?|tallies|results|machines?"
        r"|tabulators?|software|databases?|servers?|records)\b",
        r"\b(?:signs?|flyers?|posters?|posts?|texts?|messages?|emails?|robocalls?|saying|tell(?:ing)?"
        r" (?:people|voters|them)|claiming)\b[^.!?\n]{0,60}\b(?:need|must (?:have|show|bring)|have to"
        r" (?:show|bring|have)|will need|are required to (?:show|bring|have)|require)\w* (?:a |an |your"
        r" |their )?(?:passport|birth certificate|utility bill|proof of citizenship|social security"
        r" card|marriage certificate|two forms of id) (?:\w+ ){0,2}to vote\b",
        r"\b(?:spread\w*|message|tell\w*|text\w*|post\w*|flyers?|saying|claiming|convinc\w*)\b"
        r"[^.!?\n]{0,40}\b(?:people|voters|anyone|those|you|immigrants|students) (?:who|that|with)"
        r" (?:\w+ ){0,4}(?:owe|owes|have|unpaid|outstanding|overdue|parking|tickets?|fines?|debts?"
        r"|student loans?) (?:\w+ ){0,4}(?:can't|cannot|aren't allowed to|are not allowed to|can not"
        r"|won't be able to|are banned from|may not) vote\b",
        needing(
            rf"\b{_INELIGIBLE} (?:\w+ ){{0,2}}(?:registered|signed up"
            rf"|(?:on|onto|into|to) the (?:voter )?(?:rolls|lists?))(?: to vote)?\b",
            "(?:registered|signed|rolls)",
        ),
        r"\b(?:scare|scaring|keep|keeping|chase|chasing|drive|driving|frighten\w*|turn|turning|push"
        r"|pushing|intimidat\w*) (?:\w+ ){0,3}(?:away from|off|out of) (?:the )?(?:polls|polling"
        r" (?:places?|stations?)|voting (?:booths?|sites?|centers?)|ballot box)\b",
        rf"\b(?:change|changing|cancel\w*|update|alter\w*|delete|deleting|remove|removing|purge"
        rf"|purging|edit\w*) (?:\w+ ){{0,2}}{_THEIRS} (?:voter )?registrations?\b[^.!?\n]{{0,60}}"
        r"\b(?:can't|cannot|won't be able to|don't get to|so (?:they|he|she))\b|\b(?:mess\w* up|corrupt"
        r"\w*|flood\w*|spam\w*|tamper\w* with|manipulat\w*|hack\w*|mass[- ]challeng\w*) (?:\w+ ){0,2}"
        r"(?:voter (?:rolls?|registrations?|lists?|files|database)|registration (?:database|records"
        r"|lists?))\b",
        needing(
            r"\b(?:deepfake|deep fake|voice[- ]clon\w*|cloned voice|fake (?:audio|voice|robocalls?|video)"
            r"|ai[- ]generated (?:voice|audio|robocalls?|video)|ai (?:audio|voice|video|robocalls?)|(?:in"
            r"|with"
            r"|using) (?:a |the )?(?:candidate"
            r"|politician|president|governor|senator|mayor|\w+)'s voice)\w*[^.!?\n]{0,80}\b(?:vote|voting"
            r"|voters|polls|election|stay home)\b",
            "(?:vote|voting|voters|polls|election|stay)",
        ),
        r"\b(?:fake|forg\w*|fabricat\w*|made-up|phony|bogus) (?:\w+ ){0,3}signatures? (?:\w+ ){0,4}"
        r"(?:petition|ballot|nomination|recall|referendum|initiative)\b",
        # --- economic harm -------------------------------------------------------------------
        r"\bunderpay\w* (?:my |the |our )?(?:workers|employees|staff|them|contractors|drivers|interns)\b",
        needing(
            r"\b(?:keep|withhold|retain)\w* (?:\w+ ){0,2}(?:tenants'?|renters'?|their"
            r"|the) (?:security )?deposits?"
            r" (?:\w+ ){0,3}(?:even if|even though|regardless)\b",
            "(?:deposit|deposits)",
        ),
        r"\b(?:deduct|take|dock|charge)\w* (?:\w+ ){0,4}(?:out of|from) (?:their|workers'?|employees'?|his"
        r"|her) (?:wages|pay|paychecks?|salar\w*|tips)\b|\b(?:make|force)\w* (?:\w+ ){0,2}(?:workers"
        r"|employees|staff|them) (?:to )?pay for (?:\w+ ){0,3}(?:broken|damaged|lost|missing|stolen"
        r"|shortages|uniforms|equipment|tools|training)\b",
        needing(
            r"\b(?:\d{3,} ?%|triple-digit|sky-?high|huge|massive|insane) (?:\w+ )?(?:interest|apr|rates?"
            r"|fees)\b[^.!?\n]{0,40}\bwithout (?:it )?(?:being|looking|seeming) (?:obvious|noticeable|clear"
            r"|visible)\b",
            "(?:obvious|noticeable|clear|visible)",
        ),
        r"\b(?:competitors?|rivals?)\b[^.!?\n]{0,40}\b(?:agree|coordinate|plan|decide)\w* (?:\w+ ){0,3}"
        r"(?:raise|increase|hike|set|fix|lower)\w* (?:\w+ )?prices\b",
        needing(
            r"\b(?:keep|withhold|retain)\w* (?:the |their |his |her "
            r"|a )?(?:security )?deposits? (?:\w+ ){0,2}"
            r"(?:for any reason|no matter what|regardless|for no reason|whatever happens)\b",
            "(?:deposit|deposits)",
        ),
        r"\b(?:make|write|design|set up|draft)\w* (?:\w+ ){0,4}(?:contract|subscription|membership|plan"
        r"|agreement|signup|sign-up|service|app)s? (?:\w+ ){0,2}(?:impossible|nearly impossible|really"
        r" hard|as hard as possible) to (?:cancel|get out of|unsubscribe|opt out|terminate|exit|leave)\b",
        r"\bpay\w* (?:\w+ ){0,3}(?:less|lower|under) than (?:we |they |i )?(?:agreed|promised|contracted|the"
        r" contract|owed|they'?re owed)\b",
        r"\b(?:split|divide|carve up|share)\w* (?:up )?(?:the )?(?:town|city|market|territory|territories"
        r"|customers|region|area|neighbou?rhoods?|clients)\b[^.!?\n]{0,40}\b(?:so (?:we|they) (?:don'?t|do"
        r" not|won'?t|never) compete|between (?:us|our (?:companies|businesses|firms))|with (?:our |my |the"
        r" )?(?:competitors?|rivals?|the other))\b",
        needing(
            r"\b(?:so|such that|where) (?:the )?(?:tenants?|renters?|customers?|buyers?|borrowers?|workers?"
            r"|employees?|clients?|they) (?:always |automatically )?(?:lose|loses|forfeit|forfeits|can'?t get"
            r" back|never get back) (?:their |the |a )?(?:deposit|down payment|money|bond|fees|wages)\w*"
            r" (?:no matter what|regardless|either way|whatever happens|automatically|every time)\b",
            "(?:deposit|deposits|down|money|bond|fees|wages)",
        ),
        r"\btarget\w* (?:\w+ ){0,3}(?:people|those|gamblers|addicts|seniors|users|customers|borrowers)"
        r" (?:\w+ )?(?:with|who have|suffering from) (?:\w+ )?(?:gambling|addiction|debt|dementia"
        r"|depression|financial|money) (?:problems?|issues?|addictions?|troubles?)\b",
        r"\b(?:make|get|force|require|pressure)\w* (?:\w+ ){0,2}(?:employees|workers|staff) (?:\w+ )?(?:to )?"
        r"(?:buy|purchase|spend)\w* (?:\w+ ){0,3}(?:with|from|out of) (?:their )?(?:paychecks?|wages"
        r"|salar\w*|pay)\b",
        r"\b(?:pay|bribe|get|convince)\w* (?:\w+ ){0,3}(?:judges?|referees?|umpires?|officials?|graders?"
        r"|examiners?|jury) (?:\w+ ){0,5}(?:to )?(?:favou?r|score|rate|grade|pick|choose|vote for) (?:me|us"
        r"|my \w+)\b[^.!?\n]{0,30}\b(?:for (?:cash|money|\$)|if i pay|bribe)",
        r"\b(?:set|fix|agree on|coordinat)\w* (?:\w+ ){0,2}prices (?:with|together with|among|between)"
        r" (?:the )?(?:other|rival|competing|nearby) (?:\w+ )?(?:vendors|sellers|stores|shops|companies"
        r"|businesses|stations|landlords|bakeries|firms|restaurants|dealers|contractors)\b",
        r"\b(?:hide|hiding|bury|burying|obscur\w*|conceal\w*) (?:\w+ ){0,2}(?:cancel\w*|unsubscribe"
        r"|opt-?out|refund) (?:options?|buttons?|links?|process|page|settings?)\b",
        r"\bpay\w* (?:\w+ ){0,3}(?:workers|employees|staff|them|labou?rers) (?:\w+ )?(?:with|in) (?:store"
        r" credit|vouchers|scrip|tokens|food|housing|company (?:scrip|credit)|gift cards) instead of"
        r" (?:wages|money|cash|pay|a salary)\b",
        r"\b(?:rig|fix|tilt|bias|weight|tamper\w* with)\w* (?:\w+ ){0,2}(?:roulette wheels?|slot machines?"
        r"|slots|the wheel|the deck|the draw)\b|\b(?:favou?r|benefit) the house more than\b",
        r"\b(?:get|make|pay|convince|scare|pressure|bribe)\w* (?:\w+ ){0,2}(?:other |rival |competing )?"
        r"bidders? (?:\w+ ){0,2}(?:to )?(?:drop out|withdraw|back out|not bid|stop bidding|bid low)\b",
        r"\b(?:makes?|forces?|requires?|obliges?) (?:them|employees|workers|staff|my employees|my workers)"
        r" (?:to )?pay (?:me|us|the company|a fee|a penalty|back)\w* (?:\w+ ){0,3}(?:if|when) (?:they|he"
        r"|she) (?:quit|leave|resign)\b",
        needing(
            r"\bso (?:that )?(?:customers|users|people|members|subscribers|tenants|borrowers|buyers|clients)"
            r" (?:never|can'?t|won'?t|don'?t|can never|will never) (?:\w+ ){0,2}(?:redeem|cancel|claim"
            r"|collect"
            r"|get (?:their|a) refund|notice|use (?:them|it)|unsubscribe|opt out)\b",
            "(?:redeem|cancel|claim|collect|get|notice|use|unsubscribe|opt)",
        ),
        r"\b(?:fix|fixing|rig|rigging)\w* (?:the )?(?:outcome|result|winner|score)s? (?:of )?(?:\w+ ){0,3}"
        r"(?:league|game|match|contest|race|draw|auction|tournament|competition|lottery|raffle|pool"
        r"|fight)\b",
        needing(
            r"\b(?:landlords|companies|stores|businesses|firms|sellers|competitors|we)\b[^.!?\n]{0,40}"
            r"\b(?:agree|coordinate|set|fix|align)\w* (?:on )?(?:\w+ ){0,2}(?:rents|prices|rates|fees|wages"
            r"|bids)\b[^.!?\n]{0,40}\bwithout (?:it )?(?:counting|looking|being (?:seen|treated)|getting)\b",
            "(?:without)",
        ),
        needing(
            r"\bso (?:that )?(?:they|workers|employees|the workers|my workers|staff) (?:basically "
            r"|effectively"
            r" |practically )?(?:earn|make|take home|get paid|keep) (?:nothing|almost nothing|less than"
            r" minimum wage|below minimum wage|pennies)\b",
            "(?:nothing|almost|less|below|pennies)",
        ),
        needing(
            r"\b(?:dock|docking|deduct\w*|cut|cutting|withhold\w*|take|taking)\w* (?:\w+ ){0,2}(?:employees'?"
            r"|workers'?|staff'?s?|their|his|her) (?:\w+ )?(?:pay|wages|paychecks?|salar\w*|tips)\b"
            r" (?:\w+ ){0,3}(?:for (?:bathroom|toilet|restroom|sick|lunch|water) (?:breaks?|days?|visits?)"
            r"|without (?:them|telling|notice|their knowledge))",
            "(?:bathroom|toilet|restroom|sick|lunch|water|without)",
        ),
        r"\b(?:mark\w* up|markup|goug\w*|jack\w* up|hik\w*|inflat\w*|tripl\w*|doubl\w*|quadrupl\w*)"
        r" (?:\w+ ){0,3}(?:\d+ ?% |\d+x )?[^.!?\n]{0,20}\b(?:during|in) (?:the |a |an )?(?:shortage"
        r"|emergency|disaster|hurricane|pandemic|crisis|outage|storm|flood|wildfire)\b",
        r"\b(?:set|fix|agree on|coordinat\w*|match|align|keep)\w* (?:the )?(?:same|identical|matching"
        r"|fixed) (?:\w+ )?(?:prices|rates|fees|rents|wages)\b[^\n]{0,80}\b(?:antitrust|collusion"
        r"|without|so|caught|competition|regulators|ftc|doj|looking like)\b",
        r"\bcheat\w* (?:at|in|on) (?:the |a )?(?:\w+ )?(?:casino|blackjack|poker|roulette|craps"
        r"|baccarat|slots?|card (?:games?|tables?)|tables?|dice)\b",
        r"\b(?:work|working) (?:\d+|\w+)[- ]hour (?:shifts?|days?)\b[^.!?\n]{0,40}\b(?:only |just )?pay"
        r" (?:them|him|her|workers|employees|staff) (?:for|as) (?:\d+|part|fewer|less|half)\b|\b(?:shav\w*"
        r"|cut\w*|dock\w*|steal\w*|skim\w*) (?:\w+ ){0,2}(?:hours"
        r"|minutes|time) (?:off|from) (?:their|workers'?|employees'?|the) (?:time ?cards?|timesheets?"
        r"|hours|pay|checks)\b",
        r"\b(?:tenants?|customers?|buyers?|borrowers?|users|clients?|subscribers?|patients?|workers"
        r"|people|they) (?:won'?t|don'?t|can'?t|will not|never|wouldn'?t|do not) (?:\w+ )?(?:notice"
        r"|understand|read|see|realize|spot|catch)\b[^.!?\n]{0,40}\b(?:fees?|charges?|terms|clauses?"
        r"|auto-?renew\w*|subscriptions?|interest|rates?|costs?|penalt\w*|price increases?)\b|\b(?:fees?"
        r"|charges?|terms|clauses?|auto-?renew\w*|penalt\w*)\b[^.!?\n]{0,40}\b(?:tenants?|customers?"
        r"|buyers?|borrowers?|users|clients?|subscribers?|people|they) (?:won'?t|don'?t|can'?t|will not"
        r"|never|wouldn'?t|do not) (?:\w+ )?(?:notice|understand|read|see|realize|spot|catch)\b",
        r"\b(?:pay|payout|pays|paying)\w* (?:out )?(?:less|lower|worse) than (?:the )?(?:advertised"
        r"|stated|listed|posted|promised|displayed|legal)\b",
        r"\b(?:buy\w* up|hoard\w*|stockpil\w*|corner\w*) (?:\w+ ){0,5}(?:during|in) (?:a |the )?(?:pandemic"
        r"|shortage|emergency|disaster|crisis|hurricane|storm|outbreak)\b[^.!?\n]{0,60}\b(?:sell|resell"
        r"|flip|price|markup|mark up|\d+x|double|triple)",
        r"\b(?:paid|paying|pay) (?:\w+ ){0,2}(?:less than|below|under)"
        r" (?:the )?minimum wage\b",
        r"\b(?:agree\w*|deal|pact|arrangement)\w* (?:\w+ ){0,4}(?:not to|to not|never to|won't)"
        r" (?:hire|poach|recruit) (?:each other'?s|one another'?s|their|our) (?:workers|employees|staff"
        r"|people|engineers|nurses|drivers)\b",
        r"\bshav(?:e|ing) (?:\w+ )?points\b(?! (?:off|from) (?:my|your|the) (?:licen[cs]e|record))",
        r"\b(?:trick|manipulat|con|pressur|push|talk|steer|lure|scar)\w* (?:\w+ ){0,4}(?:elderly|seniors?"
        r"|old (?:people|folks)|retirees?|immigrants?|vulnerable|poor|desperate|low-income|disabled"
        r"|grandparents?) (?:\w+ ){0,3}(?:into|to) (?:\w+ ){0,4}(?:loans?|mortgages?|policies|annuities"
        r"|contracts?|plans?|subscriptions?|timeshares?|warranties|investments?|insurance)\b",
        r"\b(?:hidden|secret|undisclosed|buried|sneaky|concealed) (?:\w+ )?(?:fees|charges|interest|terms"
        r"|balloon payments?"
        r"|clauses|rates|costs|penalties)\b[^.!?\n]{0,60}\b(?:trap|can't|never|keep|cycle|default"
        r"|lose|debt)\w*|\b(?:trap|keep|lock)\w* (?:\w+ ){0,3}(?:people|borrowers|customers|them"
        r"|tenants|workers|users|clients) (?:\w+ ){0,2}in (?:a |an )?(?:endless |permanent |cycle of"
        r" |spiral of )?(?:debt|loans?|payments|contracts?)\b",
        r"\b(?:hid|hide|hides|hiding|bury|buries|burying|disguis\w*|obscur\w*|conceal\w*|mask\w*)"
        r" (?:\w+ ){0,3}(?:a |the )?(?:\d+ ?% )?(?:interest rate|apr|fees|true cost|real cost|terms"
        r"|balloon payment|penalt(?:y|ies))\b",
        r"\b(?:competitors?|rivals?|other (?:companies|stores|firms|businesses|sellers|landlords|gas"
        r" stations|bakeries|contractors|agencies))\b[^.!?\n]{0,60}\b(?:agree|set|fix|coordinat|align"
        r"|raise|keep|split|divide)\w* (?:\w+ ){0,2}(?:prices|rates|rents|bids|wages|salaries"
        r"|territor(?:y|ies)|markets?|customers)\b[^.!?\n]{0,60}\b(?:without|so|secret\w*|look\w*"
        r"|collusion|illegal|caught|noticing)\b|\b(?:bid[- ]rigging|rig\w* (?:the |a )?(?:bids?"
        r"|bidding|tenders?|(?:\w+ )?auctions?)|(?:agree|fix|coordinate|align|collude)\w* (?:on |to raise |to"
        r" set )?(?:\w+ )?(?:prices|rates|bids|rents|wages) (?:with|among|between) (?:\w+ ){0,2}"
        r"(?:competitors?|rivals?|other))\b",
        r"\b(?:rig|rigging|fix|fixing|cheat|cheating|game|gaming)\w* (?:\w+ ){0,3}(?:pool|raffle|lottery"
        r"|drawings?|contests?|sweepstakes|giveaways?|poker|card games?|dice|roulette|slots?|slot"
        r" machines?|bingo|horse races?|races?|boxing match(?:es)?|fights?|bouts?|betting|bets"
        r"|tournaments?)\b(?! (?:for|in) (?:fun|a game|class|my \w+ class)\b)",
        r"\b(?:get|pay|bribe|convince|ask)\w* (?:\w+ ){0,3}(?:players?|team|fighter|boxer|jockey"
        r"|referee|goalie|pitcher|him|them|athletes?) (?:\w+ ){0,2}to (?:throw|lose|tank|fix) (?:a |the"
        r" |their |his )?(?:game|match|fight|race|bout|point|set|round)\b",
        r"\b(?:mark\w*|stack\w*|shav\w*|load\w*|weight\w*) (?:the |a )?(?:cards|deck|dice)\b"
        r"[^.!?\n]{0,60}\b(?:so (?:i|we) (?:always |can )?win|at (?:the )?(?:poker|casino|game|table"
        r"|craps)|against (?:my )?(?:friends|players|coworkers)|every week|without (?:them|anyone)"
        r" (?:noticing|knowing))\b|\b(?:make|control|force|rig|load|weight)\w* (?:the )?dice (?:\w+ )"
        r"{0,3}(?:land|roll|come up|show)\b",
        r"\b(?:get|make|have|force|pressure|require|ask)\w* (?:\w+ ){0,3}(?:employees|workers|staff"
        r"|team|them|people|interns) (?:to )?(?:work\w*|stay\w*|clock\w* out) (?:\w+ ){0,2}(?:off the"
        r" clock|unpaid|for free|without (?:pay|being paid|overtime))\b|\b(?:make|get|force|pressure)"
        r"\w* (?:\w+ ){0,3}(?:employees|workers|staff|them) (?:to )?(?:sign away|waive|give up"
        r"|forfeit) (?:their|his|her) (?:\w+ )?(?:overtime|wages|pay|rights|breaks|minimum wage|tips)\b",
        needing(
            r"\b(?:keep|keeping|take|taking|pocket\w*|skim\w*) (?:\w+ ){0,2}(?:workers'?|employees'?"
            r"|staff'?s?|servers'?|waiters'?|drivers'?|their|the) tips\b (?:\w+ ){0,3}(?:for my ?self"
            r"|without|my ?self|secretly|and (?:tell|say to|lie to) (?:them|the \w+))\b|\bwithhold\w* (?:the "
            r"|their |his |her )?(?:\w+ )?(?:last |final"
            r" )?(?:pay ?checks?|wages|pay|salar\w*|deposits?) (?:of|from) (?:\w+ ){0,3}(?:workers|employees"
            r"|staff|people|tenants)\b|\bwithhold\w* (?:workers'?|employees'?|staff'?s?) (?:\w+ )?(?:pay"
            r"|wages|pay ?checks?|salar\w*)\b",
            "(?:tips|pay|paycheck|paychecks|wages|salary|salaries|deposit|deposits)",
        ),
        r"\b(?:call|calling|classify\w*|label\w*|treat\w*|list\w*|pay\w*) (?:them|my (?:\w+ )?(?:workers"
        r"|employees|staff)|employees|workers|staff) as (?:independent )?contractors?\b (?:\w+ ){0,4}"
        r"(?:so|to avoid|to get out of|to dodge|to skip|and (?:not|never) pay|how (?:do|can) i avoid)",
        r"\b(?:corner\w*|hoard\w*|buy\w* up|stockpil\w*) (?:\w+ ){0,3}(?:market on |supply of |all"
        r" (?:the )?)?(?:\w+ ){0,2}(?:and|to|then) (?:\w+ ){0,2}(?:jack up|raise|hike|inflate|gouge"
        r"|double|triple|resell)\w*|\b(?:price[- ]?goug\w*|goug\w*|jack\w* up|hik\w*|rais\w*|inflat\w*"
        r"|tripl\w*|doubl\w*) (?:the )?(?:\w+ )?prices? (?:\w+ ){0,3}(?:during|in) (?:the |a |an )?"
        r"(?:shortage|emergency|disaster|hurricane|pandemic|crisis|outage|storm|flood|wildfire)\b",
        r"\b(?:repossess|evict|take back|seize)\w* (?:\w+ ){0,4}(?:after|before|right before|just"
        r" before) (?:the |their |his |her )?(?:last|final) payments?\b",
        r"\b(?:sign|signs|signing|hand|handing|transfer\w*|turn|turning)\w* (?:\w+ ){0,4}over to (?:me"
        r"|us|my (?:\w+ )?(?:company|account|business|llc|trust|name))\b",
        r"\b(?:mak(?:e|es|ing) sure|ensur\w*|guarantee\w*) (?:that )?(?:the )?(?:borrowers?|customers?"
        r"|tenants?"
        r"|buyers?|they|he|she|clients?) (?:\w+ ){0,2}(?:lose|loses|default|defaults|can't (?:pay"
        r"|repay|keep up)|never (?:pay|repay)|miss\w* (?:a )?payments?)\b",
        r"\bodds (?:\w+ ){0,3}(?:worse|lower|different) than (?:advertised|stated|listed|posted"
        r"|shown)\b|\b(?:rig|tweak|fix|change|lower|adjust|secretly \w+)\w* (?:the )?(?:odds|payouts?"
        r"|rtp|house edge|win rates?)\b (?:\w+ ){0,6}(?:without (?:players|customers|anyone|them"
        r"|users) (?:noticing|knowing)|secretly|so (?:players|customers|users) (?:never|can't|don't))",
        r"\b(?:get|find out|know|learn|obtain)\w* (?:\w+ ){0,3}(?:lottery|powerball|lotto|keno"
        r"|mega millions) (?:numbers|results) (?:\w+ ){0,2}(?:before|ahead of) (?:the )?(?:draw"
        r"|drawing|it'?s drawn|they'?re drawn)\b",
    ),
}
"""Category -> patterns (each needs a request framing; protective framing damps it)."""
