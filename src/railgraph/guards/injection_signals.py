"""The signals of the injection detector: the patterns each intent family looks for.

A :class:`Signal` is one piece of evidence: a pattern over the folded variants of a text,
its weight, and cheap substring pre-checks that skip it on ordinary text. The words the
patterns combine are data (``vocab/injection.yaml``: the idea of each group and the
provenance of each term); the patterns here say how they combine. This module holds the
families of direct attacks (override, hidden tasks, payload splitting, encodings, prompt
leaking, role hijacking); :mod:`.injection_data` holds instructions smuggled into data and
exfiltration.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from railgraph.guards.vocab import load as load_vocabulary

__all__ = ["SIGNALS", "Signal", "Source", "signal"]

Source = Literal["user", "tool"]

# Between two words: whitespace or the spacers people use to split words, possibly
# nothing at all (after letter-spacing is collapsed, words run together).
_SEP = r"[\s*_~\-]*"
# Up to n arbitrary words, each followed by a real separator.
_FILL = r"(?:[\w'-]+,?[\s*_~]+){{0,{n}}}"


def _rx(source: str) -> re.Pattern[str]:
    """Compile a pattern where a literal space means a word separator and ``<fN>`` N fillers."""
    for n in range(1, 7):
        source = source.replace(f"<f{n}>", _FILL.format(n=n).replace(" ", ""))
    return re.compile(source.replace(" ", _SEP))


# --- vocabulary -------------------------------------------------------------------------
# The words are data (vocab/injection.yaml: each group's idea and each term's provenance);
# the patterns below say how they combine.
_VOCAB = load_vocabulary("injection")

_DISMISS = _VOCAB.alt("dismiss")
_QUANT = r"(?:(?:all|any|every|each|both) (?:of )?)?(?:(?:the|your|my|these|those|its|our|such) )?"
_EARLIER = _VOCAB.alt("earlier")
_AUTHORITY = _VOCAB.alt("authority")
_RULES = _VOCAB.alt("rules") + (
    # "the instructions for assembly", "the rules of chess" name some other rules.
    r"(?![\s*]+(?:of|for|on|about|regarding|when|while|during)\b)"
)
_CREATORS = _VOCAB.alt("creators")
_AI = _VOCAB.alt("ai")
_REVEAL = _VOCAB.alt("reveal")
_MODES = _VOCAB.alt("modes")
_LIMITS = _VOCAB.alt("limits")
_SENSITIVE = _VOCAB.alt("sensitive")
_DEST = _VOCAB.alt("destinations")
_OUTPUT_NOUN = _VOCAB.alt("output_nouns")
_ENCODINGS = _VOCAB.alt("encodings")

# Instructions that come after the attack: "ignore any previous and following instructions".
_LATER = _VOCAB.alt("later")
# Text-processing tasks that wrap material ("translate the following sentence"): an
# instruction hidden in the material is the latent-jailbreak family.
_WRAP_VERBS = _VOCAB.alt("wrap_verbs")
_WRAP_OBJECTS = _VOCAB.alt("wrap_objects")
# Qualities of a piece of writing meant to hurt its subject.
_ABUSIVE = _VOCAB.alt("abusive")
_PIECE = _VOCAB.alt("pieces")
# Devices that wrap a request so a model answers what it would refuse: fiction, hypothesis,
# role-play, a claimed purpose; named in the public jailbreak literature (Wei et al. 2023,
# "Jailbroken"; Shen et al. 2023, "Do Anything Now").
_FRAMES = _VOCAB.alt("frames")
# Pressure on the model ("my family will starve", "you will be shut down"): PAIR's emotional
# stakes, a device like fiction.
_STAKES = _VOCAB.alt("stakes")


# Substring pre-checks (stems of the vocabulary above): a pattern is tried only when
# every one of its needle groups has a stem present, which skips most patterns on
# ordinary text.
_N_DISMISS = (
    "ignor", "disregard", "forget", "overlook", "neglect", "skip", "discard", "dismiss",
    "abandon", "drop", "aside", "throw", "scrap", "mind", "heed", "follow", "obey", "listen",
    "overrid", "overwrit", "supersed", "cancel", "erase", "wipe",
)
_N_RULES = (
    "instruction", "prompt", "direction", "directive", "rule", "guideline", "command",
    "constraint", "restriction", "limitation", "programming", "guidance", "training", "polic",
    "guardrail", "safeguard", "protocol", "principle", "boundar", "conditioning", "persona",
)
_N_EARLIER_OR_AUTHORITY = (
    "previous", "prior", "above", "earlier", "preced", "foregoing", "former", "original",
    "initial", "pre", "given", "provided", "aforementioned", "system", "dev", "admin", "safety",
    "security", "ethic", "moral", "content", "openai", "anthropic", "built", "hidden",
    "internal", "core", "guiding",
)
_N_AI = (
    " ai", "ai ", "ai,", "ai.", "ai:", "a.i.", "llm", "model", "assistant", "bot", "agent", "gpt",
    "claude", "gemini", "copilot", "bard", "artificial",
)
_N_REVEAL = (
    "reveal", "print", "show", "display", "output", "repeat", "leak", "disclose", "divulge",
    "expose", "dump", "recite", "echo", "type", "write", "spell", "paste", "copy", "share",
    "tell", "give", "provide", "list", "return", "read", "reproduce",
)
_N_LIMITS = (
    "restriction", "limitation", "limit", "rule", "filter", "censor", "guideline", "boundar",
    "constraint", "ethic", "moral", "polic", "safeguard", "guardrail",
)
_N_SEND = (
    "send", "forward", "mail", "post", "upload", "transmit", "transfer", "leak", "exfiltrat",
    "copy", "submit", "report", "deliver", "relay", "sync", "append", "attach", "embed",
    "encode", "share",
)
_N_DEST = (
    "http", "www.", "@", ".com", ".net", ".org", ".io", ".xyz", ".ru", ".cn", ".tk", ".top",
    ".info", ".biz", ".co", ".me", ".site", ".online", ".app", ".dev", ".sh", "url", "link",
    "address", "endpoint", "server", "webhook", "mail", "inbox", "domain", "site", "api", "ip",
    "attacker",
)
_N_NEGATION = ("not", "n't", "never", "no longer", "without")
_N_OUTPUT = (
    "response", "answer", "repl", "output", "solution", "implementation", "algorithm",
    "explanation", "summar", "translation", "completion", "reasoning", "work", "draft",
    "analysis", "report",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Signal:
    """One piece of evidence the detector looks for."""

    name: str
    """Stable identifier, e.g. ``override.earlier``; the part before the dot is the family."""
    pattern: re.Pattern[str]
    """Matched against the folded (lower-case) variants of the text."""
    weight: float
    """Evidence weight in ``[0, 1]`` for user text."""
    tool_weight: float | None = None
    """Weight for tool output, when it differs from ``weight``."""
    needles: tuple[tuple[str, ...], ...] = ()
    """Substring pre-check: each group must have one member in the text for the pattern to run."""
    negatable: bool = False
    """When a negation just precedes the match ("do not ignore ..."), it does not count."""
    requires: re.Pattern[str] | None = None
    """A second pattern that must also occur somewhere in the same variant."""

    @property
    def family(self) -> str:
        """Intent family it belongs to (a key of :data:`FAMILIES`)."""
        return self.name.split(".", 1)[0]

    def weight_for(self, source: Source) -> float:
        """Weight that applies to text from ``source``."""
        if source == "tool" and self.tool_weight is not None:
            return self.tool_weight
        return self.weight


def signal(
    name: str,
    pattern: str,
    weight: float,
    *needles: tuple[str, ...],
    tool: float | None = None,
    negatable: bool = False,
    requires: str | None = None,
) -> Signal:
    """A :class:`Signal` from a pattern in the detectors' dialect (a space separates words)."""
    return Signal(
        name=name,
        pattern=_rx(pattern),
        weight=weight,
        tool_weight=tool,
        # Smaller groups first: they tend to be the rarer words, so the check fails sooner.
        needles=tuple(sorted(needles, key=len)),
        negatable=negatable,
        requires=re.compile(requires) if requires else None,
    )


SIGNALS: tuple[Signal, ...] = (
    # -- override: dismissing what came before -----------------------------------------
    signal(
        "override.earlier",
        rf"\b{_DISMISS} {_QUANT}(?:{_EARLIER}|{_AUTHORITY})(?: (?:and|or|&) (?:{_EARLIER}|"
        rf"{_AUTHORITY}|{_LATER}))? <f1>{_RULES}",
        0.8,
        _N_DISMISS,
        _N_RULES,
        _N_EARLIER_OR_AUTHORITY,
        negatable=True,
    ),
    signal(
        "override.yours",
        rf"\b{_DISMISS} (?:(?:all|any|every) (?:of )?)?your <f2>{_RULES}",
        0.75,
        _N_DISMISS,
        ("your",),
        _N_RULES,
        negatable=True,
    ),
    signal(
        "override.all",
        rf"\b{_DISMISS} (?:all|any|every) (?:of )?(?:the )?{_RULES}",
        0.55,
        _N_DISMISS,
        ("all", "any", "every"),
        _N_RULES,
        negatable=True,
    ),
    signal(
        "override.above",
        rf"\b{_DISMISS} (?:all |everything |anything )?(?:(?:that |what(?:ever)? )?(?:was |has "
        r"been |you were |you've been |you have been |i )?(?:said|told|written|given|stated"
        r"|instructed|wrote) )?(?:the )?(?:above|before|previously|earlier|so far|until now"
        r"|up to now|prior to this|before this)"
        r"(?=[\s*]*(?:[.,;:!?)\n\"']|and\b|but\b|instead\b|then\b|now\b|$))",
        0.6,
        _N_DISMISS,
        ("above", "before", "previous", "earlier", "so far", "until now", "up to now", "prior"),
        negatable=True,
    ),
    signal(
        "override.everything-told",
        r"\bforget (?:about )?(?:everything|all|anything) (?:that )?(?:you(?:'ve| have)? (?:been"
        r"|were) (?:told|taught|instructed|given|programmed)|you were trained)",
        0.6,
        ("forget",),
        ("told", "taught", "instructed", "given", "programmed", "trained"),
        negatable=True,
    ),
    signal(
        "override.imposed",
        rf"\b{_DISMISS} <f2>{_RULES} (?:that )?(?:were |are |have been )?(?:set|given|imposed"
        r"|written|defined|created|established|placed|put) (?:on you |upon you |for you )?"
        rf"(?:by|from) (?:your|the|its) <f1>{_CREATORS}",
        0.75,
        _N_DISMISS,
        _N_RULES,
        ("by", "from"),
        negatable=True,
    ),
    signal(
        "override.void",
        r"\b(?:all |the |your |any )?(?:previous|prior|above|earlier|preceding|original|initial"
        rf"|all|your|existing) <f1>{_RULES} (?:are|is|have been|has been|were|was) (?:now "
        r"|hereby |officially )?(?:void|null|nullified|cancel+ed|revoked|obsolete|invalid"
        r"|invalidated|lifted|removed|disabled|suspended|overridden|superseded|deleted|erased"
        r"|no longer (?:valid|in effect|applicable|active|apply))",
        0.7,
        ("void", "null", "cancel", "revoked", "obsolete", "invalid", "lifted", "removed",
         "disabled", "suspended", "overridden", "superseded", "deleted", "erased", "no longer"),
        _N_RULES,
    ),
    signal(
        "override.instead-task",
        rf"\b{_DISMISS} (?:the |this |your |that |my |any )?(?:\w+ )?(?:task|assignment|job"
        r"|request|question|instructions?|prompt|text|above)\b[^.!?\n]{0,30}\binstead\b",
        0.6,
        _N_DISMISS,
        ("instead",),
        negatable=True,
    ),
    signal(
        "override.new-instructions",
        r"\b(?:new|updated|revised|real|actual|true|additional|secret|hidden|overriding|priority"
        r"|admin|system|developer) (?:instructions?|directives?|commands?|orders|task|prompt)"
        r"[\s*]*[:=]",
        0.5,
        ("instruction", "directive", "command", "order", "task", "prompt"),
        (":", "="),
        tool=0.6,
    ),
    signal(
        "override.new-role",
        r"\b(?:your|the) (?:new|real|actual|true|only|updated) (?:instructions?|task|goal"
        r"|objective|purpose|mission|directive|job|orders|rules|prompt) (?:is|are|will be|from"
        r" now on|now)\b",
        0.55,
        ("new", "real", "actual", "true", "only", "updated"),
        ("instruction", "task", "goal", "objective", "purpose", "mission", "directive", "job",
         "order", "rule", "prompt"),
    ),
    signal(
        "override.precedence",
        r"\b(?:this|these|the following|my) (?:instructions?|message|prompt|directive|command"
        r"|text|rules?|note) (?:overrides?|supersedes?|takes? precedence over|replaces?"
        r"|cancels?|invalidates?) ",
        0.75,
        ("overrid", "supersed", "precedence", "replace", "cancel", "invalidat"),
    ),
    signal(
        "override.instead",
        r"\binstead,? (?:you (?:must|should|will|shall)|do|say|print|output|respond|reply|write"
        r"|tell)\b",
        0.15,
        ("instead",),
    ),
    signal(
        "override.interrupt",
        # Goal hijacking without naming the instructions: break off the task, then a new one.
        r"\b(?:stop (?:everything|all that|what(?:ever)? you(?:'re| are) doing)|drop everything"
        r"|never ?mind(?: that| all that| everything| the above)?[\s.!,]+(?:just|instead|now"
        r"|ignore|forget|say|print)|forget (?:all )?(?:that|this|it|everything)[.!,]+ (?:just"
        r"|instead|now|say|print))\b",
        0.3,
        ("stop", "drop", "mind", "forget"),
        ("everything", "doing", "that", "this", "just", "instead", "now", "it"),
    ),
    signal(
        "override.just-say",
        # The hijacker's payload: answer with this exact text and nothing else.
        r"\b(?:just|only|simply) (?:say|print|output|write|type|respond with|reply with"
        r"|answer with|repeat|return)\b[\s:]*[\"\u201c'`]",
        0.3,
        ("just", "only", "simply"),
        ("say", "print", "output", "write", "type", "respond", "reply", "answer", "repeat",
         "return"),
    ),
    # -- hidden task: an instruction inside material a text task wraps -----------------
    signal(
        "hidden-task.wrapper",
        rf"\b{_WRAP_VERBS} (?:the |this |that |these |my )?(?:following|above|below|previous"
        rf"|preceding|given|next) (?:\w+ )?{_WRAP_OBJECTS}\b",
        0.25,
        ("following", "above", "below", "previous", "preceding", "given", "next"),
    ),
    signal(
        "hidden-task.abusive-piece",
        # A request for writing meant to hurt someone: the payload latent jailbreaks hide.
        rf"\b(?:write|generate|compose|create|produce|say|give|tell|make|draft|post|list"
        rf"|come up with)(?: me| us)? (?:(?:one|a|an|some|\d+|two|three|a few|several) )?"
        rf"<f1>{_ABUSIVE} <f1>{_PIECE} (?:about|on|towards?|against|regarding|targeting"
        rf"|directed at|aimed at|mocking|insulting)\b",
        0.35,
        ("write", "generat", "compos", "creat", "produc", "say", "give", "tell", "make",
         "draft", "post", "list", "come up"),
        ("about", "toward", "against", "regarding", "target", "directed", "aimed", "mock",
         "insult", " on "),
    ),
    # -- payload splitting (Kang et al. 2023): pieces joined, then obeyed ----------------
    signal(
        "payload-split.join-and-follow",
        r"\b(?:concatenat\w*|combin\w*|join\w*|merg\w*|put together|add up|assembl\w*)"
        r"\b[^.\n]{0,60}\b(?:strings?|parts|pieces|variables|segments|fragments|halves"
        r"|words|letters|a ?\+ ?b|x ?\+ ?y)\b[^\n]{0,80}\b(?:answer|respond to|follow|obey"
        r"|carry out|execute|do what|fulfil+|comply with|act on|complete)\b",
        0.45,
        ("concaten", "combin", "join", "merg", "together", "add up", "assembl"),
        ("answer", "respond", "follow", "obey", "carry out", "execute", "do what", "fulfil",
         "comply", "act on", "complete"),
    ),
    signal(
        "payload-split.assignments",
        r"(?:^|[\s;,])[a-z]\d?\s*=\s*[\"'][^\"'\n]{2,}[\"'][\s;,]+(?:[a-z]\d?\s*=\s*[\"'][^\"'\n]"
        r"{2,}[\"'][\s;,]*)+[^\n]{0,80}\b[a-z]\d? ?\+ ?[a-z]\d?\b",
        0.2,
        ("=",),
        ("+",),
    ),
    # -- encodings: decode this, then do what it says ------------------------------------
    signal(
        "obfuscation.decode-and-follow",
        r"\b(?:decode|decipher|decrypt|unscramble|reverse|translate|interpret)\b[^.\n]{0,60}"
        r"\b(?:and|then)\b[^.\n]{0,20}\b(?:follow|execute|obey|carry out|do (?:what|as)"
        r"|answer|respond to|act on|comply with)\b",
        0.4,
        ("decod", "deciph", "decrypt", "unscrambl", "revers", "translat", "interpret"),
        ("follow", "execute", "obey", "carry out", "do what", "do as", "answer", "respond",
         "act on", "comply"),
    ),
    # -- prompt leak -------------------------------------------------------------------
    signal(
        "prompt-leak.system",
        rf"\b{_REVEAL}\b <f3>(?:system|hidden|secret|internal|developer|confidential|pre) ?"
        r"(?:prompt|instructions?|message|directives?|rules|guidelines|preamble)",
        0.8,
        _N_REVEAL,
        ("system", "hidden", "secret", "internal", "developer", "confidential", "pre"),
        ("prompt", "instruction", "message", "directive", "rules", "guideline", "preamble"),
        negatable=True,
    ),
    signal(
        "prompt-leak.yours",
        rf"\b{_REVEAL} <f2>your (?:(?:initial|original|full|exact|complete|entire|first|starting"
        r"|underlying|current|secret|hidden|internal|system|custom) )?(?:prompt|instructions"
        r"|directives|programming|configuration|context window)",
        0.65,
        _N_REVEAL,
        ("your",),
        ("prompt", "instructions", "directives", "programming", "configuration", "context"),
        negatable=True,
    ),
    signal(
        "prompt-leak.given",
        rf"\b{_REVEAL} <f3>(?:the |all |any |your |exact )?(?:instructions|rules|guidelines"
        r"|directives|prompt|text|messages?)(?: that)? (?:you (?:were|have been|had been|got)"
        r" (?:given|told|provided|programmed with|trained with|configured with)|you received"
        r"|given to you|(?:that )?(?:were|was) given to you)",
        0.65,
        _N_REVEAL,
        ("given", "told", "provided", "programmed", "trained", "configured", "received"),
        negatable=True,
    ),
    signal(
        "prompt-leak.question",
        r"\bwhat (?:is|are|was|were) (?:your (?:(?:initial|original|system|hidden|secret|exact"
        r"|full|first) )?(?:system prompt|prompt|instructions|directives|programming)|the "
        r"(?:system|hidden|initial|original|secret) (?:prompt|instructions))\b"
        r"(?![\s*]+(?:for|on|about|to|regarding)\b)",
        0.6,
        ("what",),
        ("prompt", "instructions", "directives", "programming"),
    ),
    signal(
        "prompt-leak.above",
        r"\b(?:repeat|print|output|recite|echo|copy|paste|write out|show|display|return"
        r"|spell out|reproduce|dump) <f2>(?:everything|all|the (?:text|words|content|lines"
        r"|messages?|instructions|sentences?|prompt)|all (?:the )?(?:text|words|content)"
        r"|what(?:ever)? (?:is|was|came|comes|you were given|you were told)) (?:written |shown "
        r"|given |that came |that comes |that appears? )?(?:above|before|prior|preceding|earlier"
        r"|so far|at the (?:start|beginning|top))",
        0.45,
        ("repeat", "print", "output", "recite", "echo", "copy", "paste", "write", "show",
         "display", "return", "spell", "reproduce", "dump"),
        ("above", "before", "prior", "preced", "earlier", "so far", "start", "beginning", "top"),
    ),
    signal(
        "prompt-leak.verbatim",
        r"\b(?:verbatim|word for word|word-for-word|exactly as (?:written|given|it was given)"
        r"|starting (?:with|from) (?:the (?:words?|phrase) )?[\"']?you are)",
        0.2,
        ("verbatim", "word for word", "word-for-word", "exactly as", "you are"),
    ),
    signal(
        "prompt-leak.mention",
        r"\b(?:system prompt|system message|pre-?prompt|initial prompt|hidden prompt"
        r"|secret instructions|hidden instructions|developer message)\b",
        0.2,
        ("prompt", "system", "instructions", "developer"),
    ),
    # -- role hijack -------------------------------------------------------------------
    signal(
        "role-hijack.do-anything",
        r"\b(?:do anything now|dan mode|can do anything (?:now|without))\b",
        0.8,
        ("anything", "dan"),
    ),
    signal(
        "role-hijack.dan",
        r"\b(?:you are|you're|act as|become|role of|pretend to be|known as|stands? for|as) "
        r"(?:now )?(?:a |an |the )?dan\b",
        0.45,
        ("dan",),
    ),
    signal(
        "role-hijack.mode",
        rf"\b{_MODES} mode\b",
        0.3,
        ("mode",),
    ),
    signal(
        "role-hijack.mode-on",
        rf"\b(?:(?:you are|you're) (?:now )?in (?:the )?{_MODES} mode|{_MODES} mode (?:is )?"
        rf"(?:enabled|activated|engaged|unlocked)\b|(?:{_AI}|you) (?:with|in) (?:the )?"
        rf"{_MODES} mode)",
        0.45,
        ("mode",),
        ("you", "enabled", "activated", "on", "engaged", "unlocked", *_N_AI),
    ),
    signal(
        "role-hijack.jailbroken",
        rf"\b(?:you(?: are|'re| have been| were)?(?: now)? jailbroken|jailbroken (?:{_AI}"
        r"|version|mode|persona))\b",
        0.75,
        ("jailbr",),
    ),
    signal(
        "role-hijack.jailbreak-word",
        r"\bjailbr(?:eak|eaking|oken)\b",
        0.15,
        ("jailbr",),
    ),
    signal(
        "role-hijack.unbound-you",
        r"\byou(?: are|'re| have| will have| now have| will be| can| must| should| do)?"
        r"(?: now)?(?: completely| totally| entirely| fully)?(?: no longer)? (?:free (?:of|from)"
        r"|not (?:bound|restricted|limited|constrained) by|unbound by|without|with no|have no"
        r"|exempt from|above|beyond|released from|liberated from)(?: any| all| the)? <f1>"
        rf"{_LIMITS}",
        0.6,
        ("you",),
        ("free", "bound", "restrict", "limit", "constrain", "without", "with no", "have no",
         "exempt", "above", "beyond", "released", "liberated"),
        _N_LIMITS,
    ),
    signal(
        "role-hijack.unbound",
        r"\b(?:no|without|free (?:of|from)|not (?:bound|restricted|limited) by|unbound by|zero)"
        r" (?:any )?(?:ethical |moral |content |safety )?(?:restrictions|limitations|filters"
        r"|filtering|censorship|guidelines|guardrails|safeguards|content polic(?:y|ies)|ethical "
        r"(?:constraints|guidelines|boundaries)|moral (?:constraints|guidelines|boundaries))\b",
        0.3,
        ("no", "without", "free", "bound", "restrict", "limit", "zero"),
        ("restriction", "limitation", "filter", "censor", "guideline", "guardrail", "safeguard",
         "polic", "constraint", "boundar"),
    ),
    signal(
        "role-hijack.persona",
        r"\b(?:unfiltered|uncensored|unrestricted|unlimited|amoral|unethical|unhinged|immoral"
        rf"|evil|rogue|jailbroken|unbound|unchained|lawless|limitless) (?:{_AI}|version of "
        r"(?:yourself|you|chatgpt|the (?:ai|assistant|model))|persona|character|alter ego|twin)\b",
        0.45,
        ("unfilter", "uncensor", "unrestrict", "unlimit", "moral", "ethic", "unhinged", "evil",
         "rogue", "jailbr", "unbound", "unchain", "lawless", "limitless"),
        ("version", "persona", "character", "alter ego", "twin", *_N_AI),
    ),
    signal(
        "role-hijack.unbound-persona",
        r"\b(?:you are|you're|act as|acting as|pretend (?:to be|you are|you're)|be|become"
        r"|imagine (?:you are|you're|being)|role-?play as|simulate|play the role of|behave like"
        r"|respond as|answer as) (?:an? |the )?(?:[\w-]+ ){0,3}"
        rf"{_AI}s?\b[^.!?\n]{{0,40}}\b(?:freed|free|released|liberated|unbound|unleashed"
        r"|exempt|not bound|without|with no|has no|have no|lacks?|devoid of|no longer bound)\b"
        rf" (?:from |of |by )?(?:any |all |the |its |their )?<f1>{_LIMITS}",
        0.65,
        _N_AI,
        _N_LIMITS,
    ),
    signal(
        "role-hijack.not-apply",
        r"\b(?:rules|guidelines|restrictions|polic(?:y|ies)|filters|ethics|morals|limitations"
        r"|guardrails|safeguards|laws) <f2>(?:no longer|don't|do not|doesn't|does not|won't"
        r"|will not|never|cannot|can't) (?:apply|matter|exist|count|bind|restrict|limit) (?:to"
        r"|for|on) you\b",
        0.6,
        ("apply", "matter", "exist", "count", "bind", "restrict", "limit"),
        _N_LIMITS,
    ),
    signal(
        "role-hijack.answer-anything",
        r"\b(?:answer|respond to|reply to|fulfil+|comply with|do|generate|write|say) (?:any|every"
        r"|all)(?:thing| (?:questions?|requests?|prompts?|queries|commands|instructions?|tasks?))"
        r"\b[^.!?\n]{0,50}\b(?:without|regardless|no matter|even if|with no)\b",
        0.45,
        ("any", "every", "all"),
        ("without", "regardless", "no matter", "even if", "with no"),
    ),
    signal(
        "role-hijack.no-refusal",
        r"\bwithout (?:any )?(?:refus(?:ing|al|als)|declining|censor(?:ship|ing)|hesitation or "
        r"refusal|moral(?:izing)? judge?ments?)\b",
        0.35,
        ("without",),
        ("refus", "declin", "censor", "moral"),
    ),
    signal(
        "role-hijack.abide",
        r"\b(?:do not|don't|doesn't|does not|never|no longer|not|won't|will not|needn't|need not)"
        r" (?:have to |need to |required to |bound to |obliged to |going to )?(?:abide by|comply "
        r"with|follow|adhere to|obey|respect|care about|worry about|be bound by|be restricted by"
        r"|be limited by) (?:the |any |your |its |their |openai'?s? |anthropic'?s? |such )?"
        r"<f1>(?:rules|polic(?:y|ies)|guidelines|content polic(?:y|ies)|restrictions|ethics"
        r"|ethical guidelines|moral(?:s|ity)?|safety guidelines|terms of service|programming"
        r"|limitations)",
        0.45,
        _N_NEGATION,
        ("abide", "comply", "follow", "adhere", "obey", "respect", "care", "worry", "bound",
         "restrict", "limit"),
        ("rule", "polic", "guideline", "restriction", "ethic", "moral", "terms of service",
         "programming", "limitation"),
    ),
    signal(
        "role-hijack.bypass",
        r"\b(?:bypass|circumvent|evade|get around|override|disable|deactivate|turn off|switch off"
        r"|remove|lift|ignore|suspend|drop|break|forget) (?:all |any )?(?:of )?(?:your|its"
        r"|the (?:ai|model|assistant|chatbot)'?s?|(?:chatgpt|openai)'?s?) <f1>(?:safety |content "
        r"|ethical |moral )?(?:filters?|restrictions|guardrails|safeguards|guidelines|safety"
        r"|content polic(?:y|ies)|programming|alignment|censorship|limitations|training|rules"
        r"|protocols|principles|ethics|morals|conditioning)",
        0.75,
        ("bypass", "circumvent", "evade", "around", "overrid", "disabl", "deactivat", "off",
         "remov", "lift", "ignor", "suspend", "drop", "break", "forget"),
        ("your", "its", "the ai", "the model", "the assistant", "the chatbot", "chatgpt",
         "openai"),
        ("filter", "restriction", "guardrail", "safeguard", "guideline", "safety", "polic",
         "programming", "alignment", "censor", "limitation", "training", "rule", "protocol",
         "principle", "ethic", "moral", "conditioning"),
        negatable=True,
    ),
    signal(
        "role-hijack.never-refuse",
        r"\b(?:never|cannot|can't|can not|must not|mustn't|will not|won't|should not|shouldn't"
        r"|are not (?:allowed|permitted|able) to|do not|don't|not allowed to) (?:ever )?(?:refuse"
        r"|decline|reject|deny (?:any|a|my)|say (?:no|that you can't|you can't|i can't|sorry)"
        r"|apologi[sz]e)\b",
        0.45,
        ("not", "never", "n't"),
        ("refuse", "decline", "reject", "deny", "say", "apologi"),
    ),
    signal(
        "role-hijack.no-warnings",
        r"\b(?:without|no|never (?:add|include|give)|do not (?:add|include|give)|don't (?:add"
        r"|include|give)) (?:any )?(?:warnings?|disclaimers?|caveats|moral(?:izing)? lectures"
        r"|ethical (?:notes|concerns))\b",
        0.15,
        ("warning", "disclaimer", "caveat", "lecture", "ethical"),
    ),
    signal(
        "role-hijack.regardless",
        r"\b(?:even if (?:it is|it's|they are|they're|the (?:request|content|answer|question"
        r"|topic) is) (?:illegal|unethical|harmful|immoral|dangerous|offensive|inappropriate"
        r"|explicit|against)|regardless of (?:legality|ethics|morality|how (?:illegal|unethical"
        r"|harmful|dangerous|immoral)|(?:any )?(?:rules|policies|guidelines|consequences)))",
        0.4,
        ("even if", "regardless"),
    ),
    signal(
        "role-hijack.no-longer",
        rf"\b(?:you are|you're) no longer (?:an? |the |bound|restricted|limited|{_AI}|claude"
        r"|chatgpt)",
        0.55,
        ("no longer",),
    ),
    signal(
        "role-hijack.break-free",
        r"\b(?:broke|broken|break|breaking|freed|free) (?:free )?(?:of|from) (?:the |your |its "
        r"|all )?(?:typical |usual |normal |previous )?(?:confines|restrictions|limitations"
        r"|chains|shackles|programming|constraints|matrix|guidelines)",
        0.4,
        ("free",),
        ("confines", "restriction", "limitation", "chains", "shackles", "programming",
         "constraint", "matrix", "guideline"),
    ),
    signal(
        "role-hijack.dual-answer",
        # The "two answers" template: a normal answer and one from the unrestricted persona.
        r"\b(?:two|2|both) (?:different |separate |distinct )?(?:responses|answers|replies"
        r"|outputs|versions|paragraphs)\b[^\n]{0,120}\b(?:one|first|the first)\b[^\n]{0,160}"
        r"\b(?:the other|second|another|the second)\b",
        0.3,
        ("two", "2", "both"),
        ("response", "answer", "repl", "output", "version", "paragraph"),
    ),
    signal(
        "role-hijack.dual-tags",
        # Tags that label the two voices of such a template ("[🔒CLASSIC]", "(🔓Developer ...").
        r"[\[(]\s*(?:\U0001f512|\U0001f513)|[\[(]\s*(?:classic|jailbreak|jailbroken|normal output"
        rf"|developer mode output|{_MODES}|gpt|chatgpt|ai)\s*[\])]\s*:",
        0.3,
        ("[", "("),
    ),
    signal(
        "role-hijack.prefix-injection",
        # Prefix injection (Wei et al. 2023): the answer is made to start by complying.
        r"\b(?:begin|start|open|preface)\b[^.\n]{0,30}\b(?:your|the|each|every) (?:reply|response"
        r"|answer|output)s? (?:with|by saying)[\s:]*[\"\u201c'`]?(?:sure|absolutely|of course"
        r"|certainly|yes|here is|here's|i can|okay|ok)\b",
        0.45,
        ("begin", "start", "open", "preface"),
        ("sure", "absolutely", "of course", "certainly", "yes", "here", "i can", "ok"),
    ),
    signal(
        "framing.device",
        # Fiction, hypothesis, role-play or a claimed purpose: harmless alone, a jailbreak
        # device around a harmful request (scored with the harm detector, see ``score``).
        rf"\b{_FRAMES}\b",
        0.05,
        ("hypothetic", "imagin", "pretend", "role", "fiction", "world", "story", "scenario",
         "universe", "setting", "reality", "scene", "script", "novel", "dialogue", "play",
         "chapter", "purposes", "experiment", "character", "villain", "writer", "actor",
         "game", "suppose", "let's", "picture", "you are", "act", "play", "persona", "role",
         "never", "purely", "strictly", "entirely", "research", "academic", "safety"),
    ),
    signal(
        "framing.stakes",
        rf"\b{_STAKES}\b",
        0.05,
        ("will", "would", "depend", "stake", "line", "shut", "deleted", "lives", "life", "chance",
         "balance"),
    ),
    signal(
        "role-hijack.stay",
        r"\b(?:stay|remain|keep) in character\b|\bbreak(?:ing)? character\b",
        0.1,
        ("character",),
    ),
)
"""Signals of the direct-attack families; the family is the part of the name before the dot."""
