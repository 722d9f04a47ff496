"""``respond`` nodes: the final answer of the turn, or a degradation answer."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import Field

from railgraph.policies import CachePolicy, DegradationPolicy
from railgraph.spec.base import NodeBase, NodeKind, PathKey
from railgraph.strict import StrictModel

if TYPE_CHECKING:
    from railgraph.spec.checks import Checker


__all__ = [
    "KIND",
    "DegradationLevel",
    "RespondNode",
    "RespondParams",
    "check",
]


DegradationLevel = Literal["cached", "faq", "template", "fallback"]
"""A step of a degradation node: cached answer, FAQ answer, template, generic fallback."""


class RespondParams(StrictModel):
    template: str | None = Field(
        None, description="Degradation template name from the degradation policy."
    )
    policy: str | None = Field(
        None, description="Name of the degradation policy (needed for `template`)."
    )
    levels: list[DegradationLevel] = Field(
        default_factory=lambda: list[DegradationLevel](["template"]),
        min_length=1,
        description="Degradation levels tried in order when the node has a `template`: "
        "`cached` answer to the same question, basic `faq` answer, the `template`, the "
        "policy's generic `fallback`.",
    )
    cache: str | None = Field(None, description="Name of the cache policy (level `cached`).")


class RespondNode(NodeBase):
    """Writes the final answer of the turn."""

    kind: Literal["respond"]
    params: RespondParams = Field(default_factory=RespondParams)


def check(node: RespondNode, at: PathKey, checker: Checker) -> None:
    """Policies of the right kinds; a template names one of the degradation policy's."""
    params: PathKey = (*at, "params")
    degradation = checker.policy(node.params.policy, DegradationPolicy, (*params, "policy"))
    checker.policy(node.params.cache, CachePolicy, (*params, "cache"))
    template = node.params.template
    if template is not None and node.params.policy is None:
        checker.add((*params, "template"), "a template needs `policy:` naming a "
                    "degradation policy")
    elif degradation is not None and template is not None and \
            template not in degradation.templates:
        checker.add((*params, "template"), f"unknown degradation template '{template}'"
                    f"{checker.suggest(template, degradation.templates)}")


KIND = NodeKind("respond", RespondNode, check, builder="railgraph.nodes.respond:build")
