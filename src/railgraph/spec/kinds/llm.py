"""``llm`` nodes: a chat model called with tools bound, under reliability and cost policies."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import Field, model_validator

from railgraph.policies import (
    BreakersPolicy,
    BudgetsPolicy,
    CachePolicy,
    PricesPolicy,
    RoutingPolicy,
)
from railgraph.spec.base import NodeBase, NodeKind, PathKey
from railgraph.strict import StrictModel

if TYPE_CHECKING:
    from railgraph.spec.checks import Checker


__all__ = [
    "KIND",
    "LLMNode",
    "LLMParams",
    "check",
]


class LLMParams(StrictModel):
    model: str | None = Field(
        None, description="Named model; default: the model the router chose, else `default_model`."
    )
    system: str = Field("", max_length=20_000, description="System prompt.")
    tools: list[str] = Field(default_factory=list, description="Tools bound to the model.")
    prices: str | None = Field(
        None, description="Name of the price policy used for cost (none: cost not counted)."
    )
    fallbacks: list[str] = Field(
        default_factory=list,
        description="Named models tried in order when the chosen one fails after its retries, "
        "its circuit is open, or it does not fit the budget (primary -> cheaper -> ...).",
    )
    budgets: str | None = Field(
        None, description="Name of the budgets policy enforced before every call."
    )
    breakers: str | None = Field(
        None, description="Name of the breakers policy: one shared circuit per model."
    )
    cache: str | None = Field(
        None, description="Name of the cache policy: repeated questions are answered from it, "
        "and it is the last resort when every model of the chain fails."
    )
    call_timeout: float | None = Field(
        None, gt=0, le=3600,
        description="Seconds one model call may take. A call that runs longer fails as a "
        "transient timeout: retried while the node has attempts left, then the next model of "
        "the chain is tried. Without it only the node's `timeout` bounds a call, so a model "
        "that hangs uses up every attempt and the chain never reaches its fallbacks.",
    )
    confidence: Literal["auto", "self_report"] = Field(
        "auto",
        description="Where the reviewer's answer confidence comes from. `auto`: the model's "
        "own report in its response metadata, else the mean token probability when the "
        "provider returns log-probabilities (OpenAI models with `logprobs: true` in their "
        "params); `self_report`: the model is asked to end each answer with a line "
        "`Confidence: <0..1>`, which is taken off the answer before anyone sees it (works "
        "with every provider).",
    )


class LLMNode(NodeBase):
    """Calls a chat model with tools bound."""

    kind: Literal["llm"]
    params: LLMParams = Field(default_factory=LLMParams)

    @model_validator(mode="after")
    def _call_within_attempt(self) -> LLMNode:
        call, attempt = self.params.call_timeout, self.timeout
        if call is not None and attempt is not None and call >= attempt:
            raise ValueError(
                f"params.call_timeout ({call:g} s) must be shorter than the node's timeout "
                f"({attempt:g} s): otherwise the node times out first and no fallback is tried")
        return self


def check(node: LLMNode, at: PathKey, checker: Checker) -> None:
    """Models, tools and policies exist; every model it may call is priced; a model is chosen."""
    params: PathKey = (*at, "params")
    definition = checker.definition
    checker.model_ref(node.params.model, (*params, "model"))
    for j, tool in enumerate(node.params.tools):
        checker.tool_ref(tool, (*params, "tools", j))
    prices = checker.policy(node.params.prices, PricesPolicy, (*params, "prices"))
    if prices is not None:
        _check_prices(node, prices, (*params, "prices"), checker)
    for j, fallback in enumerate(node.params.fallbacks):
        checker.model_ref(fallback, (*params, "fallbacks", j))
    checker.policy(node.params.budgets, BudgetsPolicy, (*params, "budgets"))
    checker.policy(node.params.breakers, BreakersPolicy, (*params, "breakers"))
    checker.policy(node.params.cache, CachePolicy, (*params, "cache"))
    has_router = any(n.kind == "router" for n in definition.nodes)
    if node.params.model is None and definition.default_model is None and \
            len(definition.models) != 1 and not has_router:
        checker.add(at, f"llm node '{node.id}' names no model and the graph has "
                        "no default_model")


def _check_prices(node: LLMNode, prices: PricesPolicy, path: PathKey, checker: Checker) -> None:
    """Every model an llm node may call has a price: a missing one would bill $0."""
    definition = checker.definition
    names = [node.params.model] if node.params.model else [
        definition.default_model, *_routed_models(checker)]
    for model in dict.fromkeys(n for n in [*names, *node.params.fallbacks] if n):
        if model in definition.models and model not in prices.models:
            checker.add(path, f"price policy '{node.params.prices}' has no price for model "
                              f"'{model}', which llm node '{node.id}' may call (it would be "
                              "billed $0 and never charged to budgets)")


def _routed_models(checker: Checker) -> list[str]:
    """Models the graph's routers may choose (their routing policies' tiers)."""
    found: list[str] = []
    for node in checker.definition.nodes:
        if node.kind == "router":
            routing = checker.policies.get(node.params.policy or "")
            if isinstance(routing, RoutingPolicy):
                found.extend(t.model for t in routing.tiers)
    return found


KIND = NodeKind("llm", LLMNode, check, builder="railgraph.nodes.llm:build")
