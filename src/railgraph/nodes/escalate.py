"""``escalate`` nodes: hand the conversation to a human through a durable interrupt.

The node pauses the thread with LangGraph's ``interrupt``; the checkpoint keeps
it until someone resumes it (``railgraph resume`` or ``Command(resume=...)``)
with the human's answer, possibly from another process much later.

With an escalation policy, the reason sets the priority (the signal table), a
high-stakes action is first confirmed with the user (a first interrupt, answered
by the user) and then handed over, and every wait is registered with its deadline
so that ``railgraph sweep`` can answer threads nobody picked up in time: it
resumes them with :data:`railgraph.escalation.TIMEOUT_RESUME`, and this node
replies with the policy's timeout message and records the outcome in the audit log.
"""

from __future__ import annotations

import re
import time
from typing import Any

from langchain_core.messages import AIMessage
from langchain_core.runnables import RunnableConfig
from langgraph.types import interrupt

from railgraph.escalation import is_timeout
from railgraph.guards.base import redact
from railgraph.nodes.context import BuildContext, audit_entry, text_of
from railgraph.policies import EscalationPolicy
from railgraph.spec.kinds.escalate import EscalateNode
from railgraph.state.handoffs import HandoffRegister

__all__ = ["build", "summarize"]

_ROLE = {"human": "customer", "ai": "agent", "tool": "tool", "system": "system"}
_YES = re.compile(r"^\W*(y|yes|yeah|yep|ok|okay|sure|please|confirm(ed)?|go ahead|do it)\b",
                  re.IGNORECASE)
_DEFAULT_ANSWER = "A member of our team will get back to you shortly."


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


def _answer_text(answer: Any) -> str:
    if isinstance(answer, dict):
        answer = answer.get("answer") or answer.get("response") or ""
    return str(answer).strip()


def build(node: EscalateNode, ctx: BuildContext) -> Any:
    from railgraph.guards.registry import build_detector

    params = node.params
    scrub = build_detector("pii")
    found = ctx.policy(params.policy)
    policy = found if isinstance(found, EscalationPolicy) else None
    store = getattr(ctx, "store", None)
    graph_name = ctx.loaded.definition.name

    def register() -> HandoffRegister | None:
        # Waits are registered next to the checkpoints; without a Redis store there is no
        # sweeper that could find them (an in-memory thread dies with its process anyway).
        if policy is None or store is None:
            return None
        return HandoffRegister(store.client, store.prefix, graph_name)

    async def wait(request: dict[str, Any], thread_id: str | None) -> Any:
        handoffs = register()
        if handoffs is not None and thread_id:
            await handoffs.add(thread_id, request["deadline"])
        answer = interrupt(request)
        if handoffs is not None and thread_id:
            await handoffs.remove(thread_id)
        return answer

    async def escalate(state: dict[str, Any], config: RunnableConfig) -> dict[str, Any]:
        current = state.get("escalation") or {}
        reason = params.reason or current.get("reason") or (
            "user_request" if state.get("route") == "human" else "policy")
        if policy is not None:
            priority = policy.priority(str(reason), params.priority)
        else:
            priority = "high" if current.get("priority") == "high" else params.priority
        thread_id = (config.get("configurable") or {}).get("thread_id")
        request: dict[str, Any] = {
            "reason": reason,
            "priority": priority,
            "summary": summarize(state.get("messages") or [], params.summary_messages, scrub),
            "question": params.question,
            "node": node.id,
            "kind": "handoff",
        }
        if current.get("detail"):
            request["detail"] = current["detail"]
        if policy is not None:
            request["deadline"] = round(time.time() + policy.timeout.seconds(priority), 3)
        note = {k: request[k] for k in ("reason", "priority", "summary")}

        def finish(answer: str, verdict: str, outcome: str, **extra: Any) -> dict[str, Any]:
            return {
                "messages": [AIMessage(content=answer, name="human_agent"
                                       if verdict == "answered" else None)],
                "response": answer,
                "outcome": outcome,
                "escalation": {**note, "resolution": verdict},
                # A person has the conversation now: earlier failures no longer signal anything.
                "failures": 0,
                "audit": [audit_entry(state, config, kind="escalation", node=node.id,
                                      verdict=verdict, reason=reason, priority=priority,
                                      **extra)],
            }

        if current.get("confirm") and policy is not None:
            stakes = policy.signals.high_stakes
            reply = await wait({**request, "kind": "confirm", "to": "user",
                                "question": stakes.confirm}, thread_id)
            if is_timeout(reply):
                return finish(stakes.unanswered, "timed_out", "escalation_timeout",
                              waiting_for="confirmation")
            if not _YES.match(_answer_text(reply)):
                return finish(stakes.declined, "declined", "completed")
            request["deadline"] = round(time.time() + policy.timeout.seconds(priority), 3)
        answer = await wait(request, thread_id)
        if is_timeout(answer) and policy is not None:
            return finish(policy.timeout.reply, "timed_out", "escalation_timeout",
                          waiting_for="human")
        return finish(_answer_text(answer) or _DEFAULT_ANSWER, "answered", "escalated")

    return escalate
