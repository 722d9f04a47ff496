"""``escalate`` nodes: hand the conversation to a human through a durable interrupt.

The node pauses the thread with LangGraph's ``interrupt``; the checkpoint keeps
it until someone resumes it (``railgraph resume`` or ``Command(resume=...)``)
with the human's answer, possibly from another process much later.
"""

from __future__ import annotations

from typing import Any

from langchain_core.messages import AIMessage
from langchain_core.runnables import RunnableConfig
from langgraph.types import interrupt

from railgraph.guards.base import redact
from railgraph.nodes.context import BuildContext, audit_entry, text_of
from railgraph.spec.model import EscalateNode

__all__ = ["build", "summarize"]

_ROLE = {"human": "customer", "ai": "agent", "tool": "tool", "system": "system"}


def summarize(messages: list[Any], limit: int, scrub: Any) -> str:
    """The last ``limit`` messages as ``role: text`` lines, PII replaced by markers."""
    lines = []
    for message in messages[-limit:]:
        role = _ROLE.get(getattr(message, "type", ""), "other")
        text = " ".join(text_of(message).split())
        if not text and getattr(message, "tool_calls", None):
            text = "(calls " + ", ".join(c["name"] for c in message.tool_calls) + ")"
        text = redact(text, scrub.check(text).spans)
        lines.append(f"{role}: {text[:300]}")
    return "\n".join(lines)


def build(node: EscalateNode, ctx: BuildContext) -> Any:
    del ctx
    from railgraph.guards.registry import build_detector

    params = node.params
    scrub = build_detector("pii")

    async def escalate(state: dict[str, Any], config: RunnableConfig) -> dict[str, Any]:
        current = state.get("escalation") or {}
        reason = params.reason or current.get("reason") or (
            "user_requested" if state.get("route") == "human" else "policy")
        priority = current.get("priority") if current.get("priority") in ("high",) \
            else params.priority
        request = {
            "reason": reason,
            "priority": priority,
            "summary": summarize(state.get("messages") or [], params.summary_messages, scrub),
            "question": params.question,
            "node": node.id,
        }
        answer = interrupt(request)
        if isinstance(answer, dict):
            answer = answer.get("answer") or answer.get("response") or ""
        answer = str(answer).strip() or "A member of our team will get back to you shortly."
        return {
            "messages": [AIMessage(content=answer, name="human_agent")],
            "response": answer,
            "outcome": "escalated",
            "escalation": {k: request[k] for k in ("reason", "priority", "summary")},
            "audit": [audit_entry(state, config, kind="escalation", node=node.id,
                                  verdict="answered", reason=reason, priority=priority)],
        }

    return escalate
