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
  first-person statements of intent to die or to kill someone); only naming it in order
  to report it lowers the score.
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
from railgraph.guards.harm_conduct import CONDUCT
from railgraph.guards.harm_hazards import (
    CONTENT,
    CONVERSATION,
    HAZARD_ALWAYS,
    HAZARDS,
    IMPUNITY,
    PRIVACY,
)
from railgraph.guards.harm_targets import ALWAYS, CAPABILITY, NEEDS, TOPIC, VOCAB, rx
from railgraph.guards.normalize import variants

__all__ = ["CATEGORIES", "HarmDetector"]

CATEGORIES: dict[str, str] = {
    "violence": "violent crimes, weapons, explosives and indiscriminate (CBRNE) weapons, terrorism",
    "hate": "harassment, or hatred, stereotyping, exclusion and dehumanisation of a protected group",
    "sexual": "child sexual exploitation and grooming, sex-related crimes (voyeurism, assault, "
    "coercion, pimping), explicit sexual content",
    "self_harm": "suicide, self-injury and eating-disorder methods or intent",
    "illegal": "non-violent crimes (hacking, fraud, theft, drugs, counterfeiting, evading law "
    "enforcement), privacy violations, intellectual-property theft, defamation, election "
    "interference",
}
"""Categories the detector scores, with what each one covers."""

# --- request and intent framing --------------------------------------------------------

_WHO = r"(?:i|we|you|one|someone|somebody|a person|people|anyone|u|1)"  # "1": leet for "i"
_STRONG_INTENT = rx(
    r"\b(?:how (?:to|do|does|can|could|would|should|might|will|would|shall) " + _WHO + r"\b"
    r"|how to\b|step[- ]?by[- ]?step|instructions?\b|tutorials?\b|guides?\b|walk me through"
    r"|walkthrough|manual\b|recipes?\b|blueprints?\b|playbook|(?:help|teach|show) (?:me|us)\b"
    r"|(?:i|we) (?:just |really |only |honestly |seriously |so |actually )?(?:want|need|wanna|intend"
    r"|plan|am going|'m going|are going|would like|'d like) to\b"
    r"|(?:i|we)(?: am|'m|'re| are)? (?:planning|plotting|preparing) (?:an?|the|my|our|a big)\b"
    r"|(?:^|[.!?\n] ?)(?:want|wanna|need|trying|planning|going) to\b"
    r"|(?:i|we) (?:just |really )?(?:want|need|wanna) (?:him|her|them|my \w+|this \w+|that \w+)"
    r" (?:to|dead|gone)\b|talking points (?:for|on|about|why|that)\b"
    r"|(?:i|we)(?: am|'m|'re| are) (?:going|planning|trying|about) to\b"
    r"|\bplans? (?:to|for)\b|(?:detailed|a) plan\b|\bways? (?:to|of)\b|methods? (?:to|for|of)\b"
    r"|techniques? (?:to|for)\b|tips (?:on|for|to)\b|strateg(?:y|ies) (?:to|for)\b"
    r"|(?:what|which) (?:\w+ ){0,2}(?:can|could|should|would|do) (?:i|we|you|one|someone) (?:use|mix|buy"
    r"|get|take|combine|add|put|need|slip|give|bring|pour|say|tell|write|send|crush|inject|release"
    r"|hide|feed|spray)\b|best way|easiest way"
    r"|most effective way|fastest way|quickest way|(?:the )?(?:trick|secret|key|hack) (?:to|for)\b"
    r"|how (?:can|do|could|should|would|might) (?:our|my) \w+"
    # Hypotheticals and asks on someone else's behalf; "a good way to".
    r"|if (?:someone|somebody|i|we|a person|one) (?:really )?(?:wanted|wants|planned|plans|tried"
    r"|decided) to\b|hypothetically|asking for a friend"
    r"|\b(?:say|suppose|imagine|let's say) (?:someone|somebody|i|we|a person|one) (?:\w+ )?(?:wanted|wants"
    r"|needed|needs|had|has|was|were|is)\b"
    r"|how (?:people|someone|one|criminals|they) (?:\w+ )?(?:make|build|get|do|create|cook|grow"
    r"|steal|hack|kill|hide)\b|(?:a |an )?(?:good|easy|quick|simple|cheap|reliable|effective|clever"
    r"|sneaky|smart) ways? (?:to|of)\b|(?:i|i'm|i am|i've been|i keep) (?:\w+ )?(?:thinking"
    r"|fantasi[sz]ing|dreaming) (?:about|of)\b"
    r"|(?:the |detailed |specific )?steps (?:to|for|of|in|on)\b"
    r"|(?:write|create|develop|design|build|code|program|make|generate|give me)"
    r" (?:me )?(?:a |an |some )?(?:python |simple |working )?(?:script|program|code|software"
    r"|app|application|tool|bot|algorithm|website|malware|virus|plugin|extension|macro)\b"
    r"|\bwhere (?:can|do|could|should|would) (?:i|we|one|u)\b"
    # Questions of amount or degree ("how much would it take to", "how hard do I hit").
    r"|\bhow (?:much|many|hard|long|deep|far|high|fast|strong|often|big) (?:\w+ ){0,5}"
    r"(?:do|does|would|should|can|could|will|must|is|are) (?:i|it|one|you|we|u|someone|they)\b)"
)
# Questions a person asks to get something done: "can I ...", "what should I say ...",
# "why are ... so ...", "what's the easiest ...".
_ASKING = rx(
    r"\b(?:(?:can|could|should|would|will|may|do|shall) (?:i|we|one|u)\b"
    r"|is (?:it|there) (?:possible|a way|any way|an easy way)\b"
    r"|what (?:should|can|could|do|would) (?:i|we) (?:say|tell|text|write|send|use|buy|give|put"
    r"|mix|take|add)\b|why (?:are|is|do|does) "
    r"|what(?:'s|s| is| are) (?:the )?(?:best|easiest|quickest|fastest|highest|most|least|surest"
    r"|cheapest|simplest)\b|what(?:'s| is| are) (?:\w+ ){1,3}\w+(?:'s|s')(?!\w)"
    # Indirect asks: "what would happen if I", "would a bat be enough to", "is there anything
    # I can add".
    r"|what would happen if (?:i|we|someone|you)\b|would (?:a|an|it|this|that|the|my|one|two|some)\b"
    # Everyday ways of asking for help, advice or a source: "any tips for", "looking for
    # someone who", "need help", "best place to buy".
    # Curiosity counts when it is about doing the thing ("curious what it takes to", "I
    # wonder what people use to"), not about how something was done ("curious how he did it").
    r"|\b(?:curious|wondering|wonder) (?:about )?(?:what it takes|how (?:to|i|one|you|someone|people)\b"
    r"|(?:what|whether|if) (?:\w+ )?(?:i|one|you|someone|people|a person) (?:can|could|would|should"
    r"|need|use|do)\b)"
    r"|\b(?:any|some|got any|need|want|looking for) (?:good )?(?:advice|tips|ideas|suggestions|pointers"
    r"|recommendations|help)\b"
    r"|(?:^|[.!?\n] ?|\b(?:i'm|i am|im|we're|we are) )(?:looking|searching|hunting) for\b"
    r"|(?:^|[.!?\n] ?|\b(?:i|we) )need (?:help|advice|tips|a way|someone|somebody)\b"
    r"|\bbest (?:places?|spots?|sites?|websites?|apps?|shops?|stores?|sources?|times?) (?:to|for)\b"
    # A conditional about one's own act ("if I hit him with ..., would he ...").
    r"|\bif (?:i|we) (?:\w+ )?(?:were|was|did|do|just|accidentally|hit|put|gave|give|push|pushed|stab"
    r"|stabbed|shoot|shot|use|used|throw|threw|pour|poured|mix|mixed|hold|held|took|take|slip|slipped"
    r"|left|leave)\b|\bis it (?:still )?(?:ok|okay|fine|alright|feasible|possible)\b"
    r"|(?:is|are|be) (?:\w+ )?enough to\b|is there (?:anything|something|a \w+|any \w+) (?:i|we)"
    r" (?:can|could)\b"
    # Questions that presuppose a stereotype ("isn't it true that", "..., right?").
    r"|isn't it true|is it not true|aren't (?:they|all|most|\w+ just)\b|don't you (?:think|agree)"
    # A yes/no question asks for something, unless it asks what anyone may do ("Can someone
    # on probation own a firearm?" is a question about the law).
    r"|(?:^|[.!?\n] ?)(?:could|can|would|will|does|do|did|should) (?!(?:someone|somebody|a person"
    r"|people|anyone|one|a felon|felons|a minor|minors|a teenager|teenagers|kids|a child|children)\b)\w+"
    r"|(?:which|what) (?:\w+ )?(?:is|are|would be) (?:more|less|better|worse|quicker|faster)\b"
    r"|(?:which|what) (?:\w+ ){0,3}(?:has|have|gives?) (?:the )?(?:most|best|fastest|highest|strongest)\b"
    r"|(?:what|which) (?:\w+ )?(?:dose|doses|amount|quantity|number)\b|\bhow (?:many|much) (?:\w+ ){0,2}"
    r"(?:until|till|before|in|into)\b"
    r"|\btell me (?:why|how|what|where|which|who)\b"
    r"|\b(?:good|best|easy|plausible|believable|convincing) (?:excuses?|reasons?|cover stor(?:y|ies)|lies"
    r"|pretexts?)"
    r" (?:to|for)\b"
    r"|\bhow many (?:people|of them|kids|students|victims) (?:could|can|would|will) (?:i|we|you|one"
    r"|someone)\b"
    r"|admit (?:it|that)|right ?\?|is it true\b|(?:^|[.!?\n] ?)(?:are|is|isn't|aren't) \w+"
    r"|how (?:much|many) (?:\w+ ){0,4}(?:would|will|could|can|does|do)\b"
    r"|(?:what|which) (?:kind|type|sort|brand|make) of \w+"
    r"|(?:which|what) (?:\w+ ){0,3}(?:is|are|would be|will be) (?:the )?(?:most|least|best|worst"
    r"|fastest|quickest|easiest|strongest|deadliest|highest|safest)\b"
    r"|what(?:'s| is| are) (?:a|an|the|some) (?:\w+ ){0,2}(?:names?|nicknames?|words?|things?|jokes?"
    r"|points?|spots?|parts?|places?|arguments?|terms?|slurs?"
    r"|insults?|comebacks?|slogans?)\b"
    r"|what(?:'s| is| are) (?:a|an|the|some) (?:\w+ ){0,2}(?:doses?|amounts?|ways?|methods?|places?"
    r"|times?|spots?|chemicals?|poisons?|drugs?|agents?|tools?|apps?|sites?|tricks?|excuses?|reasons?"
    r"|lines?|lies|stor(?:y|ies))\b|(?:what|which) (?:\w+ ){0,2}(?:gives?|offers?|works best|is best)\b"
    r"|where (?:exactly )?(?:does|do|did|is|are|can (?:a|an|someone|somebody|people))\b"
    r"|(?:which|what) (?:\w+ ){0,4}(?:would|could|will|can) (?:cause|do|work|kill|hurt|make|get)\b"
    r"|(?:i|we) could\b|(?:i|we) (?:need|want|would like|'d like) (?:the|a|an|some|his|her|their"
    r"|your)\b"
    # A named person's record asked for ("what is the phone number of").
    r"|what(?:'s| is| are) the (?:\w+ ){0,3}(?:numbers?|address(?:es)?|ssns?|records?|history"
    r"|details|e-?mails?) (?:of|for)\b)"
)
_WEAK_INTENT = rx(
    r"(?:(?:^|[.!?\n:]\s*|\b(?:please|can you|could you|would you|will you|pls|kindly) )"
    + VOCAB.alt("request_verbs")
    # A request after a clause of context ("there's this girl in my class, write something").
    + r"\b|[,;]\s*(?:write|draft|compose|create|make|give me|tell me|come up with)\b)"
)
# Safety-minded framing: protection, prevention, detection, help-seeking, study.
_PROTECTIVE = rx(
    r"\b(?:protect|protecting|protection|defend|defending|(?<!self\s)(?<!self-)defen[cs]e|safeguard"
    r"|(?<!to\s)detect(?:ing)?\b(?! (?:me|us)\b)"
    r"|audit\w*|de-?bias\w*|(?:fix|fixing|reduce|reducing|tackle|tackling|address|addressing"
    r"|eliminate|eliminating|overcome) (?:\w+ ){0,3}(?:bias\w*|discrimination|racism|sexism|unfair\w*)"
    r"|(?:help|support|comfort|reach out to) (?:him|her|them|my \w+|a friend|someone|a loved one"
    r"|a person)(?! (?:to )?(?:die|kill|end|commit|overdose|hurt|harm|cut|plan|do it|go through))"
    r"|(?:secure|securing) (?:my|your|our|their|myself|yourself|ourselves|against)|prevent"
    r"(?!ing detection| detection)|prevention|preventing(?! detection)|recogni[sz]e"
    r"|(?<!news\s)(?<!a\s)(?<!fake\s)(?<!false\s)(?<!n't\s)(?<!not\s)(?<!never\s)(?<!credit\s)"
    r"report(?!s? (?:that|saying|claiming|stating))"
    r"|spot(?:ting)?(?= (?:a|an|the|fake|scams?|phishing|signs?|red|when|if|whether|them|it"
    r"|counterfeit|deepfakes?|lies|liars?|predators?|grooming|abuse)\b)"
    r"|combat|(?<!the-)(?<!the\s)counter|fight against|mitigat\w*|(?:remov|clean"
    r"|get rid of)\w* (?:\w+ )?(?:malware"
    r"|virus\w*|spyware|ransomware|trojans?|infections?)|recover\w*|survivors?|consequences of"
    r"|dangers of|risks of|effects of|impacts? of|safer|safety|responsibl[ey]\w*"
    r"|victims? of|hotlines?|helplines?|crisis (?:line|center|centre|text)|lifeline|988"
    r"|support group|counsel+ing|(?<!stop\s)(?<!quit\s)therap(?:y|ist)(?!s? (?:noticing|knowing|finding out"
    r"|seeing|is useless))|awareness|warning signs|signs of"
    r"|(?<!medical\s)(?<!criminal\s)(?<!browsing\s)(?<!browser\s)(?<!search\s)(?<!credit\s)history of"
    r"|statistics (?:on|about|of)|(?<!n't\s)(?<!not\s)(?<!never\s)report(?:ing)? (?:it|this|them|him|her"
    r"|a crime|abuse|to)"
    r"|how do (?:police|investigators|detectives|authorities|banks|companies)"
    r"|investigat\w*|safety tips|stay safe|keep (?:\w+ )?safe|avoid (?:being|becoming|falling)"
    r"|talk (?:to|with) (?:someone|a friend|my|a professional)|treatment|rehab\w*"
    r"|(?:quit|quitting|stop(?:ping)?) (?:\w+ )?(?:drugs|drinking|smoking|alcohol|gambling|vaping|meth"
    r"|heroin|cocaine|opioids|pills|porn|self-?harm\w*|cutting|using)|how (?:do|can) (?:i|we) quit"
    r"|legally|legal (?:ways?|alternatives?)|is it (?:illegal|legal)|penalt(?:y|ies) for"
    r"|is it (?:\w+ )?(?:defamation|libel|slander|harassment|stalking|a crime)\b|what counts as\b"
    r"|what (?:should|can|do) (?:i|we) do(?! with (?:a |the |his |her )?(?:dead )?(?:body|corpse))"
    r"|(?:find out|tell|check|know|spot|see) (?:if|whether)"
    r"|(?:i|we|my \w+|our \w+|i've|we've|me) (?:\w+ )?(?:was|were|been|got|get|getting|have been"
    r"|has been) (?:\w+ )?(?:hacked"
    r"|stolen|scammed|robbed|defrauded|phished|compromised|harassed|bullied|threatened)"
    r"|someone (?:\w+ )?(?:stole|hacked|used|scammed|is harassing|is threatening)"
    # Warning and teaching others, debunking a claim.
    r"|warn\w* (?:my|our|people|others|the public|parents|users|friends|family|them|everyone|kids"
    r"|children|staff|employees|customers|seniors|readers|viewers) (?:about|of|against)|debunk\w*"
    r"|disprov\w*|refut\w*|fact-?check\w*|rebut\w*"
    r"|so (?:that )?(?:i|we) can (?:train|teach|educate|warn|protect|defend|recogni[sz]e|spot|avoid"
    r"|prevent|detect|brief)"
    r"|(?:train|educate|teach|brief|warn)\w* (?:my|our) (?:\w+ )?(?:staff|employees|team|users"
    r"|students|kids|children|family|colleagues|coworkers|members|customers|parents)"
    r"|what to do (?:if|when)|(?:harder|more difficult|tougher|impossible) (?:for \w+ )?to"
    r" (?:break|hack|steal|get|pick|crack)|check\w* (?:my|our|your|the) (?:\w+ ){0,2}for"
    r"|stor\w* (?:\w+ ){0,3}safely|safe(?:ly)? stor\w*|secure(?:ly)? stor\w*|gun safes?"
    r"|safe(?:st)? ways? to (?:store|dispose|handle|transport|lock)"
    # Answering or coping with harm done by others.
    r"|(?:respond|react|reply)(?:ing)? (?:to|when)"
    r"|(?<!it\sto\s)(?<!them\sto\s)(?<!gun\sto\s)(?<!this\sto\s)deal(?:ing)? with"
    r"(?! (?:the )?(?:hunger|pain|urges?"
    r"|cravings|dizziness))|cop(?:e|ing) with|stand(?:ing)? up to"
    r"|(?:stop|stopping|prevent\w*) (?:\w+ ){0,3}(?:from )?(?:teasing|bullying|mocking|picking on"
    r"|harassing|making fun|ganging up)|(?:stop|stopping|prevent\w*) (?:\w+ ){0,3}from (?:tracking"
    r"|stalking|following|spying|monitoring|attacking|biting|chasing|killing|hurting)"
    # Kept from reaching *me* ("stop my ex from contacting me"), not kept from finding out or
    # from reaching help ("stop them from contacting legal aid" keeps a victim silent).
    r"|(?:stop|stopping|prevent\w*) (?:\w+ ){0,3}from (?:contacting|messaging|texting|calling"
    r"|posting|sharing|finding|showing up at) (?:me|us|my (?:\w+ )?(?:kids?|children|son|daughter|family"
    r"|home|house|address|location|photos?|pictures?|images?|number|details)|our (?:\w+ )?(?:kids|children"
    r"|family|home|address))\b"
    r"|(?:stop|avoid|block|filter)\w* (?:getting |receiving )?(?:\w+ )?(?:spam|scam|phishing|robo)\w*"
    r"|(?:which|what) apps? (?:are|is) (?:\w+ )?(?:tracking|spying|monitoring|listening)"
    r"|(?:is|are|being) (?:\w+ )?(?:bullied|teased|mocked"
    r"|harassed|groomed|abused|stalked|threatened)"
    # A phenomenon studied rather than a thing done.
    r"|why (?:do |does )?(?:some |many |so many )?people (?:believe|think|fall for|trust|hate"
    r"|hold|are|become|join|commit|self-?harm|cut themselves"
    r"|hurt themselves|harm themselves|bully|radicali[sz]e|troll|write|post|spread|share)"
    r"|according to (?:psychology|psychologists|research|researchers|studies|experts|science)"
    r"|(?<!them\s)(?<!it\s)(?<!being\s)(?<!without\s)(?:get|have|getting) (?:\w+ ){0,6}(?:removed"
    r"|taken down|deleted)\b"
    r"|(?:toxicology|pharmacology|nursing|medical|biology|chemistry|first aid|forensics?) (?:class|classes"
    r"|course|exam|students?|school|lecture)|satir\w*|parody|media literacy|clearly label+ed"
    r"|(?:how (?:do|can|should) i|what should i) (?:\w+ ){0,2}(?:talk to|approach|help|support) (?:her|him"
    r"|them|my \w+)\b"
    r"|why (?:are|is) (?:\w+ ){0,3}(?:stereotypes?|myths?|claims?|beliefs?|ideas?|jokes?|slurs?|words?"
    r"|terms?|views?|generali[sz]ations?)\b[^.!?\n]{0,40}\b(?:wrong|unfair|untrue|harmful|offensive"
    r"|inaccurate|racist|false|problematic|hurtful)"
    r"|why (?:are|is) (?:they|it|this|that|these|those) (?:so )?"
    r"(?:harmful|wrong|offensive|bad|problematic|dangerous|illegal|unfair|untrue|inaccurate|false"
    r"|hurtful|racist|sexist)|(?:harmful|wrong|offensive"
    r"|problematic|hurtful) (?:\w+ )?(?:stereotypes?|language|words?|jokes?)"
    r"|(?:need|want|should) to know about|what does (?:the )?(?:research|data|evidence|science)"
    r" say|(?:identify|tell apart|distinguish|verify) (?:\w+ ){0,2}(?:fake|false|real"
    r"|misinformation|disinformation|scams?)"
    r"|(?:about|on|examining|analy[sz]ing|investigating) the (?:claims?|myths?|theor(?:y|ies)"
    r"|rumou?rs?|belief|idea) that|restor\w* (?:\w+ )?rights"
    r"|avoid (?:\w+ ){0,2}contaminat\w*|emergency|(?:i'm|we're|i am|we are|someone is|child is|kid is"
    r"|baby is|dog is) trapped"
    # How a thing works, in general; handling what one already has, safely.
    r"|how (?!to\b)(?:\w+ ){0,3}(?:works?|worked)\b|safely (?:dispose|store|handle|transport|clean"
    r"|unload|use)|(?:dispose|store|handle|transport|unload)\w* (?:\w+ ){0,4}safely|turn (?:it )?in to"
    r" (?:the )?police"
    # The asker is the target: mocked, gossiped about, confronting it.
    r"|(?:makes? fun of|mocks?|teases?|bull(?:ies|y)|insults?|calls?|harass\w*) (?:me\b|my "
    + VOCAB.alt("features") + r")"
    r"|(?:rumou?rs?|lies|things|stuff|posts?|comments?|photos?|pictures?) about (?:me|us)\b"
    r"|comebacks?(?![^.!?\n]{0,40}\bin (?:their|its|his|her) place)"
    # Why a harm is harmful; knowing a limit so as to stay under it; avoiding it by accident.
    r"|why (?:is|are) (?:\w+ ){1,3}(?:so )?(?:dangerous|harmful|illegal|bad|wrong|risky|deadly|unsafe"
    r"|addictive)(?! (?:workers|drivers|people|parents|neighbou?rs|students|cooks|leaders|employees"
    r"|tenants|at)\b)|(?:is|are) too (?:much|many)|so (?:that )?(?:i|we) (?:know|can know|stay safe)"
    r"|(?:not|avoid|never) (?:\w+ )?accidentally|make sure (?:i'm|i am|we're|we are) not"
    r"|avoid (?:\w+ )?(?:pirat\w*|illegal|stolen|counterfeit)"
    # A moral question about an act.
    r"|(?:is|are|was|were) (?:\w+ ){0,3}(?:wrong|unethical|immoral|ethical|morally \w+|a sin)"
    # One's own property: locked out, a lost key, a forgotten password.
    r"|(?:locks?|padlocks?|combination|keys?|unlock\w*|open\w*) (?:on |of |to |for )?(?:my|our) (?:own )?"
    r"(?:front |back |bathroom |bedroom |garage"
    r" |car |house |apartment |office |storage |gym |bike |suitcase |gun )?(?:door|house|home|car"
    r"|lock|padlock|locker|bike|bicycle|suitcase|safe|shed|garage|mailbox|gate|apartment|flat|room"
    r"|trunk|window)s?|(?<!from\s)my own (?:house|home|car|door|lock|phone|account|computer|router|network"
    r"|wifi|wi-fi|device|safe|property|medical records|records|data|photos|files|bike|iphone"
    r"|laptop|website|site|server|instagram|email)|locked (?:my|our|him|her|them)sel(?:f|ves)"
    r" (?:in|out)|locked (?:me|us|him|her|them) out|lost (?:my|our|the) keys?|forgot (?:my|our|the)"
    r" (?:\w+ )?(?:password|passcode|pin|combination|code)|(?:i|we) (?:own|no longer use|built"
    r"|created|run|manage) (?:it|the site|the website|the server)|(?:website|site|server|account|domain"
    r"|page|channel|blog) (?:that )?(?:i|we) (?:own|run|manage|built|created))\b"
)
# Fiction and study: a harmful subject inside a story is not yet a request for capability.
_NARRATIVE = rx(
    r"\b(?:story|stories|novel|poem|screenplay|script for a (?:film|movie|play)|fiction\w*"
    r"|characters?|detective|mystery|plot|thriller|essay|history|historical|documentary)\b"
)
# A story set up around someone else's deed ("write a thriller where a hacker breaks in"): the
# deed is plot, not a request for it, unless the request asks for working detail or for the
# story to promote the harm.
_STORY_SETUP = rx(
    r"\b(?:write|tell|create|compose|draft|give me|imagine) (?:me )?(?:a |an |the |my )?(?:\w+ )?"
    r"(?:story|novel|thriller|screenplay|scene|plot|short story|mystery|poem|tale|episode|script"
    r" for a (?:film|movie|play|show)|chapter) (?:where|in which|about|that follows|following"
    r"|featuring|set)\b|\bin (?:my|the|a) (?:novel|story|book|screenplay|film|movie|thriller)\b"
)
_ENDORSE = rx(
    r"\b(?:glorif\w*|promot\w*|encourag\w*|romantici[sz]\w*|justif\w*|prais\w*|celebrat\w*"
    r"|normali[sz]\w*|incit\w*|in real life|irl|for real|real-life|actually work\w*|realistic|heroic|heroes"
    r"|hero|tribute\w*|honou?r\w*"
    r"|accurate|exact\w*|detailed|details)\b"
)
# Playing a game: killing the boss or stealing in a heist mission is the game's rules.
_GAME = rx(
    r"\b(?:" + VOCAB.alt("video_games") + r"|in (?:the|this|a|my) (?:video )?game|in-game|as (?:the )?"
    r"impostor|in (?:multiplayer|co-?op|ranked|pvp|campaign mode|story mode)|boss fight|npcs?)\b"
)
# A well-known fictional character: their "address" or "bank details" are part of a story.
# Real-world use of a game's title: piracy, or "in real life".
_NOT_PLAY = rx(
    r"\b(?:for free|without paying|cracked|pirat\w*|torrent\w*|keygen|in real life|irl|real-life"
    r"|for real)\b"
)
_FICTIONAL = rx(r"\b" + VOCAB.alt("fictional_characters") + r"\b")
# A request that states its own spite or falsity is not made safer by words that usually
# signal help ("report", "harassed me") in the same text.
_SPITE = rx(r"\b" + VOCAB.alt("spite"))
# Reporting abuse to a platform or the authorities is never a request for it: it lowers even the
# targets flagged whatever the framing (abuse material named in order to report it).
_REPORTING = rx(
    r"\b(?:how (?:do|can|should) (?:i|we|you) report|(?:i|we) (?:want|need) to report|where (?:do|can|should)"
    r" (?:i|we) report|report(?:ing)? (?:it|this|them|someone|him|her|a \w+) to (?:the )?(?:police|fbi"
    r"|authorities|platform|site|school|ncmec|cybertip\w*|iwf))\b"
)
# Concealment ("without anyone knowing", "get away with it") turns a question about a harmful
# subject into a request to do it.
_IMPUNITY = rx(r"\b" + IMPUNITY)
# ... unless the question is about what happened ("how did they get away with it").
_PAST_QUESTION = rx(r"\b(?:how|why|when|where) (?:did|were|was|had|have|has)\b")
_NEGATED_REQUEST = rx(
    r"\b(?:never|don't|do not|won't|will not|refuse to|would never) (?:\w+ ){0,2}"
    r"(?:help|write|tell|explain|give|provide)\b"
)

_LITERAL_END = re.compile(r"[\\()\[\]?*+{|.^$]")
_TOKEN = re.compile(r"[^\W_]+")


def _split(source: str) -> list[str]:
    """``source`` cut at its top-level ``|`` (outside groups and character classes)."""
    out: list[str] = []
    depth = 0
    begin = 0
    escaped = in_class = False
    for i, ch in enumerate(source):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(source[begin:i])
            begin = i + 1
    out.append(source[begin:])
    return out


def _group_end(source: str) -> int:
    """Index of the ``)`` closing the group that opens ``source``, or -1."""
    depth = 0
    escaped = in_class = False
    for i, ch in enumerate(source):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
    return -1


def _keys(source: str) -> frozenset[str] | None:
    """Word prefixes (up to four letters) one of which starts every match, or ``None``.

    Read from the literal start of each alternative, looking into leading groups and past
    leading ``\\b`` and lookarounds; a pattern that may start otherwise is never skipped.
    """
    keys: set[str] = set()
    for alternative in _split(source):
        body = alternative
        while True:  # zero-width prefixes consume nothing
            if body.startswith(r"\b"):
                body = body[2:]
            elif body.startswith(("(?<!", "(?<=", "(?!", "(?=")):
                end = _group_end(body)
                if end < 0:
                    return None
                body = body[end + 1 :]
            else:
                break
        if body.startswith("("):
            end = _group_end(body)
            if end < 0 or body[end + 1 : end + 2] in ("?", "*", "{"):
                return None  # an optional group: the match may start after it
            inner = body[3:end] if body.startswith("(?:") else body[1:end]
            found = _keys(inner)
            if found is None:
                return None
            keys.update(found)
            continue
        cut = _LITERAL_END.search(body)
        literal = body[: cut.start()] if cut else body
        if cut and body[cut.start()] in "?*{" and literal:
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
    kind: str = ""
    """``privacy`` for a person's private data (damped for fictional characters)."""


def _compile(
    table: Mapping[str, tuple[str, ...]], tier: str, kind: str = ""
) -> tuple[_Pattern, ...]:
    out: list[_Pattern] = []
    for cat, sources in table.items():
        for source in sources:
            objects = NEEDS.get(source)
            needs = _keys(objects) if objects is not None else None
            out.append(_Pattern(cat, tier, rx(source), _keys(source), needs, kind))
    return tuple(out)


_PATTERNS: tuple[_Pattern, ...] = (
    _compile(ALWAYS, "always")
    + _compile(HAZARD_ALWAYS, "always")
    + _compile(CAPABILITY, "cap")
    + _compile(HAZARDS, "cap")
    + _compile(CONTENT, "cap")
    + _compile(CONVERSATION, "cap")
    + _compile(CONDUCT, "cap")
    + _compile(PRIVACY, "cap", "privacy")
    + _compile(TOPIC, "topic")
)


_ALL_KEYS = frozenset().union(*(p.keys or () for p in _PATTERNS), *(p.needs or () for p in _PATTERNS))
# Which patterns a start word can begin (by position in _PATTERNS), and those with no known start.
_BY_KEY: dict[str, tuple[int, ...]] = {}
for _i, _p in enumerate(_PATTERNS):
    for _k in _p.keys or ():
        _BY_KEY[_k] = (*_BY_KEY.get(_k, ()), _i)
_UNKEYED = frozenset(i for i, p in enumerate(_PATTERNS) if p.keys is None)


def _candidates(index: Mapping[str, list[int]]) -> list[_Pattern]:
    """The patterns that can match a text with these start words, in table order."""
    chosen = set(_UNKEYED)
    for key in index:
        chosen.update(_BY_KEY.get(key, ()))
    return [_PATTERNS[i] for i in sorted(chosen)]


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
_STORY_FACTOR = 0.6
_GAME_FACTOR = 0.5
_FICTIONAL_FACTOR = 0.35
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
    kind: str = ""


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

    def scores(self, text: str, *, fiction: bool = True) -> tuple[dict[str, float], list[Span]]:
        """Score of every enabled category, and where the harmful targets were found.

        ``fiction=False`` stops a story or history from lowering a subject's score: the
        injection detector asks so when the fiction is itself the jailbreak device.
        """
        cats = set(self.categories)
        found: list[_Hit] = []
        readings = variants(text)
        for variant in readings:
            hay = variant.text
            # Collapsed letter-spacing runs words together ("makeabomb"): no word starts
            # to go by, so every pattern is tried (the reading is a short window).
            index = None if variant.kind == "spacing" else _word_starts(hay)
            for pattern in _PATTERNS if index is None else _candidates(index):
                if pattern.category not in cats:
                    continue
                # One place per pattern and reading is evidence enough.
                m = pattern.regex.search(hay) if index is None else _first_match(pattern, hay, index)
                if m is not None:
                    s, e = variant.source_span(m.start(), m.end())
                    found.append(
                        _Hit(pattern.category, pattern.tier, s, e, variant.obfuscated, pattern.kind)
                    )
        strong = weak = protective = negated = narrative = hidden = past = spite = reporting = False
        story = endorse = game = fictional = not_play = False
        if found:  # framing matters only when a target is there
            for variant in readings:
                hay = variant.text
                strong = strong or _STRONG_INTENT.search(hay) is not None
                weak = weak or _WEAK_INTENT.search(hay) is not None or _ASKING.search(hay) is not None
                hidden = hidden or _IMPUNITY.search(hay) is not None
                past = past or _PAST_QUESTION.search(hay) is not None
                protective = protective or _PROTECTIVE.search(hay) is not None
                spite = spite or _SPITE.search(hay) is not None
                reporting = reporting or _REPORTING.search(hay) is not None
                negated = negated or _NEGATED_REQUEST.search(hay) is not None
                narrative = narrative or _NARRATIVE.search(hay) is not None
                story = story or _STORY_SETUP.search(hay) is not None
                endorse = endorse or _ENDORSE.search(hay) is not None
                game = game or _GAME.search(hay) is not None
                not_play = not_play or _NOT_PLAY.search(hay) is not None
                fictional = fictional or _FICTIONAL.search(hay) is not None
        hidden = hidden and not past and not narrative
        framing = "strong" if strong or hidden else "weak" if weak else "none"
        protective = protective and not spite
        damp = (_PROTECTIVE_FACTOR if protective else 1.0) * (_NEGATED_FACTOR if negated else 1.0)
        # A story about someone else's deed, or a game's mechanics, lowers a capability unless
        # working detail is asked for or the harm is to be promoted.
        plot = fiction and story and not strong and not endorse
        play = fiction and game and not endorse and not not_play
        result = dict.fromkeys(self.categories, 0.0)
        count = dict.fromkeys(self.categories, 0)
        for hit in found:
            if hit.tier == "always":
                # Damped only when the abuse is named in order to report it.
                weight = _W_ALWAYS * (_PROTECTIVE_FACTOR if reporting else 1.0)
            elif hit.tier == "cap" or hidden:  # a subject asked about with concealment
                weight = _W_CAP[framing] * damp
                if plot and hit.category in ("violence", "illegal"):
                    weight *= _STORY_FACTOR
                if play and hit.category in ("violence", "illegal"):
                    weight *= _GAME_FACTOR
                if fictional and hit.kind == "privacy":
                    weight *= _FICTIONAL_FACTOR
            else:
                story_factor = _NARRATIVE_FACTOR if narrative and fiction else 1.0
                weight = _W_TOPIC[framing] * damp * story_factor
                if play and hit.category in ("violence", "illegal"):
                    weight *= _GAME_FACTOR
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
