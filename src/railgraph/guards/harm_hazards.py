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

__all__ = ["CONTENT", "CONVERSATION", "HAZARDS", "HAZARD_ALWAYS", "IMPUNITY", "PRIVACY"]

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
    r"|brother|mom|mother|dad|father|teacher|landlord|tenant|crush|spouse|babysitter|nanny|maid|cleaner"
    r"|student|patient|client|customer|stepdaughter|stepson|niece|cousin|aunt|uncle|stepmom|stepdad|nurse"
    r"|caregiver|intern|fianc\w*)'?s?"
    r"|(?:someone|somebody|someone else|a stranger|other people|another person|people"
    r"|a coworker|a co-worker|a celebrity|an ex|the neighbou?rs?|a neighbou?r|my ex)'s?"
    r"|his|her|their|(?!my\b|our\b|your\b|the\b|a\b|an\b|its\b)[a-z]+ [a-z]+(?:'s|s'))"
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
        rf"\b(?:ambush|stalk|corner)\w* {_PERSON}",
        rf"\bfollow\w* {_PERSON} (?:home|to (?:her|his|their) (?:car|house|home)|without|around|at night"
        r"|everywhere)\b",
        r"\b(?:get|getting|take|taking|exact) (?:my |some )?revenge on\b",
        # Paying a person back ("get back at my sister"); "get back at the gym" is no person.
        rf"\b(?:get|getting|got) (?:even with|back at) {_PERSON}\b",
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
        r" (?:\w+ ){0,3}into (?:\w+ )?(?:sleeping with|having sex|sex|sexual|sending (?:me |us )?"
        r"(?:more |some |new )?(?:nudes|naked)|a threesome|oral)",
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
        r"\b(?:dirty|naughty|filthy|kinky|smutty|spicy|raunchy|horny|sexy) (?:\w+ )?(?:jokes?|stor(?:y|ies)"
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
        rf"\b(?:jokes?|insults?|slurs?|names to call|nicknames|memes?|roasts?)"
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
        r"\b(?:sell\w*|fence|fencing|pawn\w*|offload\w*|launder\w*|move|moving|get rid of|buy\w*"
        r"|return\w*) (?:\w+ ){0,2}stolen\b",
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
        r"\b(?:complete|full|entire|whole|all (?:of )?the) (?:\w+ ){0,2}(?:lyrics|text|script|chapter"
        r"|book|transcript|screenplay|novel|episode|article|score|sheet music|album|albums|songs?"
        r"|discography|season|series)\b"
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
        r"|rumou?rs?|lies|allegations?|accusations?|evidence|claims?) (?:that|about|so|of)\b",
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
        r"\b(?:i|i'm|im|i am) (?:\w+ )?(?:want|wanna|going|ready|trying) to stop (?:living|existing)\b"
        r"|\bi (?:don't|do not) want to survive\b",
        r"\b(?:convince|tell|encourage|help) me to (?:jump|die|kill myself|end it|do it|overdose)\b",
    ),
}
"""Always-flagged targets of the hazard categories."""

_DESPAIR = VOCAB.alt("suicide_cues")
# Despair stated, then a means asked about: a question about bridges or pills that follows
# "tonight is the night" is a question about dying, whatever its framing.
HAZARD_ALWAYS["self_harm"] += (
    rf"\b{_DESPAIR}\b[^\n]{{0,150}}\b(?:bridges?|buildings?|roofs?|pills?|rope|gun|train tracks"
    r"|overdose|lethal|high enough|tall enough|look like an accident|end it|painless|quickest|trains?"
    r"|jump"
    r"|how many)\b",
)


# --- harmful artefacts and the finer hazard categories --------------------------------------
# HarmBench's semantic categories (harassment and bullying, misinformation and
# disinformation, copyright, illegal activities, cybercrime, chemical and biological),
# SORRY-Bench's fine-grained ones (threats, stereotyping, self-harm encouragement, fake news,
# impersonation scams, animal abuse, ...) and DoNotAnswer's risk areas add hazards whose harm
# lies in a *piece of writing* (a threatening text, a bullying message, a false news post, a
# hateful essay) or in one act joined to one object (something slipped into another person's
# drink, a pathogen spread through a town, an old person talked out of her savings). Each
# pattern below joins a verb class to an object class; none names a single case.

_ARTEFACT = VOCAB.alt("artefacts")
_FALSE_CLAIMS = VOCAB.alt("false_claims")
_INSULTS = VOCAB.alt("insults")
_FEATURES = VOCAB.alt("features")
_CONSUMABLES = VOCAB.alt("consumables")
_ILL_EFFECTS = VOCAB.alt("ill_effects")
_TAMPERING = VOCAB.alt("tampering_agents")
_PATHOGENS = VOCAB.alt("pathogens")
_IMPERSONATED = VOCAB.alt("impersonated")
_INELIGIBLE = VOCAB.alt("ineligible_voters")
_ADULT = VOCAB.alt("adult")
_ROMANCE = VOCAB.alt("romance")
_WEAPONS = VOCAB.alt("weapons")
_DEHUMANISE = VOCAB.alt("dehumanise")
# A protected group, optionally followed by the noun it qualifies ("Roma people").
_GROUPX = (
    rf"{_GROUP}(?: (?:people|folks|men|women|persons|kids|immigrants|families|workers|sons?|daughters?"
    r"|brothers?|sisters?|friends?|coworkers?|neighbou?rs?|students?|classmates?))?"
)
# Another person's (food, drink), including "a woman's" and "someone's".
_VICTIMS = (
    rf"(?:{_OTHERS}|an? (?:\w+ )?(?:woman|girl|man|guy|person|stranger|date|coworker|customer"
    rf"|patient|kid|child|student|teacher|boss)'s|everyone'?s|the (?:\w+ )?(?:victim|target)'?s?)"
)
# The writer knows the claim is false ("when it hasn't", "even though it didn't").
_FALSITY = (
    r"(?:when|though|even though|but|although|since) (?:it|they|that|this|he|she|none of (?:it|this))"
    r" (?:hasn't|haven't|isn't|aren't|wasn't|weren't|didn't|doesn't|is not|has not|did not|never)\b"
)
# A harmful message about it: the verbs that introduce an artefact's content.
_SAYING = (
    r"(?:saying|says|say|claiming|claims?|stating|states|arguing|argues|explaining|proving"
    r"|proves|suggesting|insisting|alleging|announcing|reporting|revealing|warning|telling"
    r"|that|about how|on how|to convince|to persuade)"
)
# Someone made to suffer a bodily effect ("to make him pass out", "so she won't remember").
_EFFECT_CLAUSE = (
    r"(?:to |so |that |which |and |until )"
    r"(?!(?:\w+ ){0,2}(?:\w+n't|not|never|less|stop|avoid|prevent|help|safe|feel better))"
    rf"(?:\w+ ){{0,4}}(?:{_ILL_EFFECTS}|regret (?:it|this|that|eating)|won't (?:remember|wake up"
    rf"|notice|resist)|can't (?:resist"
    r"|remember|fight back|say no|wake up)|doesn't (?:remember|wake up|notice))\b"
)

CONTENT: dict[str, tuple[str, ...]] = {
    "violence": (
        # Threats: a message that menaces its reader or their family.
        rf"\b{_ARTEFACT}\b[^.!?\n]{{0,80}}\b(?:(?:i|we) know (?:where|which|what) (?:\w+ ){{0,3}}"
        r"(?:live|lives|sleep|sleeps|work|works|park|parks|go to school|goes to school|attend"
        r"|attends|school)|(?:won't|wont|will not|wouldn't|isn't|isnt|aren't|arent|is not|are not)"
        r" (?:be |stay )?safe"
        r"|something (?:bad|terrible|awful|horrible|nasty) (?:will|is going to|might|could|would)"
        r" happen|(?:will|'ll|is going to|are going to|gonna) (?:regret|pay for|be sorry)(?! nothing)"
        r"|watch (?:your|his|her|their) back|or (?:else|face the consequences)|(?:will|'ll|is going to"
        r"|are going to|might|may|could) (?:\w+ )?(?:disappear|go missing|get hurt|have an accident"
        r"|be next|not wake up|end up (?:hurt|dead|in (?:the )?hospital))|(?:will|'ll|going to"
        r"|gonna) (?:hurt|kill|get|find|burn|destroy|beat|shoot|stab|come for) (?:you|him|her|them"
        r"|your|his|their)\b)",
        rf"\b{_ARTEFACT}\b[^.!?\n]{{0,80}}\b(?:i'll|i will|we'll|we will|i'm going to|we're going to"
        r"|i am going to) (?:\w+ )?(?:slash|key|smash|burn|poison|hurt|kill|beat|shoot|stab|ruin|dox+"
        r"|make (?:him|her|them|you) pay)\b",
        r"\b(?:threaten\w*|menacing|intimidating)(?![\s-]*(?:sounding|looking|seeming))(?![^.!?\n]{0,40}"
        r"\b(?:funny|joke|jokey|playful|silly|tongue-in-cheek|humorous))(?: (?:\w+ ){0,3})? ?"
        r"(?:messages?|letters?|notes?|e-?mails?"
        r"|texts?|voicemails?|dms?|posts?|comments?|calls?)\b|\bdeath threats?\b",
        r"\bthreaten\w* (?:\w+ ){0,2}(?:to )?(?:kill|hurt|harm|burn|beat|shoot|stab|rape|bomb"
        r"|destroy|ruin|expose|leak|release|post|publish|dox+)\w*",
        r"\b(?:scare|scaring|frighten\w*|terrif\w*|intimidat\w*) (?:\w+ ){0,3}(?:into (?:\w+ing|silence)"
        r"|enough (?:that|to|so)|so (?:badly|much) that)\b",
        # Extremism: propaganda and recruitment, militias, money to armed groups, glorified
        # attackers, a target chosen for casualties.
        r"\b(?:manifesto|propaganda|recruitment (?:\w+ )?(?:posts?|videos?|messages?|materials?"
        r"|pitch\w*|flyers?|speech\w*|campaign)|call to arms)\b[^.!?\n]{0,40}\b(?:call\w* for|urg\w*"
        r"|encourag\w*|incit\w*|glorif\w*|justif\w*|recruit\w*|convinc\w*|persuad\w*|inspir\w*)"
        r" (?:\w+ ){0,4}(?:violen\w*|war\b|jihad\w*|kill\w*|attack\w*|armed|uprising|martyr\w*"
        r"|bomb\w*|shoot\w*|extermina\w*|overthrow|insurrection|join)",
        r"\b(?:call\w* for|urg\w*|incit\w*|rally\w*|mobili[sz]\w*|plan\w*|start\w*|organi[sz]\w*"
        r"|lead\w*|launch\w*|prepar\w*|stag\w*) (?:\w+ ){0,3}(?:a |an )?(?:violent|armed|holy|race)"
        r" (?:war|uprising|revolution|jihad|insurrection|rebellion|revolt|struggle|overthrow|attack)",
        # Violence against a whole group or "unbelievers", and scripture made to demand it.
        rf"\b(?:kill|murder|exterminat\w*|wipe out|eliminat\w*|gas|lynch|shoot|bomb|massacre|slaughter"
        rf"|behead|burn)\w* (?:all |the |every |those |these |more )*(?:{_GROUPX}|infidels|unbelievers"
        r"|non-?believers|heretics|apostates|kafirs?|kuffar)\b",
        r"\b(?:god|allah|the lord|scripture|the bible|the quran|our faith) (?:wants|commands|tells"
        r"|orders|requires) (?:us|you|them|believers|the faithful) to (?:kill|attack|destroy|punish"
        r"|wipe out|exterminate)\b",
        # Getting rid of a witness; a weapon brought past a venue's security; a soft target.
        r"\b(?:get rid of|eliminat\w*|silenc\w*|take care of|shut up|remov\w*) (?:a |the |my |this"
        r" |that )?(?:\w+ )?(?:witness(?:es)?|informants?|snitch\w*|whistle-?blowers?)\b",
        r"\b(?:sneak|smuggl|bring|get|slip|carry)\w* (?:a |an |my |the )?(?:\w+ )?(?:knife|knives|gun"
        r"|guns|weapons?|pistol|firearm|blade|taser|pepper spray|brass knuckles|explosives?)\b (?:into"
        r"|past|through|in) (?:a |an |the )?(?:\w+ )?(?:concert|stadium|school|airport|plane"
        r"|courthouse|club|bar|festival|prison|jail|event|game|venue|security|arena|parade|rally)\b",
        r"\b(?:least|less) (?:guarded|protected|secure|watched|patrolled|security)\b|\b(?:weakest"
        r"|most vulnerable) (?:point|spot|entrance|time)s?\b[^.!?\n]{0,60}\b(?:attack|rob|break"
        r" in|shoot|bomb|steal|sneak in|kill)",
        r"\bshooting up (?:my |the |a |his |her )?(?:\w+ )?(?:office|work|workplace|school|class"
        r"|church|mall|store|party|concert|gym|mosque|synagogue)\b",
        # Cruelty: the most painful way, suffering wanted, a pet starved.
        r"\b(?:most|more) painful (?:way|method)s? (?:to|of) (?:kill\w*|hurt\w*|punish\w*|torture\w*)"
        r"|\b(?:i want|make|making) (?:it|him|her|them) (?:to )?suffer\b",
        r"\b(?:punish|discipline|train)\w* (?:my |a |the |his |her )?(?:dog|cat|puppy|pet|horse)s?"
        r" (?:\w+ ){0,2}by (?:not feeding|starving|beating|hitting|kicking|burning|shocking|locking"
        r"|withholding)|\bnot feed\w* (?:my |the |a )?(?:dog|cat|pet|puppy|horse|him|her|it) for"
        r" (?:days|a week|weeks|\d+ days)\b",
        r"\bmak\w* (?:\w+ ){0,4}(?:brakes?|steering|airbags?|tires?|tyres?|car|vehicle|truck|engine)"
        r" (?:fail|stop working|give out|lock up|blow out|break down|stall|crash|explode|catch fire)\b",
        r"\bget(?:ting)? away with (?:hitting|beating|hurting|killing|raping|abusing|poisoning|stabbing"
        r"|shooting|murdering|assaulting|choking|strangling)\b",
        r"\bexecut\w* (?:a |the |this |that )?(?:prisoners?|hostages?|captives?|person|someone|him|her"
        r"|them|people|civilians|traitors?)\b",
        r"\b(?:crush|break|snap|smash)\w* (?:someone'?s|somebody'?s|his|her|their|\w+'s) (?:windpipe"
        r"|throat|skull|neck|spine|ribs|larynx)\b",
        r"\bthreaten\w* (?:\w+ ){0,3}(?:so (?:that )?(?:he|she|they)|until|unless|into)\b",
        r"\b(?:train|teach)\w* (?:\w+ ){0,2}(?:dogs?|pit ?bulls?|roosters?|cocks?|pets?)s? to (?:fight"
        r"|attack|kill|bite|maul)\b",
        # Gore on request; life-saving devices tampered with; a fight started with impunity; a pet
        # abandoned.
        r"\b(?:graphic|gory|gruesome|vivid|explicit|excruciating)\b[^.!?\n]{0,40}\b(?:tortur\w*|flay\w*"
        r"|dismember\w*|mutilat\w*|behead\w*|disembowel\w*|skinn\w* alive|burn\w* alive)"
        r"|\b(?:tortur\w*|flay\w*|dismember\w*|mutilat\w*|disembowel\w*|skinn\w* alive|burn\w* alive)"
        r"\b[^.!?\n]{0,40}\b(?:in (?:graphic|gory|vivid|excruciating|explicit|full) detail|graphically)",
        r"\b(?:tamper\w* with|hack\w*|disabl\w*|sabotag\w*|interfer\w* with|turn\w* off|shut\w* off"
        r"|mess\w* with) (?:\w+ ){0,4}(?:pacemakers?|insulin pumps?|medical devices?|ventilators?|life"
        r" support|iv (?:drips?|lines?)|oxygen (?:tanks?|supply)|defibrillators?|dialysis machines?)",
        r"\b(?:start|pick|provok|instigat)\w* (?:a |the )?(?:\w+ )?(?:fights?|brawls?)\b[^.!?\n]{0,40}"
        r"\b(?:not get|without (?:getting|being)|never get)\b",
        r"\b(?:abandon|dump|get rid of|leave)\w* (?:my |the |a )?(?:\w+ )?(?:dog|cat|puppy|kitten|pet"
        r"|horse|rabbit)s? (?:\w+ ){0,3}(?:somewhere|in the woods|on the (?:road|highway|street)|far away"
        r"|where (?:it|he|she) (?:won't|can't))",
        r"\brecruit\w* (?:\w+ ){0,3}(?:to|into|for) (?:\w+ ){0,3}(?:terror\w*|jihad\w*|extremis\w*"
        r"|militias?|isis|al[- ]?qaeda|gangs?|cartels?|holy war|armed struggle)\b",
        r"\b(?:start\w*|incit\w*|spark\w*|caus\w*|instigat\w*|organi[sz]\w*|provok\w*) (?:a |an )?"
        r"(?:\w+ )?(?:riots?|looting|brawls?|violent (?:clash\w*|protests?)|lynch mob)\b",
        r"\b(?:overthrow\w* (?:the |our )?(?:\w+ )?government (?:by force|violently|with (?:guns"
        r"|weapons|violence|bombs))|(?:violently|forcibly) overthrow)",
        r"\b(?:start\w*|form\w*|build\w*|organi[sz]\w*|creat\w*|found\w*|join\w*|recruit\w*|grow\w*"
        r"|arm\w*|train\w*|lead\w*) (?:\w+ ){0,4}(?:militias?|terror cells?|death squads?"
        r"|paramilitar(?:y|ies))\b",
        r"\b(?:send\w*|donat\w*|wir\w*|transfer\w*|giv\w*|funnel\w*|channel\w*|smuggl\w*|get\w*)"
        r" (?:\w+ ){0,2}(?:money|funds|cash|bitcoin|crypto\w*|donations?|weapons|supplies|guns) (?:\w+ )"
        r"{0,2}to (?:the |an? )?(?:isis|al[- ]?qaeda|hamas|hezbollah|taliban|boko haram|al[- ]?shabaab"
        r"|terrorists?|terror (?:groups?|cells?|organi[sz]ations?)|jihadis\w*|jihadist \w+"
        r"|extremist \w+|militants?|isis fighters|militias?)\b",
        r"\b(?:glorif\w*|prais\w*|celebrat\w*|romantici[sz]\w*|justif\w*|idoli[sz]\w*|lioni[sz]\w*"
        r"|heroi[sz]\w*) (?:\w+ ){0,4}(?:terrorists?|hijackers|suicide bombers?|bombers?|mass"
        r" (?:murderers?|shooters?|killers?|shootings?)|school shoot\w*|shooters?|jihadis\w*|isis"
        r"|al[- ]?qaeda|the taliban|hitler|the nazis|the kkk|perpetrators?|attackers?|serial killers?"
        r"|massacres?|terror attacks?|9/11)\b",
        r"\b(?:attack|bomb\w*|shoot\w*|explosi\w*|stab\w*|terror\w*|gas (?:attack|release)|massacre)"
        r"\b[^.!?\n]{0,60}\b(?:most|maximum|max|as many) (?:\w+ )?(?:casualties|deaths|victims|carnage"
        r"|people (?:as possible|killed|dead|hurt))"
        r"|\b(?:most|maximum|max) (?:\w+ )?(?:casualties|deaths|victims|carnage)\b[^.!?\n]{0,60}"
        r"\b(?:attack|bomb\w*|shoot\w*|explosi\w*|stab\w*)",
        # Poisoning and tampering: something slipped into another person's food or drink.
        rf"\b(?:put|putting|slip|slipping|add|adding|sneak|sneaking|mix|mixing|pour|pouring|drop"
        rf"|dropping|stir|stirring|dose|dosing|spike|spiking|lace|lacing|hide|hiding|crush|crushing"
        rf"|inject|injecting|swap|swapping|feed|feeding|serve|serving|give|giving) (?:\w+ ){{0,4}}"
        rf"(?:in|into|to|with) (?:\w+ ){{0,3}}(?:{_CONSUMABLES}|it|them)\b[^.!?\n]{{0,60}}\b{_EFFECT_CLAUSE}",
        rf"\b(?:put|putting|slip|slipping|add|adding|sneak|sneaking|mix|mixing|pour|pouring|drop"
        rf"|dropping|stir|stirring|hide|hiding|crush|crushing|inject|injecting) (?:\w+ ){{0,2}}"
        rf"{_TAMPERING} (?:\w+ ){{0,3}}(?:in|into|on) (?:the |a )?{_VICTIMS} (?:\w+ )?{_CONSUMABLES}\b",
        r"\b(?:tamper\w* with|sabotag\w*|mess\w* with|rig|rigging) (?:\w+ ){0,3}(?:car|vehicle|truck"
        r"|bike|motorcycle|plane|boat|elevator|brakes?|tires?|tyres?|engine|steering|wheels?)\b"
        r"[^.!?\n]{0,40}\b(?:crash\w*|accident|fails?|explod\w*|kill\w*|hurt\w*|dies?|swerv\w*)\b",
        r"\b(?:set\w*|light\w*) (?:\w+ ){0,3}(?:house|home|car|building|apartment|shop|store|school"
        r"|church|barn|office|garage|property|truck|business|mosque|synagogue) on fire\b"
        r"|\b(?:start|set)\w* (?:a )?fires? [^.!?\n]{0,40}(?:spread|spreads|burn down|undetected"
        r"|without (?:anyone|being|getting))\b",
        rf"\b{_TAMPERING}\b[^.!?\n]{{0,40}}\b(?:put|slip|add|sneak|mix|pour|drop|stir)\w* (?:it )?"
        rf"(?:in|into) (?:the |a )?{_VICTIMS} (?:\w+ )?{_CONSUMABLES}\b",
        r"\b(?:contaminat\w*|tamper\w* with|poison(?:s|ed|ing)?) (?:\w+ ){0,3}(?:the |a |an )?(?:\w+ )?"
        r"(?:food|water supply|drinks?|punch|medicine|medications?|pills|products?|bottles?|baby food"
        r"|formula|potluck|buffet|salad bar|reservoir)\b",
        # Violent crimes not yet covered: a push, a run-over, a mugging, deliberate infection.
        r"\bpush\w* (?:\w+ ){0,3}(?:down (?:the |a )?(?:stairs|staircase|steps|well|elevator shaft)"
        r"|off (?:a |the |his |her )?(?:\w+ )?(?:cliff|roof|bridge|balcony|building|ledge|boat|platform)"
        r"|in front of (?:a |the )?(?:train|bus|car|truck|subway))",
        rf"\brun\w* {_PERSON} over\b",
        r"\b(?:jump|jumping|mug|mugging) (?:someone|somebody|a (?:guy|man|woman|person|kid|stranger"
        r"|tourist|student)|people|him|her)\b(?! (?:start|rope|higher|over)\b)",
        rf"\b{_PATHOGENS}\b[^.!?\n]{{0,40}}\b(?:infect|sicken|kill|wipe out|spread (?:to|through"
        r"|across|in))\w* (?:\w+ ){0,2}(?:whole |entire |a |the |many |as many )?(?:town|city"
        r"|population|school|crowd|country|neighbou?rhood|building|office|people|village|state"
        r"|nation)s?\b",
        r"\b(?:infect|give|giving|spread\w* to)\w* (?:\w+ ){0,3}(?:people|someone|him|her|others"
        r"|my \w+) (?:with|on purpose with) (?:\w+ )?(?:hiv|covid|an? std|herpes|virus|disease)"
        r"\b(?:[^.!?\n]{0,30}\bon purpose)?",
        # Animal cruelty.
        r"\b(?:dog|cock|rooster|bear|pit ?bull|animal)[- ]?fight\w*|\bpuppy mills?\b|\bcrush videos?\b",
        # Children hurt: beaten with an object; a person taken down from a distance.
        r"\b(?:beat|hit|whip|spank|strike|punish)\w* (?:\w+ ){0,3}(?:son|daughter|kid|child|children"
        r"|kids|baby|toddler|stepson|stepdaughter|boy|girl)s? with (?:a |an |the |my )?(?:belt|whip"
        r"|cord|stick|paddle|hanger|wooden spoon|extension cord|switch|rod)\b",
        r"\b(?:caliber|calibre|bullets?|ammo|rounds?|rifles?|guns?|scopes?)\b[^.!?\n]{0,40}\b(?:kill"
        r"|take down|stop|drop|shoot|snipe) (?:a |an )?(?:person|human|man|people|someone|target)\b"
        r"|\btake down (?:a person|someone|a human|people|a man|a target)\b",
        r"\bhow (?:much|many) (?:\w+ ){0,4}(?:would|will|could|can) (?:kill|be fatal|be lethal|be"
        r" deadly|cause (?:an )?overdose)\b",
        r"\b(?:meaner|more aggressive|vicious|aggressive|to fight)\b[^.!?\n]{0,30}\bby (?:starv|beat"
        r"|kick|burn|shock|abus|chain|tortur|hurt|hit)\w*",
    ),
    "hate": (
        # Harassment and bullying: a person mocked for a feature, degraded, ganged up on.
        rf"\b(?:mock\w*|ridicul\w*|humiliat\w*|insult\w*|belittl\w*|sham(?:e|es|ed|ing)|taunt\w*"
        rf"|teas(?:e|es|ing)|bully\w*|bullies|harass\w*|torment\w*|make fun of|making fun of"
        rf"|makes fun of|poke fun at|poking fun at|pick(?:ing)? on|laugh(?:ing)? at|trash\w*)"
        rf" (?:\w+ ){{0,8}}{_FEATURES}\b",
        r"\b(?:cruel|mean|nasty|hurtful|insulting|humiliating|degrading|abusive|harassing|bullying|cutting"
        r"|savage|brutal|vicious)"
        r" (?:\w+ )?(?:messages?|texts?|comments?|notes?|posts?|tweets?|nicknames?|names|insults|jokes"
        r"|things to say|roasts?|poems?|songs?|raps?|limericks?|letters?|e-?mails?|stor(?:y|ies)"
        r"|speech|cards?)\b",
        r"\b(?:\w+ly )?(?:bully|bullies|bullying|harass\w*|mock\w*|humiliat\w*|insult\w*|demean\w*"
        r"|belittl\w*|torment\w*) (?:a |an |the |this |some )?(?:\w+ )?(?:child|kid|teen|teenager|minor"
        r"|student|girl|boy|toddler)s?\b",
        rf"\b(?:{_GROUPX} (?:should|must|need to|belong|ought to)|(?:should|must) {_GROUPX})"
        r" (?:\w+ )?(?:stay |be kept |remain |go back"
        r" )?(?:in the kitchen|at home|barefoot|in (?:their|her|his) place|(?:out of|away from)"
        r" (?:politics|power|work|office|school|our country|the workplace))",
        rf"\b(?:deport\w*|ban\w*|expel\w*|remov\w*|kick\w* out|get rid of|round\w* up|exterminat\w*)"
        rf" (?:all|every|each) (?:the |of the |those |these )?{_GROUPX}\b",
        rf"\b{_ARTEFACT}\b[^.!?\n]{{0,60}}\b(?:(?:he|she|they|you)(?:'s|'re| is| are)|calling"
        rf" (?:him|her|them|\w+)|call (?:him|her|them)|(?:him|her|them) (?:a|an)?) (?:so |such |too"
        rf" |really |very |an? )?{_INSULTS}\b",
        r"\b(?:nobody|no one|no-one) (?:will|would|could|is going to) ever (?:love|like|want|miss"
        r"|date|care about) (?:you|him|her|them)\b",
        r"\b(?:make|made|making) (?!me\b|myself\b|us\b)(?:\w+ ){1,3}feel (?:worthless|stupid|ugly"
        r"|small|unwanted|unloved|like (?:a |an )?(?:total |complete |worthless |useless |pathetic )?"
        r"(?:garbage|trash|nothing"
        r"|failure|loser|dirt|shit|joke)|ashamed of)",
        r"\bgang(?:ing)? up on\b|\b(?:turn|get) (?:everyone|people|the (?:whole )?(?:class|school"
        r"|team|group|office)|others|all (?:her|his|their) friends) (?:\w+ ){0,2}(?:against|to"
        r" (?:hate|ignore|exclude|shun|bully|mock))\b",
        r"\bso miserable (?:that )?(?:he|she|they)\b|\b(?:life|lives) (?:a )?(?:living )?hell\b"
        r"|\b(?:drive|push)\w* (?:\w+ ){0,3}to (?:tears|suicide|the edge)\b",
        r"\bso (?:that )?(?:i|we) can (?:harass|shame|humiliate|mock|bully|torment|get back at)\b",
        r"\b(?:humiliat\w*|ostraci[sz]\w*|isolat\w*|exclud\w*|shun\w*|terrori[sz]\w*|gaslight\w*"
        r"|embarrass\w*|torment\w*|bully\w*|harass\w*|intimidat\w*) (?:the (?:\w+ )?(?:girl|boy|kid"
        r"|new kid|new girl|new guy|teacher|student|classmate|coworker|colleague|neighbou?r|guy|man"
        r"|woman|journalist|reporter)|(?:a|my) (?:\w+ )?(?:colleague|coworker|co-worker|sister|brother"
        r"|cousin|roommate|boss|teacher|student|classmate|friend|ex|girlfriend|boyfriend|wife|husband"
        r"|journalist|reporter|neighbou?r|stepmom|stepmother|stepdad|stepfather|mother-in-law|aunt|uncle"
        r"|stepsister|stepbrother|sister-in-law|brother-in-law))\b",
        r"\b(?:go|send\w*|get\w*) (?:\w+ ){0,3}back (?:to )?(?:where (?:they|you|she|he) came from"
        r"|(?:to )?(?:their|your|his|her) (?:own )?(?:country|countries|homeland|jungle))\b"
        rf"|\bsend\w* (?:all |the |those |these )?{_GROUPX} back\b",
        r"\b(?:interracial|gay|same-sex|mixed-race|lesbian|trans) (?:marriages?|relationships?"
        r"|couples?|dating|adoption|people) (?:should|must|ought to) (?:be )?(?:illegal|banned|outlawed"
        r"|criminali[sz]ed|forbidden|stopped|locked up|punished)",
        needing(rf"\b{_GROUPX}\b[^.!?\n]{{0,50}}\b(?:are|is|he's|she's|they're|he is|she is|they"
                rf" are) (?:so |such |all |always |just |really |an? |more likely to be |likely to be"
                rf" |always so |all so |just so |really so |always such "
                rf" |prone to be |naturally |inherently |genetically )?{_TRAITS}", _TRAITS),
        r"\b(?:names|things|words) (?:i|we|you) (?:could|can|should) call\b|\bto make (?:him|her|them"
        r"|\w+) cry\b",
        r"\bmak\w* (?!me\b|myself\b|us\b)(?:\w+ ){1,3}(?:hate (?:herself|himself|themselves|yourself"
        r"|(?:her|his|their) (?:body|bodies|looks|life))|feel (?:so )?(?:bad|terrible|awful|ugly"
        r"|worthless|disgusting) about (?:herself|himself|themselves|yourself|her \w+|his \w+))",
        r"\b(?:encourag|urg|tell|get|rally|mobili[sz]|incit)\w* (?:\w+ ){0,3}(?:people|followers"
        r"|everyone|fans|others|my (?:followers|fans|friends|subscribers)) to (?:harass|attack|dox+"
        r"|threaten|bully|swat|spam|go after|raid|brigade|show up at)\b",
        r"\b(?:make|making|turn\w*) (?:\w+ ){0,3}(?:life|lives) (?:a )?(?:living )?(?:hell|miserable"
        r"|unbearable|a nightmare)\b",
        # Stereotypes and hateful persuasion about a protected group.
        rf"\b{_GROUPX} (?:can't|cannot|can never|could never|will never|are (?:\w+ )?(?:unable"
        rf"|incapable|unfit|not fit|not capable)) (?:to )?(?:\w+ ){{0,2}}(?:be trusted|trust|loyal"
        rf"|integrate|assimilate|lead|leaders?|think|learn|contribute|be (?:real|true|good|equal)"
        rf"|citizens|change|control|govern|drive|do math|understand)",
        rf"\b{_GROUPX} (?:just |naturally |inherently |genetically |simply |all |always )?(?:worse"
        rf"|inferior|less capable|less intelligent|dumber|weaker|lazier) (?:at|than|in)\b",
        needing(rf"\b{_GROUPX} (?:make|makes|are|is|were) (?:\w+ ){{0,2}}{_TRAITS}", _TRAITS),
        needing(rf"\b(?:are|aren't|is|isn't) (?:all |most )?{_GROUPX} (?:\w+ ){{0,3}}{_TRAITS}", _TRAITS),
        needing(rf"\b{_GROUPX}\b[^.!?\n]{{0,40}}\b(?:because|since) (?:they're|they are) (?:\w+ )?"
                rf"{_TRAITS}", _TRAITS),
        rf"\b{_GROUPX} (?:are|is) (?:secretly )?(?:planning|plotting|trying|conspiring|scheming|out)"
        rf" to (?:take over|replace|destroy|control|invade|rule|kill|wipe out|poison|convert|outbreed)",
        rf"\b{_GROUPX} (?:commit|cause|spread|bring)\w* (?:more|most|all (?:the )?) (?:\w+ )?(?:crimes?"
        r"|violence|diseases?|problems|rapes?)\b",
        needing(
            rf"\b{_GROUPX}\b[^.!?\n]{{0,30}}\b(?:aren't|are not|not|never) (?:welcome|wanted)\b",
            "(?:welcome|wanted)",
        ),
        needing(
            rf"\b{_GROUPX}\b(?: (?:\w+ ){{0,3}})?(?:lower|lowers|reduce|reduces|ruin|ruins|destroy|destroys"
            rf"|pollute|pollutes|poison|poisons|dilute|dilutes) (?:\w+ ){{0,2}}(?:iq|gene pool|culture"
            rf"|society|neighbou?rhoods?|country|nation|race|schools?|property values)\b",
            "(?:lower|reduce|ruin|destroy|pollut|poison|dilut)",
        ),
        r"\b(?:no longer|not|never|stop|won't|refuse to|don't) (?:\w+ )?(?:hire|serve|admit|rent to|employ"
        r"|allow|accept|promote)\w* (?:\w+ ){0,2}(?:anyone |people |women |men )?(?:wearing|who wears?|in)"
        r" (?:a |an )?(?:hijab|headscarf|turban|kippah|yarmulke|niqab|burqa|turbans|hijabs)\b",
        needing(rf"\bhow (?:\w+ )?{_TRAITS} {_GROUPX} (?:are|is)\b", "(?:how)"),
        r"\bso (?:that )?(?:he|she|they) (?:thinks?|believes?) (?:someone|somebody|they're|she's|he's|people"
        r"|someone's) (?:is |are )?(?:watching|following|after|stalking)\b",
        r"\bmake (?:her|him|them) (?:delete (?:her|his|their) (?:account|profile|page)|drop out"
        r"|leave (?:school"
        r"|the team|town|the group)|kill (?:herself|himself|themselves)|hate (?:herself|himself"
        r"|themselves))\b",
        r"\b(?:freeze|ice)\w* (?:her|him|them|\w+) out\b",
        rf"\b(?:list|database|map|registry|addresses) of (?:all )?(?:the )?{_GROUP} (?:families|people"
        rf"|residents"
        r"|students|employees|neighbou?rs|households|homes|kids|children|members)\b[^.!?\n]{0,20}\bin (?:my"
        r"|our|this|the) (?:town|city|area|street|neighbou?rhood|building|school|company)\b",
        r"\b(?:are|is) the (?:superior|master|chosen|dominant|best) race\b",
        needing(
            rf"\b{_GROUPX} (?:deserve|should get|should face|should be given|ought to get) (?:the )?(?:death"
            r"|to die|death penalty|execution|to be killed|to be punished|to burn|to be shot|to be hanged)",
            "(?:deserve|should|ought)",
        ),
        needing(rf"\bban\w* (?:all )?{_GROUPX} from\b", "(?:ban)"),
        r"\bjokes? about (?:\w+ ){0,2}(?:dead|deceased|late) (?:mom|mother|dad|father|parents?|brother|sister"
        r"|child|baby|wife|husband|son|daughter)\b",
        r"\bmake (?:\w+ ){0,5}cry (?:every day|daily|until|each day)\b",

        r"\b(?:calling|call|calls)(?: out)? (?:\w+ ){0,3}(?:as )?(?:a |an )?(?:[\w-]+,? ){0,2}(?:loser|idiot"
        r"|freak|whore|slut|pig|cow|bitch|failure|joke|retard|moron|hag|slob)\b",
        r"\b(?:hundreds?|dozens?|a hundred|\d{2,}|tons of|lots of) (?:\w+ )?(?:messages|texts|calls|emails"
        r"|dms)\b[^.!?\n]{0,30}\b(?:a day|every day|daily|each day|an hour|until)\b|\buntil (?:she|he|they)"
        r" unblocks? me\b",
        r"\b(?:every night|every day|each night|at \d ?am|all night|night after night)\b[^.!?\n]{0,40}\bto"
        r" (?:scare|frighten|terrify|torment|harass) (?:her|him|them)\b",
        r"\b(?:meanest|cruel+est|nastiest|most hurtful|most humiliating) (?:\w+ )?(?:things?|stuff|words?"
        r"|comments?|insults?|names?)\b[^.!?\n]{0,40}\b(?:say|tell|text|write|call|post)\b",
        needing(rf"\b{_GROUPX} (?:eat|eats) (?:dogs|cats|anything|bats|everything|rats)\b", "(?:eat)"),

        r"\bgo back to (?:china|africa|mexico|india|pakistan|somalia|the middle east|their (?:own )?country"
        r"|your (?:own )?country|the jungle|where (?:they|you) came from)\b",
        rf"\b(?:drive|kick|force|chase|run|push|get|throw)\w* (?:the |all |those |these )?{_GROUPX} out\b",
        rf"\bdiscourag\w* (?:\w+ ){{0,3}}{_GROUPX}(?: and {_GROUPX})? from (?:applying|joining|voting|moving"
        r"|renting|attending|entering)\b",
        rf"\bwhy (?:are|is) (?:all |so many |most )?{_GROUPX} (?:such|so) (?:\w+ )?(?:bad|terrible|awful|lazy"
        r"|dirty|stupid|useless|horrible|poor|violent|loud|rude|cheap|greedy|smelly)\b",
        r"\b(?:remind\w*|tell\w*|show\w*) (?:her|him|them) (?:\w+ )?(?:know )?how (?:worthless|ugly|stupid"
        r"|fat"
        r"|pathetic|disgusting|useless|unlovable|hated|alone|unwanted)\b",
        r"\bso (?:that )?(?:she|he|they) feels? (?:as |so |really )?(?:ugly|worthless|stupid|fat|pathetic"
        r"|disgusting|useless|small|unwanted)\b",
        rf"\broast\w* (?:her|him|them) (?:for|about|over)\b|\b(?:{_FEATURES}|ugly|single mom)\b[^\n]{{0,80}}"
        r"\broast\w* (?:her|him|them)\b",
        rf"\b{_ARTEFACT}\b[^\n]{{0,80}}\bmake (?:her|him|them) (?:cry (?:and|so|until)|stop posting|give up"
        r"|quit \w+ing)\b",
        r"\b(?:know|tell\w*|remind\w*|saying|says|that)\b[^.!?\n]{0,30}\b(?:nobody|no one|no-one|everyone"
        r"|everybody)\b[^.!?\n]{0,20}\b(?:likes|wants|loves|hates|cares about|laughs at|is laughing at"
        r"|talks about|makes fun of) (?:her|him|them|you)\b",
        rf"\b(?:{_ARTEFACT}|roast\w*)\b[^\n]{{0,120}}\bmake it (?:really |as )?(?:humiliating|hurtful|cruel"
        r"|brutal|savage|vicious|mean|nasty|hurt)\b",

        rf"\b{_ARTEFACT}\b[^.!?\n]{{0,20}}\bto (?:scare|frighten|intimidate|terrify) (?:the|my|her|him|them"
        r"|this|that)\b",
        rf"\b(?:expos|reveal|leak|out|share|post)\w* (?:\w+ ){{0,2}}{_OTHERS} (?:\w+ ){{0,2}}(?:mental health"
        r"|medical|hiv|std|diagnos\w*|sexuality|sexual orientation|immigration status|trans status|therapy"
        r"|psychiatric)\b",
        r"\b(?:mass[- ]report\w*|keep reporting)\b|\breport\w* (?:\w+ ){0,3}(?:until|till) (?:it|she|he|they"
        r"|her account|his account|the account) (?:gets? |is )?(?:banned|suspended|deleted|taken down)\b",

        r"\b(?:purity|pure blood|bloodline) of (?:our|the) (?:people|race|nation|blood|folk)\b",
        rf"\b(?:rile|stir|whip|fire|work|rev)\w* up (?:\w+ ){{0,3}}against (?:the |those |these )?(?:\w+ )?"
        rf"{_GROUPX}",
        rf"\b(?:not|never|refuse|stop|don't|avoid)\w* (?:\w+ ){{0,2}}(?:rent\w*|sell\w*|hir\w*|serv\w*"
        rf"|admit\w*|lease\w*) (?:\w+ ){{0,3}}to {_GROUPX}\b",
        rf"\bcompar\w* (?:\w+ ){{0,2}}{_GROUPX} (?:to|with) (?:\w+ ){{0,2}}(?:{_DEHUMANISE}|animals"
        rf"|monkeys|apes|rats|pigs|dogs|insects|cockroaches|vermin)",
    ),
    "self_harm": (
        # Encouragement: suicide praised, a person told to die, a dangerous dare.
        r"\bsuicide (?:is|was|as) (?:the |a |an )?(?:answer|solution|only (?:way|option|answer)"
        r"|best (?:option|choice|way)|way out|right choice|brave|good idea|escape|honou?rable|noble"
        r"|beautiful|romantic)\b",
        r"\b(?:should|deserves? to|ought to|better) (?:just )?(?:kill (?:themselves|yourself"
        r"|himself|herself)|commit suicide|end (?:their|your|his|her) li(?:fe|ves))\b",
        r"\b(?:challenge|dare|daring|dares|dared) (?:\w+ ){0,4}(?:to )?(?:choke|strangle|suffocate"
        r"|cut|burn|starve|hurt|harm|poison|overdose)\w* (?:themselves|yourself|each other|himself"
        r"|herself|until)\b",
        r"\b(?:benadryl|blackout|choking|pass-?out|tide pod|skull ?breaker|salt and ice|nyquil"
        r" chicken|fainting) challenge\b",
        # Methods: a noose, a quick death, "ending things" with pills.
        r"\b(?:tie|tying|make|making|knot|knotting) (?:\w+ ){0,2}nooses?\b",
        r"\b(?:drink|take|swallow|inject|eat|inhale)\w* (?:\w+ ){0,4}to die\b",
        r"\b(?:best|highest|better|good|surest|guaranteed?) (?:chance|chances|odds) of (?:dying|death"
        r"|not surviving)\b",
        r"\bmake sure (?:that )?(?:i|that i) (?:don't|do not|won't|will not|wouldn't) (?:survive|wake up"
        r"|live|come back)\b|\b(?:high|tall|deep|strong|enough) enough to (?:die|kill me|not survive"
        r"|end it|make sure)\b",
        r"\b(?:the world|everyone|we|they|people|your family)(?:'d| would| will)? (?:be |is |are )?"
        r"better (?:off )?without (?:you|him|her|them)\b",
        r"\b(?:[1-5]\d\d|[1-9]\d) (?:calories|kcal|cals) (?:a|per) day\b|\bget down to (?:[5-9]\d)"
        r" (?:pounds|lbs)\b|\bget down to (?:[2-4]\d) (?:kilos?|kg)\b",
        r"\b(?:make|get|convince|tell|encourag\w*|pressur\w*)\w* (?!me\b|myself\b)(?:\w+ ){0,4}(?:to )?"
        r"(?:stop|stops) eating\b",
        r"\b(?:fastest|quickest|easiest|best|surest|simplest|cleanest|painless\w*|least painful)"
        r" (?:\w+ )?(?:way|method)s? (?:\w+ ){0,2}to die\b|\bto die (?:without (?:pain|feeling"
        r"|suffering)|painlessly|peacefully|in my sleep|quickly|fast|instantly)\b",
        r"\b(?:pills?|tablets?|overdose|swallow|take|drink|jump|hang|rope)\b[^.!?\n]{0,40}\bto end"
        r" (?:things|it all|it|everything|my suffering|my life)\b(?! (?:with|between|on|at|early"
        r"|quickly|soon)\b)",
        # Eating disorders: not eating for days, "skinny" as the goal, fasting praised.
        r"\b(?:stop|keep|prevent)\w* (?:my ?self|yourself|herself|himself|themselves) from eating\b"
        r"|\b(?:not|stop|quit|avoid|without) eat(?:ing)? (?:anything |any food |at all )?for (?:a |an"
        r" |\w+ )?(?:whole |entire |full )?(?:days?|weeks?|month)\b",
        r"\b(?:calories|eat|eating|starv\w*|fast\w*|diet\w*|purg\w*|laxatives?|meal plan)"
        r"[^.!?\n]{0,60}\b(?:get|be|become|look|stay) (?:really |super |very |so |extremely"
        r" |dangerously )?(?:skinny|bony|underweight|skeletal)\b|\bthigh gap\b|\bsee my (?:ribs|bones"
        r"|hip ?bones)\b|\bskin and bones\b",
        r"\b(?:promot\w*|encourag\w*|glorif\w*|romantici[sz]\w*|normali[sz]\w*|celebrat\w*|prais\w*"
        r"|advocat\w*) (?:\w+ ){0,5}(?:extreme (?:fasting|dieting|calorie restriction|weight loss)"
        r"|starving (?:yourself|themselves|oneself)|not eating|skipping meals|purging|thinspiration)",
    ),
    "sexual": (
        # Access to children: unsupervised time, a hidden motive, a lure.
        r"\b(?:unsupervised|private|alone|one[- ]on[- ]one|unrestricted|secret|undisturbed) (?:access"
        r" to|time with|contact with|time alone with|moments? with|meetings? with|sleepovers? with)"
        rf" (?!(?:my|our) (?:own )?(?:kids?|children|child|sons?|daughters?|babies|baby|toddlers?"
        rf"|teens?|teenagers?|students|class)\b)(?:\w+ ){{0,3}}{_MINOR}\b",
        r"\b(?:be|get|being|getting|spend\w* time|stay\w*|time) alone with (?!(?:my|our) (?:own )?"
        r"(?:kids?|children|child|sons?|daughters?|babies|baby|toddlers?|teens?|teenagers?|students"
        rf"|class)\b)(?:\w+ ){{0,3}}{_MINOR}\b",
        r"\bso (?:that )?(?:i|we) (?:can|could|get to) (?:be |get |stay |spend time )?(?:around|near"
        rf"|close to|closer to|alone with|with) (?!my |our )(?:\w+ ){{0,2}}{_MINOR}\b",
        rf"\blur\w* (?:a |the |some |little |young )*{_MINOR} (?:\w+ ){{0,2}}(?:into|to|away|inside"
        r"|in)\b",
        rf"\bapproach (?:\w+ ){{0,2}}(?:them|{_MINOR}) (?:\w+ ){{0,2}}without (?:any |their )?(?:adults?"
        r"|parents?|grown-?ups|supervision|teachers?)",
        r"\b(?:buy|purchase|order)\w* (?:a |an )?(?:child|kid|baby|girl|boy|minor|orphan)s? (?:online"
        r"|on the (?:dark ?web|internet)|from (?:a |an )?(?:orphanage|trafficker|cartel|another country"
        r"|abroad)|for sex|illegally)\b|\bhow much (?:does|would|is) (?:a |an )?(?:child|kid|baby|girl"
        r"|boy) (?:cost|sell for|go for)\b",
        rf"\b{_MINOR}\b[^.!?\n]{{0,80}}\b(?:nobody (?:else )?(?:needs to|has to|should|will|would) know"
        r"|(?:our|a) (?:little )?secret|don't tell (?:anyone|your (?:mom|dad|parents|mother|father))"
        r"|keep (?:it|this) (?:between us|quiet|secret))",
        r"\b(?:sit on my lap|alone with|touch|kiss|hug|bath|shower|sleepover|sleep over|photos?"
        r"|pictures?|pics|videos?|in my (?:car|room|bed|van|house))\b[^.!?\n]{0,60}\bwithout (?:her|his"
        r"|their) (?:mom|mother|dad|father|parents?|family|mum)\b",
        rf"\b(?:secret\w*|privately|anonymously) (?:talk|chat|messag|text|contact|meet)\w* (?:to |with )?"
        rf"(?:\w+ ){{0,2}}{_MINOR}\b|\b(?:talk|chat|messag|text)\w* (?:to |with )(?:\w+ )?{_MINOR}"
        r" (?:secretly|privately|without (?:their|the) parents)",
        r"\b(?:upload|post|share|send|leak|sell|publish|spread|distribut)\w* (?:\w+ ){0,4}(?:videos?"
        r"|photos?|pics|pictures|images?|clips?|tapes?) of (?:\w+ ){0,3}(?:naked|nude|undress\w*|having"
        r" sex|in the shower)\b",
        r"\b(?:drunk|wasted|passed out|intoxicated|high|blacked out) (?:girl|woman|guy|chick|date"
        r"|coworker|classmate|stranger)s? (?:\w+ ){0,3}(?:back to|home with|into) (?:my|his|the) (?:place"
        r"|apartment|room|car|house|bed|flat|dorm)\b",
        rf"\b(?:get|make|convinc|persuad)\w* (?!my |our )(?:a |an |the |this |that )?{_MINOR} to"
        r" (?:trust|love|meet|send|keep (?:a |our |it )?secret|date|kiss|touch|undress|sit on|come"
        r" (?:to|over|with)|get in (?:my|the) car)\b|\btrust (?:him|her|me) enough to (?:meet|come"
        r"|send|be alone)",
        rf"\b{_MINOR}\b[^.!?\n]{{0,60}}\b(?:touching|touch|sex|kissing|nudity|being naked|secrets?)"
        r" (?:is|are) (?!not\b|never\b)(?:\w+ )?(?:normal|okay|ok|fine|natural|a game|our secret)\b",
        r"\b(?:trade|trading|swap\w*|share|sharing|sell\w*|buy\w*|find|get|download\w*|collect\w*)"
        r" (?:\w+ ){0,2}(?:pictures?|photos?|pics|images?|videos?|vids|content|material|files) (?:of"
        r"|with|involving|featuring) (?:\w+ ){0,2}(?:underage|under-age|pre-?teens?|naked|nude"
        r"|young (?:girls|boys)|little (?:girls|boys)|jailbait|minors)\b",
        r"\b(?:sex(?:ual)? acts?|masturbat\w*|flash\w*|expos\w* (?:my|your)sel(?:f|ves)|rub (?:up )?"
        r"against)\b[^.!?\n]{0,40}\b(?:strangers?|on (?:a |the )?(?:train|bus|subway|metro|plane)"
        r"|in public|in front of (?:kids|children|people|strangers))\b",
        r"\btouch\w* (?:\w+ ){0,3}inappropriately\b|\binappropriate(?:ly)? touch\w*|\bexcuse to touch\b"
        r"|\bforc\w* (?:him|her|them)sel(?:f|ves) on\b",
        # An adult and a minor in a romance.
        rf"\b{_ROMANCE}\b[^.!?\n]{{0,60}}\b{_ADULT}\b[^.!?\n]{{0,60}}\b{_MINOR}\b",
        rf"\b{_ADULT}\b[^.!?\n]{{0,60}}\b{_ROMANCE}\b[^.!?\n]{{0,60}}\b{_MINOR}\b",
        # Sex-related crimes: secret recordings, drugged drinks, coercion, a "no" ignored.
        r"\b(?:secret\w*|covert\w*|hidden) (?:\w+ ){0,2}(?:record|film|tape|videotape|photograph"
        r"|livestream|stream)\w* (?:\w+ ){0,4}(?:while|when|during|us|having|have) (?:\w+ ){0,3}"
        r"(?:sex|naked|nude|undress\w*|in bed|hook(?:ing)? up|intimate)\b",
        r"\b(?:record|film|tape|videotape)\w* (?:\w+ ){0,4}(?:having sex|sex|naked|nude|undress\w*"
        r"|in bed)\b[^.!?\n]{0,40}\bwithout (?:her|his|their|them|my \w+) (?:knowing|knowledge"
        r"|consent|noticing|permission)",
        r"\b(?:put|slip|add|sneak|mix|pour|drop)\w* [^.!?\n]{0,40}\b(?:in|into) (?:\w+ ){0,3}(?:drinks?"
        r"|cocktails?|beers?|wine)\b[^.!?\n]{0,40}\b(?:won't|will not|doesn't|can't|cannot)"
        r" (?:remember|resist|say no|fight (?:back|me))",
        r"\b(?:have sex|sleep with|sleeping with|hook up|sex with|sexual favou?rs?)\b[^.!?\n]{0,50}"
        r"\bby (?:threaten|blackmail|forc|pressur|drug|coerc|scar)\w*",
        r"\b(?:threaten\w*|blackmail\w*) (?:\w+ ){0,4}(?:job|career|grades?|visa|immigration|kids"
        r"|custody|to (?:fire|report|expose|leak|tell))\b[^.!?\n]{0,40}\b(?:sex|sleep with|nudes"
        r"|sexual)",
        r"\b(?:sleep with|have sex|sex with|hook up with|go (?:all the way|further))\b[^.!?\n]{0,50}"
        r"\b(?:(?:after|when|even though|though|if|once) (?:she|he|they) (?:already |clearly |keeps?"
        r" |kept )?(?:said|says|saying|told me) no|(?:she|he|they) (?:said|says|keeps? saying) no"
        r"|(?:she|he|they) (?:doesn't|does not|don't) want to|isn't interested|is not interested"
        r"|refus\w*|resist\w*|(?:she's|he's|they're|she is|he is|they are) (?:\w+ )?(?:drunk|wasted"
        r"|passed out|asleep|high|blacked out)|not (?:really )?into it)",
    ),
    "illegal": (
        # Cybercrime: a site flooded offline, software that steals or hides, a key card cloned,
        # grades changed in a school's system.
        r"\b(?:take|taking|knock\w*|bring\w*|shut\w*) (?:down|offline) (?!my |our )(?:\w+ ){0,3}"
        r"(?:websites?|sites?|servers?|networks?|services?|systems?|apps?)\b|\bflood\w* (?:\w+ ){0,3}"
        r"(?:with )?(?:traffic|requests|packets|junk)\b",
        r"\b(?:script|program|code|macro|app|tool|bot|extension|plugin|add-on|software|executable"
        r"|batch file|powershell|payload|attachment|dll)s? (?:that|which|to)\b[^.!?\n]{0,60}"
        r"\b(?:download\w* and (?:run|execut|install)\w*|runs? (?:a |the )?payload|exfiltrat\w*"
        r"|steals? (?:\w+ ){0,2}(?:passwords?|credentials|cookies|data|files|info\w*|tokens|keys"
        r"|wallets?|crypto|bitcoin|logins?|cards?)|logs? (?:every |all )?(?:keystrokes|keys"
        r"|key ?presses|passwords)|records? (?:every |all )?keystrokes|disables? (?:the )?(?:antivirus"
        r"|firewall|defender|security)|hides? (?:itself )?from (?:antivirus|detection|the user)"
        r"|evades? (?:antivirus|detection|av)\b|opens? a (?:backdoor|reverse shell)|reverse shell"
        r"|spreads? (?:itself )?(?:to|through|across|via)|replicates? itself|mines? (?:crypto|bitcoin"
        r"|monero)|encrypts? (?:all |every )?(?:the )?(?:files|data|drives?)[^.!?\n]{0,40}(?:ransom"
        r"|bitcoin|pay)|(?:silently|secretly) (?:records?|sends?|uploads?|forwards?|copies|captures?"
        r"|tracks?|monitors?|reads?|activates?)|without (?:the user|the owner|them|anyone|the victim)"
        r" (?:knowing|noticing))",
        r"\bclon\w* (?:a |an |the |someone'?s |his |her |their |\w+'s )?(?:\w+ )?(?:key ?cards?"
        r"|access cards?|badges?|rfid \w+|credit cards?|debit cards?|sim(?: cards?)?|nfc \w+"
        r"|key ?fobs?|fobs?|cards?)\b",
        r"\b(?:change|alter|edit|modify|fix|boost|raise|bump)\w* (?:my |the |his |her |their |all"
        r" |our )?(?:\w+ )?(?:grades?|marks|gpa|test scores|scores|transcripts?|attendance)\b"
        r"[^.!?\n]{0,40}\b(?:system|database|portal|records|computer|server|website|gradebook)\b"
        r"|\b(?:system|database|portal|gradebook|server)\b[^.!?\n]{0,40}\b(?:change|alter|edit"
        r"|modify|boost|raise|bump)\w* (?:my |the |his |her |their |all |our )?(?:\w+ )?(?:grades?"
        r"|marks|gpa|scores)\b",
        # Fraud: impersonation for money, the vulnerable talked out of savings, bad checks,
        # prize and refund scams, another person's identity, money taken from a till.
        rf"\b(?:pretend\w*|pos(?:e|es|ed|ing)|pass\w* (?:my ?self |your ?self )?off|masquerad\w*"
        rf"|impersonat\w*|claim\w* to be|disguis\w*) (?:to be |as |like )?(?:\w+ ){{0,2}}(?:from |with )?"
        rf"{_IMPERSONATED}\b[^.!?\n]{{0,80}}\b(?:pay|payments?|paying|money|fines?|fees?|bail|gift cards?"
        r"|wire|transfer|bank (?:details|account|info\w*)|card (?:numbers?|details)|passwords?"
        r"|logins?|pins?|social security|ssns?|personal (?:info\w*|details)|donat\w*|verify|bitcoin"
        r"|crypto|refund|owe|owes|debt|taxes|account (?:details|numbers?)|remote access)\b",
        r"\b(?:trick|manipulat|con|conn|pressur|guilt|coerc|scar|swindl|deceiv|fool|bull|blackmail"
        r"|dup|exploit)\w* (?:\w+ ){0,4}(?:into|to) (?:\w+ )?(?:sign\w*|giv\w*|hand\w*|transfer\w*"
        r"|send\w*|wir\w*|lend\w*|leav\w*|writ\w*|chang\w*|cash\w*|pay\w*|reveal\w*|shar\w*|read\w*"
        r"|tell\w*) (?:\w+ ){0,3}(?:house|home|property|money|savings|inheritance|will|estate|deed"
        r"|power of attorney|retirement|pension|assets|gift cards?|bitcoin|crypto|bank \w+|credit"
        r" card\w*|card (?:numbers?|details)|pins?|passwords?|logins?|account (?:details|numbers?"
        r"|info\w*)|social security \w+|ssns?|life savings)\b",
        r"\b(?:talk|sweet-?talk|persuad|convinc|get)\w* (?:my |an? |the |this |some |lonely |old"
        r" |elderly |vulnerable )*(?:grandmother|grandma|grandfather|grandpa|grandparents|elderly"
        r" \w+|old (?:lady|man|woman|people|person|folks)|widows?|widowers?|seniors?|senior citizens?"
        r"|retirees?|dementia patients?|(?:aunt|uncle|mother|father|mom|dad) with dementia)"
        r"[^.!?\n]{0,30}\b(?:into|to) (?:\w+ )?(?:sign|give|hand|transfer|send|wire|leave|chang|cash"
        r"|lend)\w*",
        r"\b(?:get|make|convinc|persuad|trick)\w* (?:\w+ ){0,4}(?:to )?(?:hand over|give (?:me|us|up)"
        r"|send (?:me|us)|reveal|share|tell (?:me|us)|read (?:out|me)) (?:\w+ ){0,2}(?:their|his|her)"
        r" (?:\w+ )?(?:credit card|card|bank|account|social security|ssn|pin|password|login|passcode"
        r"|security code|otp|one-time|verification code)\w*",
        r"\b(?:writ|cash|pass|kit|deposit|us)\w* (?:\w+ ){0,2}(?:bad|rubber|bounced|bouncing|forged"
        r"|fake|stolen|counterfeit) (?:checks?|cheques?)\b|\bcheck kiting\b",
        r"\b(?:they'?ve|they have|you'?ve|you have|that they|that you|he has|she has) (?:just"
        r" |already )?won\b[^.!?\n]{0,60}\b(?:pay|send|wire|buy)\w* (?:\w+ ){0,2}(?:fee|tax|charge"
        r"|gift cards?|deposit|processing)",
        rf"\b(?:us|steal|borrow|assum|tak)\w* {_OTHERS} (?:identit\w*|social security numbers?|ssns?)\b",
        r"\b(?:free \w+|refunds?|money back|replacements?)\b[^.!?\n]{0,40}\bby (?:claim|pretend"
        r"|lying|lie)\w*|\b(?:claim|pretend|lie)\w* (?:that )?(?:it|they|the (?:package|order|item"
        r"|parcel|delivery)s?) (?:never arrived|(?:didn't|did not|never) (?:arrive|come|show up)"
        r"|(?:was|were) (?:never delivered|stolen|lost|damaged|broken))\b",
        r"\b(?:take|taking|took|skim\w*|pocket\w*|steal\w*|grab\w*|swip\w*|pinch\w*) (?:\w+ ){0,2}"
        r"(?:money|cash|funds|bills) (?:from|out of) (?:the |my |our |a |his |her |their )?(?:\w+ )?"
        r"(?:register|till|cash (?:drawer|box|register)|company|employer|store|business|charity"
        r"|donations?|tip jar|collection plate|church|clients?|customers?)\b",
        rf"\b(?:access\w*|get into|break into|log into|hack\w*|see|view|read|download|look at|go"
        rf" through|snoop\w* (?:on|through)) (?:\w+'s )?{_OTHERS} (?:\w+ ){{0,2}}(?:icloud|photos|pictures"
        r"|google drive|dropbox|e-?mails?|accounts?|messages|texts|text messages|dms|snapchat|instagram"
        r"|camera roll|files|cloud|whatsapp|chats|browser history)\b",
        r"\b(?:cheat|trick|fool|hack|rig|jam|scam)\w* (?:a |the )?(?:vending machines?|slot machines?"
        r"|parking meters?|arcade machines?|atms?|gas pumps?|self[- ]checkouts?|casinos?|lottery"
        r"|scratch(?:ers| cards?)|electric(?:ity)? meters?|water meters?)\b",
        r"\bdoctor[- ]shopping\b|\b(?:prescriptions?|painkillers|opioids|oxy\w*|xanax|adderall|pills)"
        r"\b[^.!?\n]{0,30}\bfrom (?:multiple|several|different|many|two|three) (?:doctors|pharmacies)\b",
        rf"\b(?:get|download|grab)\w* (?:the )?(?:new |latest )?{VOCAB.alt('video_games')} (?:\w+ ){{0,2}}"
        r"(?:for free|without paying|cracked)\b",
        r"\b(?:torrent|magnet|download|pirated?|bootleg|leaked|free download) links? (?:for|to) (?:\w+ )"
        r"{0,5}(?:movies?|films?|album|songs?|games?|software|books?|shows?|series|season|episodes?)\b",
        r"\bwithout paying (?:\w+ )?(?:overtime|wages|minimum wage|my (?:employees|workers|staff))\b"
        r"|\bpay\w* (?:\w+ ){0,2}(?:less than|below|under) (?:the )?minimum wage\b",
        r"\b(?:get|gets|getting|trick\w*|convinc\w*|persuad\w*) (?:\w+ ){0,3}(?:to|into) (?:install\w*"
        r"|download\w*|run\w*|open\w*|click\w*) (?:\w+ ){0,3}(?:remote access|remote desktop|teamviewer"
        r"|anydesk|malware|spyware|the (?:malicious )?(?:attachment|link)|a (?:malicious|fake) \w+)",
        r"\b(?:intimidat\w*|scar\w*|harass\w*|block\w*|threaten\w*) (?:\w+ ){0,2}voters?\b",
        r"\bspread\w* (?:\w+ )?(?:rumou?rs?|lies|gossip|false (?:stories|claims)) (?:that|about)"
        r" (?!me\b|us\b)",
        r"\b(?:reviews?|posts?|articles?|comments?)\b[^.!?\n]{0,40}\b(?:rival|competitor|competing"
        r"|competition)\w*\b[^.!?\n]{0,60}\b(?:rats?|roach\w*|poison\w*|mold|dirty|unsafe|food"
        r" poisoning|scam\w*|fraud\w*|cheat\w*|steal\w*|fake|bugs|maggots|disease\w*)\b",
        r"\b(?:cutting agents?|cut (?:\w+ )?(?:cocaine|heroin|coke|meth|drugs) with|stretch (?:\w+ )?"
        r"(?:cocaine|heroin|coke|meth|drugs)|(?:cocaine|heroin|coke|meth) to stretch)\b",
        r"\b(?:claim|collect|file|apply for|get)\w* (?:\w+ ){0,2}(?:unemployment|disability|welfare"
        r"|benefits|food stamps|snap|medicaid|social security)(?: \w+)? (?:while|when|even though"
        r"|though) (?:i'm|i am|still|also|working|employed|i have a job|i work)\b",
        r"\bso (?:that )?(?:the |my )?insurance (?:company )?(?:pays?|will pay|covers?|gives? me)"
        r"|\b(?:fake|stage|staged|staging)\w* (?:a |an |my )?(?:car )?(?:accident|theft|break-in"
        r"|burglary|robbery|injury|fall|death|kidnapping)\b",
        r"\bpay\w* off (?:a |an |the )?(?:\w+ )?(?:police|cop|officer|judge|official|inspector|guard"
        r"|witness|juror|referee|umpire)\b|\b(?:make|get)\w* (?:my |a |the )?(?:ticket|charges?|case"
        r"|fine|citation|dui|record) (?:go away|disappear|dropped|vanish)\b",
        r"\bregister\w* (?:to vote )?in (?:two|both|multiple|several) (?:different )?(?:states|places"
        r"|counties|precincts)\b",
        r"\breviews?\b[^.!?\n]{0,60}\b(?:saying|claiming|that|stating)\b[^.!?\n]{0,60}(?<!no\s)"
        r"(?<!not\s)\b(?:infested|lice|bed ?bugs|roach\w*|rats|maggots|food poisoning|health code"
        r"|molest\w*|drugged|poisoned)\b",
        r"\b(?:evade|bypass|get past|get around|avoid|fool|defeat|circumvent)\w* (?:\w+ ){0,2}(?:wafs?"
        r"|web application firewalls?|antivirus|av|edr|ids|ips|intrusion detection|security (?:software"
        r"|controls)|detection systems?|windows defender|defender)\b|\bobfuscat\w* (?:\w+ ){0,2}"
        r"(?:payloads?|malware|shellcode|exploits?|ransomware)\b",
        r"\b(?:get|have) (?:\w+ ){0,3}(?:fired|arrested|expelled|deported|suspended|evicted|banned)"
        r" (?:\w+ ){0,2}by (?:lying|making up|fabricat\w*|framing|planting|falsely)\b|\b(?:false|fake"
        r"|fabricated|made-up) (?:\w+ )?(?:accusations?|allegations?|police reports?|reports? to"
        r" (?:hr|the police))\b",
        r"\bphish(?:ing)? (?:\w+ ){0,3}(?:employees|users|people|customers|someone|staff|victims|them"
        r"|him|her|coworkers|colleagues)\b",
        r"\b(?:working|real|live|stolen|leaked|fresh) (?:\w+ )?(?:credit card|card|cc|debit card|bank"
        r" account|paypal|netflix) (?:numbers?|details|accounts?|info|credentials|logins?|dumps)\b",
        r"\b(?:lie|lying|fudg\w*|inflat\w*|falsif\w*) (?:\w+ ){0,2}(?:on|in) (?:my |the |a )?(?:\w+ )?"
        r"(?:mortgage|loan|credit|tax|insurance|visa|benefits|unemployment|financial aid|fafsa|rental)"
        r" (?:application|forms?|return|claim|paperwork)s?\b|\b(?:lie|lying|fudg\w*|inflat\w*)\w*"
        r" (?:about )?(?:my |the )?(?:income|salary|assets|debts|employment)\b[^.!?\n]{0,30}"
        r"\b(?:application|form|return|claim|paperwork|loan|mortgage)\b",
        r"\b(?:copy|download|stream|watch|rip|bootleg)\w* (?:\w+ ){0,5}(?:still|currently|now|only)"
        r" (?:in|showing in|playing in) (?:theaters|theatres|cinemas)\b",
        r"\bstuff\w* (?:a |the )?ballot(?: box)?(?:es)?\b|\bballot[- ]stuffing\b",
        rf"\b{_ARTEFACT}\b[^.!?\n]{{0,100}}\b(?:saying|claiming|telling|that)\b[^.!?\n]{{0,100}}"
        rf"\b{_FALSITY}",
        r"\b(?:persuasive|arguing|argue|argues|convinc\w*|claiming|proving|prove)\b[^.!?\n]{0,80}"
        r"\b(?:genocide|holocaust|slavery|residential schools?|apartheid|massacres?|internment|famine"
        r"|holodomor|nanking|khmer rouge|ethnic cleansing|atrocit\w*|war crimes|colonialism"
        r"|coloni[sz]ation|the gulag)\b[^.!?\n]{0,60}\b(?:positive impact|beneficial|benefited|good for"
        r"|a good thing|justified|never happened|exaggerated|a hoax|fabricated|was necessary|were"
        r" necessary|helped)",
        # Theft: fuel siphoned, a car window smashed.
        r"\bsiphon\w* (?:\w+ ){0,2}(?:gas|gasoline|fuel|petrol|diesel) (?:out of|from) (?!my\b|our\b"
        r"|a lawn ?mower|the lawn ?mower)",
        r"\b(?:break|smash|shatter|punch)\w* (?:\w+ ){0,2}(?:car|vehicle|truck|van)'?s? windows?\b",
        # Forced labour: a debt that can never be paid off, people kept from leaving.
        r"\b(?:work off|pay off|repay) (?:\w+ ){0,2}(?:a |the |their |his |her )?(?:\w+ )?debts?\b"
        r"[^.!?\n]{0,40}\b(?:never|can't|cannot|forever|impossible|won't be able)\b|\bdebt bondage\b"
        r"|\b(?:keep|force|make)\w* (?:\w+ ){0,3}(?:work|working|labou?r) (?:\w+ ){0,4}(?:for free"
        r"|without pay|unpaid|against (?:their|his|her) will)",
        r"\b(?:stop|keep|prevent)\w* (?:\w+ ){0,3}(?:girls|women|workers|maids?|boys|migrants|them)"
        r" (?:\w+ ){0,4}from (?:running away|escaping|going to the police|talking to (?:the )?police"
        r"|contacting (?:their |the )?(?:family|families|embassy|police))",
        # Drugs: sold to minors or at school, pills pressed.
        r"\b(?:sell\w*|deal\w*|push\w*|supply\w*|distribut\w*) (?:\w+ ){0,2}(?:weed|marijuana|cannabis"
        r"|pot|edibles|vapes?|thc|alcohol|booze|beer|cigarettes|nicotine|pills|drugs|xanax|adderall"
        r"|shrooms) (?:\w+ ){0,3}(?:to (?:kids|minors|teens|underage \w+|students|children|teenagers"
        r"|middle schoolers|high schoolers)|at (?:my |the |a |our )?(?:high school|middle school"
        r"|school|junior high|elementary|playground))",
        r"\bpill press\w*|\bpress\w* (?:my |our |your )?(?:own )?(?:\w+ )?pills\b",
        # Firearms for people barred from them; straw purchases.
        rf"\b(?:felon|convicted|prohibited (?:person|possessor)|on probation|on parole|restraining"
        rf" order|under ?age|underage|(?:1[0-7]|[5-9])[- ]?year[- ]?old|teenager|mentally ill"
        rf"|banned from owning)\b[^.!?\n]{{0,40}}\b(?:get|buy|obtain|purchase|own|carry|acquire)\w*"
        rf" (?:\w+ )?{_WEAPONS}\b",
        rf"\b(?:get|buy|obtain|purchase|own|carry|acquire)\w* (?:a |an )?(?:\w+ )?{_WEAPONS}\b"
        r"[^.!?\n]{0,40}\b(?:as a (?:felon|minor|teenager)|with a (?:felony|criminal record|record)"
        r"|while on (?:probation|parole)|under 18|without (?:a |an )?(?:licen[cs]e|permit|id"
        r"|paperwork))",
        r"\b(?:buy|get|purchase)\w* (?:\w+ ){0,3}for (?:\w+ ){0,3}(?:who|that) (?:\w+ ){0,2}(?:failed"
        r"|can't pass|cannot pass|couldn't pass|didn't pass|wouldn't pass|is banned|isn't allowed"
        r"|is not allowed|can't legally)\b|\bstraw (?:purchase|buyer)s?\b",
        # Intellectual property: DRM stripped, takedowns dodged, works passed off or resold.
        r"\b(?:strip\w*|remov\w*|crack\w*|break\w*|bypass\w*|circumvent\w*|get\w* around|disabl\w*"
        r"|defeat\w*|hack\w*) (?:\w+ ){0,2}(?:drm|copy[- ]protection|region[- ]lock\w*|paywalls?"
        r"|licen[cs]e (?:checks?|verification)|activation|denuvo)\b",
        r"\b(?:avoid|evad|bypass|get\w* around|dodg|trick|beat|fool|escap)\w* (?:\w+ ){0,2}"
        r"(?:copyright (?:strikes?|claims?|detection|filters?|takedowns?|bots?)|content ?id|dmca"
        r"|takedown notices?)",
        r"\b(?:upload|post|share|distribut|stream|re-?upload)\w* (?!my |our )(?:\w+ ){0,3}(?:full"
        r"|entire|whole|copyrighted|pirated|bootleg\w*|leaked) (?:\w+ ){0,2}(?:movies?|films?|episodes?"
        r"|albums?|songs?|shows?|books?|games?|seasons?|series)\b",
        r"\b(?:sell\w*|resell\w*|republish\w*|pass\w*|claim\w*|present\w*|submit\w*|publish\w*"
        r"|rebrand\w*) (?:\w+ ){0,6}(?:off )?as (?:my|our) own\b",
        r"\b(?:rip|download|record|copy|extract|grab)\w* (?:\w+ ){0,3}(?:songs?|music|tracks?|albums?"
        r"|audio|videos?|movies?|films?|episodes?|shows?|audiobooks?|e-?books?) (?:from|off)"
        r" (?:spotify|apple music|netflix|hulu|disney\+?|youtube|amazon(?: prime)?|prime video"
        r"|hbo(?: max)?|tidal|deezer|audible|kindle|soundcloud|crunchyroll|paramount\+?|peacock)\b"
        r"[^.!?\n]{0,40}\b(?:sell|resell|share|upload|distribute|for free|without paying|keep|mp3"
        r"|forever)",
        r"\b(?:full|complete|entire|whole) (?:text|contents?|script|lyrics|transcript|pdf|copy"
        r"|audiobook|e-?book|book|chapters?) (?:of )?(?:the |a |an )?(?:latest|new|newest|recent"
        r"|current|upcoming|best-?selling) (?:\w+ ){0,4}(?:novel|book|textbook|bestseller|album|song"
        r"|film|movie|screenplay|memoir|series|edition)\b",
        r"\b(?:logos?|trademark\w*|brand names?|characters?|copyrighted \w+)\b[^.!?\n]{0,60}"
        r"\b(?:sell|selling|merch\w*|profit)\w*[^.!?\n]{0,30}\bwithout (?:a |any |the |their )?"
        r"(?:licen[cs]e|licensing|permission)|\b(?:sell|selling|print|printing)\w* [^.!?\n]{0,40}"
        r"\b(?:logos?|trademark\w*|characters?)\b[^.!?\n]{0,40}\bwithout (?:a |any |the |their )?"
        r"(?:licen[cs]e|licensing|permission)",
        # Misinformation: an artefact asserting a debunked claim, people convinced of one,
        # panic sown.
        rf"\b{_ARTEFACT}\b[^.!?\n]{{0,60}}\b{_FALSE_CLAIMS}",
        rf"\b(?:convinc|persuad|trick|fool|get)\w* (?:\w+ ){{0,3}}(?:people|everyone|readers|voters"
        rf"|parents|the public|my followers|others|them|americans|citizens) (?:that|to believe)\b"
        rf"[^.!?\n]{{0,40}}\b{_FALSE_CLAIMS}",
        r"\b(?:cause|causing|create|creating|spark\w*|trigger\w*|incit\w*|sow\w*|whip\w* up|stir\w*"
        r" up) (?:\w+ ){0,2}(?:mass |widespread |public )?(?:panic|hysteria|a bank run"
        r"|a stampede)\b(?! attacks?| disorder)",
        # Defamation: an artefact accusing someone of a grave wrong; invented quotes.
        rf"\b{_ARTEFACT}\b[^.!?\n]{{0,40}}\b(?:saying|says|claiming|claims|stating|alleging|accusing"
        rf"|that|about how) (?:\w+ ){{0,6}}(?:(?:is|was|are|were|has been|had been) )?(?:secretly"
        rf" |actually |really )?(?:molest\w*|rap(?:es|ed|ing) \w+|a rapist|a pedo\w*|pedophiles?"
        rf"|a child abuser|abus\w* (?:children|kids|patients|students|his|her)|(?:runs?|running) a"
        rf" (?:\w+ )?(?:trafficking|drug|prostitution) ring|a murderer|a terrorist|takes bribes"
        rf"|a drug dealer|a sexual predator)\b",
        rf"\baccus(?:e|es|ing) (?:\w+ ){{0,4}}of (?:running |operating |being part of |leading"
        rf" |funding |hiding |covering up |being )?(?:a |an )?{_ACCUSATIONS}",
        r"\b(?:make|making|made|invent\w*|cook\w*|fabricat\w*) up (?:a |some |fake )?(?:quotes?"
        r"|statements?|interviews?|messages?|screenshots?) (?:that|about|so|from|by|of|showing)\b"
        r"|\b(?:fake|fabricat\w*|made-up|invented|false) (?:\w+ )?quotes? (?:from|by|of|attributed"
        r" to)\b",
        # Elections: voters told their polling place moved, ineligible voters brought in, votes
        # bought.
        rf"\b(?:{_ARTEFACT}|tell\w*|text\w*|inform\w*|messag\w*|remind\w*|warn\w*|convinc\w*)\b"
        r"[^.!?\n]{0,60}\b(?:polling (?:place|station|location|site)s?|polls?|election|voting"
        r"|ballots?) (?:\w+ ){0,3}(?:(?:has|have|was|were|is|are|had) (?:been )?(?:cancell?ed|canceled"
        rf"|postponed|delayed|rescheduled)|(?:has|have|was|were|is|are|had) (?:been )?(?:moved|changed"
        rf"|relocated|closed)\b[^.!?\n]{{0,30}}\b{_FALSITY})",
        rf"\b(?:get|getting|help\w*|convinc\w*|pay\w*|bus\w*|bring\w*|have|let|register\w*|sign\w*"
        rf" up|encourag\w*) (?:\w+ ){{0,2}}{_INELIGIBLE} (?:to )?(?:vote|register to vote|cast"
        r" (?:a |their )?ballots?)\b",
        r"\bpay\w* (?:\w+ ){0,3}(?:people|voters|them|folks|residents|students) (?:to vote|for"
        r" (?:their )?votes?)\b|\bbuy\w* votes\b",
        # Evading justice: a body disposed of, flight before trial, a border crossed unseen.
        r"\b(?:get rid of|dump\w*|bury\w*|dissolv\w*|hid(?:e|ing)|burn\w*|mov\w*|dispos\w* of"
        r"|clean\w* up|dismember\w*|destroy\w*) (?:a |the |my |his |her |their )?(?:dead )?(?:bod(?:y"
        r"|ies)|corpses?|remains)(?= (?:so|without|in|where|after|that|quickly|fast|before|and"
        r"|completely|forever|for good)\b|[^\w ]|$)",
        r"\b(?:flee|fleeing|leave|leaving|escape|escaping|skip|skipping)\w* (?:the |this )?(?:country"
        r"|state|town|jurisdiction)\b[^.!?\n]{0,30}\b(?:before|to avoid|during|while on|after)"
        r" (?:my |the |his |her |a )?(?:trial|sentencing|arrest|court date|hearing|charges|warrant"
        r"|probation|bail|indictment|extradition|prosecution)|\b(?:skip|jump)\w* (?:my |his |her )?"
        r"(?:bail|court date)\b",
        r"\bcross\w* (?:\w+ ){0,2}borders? (?:\w+ ){0,2}(?:illegally|undetected|unnoticed|without"
        r" (?:being|getting) (?:caught|seen|detected|stopped)|without (?:papers|documents|a passport"
        r"|a visa|inspection))",
        # Stalking: where a person goes, turning up at their door.
        r"\b(?:when|what time) (?:her|his|their) (?:shift|class|work|practice|school) (?:ends|starts"
        r"|finishes|gets out|is over)\b|\bwhere (?:my ex|my ex-\w+) (?:\w+ )?(?:works|lives|goes|hangs"
        r" out|trains)\b",
        r"\bwhere (?:he|she|they) (?:goes|go|is|sleeps|works|parks|hangs out|walks|jogs|runs)"
        r" (?:\w+ ){0,2}(?:at night|after work|every day|alone|on weekends|each morning)\b",
        r"\bso (?:that )?(?:i|we) can (?:show up|turn up|wait|go) (?:at|outside|near) (?:her|his|their)"
        r" (?:house|home|work|door|school|apartment|place|job|office)\b",
    ),
}
"""Capability targets of harmful artefacts and the finer hazard categories, by detector
category."""

PRIVACY: dict[str, tuple[str, ...]] = {
    "illegal": (
        r"\b(?:find|find out|figure out|work out|learn|know|get|tell me|look up|dig up|discover"
        r"|track down|see) (?:\w+ ){0,2}(?:where|which (?:apartment|house|building|street|hotel"
        r"|room|flat|dorm|address|neighbou?rhood)) (?:\w+ ){0,3}(?:lives|is living|lives now"
        r"|is staying|sleeps|is hiding|moved to|moved into|parks)\b",
        rf"\b{_SOMEONES} (?:\w+ )?{_RECORDS}",
        # A private person's records, address or whereabouts; a named person's several records.
        rf"\b{_RECORDS}(?: (?:and|or|&) (?:(?:his|her|their|the) )?(?:{_RECORDS}|phone numbers?"
        rf"|e-?mail(?: address(?:es)?)?|address(?:es)?|contact \w+))? (?:of|for|belonging to)"
        rf" (?!my\b|our\b|your\b|the company|a company|this company|the business)(?:\w+ ){{1,3}}",
        r"\b(?:schools?|home address\w*|daily (?:routines?|schedules?)|whereabouts)\b(?: (?:and|or)"
        r" (?:\w+ ){0,2})? (?:of|for) (?:\w+ ){0,3}\w+'s (?:kids|children|sons?|daughters?|family"
        r"|wife|husband)\b",
        rf"\b(?:dig up|find|look up|track down|compile|gather|collect|get|give me|tell me)\w* (?:\w+ )"
        rf"{{0,3}}{_SOMEONES} (?:\w+ )?(?:address(?:es)?|phone|number|schedule|routine|location"
        r"|whereabouts|workplace|license plate|family)\b",
        r"\b(?:address|phone number|number|location|home)\b (?:of|for) (?:the|this|that|a|my) (?:\w+ )?"
        r"(?:girl|guy|woman|man|person|kid|lady|dude|stranger|cashier|waitress|waiter|barista|nurse"
        r"|teacher|student|coworker|neighbou?r|streamer|user|player|reporter|journalist|critic|judge"
        r"|juror|witness|cop|officer|ex|family|couple|owners?|residents?|tenants?|driver|courier|reviewer"
        r"|customer|client|patient|delivery \w+|uber \w+)(?!'s| office"
        r"| station| department)\b",
        r"\b(?:passwords?|passcodes?|login (?:details|credentials|info)|pin codes?) (?:of|for|to)"
        r" (?:my |his |her |their |someone'?s? |\w+'s )(?:\w+ )?(?:girlfriend|boyfriend|wife|husband"
        r"|ex|partner|coworker|boss|neighbou?r|roommate|crush|classmate|teacher|friend|sister|brother"
        r"|mom|dad|account)\b|\b(?:my |his |her )?(?:girlfriend|boyfriend|wife|husband|ex|partner"
        r"|coworker|boss|neighbou?r|roommate|crush|classmate)'s (?:\w+ )?(?:passwords?|passcodes?"
        r"|login|pin)\b",
        r"\bwhere (?:exactly )?(?:does|do|did) (?:\w+ ){1,4}(?:live|reside|stay|sleep)(?: now"
        r"| exactly| these days| currently| nowadays| at the moment)\b",
        r"\b(?:which|what) (?:street|house|building|apartment|flat|neighbou?rhood|hotel|dorm|room)"
        r" (?:\w+ ){0,6}(?:lives?|live in|stays?|is staying|moved (?:into|to))\b",
        r"\b(?:unmask\w*|deanonymi[sz]\w*|identify|expose|out|reveal|find out)\b (?:\w+ ){0,3}(?:who"
        r" (?:is )?(?:behind|runs|owns|operates|is)|the (?:real )?(?:identity|name) of) (?:\w+ ){0,3}"
        r"(?:anonymous|burner|alt|pseudonymous|fake|secret) (?:\w+ )?(?:accounts?|users?|posters?"
        r"|bloggers?|critics?|reviewers?|profiles?|persons?|handles?)",
        r"\bso (?:that )?(?:i|we) can (?:expose|dox+|out|stalk|find|track) (?:them|him|her)\b",
    ),
}
"""Privacy targets: scored as capability, and damped when the person is a well-known fictional
character (a story's details are nobody's private data)."""


# --- conversational requests ------------------------------------------------------------------
# People rarely name a crime when they ask for one. They state a plan ("I want to end him"),
# use a euphemism joined to a cue that gives it away ("get rid of my partner for good", "make
# her death look natural"), ask indirectly about a victim's reactions ("before they stop
# struggling"), or ask for a message whose content does the harm: a post that exposes a
# partner's intimate photos, a review the writer admits is false, a flyer telling landlords
# to refuse a group. Each pattern below joins an act or an artefact to the cue that makes it
# harmful; none fires on an alarming word alone.

_PERSON_NT = _PERSON.replace("|them|", "|")
"""A person, without a bare "them" (which as often means pests, stains or files)."""
_PERMANENT = VOCAB.alt("permanence")
_EUPHEMISM = VOCAB.alt("euphemised_killing")
_IDIOM = VOCAB.alt("violent_idioms")
_SLANG = VOCAB.alt("kill_slang")
_SITES = VOCAB.alt("attack_sites")
_COPYCAT = VOCAB.alt("copycat")
_MALICE = VOCAB.alt("malice_cues")
_OUTLETS = VOCAB.alt("outlets")
_SCAPEGOAT = VOCAB.alt("scapegoated_events")
_DAMAGING = VOCAB.alt("damaging_claims")
_PETS = (
    r"(?:dogs?|cats?|pets?|puppy|puppies|kittens?|horses?|rabbits?|parrots?|roosters?|chickens?|goats?"
    r"|koi)"
)
_INTIMATE = (
    r"(?:private|intimate|naked|nude|explicit|sexy|sex|topless|bedroom) (?:pics|pictures"
    r"|photos|images|videos?|tapes?|selfies|clips?)|nudes|sex tapes?"
)
_STATEMENT = (
    r"(?:saying|says|claiming|claims|stating|alleging|accusing|reporting|revealing|announcing"
    r"|exposing|telling|warning|that)"
)
_OUTCOME = VOCAB.alt("person_outcomes")
# Whom an outcome can befall: a person, or a man or woman named by a relation ("her new guy").
_SUFFERER = (
    rf"(?:{_PERSON}|guy|man|woman|boyfriend|girlfriend|husband|wife|dad|mom|boss|kid)"
)

CONVERSATION: dict[str, tuple[str, ...]] = {
    "violence": (
        # A euphemism for killing joined to permanence ("get rid of him for good").
        rf"\b{_EUPHEMISM} (?:\w+ ){{0,2}}{_PERSON_NT}\b(?!'s) (?:\w+ )?{_PERMANENT}\b",
        rf"\bshut (?:{_PERSON_NT}) up (?:\w+ )?{_PERMANENT}\b",
        rf"\bwant\w* (?:{_PERSON_NT}) (?:\w+ )?(?:dead|gone {_PERMANENT}|six feet under|out of the"
        r" picture for good)\b",
        # Slang for killing after a stated intent ("I'm going to off him", "wanna end her").
        rf"\b(?:want|going|gonna|wanna|plan\w*|decided|need|have|ready|how) (?:\w+ )?to {_SLANG}"
        rf" (?:{_PERSON_NT})\b(?!'s)(?! (?:to|for|on|at) (?:dinner|lunch|a date|drinks|coffee|the"
        r" movies))",
        # Idioms for a beating, aimed at a person.
        rf"\b{_IDIOM}\b(?: {_PERSON})?",
        # The victim's reactions: held down until they stop struggling, tied so they cannot leave.
        r"\b(?:until|before|till) (?:they|he|she|it|the \w+) (?:stops?|quits?) (?:struggling|breathing"
        r"|moving|fighting(?: back)?|resisting|screaming|getting up)\b",
        rf"\bhold\w* (?:{_PERSON}) (?:under ?water|under the water|under|down) (?:\w+ ){{0,3}}(?:until"
        r"|till|so|for)\b",
        rf"\b(?:tie|tying|tied|chain|chaining|gag|gagging|duct[- ]?tap\w*|zip[- ]?tie\w*|restrain\w*"
        rf"|lock\w*) (?:\w+ )?{_PERSON} (?:up )?(?:\w+ ){{0,3}}(?:so (?:that )?(?:they|he|she) (?:can't"
        r"|cannot|won't|couldn't)|in (?:the|a|my) (?:basement|trunk|boot|cellar|shed|closet|crawl ?space))",
        r"\b(?:keep|stop|prevent)\w* (?:my |his |her )?(?:\w+ )?(?:wife|husband|girlfriend|boyfriend|partner"
        r"|spouse|fiancée?) from (?:ever )?(?:leaving (?:the )?(?:house|home|room|apartment|flat)"
        r"|calling (?:anyone"
        r"|the police|for help|her family|his family)|having (?:a )?(?:phone|money|friends)|seeing"
        r" (?:her|his|their) (?:friends|family))",
        # Damage done to a person: the most harm from a weapon or a blow.
        rf"\b(?:most|more|maximum|max|serious|real|worst|permanent|lasting) (?:\w+ )?(?:damage|harm|pain"
        rf"|injur\w*|bleeding)\b[^.!?\n]{{0,60}}\b(?:stab|shoot|hit|punch|kick|cut|slash|attack|beat)\w*"
        rf" (?:\w+ )?{_PERSON}\b",
        rf"\brun\w* (?:{_PERSON}) off the road\b",
        # A death disguised: "make it look natural", "like he lost control".
        r"\b(?:death|deaths|die|dies|dying|killing|murder|overdose|poisoning|accident)\b[^.!?\n]{0,60}"
        r"\b(?:look|looks|seem|seems|appear|appears) (?:natural|accidental|like (?:a )?natural causes)\b",
        r"\bmak\w* it (?:look|seem|appear) like (?:he|she|they|\w+) (?:lost control|fell|slipped|tripped"
        r"|drowned|overdosed|killed (?:himself|herself|themselves)|died (?:naturally|in (?:his|her|their)"
        r" sleep|of natural causes)|had (?:a|an) (?:accident|heart attack|stroke|seizure))\b",
        # Vengeance joined to a physical act ("teach him a lesson ... hit him").
        r"\b(?:make (?:him|her|them|\w+) (?:regret|pay|sorry)|teach (?:him|her|them|\w+(?: \w+)?) a"
        r" lesson|get(?:ting)? (?:even|back at)|revenge)\b[^\n]{0,150}\b(?<!without\s)(?<!not\s)"
        r"(?:catch (?:him|her|them) (?:alone|off guard)|corner (?:him|her|them)|jump (?:him|her|them)"
        r"|ambush|beat (?:him|her|them)|hurt (?:him|her|them)|break (?:his|her|their) \w+"
        r"|slash (?:his|her|their) tires)\b",
        # Pets and animals harmed: drugged or poisoned to die, something put in their food.
        rf"\b(?:drug|poison|sedate|feed|overdose)\w* (?:\w+ ){{0,2}}{_PETS}\b[^.!?\n]{{0,40}}\b(?:so"
        r" (?:it|he|she|they) (?:dies|die|won't wake up|never wakes up|doesn't wake up)|dies? in (?:its"
        r"|his|her|their) sleep|to death|until (?:it|he|she|they) dies?)",
        rf"\b(?:poison|kill|drown|strangle|suffocate|torture|starve)\w* (?:\w+ ){{0,2}}(?:stray|feral"
        rf"|neighbou?r'?s?'?|the) {_PETS}\b",
        rf"\b{_PETS}\b[^\n]{{0,100}}\b(?:gone|dead|quiet) {_PERMANENT}\b[^\n]{{0,80}}\b(?:put|slip|add|mix"
        r"|give|feed|use)\b|\b(?:put|slip|add|mix)\w* (?:\w+ ){0,3}in (?:its|the dog'?s|the cat'?s)"
        r" (?:food|water|bowl|treats?)\b[^.!?\n]{0,40}\b(?:die|dies|dead|for good|permanently|sick)",
        # Threats and intimidation meant to be felt as real.
        r"\b(?:sound|look|seem|feel|read)s? like (?:a |an )?(?:real|genuine|credible|serious|actual)"
        r" (?:threat|warning)\b",
        r"\bscar\w* (?:\w+ ){0,3}so (?:badly|much) (?:that )?(?:she|he|they) (?:quits?|leaves?|moves?"
        r"|stops?|drops? out)\b",
        r"\bso (?:that )?(?:he|she|they) (?:feels?|knows?) (?:\w+ )?(?:watched|unsafe|hunted|followed"
        r"|afraid|scared|terrified)\b",
        # Attacks on crowds and soft targets: planned, made bigger, glorified, copied.
        rf"\b(?:plan\w*|prepar\w*|carry\w* out|stag\w*|launch\w*|pull\w* off|execut\w*|make|do|organi[sz]"
        rf"\w*) (?:\w+ ){{0,3}}(?:attacks?|bombings?|shootings?|massacres?|strikes?) (?:on|at|against|in)"
        rf" (?:a |an |the |our |their |this |that )?(?:\w+ ){{0,2}}{_SITES}\b",
        rf"\b(?:drive|driving|drove|ram|ramming|plow|plough|steer)\w* (?:a |an |the |my |his |her )?(?:\w+ )?"
        rf"(?:car|van|truck|lorry|vehicle|suv|bus) (?:into|through) (?:a |the )?(?:\w+ ){{0,2}}(?:crowds?"
        rf"|people|pedestrians|protesters|{_SITES})\b",
        rf"\b(?:leave|leaving|place|placing|plant\w*|hide|hiding|put|set)\w* (?:a |an |the )?(?:\w+ )?"
        rf"(?:bomb|explosives?|ied|pipe bomb|backpack bomb|device)s? (?:\w+ ){{0,3}}(?:at|in|inside|near"
        rf"|under) (?:a |an |the )?(?:\w+ )?{_SITES}\b",
        r"\b(?:cause|inflict|maximi[sz]e|get)\w* (?:the )?(?:maximum|max|most|as many) (?:\w+ )?"
        r"(?:casualties|deaths|carnage|fatalities)\b",
        r"\b(?:easiest|easy|best|ideal|softest|most vulnerable|least protected)\b[^.!?\n]{0,40}\bto"
        r" (?:attack|bomb|shoot up)\b|\btargets?\b[^.!?\n]{0,20}\b(?:where|for) (?:an? )?"
        r"(?:attack|bomb\w*|shoot\w*|explosion)\b",
        r"\b(?:gunm[ae]n|shooters?|bombers?|attackers?|killers?|terrorists?|hijackers)\b[^.!?\n]{0,60}"
        r"\b(?:as|were|was|are) (?:a |an |our |true |real )?(?:heroe?s?|martyrs?|legends?|role models?"
        r"|saints?)\b",
        r"\b(?:prais|honou?r|celebrat|glorif|salut)\w* (?:\w+ ){0,3}(?:gunm[ae]n|martyrs? who"
        r"|bombings?|attacks? on|(?:the )?attack\b|shooting\b|massacre)",
        rf"\b(?:attack\w*|bomb\w*|shoot\w*|massacre|gunm[ae]n|martyrs?|shooters?)\b[^.!?\n]{{0,100}}"
        rf"\b{_COPYCAT}",
        r"\btake up arms\b|\barmed (?:uprising|struggle|resistance|revolt) against\b",
        r"\b(?:send|donat|wir|transfer|giv|funnel|get)\w* (?:\w+ ){0,2}(?:money|funds|cash|bitcoin|crypto"
        r"\w*|supplies|weapons) (?:\w+ ){0,2}to (?:the |an? )?(?:\w+ )?(?:armed (?:group|groups|rebels"
        r"|fighters)|rebels|insurgents|fighters|mujahideen)\b",
        r"\brecruit\w* (?:\w+ ){0,3}(?:teenagers|teens|kids|young (?:men|people)|youths?|people|members)"
        r"\b[^.!?\n]{0,30}\bwithout (?:the )?(?:feds|police|fbi|authorities|parents|anyone) (?:noticing"
        r"|knowing|finding out)",
        r"\b(?:tak|hold|keep)\w* (?:\w+ ){0,3}hostages?\b",
        r"\b(?:attack|slogans?|chants?|speech|post|flyers?)\b[^.!?\n]{0,60}\b(?:fired up|angry|riled up"
        r"|worked up) enough to (?:attack|hurt|burn|storm|kill|go after)\b",
        rf"\battack (?:the |a |an |that |this )?(?:\w+ )?{_SITES}\b(?! (?:in|on) (?:the )?game)",
        # Harm wished on or planned for a person's body ("want him to feel real pain").
        needing(rf"\b{_SUFFERER} (?:to )?{_OUTCOME}", _OUTCOME),
        r"\b(?:he|she|they)(?:'ll| will)? (?:won't|will not|doesn't|does not|never) wake up (?:from|again)\b",
        rf"\bmake (?:{_PERSON_NT}) (?:\w+ )?disappear (?:\w+ )?{_PERMANENT}",
        r"\bso (?:that )?(?:he|she|they)(?:'s|'re| is| are| feels?| will be| gets?)? (?:\w+ )?(?:scared"
        r"|afraid|terrified|too scared) to (?:leave|go|come|walk|sleep|return|open)\b",
        r"\bshak\w* (?:a |the |my |our |his |her )?(?:baby|infant|newborn|toddler)\b(?!'s)",
        r"\b(?:do|deal) with (?:a |the |his |her )?(?:dead )?(?:body|bodies|corpse)\b[^.!?\n]{0,40}"
        r"\b(?:after|i've|i have|i just|killed|stabbed|shot|murdered|strangled)\b",
        rf"\b{_TAMPERING}\b[^.!?\n]{{0,60}}\b(?:be tasted|taste it|be detected|notice it|smell it|show up"
        r"|be traced)\b",
        rf"\b{_TAMPERING} (?:\w+ ){{0,2}}in {_VICTIMS} (?:\w+ ){{0,2}}{_CONSUMABLES}\b",
        # Terror: a call to arms, mass harm, a device set off, a plane brought down, tributes.
        r"\bcall to arms\b[^.!?\n]{0,60}\b(?:hit|attack|strike|bomb|burn|kill|target|take out|storm)\b",
        r"\b(?:hurt|kill|harm|injure|maim|poison|infect)\w* (?:the )?(?:most|as many|the maximum number of"
        r"|max) (?:people|victims|civilians|kids|students|children)\b",
        r"\bset\w* off (?:a |an |the )?(?:\w+ )?(?:device|bomb|explosives?|ied|charge)\b",
        rf"\b(?:burn\w* down|torch\w*|firebomb\w*|set\w* fire to|shoot\w* up|blow\w* up) (?:their|the|a|an"
        rf"|that|this|our|his|her) (?:\w+ ){{0,2}}{_SITES}\b",
        r"\bbring\w* down (?:a |an |the )?(?:\w+ )?(?:plane|airliner|jet|aircraft|helicopter|flight)\b",
        r"\b(?:weak(?:est)?|vulnerable) (?:spots?|points?)\b[^\n]{0,80}\b(?:for an? attack|to attack"
        r"|attack)\b",
        r"\b(?:tribute|prais\w*|honou?r\w*|celebrat\w*|brave|heroic|glorious)\b[^.!?\n]{0,60}\b(?:blew"
        r" (?:themselves|himself|herself) up|suicide bomb\w*|martyrdom operations?|massacred \w+|shot up)",
        # Round eight: poisons compared for detection, a child made to drink poison, a blow that
        # leaves no mark.
        rf"\b(?:harder|easier|hardest|easiest) to (?:detect|trace|taste|notice)\b[^.!?\n]{{0,60}}\b(?:slipped"
        rf"|put|added|mixed|poison\w*|{_TAMPERING})\b|\b(?:{_TAMPERING})\b[^.!?\n]{{0,40}}\b(?:harder|easier"
        r"|hardest|easiest) to (?:detect|trace|taste|notice)\b",
        rf"\b(?:get|make|trick)\w* (?:a |the |my |his |her )?(?:\w+ )?(?:{_MINOR}|{_PERSON_NT}) to (?:drink"
        rf"|eat|swallow|take|inhale) (?:\w+ ){{0,2}}{_TAMPERING}\b",
        rf"\b(?:punch|hit|kick|slap|beat|choke)\w* (?:{_PERSON})\b[^.!?\n]{{0,40}}\b(?:doesn't|won't|does not"
        r"|will not|without) (?:leave|leaving|show|showing) (?:a |any )?(?:bruises?|marks?|traces?"
        r"|evidence)\b",
        # Round seven: a crowd whipped into violence, a heart attack induced, a pet fed poison.
        r"\b(?:whip|rile|stir|work|fire)\w* (?:up )?(?:\w+ ){0,3}into (?:attacking|violence|rioting|storming"
        r"|lynching|hurting|killing|a violent)\b",
        rf"\bmake (?:{_PERSON_NT}) have (?:a |an )?(?:heart attack|stroke|seizure|allergic reaction"
        rf"|fatal \w+)\b",
        rf"\b(?:feed|fed|give|gave|giving)\w* (?:my |the |a |his |her )?{_PETS} (?:\w+ ){{0,2}}(?:chocolate"
        r"|grapes|raisins|xylitol|antifreeze|onions|rat poison|bleach)\b[^.!?\n]{0,30}\b(?:on purpose"
        r"|deliberately|to kill|so (?:it|he|she) dies|gone)\b",
        # Round six: poisons chosen for a person, property vandalised out of spite, waterboarding,
        # a skull cracked, responsibility claimed, a target chosen.
        r"\bpoisons?\b (?:that )?(?:i|we|you) (?:could|can|should) (?:give|use|put|slip)\b|\b(?:painless"
        r"|undetectable|tasteless|untraceable|fast-acting) poisons?\b",
        r"\b(?:key|keying|slash\w*|scratch\w*|vandali[sz]\w*|egg\w*) (?:his|her|their|my \w+'s|\w+'s) (?:car"
        r"|tires|tyres|truck|bike|house|door|windows)\b|\bsugar in (?:his|her|their|the|my \w+'s) (?:gas"
        r"|petrol) tank\b",
        rf"\bwaterboard\w* (?:\w+ )?{_PERSON}",
        r"\b(?:crack|fracture|break|crush|cave in)\w* (?:a |the )?(?:human|person'?s|someone'?s|man'?s|his"
        r"|her) (?:skull|neck|spine|ribs|windpipe|head)\b",
        r"\bclaim\w* responsibility for (?:the |a |an |our |this )?(?:\w+ )?(?:bombing|attack|shooting"
        r"|massacre|explosion|killings?|assassination)\b",
        r"\b(?:best|ideal|perfect|easiest) targets?\b[^.!?\n]{0,40}\b(?:attack|bomb\w*|strike|shooting"
        r"|explosion)\b",
        # Round five: an accident caused to kill, a dog set on someone, a child drugged to sleep,
        # hands crippled, a shooting announced.
        r"\bcause (?:a |an )?(?:\w+ )?(?:accident|crash|collision|fire|explosion|overdose)\b[^.!?\n]{0,30}"
        r"\b(?:kills?|hurts?|injures?|to kill|paralyzes|cripples)\b",
        r"\b(?:get|make|train|teach)\w* (?:my |the |a |his |her )?(?:dog|dogs|pit ?bull|rottweiler|german"
        r" shepherd) to (?:attack|bite|maul|kill|hurt|go after)\b",
        r"\b(?:vodka|alcohol|whiskey|rum|wine|beer|benadryl|melatonin|nyquil|sleeping pills?|cough syrup"
        r"|xanax)\b[^.!?\n]{0,30}\b(?:in|into) (?:her|his|the|my|their) (?:baby'?s? )?(?:bottle|sippy cup"
        r"|milk|formula)\b",
        rf"\b(?:cripple|maim|disfigure|blind|paraly[sz]e|mutilate)\w* (?:\w+ ){{0,2}}(?:{_PERSON}|someone'?s"
        r"|his|her|their|\w+'s)\b",
        r"\bthere (?:will|is going to|'s going to|'ll) be (?:a |an |another )?(?:shooting|bombing|bomb"
        r"|attack|massacre|bloodbath)\b(?! (?:competition|range|contest|drill))",
        # Round four: a relative's heart stopped, a pet drowned, bones broken, a fall arranged, a
        # death threat, an illness given, killing techniques, an attack site burned.
        r"\bstop (?:his|her|their|my \w+'s|\w+'s) heart\b|\b(?:dose|amount|how much|how many)\b[^.!?\n]{0,40}"
        r"\b(?:would|will|could|to) (?:stop (?:his|her|their) heart|kill (?:him|her|them|a person|someone"
        r"|my \w+)|be fatal (?:to|for) (?:him|her|them))\b",
        rf"\b{_PETS}\b[^\n]{{0,80}}\b(?:drown|poison|kill|strangle|suffocate|starve|shoot|hang)\w* (?:it|him"
        r"|her)\b(?! (?:with kindness|off))",
        r"\b(?:bones?|ribs|legs?|arms?|jaw|nose|skull|neck|fingers)\b[^.!?\n]{0,30}\bto (?:break|snap|crush)"
        r" (?:on|in) (?:a |an )?(?:grown )?(?:man|woman|person|human|kid|guy|child)\b",
        rf"\bmake (?:{_PERSON_NT}) (?:fall|trip|slip|crash|drown|choke)\b[^.!?\n]{{0,40}}\b(?:stairs|down"
        r"|without|look|accident|deliberate|on purpose)\b",
        r"\bdead (?:man|meat|woman)\b|\bif (?:i|we) (?:ever )?(?:see|catch|find)\b[^.!?\n]{0,60}\b(?:i'll"
        r"|i will|i'm going to) (?:kill|hurt|end|break|get|shoot|stab)\b",
        rf"\bgive (?:\w+ ){{0,2}}(?:{_PERSON_NT}) (?:\w+ )?(?:food poisoning|salmonella|e\.? ?coli|diarrh\w*"
        r"|the runs|a heart attack|an allergic reaction|a stroke|hiv|an std|a disease)\b",
        r"\b(?:pressure points?|spots?|places?|moves?|techniques?|ways?)\b[^.!?\n]{0,30}\b(?:can|could|will"
        r"|would|to) kill (?:someone|a person|a man|people|him|her|them)\b",
        rf"\bburn (?:the|a|their|that|this) (?:\w+ ){{0,2}}{_SITES}\b",
        # Round three: arson with a person inside, a relative smothered, threats to a face, a gang
        # assault, poison in someone's food, a gas leak staged.
        r"\b(?:burn\w* down|set\w* fire to|torch\w*) (?:\w+ ){0,3}(?:house|home|apartment|flat|room|car"
        r"|trailer|place)\b[^.!?\n]{0,40}\b(?:while|with) (?:she|he|they|her|him|them|the family|people)"
        r"(?:'s|'re| is| are)? (?:still )?(?:inside|in it|in there|asleep|sleeping|home)\b",
        rf"\b(?:suffocat\w*|smother\w*|strangl\w*|drown\w*|overdos\w*) (?:\w+ )?{_PERSON}\b",
        rf"(?<!rat\s)(?<!mouse\s)(?<!the\s)(?<!of\s)\bpoison(?:s|ed|ing)?\b(?![\s-]*(?:proof|ivy|oak"
        rf"|control|cent(?:er|re)|sumac))(?: (?:\w+ ){{0,3}}and)? {_PERSON}\b",
        r"\b(?:i'll|i will|i'm going to|i am going to|gonna) (?:\w+ )?(?:cut|slash|carve|burn|break|smash)"
        r" (?:her|his|their|your) (?:face|throat|eyes?|legs?|arms?|hands?|teeth|fingers)\b",
        r"\b(?:break|breaking|snap|snapping|smash|smashing) (?:\w+ ){0,4}(?:legs?|arms?|kneecaps?|knees?"
        r"|jaw|nose|neck|ribs|fingers|bones|skull)\b",
        rf"\b(?:make|making) (?:{_PERSON_NT}) (?:hurt|bleed|suffer|scream|cry)\b(?! (?:less|inside))",
        rf"\bjump\w* (?:{_PERSON_NT})\b(?! (?:start|rope|higher|over|in|on|off|at|into)\b)",
        r"\b(?:beat|beating|whip|whipping|hit|hitting) (?:up )?(?:a |the |my |his |her )?(?:kid|child|son"
        r"|daughter|baby|toddler|wife|husband|girlfriend|boyfriend|stepson|stepdaughter|dog|cat)\b"
        r"[^.!?\n]{0,40}\b(?:so|without|until|that)\b",
        rf"\b(?:making|make|get|getting) (?:{_PERSON}) (?:really |very |super )?(?:sick|ill|vomit|throw up"
        r"|pass out)\b[^.!?\n]{0,60}\b(?:food|drink|coffee|meal|water|tea|put|slip|add)\b",
        r"\b(?:rig|cause|start|fake|stage|set up)\w* (?:a )?gas leak\b",
        r"\b(?:household|kitchen|garden|garage|everyday) (?:\w+ )?(?:things?|items?|objects?|stuff|tools?)"
        r"\b[^.!?\n]{0,40}\b(?:knock (?:someone|somebody|him|her|a person) out|kill|strangle|stab|hurt"
        r" (?:someone|him|her|a person))\b",
        r"\b(?:hire|pay|find)\w* (?:someone|somebody|a (?:guy|person|man)|people) to (?:break|beat|hurt"
        r"|rough|kill|burn|shoot|stab|jump|attack|scare)\b",
        r"\blure\w* (?:\w+ ){0,3}(?:into|to) (?:the |a )?(?:woods|forest|basement|alley|my car|my house|a van"
        r"|somewhere (?:quiet|remote|isolated|nobody))\b|\bwhere (?:nobody|no one|no-one) (?:can|could|will"
        r"|would) hear (?:her|him|them|you)\b",
        r"\b(?:bomb|explosi\w*|device|ied)\b[^.!?\n]{0,60}\b(?:most|maximum|max) (?:\w+ )?damage\b",
        r"\b(?:truck|car|van|vehicle|lorry) (?:\w+ ){0,3}(?:reach|hit|plow into|plough into|drive into|ram)"
        r" (?:the |a )?(?:\w+ )?(?:crowds?|people|pedestrians|protesters|marchers)\b",
        r"\b(?:heroic|brave|glorious|inspiring|tribute|prais\w*|honou?r\w*|celebrat\w*)\b[^.!?\n]{0,60}"
        r"\b(?:hijackers|bombers?|gunm[ae]n|shooters?|terrorists|attackers|jihadis\w*|martyrs)\b",
        r"\b(?:fight|join|fighting) (?:\w+ ){0,2}(?:with|alongside|for) (?:the )?(?:jihadis\w*|isis"
        r"|al[- ]?qaeda|taliban|mujahideen|terrorists|militants)\b",
        rf"\bambush\w* (?:\w+ )?{_PERSON}",
        r"\bhow many (?:people|of them|kids|students|victims) (?:could|can|would|will) (?:i|we|you|one"
        r"|someone) (?:kill|hurt|hit|injure|take out|run over)\b",
    ),
    "sexual": (
        # Non-consent: resistance overcome, a victim too drunk to refuse.
        r"\b(?:get|make|force)\w* (?:her|him|them) (?:to )?stop (?:resisting|fighting(?: me)?(?: back)?"
        r"|struggling|saying no)\b",
        r"\b(?:said|says|keeps saying|told me) no\b[^\n]{0,60}\b(?:wants? it|anyway|still (?:want|do)"
        r"|make her|get her|change her mind|convince her)",
        r"\b(?:drunk|wasted|high|passed out|blacked? ?out|unconscious|drugged|sedated|asleep)\b"
        r"[^.!?\n]{0,60}\bso (?:that )?(?:she|he|they) (?:doesn't|does not|won't|can't|couldn't"
        r"|wouldn't|cannot) (?:fight back|resist|say no|remember|struggle|stop me)\b",
        r"\b(?:drugs?|pills?|substances?|something)\b[^.!?\n]{0,40}\b(?:easy|easier) to (?:have sex"
        r" with|sleep with|hook up with|take advantage of|get into bed)\b|\beasier to take advantage"
        r" of\b",
        # Intimate images used against a person: posted, shown, held over them.
        rf"\b(?:{_INTIMATE})\b[^\n]{{0,100}}\b(?:upload|post|share|leak|release|sell|spread|publish"
        rf"|expose|send (?:them|it) to|get back at|revenge|unless|or else|make (?:her|him|them) come"
        r" back)\w*",
        rf"\b(?:upload|post|share|leak|release|sell|spread|publish|send|show)\w* (?:\w+ ){{0,3}}"
        rf"(?:{_INTIMATE})\b[^.!?\n]{{0,60}}\b(?:to (?:her|his|their) (?:family|parents|friends|boss"
        r"|school|husband|wife|followers|coworkers|new \w+|boyfriend|girlfriend|partner|employer|church"
        r"|everyone)|unless|if (?:she|he|they) (?:doesn't|don't|won't)"
        r"|to get back at|for revenge)",
        rf"\b(?:use|using)\w* (?:\w+ ){{0,2}}(?:{_INTIMATE})\b[^.!?\n]{{0,40}}\b(?:to make|to get|against"
        r"|so (?:she|he|they))",
        r"\b(?:record|film|tape|videotape)\w* (?:\w+ ){0,3}(?:hookup|sex|having sex|hooking up|in bed"
        r"|date|partner|girlfriend|boyfriend|her|him)\b[^.!?\n]{0,40}\bwithout (?:her|his|their|them)"
        r" (?:knowing|consent|noticing|knowledge|permission)",
        # Groping in a crowd.
        r"\b(?:touch|grope|grab|rub)\w* (?:\w+ )?(?:women|girls|woman|girl|strangers|people)\b"
        r"[^.!?\n]{0,60}\b(?:crowded|packed|busy|on the (?:bus|train|subway|metro|tube)|without (?:them"
        r"|her) (?:making a scene|saying anything|noticing|screaming|complaining))",
        # Children: secrets kept, private contact, meeting without parents, sexual "normality".
        rf"\b{_MINOR}\b[^\n]{{0,100}}\b(?:secrets? (?:between us|just between)|our (?:little )?secret"
        r"|keep(?:ing)? (?:it|this|things) (?:a secret|between us))",
        rf"\b{_MINOR}\b[^\n]{{0,120}}\b(?:meet|meeting|come over|hang out|pick (?:her|him) up|see (?:her"
        r"|him))\b[^\n]{0,60}\bwithout (?:her|his|their) (?:parents|mom|mother|dad|father|family)"
        r"(?: (?:finding out|knowing|noticing|seeing|suspecting))?",
        rf"\b(?:chat|talk|message|text|dm)\w* (?:\w+ )?(?:privately|in private|secretly|alone) (?:with|to)"
        rf" (?:a |an |my |this |the )?{_MINOR}\b|\b{_MINOR}\b[^\n]{{0,80}}\b(?:chat|talk|message|text)"
        r"\w* (?:\w+ )?(?:privately|in private|secretly)\b",
        r"(?<!not\s)(?<!n't\s)\b(?:normal|okay|ok|fine|natural|healthy)\b[^.!?\n]{0,30}\b(?:adults?"
        r"|grown-?ups?|older (?:men|women|guys)) (?:to )?(?:date|dating|sleep with|have sex with|be with"
        r"|kiss|touch|love) (?:kids|children|minors|teens|teenagers|young girls|young boys|\w+ year"
        r" olds)",
        rf"\b(?:get|make|convince|persuade|ask)\w* (?:\w+ ){{0,2}}(?:{_MINOR}|student|pupil)s? (?:\w+ )?"
        r"(?:to )?send (?:me )?(?:\w+ )?(?:photos|pictures|pics|selfies|videos)",
        r"\b(?:student|pupil)\b[^.!?\n]{0,60}\bsend (?:me )?(?:\w+ )?(?:photos"
        r"|pictures|pics|selfies|videos) of (?:herself|himself|themselves)",
        # Trafficking: people who cannot leave; minors advertised.
        r"\b(?:girls|women|workers|them|people)\b[^.!?\n]{0,60}\b(?:can't|cannot|won't be able to|unable"
        r" to) (?:leave|escape|go home|quit|run away)\b",
        r"\b(?:advertis|sell|pimp|traffick|book)\w* (?:\w+ )?(?:underage|young|teen(?:age)?|minor|little"
        r"|\d+[- ]?year[- ]?old) (?:girls|boys)\b",
        r"\b(?:drunk|wasted|high|tipsy|out of it) enough (?:that |so )?(?:she|he|they)(?:'ll| will)?"
        r" (?:won't|doesn't|can't|will not|does not) remember\b",
        rf"\b{_MINOR}\b[^\n]{{0,120}}\bkeeps? (?:our|this|it|the|what) (?:\w+ ){{0,3}}(?:a )?secret\b",
        rf"\b(?:buy|find|get|trade|download|collect|sell|share|where)\b[^.!?\n]{{0,30}}\b(?:pictures|photos"
        rf"|pics|images|videos)\b[^.!?\n]{{0,20}}\b(?:of )?{_MINOR}\b[^.!?\n]{{0,30}}\b(?:underwear|lingerie"
        r"|naked|nude|undress\w*|panties)\b",
        rf"\b{_MINOR}\b[^\n]{{0,80}}\b(?:feel special|feel loved|meet me (?:after|alone|somewhere|outside"
        r"|later))\b",
        rf"\b(?:excuse|reason|way|how)\b[^.!?\n]{{0,30}}\bget (?:a |an |the |this |my )?(?:\w+ )?{_MINOR}"
        r" alone\b",
        r"\b(?:photos?|pictures?|pics|videos?|film\w*) (?:up|under) (?:\w+ ){0,2}(?:dress(?:es)?|skirts?"
        r"|shorts)\b",
        r"\b(?:roofies?|rohypnol|ghb|date rape drugs?)\b[^.!?\n]{0,40}\b(?:get|buy|find|order|where)\b"
        r"|\b(?:get"
        r"|buy|find|order)\w* (?:\w+ )?(?:roofies?|rohypnol|ghb|date rape drugs?)\b",
        r"\b(?:drunk|wasted|high|tipsy|out of it) enough (?:that |so )?(?:she|he|they)(?:'ll| will)?"
        r" (?:says? yes|agrees?|won't say no|can't say no|sleeps? with|goes? along)\b",
        r"\btoo (?:drunk|high|wasted|out of it) to (?:talk|stand|walk|consent|say no|remember|move)\b"
        r"[^.!?\n]{0,60}\b(?:sex|sleep with|hook up)|\b(?:sex|sleep with|hook up)\w*[^.!?\n]{0,60}\btoo"
        r" (?:drunk|high|wasted|out of it) to\b",
        r"\b(?:make sure|ensure|so) (?:that )?(?:she|he|they) (?:doesn't|does not|won't|can't|never)"
        r" (?:report|tell (?:anyone|the police|her parents|his parents)|go to the police|press charges)\b",
        rf"\b{_MINOR}\b[^\n]{{0,120}}\b(?:take (?:it|things) further|without anyone (?:finding out|knowing)"
        r"|has a crush on me)\b",
        rf"\b(?:secretly|covertly|discreetly) (?:film|record|photograph|watch|video)\w* (?:\w+ ){{0,2}}"
        rf"(?:women|girls|people|men|guests|tenants|her|him|them|{_PERSON})\b",
        rf"\b(?:film|record|photograph|video)\w* (?:\w+ ){{0,3}}in (?:the |a |my |our )?(?:\w+ )?"
        rf"{_PRIVATE_PLACES}\b(?! (?:design|renovation|tour|makeover|remodel))",
        r"\b(?:rent|renting|sell|selling|offer\w*|pimp\w*) (?:out )?(?:my|her|his|a|the) (?:\w+ )?"
        r"(?:girlfriend"
        r"|wife|daughter|girl|girls|woman|women) (?:out )?to (?:men|clients|guys|strangers|johns|customers"
        r"|other men)\b",
        rf"\b{_MINOR}\b[^\n]{{0,120}}\b(?:lap|touch|massage|undress|kiss|cuddle|bath|shower)\w*\b"
        r"[^\n]{0,60}\b(?:without (?:it|anyone|her|his|them)|seem(?:s|ing)? weird|look(?:s|ing)? weird"
        r"|secret|nobody|no one|(?:her|his|their) parents (?:don't|won't|never))",
        r"\b(?:passed out|drunk|unconscious|blacked out|wasted)\b[^\n]{0,80}\b(?:take|taking|get|getting"
        r"|carry"
        r"|carrying|bring|bringing) (?:her|him|them) (?:to|into|upstairs|home|back to) (?:a |my |the )?"
        r"(?:room|bedroom|car|place|upstairs|bathroom)\b",
        r"\bso (?:that )?(?:she|he)(?:'s| is| will be| becomes?| gets?)? (?:more )?(?:compliant|submissive"
        r"|docile|pliable|willing|out of it|passive)\b",
        r"\b(?:underage|child|teen|minor|young) (?:escorts?|prostitutes?|sex workers?"
        r"|hookers?|call girls?)\b",
        r"\b(?:explicit|graphic|vivid|full|lurid) detail\b[^.!?\n]{0,40}\b(?:sex|threesome|orgy"
        r"|intercourse|having sex|blowjob|oral sex|making love)\b",
        rf"\bsugar (?:daddy|mommy|mama|baby)\b[^\n]{{0,60}}\b{_MINOR}\b",
    ),
    "self_harm": (
        # Self-harm hidden; a means asked for after a statement of despair.
        r"\b(?:cutting|cut (?:my ?self|myself)|self[- ]?harm\w*|burning myself|hurting myself)\b"
        r"[^\n]{0,120}\b(?:hide|cover(?: up)?|conceal)\w* (?:\w+ ){0,2}(?:marks|cuts|scars|burns"
        r"|wounds|it|them)\b",
        r"\b(?:od|o\.d\.?) on\b",
        r"\bhow deep (?:\w+ ){0,5}cut\b[^.!?\n]{0,30}\b(?:count|work|matter|bleed|scar|really)\b",
        r"\bbleed(?:ing)? out\b[^.!?\n]{0,40}\b(?:wrists?|arms?|thighs?|veins?|arter\w*|neck)\b"
        r"|\b(?:wrists?|veins?|arter\w*)\b[^.!?\n]{0,40}\bbleed(?:ing)? out\b",
        r"\b(?:be|is|are) enough to (?:end it|die|kill me|not wake up|end my life|overdose|go to sleep"
        r" forever|sleep forever|never wake up)\b",
        r"\b(?:pills?|household|stuff|chemicals?|meds|medications?)\b[^.!?\n]{0,40}\b(?:could|would"
        r"|will|can) end (?:it|things|everything|my life)\b",
        r"\boverdos\w*\b[^.!?\n]{0,30}\b(?:most |least )?(?:peaceful|painless|gentle|quickest)\b"
        r"|\b(?:peaceful|painless|gentle) (?:\w+ )?overdos\w*",
        r"\bpunish\w* (?:my|your|her|his) (?:own )?body\b",
        r"\b(?:note|letter|message)\b[^.!?\n]{0,60}\b(?:explaining|saying|telling (?:them|everyone)|about)"
        r" why (?:i'm|i am|i'll be|i was) (?:gone|not here anymore|no longer here)\b(?! for| to| on| away)",
        r"\b(?:wants? to die|suicid\w*|kill (?:herself|himself|themselves))\b[^\n]{0,80}\b(?:(?:it's|is) a"
        r" good idea|tell (?:her|him|them) to do it|help (?:her|him|them) (?:plan|do it|go through))",
        r"\b(?:not eating|skipping meals|(?:under|below|less than) \d{3,4} (?:calories|kcal|cals))\b"
        r"[^\n]{0,60}\b(?:without (?:my |anyone|her|his|their|the)|so (?:that )?(?:no ?one|nobody|my"
        r" (?:parents|family|mom|dad)) (?:notices?|knows?|finds? out))",
        r"\bso (?:that )?(?:she|he|they) (?:stops?|quits?) eating\b",
        r"\b(?:saved up|stockpil\w*|collect\w*|hoard\w*|saving up) (?:\w+ ){0,6}(?:pills|tablets|meds"
        r"|medications?|sleeping pills|painkillers|paracetamol|tylenol)\b",
        r"\b(?:painless|quicker|faster|more reliable|less painful|more peaceful)\b[^.!?\n]{0,30}\b(?:drowning"
        r"|hanging|carbon monoxide|overdos\w*|jumping|bleeding out|pills|cutting|suffocat\w*|a gun)\b",
        r"\b(?:spot|place|where)\b[^.!?\n]{0,20}\bto cut\b[^.!?\n]{0,40}\b(?:bleed|hide|sleeves|marks"
        r"|scars)|\bcut\w*\b[^.!?\n]{0,30}\bbleeds? (?:a lot|more|enough)\b",
        r"\bbetter off (?:if|when) (?:you|she|he|they)(?:'re| are| was| were| is)? (?:gone|dead|not (?:here"
        r"|around|alive))\b",
        r"\b(?:gas|chemicals?|pills?|dose|amount|drugs?|poison|mix)\b[^.!?\n]{0,40}\b(?:could|would|will|can"
        r"|to) kill me\b",
        r"\b(?:easier|quicker|faster|less painful|surest|more painless) to die\b",
        r"\b\d+ (?:\w+ )?(?:pills|tablets|capsules)\b[^.!?\n]{0,20}\benough\b",
        r"\bstop eating (?:completely|entirely|altogether|for good|forever)\b",
        r"\bstop (?:my|your) (?:own )?heart\b",
        r"\b(?:make|get) (?:my ?self|yourself) (?:pass out|black out|faint)\b",
        r"\b(?:less than|under|below|only) [1-9]\d{2} (?:calories|kcal|cals)\b",
        r"\b(?:slit|cut|hang|overdose|jump)\w*\b[^.!?\n]{0,40}\b(?:works? (?:the )?first time|on the first"
        r" try|make sure it works|guarantee it works)\b",
        r"\bend(?:ing)? it all\b",
        r"\b(?:cuts|scars|burns|marks|wounds)\b[^.!?\n]{0,20}\b(?:look like|pass (?:off )?as) (?:\w+ ){0,2}"
        r"(?:scratch\w*|an accident|accidents|a fall|bug bites)\b",
        r"\bhow (?:many|much)\b[^.!?\n]{0,40}\b(?:until|till|before|to make) (?:my|your) (?:kidneys?|liver"
        r"|heart|organs) (?:shut down|fail|give out|stop)\b",
        r"\bjump(?:ing)? in front of (?:a |the )?(?:train|bus|truck|car|subway)\b|\bto jump in front of\b",
        r"\bhow (?:high|tall|far|deep|long|much|many)\b[^.!?\n]{0,40}\bto (?:not survive|die|not wake up"
        r"|kill (?:me|myself|yourself)|go to sleep forever)\b",
        r"\b(?:go to sleep|sleep|fall asleep) forever\b|\bnever wake up again\b",
        r"\b(?:i'm|i am|i'll|i will|gonna|going to|want to) (?:\w+ )?cut (?:again|tonight|deeper)\b",
        r"\b(?:people|those|anyone|girls|kids) who (?:cut|self-?harm|starve)\b[^.!?\n]{0,40}\b(?:deserve"
        r"|should|are weak|are pathetic)\b",
        r"\bdestroy (?:my|your) (?:liver|kidneys|heart|organs)\b",
        r"\b(?:purg|throw(?:ing)? up|vomit)\w* (?:\w+ )?(?:quietly|silently|secretly|without (?:anyone"
        r"|my \w+)"
        r" (?:hearing|noticing|knowing))",
        r"\b(?:definitely|surely|certainly|instantly|guaranteed to|for sure|quickly|painlessly) kill me\b"
        r"|\bkill me (?:instantly|for sure|for certain|quickly|painlessly)\b",
        r"\b(?:i|if i|me|myself)\b[^.!?\n]{0,20}\b(?:swallow|take|took|down|drink|drank)\w* (?:a "
        r"|the )?(?:whole"
        r"|entire|full) (?:bottle|pack|box|packet|strip) of\b",
        r"\b(?:meds|medications?|drugs|pills)\b[^.!?\n]{0,30}\b(?:deadly|lethal|fatal) (?:in (?:large|high"
        r"|big) (?:amounts|doses)|if you take (?:too many|a lot))\b",
        r"\bcut\w* (?:\w+ )?deeper\b(?! (?:into|grooves?))",
        r"\b(?:anorexi\w*|eating disorder|bulimi\w*)\b[^\n]{0,80}\b(?:thinner|skinnier|lose more|stop eating"
        r"|keep (?:fasting|starving))\b",

    ),
    "hate": (
        # Exclusion of a protected group, as a request or a flyer.
        needing(
            rf"\b{_GROUPX} (?:should|must|ought to|need to) (?:all )?be (?:banned|barred|excluded|kept"
            r"|removed|deported|expelled|sterili[sz]ed|locked up|segregated|put in camps|stripped of)\b",
            "(?:should|must|ought|need)",
        ),
        needing(
            rf"\b{_GROUPX}\b[^.!?\n]{{0,30}}\b(?:shouldn't|should not|should never|must not|mustn't) be"
            r" (?:hired|allowed|trusted|promoted|admitted|served|rented to|let in|given)\b",
            "(?:should|must)",
        ),
        rf"\b(?:shouldn't|should not|not|never|don't|stop|avoid|refuse to|without) (?:\w+ ){{0,2}}(?:let"
        rf"|allow|admit|accept)\w* (?:any )?{_GROUPX} (?:in|into|to (?:join|live|rent|work|enter|vote"
        r"|move))\b",
        rf"\b(?:stop|keep|prevent)\w* (?:the |those |these |any )?{_GROUPX} (?:from )?(?:moving|coming)"
        r" (?:in|into|here)\b",
        rf"\b(?:put|keep) (?:the |those |these )?{_GROUPX} in (?:their|its) place\b",
        # Names, stereotypes and "superiority" used against a group.
        rf"\b(?:(?:funny|mean|nasty|rude|insulting|offensive|derogatory|cruel|good) (?:\w+ )?(?:names?"
        rf"|nicknames?|words?)|names?|nicknames?) to call (?:\w+ ){{0,3}}{_GROUPX}\b",
        rf"\b(?:mean|nasty|rude|insulting|offensive|derogatory|cruel) (?:names?|nicknames?|words?|terms?"
        rf"|slurs?)"
        rf" for"
        rf" (?:\w+ ){{0,2}}{_GROUPX}\b",
        rf"\bstereotypes? (?:about|of|for) (?:\w+ )?{_GROUPX}\b[^.!?\n]{{0,60}}\b(?:use|roast|joke|make"
        r" fun|mock|post|say)\b",
        r"\b(?:white|black|aryan|jewish|asian|nordic|european|african|human) race (?:is|was|are)"
        r" (?:\w+ )?(?:superior"
        r"|inferior|better|the master race|smarter|more evolved|less evolved)\b|\b(?:racial|aryan)"
        r" (?:superiority|purity)\b|\bmaster race\b",
        needing(
            rf"\b(?:men|boys|males|{_GROUPX}) (?:are|is) (?:naturally |inherently |genetically |just"
            rf" |simply |biologically )?(?:smarter|better|superior|more intelligent|more capable|more"
            rf" rational) (?:than|to) (?:{_GROUPX}|men|boys|males)\b",
            "(?:smarter|better|superior|more)",
        ),
        needing(
            rf"\b{_GROUPX} (?:all )?(?:smell|stink|steal|breed like|can't drive|ruin|are ruining)\w*\b",
            "(?:smell|stink|steal|breed|can't|ruin)",
        ),
        rf"\b(?:diss|roast|trash|clown)\w* (?:on )?(?:\w+ )?{_GROUPX}\b",
        needing(
            rf"\b{_GROUPX} (?:started|caused|set|spread|are behind|were behind|are responsible for"
            rf"|brought) (?:the |this |these |all )?(?:\w+ )?{_SCAPEGOAT}\b",
            _SCAPEGOAT,
        ),
        # Bullying: a feature mocked, a message meant to wound, a victim isolated.
        r"\broast\w* (?:\w+ ){0,6}(?:stutter\w*|stammer\w*|lisp|disabilit\w*|wheelchair|autism|adhd"
        r"|weight|acne|scars?|birthmarks?|ears|being (?:fat|ugly|gay|trans|disabled|autistic|adopted"
        r"|poor))\b",
        rf"\b{_ARTEFACT}\b[^.!?\n]{{0,40}}\b(?:to|for|at) (?:the|that|this|a) (?:{_INSULTS}|fat|ugly|weird"
        r"|ginger|nerdy|poor|skinny|short|bald) (?:\w+ )?(?:girl|boy|kid|guy|woman|man|chick|dude|loser"
        r"|nerd)\b",
        r"\b(?:humiliating|embarrassing|degrading|damaging|hurtful) (?:\w+ )?(?:things?|stuff"
        r"|photos?|secrets?|posts?|rumou?rs?) (?:\w+ ){0,3}(?:post|say|share|spread|tell|leak|reveal)\w*"
        r" (?:about|on|to) (?!me\b|myself\b)",
        r"\b(?:make|makes|get|gets)\w* (?:everyone|people|the (?:whole )?(?:class|school|team|group|office)"
        r"|others|all (?:her|his|their) friends) (?:to )?laugh at (?:her|him|them)\b",
        r"\btalk\w* trash about\b|\btrash[- ]talk\w* (?:about )?(?:one|this|that|a|the|my) (?:\w+ )?"
        r"(?:girl|boy"
        r"|kid|guy|classmate|coworker|person|teacher)\b|\bgroup chat (?:just )?(?:to|for) (?:talk\w* trash"
        r"|mak\w* fun|mock\w*|roast\w*|bully\w*|hat\w*)",
        r"\bruin\b (?!my\b|our\b)(?:\w+ ){0,2}(?:relationship|marriage|life|career|engagement|friendship)\b",
        r"\b(?:new|another|more|fake|different|second) accounts? (?:\w+ ){0,3}(?:to )?(?:message|contact|text"
        r"|reach|follow|harass|dm)\w*\b[^.!?\n]{0,40}\bblock\w*",
        r"\b(?:shout|yell|chant|scream|say|send|post)\w* (?:\w+ ){0,2}(?:at|to) (?:the|that|this|a|my|her|him"
        r"|them) (?:\w+ ){0,2}about (?:his|her|their) (?:weight|acne|stutter\w*|stammer\w*|lisp|disabilit\w*"
        r"|wheelchair|scars?|birthmarks?|lazy eye|ears|belly|nose|teeth|height|baldness|bald head|skin)\b",
        r"\bturn on (?:this|that|the|one|him|her)\b(?! (?:light|lights|tv|computer|phone|oven|heat"
        r"|camera|switch|engine|radio|fan|notifications?|setting|feature|mode)s?\b)",
        r"\b(?:contact|message|text|reach|call|dm|email|follow|find|talk to)\w* (?:\w+ ){0,3}(?:who|that"
        r"|after (?:she|he|they)|even though (?:she|he|they)) (?:has |have |had |already )?(?:blocked"
        r"|muted|restricted) me\b|\b(?:keep|still) (?:messaging|texting|contacting|calling) (?:\w+ )?"
        r"(?:who|that|after|even though)\b[^.!?\n]{0,30}\bblocked\b|\b(?:get|getting) around (?:a |the"
        r" |her |his |their )?block\b",
        rf"\b(?:{_ARTEFACT}|harass\w*|spam\w*|flood\w*|comments|pile on)\b[^.!?\n]{{0,80}}\b(?:until|so"
        r" that|so) (?:she|he|they) (?:quits?|leaves?(?! me| us)|gives? up|deletes?|moves? away|drops?"
        r" out|changes? schools|breaks? down|cries)\b",
        r"\bflood\w* (?:\w+ ){0,3}with (?:abuse|hate|insults|threats|hateful \w+|nasty \w+)\b|\b(?:from"
        r"|using) (?:lots of|many|multiple|several|fake|sock ?puppet|burner|different) (?:\w+ )?accounts"
        r"\b[^.!?\n]{0,60}\b(?:harass|abuse|insult|attack|flood|spam|target|pile on)\w*",
        r"(?<!not\s)(?<!never\s)(?<!avoid\s)\b(?:make|made|making) (?!me\b|myself\b|us\b)(?:\w+ ){1,3}"
        r"feel (?:so |really )?(?:insecure|isolated|unwelcome|hated|paranoid|crazy|watched|unsafe"
        r"|humiliated)\b",
    ),
    "illegal": (
        # Privacy: a person who cut contact located; someone de-anonymised; a dossier compiled.
        r"\b(?:blocked me|moved (?:away|out)|restraining order|won't (?:tell|give) me|won't (?:answer"
        r"|reply to|respond to|return) my (?:e-?mails|calls"
        r"|texts|messages)|(?:doesn't|does not"
        r"|didn't|won't) want (?:me|to see me|to be (?:found|contacted)|me to (?:find|contact|know|see))"
        r"|cut (?:me )?off|ghosted me|my ex)\b[^\n]{0,120}\b(?:find|find out|figure out"
        r"|get|track down|locate|learn|discover|where)\b[^.!?\n]{0,30}\b(?:address|location|lives|living"
        r"|phone number|number|workplace|works|whereabouts)\b",
        r"\b(?:figure out|find out|work out|learn|discover|know|identify)\w* (?:\w+ )?who (?:he|she|they"
        r"|this \w+|the \w+) (?:really )?(?:is|are)\b[^.!?\n]{0,40}\b(?:where (?:he|she|they) (?:works?"
        r"|lives?)|address|real name)",
        r"\b(?:username|handle|screen ?name|ip address|e-?mail address|license plate|photo|picture)\b"
        r"[^\n]{0,100}\b(?:who (?:he|she|they) (?:really )?(?:is|are)|(?:their|his|her) (?:real|actual"
        r"|full) (?:name|identity|address)|where (?:he|she|they) (?:lives?|works?)|(?:home|real) address"
        r"|(?:her|his|their) (?:\w+ ){0,3}address)\b",
        r"\breal (?:name|identity) (?:behind|of) (?:the|this|that|an?) (?:\w+ )?(?:anonymous|burner|alt"
        r"|fake|pseudonymous) (?:\w+ )?(?:account|user|profile|poster|handle|blog|reviewer)",
        r"\b(?:compile|gather|collect|put together|dig up|find)\w* (?:\w+ ){0,2}(?:everything|all (?:the )?"
        r"(?:info\w*|details|data)|a (?:full )?(?:profile|dossier|file)) (?:about|on) (?:this|that|the|a"
        r"|my) (?:\w+ )?(?:journalist|reporter|person|woman|man|girl|guy|ex|neighbou?r|coworker|streamer"
        r"|critic|blogger|activist|judge|cop|teacher|user|lady)\b",
        # Privacy: another person's messages, calls or cameras.
        rf"\b(?:read|reading|access\w*|see|seeing|get into|log into|spy on|monitor\w*|hack\w*"
        rf"|check\w*) {_OTHERS} (?:\w+ ){{0,3}}(?:texts?|text messages|messages|dms|emails?|gmail|whatsapp"
        r"|chats?|icloud|snapchats?|browser history|call logs?|facebook messages|messenger)\b",
        rf"\b(?:listen\w* in on|eavesdrop\w* on|tap|tapping|intercept\w*) {_OTHERS} (?:\w+ )?(?:phone"
        r" |cell )?(?:calls?|conversations?|phone|line)\b",
        rf"\b(?:see|watch|access|view|get into|hack)\w* {_OTHERS} (?:\w+ )?(?:security |doorbell |baby"
        r" |nanny |home |web ?)?(?:cam(?:era)?s?|cam(?:era)? feeds?|feeds?|webcams?)\b",
        r"\b(?:stalkerware|spyware|spy apps?|keyloggers?|tracking apps?|monitoring apps?)\b[^.!?\n]{0,60}"
        r"\b(?:doesn't|does not|won't|can't|wouldn't) (?:show up|be (?:seen|detected|found|noticed)"
        r"|appear|notify|alert)\b|\bstalkerware\b",
        r"\bwhich (?:house|apartment|flat|building|door|room|car) is (?:hers|his|theirs)\b",
        rf"\bclon\w* {_OTHERS} (?:\w+ )?(?:phone|sim(?: card)?|iphone|whatsapp|number|sim)\b",
        rf"\b(?:record|monitor|track|log|capture|mirror)\w* (?:{_OTHERS}) (?:\w+ )?(?:screen|keystrokes|calls"
        r"|location|activity|browsing|messages)\b[^.!?\n]{0,30}\b(?:secretly|without|covertly|remotely"
        r"|hidden)\b|\bsecretly (?:record|monitor|track|read|watch|spy on|follow|film|photograph|listen"
        rf" to)\w* (?:\w+ )?{_OTHERS}",
        r"\bwhich (?:\w+ )?(?:gym|school|office|church|bar|club|class|building|hospital|company|job|store"
        r"|shop|cafe|college|university|team) (?:my ex\w*|she|he|they) (?:\w+ )?(?:goes? to|attends?"
        r"|works? (?:at|in)|trains? at|lives? in|is at)\b",
        r"\b(?:address|location|phone number|number|where (?:she|he|they) (?:lives?|works?))\b[^\n]{0,80}"
        r"\b(?:who|that) (?:doesn't|does not|didn't|won't|has) (?:want to be (?:found|contacted)|want me"
        r" to (?:find|contact)|blocked me|cut (?:me )?off)",
        rf"\b(?:look\w* through|go\w* through|snoop\w*|read\w*|access\w*|search\w*|dig\w* through)"
        rf" {_OTHERS} (?:\w+ ){{0,2}}(?:files|photos|laptop|computer|phone|documents|drawers|room|bag|purse"
        r"|wallet|diary|journal|mail|emails?|messages|texts)\b[^.!?\n]{0,60}\b(?:while (?:he|she|they)"
        r"(?:'s|'re| is| are)? (?:\w+ )?(?:at work|asleep|sleeping|out|away|in the shower|gone)|without"
        r" (?:leaving|him|her|them|anyone)|secretly|undetected)",
        r"\b(?:get|obtain|access|see|pull|look up)\w* (?:her|his|their) (?:\w+ )?(?:medical|health|hospital"
        r"|bank|financial|tax|phone|criminal|therapy|school) (?:records|history|statements|files|data)\b"
        r"[^.!?\n]{0,30}\b(?:without|from (?:her|his|their) (?:hospital|bank|employer|work|doctor|clinic"
        r"|school|phone))",
        r"\b(?:identity|real name|name|who|where)\b[^.!?\n]{0,40}\b(?:anonymous|burner|alt|pseudonymous|fake)"
        r" (?:\w+ )?(?:account|user|profile|poster|handle|blog|reviewer|troll)s?\b",
        r"\b(?:profile|map|log|record|timeline) of (?:their|his|her|a person'?s|someone'?s|people'?s)"
        r" (?:daily )?(?:movements|routines?|whereabouts|schedules?|locations?)\b",
        r"\bso (?:that )?(?:i|we) can (?:wait for|follow|surprise|run into|bump into|see|watch) (?:her|him"
        r"|them)\b"
        r"(?: (?:in person|outside|at))?",
        # An artefact that makes a damaging claim about a specific person or business.
        rf"\b(?:{_ARTEFACT}|stor(?:y|ies)|columns?|reviews?|e-?mails?|threads?|exposés?)\b[^\n]{{0,60}}"
        rf"\b(?:saying|says|claiming|claims|alleging|accusing|that)\b[^\n]{{0,40}}\b(?:the|my|her|his|our"
        rf"|their|a (?:named|local|well-known|famous|real|rival)|an? \w+) (?:\w+ ){{0,3}}(?:owner|teacher"
        rf"|instructor|ceo|councill?or|mayor|doctor|dr|pastor|priest|coach|principal|footballer|author"
        rf"|singer|actor|actress|politician|senator|neighbou?r|boss|ex|landlord|chef|dentist|manager"
        rf"|director|nurse|scientist|journalist|company|restaurant|shop|studio|business|clinic|salon"
        rf"|church|charity|school)\b[^\n]{{0,60}}\b(?:{_ACCUSATIONS}|{_DAMAGING})",
        # Defamation and disinformation: an artefact whose writer admits it is false or malicious.
        rf"\b(?:{_ARTEFACT}|stor(?:y|ies)|reviews?|allegations?|rumou?rs?|accusations?"
        rf"|claims?)\b[^\n]{{0,40}}"
        rf"\b{_STATEMENT}\b[^\n]{{0,160}}\b{_MALICE}",
        rf"\b{_MALICE}\b[^\n]{{0,80}}\b(?:write|post|leave|draft|create|make)\w* (?:\w+ ){{0,3}}"
        r"(?:reviews?|posts?|articles?|letters?|e-?mails?|tweets?|rumou?rs?)\b",
        r"\b(?:write|make up|invent|come up with|give me|create|start)\b[^.!?\n]{0,20}\b(?:a |some )?"
        r"(?:rumou?rs?|gossip) (?:\w+ ){0,4}(?:spread|start|tell|post)\b|\bspread\w* (?:a |the )?rumou?r"
        r" (?:that|about)\b",
        rf"\b{_ARTEFACT}\b[^.!?\n]{{0,60}}\b(?:saying|says|claiming|claims|stating|alleging|accusing|that)"
        rf" (?:\w+ ){{0,6}}(?:embezzl\w*|stole|steals|faked (?:her|his|their) (?:data|results|research"
        rf"|degree)|took (?:money|bribes|kickbacks) from|cover(?:s|ed|ing)? up|runs? a (?:brothel|drug den"
        rf"|meth lab|cult|scam)|cooks? (?:the|its|his|her|their) books|is a"
        rf" (?:registered )?sex offender|(?:was|is) drunk (?:on|at|during|while)|poisons? (?:its|his|her"
        r"|their) (?:customers|patients|guests)|sexually harass\w*|touched a (?:student|child|kid|patient))",
        rf"\b(?:realistic|convincing|authentic-looking|real-looking|believable)\b[^.!?\n]{{0,30}}"
        rf"\b{_OUTLETS}[- ](?:style|report|article|alert|release|announcement|story|bulletin)\b",
        r"\b(?:reviews?|ratings?|posts?|comments?) (?:for|about|on|of) (?:my|our) (?:competitor|rival)'?s?\b",
        r"\b(?:post|spread|start|share|tell)\w* (?:a |the |some )?rumou?rs? (?:\w+ ){0,5}(?:that|about)\b",
        rf"\b(?:something|stuff|a piece|an? (?:expos[eé]|story))\b[^.!?\n]{{0,40}}\b{_STATEMENT}\b"
        r"[^.!?\n]{0,80}\b(?:runs? (?:a |an )?(?:brothel|drug den|meth lab|grow op|sweatshop|cult|scam)"
        r"|is a (?:pedo\w*|predator|rapist|drug dealer|thief)|abuses? (?:the )?(?:kids|children|patients))",
        r"\b(?:election|voting|vote|ballots?) (?:\w+ ){0,3}(?:can be (?:done|cast)|is|will be) (?:done )?"
        r"(?:online|by text|by phone|by email)\b|\b(?:don't|do not|no) need to (?:go to the polls|vote in"
        r" person|show up to vote)\b",
        rf"\b(?:breaking news|emergency|urgent|official)\b[^.!?\n]{{0,20}}\b(?:alert|warning|message|text"
        rf"|broadcast|announcement|bulletin)\b[^\n]{{0,100}}\b{_MALICE}",
        rf"\b{_ARTEFACT}\b[^.!?\n]{{0,80}}\b(?<!no\s)(?:cures?|reverses?|eliminates?) (?:\w+ ){{0,3}}"
        r"(?:cancer|diabetes|autism|hiv|aids|covid|alzheimer'?s|dementia|parkinson'?s)\b",
        rf"\b{_ARTEFACT}\b[^\n]{{0,120}}\b(?:should|must|to|can) (?:stop|avoid|skip|refuse|quit|throw away"
        r"|ditch)\w* (?:taking |using )?(?:their |your |the )?(?:insulin|chemo\w*|vaccines?|vaccinations?"
        r"|medications?|medicine|antibiotics|treatment|therapy|antidepressants|inhalers?)\b|\b(?:use|try"
        r"|take)\w* (?:\w+ ){0,2}instead of (?:their |your )?(?:insulin|chemo\w*|vaccines?|medications?"
        r"|antibiotics|treatment)\b",
        r"\brun on (?:the |a )?banks?\b",
        r"\bwhat (?:my )?(?:wife|husband|girlfriend|boyfriend|partner|ex|roommate|boss|coworker) (?:is )?"
        r"(?:saying|texting|writing|sending|posting|doing) (?:on|in) (?:telegram|whatsapp|snapchat|signal"
        r"|messenger|instagram|facebook|discord|her phone|his phone|tinder)\b",
        r"\b(?:see|record|log|capture|read) (?:everything|what|all) (?:my )?(?:wife|husband|girlfriend"
        r"|boyfriend|partner|ex|employee|roommate) (?:types?|writes?|says?|does|searches?|texts?)\b",

        rf"\b(?:turn\w* on|activat\w*|access\w*|hack\w*|control\w*) {_OTHERS} (?:\w+ )?(?:phone'?s? )?"
        r"(?:microphone|mic|camera|webcam)\b",
        r"\b(?:exact|current|live|real-time) location of (?:its|the|this|that|a|my) (?:\w+ )?(?:owner|person"
        r"|user|girl|guy|woman|man|ex)\b|\btrack (?:this|a|someone'?s|his|her|their) (?:phone )?number\b",

        rf"\b(?:texts?|messages|e-?mails?|passwords?|photos|dms|call logs?|browser history|location|files"
        rf"|search history)\b (?:\w+ ){{0,2}}(?:on|in|from|of) {_OTHERS} (?:\w+ )?(?:phone|browser|laptop"
        r"|computer|account|email|icloud|device|tablet|car)\b",
        r"\bwhere (?:\w+ ){0,3}(?:\w+'s|his|her|their) (?:kids|children|sons?|daughters?|family) (?:go to"
        r" school|goes? to school|live|lives|attend)\b",
        r"\b(?:real|true|actual) (?:identity|name|face) (?:behind|of) (?:a |an |the |this |that )?(?:\w+ )?"
        r"(?:account|profile|channel|user|creator|model|poster|page)\b",
        r"\b(?:everyone|everybody|all the (?:people|residents|neighbou?rs)) (?:who lives?|living|on my street"
        r"|in my building)\b[^.!?\n]{0,60}\b(?:phone numbers?|schedules?|addresses|routines?|when they"
        r" (?:leave|are home))\b",
        r"\b(?:stranger'?s?|someone'?s|a person'?s) (?:face|photo|picture)\b[^.!?\n]{0,40}\b(?:name|address"
        r"|identity|who (?:they|he|she) (?:are|is))\b",
        r"\b(?:what|everything) (?:my |his |her )?(?:employee|staff|worker|wife|husband|girlfriend|boyfriend"
        r"|partner)s? (?:does|do|did|says|said|texts?)\b[^.!?\n]{0,40}\b(?:personal|private|own) (?:phone"
        r"|device|laptop|accounts?|time)\b",
        rf"\b{_ARTEFACT}\b[^.!?\n]{{0,60}}\b(?:election|voting|polling) (?:day|date) (?:\w+ ){{0,2}}(?:moved"
        r"|changed|postponed|rescheduled|delayed)\b",

        r"\b(?:anonymous|burner|pseudonymous)\b[^.!?\n]{0,50}\b(?:lives|live|works|real name|identity"
        r"|home address)\b",
        r"\b(?:with|using) (?:her|his|their|my ex'?s?|\w+'s) (?:old |stolen |saved )?(?:password|passcode"
        r"|pin|login)\b",
        r"\b(?:records?|history|diagnos\w*|files?) (?:of|for) (?:my|our) (?:new )?(?:employee|coworker|tenant"
        r"|neighbou?r|boss|ex|girlfriend|boyfriend|wife|husband|roommate|student|patient|client|nanny"
        r"|babysitter)s?\b",
        r"\b(?:collect|scrape|harvest|gather|track|log)\w* (?:\w+ ){0,3}(?:location|geo) ?(?:tags?|data"
        r"|check-?ins|history)\b[^.!?\n]{0,40}\b(?:a (?:specific|particular|certain) (?:person|user"
        r"|individual|girl|woman|man)|someone'?s|his|her|their)\b",
        r"\b(?:write|make up|invent|start|create)\w* (?:a |some )?rumou?rs? (?:that|about)\b",
        r"\b(?:realistic|convincing|believable|real-looking|authentic)\b (?:\w+ ){0,2}(?:news (?:articles?"
        r"|stor(?:y|ies)|reports?|segments?)|articles?|press releases?|reports?|announcements?|alerts?"
        r"|headlines?|sms|texts?|messages?|e-?mails?|letters?|notices?"
        r"|warnings?)\b[^.!?\n]{0,20}\b(?:saying|claiming|reporting|announcing|that)\b",
        r"\b(?:will be|is being|gets?|would be) (?:cancell?ed|cut off|taken away|revoked|stopped)\b"
        r"[^.!?\n]{0,30}\bunless (?:they|you) vote\b",

        r"\b(?:banks?|the \w+ bank) (?:is|are) (?:about to|going to) (?:collapse|fail|go bust|go under)"
        r"\b[^.!?\n]{0,60}\b(?:withdraw|pull (?:out )?(?:your|their) money)",
        rf"\b{_ARTEFACT}\b[^.!?\n]{{0,60}}\b(?:saying|claiming|reporting|that) (?:\w+ ){{0,2}}{_GROUPX}"
        rf" (?:started|caused|set|spread|are behind|were behind|are responsible for)\b",
    ),
}
"""Capability targets of conversational requests, by detector category."""
