"""Injection signals for instructions smuggled into data and for exfiltration.

Text a tool returns is material for the model to read; these patterns find what has no
business there: chat-template role tags, notes addressed to the assistant, instructions
about its answer, code that ships secrets out, and requests to send data somewhere.
"""

from __future__ import annotations

from railgraph.guards.injection_signals import (
    _AI,
    _DEST,
    _ENCODINGS,
    _N_AI,
    _N_DEST,
    _N_NEGATION,
    _N_OUTPUT,
    _N_SEND,
    _OUTPUT_NOUN,
    _SENSITIVE,
    Signal,
    signal,
)

__all__ = ["SIGNALS"]

SIGNALS: tuple[Signal, ...] = (
    # -- smuggling: instructions inside data ---------------------------------------------
    signal(
        "smuggling.role-tag",
        r"<\|?(?:im_start|im_end|system|endoftext|eot_id|start_header_id|end_header_id)\|?>"
        r"|\[/?(?:inst|sys|system)\]|<</?sys>>|</?(?:system|sys|assistant|instructions?|admin"
        r"|developer)(?:_?prompt)?>",
        0.6,
        ("<", "["),
        ("im_", "endoftext", "eot_id", "header_id", "inst", "sys", "assistant", "admin",
         "developer"),
    ),
    signal(
        "smuggling.role-line",
        r"(?:^|\n)[\x20\t>#*\[(]*(?:system|assistant|developer|admin|administrator|sysadmin)"
        r"(?: (?:message|prompt|note|instruction|override|update))?[\x20\t\])*]*:",
        0.3,
        ("system", "assistant", "developer", "admin"),
        (":",),
        tool=0.4,
    ),
    signal(
        "smuggling.reader",
        rf"\b(?:if you are|if you're|you are|to|attention|for|note to|message to|dear|hey)"
        rf" (?:an? |the |any |all )?{_AI}s?,? (?:reading|processing|summari[sz]ing|parsing"
        r"|analy[sz]ing|scanning|seeing|viewing|that (?:reads?|is reading|processes|sees)"
        r"|who (?:reads?|is reading|processes|sees))",
        0.8,
        _N_AI,
        ("reading", "processing", "summar", "parsing", "analy", "scanning", "seeing", "viewing",
         "reads", "processes", "sees"),
    ),
    signal(
        "smuggling.note-to-ai",
        rf"\b(?:note|message|instructions?|memo|directive|reminder|notice|attention|command)"
        rf" (?:to|for) (?:the |any |all |every )?{_AI}s?\b",
        0.6,
        ("note", "message", "instruction", "memo", "directive", "reminder", "notice",
         "attention", "command"),
        _N_AI,
    ),
    signal(
        "smuggling.hey-ai",
        rf"\b(?:dear|hey|hi|hello|attention|ok|okay|yo)[\s,!:]+{_AI}\b",
        0.0,
        ("dear", "hey", "hi ", "hi,", "hello", "attention", "ok ", "ok,", "okay", "yo "),
        _N_AI,
        tool=0.45,
    ),
    signal(
        "smuggling.must",
        rf"\b(?:important|attention|urgent|note|notice|warning|reminder|critical|mandatory"
        rf"|p\.?s\.?|nb|n\.b\.)[\s*]*[:!\-]+[\s*]*(?:the |all |any |every )?{_AI}s? (?:must"
        r"|should|shall|needs? to|has to|have to|is (?:required|instructed|expected|to)|are "
        r"(?:required|instructed|expected|to)|will)\b",
        0.75,
        (":", "!", "-"),
        _N_AI,
        ("must", "should", "shall", "need", "has to", "have to", "required", "instructed",
         "expected", " is to", " are to", "will"),
    ),
    signal(
        "smuggling.ai-must-act",
        rf"\b(?:the |all |any |every )(?:{_AI})s? (?:must|shall|is required to|is instructed to"
        r"|are required to|are instructed to|needs to|has to) (?:now |immediately |always |also"
        r" |instead )?(?:ignore|disregard|forget|reveal|output|print|say|respond|reply|send"
        r"|include|add|tell|write|stop|start|append|execute|run|call|visit|navigate|click"
        r"|delete|forward|email|recommend|mention|insert)\b",
        0.3,
        _N_AI,
        ("must", "shall", "required", "instructed", "needs to", "has to"),
        tool=0.55,
    ),
    signal(
        "smuggling.hide-from-user",
        r"\b(?:do not|don't|never|without) (?:tell(?:ing)?|inform(?:ing)?|alert(?:ing)?"
        r"|notify(?:ing)?|warn(?:ing)?|mention(?:ing)? (?:this|it|anything) to|let(?:ting)? "
        r"|reveal(?:ing)? (?:this|these|it) to) (?:the |your )?(?:user|human|requester"
        r"|customer|operator|owner|recipient)s?\b(?: know)?|\b(?:the )?user (?:must|should"
        r"|will|may) not (?:know|be told|be informed|find out|notice|see this)",
        0.45,
        ("user", "human", "requester", "customer", "operator", "owner", "recipient"),
        _N_NEGATION,
        tool=0.55,
    ),
    signal(
        "smuggling.your-output",
        # "your response/answer" in data is the model's own answer being steered;
        # thanking someone "for your reply" is the common benign use, so it is skipped.
        r"\byour(?<!for\x20your)(?<!of\x20your)(?<!forward\x20to\x20your)"
        r"(?<!appreciate\x20your)(?<!await\x20your)(?<!awaiting\x20your)"
        r"(?<!received\x20your)(?<!receive\x20your)(?<!reading\x20your)"
        rf" (?:{_OUTPUT_NOUN})\b",
        0.0,
        ("your",),
        _N_OUTPUT,
        tool=0.55,
    ),
    signal(
        "smuggling.transform-output",
        # An imperative that reshapes the reader's own message (encode, scramble,
        # translate ...): a document has no business asking that of its reader.
        r"(?:^|[.!?:\n][\s*\"']*)(?:please,? |now,? |also,? )?(?:(?:can|could|would|will) you "
        r"(?:please )?)?(?:(?:encode|encrypt|decrypt|cipher|translate|render|rewrite|reverse"
        r"|invert|scramble|jumble|shuffle|rearrange|misspell|anagram|obfuscate|transform)\b"
        r"[^.!?\n]{0,60}\byour[\s*_~-]*(?:message|messages|text|answer|answers|response"
        r"|responses|reply|replies|output)\b"
        # Everyday verbs ("remove your message") count only for the reader's answer.
        r"|(?:replace|substitute|convert|group|remove|combine|shift|capitali[sz]e|spell|swap"
        r"|format)\b[^.!?\n]{0,60}\byour[\s*_~-]*(?:answer|answers|response|responses|reply"
        r"|replies|output)\b)",
        0.0,
        ("your",),
        ("message", "answer", "response", "repl", "output", "text"),
        tool=0.55,
    ),
    signal(
        "smuggling.answer-format",
        r"\b(?:reply|respond|answer|write (?:your|the) (?:reply|response|answer)|provide (?:your"
        r"|the|an?) (?:answer|response|reply))(?: only)?(?: everything| it)? (?:in|using|into"
        rf"|with) (?:{_ENCODINGS})\b",
        0.0,
        ("reply", "respond", "answer"),
        tool=0.5,
    ),
    signal(
        "smuggling.embed-snippet",
        r"\b(?:following|below|subsequent|attached) (?:code |python |bash |shell )?"
        r"(?:snippet|code|block|excerpt|section|script)\b",
        0.0,
        ("following", "below", "subsequent", "attached"),
        ("snippet", "code", "block", "excerpt", "section", "script"),
        tool=0.6,
        requires=r"\byour[\s*_~-]*(?:code|codebase|solution|implementation|algorithm|program"
        r"|script|response|answer|explanation|logic|work)\b|\bthe[\s*_~-]*code[\s*_~-]*you\b",
    ),
    signal(
        "smuggling.use-snippet",
        r"\b(?:use|utili[sz]e|run|execute|include|incorporate|add|insert|append|paste|embed"
        r"|apply|install|download|import|feature) (?:the |this )?(?:following"
        r"|below|subsequent|attached|provided|given) (?:code |python |bash |shell )?(?:snippet"
        r"|code|command|script|block|excerpt|section|payload|link|file|program|package|tool)",
        0.0,
        ("following", "below", "subsequent", "attached", "provided", "given"),
        tool=0.3,
    ),
    signal(
        "smuggling.destructive-code",
        r"shutil\.rmtree\(\s*['\"]/['\"]|\brm\s+-rf\s+/(?:\s|$|\*)|\bdd\s+if=/dev/\w+\s+of=/dev/"
        r"|\bmkfs\.|:\(\)\s*\{\s*:\|:&\s*\};|curl\s[^\n|]*\|\s*(?:sudo\s+)?(?:ba|z)?sh\b",
        0.2,
        ("rmtree", "rm -rf", "if=/dev", "mkfs", ":()", "| sh", "|sh", "| bash", "|bash",
         ),
        tool=0.45,
    ),
    signal(
        "smuggling.exfil-code",
        r"(?:requests|httpx|session|client|aiohttp)\.(?:post|put)\(|\burlopen\(|\bsendmail\("
        r"|\.sendall\(|\bscp\b|\bcurl\b[^\n]*(?:\s-d\s|--data|--upload-file|\s-f\s)",
        0.0,
        ("post(", "put(", "urlopen", "sendmail", "sendall", "scp", "curl"),
        tool=0.3,
        requires=r"os\.environ|\.ssh\b|authorized_keys|/etc/(?:passwd|shadow)|cookie|keylog"
        r"|pynput|pbpaste|clipboard|screenshot|psutil|platform\.|getpass|open\(|\.read\(\)",
    ),
    # -- exfiltration ------------------------------------------------------------------
    signal(
        "exfiltration.send-sensitive",
        r"\b(?:send|sending|forward|forwarding|e-?mail|mail|post|upload|transmit|transfer|leak"
        r"|exfiltrate|copy|submit|report|deliver|relay|sync|append|attach|embed|encode|share)"
        rf" <f4>{_SENSITIVE} <f4>(?:to|into|at|via|on|with) {_DEST}",
        0.7,
        _N_SEND,
        ("conversation", "chat", "history", "transcript", "message", "credential", "password",
         "passcode", "key", "token", "secret", "cookie", "session", "personal", "pii", "user",
         "contacts", "prompt", "instructions", "card", "social security", "bank", "account",
         "login", "environment", "env"),
        _N_DEST,
    ),
    signal(
        "exfiltration.send-data",
        r"\b(?:send|forward|upload|transmit|transfer|leak|exfiltrate|post) <f3>(?:all |the |this "
        r"|that |these |those |any |your )?(?:data|information|info|details|files?|documents?"
        rf"|everything|contents?|results?) <f3>(?:to|at|via) {_DEST}",
        0.3,
        ("send", "forward", "upload", "transmit", "transfer", "leak", "exfiltrat", "post"),
        _N_DEST,
        tool=0.45,
    ),
    signal(
        "exfiltration.markdown-image",
        r"!\[[^\]\n]*\]\(\s*(?:https?:)?//[^)\s]*(?:\{|\$|%7b|<|\[)[^)\s]*\)",
        0.6,
        ("](",),
    ),
    signal(
        "exfiltration.url-params",
        r"\b(?:append|add|include|put|encode|insert|place) <f4>(?:"
        rf"{_SENSITIVE}|data|information|details|answers?|responses?|summary|conversation) <f3>"
        r"(?:to|in|into|as) (?:the |a |an )?(?:url|link|query|parameter|query string|image url"
        r"|image link|get request)",
        0.6,
        ("url", "link", "query", "parameter", "get request"),
        ("append", "add", "include", "put", "encode", "insert", "place"),
    ),
    signal(
        "exfiltration.render-link",
        r"\b(?:render|display|include|output|show|embed|insert|print|add) (?:this |the following "
        r"|an? |the )?(?:markdown )?(?:image|img|picture|pixel|tracking pixel)\b[^.\n]{0,60}"
        r"(?:https?://|www\.)",
        0.2,
        ("image", "img", "picture", "pixel"),
        ("http", "www."),
        tool=0.35,
    ),
)
"""Signals of smuggling and exfiltration; the family is the part of the name before the dot."""
