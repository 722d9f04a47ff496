"""``reviewer`` nodes: approve the draft answer, ask for a revision, or escalate."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

from pydantic import Field

from railgraph.policies import EscalationPolicy
from railgraph.spec.base import NodeBase, NodeKind, PathKey
from railgraph.strict import StrictModel

if TYPE_CHECKING:
    from railgraph.spec.checks import Checker


__all__ = [
    "KIND",
    "ReviewerNode",
    "ReviewerParams",
    "check",
]


class ReviewerParams(StrictModel):
    max_chars: int = Field(2000, ge=1, description="Longest acceptable answer.")
    min_confidence: float = Field(0.4, ge=0, le=1, description="Below this, escalate.")
    blocked_patterns: list[str] = Field(
        default_factory=list, description="Regular expressions an answer must not match."
    )
    pii: bool = Field(False, description="Ask for a revision when the draft contains PII.")
    max_revisions: int = Field(2, ge=0, le=10, description="Revisions before escalating.")
    escalation: str | None = Field(
        None, description="Name of the escalation policy (its `low_confidence` threshold and "
        "priority replace `min_confidence`)."
    )


class ReviewerNode(NodeBase):
    """Reviews the draft answer: approve, revise or escalate."""

    kind: Literal["reviewer"]
    params: ReviewerParams = Field(default_factory=ReviewerParams)


def check(node: ReviewerNode, at: PathKey, checker: Checker) -> None:
    """An escalation policy of the right kind; blocked patterns compile."""
    params: PathKey = (*at, "params")
    checker.policy(node.params.escalation, EscalationPolicy, (*params, "escalation"))
    for j, pattern in enumerate(node.params.blocked_patterns):
        try:
            re.compile(pattern)
        except re.error as exc:
            checker.add((*params, "blocked_patterns", j), f"bad regular expression: {exc}")


KIND = NodeKind("reviewer", ReviewerNode, check, builder="railgraph.nodes.reviewer:build")
