"""``tools`` nodes: the last model message's tool calls, executed under policy."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import Field

from railgraph.policies import (
    BreakersPolicy,
    BudgetsPolicy,
    EscalationPolicy,
    PricesPolicy,
    ToolsPolicy,
)
from railgraph.spec.base import NodeBase, NodeKind, PathKey
from railgraph.strict import StrictModel

if TYPE_CHECKING:
    from railgraph.spec.checks import Checker


__all__ = [
    "KIND",
    "ToolsNode",
    "ToolsParams",
    "check",
]


class ToolsParams(StrictModel):
    allow: list[str] | None = Field(
        None, description="Tools this node may run (default: every tool of the graph)."
    )
    max_input_chars: int = Field(
        4000, ge=1, le=1_000_000, description="Largest serialised arguments accepted."
    )
    prices: str | None = Field(
        None, description="Name of the price policy whose `tools:` costs apply."
    )
    policy: str | None = Field(
        None, description="Name of the tools policy: roles, rate limits, writes, high stakes."
    )
    read_only: bool = Field(False, description="This node refuses tools that write.")
    breakers: str | None = Field(
        None, description="Name of the breakers policy: one shared circuit per tool."
    )
    budgets: str | None = Field(
        None, description="Name of the budgets policy: priced tool calls reserve their cost "
        "first; a call over budget sets `degraded.reason = 'budget'`."
    )
    escalation: str | None = Field(
        None,
        description="Name of the escalation policy: consecutive tool failures and high-stakes "
        "calls set `escalation` (route it with an edge).",
    )


class ToolsNode(NodeBase):
    """Executes the tool calls of the last model message."""

    kind: Literal["tools"]
    params: ToolsParams = Field(default_factory=ToolsParams)


def check(node: ToolsNode, at: PathKey, checker: Checker) -> None:
    """Policies of the right kinds; every allowed tool declared."""
    params: PathKey = (*at, "params")
    checker.policy(node.params.prices, PricesPolicy, (*params, "prices"))
    checker.policy(node.params.policy, ToolsPolicy, (*params, "policy"))
    checker.policy(node.params.breakers, BreakersPolicy, (*params, "breakers"))
    checker.policy(node.params.budgets, BudgetsPolicy, (*params, "budgets"))
    checker.policy(node.params.escalation, EscalationPolicy, (*params, "escalation"))
    for j, tool in enumerate(node.params.allow or []):
        checker.tool_ref(tool, (*params, "allow", j))


KIND = NodeKind("tools", ToolsNode, check, builder="railgraph.nodes.tools:build")
