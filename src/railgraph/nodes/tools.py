"""``tools`` nodes: execute the last model message's tool calls under policy.

Every failure a model can cause (a tool it may not use, arguments that do not
validate, a tool raising on bad input) goes back to the model as an error
``ToolMessage`` it can correct, never as a crash of the run.
"""

from __future__ import annotations

import json
from typing import Any

from langchain_core.messages import ToolMessage
from langchain_core.runnables import RunnableConfig
from pydantic import ValidationError

from railgraph.nodes.context import BuildContext, audit_entry, last_ai
from railgraph.policies import PricesPolicy
from railgraph.spec.model import ToolsNode

__all__ = ["build"]


def _validation_text(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors(include_url=False):
        where = ".".join(str(p) for p in error["loc"]) or "arguments"
        parts.append(f"{where}: {error['msg']}")
    return "; ".join(parts)


def build(node: ToolsNode, ctx: BuildContext) -> Any:
    params = node.params
    allowed = list(params.allow) if params.allow is not None else list(ctx.loaded.definition.tools)
    prices = ctx.policy(params.prices)

    async def tools(state: dict[str, Any], config: RunnableConfig) -> dict[str, Any]:
        ai = last_ai(state.get("messages") or [])
        calls = list(getattr(ai, "tool_calls", None) or [])
        results: list[ToolMessage] = []
        audit: list[dict[str, Any]] = []
        cost = 0.0
        for call in calls:
            name, call_id, args = call["name"], call.get("id") or "", call.get("args") or {}
            status = "error"
            if name not in allowed:
                content = f"Tool '{name}' is not available here. Available: {', '.join(allowed)}."
            elif len(json.dumps(args, default=str)) > params.max_input_chars:
                content = (f"Arguments of '{name}' are larger than the limit of "
                           f"{params.max_input_chars} characters.")
            else:
                try:
                    output = await ctx.tool(name).ainvoke(args, config)
                    content = output if isinstance(output, str) else json.dumps(output, default=str)
                    status = "success"
                    if isinstance(prices, PricesPolicy):
                        cost += prices.tools.get(name, 0.0)
                except ValidationError as exc:
                    content = f"Invalid arguments for '{name}': {_validation_text(exc)}"
                except (ValueError, TypeError, KeyError, LookupError) as exc:
                    content = f"Tool '{name}' could not run: {exc}"
            results.append(ToolMessage(content=content, tool_call_id=call_id, name=name,
                                       status=status))
            audit.append(audit_entry(state, config, kind="tool", node=node.id, tool=name,
                                     verdict=status))
        update: dict[str, Any] = {"messages": results, "audit": audit}
        if cost:
            update["cost_usd"] = cost
            update["turn_cost_usd"] = (state.get("turn_cost_usd") or 0.0) + cost
        return update

    return tools
