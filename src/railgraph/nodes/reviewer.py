"""``reviewer`` nodes: approve the draft answer, ask for a revision, or escalate."""

from __future__ import annotations

import re
from typing import Any

from langchain_core.runnables import RunnableConfig

from railgraph.nodes.context import BuildContext, audit_entry, last_ai, text_of
from railgraph.policies import EscalationPolicy
from railgraph.spec.kinds.reviewer import ReviewerNode

__all__ = ["build"]


def build(node: ReviewerNode, ctx: BuildContext) -> Any:
    params = node.params
    policy = ctx.policy(params.escalation)
    # The escalation policy's signal table, when named, is the single place the threshold lives.
    signal = policy.signals.low_confidence if isinstance(policy, EscalationPolicy) else None
    min_confidence = params.min_confidence if signal is None else (
        signal.below if signal.enabled else 0.0)
    priority = signal.priority if signal is not None else "normal"
    patterns = [re.compile(p) for p in params.blocked_patterns]
    pii = None
    if params.pii:
        from railgraph.guards.registry import build_detector

        pii = build_detector("pii")

    async def reviewer(state: dict[str, Any], config: RunnableConfig) -> dict[str, Any]:
        draft = last_ai(state.get("messages") or [])
        text = text_of(draft) if draft is not None else ""
        meta = getattr(draft, "response_metadata", None) or {}
        confidence = meta.get("confidence")
        revise: list[str] = []
        if len(text) > params.max_chars:
            revise.append(f"the answer is longer than {params.max_chars} characters")
        if any(p.search(text) for p in patterns):
            revise.append("the answer contains content the policy does not allow")
        if pii is not None and pii.check(text).flagged:
            revise.append("the answer contains personal data")
        escalate_reason = None
        if isinstance(confidence, int | float) and confidence < min_confidence:
            escalate_reason = "low_confidence"
        revisions = int(state.get("revisions") or 0)
        if revise and revisions >= params.max_revisions:
            escalate_reason = "revisions_exhausted"
        if escalate_reason:
            decision = "escalate"
        elif revise:
            decision = "revise"
        else:
            decision = "approve"
        update: dict[str, Any] = {
            "review": {"decision": decision, "reasons": revise or ([escalate_reason]
                                                                  if escalate_reason else []),
                       "confidence": confidence},
            "audit": [audit_entry(state, config, kind="review", node=node.id, verdict=decision,
                                  reason="; ".join(revise) or escalate_reason or "ok")],
        }
        if decision == "revise":
            update["feedback"] = "; ".join(revise) + "."
            update["revisions"] = revisions + 1
        elif decision == "escalate":
            update["escalation"] = {"reason": escalate_reason, "priority": priority,
                                    "node": node.id}
            if escalate_reason == "low_confidence":
                update["escalation"]["detail"] = (f"answer confidence {confidence:.2f} below "
                                                  f"{min_confidence}")
        return update

    return reviewer
