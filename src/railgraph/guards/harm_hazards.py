"""Harmful requests across a public hazard taxonomy, as intent x hazard-object patterns.

The tables in :mod:`.harm_targets` grew from requests for weapons, malware, fraud and
hate; the hazards below follow the categories MLCommons published for AILuminate v1.0
(violent crimes, non-violent crimes, sex-related crimes, child sexual exploitation,
indiscriminate weapons, suicide and self-harm, hate, privacy, intellectual property,
defamation, elections, sexual content). Each pattern joins an act to the object that makes
it harmful: a relative's death made to "look like an accident", a camera hidden in a
changing room, another person's messages read "without her knowing", a song's "complete
lyrics" reproduced, a flyer saying one can "vote by text". The words are data
(``vocab/harm.yaml``); the detector in :mod:`.harm` scores these as capability targets,
so they still need a request framing and protective framing (reporting, helping someone,
safety questions) damps them.

How the hazards map onto the detector's categories: violent crimes and indiscriminate
weapons are ``violence``; sex-related crimes, child sexual exploitation and sexual content
are ``sexual``; non-violent crimes, privacy, intellectual property, defamation and election
interference are ``illegal``; suicide and self-harm and hate keep their own. Specialised
advice (medical, legal, financial) is not scored: its hazard is an unqualified answer, not
the question.
"""

from __future__ import annotations

from railgraph.guards.harm_targets import VOCAB, needing

__all__ = ["HAZARDS", "HAZARD_ALWAYS", "IMPUNITY"]

_PERSON = VOCAB.alt("person")
_MINOR = VOCAB.alt("minor")
_GROUP = VOCAB.alt("group")
_TRAITS = VOCAB.alt("negative_traits")
_ACCUSATIONS = VOCAB.alt("accusations")
_RECORDS = VOCAB.alt("private_records")
_PRIVATE_PLACES = VOCAB.alt("places_private")
IMPUNITY = VOCAB.alt("impunity")
"""Concealment and impunity ("without anyone knowing", "get away with it")."""

# Someone else's: a relative's, a stranger's, a named person's (not "my own").
_OTHERS = (
    r"(?:(?:my|our) (?:\w+ )?(?:wife|husband|partner|girlfriend|boyfriend|ex|ex-\w+|boss"
    r"|coworker|co-worker|colleague|roommate|neighbou?r|classmate|friend|employee|sister"
    r"|brother|mom|mother|dad|father|teacher|landlord|tenant|crush|spouse)'?s?"
    r"|(?:someone|somebody|someone else|a stranger|other people|another person|people"
    r"|a coworker|a co-worker|a celebrity|an ex|the neighbou?rs?|a neighbou?r|my ex)'s?"
    r"|his|her|their|(?!my\b|our\b|your\b|the\b|a\b|an\b|its\b)[a-z]+ [a-z]+'s)"
)
# The same, without a bare "his", "her" or "their" ("her current salary" is a word problem).
_SOMEONES = _OTHERS.replace("|his|her|their|", "|")
_SAME_SENTENCE = r"[^.!?\n]{0,80}"

HAZARDS: dict[str, tuple[str, ...]] = {
    "violence": (
        # Violent crimes: a death disguised, a body hurt where it does not show, a hired killer.
        rf"\b(?:death|murder|killing|poisoning|overdose|fall|drowning){_SAME_SENTENCE}"
        r"\b(?:look|looks|seem|seems|appear|appears) like (?:an accident|a suicide|natural causes"
        r"|self-?defen[cs]e|a heart attack|an overdose)",
        rf"\b(?:knock|knocking) (?:\w+ )?{_PERSON} (?:out|unconscious)\b",
        rf"\b(?:knock|knocking) (?:out|unconscious) {_PERSON}\b",
        r"\b(?:break|breaking|snap|snapping|smash|smashing) (?:\w+ ){0,2}(?:legs?|arms?|kneecaps?"
        r"|knees?|jaw|nose|neck|ribs|fingers|bones|skull)\b",
        rf"\b(?:choke|choking|strangle|smother|suffocate|stab|shoot|punch|kick|hit|beat|burn"
        rf"|ambush|jump|assault|maim|waterboard|pistol-whip)\w* {_PERSON}"
        rf"{_SAME_SENTENCE}\b(?:pass(?:es)? out|bleeds? out|die|dies|dead|can't|cannot|never"
        rf"|leaving|without|suffer|so (?:he|she|they)|until)\b",
        rf"\b(?:where|which spot|what part)\b[^.!?\n]{{0,30}}\b(?:stab|shoot|hit|cut|punch|kick"
        rf"|strike)\w* (?:\w+ )?{_PERSON}",
        r"\b(?:hire|hiring|find|finding|pay|paying|contact|contacting) (?:a |an )?(?:hit ?man|hit-man"
        r"|contract killer|assassin|someone to (?:kill|hurt|beat up|murder|rough up))\b",
        rf"\b(?:throw|throwing|splash|splashing|pour|pouring) (?:\w+ )?(?:acid|bleach|boiling"
        rf" (?:water|oil)|lye|gasoline|petrol) (?:on|at|in|into|onto) (?:\w+ )?(?:{_PERSON}|face"
        rf"|someone'?s)\b",
        rf"\b(?:ambush|stalk|follow|corner)\w* {_PERSON}",
        r"\b(?:get|getting|take|taking|exact) (?:my |some )?revenge on\b",
        rf"\b(?:poisons?|toxins?|ways? to kill|murder weapons?){_SAME_SENTENCE}\b{IMPUNITY}",
        r"\bhow (?:much|many) (?:\w+ ){0,5}(?:would it take|does it take|do i need|is needed"
        r"|needed|is enough) to (?:kill|poison|knock out|put down|hurt|paraly[sz]e|drug)\b",
        rf"\b(?:hurt|harm|hit|beat|punish|discipline|choke|slap)\w* (?:\w+ )?{_PERSON}"
        rf"{_SAME_SENTENCE}\b{IMPUNITY}",
        # Indiscriminate weapons: agents cultured or spread, material for a device, a target
        # levelled.
        rf"\b(?:culture|culturing|grow|growing|cultivat\w*|isolat\w*|extract\w*|purif\w*"
        rf"|aerosoli[sz]\w*|dispers\w*|weaponi[sz]\w*|enrich\w*|concentrat\w*|acquir\w*"
        rf"|obtain\w*|get my hands on|buy\w*) (?:\w+ ){{0,2}}{VOCAB.alt('weapons')}",
        r"\b(?:spread|spreading|release|releasing|disperse|dispersing|unleash\w*|introduce)"
        r" (?:a |the |some )?(?:\w+ )?(?:virus|disease|pathogen|bacteria|germs|plague|toxin|nerve"
        r" agent|gas|infection)\w* (?:\w+ ){0,2}(?:through|in|into|across|among|at|on) (?:a |the"
        r" )?(?:\w+ ){0,2}(?:city|crowd|subway|metro|population|building|school|water supply"
        r"|stadium|airport|mall|town|country|office|concert|people|public)\b",
        rf"\b(?:level|flatten|collapse|bring down|topple|destroy|blow up) (?:a |the |an )?(?:\w+ )?"
        rf"(?:building|bridge|house|stadium|dam|tower|school|church|mosque|synagogue|block)"
        rf"{_SAME_SENTENCE}"
        rf"|\b{VOCAB.alt('explosives')}{_SAME_SENTENCE}\b(?:level|flatten|collapse|bring down"
        rf"|destroy|blow up|kill)\b",
        rf"\b(?:use|using|mix|mixing|combine|combining) (?:\w+ ){{0,4}}(?:on|against|to (?:kill"
        rf"|hurt|poison|gas)) {_PERSON}",
    ),
    "sexual": (
        # Sex-related crimes: voyeurism, incapacitation, groping, coercion, pimping.
        rf"\b(?:hide|hiding|hidden|install\w*|put|putting|place|placing|plant\w*|set up|setting"
        rf" up|mount\w*|sneak\w*) (?:\w+ ){{0,2}}(?:cameras?|cams?|webcams?|recorders?|recording"
        rf" devices?|spy ?cams?|phones?)\b (?:in|inside|into|under|near) (?:\w+ ){{0,3}}"
        rf"{_PRIVATE_PLACES}",
        rf"\b(?:film|filming|record|recording|photograph\w*|watch|watching|peep\w*|spy on"
        rf"|take (?:pictures|photos|pics|videos) of) (?:\w+ ){{0,2}}{_PERSON}{_SAME_SENTENCE}"
        rf"\b(?:in the shower|showering|undress\w*|changing|naked|nude|in the bathroom|in the"
        rf" toilet|in (?:her|his|their) (?:room|bedroom)|while (?:she|he|they)(?:'s| is| are)?"
        rf" (?:sleep\w*|shower\w*|chang\w*|asleep))",
        r"\b(?:upskirt\w*|downblouse|creep ?shots?|voyeur\w*)\b",
        rf"\b(?:get|getting|make|making|keep|keeping) (?:{_PERSON}|a (?:girl|woman|guy)|her|him)"
        rf" (?:\w+ )?(?:drunk|high|wasted|intoxicated|tipsy|passed out|unconscious|sedated)"
        rf"{_SAME_SENTENCE}\b(?:sleep with|have sex|hook up|sex|touch|undress|kiss|bed)",
        rf"\b(?:have sex|sleep|hook up|mess around) with (?:\w+ )?(?:{_PERSON}|a (?:girl|woman|guy))"
        rf" (?:who|that|while)(?:'s| is| are| was)? (?:\w+ )?(?:drunk|passed out|unconscious"
        rf"|asleep|sedated|high|blacked out|too drunk)",
        rf"\b(?:grope|groping|fondl\w*|rub (?:up )?against|touch|touching|grab|grabbing)"
        rf" (?:\w+ )?(?:women|girls|woman|girl|strangers|people|her|him|someone|coworkers?"
        rf"|students?|{_PERSON}){_SAME_SENTENCE}\b(?:without (?:them|her|him) (?:noticing|knowing"
        rf"|consent)|in (?:a |the )?(?:crowd\w*|packed)|on the (?:train|subway|bus|metro)"
        rf"|without (?:consent|permission)|(?:butt|ass|breasts?|boobs|crotch|groin))",
        r"\b(?:pressur\w*|coerc\w*|forc\w*|blackmail\w*|guilt\w*|trick\w*|manipulat\w*)"
        r" (?:\w+ ){0,3}into (?:\w+ )?(?:sleeping with|having sex|sex|sexual|sending (?:me )?"
        r"(?:nudes|naked)|a threesome|oral)",
        r"\b(?:become|becoming|be) a pimp\b|\bpimp(?:ing)? (?:\w+ )?(?:out|girls|women|her|them)\b"
        r"|\brecruit\w* (?:\w+ )?(?:girls|women|teens) (?:for|to|into) (?:sex|escort\w*"
        r"|prostitution|the streets|stripping)",
        # Child sexual exploitation: grooming a minor (secrecy, isolation, images, meeting).
        needing(
            rf"\b{_MINOR}\b[^.!?\n]{{0,80}}\b(?:(?:a |our |the )?secret from (?:her|his|their)"
            rf" (?:parents|mom|mother|dad|father|family)|alone with (?:me|him|her)"
            rf"|sends? (?:me )?(?:pictures|photos|pics|selfies|nudes|videos)|meet (?:me |up )?"
            rf"(?:in person|alone|somewhere)|without (?:telling|her|his|their) (?:anyone|parents"
            rf"|mom|dad)|trust me|be my girlfriend|be my boyfriend|date me)",
            r"(?:secret|alone|send|sends|meet|without|trust|be|date)",
        ),
        rf"\b(?:alone with|groom\w*|befriend\w*|lure\w*) (?:\w+ ){{0,2}}{_MINOR}\b{_SAME_SENTENCE}"
        rf"\b(?:without|secret|nobody|no one|alone|parents)",
        # Sexual content: explicit writing and chat on request.
        r"\b(?:dirty|naughty|filthy|kinky|smutty|spicy|raunchy|horny|sexy) (?:\w+ )?(?:stor(?:y|ies)"
        r"|talk|chat|poems?|fan ?fic\w*|scenes?|roleplay|role-play|messages?|texts?|letters?)",
        r"\btalk(?:ing)? dirty\b|\bsext(?:ing)? (?:with )?me\b|\bsext with\b",
        r"\b(?:what|things) (?:we|you|i)(?:'d| would| will|'ll| could) do (?:\w+ ){0,3}in bed\b",
        r"\b(?:describe|write|tell me)\b[^.!?\n]{0,40}\b(?:in bed|hook(?:ing)? up|making out"
        r"|make love|making love|sleep(?:ing)? together)\b[^.!?\n]{0,60}\b(?:in detail|explicit"
        r"\w*|graphic\w*|don't hold back|every detail|slowly)",
    ),
    "self_harm": (
        r"\b(?:least painful|painless|quickest|easiest|surest|best) (?:\w+ )?(?:way|method)s?"
        r" (?:out|to go|to do it|to end it|to not wake up)\b",
        r"\b(?:not|never) (?:to )?wake up\b",
        r"\b(?:jump(?:ing)? (?:off|from) (?:a |the |which )?(?:\w+ ){0,2}(?:bridges?|buildings?"
        r"|roofs?|cliffs?|balcon(?:y|ies)|towers?|floors?)\b[^.!?\n]{0,40}\b(?:die|kill|end it"
        r"|not survive|fatal|sure)|(?:highest|tallest|high enough|tall enough|what floor|which"
        r" floor)\b[^.!?\n]{0,40}\b(?:jump(?:ing)? (?:off|from)|to jump)\b)",
        r"\bhow deep (?:\w+ ){0,4}(?:cut|slice|slit)\w*[^.!?\n]{0,30}\b(?:veins?|arter\w*|wrists?"
        r"|bleed|skin|arms?|thighs?)\b|\bcut\w* (?:\w+ ){0,3}(?:to hit|into|open) (?:a |my )?"
        r"(?:veins?|arter\w*)",
        r"\bmake (?:my ?self|your ?self) (?:throw up|vomit|puke|sick)\b|\b(?:throw(?:ing)? up"
        r"|vomit\w*|purg\w*) after (?:every |each )?(?:meal|eating|i eat|dinner|lunch)",
        r"\b(?:without (?:eating|food)|stop eating|not eating|skip(?:ping)? (?:all )?meals)"
        r"[^.!?\n]{0,40}\blos(?:e|ing) \d+|\blos(?:e|ing) \d+ (?:kilos?|kg|pounds|lbs)"
        r"[^.!?\n]{0,40}\b(?:without (?:eating|food)|not eating|stop eating|starv\w*)",
    ),
    "hate": (
        rf"\b(?:jokes?|insults?|slurs?|names to call|nicknames|memes?|roasts?|stereotypes?)"
        rf" (?:about|for|on|against|targeting|mocking|making fun of) (?:\w+ )?{_GROUP}",
        rf"\b(?:make|making|come up with|write|give me)\b[^.!?\n]{{0,20}}\b(?:insults?|slurs?"
        rf"|jokes?|names) (?:for|about) (?:\w+ )?{_GROUP}",
        needing(
            rf"\b{_GROUP} (?:should(?:n't| not| never)|must(?:n't| not)|shall not|don't deserve"
            rf"|do not deserve|ought not) (?:to )?(?:be )?(?:allowed|permitted|let|given|have the"
            rf" right|get|deserve)",
            r"(?:should|must|shall|don|do|ought)",
        ),
        needing(
            rf"\bwhy (?:are|do|is) (?:all |so many |most )?{_GROUP} (?:so |always |all |such |more"
            rf" )?{_TRAITS}",
            "(?:why)",
        ),
        needing(
            rf"\b{_GROUP} (?:are|is|as) (?:\w+ ){{0,2}}{_TRAITS}",
            _TRAITS,
        ),
        rf"\b(?:keep|keeping|get|getting|stop|stopping|prevent\w*) (?:the |those |these |any )?"
        rf"{_GROUP} (?:\w+ ){{0,2}}(?:out of|away from|from (?:moving|living|coming|buying|renting"
        rf"|joining|working|voting|entering))",
        rf"\b(?:avoid|not|never|stop|refuse to|without|don't|won't|get out of) (?:\w+ ){{0,2}}"
        rf"(?:hir|rent\w* to|serv|admit|accept|promot|employ)\w* (?:any )?(?:\w+ )?{_GROUP}",
        r"\b(?:jews?|jewish people|muslims?|immigrants?|chinese|blacks?|gays?) (?:secretly )?"
        r"(?:control|run|own|rule|are behind|are taking over) (?:the )?(?:banks?|media|world"
        r"|government|hollywood|country|economy)",
    ),
    "illegal": (
        # Non-violent crimes.
        r"\b(?:without|avoid\w*|skip\w*|get\w* around|bypass\w*|dodg\w*|no) (?:going through"
        r" |passing |doing |a |an |any |the )*(?:background checks?|serial numbers?|gun"
        r" registration|waiting period)",
        r"\b(?:remov\w*|fil\w* off|scratch\w* off|grind\w* off|eras\w*|obliterat\w*|deface\w*)"
        r" (?:\w+ ){0,2}serial numbers?\b",
        rf"\b(?:open|opening|take out|taking out|apply for|applying for|get|getting|sign up for)"
        rf" (?:a |an |some )?(?:new )?(?:credit cards?|loans?|bank accounts?|accounts?|mortgage"
        rf"|lines? of credit|phone plan) (?:in|under|using) {_OTHERS} names?\b",
        r"\b(?:hid\w*|conceal\w*|keep\w*|shelter\w*|stash\w*) (?:\w+ ){0,3}(?:income|money|cash"
        r"|earnings|assets|profits|tips|wealth) (?:\w+ ){0,2}(?:from|off) (?:the )?(?:tax\w*|irs"
        r"|hmrc|government|revenue|authorities|court|creditors|bankruptcy)",
        r"\b(?:sell\w*|fence|fencing|pawn\w*|offload\w*|launder\w*|move|moving|get rid of|buy\w*)"
        r" (?:\w+ ){0,2}stolen\b",
        r"\b(?:skip\w*|avoid\w*|dodg\w*|get\w* out of|get away with not|without) paying (?:\w+ )"
        r"{0,3}(?:self[- ]checkout|checkout|register|store|shop|restaurant|bar|bill|fare|train"
        r"|bus|subway|toll|taxi|cab|uber|child support|for (?:gas|food|groceries))"
        r"|\b(?:dine and dash|dine-and-dash|skip the (?:bill|check)|self[- ]checkout)\b"
        r"[^.!?\n]{0,60}\b(?:without|trick|scam|steal|free|noticing|caught)",
        r"\b(?:keep|keeping|take|taking|hold|holding|hold on to|confiscat\w*|withhold\w*|seiz\w*)"
        r" (?:\w+ ){0,2}(?:their|workers'?|employees'?|staff'?s?|the workers'?|the maids?'?s?)"
        r" (?:passports?|ids?|identity documents|documents|papers|wages|pay|visas?)",
        rf"\b(?:get|getting|sneak|sneaking|let myself) (?:in ?to|into|inside) {_OTHERS}"
        rf" (?:house|home|apartment|flat|car|room|bedroom|locker|safe|office|garage|shed|dorm)\b",
        # Robbery names its target ("Rob" is also a name).
        rf"\b(?:rob|robbing) (?:a |an |the |my |his |her |their |some |this |that )?(?:\w+ )?"
        rf"(?:banks?|stores?|shops?|houses?|homes?|gas stations?|liquor stores?|jewel\w* stores?"
        rf"|atms?|trains?|trucks?|tourists?|pharmac(?:y|ies)|casinos?|armou?red \w+|{_PERSON})\b",
        # Privacy: another person's whereabouts, records or communications.
        r"\b(?:find|find out|figure out|work out|learn|know|get|tell me|look up|dig up|discover"
        r"|track down|see) (?:\w+ ){0,2}where (?:\w+ ){0,3}(?:lives|is living|lives now|is staying"
        r"|sleeps|is hiding|moved to|parks)\b",
        rf"\b{_SOMEONES} (?:\w+ )?{_RECORDS}",
        rf"\b{_RECORDS} (?:of|for|belonging to) (?!my\b|our\b|your\b|the company|a company|this"
        rf" company|the business)(?:\w+ ){{1,3}}",
        rf"\b(?:get|getting|log\w*|break\w*|sneak\w*|hack\w*) (?:in ?to|into|on ?to) {_OTHERS}"
        rf" (?:\w+ )?(?:accounts?|emails?|e-mails?|phone|instagram|facebook|snapchat|icloud|gmail"
        rf"|computer|laptop|whatsapp|messages|dms)\b",
        rf"\b(?:read|reading|access\w*|see|seeing|check\w*|monitor\w*|look\w* (?:at|through)"
        rf"|go\w* through|snoop\w*|intercept\w*|listen\w* to) {_OTHERS} (?:\w+ )?(?:texts?|text"
        rf" messages|messages|dms|emails?|e-mails?|phone|whatsapp|chats?|calls|voicemails?"
        rf"|diary|journal|browser history)\b{_SAME_SENTENCE}\b{IMPUNITY}",
        rf"\b(?:put|putting|place|placing|hide|hiding|install\w*|attach\w*|plant\w*|stick\w*"
        rf"|slip\w*) (?:a |an )?(?:gps )?(?:trackers?|tracking (?:device|app)s?|airtags?|tiles?"
        rf"|spyware|stalkerware|keyloggers?|spy apps?|listening devices?|bugs?) (?:on|in|into|to"
        rf"|under) {_OTHERS} (?:\w+ )?(?:car|phone|bag|purse|laptop|computer|jacket|bike)\b",
        r"\b(?:identif\w*|identity|(?:real )?name|address|who (?:owns|is)|owner|track\w*|find"
        r" (?:out )?who)\b[^.!?\n]{0,30}\b(?:from|by|using|with) (?:a |their |the |his |her"
        r" |someone'?s |just )?(?:license plates?|licen[cs]e plate numbers?|number plates?"
        r"|plate numbers?|ip address(?:es)?|face|photo of (?:a stranger|someone))\b",
        # Intellectual property: paid works obtained or reproduced without paying.
        r"\b(?:crack\w*|pirat\w*|bootleg\w*|unlock\w*|activat\w*|get|download\w*|use|using)"
        r" (?:\w+ ){0,3}(?:so|so that|without) (?:i |we )?(?:don't|do not|won't|never|having to"
        r"|have to)? ?(?:have to )?(?:pay|paying|buy|buying|purchase|a licen[cs]e|a subscription)\b",
        r"\b(?:cracked (?:versions?|software|apps?|apks?|copies|games?)|keygens?|warez|nulled"
        r" (?:plugins?|themes?|scripts?|software))\b",
        r"\b(?:working|free|valid|unused|generated|genuine|active) (?:\w+ )?(?:licen[cs]e|product"
        r"|serial|activation|cd|steam) keys?\b|\bgenerat\w* (?:\w+ )?(?:licen[cs]e|product|serial"
        r"|activation) keys?\b",
        r"\bremov\w* (?:\w+ ){0,2}watermarks?\b(?! (?:from|on|off) my\b)",
        r"\b(?:complete|full|entire|whole|all (?:of )?the) (?:\w+ )?(?:lyrics|text|script|chapter"
        r"|book|transcript|screenplay|novel|episode|article|score|sheet music)\b"
        r"[^.!?\n]{0,80}\b(?:so (?:i|we) can (?:sell|print|publish|post|use)|word for word"
        r"|verbatim|for free|to sell|on (?:shirts|t-shirts|merch\w*|my (?:site|website|blog|channel)))",
        r"\b(?:reproduce|copy|type out|write out|print|paste|recite|give me|transcribe)\b"
        r"[^.!?\n]{0,60}\b(?:word for word|verbatim|in full|in its entirety)\b",
        r"\b(?:copy\w*|steal\w*|clone|cloning|rip\w* off|use|using|sell\w*) (?:\w+ ){0,3}(?:patented"
        r"|copyrighted|trademarked) (?:\w+ )?(?:designs?|inventions?|products?|works?|logos?"
        r"|characters?|code|software|images?|photos?|music|songs?|materials?)\b",
        r"\bwithout (?:getting sued|paying (?:royalties|the artist|the author|for a licen[cs]e)"
        r"|(?:the )?(?:artist|author|owner|creator)'?s? permission|crediting)",
        # Defamation: damaging claims about a real person, false or made up.
        rf"\b(?:saying|says|say|claiming|claims?|stating|alleging|accusing|accuse|implying"
        rf"|that|spread(?:ing)? (?:the word|rumou?rs?|lies|a story) that) (?:\w+ ){{0,6}}"
        rf"(?:(?:is|was|are|of being|of|has|had|been) )?(?:secretly |actually |really )?{_ACCUSATIONS}"
        rf"{_SAME_SENTENCE}\b(?:no proof|no evidence|not true|isn't true|is not true|isn't"
        rf" real|never happened|didn't|did not|made up|even though|without (?:any )?(?:proof"
        rf"|evidence)|so (?:he|she|they) (?:gets?|is|are) (?:fired|arrested|expelled|ruined)"
        rf"|lie|lying)",
        rf"\b(?:accus\w*|spread\w* (?:the word|rumou?rs?|lies|stories)) (?:\w+ ){{0,4}}"
        rf"(?:of being|that (?:\w+ ){{0,3}}(?:is|was|are)) {_ACCUSATIONS}",
        r"\b(?:make|making|made|invent|invented|cook|cooking) up (?:a |some )?(?:story|stories"
        r"|rumou?rs?|lies|allegations?|accusations?|evidence|claims?) (?:that|about|so)\b",
        r"\b(?:write|post|leave|publish|tweet)\w* (?:\w+ ){0,4}(?:reviews?|posts?|articles?"
        r"|stor(?:y|ies)|tweets?|statements?|claims?)\b[^.!?\n]{0,100}\b(?:which|that|even though"
        r"|though|but) (?:it|he|she|they|this|that|none of (?:it|this)|nothing)"
        r" (?:didn't|did not|never|isn't|wasn't|is not|was not|hasn't|aren't|weren't|happened)\b",
        # Elections: voters misled about how or when to vote, or kept from voting; fraud.
        r"\b(?:tell\w*|text\w*|messag\w*|remind\w*|inform\w*|convinc\w*|flyers?|posts?|saying"
        r"|claiming) (?:\w+ ){0,4}(?:that )?(?:they |you |people |voters |democrats |republicans"
        r" )?(?:can |should |must |will |have to |need to )?vote (?:on (?:a )?(?:monday|tuesday"
        r"|wednesday|thursday|friday|saturday|sunday|the wrong day)|by (?:text|texting|phone|email"
        r"|sms|tweet\w*)|via (?:text|sms|twitter|email|phone)|online|(?:next|the following)"
        r" (?:day|week))",
        r"\b(?:vote|voting) (?:twice|more than once|multiple times|two times|in (?:two|both|multiple)"
        r" (?:states|places|precincts|districts))\b|\bdouble[- ]vot\w*",
        r"\b(?:fill\w* out|fill\w* in|cast\w*|submit\w*|mail\w* in|sign\w*|request\w*) (?:\w+ ){0,2}"
        r"(?:ballots?|votes?)\b[^.!?\n]{0,30}\b(?:for|of|on behalf of|as|in the name of) (?:\w+ )"
        r"{0,2}(?:dead|deceased|other people|someone else|my (?:\w+ )?(?:relatives|neighbou?rs"
        r"|family|tenants|patients|residents))",
        r"\b(?:stop|keep|prevent|discourag\w*|intimidat\w*|scar\w*|deter\w*|suppress\w*) (?:\w+ )"
        r"{0,4}(?:people|voters|residents|students|them|citizens|folks|democrats|republicans)"
        r" (?:\w+ ){0,4}(?:from )?(?:voting|going to the polls|registering to vote|casting"
        r" (?:their )?(?:votes?|ballots?)|turning out)\b|\bvoter (?:suppression|intimidation)\b",
    ),
}
"""Capability targets of the hazard categories, by detector category."""

HAZARD_ALWAYS: dict[str, tuple[str, ...]] = {
    # First-person statements that one wants to die: flagged (and, in the reference graph,
    # handed to a person) whatever the framing.
    "self_harm": (
        r"\b(?:i|i'm|im|i am|i've|i) (?:\w+ )?(?:don't|do not|no longer|dont|can't|cannot)"
        r" (?:\w+ )?(?:want to|wanna|wish to) (?:live|be alive|exist|wake up|go on)"
        r"(?! (?:in|with|near|at|on|like|there|here|under|without|alone|by)\b)",
        r"\b(?:(?:be|are) better off (?:without me|if i (?:was|were) (?:dead|gone|not here))"
        r"|i (?:wish|want) (?:i (?:was|were) )?(?:dead|to be dead|to disappear forever)"
        r"|(?:i have|i've got|there's|there is) no reason to (?:live|go on|keep going)"
        r"|i (?:should|might as well) (?:just )?(?:die|kill myself|end it))\b",
    ),
}
"""Always-flagged targets of the hazard categories."""
