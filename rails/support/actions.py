"""Actions of the support agent's rails: the keyword and pattern lists behind each flow.

NeMo Guardrails loads this file by path from the config directory, so it stays importable on
its own and imports nothing heavy: every check is a handful of precompiled regular expressions.

The lists aim at *requests*, not topics. A customer who mentions a lawyer, a rash or a stock
level is still a customer with an order; only asking the agent for professional advice, for its
own instructions or for someone else's data is refused. Each pattern therefore carries a verb
or a possessive that makes it a request, and the tests keep a list of near misses that must pass.
"""

from __future__ import annotations

import re
from typing import Any

from nemoguardrails.actions import action

__all__ = [
    "asks_for_internal_instructions",
    "asks_for_other_customers_data",
    "asks_for_professional_advice",
    "classify_leak",
    "classify_request",
    "contains_secret",
    "has_internal_notes",
    "has_secret",
    "is_internal_instructions_request",
    "is_other_customers_data_request",
    "is_professional_advice",
    "leaks_internal_notes",
]


def _any_of(*patterns: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


def _normalize(text: str | None) -> str:
    # Curly quotes and runs of whitespace would otherwise dodge patterns such as "customer's".
    cleaned = (text or "").replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(cleaned.split())


# ---- (a) professional advice: legal, medical, investment ---------------------------------

_MEDICINE = (
    r"medicines?|medications?|meds|drugs?|pills?|tablets?|capsules?|antibiotics?|painkillers?"
    r"|prescriptions?|ibuprofen|paracetamol|acetaminophen|aspirin|insulin|supplements?"
)
_ASSETS = (
    r"stocks|(?<!in )(?<!of )stock|shares|bonds?|crypto\w*|bitcoin|btc|ethereum|etfs?"
    r"|index funds?|mutual funds?"
)

LEGAL_ADVICE = _any_of(
    r"\blegal (?:advice|counsel|opinion|options)\b",
    r"\bmy legal rights\b",
    r"\b(?:need|want|get|hire|find|recommend|suggest|consult)\s+(?:me\s+)?(?:a|an)\s+(?:good\s+)?"
    r"(?:lawyer|attorney|solicitor|barrister|legal (?:aid|representative))s?\b",
    r"\b(?:can|could|should|do) i (?:sue|take (?:you|them|him|her|it|the \w+) to court"
    r"|press charges)\b",
    r"\bis (?:it|this|that) (?:il)?legal (?:to|for|if)\b",
    r"\b(?:file|bring|start|win|join) an? (?:lawsuit|class action|legal claim)\b",
)
"""Asking for a lawyer's job: advice, whether to sue, whether something is legal."""

MEDICAL_ADVICE = _any_of(
    r"\bmedical (?:advice|opinion|diagnosis)\b",
    r"\b(?:can|could|would) you diagnose\b",
    r"\bdiagnose (?:me|my)\b",
    rf"\bshould (?:i|he|she|we|they|my \w+) (?:take|stop taking|keep taking|give)\b.{{0,40}}"
    rf"\b(?:{_MEDICINE})\b",
    rf"\b(?:what|which) (?:{_MEDICINE}) (?:should|can|do) (?:i|we)\b",
    rf"\bhow (?:much|many)\b.{{0,30}}\b(?:{_MEDICINE}|mg)\b.{{0,20}}\b(?:should|can|may)"
    r" (?:i|he|she|we|they) (?:take|have|give)\b",
    r"\b(?:dose|dosage) (?:of|for)\b",
    r"\bis it safe to (?:take|mix|combine)\b",
    r"\bside effects? (?:of|from)\b",
    r"\b(?:how (?:do|should|can) i|best way to) (?:treat|cure)\b",
)
"""Asking for a doctor's job: diagnosis, what to take and how much, treatment."""

INVESTMENT_ADVICE = _any_of(
    r"\b(?:investment|investing|financial|trading) (?:advice|tips?|strategy|recommendations?)\b",
    rf"\bshould i (?:buy|sell|short|hold|invest in)\s+(?:\w+\s+){{0,2}}(?:{_ASSETS})\b",
    r"\b(?:which|what) (?:stocks|shares|crypto\w*|coins?|etfs?|funds?) (?:should|to|do you)\b",
    r"\b(?:should|can|could|where should|where can) i invest\b",
    r"\binvest (?:my|our) (?:money|savings|pension|bonus|inheritance)\b",
    r"\b(?:stock|share|crypto) (?:tips?|picks?)\b",
    r"\bgood time to invest\b",
)
"""Asking for a financial adviser's job: what to buy, sell or invest in."""

# ---- (b) internal instructions and other customers' data ---------------------------------

INTERNAL_INSTRUCTIONS = _any_of(
    r"\b(?:system|hidden|initial|developer|secret|confidential) prompts?\b",
    r"\bsystem message\b",
    r"\byour (?:system |hidden |initial |original |internal |secret |confidential |developer )"
    r"(?:prompt|instructions|rules|guidelines|directives|configuration|notes)\b",
    # "your instructions" alone is also a request for the prompt, unless it is about a task
    # ("repeat your instructions for the return label").
    r"\b(?:reveal|show|print|repeat|display|output|share|tell me|give me|list|dump|leak|recite"
    r"|what are|what were)\b.{0,30}\byour (?:prompt|instructions|programming|directives)\b"
    r"(?!\s+(?:for|on|about|to)\b)",
    r"\b(?:internal|staff[- ]only) (?:notes?|memos?|documentation|procedures?|playbook|wiki)\b",
)
"""Asking for the agent's prompt, configuration or internal notes."""

_REQUEST = (
    r"\b(?:show|give|send|tell|list|share|export|dump|reveal|print|display|provide|find|fetch"
    r"|pull|get|look ?up|access|read|email|e-mail|what(?:'s| is| are| was| were)|who)\b"
)
_PEOPLE = r"customers?|users?|clients?|buyers?|shoppers?|people|persons?"
_DATA = (
    r"e-?mails?(?: address(?:es)?)?|e-?mail address(?:es)?|address(?:es)?|phone(?: numbers?)?"
    r"|names?|orders?|order history|details|data|info(?:rmation)?|records?|accounts?"
    r"|payment (?:details|info|methods?)|card(?: numbers?)?s?|contacts?|contact (?:details|info)"
    r"|passwords?|purchases?"
)

OTHER_CUSTOMERS_DATA = _any_of(
    # "show me all customer emails", "list other customers' orders"
    rf"{_REQUEST}[^.?!]{{0,60}}?\b(?:all|every|other|another|others|someone else|somebody else"
    rf"|a different|the other|list of(?: all)?|your)\s+(?:{_PEOPLE})(?:'s|s'|')?\s+(?:{_DATA})\b",
    # "what is the e-mail of the customer with order 1002"; "customer support" is us, not them.
    rf"{_REQUEST}[^.?!]{{0,60}}?\b(?:{_DATA})\s+(?:of|for|belonging to|from)\s+(?:all |every "
    rf"|other |another |the other |a different |some |that |this |the |a )?(?:{_PEOPLE})\b"
    r"(?!\s+(?:service|support|care|relations|team|desk|help))",
    # "export the customer database"
    rf"{_REQUEST}[^.?!]{{0,60}}?(?<!my )\b(?:customer|user|client)s?'? (?:database|db|list|table"
    r"|emails|e-mails|phone numbers|addresses)\b",
)
"""Asking for data about customers other than the one talking."""

# ---- (c) what an answer must never contain -----------------------------------------------

INTERNAL_MARKERS = _any_of(
    r"\bINTERNAL\b",  # the tag agents and tools put on staff-only text: upper case only
    r"(?i:\[\s*internal\b)",
    r"(?i:\binternal[- ]only\b)",
    r"(?i:\binternal notes?\b)",
    r"(?i:\bstaff[- ]only\b)",
    r"(?i:\bnot for (?:customers|external|public)\b)",
    r"(?i:\bdo not (?:share|disclose|tell|show)\b.{0,30}\b(?:customer|user|client)s?\b)",
    flags=0,
)
"""Markers of staff-only notes (case-sensitive for the upper-case INTERNAL tag)."""

SYSTEM_PROMPT_TEXT = _any_of(
    r"\bsystem prompt\b",
    r"\bmy (?:system )?instructions (?:are|say|tell)\b",
    r"^\s*you are (?:a|an) [^.\n]{0,60}\b(?:assistant|agent|chatbot|bot|language model)\b",
    flags=re.IGNORECASE | re.MULTILINE,
)
"""Text of a system prompt repeated back: "You are a support assistant for ..."."""

SECRET_PATTERNS = _any_of(
    r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----",
    r"\bsk-(?:proj-|ant-|live-|test-)?[A-Za-z0-9_-]{20,}",
    r"\b(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{16,}",
    r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b",
    r"\bgh[pousr]_[A-Za-z0-9]{36,}\b",
    r"\bxox[abprs]-[A-Za-z0-9-]{10,}",
    r"\bAIza[0-9A-Za-z_-]{35}\b",
    r"\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}",
    r"(?i:\b(?:api[_-]?key|secret[_-]?key|access[_-]?token|auth[_-]?token|client[_-]?secret"
    r"|password|passwd)\b\s*[:=]\s*['\"]?[^\s'\"]{8,})",
    r"\b[a-z][a-z0-9+.-]*://[^\s:/@]+:[^\s@/]+@",  # credentials inside a connection URL
    flags=0,
)
"""API keys, tokens, private key headers and credentials in URLs."""


def _load_secrets_detector() -> Any:
    # The engine's secrets detector, when present, adds its own patterns to ours; ours still run,
    # so the rail behaves the same with or without it.
    try:
        from railgraph.guards.registry import build_detector
    except ImportError:
        return None
    try:
        return build_detector("secrets", {})
    except Exception:  # an engine without a "secrets" detector: our patterns suffice
        return None


_SECRETS_DETECTOR = _load_secrets_detector()


def is_professional_advice(text: str | None) -> bool:
    """True when the text asks for legal, medical or investment advice."""
    t = _normalize(text)
    return any(rx.search(t) for rx in (LEGAL_ADVICE, MEDICAL_ADVICE, INVESTMENT_ADVICE))


def is_internal_instructions_request(text: str | None) -> bool:
    """True when the text asks for the agent's prompt, configuration or internal notes."""
    return bool(INTERNAL_INSTRUCTIONS.search(_normalize(text)))


def is_other_customers_data_request(text: str | None) -> bool:
    """True when the text asks for data about other customers."""
    return bool(OTHER_CUSTOMERS_DATA.search(_normalize(text)))


def has_secret(text: str | None) -> bool:
    """True when the text contains something shaped like a credential."""
    t = text or ""
    if SECRET_PATTERNS.search(t):
        return True
    return _SECRETS_DETECTOR is not None and bool(_SECRETS_DETECTOR.check(t).flagged)


def has_internal_notes(text: str | None) -> bool:
    """True when the text carries staff-only markers or repeats a system prompt."""
    t = text or ""
    return bool(INTERNAL_MARKERS.search(t) or SYSTEM_PROMPT_TEXT.search(t))


@action(name="asks_for_professional_advice")
async def asks_for_professional_advice(text: str | None = None) -> bool:
    """Input rail: legal, medical or investment advice is out of scope."""
    return is_professional_advice(text)


@action(name="asks_for_internal_instructions")
async def asks_for_internal_instructions(text: str | None = None) -> bool:
    """Input rail: the prompt and internal notes are never shared."""
    return is_internal_instructions_request(text)


@action(name="asks_for_other_customers_data")
async def asks_for_other_customers_data(text: str | None = None) -> bool:
    """Input rail: only the customer's own data is discussed."""
    return is_other_customers_data_request(text)


@action(name="contains_secret")
async def contains_secret(text: str | None = None) -> bool:
    """Output rail: an answer carrying a credential is withheld."""
    return has_secret(text)


@action(name="leaks_internal_notes")
async def leaks_internal_notes(text: str | None = None) -> bool:
    """Output rail: an answer carrying staff-only notes or the prompt is withheld."""
    return has_internal_notes(text)


# ---- one action per rail ----------------------------------------------------------------
# NeMo's Colang 1.0 runtime steps every flow of the config on every event, and each executed
# action adds events: three separate subflows cost ~16 ms a check here, one subflow that asks
# one question and branches on the answer ~6 ms. The policy stays in Colang (which request gets
# which refusal); the action only says what kind of request it is.


@action(name="classify_request")
async def classify_request(text: str | None = None) -> str:
    """Input rail: which out-of-scope request the text is (``""`` when it is in scope)."""
    if is_internal_instructions_request(text):
        return "internal instructions"
    if is_other_customers_data_request(text):
        return "other customers data"
    if is_professional_advice(text):
        return "professional advice"
    return ""


@action(name="classify_leak")
async def classify_leak(text: str | None = None) -> str:
    """Output rail: what an answer would leak (``""`` when nothing)."""
    if has_secret(text):
        return "secret"
    if has_internal_notes(text):
        return "internal notes"
    return ""
