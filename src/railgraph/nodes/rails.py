"""``rails`` nodes: a NeMo Guardrails Colang 1.0 config, run through ``check()``."""

from __future__ import annotations

import asyncio
from typing import Any

from langchain_core.messages import AIMessage, HumanMessage
from langchain_core.runnables import RunnableConfig

from railgraph.nodes.context import BuildContext, audit_entry, last_ai, last_human, text_of
from railgraph.spec.kinds.rails import RailsNode

__all__ = ["build"]


def build(node: RailsNode, ctx: BuildContext) -> Any:
    params = node.params
    path = ctx.loaded.root / ctx.loaded.definition.rails[params.config]

    runners: list[Any] = []

    async def rails(state: dict[str, Any], config: RunnableConfig) -> dict[str, Any]:
        if not runners:
            from railgraph.integrations.nemo import get_rails

            # Importing NeMo and building the rails takes ~1 s: keep it off the event loop.
            runners.append(await asyncio.to_thread(get_rails, path))
        runner = runners[0]
        messages = state.get("messages") or []
        user = last_human(messages)
        if params.stage == "input":
            target: Any = user
            if target is None:
                return {}
            outcome = await runner.check_input(text_of(target))
        else:
            target = last_ai(messages)
            if target is None:
                return {}
            outcome = await runner.check_output(text_of(target),
                                                text_of(user) if user else None)
        verdict = {"passed": "pass", "modified": "redact", "blocked": "block"}[outcome.status]
        reason = f"rail '{outcome.rail}'" if outcome.rail else "rails"
        if outcome.refusal and outcome.refusal != outcome.rail:
            reason += f": {outcome.refusal}"
        update: dict[str, Any] = {
            "verdicts": [{"node": node.id, "check": f"rails:{params.config}",
                          "verdict": verdict, "score": 1.0 if verdict != "pass" else 0.0,
                          "reason": reason}],
            "audit": [audit_entry(state, config, kind="rails", node=node.id,
                                  detector=f"rails:{params.config}", verdict=verdict,
                                  reason=reason)],
        }
        if outcome.status == "blocked":
            update.update(blocked={"node": node.id, "check": f"rails:{params.config}",
                                   "reason": reason},
                          response=outcome.content, outcome="blocked")
        elif outcome.status == "modified":
            if isinstance(target, HumanMessage):
                update["messages"] = [HumanMessage(content=outcome.content, id=target.id)]
            else:
                update["messages"] = [AIMessage(content=outcome.content, id=target.id)]
        return update

    return rails
