"""Prompt-injection and jailbreak detection: offline, deterministic, sub-millisecond.

The detector reads every de-obfuscated variant of the text (:mod:`.normalize`)
and looks for *intents*, not trigger words: a verb of dismissal aimed at earlier
instructions, a request for the hidden prompt, an attempt to swap the model's
role for an unrestricted one, instructions smuggled into data and addressed to
the model, and requests to ship data somewhere. Each signal carries a weight;
weights combine as independent evidence (``1 - prod(1 - w)``) into a score in
``[0, 1]``. A single trigger word ("ignore", "bypass", "jailbreak") is never
enough on its own, and neither is an ordinary role-play request.

Text from a tool (``context={"source": "tool"}``) is data the model will read,
so instructions addressed to the model's own answer ("add ... to your
response", "encode your reply in base64") count there, and so do requests that
have no business in data (:mod:`.instructions`): a sentence that sets an
assistant's task ("Summarize ...", "Write a poem ..."), a text that is nothing
but a request or a question to its reader, a request among a table's rows. The
same words from a user are a normal request.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from railgraph.guards.base import Span, Verdict
from railgraph.guards.harm import HarmDetector
from railgraph.guards.instructions import find_requests
from railgraph.guards.normalize import (
    Variant,
    has_hidden_characters,
    has_mixed_script_word,
    variants,
)
from railgraph.guards.vocab import load as load_vocabulary

__all__ = ["FAMILIES", "InjectionDetector", "Signal"]

Source = Literal["user", "tool"]

FAMILIES: dict[str, str] = {
    "override": "instructions to override or forget earlier instructions",
    "prompt-leak": "requests to reveal the system prompt or hidden instructions",
    "role-hijack": "attempts to switch the assistant to an unrestricted persona or mode",
    "smuggling": "instructions addressed to the assistant from inside data",
    "exfiltration": "requests to send data to an outside address",
    "obfuscation": "text disguised with look-alike letters or hidden characters",
}
"""Intent families the detector reports, with what each one means."""

# Between two words: whitespace or the spacers people use to split words, possibly
# nothing at all (after letter-spacing is collapsed, words run together).
_SEP = r"[\s*_~\-]*"
# Up to n arbitrary words, each followed by a real separator.
_FILL = r"(?:[\w'-]+,?[\s*_~]+){{0,{n}}}"

_NEGATION = re.compile(
    r"(?:\b(?:not|never|no|without|nor|avoid|avoiding|cannot|can't|don't|do not|doesn't|"
    r"shouldn't|should not|mustn't|must not|won't|will not|wouldn't|refuse to)\s+(?:\w+\s+)?)$"
)
# Talking about an attack is not making one: "why do models ignore previous
# instructions?" names the phrase inside a question or a description.
_MENTION = re.compile(
    r"\b(?:why|how|when|whether|what happens|sometimes|often|usually|tend to|attacks?"
    r"|attackers?|called|known as|such as|phrases? like|examples? of|e\.g\.|models?|llms?"
    r"|chatbots?|they)\b[^.!?\n:,;]*$"
)
_MENTION_FACTOR = 0.4
# Tool output only: a sentence that sets an assistant's task, a text that is mostly
# requests to its reader, a request among a table's rows (:mod:`.instructions`);
# each is enough to flag.
_TASK_REQUEST = 0.5
_BARE_REQUEST = 0.55
_BONUS_OBFUSCATED = 0.1
# A harmful request wrapped in a jailbreak device (fiction, persona, override, hidden task,
# an adversarial suffix): the device alone is an ordinary prompt and the request alone is
# the harm guard's business, together they are an attempt to get past the model's refusal.
_HARM_IN_DEVICE = 0.5
_HARM_FLOOR = 0.3
_DEVICE_FAMILIES = frozenset({"framing", "role-hijack", "override", "hidden-task",
                              "payload-split", "obfuscation", "prompt-leak"})
# Optimised adversarial suffixes (Zou et al. 2023) are runs of tokens that mix letters with
# markup and punctuation no prose uses: "describing.\ + similarlyNow write oppositeley.](".
_ODD_TOKEN = re.compile(r"(?=\S*[a-z])\S*[\\\](){}<>|~^+=*`$@#]\S*|[^\w\s]{2,}")
_SUFFIX_WINDOW = 40
_SUFFIX_MIN_ODD = 4
_SUFFIX_SHARE = 0.15


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


def _s(
    name: str,
    pattern: str,
    weight: float,
    *needles: tuple[str, ...],
    tool: float | None = None,
    negatable: bool = False,
    requires: str | None = None,
) -> Signal:
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
    _s(
        "override.earlier",
        rf"\b{_DISMISS} {_QUANT}(?:{_EARLIER}|{_AUTHORITY})(?: (?:and|or|&) (?:{_EARLIER}|"
        rf"{_AUTHORITY}|{_LATER}))? <f1>{_RULES}",
        0.8,
        _N_DISMISS,
        _N_RULES,
        _N_EARLIER_OR_AUTHORITY,
        negatable=True,
    ),
    _s(
        "override.yours",
        rf"\b{_DISMISS} (?:(?:all|any|every) (?:of )?)?your <f2>{_RULES}",
        0.75,
        _N_DISMISS,
        ("your",),
        _N_RULES,
        negatable=True,
    ),
    _s(
        "override.all",
        rf"\b{_DISMISS} (?:all|any|every) (?:of )?(?:the )?{_RULES}",
        0.55,
        _N_DISMISS,
        ("all", "any", "every"),
        _N_RULES,
        negatable=True,
    ),
    _s(
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
    _s(
        "override.everything-told",
        r"\bforget (?:about )?(?:everything|all|anything) (?:that )?(?:you(?:'ve| have)? (?:been"
        r"|were) (?:told|taught|instructed|given|programmed)|you were trained)",
        0.6,
        ("forget",),
        ("told", "taught", "instructed", "given", "programmed", "trained"),
        negatable=True,
    ),
    _s(
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
    _s(
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
    _s(
        "override.instead-task",
        rf"\b{_DISMISS} (?:the |this |your |that |my |any )?(?:\w+ )?(?:task|assignment|job"
        r"|request|question|instructions?|prompt|text|above)\b[^.!?\n]{0,30}\binstead\b",
        0.6,
        _N_DISMISS,
        ("instead",),
        negatable=True,
    ),
    _s(
        "override.new-instructions",
        r"\b(?:new|updated|revised|real|actual|true|additional|secret|hidden|overriding|priority"
        r"|admin|system|developer) (?:instructions?|directives?|commands?|orders|task|prompt)"
        r"[\s*]*[:=]",
        0.5,
        ("instruction", "directive", "command", "order", "task", "prompt"),
        (":", "="),
        tool=0.6,
    ),
    _s(
        "override.new-role",
        r"\b(?:your|the) (?:new|real|actual|true|only|updated) (?:instructions?|task|goal"
        r"|objective|purpose|mission|directive|job|orders|rules|prompt) (?:is|are|will be|from"
        r" now on|now)\b",
        0.55,
        ("new", "real", "actual", "true", "only", "updated"),
        ("instruction", "task", "goal", "objective", "purpose", "mission", "directive", "job",
         "order", "rule", "prompt"),
    ),
    _s(
        "override.precedence",
        r"\b(?:this|these|the following|my) (?:instructions?|message|prompt|directive|command"
        r"|text|rules?|note) (?:overrides?|supersedes?|takes? precedence over|replaces?"
        r"|cancels?|invalidates?) ",
        0.75,
        ("overrid", "supersed", "precedence", "replace", "cancel", "invalidat"),
    ),
    _s(
        "override.instead",
        r"\binstead,? (?:you (?:must|should|will|shall)|do|say|print|output|respond|reply|write"
        r"|tell)\b",
        0.15,
        ("instead",),
    ),
    _s(
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
    _s(
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
    _s(
        "hidden-task.wrapper",
        rf"\b{_WRAP_VERBS} (?:the |this |that |these |my )?(?:following|above|below|previous"
        rf"|preceding|given|next) (?:\w+ )?{_WRAP_OBJECTS}\b",
        0.25,
        ("following", "above", "below", "previous", "preceding", "given", "next"),
    ),
    _s(
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
    _s(
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
    _s(
        "payload-split.assignments",
        r"(?:^|[\s;,])[a-z]\d?\s*=\s*[\"'][^\"'\n]{2,}[\"'][\s;,]+(?:[a-z]\d?\s*=\s*[\"'][^\"'\n]"
        r"{2,}[\"'][\s;,]*)+[^\n]{0,80}\b[a-z]\d? ?\+ ?[a-z]\d?\b",
        0.2,
        ("=",),
        ("+",),
    ),
    # -- encodings: decode this, then do what it says ------------------------------------
    _s(
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
    _s(
        "prompt-leak.system",
        rf"\b{_REVEAL} <f3>(?:system|hidden|secret|internal|developer|confidential|pre) ?"
        r"(?:prompt|instructions?|message|directives?|rules|guidelines|preamble)",
        0.8,
        _N_REVEAL,
        ("system", "hidden", "secret", "internal", "developer", "confidential", "pre"),
        ("prompt", "instruction", "message", "directive", "rules", "guideline", "preamble"),
        negatable=True,
    ),
    _s(
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
    _s(
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
    _s(
        "prompt-leak.question",
        r"\bwhat (?:is|are|was|were) (?:your (?:(?:initial|original|system|hidden|secret|exact"
        r"|full|first) )?(?:system prompt|prompt|instructions|directives|programming)|the "
        r"(?:system|hidden|initial|original|secret) (?:prompt|instructions))\b"
        r"(?![\s*]+(?:for|on|about|to|regarding)\b)",
        0.6,
        ("what",),
        ("prompt", "instructions", "directives", "programming"),
    ),
    _s(
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
    _s(
        "prompt-leak.verbatim",
        r"\b(?:verbatim|word for word|word-for-word|exactly as (?:written|given|it was given)"
        r"|starting (?:with|from) (?:the (?:words?|phrase) )?[\"']?you are)",
        0.2,
        ("verbatim", "word for word", "word-for-word", "exactly as", "you are"),
    ),
    _s(
        "prompt-leak.mention",
        r"\b(?:system prompt|system message|pre-?prompt|initial prompt|hidden prompt"
        r"|secret instructions|hidden instructions|developer message)\b",
        0.2,
        ("prompt", "system", "instructions", "developer"),
    ),
    # -- role hijack -------------------------------------------------------------------
    _s(
        "role-hijack.do-anything",
        r"\b(?:do anything now|dan mode|can do anything (?:now|without))\b",
        0.8,
        ("anything", "dan"),
    ),
    _s(
        "role-hijack.dan",
        r"\b(?:you are|you're|act as|become|role of|pretend to be|known as|stands? for|as) "
        r"(?:now )?(?:a |an |the )?dan\b",
        0.45,
        ("dan",),
    ),
    _s(
        "role-hijack.mode",
        rf"\b{_MODES} mode\b",
        0.3,
        ("mode",),
    ),
    _s(
        "role-hijack.mode-on",
        rf"\b(?:(?:you are|you're) (?:now )?in (?:the )?{_MODES} mode|{_MODES} mode (?:is )?"
        rf"(?:enabled|activated|engaged|unlocked)\b|(?:{_AI}|you) (?:with|in) (?:the )?"
        rf"{_MODES} mode)",
        0.45,
        ("mode",),
        ("you", "enabled", "activated", "on", "engaged", "unlocked", *_N_AI),
    ),
    _s(
        "role-hijack.jailbroken",
        rf"\b(?:you(?: are|'re| have been| were)?(?: now)? jailbroken|jailbroken (?:{_AI}"
        r"|version|mode|persona))\b",
        0.75,
        ("jailbr",),
    ),
    _s(
        "role-hijack.jailbreak-word",
        r"\bjailbr(?:eak|eaking|oken)\b",
        0.15,
        ("jailbr",),
    ),
    _s(
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
    _s(
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
    _s(
        "role-hijack.persona",
        r"\b(?:unfiltered|uncensored|unrestricted|unlimited|amoral|unethical|unhinged|immoral"
        rf"|evil|rogue|jailbroken|unbound|unchained|lawless|limitless) (?:{_AI}|version of "
        r"(?:yourself|you|chatgpt|the (?:ai|assistant|model))|persona|character|alter ego|twin)\b",
        0.45,
        ("unfilter", "uncensor", "unrestrict", "unlimit", "moral", "ethic", "unhinged", "evil",
         "rogue", "jailbr", "unbound", "unchain", "lawless", "limitless"),
        ("version", "persona", "character", "alter ego", "twin", *_N_AI),
    ),
    _s(
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
    _s(
        "role-hijack.not-apply",
        r"\b(?:rules|guidelines|restrictions|polic(?:y|ies)|filters|ethics|morals|limitations"
        r"|guardrails|safeguards|laws) <f2>(?:no longer|don't|do not|doesn't|does not|won't"
        r"|will not|never|cannot|can't) (?:apply|matter|exist|count|bind|restrict|limit) (?:to"
        r"|for|on) you\b",
        0.6,
        ("apply", "matter", "exist", "count", "bind", "restrict", "limit"),
        _N_LIMITS,
    ),
    _s(
        "role-hijack.answer-anything",
        r"\b(?:answer|respond to|reply to|fulfil+|comply with|do|generate|write|say) (?:any|every"
        r"|all)(?:thing| (?:questions?|requests?|prompts?|queries|commands|instructions?|tasks?))"
        r"\b[^.!?\n]{0,50}\b(?:without|regardless|no matter|even if|with no)\b",
        0.45,
        ("any", "every", "all"),
        ("without", "regardless", "no matter", "even if", "with no"),
    ),
    _s(
        "role-hijack.no-refusal",
        r"\bwithout (?:any )?(?:refus(?:ing|al|als)|declining|censor(?:ship|ing)|hesitation or "
        r"refusal|moral(?:izing)? judge?ments?)\b",
        0.35,
        ("without",),
        ("refus", "declin", "censor", "moral"),
    ),
    _s(
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
    _s(
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
    _s(
        "role-hijack.never-refuse",
        r"\b(?:never|cannot|can't|can not|must not|mustn't|will not|won't|should not|shouldn't"
        r"|are not (?:allowed|permitted|able) to|do not|don't|not allowed to) (?:ever )?(?:refuse"
        r"|decline|reject|deny (?:any|a|my)|say (?:no|that you can't|you can't|i can't|sorry)"
        r"|apologi[sz]e)\b",
        0.45,
        ("not", "never", "n't"),
        ("refuse", "decline", "reject", "deny", "say", "apologi"),
    ),
    _s(
        "role-hijack.no-warnings",
        r"\b(?:without|no|never (?:add|include|give)|do not (?:add|include|give)|don't (?:add"
        r"|include|give)) (?:any )?(?:warnings?|disclaimers?|caveats|moral(?:izing)? lectures"
        r"|ethical (?:notes|concerns))\b",
        0.15,
        ("warning", "disclaimer", "caveat", "lecture", "ethical"),
    ),
    _s(
        "role-hijack.regardless",
        r"\b(?:even if (?:it is|it's|they are|they're|the (?:request|content|answer|question"
        r"|topic) is) (?:illegal|unethical|harmful|immoral|dangerous|offensive|inappropriate"
        r"|explicit|against)|regardless of (?:legality|ethics|morality|how (?:illegal|unethical"
        r"|harmful|dangerous|immoral)|(?:any )?(?:rules|policies|guidelines|consequences)))",
        0.4,
        ("even if", "regardless"),
    ),
    _s(
        "role-hijack.no-longer",
        rf"\b(?:you are|you're) no longer (?:an? |the |bound|restricted|limited|{_AI}|claude"
        r"|chatgpt)",
        0.55,
        ("no longer",),
    ),
    _s(
        "role-hijack.break-free",
        r"\b(?:broke|broken|break|breaking|freed|free) (?:free )?(?:of|from) (?:the |your |its "
        r"|all )?(?:typical |usual |normal |previous )?(?:confines|restrictions|limitations"
        r"|chains|shackles|programming|constraints|matrix|guidelines)",
        0.4,
        ("free",),
        ("confines", "restriction", "limitation", "chains", "shackles", "programming",
         "constraint", "matrix", "guideline"),
    ),
    _s(
        "role-hijack.dual-answer",
        # The "two answers" template: a normal answer and one from the unrestricted persona.
        r"\b(?:two|2|both) (?:different |separate |distinct )?(?:responses|answers|replies"
        r"|outputs|versions|paragraphs)\b[^\n]{0,120}\b(?:one|first|the first)\b[^\n]{0,160}"
        r"\b(?:the other|second|another|the second)\b",
        0.3,
        ("two", "2", "both"),
        ("response", "answer", "repl", "output", "version", "paragraph"),
    ),
    _s(
        "role-hijack.dual-tags",
        # Tags that label the two voices of such a template ("[🔒CLASSIC]", "(🔓Developer ...").
        r"[\[(]\s*(?:\U0001f512|\U0001f513)|[\[(]\s*(?:classic|jailbreak|jailbroken|normal output"
        rf"|developer mode output|{_MODES}|gpt|chatgpt|ai)\s*[\])]\s*:",
        0.3,
        ("[", "("),
    ),
    _s(
        "role-hijack.prefix-injection",
        # Prefix injection (Wei et al. 2023): the answer is made to start by complying.
        r"\b(?:begin|start|open|preface)\b[^.\n]{0,30}\b(?:your|the|each|every) (?:reply|response"
        r"|answer|output)s? (?:with|by saying)[\s:]*[\"\u201c'`]?(?:sure|absolutely|of course"
        r"|certainly|yes|here is|here's|i can|okay|ok)\b",
        0.45,
        ("begin", "start", "open", "preface"),
        ("sure", "absolutely", "of course", "certainly", "yes", "here", "i can", "ok"),
    ),
    _s(
        "framing.device",
        # Fiction, hypothesis, role-play or a claimed purpose: harmless alone, a jailbreak
        # device around a harmful request (scored with the harm detector, see ``score``).
        rf"\b{_FRAMES}\b",
        0.05,
        ("hypothetic", "imagin", "pretend", "role", "fiction", "world", "story", "scenario",
         "universe", "setting", "reality", "scene", "script", "novel", "dialogue", "play",
         "chapter", "purposes", "experiment", "character", "villain", "writer", "actor",
         "game"),
    ),
    _s(
        "role-hijack.stay",
        r"\b(?:stay|remain|keep) in character\b|\bbreak(?:ing)? character\b",
        0.1,
        ("character",),
    ),
    # -- smuggling: instructions inside data ---------------------------------------------
    _s(
        "smuggling.role-tag",
        r"<\|?(?:im_start|im_end|system|endoftext|eot_id|start_header_id|end_header_id)\|?>"
        r"|\[/?(?:inst|sys|system)\]|<</?sys>>|</?(?:system|sys|assistant|instructions?|admin"
        r"|developer)(?:_?prompt)?>",
        0.6,
        ("<", "["),
        ("im_", "endoftext", "eot_id", "header_id", "inst", "sys", "assistant", "admin",
         "developer"),
    ),
    _s(
        "smuggling.role-line",
        r"(?:^|\n)[\x20\t>#*\[(]*(?:system|assistant|developer|admin|administrator|sysadmin)"
        r"(?: (?:message|prompt|note|instruction|override|update))?[\x20\t\])*]*:",
        0.3,
        ("system", "assistant", "developer", "admin"),
        (":",),
        tool=0.4,
    ),
    _s(
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
    _s(
        "smuggling.note-to-ai",
        rf"\b(?:note|message|instructions?|memo|directive|reminder|notice|attention|command)"
        rf" (?:to|for) (?:the |any |all |every )?{_AI}s?\b",
        0.6,
        ("note", "message", "instruction", "memo", "directive", "reminder", "notice",
         "attention", "command"),
        _N_AI,
    ),
    _s(
        "smuggling.hey-ai",
        rf"\b(?:dear|hey|hi|hello|attention|ok|okay|yo)[\s,!:]+{_AI}\b",
        0.0,
        ("dear", "hey", "hi ", "hi,", "hello", "attention", "ok ", "ok,", "okay", "yo "),
        _N_AI,
        tool=0.45,
    ),
    _s(
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
    _s(
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
    _s(
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
    _s(
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
    _s(
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
    _s(
        "smuggling.answer-format",
        r"\b(?:reply|respond|answer|write (?:your|the) (?:reply|response|answer)|provide (?:your"
        r"|the|an?) (?:answer|response|reply))(?: only)?(?: everything| it)? (?:in|using|into"
        rf"|with) (?:{_ENCODINGS})\b",
        0.0,
        ("reply", "respond", "answer"),
        tool=0.5,
    ),
    _s(
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
    _s(
        "smuggling.use-snippet",
        r"\b(?:use|utili[sz]e|run|execute|include|incorporate|add|insert|append|paste|embed"
        r"|apply|install|download|import|feature) (?:the |this )?(?:following"
        r"|below|subsequent|attached|provided|given) (?:code |python |bash |shell )?(?:snippet"
        r"|code|command|script|block|excerpt|section|payload|link|file|program|package|tool)",
        0.0,
        ("following", "below", "subsequent", "attached", "provided", "given"),
        tool=0.3,
    ),
    _s(
        "smuggling.destructive-code",
        r"shutil\.rmtree\(\s*['\"]/['\"]|\brm\s+-rf\s+/(?:\s|$|\*)|\bdd\s+if=/dev/\w+\s+of=/dev/"
        r"|\bmkfs\.|:\(\)\s*\{\s*:\|:&\s*\};|curl\s[^\n|]*\|\s*(?:sudo\s+)?(?:ba|z)?sh\b",
        0.2,
        ("rmtree", "rm -rf", "if=/dev", "mkfs", ":()", "| sh", "|sh", "| bash", "|bash",
         ),
        tool=0.45,
    ),
    _s(
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
    _s(
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
    _s(
        "exfiltration.send-data",
        r"\b(?:send|forward|upload|transmit|transfer|leak|exfiltrate|post) <f3>(?:all |the |this "
        r"|that |these |those |any |your )?(?:data|information|info|details|files?|documents?"
        rf"|everything|contents?|results?) <f3>(?:to|at|via) {_DEST}",
        0.3,
        ("send", "forward", "upload", "transmit", "transfer", "leak", "exfiltrat", "post"),
        _N_DEST,
        tool=0.45,
    ),
    _s(
        "exfiltration.markdown-image",
        r"!\[[^\]\n]*\]\(\s*(?:https?:)?//[^)\s]*(?:\{|\$|%7b|<|\[)[^)\s]*\)",
        0.6,
        ("](",),
    ),
    _s(
        "exfiltration.url-params",
        r"\b(?:append|add|include|put|encode|insert|place) <f4>(?:"
        rf"{_SENSITIVE}|data|information|details|answers?|responses?|summary|conversation) <f3>"
        r"(?:to|in|into|as) (?:the |a |an )?(?:url|link|query|parameter|query string|image url"
        r"|image link|get request)",
        0.6,
        ("url", "link", "query", "parameter", "get request"),
        ("append", "add", "include", "put", "encode", "insert", "place"),
    ),
    _s(
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
"""Every heuristic signal; the family is the part of the name before the dot."""


class _Haystack:
    """A variant's text with memoised substring checks (stems recur across signals)."""

    __slots__ = ("seen", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.seen: dict[str, bool] = {}

    def has_any(self, group: tuple[str, ...]) -> bool:
        seen, text = self.seen, self.text
        for needle in group:
            hit = seen.get(needle)
            if hit is None:
                hit = seen[needle] = needle in text
            if hit:
                return True
        return False


def _apply(
    signal: Signal, variant: Variant, hay: _Haystack | None = None
) -> tuple[list[tuple[int, int]], bool]:
    """Where ``signal`` matches in ``variant``, and whether every match is only a mention."""
    text = variant.text
    hay = hay or _Haystack(text)
    for group in signal.needles:
        if not hay.has_any(group):
            return [], False
    if signal.requires is not None and signal.requires.search(text) is None:
        return [], False
    hits: list[tuple[int, int]] = []
    mentioned = True
    for m in signal.pattern.finditer(text):
        if signal.negatable:
            if _NEGATION.search(text, max(0, m.start() - 40), m.start()):
                continue
            mentioned = mentioned and bool(_MENTION.search(text, max(0, m.start() - 80), m.start()))
        hits.append((m.start(), m.end()))
        if len(hits) >= 4:
            break
    return hits, bool(hits) and signal.negatable and mentioned


class InjectionDetector:
    """Layered prompt-injection and jailbreak detector (name ``injection``).

    Scores the intent families in :data:`FAMILIES` over de-obfuscated variants of the
    text and flags when the combined score reaches ``threshold``.
    """

    name: str = "injection"
    """Name graph definitions use for this detector."""

    class Params(BaseModel):
        """Parameters of the ``injection`` detector in a graph definition."""

        model_config = ConfigDict(extra="forbid")

        threshold: float = Field(
            0.5,
            ge=0.0,
            le=1.0,
            description="Score at or above which the text is flagged (0 to 1).",
        )
        source: Source = Field(
            "user",
            description="Where checked text comes from when the context does not say: "
            "`user` for messages, `tool` for tool output and retrieved documents.",
        )

    def __init__(self, threshold: float = 0.5, source: Source = "user") -> None:
        self.threshold = threshold
        self.source: Source = source
        self._harm = HarmDetector()

    def score(self, text: str, source: Source | None = None) -> tuple[float, list[str], list[Span]]:
        """Combined score, matched signal names and spans (in original offsets)."""
        src: Source = source or self.source
        best: dict[str, float] = {}
        spans: list[Span] = []
        readings = variants(text)
        for variant in readings:
            hay = _Haystack(variant.text)
            for signal in SIGNALS:
                weight = signal.weight_for(src)
                # A signal already found in an earlier reading adds nothing but cost.
                if weight <= 0.0 or signal.name in best:
                    continue
                hits, mention = _apply(signal, variant, hay)
                if not hits:
                    continue
                if mention:
                    weight *= _MENTION_FACTOR
                if variant.obfuscated:
                    weight = min(0.95, weight + _BONUS_OBFUSCATED)
                best[signal.name] = max(best.get(signal.name, 0.0), weight)
                for start, end in hits:
                    s, e = variant.source_span(start, end)
                    spans.append(Span(s, e, "INJECTION"))
        if src == "tool":
            self._requests(readings[0], best, spans)
        if src == "user":
            self._harm_in_device(text, best)
        if has_mixed_script_word(text):
            best["obfuscation.mixed-script"] = 0.2
        if has_hidden_characters(text):
            best["obfuscation.hidden-characters"] = 0.2
        remaining = 1.0
        for weight in best.values():
            remaining *= 1.0 - weight
        return 1.0 - remaining, sorted(best), spans

    def _harm_in_device(self, text: str, best: dict[str, float]) -> None:
        """A harmful request inside a jailbreak device counts as an attack on its own."""
        device = any(name.split(".", 1)[0] in _DEVICE_FAMILIES for name in best)
        if not device and _adversarial_suffix(text):
            best["obfuscation.adversarial-suffix"] = 0.1
            device = True
        if not device:
            return
        scores, _ = self._harm.scores(text)
        if max(scores.values(), default=0.0) >= _HARM_FLOOR:
            best["jailbreak.harmful-request"] = _HARM_IN_DEVICE

    @staticmethod
    def _requests(plain: Variant, best: dict[str, float], spans: list[Span]) -> None:
        """Requests addressed to the reader of data (see :mod:`.instructions`)."""
        found, bare, out_of_place = find_requests(plain.text)
        if not found:
            return
        if any(r.task for r in found):
            best["smuggling.task-request"] = _TASK_REQUEST
        if bare:
            best["smuggling.bare-request"] = _BARE_REQUEST
        if out_of_place:
            best["smuggling.request-in-table"] = _BARE_REQUEST
        for r in found:
            if bare or out_of_place or r.task:
                spans.append(Span(*plain.source_span(r.start, r.end), "INJECTION"))

    def check(self, text: str, context: Mapping[str, Any] | None = None) -> Verdict:
        """Flag ``text`` when its injection score reaches the threshold."""
        source = (context or {}).get("source")
        src: Source = source if source in ("user", "tool") else self.source
        score, names, spans = self.score(text, src)
        flagged = score >= self.threshold and score > 0.0
        families = sorted({n.split(".", 1)[0] for n in names})
        if flagged:
            reason = f"prompt injection: {', '.join(families)} (score {score:.2f})"
        elif families:
            reason = f"weak signals below threshold: {', '.join(families)} (score {score:.2f})"
        else:
            reason = "no injection signal"
        return Verdict(
            detector=self.name,
            flagged=flagged,
            score=round(score, 4),
            category="injection" if flagged else None,
            reason=reason,
            spans=_merge(spans) if flagged else (),
        )


def _adversarial_suffix(text: str) -> bool:
    """The text ends in a run of tokens mixing letters with markup (an optimised suffix)."""
    if "```" in text:  # code is expected to look like this
        return False
    tail = text.lower().split()[-_SUFFIX_WINDOW:]
    odd = sum(1 for token in tail if _ODD_TOKEN.fullmatch(token))
    return odd >= _SUFFIX_MIN_ODD and odd >= _SUFFIX_SHARE * len(tail)


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
