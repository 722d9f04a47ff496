"""``guard`` nodes: detectors run on the user's message, tool results or the draft answer."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, ValidationError

from railgraph.spec.base import NodeBase, NodeKind, PathKey
from railgraph.strict import StrictModel

if TYPE_CHECKING:
    from railgraph.spec.checks import Checker


__all__ = [
    "KIND",
    "GuardCheck",
    "GuardNode",
    "GuardParams",
    "check",
]


class GuardCheck(StrictModel):
    """One detector run by a guard node, and what to do when it flags."""

    detector: str = Field(description="Detector name: size, injection, pii, secrets, or a plug-in.")
    params: dict[str, Any] = Field(default_factory=dict, description="Detector parameters.")
    action: Literal["block", "redact", "escalate", "revise", "log"] = Field(
        "block",
        description="`block` stops the turn with the refusal; `redact` replaces flagged spans "
        "with typed markers; `escalate` hands over to a human; `revise` (output stage) sends "
        "the draft back to the llm node with feedback; `log` only records. Unset: the "
        "detector's own default (a Guardrails AI validator's `on_fail`), else `block`.",
    )


class GuardParams(StrictModel):
    stage: Literal["input", "tool", "output"] = Field(
        "input",
        description="`input` checks the user's message; `tool` the results of the last tool "
        "step (a block withholds that result from the model); `output` the draft answer.",
    )
    checks: list[GuardCheck] = Field(min_length=1, description="Detectors, run in order.")
    refusal: str = Field(
        "I can't help with that request.", max_length=2000, description="Answer when blocked."
    )
    max_revisions: int = Field(
        2, ge=0, le=10, description="Revisions a `revise` check may ask for in one turn; "
        "after that the draft is blocked with the refusal.",
    )
    prices: str | None = Field(
        None, description="Name of the price policy pricing what model-backed checks "
        "(`judge`) spend; their cost is added to the turn's like an llm node's.",
    )
    budgets: str | None = Field(
        None, description="Name of the budgets policy charged with what model-backed checks "
        "spend (after the checks: a judge's cost is not known before it answers).",
    )


class GuardNode(NodeBase):
    """Runs detectors on the user's message or the draft answer."""

    kind: Literal["guard"]
    params: GuardParams


def check(node: GuardNode, at: PathKey, checker: Checker) -> None:
    """Each check names a known detector with valid parameters; ``revise`` can reach an llm."""
    import railgraph.integrations  # noqa: F401  (adapters register their detectors, lazily)
    from railgraph.guards.registry import (
        DETECTORS,
        DetectorEnv,
        build_detector,
        is_dotted,
        params_model,
        validation_context,
    )

    params: PathKey = (*at, "params")
    for j, item in enumerate(node.params.checks):
        where: PathKey = (*params, "checks", j)
        _check_revise(node, item.action, where, checker)
        if item.detector not in DETECTORS and not is_dotted(item.detector):
            checker.add((*where, "detector"), f"unknown detector '{item.detector}'"
                        f"{checker.suggest(item.detector, DETECTORS)}")
            continue
        try:
            params_model(item.detector).model_validate(
                item.params, context=validation_context(
                    DetectorEnv(base_dir=checker.root, models=list(checker.definition.models))))
            if is_dotted(item.detector):  # constructors of validators check more
                default = getattr(build_detector(item.detector, item.params),
                                  "default_action", None)
                if "action" not in item.model_fields_set and default == "revise":
                    _check_revise(node, default, where, checker)  # on_fail: reask
        except ValidationError as exc:
            for error in exc.errors(include_url=False):
                sub = (*where, "params", *error["loc"])
                name = ".".join(str(part) for part in error["loc"]) or "params"
                message = f"parameter '{name}': {error['msg']}"
                if error["type"] == "extra_forbidden":
                    message = f"unknown parameter '{name}'"
                checker.add(sub, f"detector '{item.detector}' {message}")
        except ValueError as exc:  # a dotted path that names no usable detector
            checker.add((*where, "detector"), str(exc))


def _check_revise(node: GuardNode, action: str, where: PathKey, checker: Checker) -> None:
    if action != "revise":
        return
    if node.params.stage != "output":
        checker.add((*where, "action"), "action 'revise' needs stage: output (only a "
                    "draft answer can be sent back to the model)")
    elif not _revises_to_llm(node.id, checker):
        checker.add((*where, "action"), f"action 'revise' needs a conditional edge from "
                    f"'{node.id}' to an llm node (a branch such as "
                    "{when: review.decision == 'revise', to: <llm node>})")


def _revises_to_llm(node_id: str, checker: Checker) -> bool:
    """True when a conditional edge from ``node_id`` can lead to an llm node."""
    definition = checker.definition
    llm = {n.id for n in definition.nodes if n.kind == "llm"}
    return any(edge.from_ == node_id and edge.branches is not None
               and any(b.to in llm for b in edge.branches) for edge in definition.edges)


KIND = NodeKind("guard", GuardNode, check, builder="railgraph.nodes.guard:build")
