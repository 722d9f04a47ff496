"""``escalate`` nodes: the conversation handed to a human (a durable interrupt)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import Field

from railgraph.policies import EscalationPolicy
from railgraph.spec.base import NodeBase, NodeKind, PathKey
from railgraph.strict import StrictModel

if TYPE_CHECKING:
    from railgraph.spec.checks import Checker


__all__ = [
    "KIND",
    "EscalateNode",
    "EscalateParams",
    "check",
]


class EscalateParams(StrictModel):
    priority: Literal["low", "normal", "high"] = Field("normal", description="Queue priority.")
    reason: str | None = Field(None, description="Reason shown to the human (default: from state).")
    question: str = Field(
        "Please answer the customer.", description="Prompt shown to the human agent."
    )
    summary_messages: int = Field(6, ge=1, le=100, description="Messages in the summary.")
    policy: str | None = Field(
        None,
        description="Name of the escalation policy: priorities by reason, the confirmation "
        "of high-stakes actions, and the timeout after which `railgraph sweep` answers.",
    )


class EscalateNode(NodeBase):
    """Hands the conversation to a human (durable interrupt)."""

    kind: Literal["escalate"]
    params: EscalateParams = Field(default_factory=EscalateParams)


def check(node: EscalateNode, at: PathKey, checker: Checker) -> None:
    """An escalation policy of the right kind."""
    checker.policy(node.params.policy, EscalationPolicy, (*at, "params", "policy"))


KIND = NodeKind("escalate", EscalateNode, check, builder="railgraph.nodes.escalate:build")
