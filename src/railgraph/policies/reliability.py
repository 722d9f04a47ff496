"""Policies of the reliability layer: budgets, circuit breakers and the response cache.

Plain data like every policy: the run-time side lives in :mod:`railgraph.reliability`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from railgraph.strict import StrictModel

__all__ = [
    "BreakerSettings",
    "BreakersPolicy",
    "BudgetsPolicy",
    "CachePolicy",
]


class BudgetsPolicy(StrictModel):
    """Dollar budgets checked before every model (and priced tool) call.

    Each call first reserves its estimated cost against every scope, atomically in Redis,
    and commits its actual cost afterwards, so concurrent runs cannot overspend together.
    """

    kind: Literal["budgets"]
    per_request: float | None = Field(
        None, ge=0, description="USD one turn may spend (checked against the turn's cost)."
    )
    per_user_daily: float | None = Field(
        None, ge=0, description="USD one user may spend per UTC day (shared in Redis)."
    )
    global_daily: float | None = Field(
        None, ge=0, description="USD the whole deployment may spend per UTC day (shared in Redis)."
    )
    estimate_output_tokens: int = Field(
        512, ge=1, le=1_000_000,
        description="Output tokens assumed when reserving a model call (an upper bound keeps "
        "committed spend within the budget).",
    )
    chars_per_token: float = Field(
        3.0, gt=0, le=10,
        description="Characters per input token assumed when estimating (lower is safer).",
    )
    on_exceeded: Literal["cheaper", "refuse"] = Field(
        "cheaper",
        description="`cheaper` tries the node's later (cheaper) fallback models first; "
        "`refuse` takes the budget edge at once. Either way the turn ends on the edge that "
        "tests `degraded.reason == 'budget'` when nothing fits.",
    )
    reservation_ttl: float = Field(
        300.0, gt=0, le=86_400,
        description="Seconds a reservation holds budget if its process dies before committing.",
    )


class BreakerSettings(StrictModel):
    """One circuit's thresholds (see :class:`railgraph.state.breaker.BreakerConfig`)."""

    failure_threshold: int = Field(5, ge=1, description="Failures within `window` that open it.")
    window: float = Field(60.0, gt=0, description="Seconds over which failures are counted.")
    recovery_timeout: float = Field(
        30.0, gt=0, description="Seconds it stays open before probe calls are let through."
    )
    half_open_max_probes: int = Field(1, ge=1, description="Probe calls admitted at once.")
    success_threshold: int = Field(1, ge=1, description="Probe successes that close it again.")
    probe_timeout: float = Field(
        60.0, gt=0, description="Seconds a probe slot is held without an outcome."
    )


class BreakersPolicy(StrictModel):
    """Circuit breakers per model and per tool, shared by every process through Redis."""

    kind: Literal["breakers"]
    default: BreakerSettings = Field(
        default_factory=BreakerSettings, description="Settings of circuits not listed below."
    )
    models: dict[str, BreakerSettings] = Field(
        default_factory=dict, description="Settings by named model."
    )
    tools: dict[str, BreakerSettings] = Field(
        default_factory=dict, description="Settings by tool name."
    )

    def settings(self, kind: Literal["model", "tool"], name: str) -> BreakerSettings:
        """The settings of one circuit."""
        table = self.models if kind == "model" else self.tools
        return table.get(name, self.default)


class CachePolicy(StrictModel):
    """A Redis cache of answers to repeated or near-identical questions.

    Questions are compared after normalisation (see :func:`railgraph.reliability.cache.normalise`):
    case, accents, punctuation, filler words and word order do not matter. Only the opening
    question of a conversation, answered without tools, is stored or served, so an answer built
    from one customer's data or earlier turns is never served to another.
    """

    kind: Literal["cache"]
    ttl: float = Field(3600.0, gt=0, le=30 * 86_400, description="Seconds an answer is kept.")
    serve: Literal["always", "fallback"] = Field(
        "always",
        description="`always` answers repeated questions from the cache before any model call; "
        "`fallback` stores answers but serves them only when every model of the chain fails.",
    )
    scope: Literal["global", "tenant"] = Field(
        "tenant", description="`tenant` keeps a separate cache per tenant id."
    )
    max_question_chars: int = Field(
        500, ge=1, description="Longer questions are not cached (they are rarely repeated)."
    )
    filler_words: list[str] = Field(
        default_factory=lambda: ["please", "hi", "hello", "hey", "thanks", "thank", "you",
                                 "can", "could", "would", "tell", "me", "i", "a", "an", "the",
                                 "do", "does", "is", "are", "what", "whats", "s", "your", "my"],
        description="Words ignored when comparing questions.",
    )
