"""``guard`` nodes: run detectors on the user's message or the draft answer."""

from __future__ import annotations

from typing import Any

from langchain_core.messages import AIMessage, HumanMessage
from langchain_core.runnables import RunnableConfig

from railgraph.guards.base import Span, redact
from railgraph.nodes.context import BuildContext, audit_entry, last_ai, last_human, text_of
from railgraph.spec.model import GuardNode

__all__ = ["build"]


def build(node: GuardNode, ctx: BuildContext) -> Any:
    del ctx
    from railgraph.guards.registry import build_detector

    params = node.params
    checks = [(c, build_detector(c.detector, c.params)) for c in params.checks]

    async def guard(state: dict[str, Any], config: RunnableConfig) -> dict[str, Any]:
        messages = state.get("messages") or []
        target = last_human(messages) if params.stage == "input" else last_ai(messages)
        if target is None:
            return {}
        text = text_of(target)
        verdicts: list[dict[str, Any]] = []
        audit: list[dict[str, Any]] = []
        spans: list[Span] = []
        update: dict[str, Any] = {}
        source = "user" if params.stage == "input" else "assistant"
        for check, detector in checks:
            verdict = detector.check(text, {"source": source, "stage": params.stage})
            decision = check.action if verdict.flagged else "pass"
            verdicts.append({"node": node.id, "check": check.detector, "verdict": decision,
                             "score": round(verdict.score, 4), "reason": verdict.reason})
            audit.append(audit_entry(state, config, kind="guard", node=node.id,
                                     detector=check.detector, verdict=decision,
                                     score=round(verdict.score, 4), reason=verdict.reason,
                                     category=verdict.category))
            if not verdict.flagged:
                continue
            if check.action == "block":
                update.update(
                    blocked={"node": node.id, "check": check.detector, "reason": verdict.reason},
                    response=params.refusal,
                    outcome="blocked",
                )
                break  # a blocked turn needs no further checks
            if check.action == "redact":
                spans.extend(verdict.spans)
            elif check.action == "escalate":
                update["escalation"] = {"reason": f"guard:{check.detector}", "priority": "high",
                                        "node": node.id}
                update["route"] = "human"
        if spans and "blocked" not in update:
            cleaned = redact(text, spans)
            replacement: Any
            if isinstance(target, HumanMessage):
                replacement = HumanMessage(content=cleaned, id=target.id, name=target.name)
            else:
                replacement = AIMessage(content=cleaned, id=target.id, name=target.name,
                                        response_metadata=target.response_metadata)
            update["messages"] = [replacement]
        update["verdicts"] = verdicts
        update["audit"] = audit
        return update

    return guard
