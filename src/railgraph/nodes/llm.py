"""``llm`` nodes: call the chosen chat model with the node's tools bound."""

from __future__ import annotations

from typing import Any

from langchain_core.messages import SystemMessage
from langchain_core.runnables import RunnableConfig

from railgraph.nodes.context import BuildContext
from railgraph.policies import PricesPolicy
from railgraph.spec.model import LLMNode

__all__ = ["build"]


def build(node: LLMNode, ctx: BuildContext) -> Any:
    params = node.params
    prices = ctx.policy(params.prices)
    bound: dict[str, Any] = {}

    def runnable(name: str) -> Any:
        # Binding is done once per model: it is pure and the result is reusable.
        if name not in bound:
            model = ctx.model(name)
            tools = [ctx.tool(t) for t in params.tools]
            bound[name] = model.bind_tools(tools) if tools else model
        return bound[name]

    async def llm(state: dict[str, Any], config: RunnableConfig) -> dict[str, Any]:
        name = params.model or state.get("model") or ctx.default_model_name()
        if name is None:  # the loader rejects graphs where this can happen statically
            raise ValueError(f"llm node '{node.id}': no model chosen")
        prompt: list[Any] = []
        if params.system:
            prompt.append(SystemMessage(content=params.system))
        prompt.extend(state.get("messages") or [])
        if state.get("feedback"):
            prompt.append(SystemMessage(content=f"Reviewer feedback on your last draft: "
                                                f"{state['feedback']} Revise the answer."))
        reply = await runnable(name).ainvoke(prompt, config)
        usage = getattr(reply, "usage_metadata", None) or {}
        tokens_in = int(usage.get("input_tokens", 0))
        tokens_out = int(usage.get("output_tokens", 0))
        cost = prices.cost(name, tokens_in, tokens_out) if isinstance(prices, PricesPolicy) else 0.0
        totals = dict(state.get("usage") or {})
        totals["input_tokens"] = totals.get("input_tokens", 0) + tokens_in
        totals["output_tokens"] = totals.get("output_tokens", 0) + tokens_out
        return {
            "messages": [reply],
            "model": name,
            "usage": totals,
            "cost_usd": cost,
            "turn_cost_usd": (state.get("turn_cost_usd") or 0.0) + cost,
            "failures": 0,
            "feedback": None,
        }

    return llm
