"""``router`` nodes: a route from rules, else a model tier by message complexity."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import Field

from railgraph.policies import EscalationPolicy, RoutingPolicy
from railgraph.spec.base import Expression, Identifier, NodeBase, NodeKind, PathKey
from railgraph.strict import StrictModel

if TYPE_CHECKING:
    from railgraph.spec.checks import Checker


__all__ = [
    "KIND",
    "RouteRule",
    "RouterNode",
    "RouterParams",
    "check",
]


class RouteRule(StrictModel):
    when: Expression
    route: Identifier = Field(description="Route set when the condition holds.")


class RouterParams(StrictModel):
    policy: str | None = Field(
        None, description="Name of the routing policy under `policies:` (none: no tiers)."
    )
    escalation: str | None = Field(
        None,
        description="Name of the escalation policy whose input signals (user asks for a human, "
        "very negative sentiment, repeated failures) set `escalation` and route `human`.",
    )
    rules: list[RouteRule] = Field(
        default_factory=list, description="Rules tried before complexity routing; first wins."
    )


class RouterNode(NodeBase):
    """Chooses a route and a model tier."""

    kind: Literal["router"]
    params: RouterParams = Field(default_factory=RouterParams)


def check(node: RouterNode, at: PathKey, checker: Checker) -> None:
    """Policies of the right kinds; every tier's model declared; rules are valid expressions."""
    params: PathKey = (*at, "params")
    checker.policy(node.params.escalation, EscalationPolicy, (*params, "escalation"))
    routing = checker.policy(node.params.policy, RoutingPolicy, (*params, "policy"))
    if routing is not None:
        for tier in routing.tiers:
            if tier.model not in checker.definition.models:
                checker.add((*params, "policy"), f"routing policy '{node.params.policy}' "
                            f"names model '{tier.model}', which the graph does not declare")
    for j, rule in enumerate(node.params.rules):
        checker.expression(rule.when, (*params, "rules", j, "when"))


KIND = NodeKind("router", RouterNode, check, builder="railgraph.nodes.router:build")
