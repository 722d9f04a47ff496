"""Policies of tool governance and escalation to a human.

Plain data like every policy: the run-time side lives in :mod:`railgraph.nodes.tools`,
:mod:`railgraph.escalation` and :mod:`railgraph.sweep`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from railgraph.policies.types import RegexList
from railgraph.strict import StrictModel

__all__ = [
    "EscalationPolicy",
    "EscalationSignals",
    "HandoffTimeout",
    "Signal",
    "ToolRule",
    "ToolsPolicy",
]

Priority = Literal["low", "normal", "high"]


_SIGNAL_OF = {"user_requested": "user_request", "revisions_exhausted": "low_confidence"}
"""Signal-table rows of reasons spelled differently in escalation payloads."""


def _check_limit(value: str | None) -> str | None:
    if value is None:
        return value
    from limits import parse_many  # the same parser the rate limiter uses

    try:
        items = parse_many(value)
    except ValueError:
        items = []
    if len(items) != 1:
        raise ValueError(f"rate limit {value!r} is not one limit such as '5/minute' or "
                         "'10 per hour'")
    return value


class ToolRule(StrictModel):
    """What one tool may do and who may call it."""

    roles: list[str] = Field(
        default_factory=lambda: ["*"],
        description="Caller roles allowed to use the tool (`context.roles`); `*` means anyone.",
    )
    writes: bool = Field(
        False, description="The tool changes something (refused by read-only deployments and nodes)."
    )
    high_stakes: bool = Field(
        False,
        description="Legal or financial risk: the call is not run; the user is asked to confirm "
        "and the conversation is handed to a human (escalation signal `high_stakes`).",
    )
    rate_limit: str | None = Field(
        None, description="Calls per user in a sliding window, e.g. `5/minute` (shared in Redis)."
    )
    max_input_chars: int | None = Field(
        None, ge=1, le=1_000_000, description="Largest serialised arguments (default: the node's)."
    )

    @field_validator("rate_limit")
    @classmethod
    def _limit(cls, value: str | None) -> str | None:
        return _check_limit(value)


class ToolsPolicy(StrictModel):
    """Tool governance: permissions by role, rate limits, read-only mode, size limits."""

    kind: Literal["tools"]
    read_only: bool = Field(
        False, description="The whole deployment is read-only: tools that write are refused."
    )
    default_roles: list[str] = Field(
        default_factory=lambda: ["customer"],
        description="Roles of a caller whose context names none.",
    )
    default: ToolRule = Field(
        default_factory=ToolRule, description="Rule of tools not listed under `tools`."
    )
    tools: dict[str, ToolRule] = Field(default_factory=dict, description="Rules by tool name.")

    def rule(self, name: str) -> ToolRule:
        """The rule of one tool."""
        return self.tools.get(name, self.default)


class Signal(StrictModel):
    """One row of the escalation signal table."""

    enabled: bool = Field(True, description="Whether the signal hands over at all.")
    priority: Priority = Field("normal", description="Queue priority of the handoff.")


class UserRequestSignal(Signal):
    """The user explicitly asks for a person."""

    patterns: RegexList = Field(
        default_factory=lambda: [
            r"\b(speak|talk|chat|connect)\b.{0,30}\b(human|person|agent|representative|someone)\b",
            r"\breal (person|human)\b",
        ],
        description="Regular expressions (case-insensitive) on the user's message.",
    )


class ConfidenceSignal(Signal):
    """The model is unsure of its answer."""

    below: float = Field(0.4, ge=0, le=1, description="Hand over when confidence is below this.")


class FailuresSignal(Signal):
    """Something keeps failing."""

    at_least: int = Field(3, ge=1, le=100, description="Consecutive failures that hand over.")


class SentimentSignal(Signal):
    """The customer is upset."""

    priority: Priority = Field("high", description="Queue priority of the handoff.")
    below: float = Field(
        -0.7, ge=-1, le=1,
        description="Hand over when the message's compound sentiment (VADER, -1..1) is below this.",
    )
    neutral_words: list[str] = Field(
        default_factory=list,
        description="Words that name the matter rather than the mood in this domain "
        "(e.g. damaged, broken): they do not count towards sentiment.",
    )


class HighStakesSignal(Signal):
    """An action with legal or financial risk (tools flagged `high_stakes` in the tools policy)."""

    confirm: str = Field(
        "This needs a person from our team. Shall I pass your request on? (yes/no)",
        description="Question put to the user before the handoff.",
    )
    declined: str = Field(
        "All right, I won't pass it on. Is there anything else I can help with?",
        description="Reply when the user does not confirm.",
    )
    unanswered: str = Field(
        "I didn't hear back from you, so I haven't passed anything on. Write again whenever "
        "you like.",
        description="Reply when the user does not answer the confirmation in time.",
    )


class GuardrailSignal(Signal):
    """A guard check with `action: escalate` flagged the turn (logged in the audit trail)."""

    priority: Priority = Field("high", description="Queue priority of the handoff.")


class EscalationSignals(StrictModel):
    """The signal table: when to hand the conversation to a human, and how urgently."""

    user_request: UserRequestSignal = Field(default_factory=UserRequestSignal)
    low_confidence: ConfidenceSignal = Field(default_factory=ConfidenceSignal)
    repeated_failures: FailuresSignal = Field(default_factory=FailuresSignal)
    negative_sentiment: SentimentSignal = Field(default_factory=SentimentSignal)
    high_stakes: HighStakesSignal = Field(default_factory=HighStakesSignal)
    guardrail: GuardrailSignal = Field(default_factory=GuardrailSignal)


class HandoffTimeout(StrictModel):
    """What happens when nobody answers an interrupted thread in time."""

    after: float = Field(
        4 * 3600, gt=0, le=30 * 86_400, description="Seconds a thread may wait for a human."
    )
    by_priority: dict[Priority, float] = Field(
        default_factory=dict, description="Shorter (or longer) waits by priority, in seconds."
    )
    reply: str = Field(
        "Sorry, nobody from our team could answer in time. We have kept your request and "
        "will reply by e-mail; you can also write again here at any time.",
        min_length=1,
        description="Answer sent to the user when the wait runs out.",
    )

    def seconds(self, priority: str) -> float:
        """The wait for a handoff of ``priority``."""
        return next((float(v) for k, v in self.by_priority.items() if k == priority), self.after)


class EscalationPolicy(StrictModel):
    """Escalation to a human: the signal table and the human-in-the-loop timeout."""

    kind: Literal["escalation"]
    signals: EscalationSignals = Field(default_factory=EscalationSignals)
    timeout: HandoffTimeout = Field(default_factory=HandoffTimeout)

    def priority(self, reason: str, default: str = "normal") -> str:
        """Priority of a handoff for ``reason`` (``guard:*`` reasons are guardrail signals)."""
        name = "guardrail" if reason.startswith("guard:") else _SIGNAL_OF.get(reason, reason)
        signal = getattr(self.signals, name, None)
        return signal.priority if isinstance(signal, Signal) else default
