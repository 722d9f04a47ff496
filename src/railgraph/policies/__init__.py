"""Policy files: the YAML under ``policies/`` that graphs refer to by name.

Each file starts with ``kind:`` so one loader can validate any of them; the
models below are plain data, validated with the same located errors as graphs.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import Field, TypeAdapter

from railgraph.policies.governance import EscalationPolicy, ToolsPolicy
from railgraph.policies.reliability import (
    BreakerSettings,
    BreakersPolicy,
    BudgetsPolicy,
    CachePolicy,
)
from railgraph.policies.types import RegexList
from railgraph.strict import StrictModel

__all__ = [
    "BreakerSettings",
    "BreakersPolicy",
    "BudgetsPolicy",
    "CachePolicy",
    "DegradationPolicy",
    "EscalationPolicy",
    "FaqEntry",
    "ModelPrice",
    "Policy",
    "PricesPolicy",
    "RoutingPolicy",
    "RoutingTier",
    "ToolsPolicy",
    "policy_adapter",
]


class ModelPrice(StrictModel):
    """Price of one model in US dollars per million tokens."""

    input: float = Field(ge=0, description="USD per 1M input tokens.")
    output: float = Field(ge=0, description="USD per 1M output tokens.")


class PricesPolicy(StrictModel):
    """Token prices per named model (names as declared under the graph's `models:`)."""

    kind: Literal["prices"]
    currency: Literal["USD"] = "USD"
    models: dict[str, ModelPrice] = Field(description="Prices by model name.")
    tools: dict[str, float] = Field(
        default_factory=dict, description="Flat cost in USD of one call, by tool name."
    )

    def cost(self, model: str, input_tokens: int, output_tokens: int) -> float:
        """Cost in USD of one call; 0 for a model without a price."""
        price = self.models.get(model)
        if price is None:
            return 0.0
        return (input_tokens * price.input + output_tokens * price.output) / 1_000_000


class RoutingTier(StrictModel):
    """A model tier chosen when the message complexity is at most ``max_complexity``."""

    name: str = Field(description="Tier name, written to state as `route`.")
    model: str = Field(description="Named model of the graph used for this tier.")
    max_complexity: float = Field(1.0, ge=0, le=1, description="Upper bound of the score.")


class RoutingPolicy(StrictModel):
    """Routes by message complexity, a score in [0, 1] from simple text features."""

    kind: Literal["routing"]
    tiers: list[RoutingTier] = Field(min_length=1, description="Tried in order; first fits.")
    long_message_chars: int = Field(
        600, ge=1, description="Length at which the length feature saturates."
    )
    complex_terms: list[str] = Field(
        default_factory=list,
        description="Words that suggest a complex request (compare, explain why, analyse...).",
    )


class FaqEntry(StrictModel):
    """A basic answer given without a model when the question matches one of its patterns."""

    patterns: RegexList = Field(min_length=1, description="Regular expressions (case-insensitive).")
    answer: str = Field(min_length=1, description="The answer.")

    def matches(self, text: str) -> bool:
        """Whether ``text`` matches one of the patterns."""
        return any(re.search(p, text, re.IGNORECASE) for p in self.patterns)


class DegradationPolicy(StrictModel):
    """Answers used when the agent cannot answer normally: templates, basic FAQ answers, and a
    generic safe answer, tried in the order of a respond node's ``levels``."""

    kind: Literal["degradation"]
    templates: dict[str, str] = Field(description="Template text by name.")
    faq: list[FaqEntry] = Field(
        default_factory=list, description="Basic answers by question pattern (level `faq`)."
    )
    fallback: str = Field(
        "Sorry, something went wrong on our side. Please try again in a moment.",
        description="Generic safe answer when nothing else applies.",
    )

    def faq_answer(self, question: str) -> str | None:
        """The first FAQ answer whose patterns match ``question``."""
        return next((e.answer for e in self.faq if e.matches(question)), None)


Policy = Annotated[
    PricesPolicy | RoutingPolicy | DegradationPolicy | BudgetsPolicy | BreakersPolicy
    | CachePolicy | ToolsPolicy | EscalationPolicy,
    Field(discriminator="kind"),
]

policy_adapter: TypeAdapter[Any] = TypeAdapter(Policy)
"""Validates any policy file by its `kind`."""
