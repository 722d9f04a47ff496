"""``respond`` nodes: settle the turn's final answer."""

from __future__ import annotations

from typing import Any

from langchain_core.messages import AIMessage
from langchain_core.runnables import RunnableConfig

from railgraph.nodes.context import BuildContext, last_ai, text_of
from railgraph.policies import DegradationPolicy
from railgraph.spec.model import RespondNode

__all__ = ["build"]

_GENERIC = "Sorry, something went wrong on our side. Please try again in a moment."


def build(node: RespondNode, ctx: BuildContext) -> Any:
    params = node.params
    policy = ctx.policy(params.policy)

    def template(name: str) -> str:
        if isinstance(policy, DegradationPolicy):
            return policy.templates.get(name, policy.fallback)
        return _GENERIC

    async def respond(state: dict[str, Any], config: RunnableConfig) -> dict[str, Any]:
        del config
        messages = state.get("messages") or []
        outcome = state.get("outcome")
        response = state.get("response")
        if params.template is not None:
            response, outcome = template(params.template), "degraded"
        elif response is None:
            draft = last_ai(messages)
            if draft is not None and not draft.tool_calls and text_of(draft).strip():
                response = text_of(draft)
            else:
                response, outcome = template("no_answer"), "degraded"
        update: dict[str, Any] = {"response": response, "outcome": outcome or "completed"}
        tail = last_ai(messages)
        if tail is None or text_of(tail) != response:
            update["messages"] = [AIMessage(content=response)]
        return update

    return respond
