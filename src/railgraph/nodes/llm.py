"""``llm`` nodes: call the chosen chat model with the node's tools bound, under the graph's
reliability and cost policies.

One run of the node, in order:

1. **Call cap.** When the turn already made ``limits.max_llm_calls`` model calls, no call is made
   and ``degraded = {reason: llm_calls}`` sends the turn down the graph's declared edge.
2. **Response cache** (``cache:``). The opening question of a thread, asked before (after
   normalisation, see :mod:`railgraph.reliability.cache`), is answered from the cache at no
   cost when the cache policy says ``serve: always``; with ``serve: fallback`` answers are
   only stored here. Later questions of a conversation are neither served nor stored: their
   answers may draw on earlier turns.
3. **Fallback chain**: the chosen model, then ``fallbacks:`` in order. For each model:
   the budget (``budgets:``) reserves the estimated cost in every scope or refuses; the circuit
   (``breakers:``) admits the call or refuses while open; the call runs; its actual cost is
   committed and its outcome reported to the circuit.
4. **Errors.** A transient error (timeout, 429, 5xx, connection) is raised while the node has
   retries left, so LangGraph's ``RetryPolicy`` retries it with backoff and jitter; on the last
   attempt the next model of the chain is tried instead. ``call_timeout`` bounds each model
   call (a longer call is a transient ``TimeoutError``); the node's own ``timeout`` bounds the
   whole attempt, chain included, and when it fires the attempt ends with no fallback. A
   permanent error (400, 401, 404, validation) is raised at once, without retry or fallback:
   the node's ``on_error`` edge.
5. **Nothing answered.** A cached answer to the question (as a degraded answer), else: the
   last transient error is raised (``on_error``); a budget refusal sets
   ``degraded = {reason: budget, scope, limit_usd}``; open circuits set
   ``degraded = {reason: circuit_open}``. Graphs route these with conditional edges.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from typing import Any

from langchain_core.messages import AIMessage, HumanMessage, SystemMessage
from langchain_core.runnables import RunnableConfig
from langchain_core.utils.function_calling import convert_to_openai_tool

from railgraph.models.errors import is_transient
from railgraph.nodes.context import BuildContext, audit_entry, text_of
from railgraph.policies import BreakersPolicy, BudgetsPolicy, CachePolicy, PricesPolicy
from railgraph.reliability import (
    BudgetGate,
    BudgetHold,
    BudgetRefusal,
    Circuits,
    ResponseCache,
    estimate_model_cost,
)
from railgraph.spec.model import LLMNode

__all__ = ["build", "node_attempt"]


def node_attempt() -> int:
    """Which attempt of the running node this is (1 first), from LangGraph's runtime.

    Outside a graph run (a node body called directly) it is taken to be the last attempt.
    """
    try:
        from langgraph.runtime import get_runtime

        info = get_runtime().execution_info
    except (RuntimeError, ImportError, AttributeError):
        return 1_000_000
    return int(getattr(info, "node_attempt", 1) or 1) if info is not None else 1_000_000


def _chain(first: str, fallbacks: Sequence[str]) -> list[str]:
    return list(dict.fromkeys([first, *fallbacks]))


def build(node: LLMNode, ctx: BuildContext) -> Any:
    params = node.params
    prices = ctx.policy(params.prices)
    prices = prices if isinstance(prices, PricesPolicy) else None
    budgets = ctx.policy(params.budgets)
    gate = BudgetGate(budgets, ctx.store) if isinstance(budgets, BudgetsPolicy) else None
    breakers = ctx.policy(params.breakers)
    circuits = Circuits(breakers if isinstance(breakers, BreakersPolicy) else None, ctx.store,
                        "model")
    cache_policy = ctx.policy(params.cache)
    cache = ResponseCache(cache_policy, ctx.store) if isinstance(cache_policy, CachePolicy) \
        else None
    max_calls = ctx.loaded.definition.limits.max_llm_calls
    attempts = node.retry.max_attempts if node.retry is not None else 1
    bound: dict[str, Any] = {}
    schema_chars: list[int] = []

    def runnable(name: str) -> Any:
        # Binding is done once per model: it is pure and the result is reusable.
        if name not in bound:
            model = ctx.model(name)
            tools = [ctx.tool(t) for t in params.tools]
            bound[name] = model.bind_tools(tools) if tools else model
        return bound[name]

    def tool_schema_chars() -> int:
        # Tool schemas are sent with every call and billed as input tokens.
        if not schema_chars:
            schemas = [convert_to_openai_tool(ctx.tool(t)) for t in params.tools]
            schema_chars.append(len(json.dumps(schemas, sort_keys=True)) if schemas else 0)
        return schema_chars[0]

    def audit(state: dict[str, Any], config: RunnableConfig, verdict: str, reason: str,
              **extra: Any) -> list[dict[str, Any]]:
        return [audit_entry(state, config, kind="llm", node=node.id, verdict=verdict,
                            reason=reason, **extra)]

    async def llm(state: dict[str, Any], config: RunnableConfig) -> dict[str, Any]:
        calls = int(state.get("llm_calls") or 0)
        if max_calls is not None and calls >= max_calls:
            return {"degraded": {"reason": "llm_calls", "limit": max_calls},
                    "audit": audit(state, config, "refused", f"llm call cap {max_calls} reached")}
        messages = list(state.get("messages") or [])
        # Only the opening question of a thread is answered from or written to the cache:
        # an answer that could draw on earlier turns or tool results (one customer's order)
        # must never reach another customer.
        question = text_of(messages[-1]) if _opening_question(messages) \
            and not state.get("feedback") else None
        tenant = (state.get("context") or {}).get("tenant_id")
        if cache is not None and question is not None and cache.policy.serve == "always":
            hit = await cache.get(question, tenant)
            if hit is not None:
                return {"messages": [AIMessage(content=hit, response_metadata={"cache": "hit"})],
                        "degraded": None, "feedback": None,
                        "audit": audit(state, config, "cache_hit", "answered from the cache")}

        name = params.model or state.get("model") or ctx.default_model_name()
        if name is None:  # the loader rejects graphs where this can happen statically
            raise ValueError(f"llm node '{node.id}': no model chosen")
        prompt: list[Any] = []
        if params.system:
            prompt.append(SystemMessage(content=params.system))
        prompt.extend(messages)
        if state.get("feedback"):
            prompt.append(SystemMessage(content=f"Reviewer feedback on your last draft: "
                                                f"{state['feedback']} Revise the answer."))
        chars = sum(len(text_of(m)) + len(json.dumps(getattr(m, "tool_calls", None) or []))
                    for m in prompt) + (tool_schema_chars() if params.tools else 0)
        last_attempt = node_attempt() >= attempts
        seen = dict(state.get("breakers") or {})
        refusal: BudgetRefusal | None = None
        error: BaseException | None = None
        skipped: list[str] = []

        for model in _chain(name, params.fallbacks):
            hold: BudgetHold | None = None
            if gate is not None:
                if refusal is not None and gate.policy.on_exceeded == "refuse":
                    break
                estimate = estimate_model_cost(prices, model, chars, len(prompt), gate.policy)
                decision = await gate.reserve(estimate, state, config)
                if isinstance(decision, BudgetRefusal):
                    refusal = refusal or decision
                    skipped.append(f"{model}: budget {decision.scope}")
                    continue
                hold = decision
            admission = await circuits.admit(model)
            if admission.state != "off":
                seen[model] = admission.state
            if not admission.allowed:
                if hold is not None:
                    await hold.release()
                skipped.append(f"{model}: circuit {admission.state}")
                continue
            try:
                async with asyncio.timeout(params.call_timeout):
                    reply = await runnable(model).ainvoke(prompt, config)
            except asyncio.CancelledError:
                # The node's timeout fired mid-call: a slow provider counts against its circuit,
                # and the hold goes back now rather than when its reservation lapses.
                if hold is not None:
                    await hold.release()
                await circuits.record(model, admission, TimeoutError("node timeout"))
                raise
            except Exception as exc:
                if hold is not None:
                    await hold.release()  # a failed call is not billed by providers
                seen[model] = await circuits.record(model, admission, exc)
                if not is_transient(exc) or not last_attempt:
                    raise  # permanent: fail fast; transient: RetryPolicy backs off and retries
                error = exc
                skipped.append(f"{model}: {type(exc).__name__}")
                continue
            seen[model] = await circuits.record(model, admission, None)
            usage = getattr(reply, "usage_metadata", None) or {}
            tokens_in = int(usage.get("input_tokens", 0))
            tokens_out = int(usage.get("output_tokens", 0))
            cost = prices.cost(model, tokens_in, tokens_out) if prices is not None else 0.0
            if hold is not None:
                await hold.commit(cost)
            if cache is not None and question is not None and not reply.tool_calls:
                await cache.put(question, tenant, text_of(reply))
            totals = dict(state.get("usage") or {})
            totals["input_tokens"] = totals.get("input_tokens", 0) + tokens_in
            totals["output_tokens"] = totals.get("output_tokens", 0) + tokens_out
            update: dict[str, Any] = {
                "messages": [reply],
                "model": model,
                "usage": totals,
                "cost_usd": cost,
                "turn_cost_usd": (state.get("turn_cost_usd") or 0.0) + cost,
                "llm_calls": calls + 1,
                "failures": 0,
                "feedback": None,
                "degraded": None,
            }
            if seen:
                update["breakers"] = seen
            if model != name:
                update["audit"] = audit(state, config, "fallback", "; ".join(skipped),
                                        model=model)
            return update

        update = {"breakers": seen} if seen else {}
        user_question = question or _last_question(messages)
        if cache is not None and user_question is not None:
            cached = await cache.get(user_question, tenant, count=False)
            if cached is not None:
                return {**update, "messages": [AIMessage(content=cached,
                                                         response_metadata={"cache": "fallback"})],
                        "outcome": "degraded", "degraded": None,
                        "audit": audit(state, config, "cached", "; ".join(skipped))}
        if error is not None:
            raise error
        reason = refusal.as_state() if refusal is not None else {"reason": "circuit_open"}
        return {**update, "degraded": reason,
                "audit": audit(state, config, "refused", "; ".join(skipped))}

    return llm


def _opening_question(messages: Sequence[Any]) -> bool:
    """The conversation so far is one user message (plus system text): nothing else informs
    the answer."""
    humans = [m for m in messages if isinstance(m, HumanMessage)]
    return bool(messages) and isinstance(messages[-1], HumanMessage) and len(humans) == 1 \
        and all(isinstance(m, HumanMessage | SystemMessage) for m in messages)


def _last_question(messages: Sequence[Any]) -> str | None:
    for message in reversed(messages):
        if isinstance(message, HumanMessage):
            return text_of(message)
    return None
