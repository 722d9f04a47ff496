"""``router`` nodes: a route from rules, else a model tier by message complexity.

With an escalation policy the router first checks the signals visible on the way in (the user
asks for a person, a run of failures, very negative sentiment): one that fires sets
``escalation`` and the route ``human``.
"""

from __future__ import annotations

import re
from typing import Any

from langchain_core.runnables import RunnableConfig

from railgraph.escalation import input_signal
from railgraph.nodes.context import BuildContext, audit_entry, last_human, text_of
from railgraph.policies import EscalationPolicy, RoutingPolicy
from railgraph.spec.kinds.router import RouterNode

__all__ = ["build", "complexity"]

_SENTENCE = re.compile(r"[.!?]+(?:\s|$)")


def complexity(text: str, policy: RoutingPolicy) -> float:
    """A score in [0, 1]: longer, multi-part, analytical requests score higher.

    Deliberately simple and explainable: length, number of questions or
    sentences, and the policy's complexity terms, weighted 0.5 / 0.2 / 0.3.
    """
    length = min(len(text) / policy.long_message_chars, 1.0)
    parts = max(text.count("?"), len(_SENTENCE.findall(text)), 1)
    multi = min((parts - 1) / 3, 1.0)
    lowered = text.lower()
    terms = sum(1 for term in policy.complex_terms if term.lower() in lowered)
    return round(0.5 * length + 0.2 * multi + 0.3 * min(terms / 2, 1.0), 4)


def build(node: RouterNode, ctx: BuildContext) -> Any:
    params = node.params
    rules = [(ctx.condition(rule.when), rule.route) for rule in params.rules]
    policy = ctx.policy(params.policy)
    escalation = ctx.policy(params.escalation)

    async def router(state: dict[str, Any], config: RunnableConfig) -> dict[str, Any]:
        if isinstance(escalation, EscalationPolicy):
            user = last_human(state.get("messages") or [])
            signal = input_signal(escalation, text_of(user) if user else "",
                                  int(state.get("failures") or 0))
            if signal is not None:
                return {"route": "human", "escalation": signal.state(node.id),
                        "audit": [audit_entry(state, config, kind="route", node=node.id,
                                              verdict="human", reason=f"signal: {signal.reason}",
                                              priority=signal.priority)]}
        for condition, route in rules:
            if condition(state):
                return {"route": route,
                        "audit": [audit_entry(state, config, kind="route", node=node.id,
                                              verdict=route, reason=f"rule: {condition.text}")]}
        if not isinstance(policy, RoutingPolicy):
            return {"route": "default", "model": ctx.default_model_name()}
        user = last_human(state.get("messages") or [])
        score = complexity(text_of(user) if user else "", policy)
        tier = next((t for t in policy.tiers if score <= t.max_complexity), policy.tiers[-1])
        return {"route": tier.name, "model": tier.model}

    return router
