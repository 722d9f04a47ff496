"""``guard`` nodes: run detectors on the user's message, tool outputs or the draft answer.

- ``stage: input`` checks the latest user message; a block ends the turn with the refusal.
- ``stage: tool`` checks the tool results of the latest tool step (indirect injection);
  a block withholds that tool result from the model instead of ending the turn.
- ``stage: output`` checks the draft answer; a block ends the turn with the refusal.
"""

from __future__ import annotations

from typing import Any

from langchain_core.messages import AIMessage, AnyMessage, HumanMessage, ToolMessage
from langchain_core.runnables import RunnableConfig

from railgraph.guards.base import Span, redact
from railgraph.nodes.context import BuildContext, audit_entry, last_ai, last_human, text_of
from railgraph.spec.model import GuardNode

__all__ = ["WITHHELD", "build"]

WITHHELD = "[tool output withheld by a guard: {reason}]"
"""What the model reads instead of a tool result that a guard blocked."""

_SOURCE = {"input": "user", "tool": "tool", "output": "assistant"}


def _targets(stage: str, messages: list[AnyMessage]) -> list[Any]:
    if stage == "input":
        found: Any = last_human(messages)
        return [found] if found is not None else []
    if stage == "output":
        found = last_ai(messages)
        return [found] if found is not None else []
    results: list[ToolMessage] = []
    for message in reversed(messages):  # the trailing tool results of the last tool step
        if not isinstance(message, ToolMessage):
            break
        results.append(message)
    return list(reversed(results))


def _replace(message: Any, content: str) -> Any:
    if isinstance(message, HumanMessage):
        return HumanMessage(content=content, id=message.id, name=message.name)
    if isinstance(message, ToolMessage):
        return ToolMessage(content=content, id=message.id, name=message.name,
                           tool_call_id=message.tool_call_id, status=message.status)
    return AIMessage(content=content, id=message.id, name=message.name,
                     response_metadata=message.response_metadata)


def build(node: GuardNode, ctx: BuildContext) -> Any:
    del ctx
    from railgraph.guards.registry import build_detector

    params = node.params
    checks = [(c, build_detector(c.detector, c.params)) for c in params.checks]
    context = {"source": _SOURCE[params.stage], "stage": params.stage}

    async def guard(state: dict[str, Any], config: RunnableConfig) -> dict[str, Any]:
        verdicts: list[dict[str, Any]] = []
        audit: list[dict[str, Any]] = []
        replaced: list[Any] = []
        update: dict[str, Any] = {}
        for target in _targets(params.stage, state.get("messages") or []):
            text = text_of(target)
            spans: list[Span] = []
            blocked_reason: str | None = None
            for check, detector in checks:
                verdict = detector.check(text, context)
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
                    blocked_reason = verdict.reason or check.detector
                    break  # a blocked text needs no further checks
                if check.action == "redact":
                    spans.extend(verdict.spans)
                elif check.action == "escalate":
                    update["escalation"] = {"reason": f"guard:{check.detector}",
                                            "priority": "high", "node": node.id}
                    update["route"] = "human"
            if blocked_reason is not None and params.stage == "tool":
                replaced.append(_replace(target, WITHHELD.format(reason=blocked_reason)))
            elif blocked_reason is not None:
                update.update(blocked={"node": node.id, "check": verdicts[-1]["check"],
                                       "reason": blocked_reason},
                              response=params.refusal, outcome="blocked")
                break
            elif spans:
                replaced.append(_replace(target, redact(text, spans)))
        if replaced and "blocked" not in update:
            update["messages"] = replaced
        update["verdicts"] = verdicts
        update["audit"] = audit
        return update

    return guard
