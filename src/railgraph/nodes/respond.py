"""``respond`` nodes: settle the turn's final answer.

Without ``template`` the node answers with the model's draft (or ``no_answer`` when there is
none). With ``template`` it is a degradation node: it tries its ``levels`` in order and answers
with the first that yields text:

* ``cached``: a cached answer to the user's question (``cache:`` policy), free and usually good;
* ``faq``: a basic answer from the degradation policy's ``faq`` patterns, no model needed;
* ``template``: the node's template (e.g. the budget message or "temporarily unavailable");
* ``fallback``: the policy's generic safe answer.

Whatever happened before, the user sees one of these texts, never an error's detail.
"""

from __future__ import annotations

import logging
from typing import Any

from langchain_core.messages import AIMessage
from langchain_core.runnables import RunnableConfig

from railgraph.agent_state import AUTH_FAILED
from railgraph.nodes.context import BuildContext, last_ai, last_human, text_of
from railgraph.nodes.guard import stage_checks
from railgraph.policies import CachePolicy, DegradationPolicy
from railgraph.reliability import ResponseCache
from railgraph.spec.kinds.respond import RespondNode

__all__ = ["build"]

log = logging.getLogger("railgraph.nodes.respond")

_GENERIC = "Sorry, something went wrong on our side. Please try again in a moment."


def build(node: RespondNode, ctx: BuildContext) -> Any:
    params = node.params
    policy = ctx.policy(params.policy)
    cache_policy = ctx.policy(params.cache)
    cache = ResponseCache(cache_policy, ctx.store) if isinstance(cache_policy, CachePolicy) \
        else None

    def template(name: str) -> str:
        if isinstance(policy, DegradationPolicy):
            return policy.templates.get(name, policy.fallback)
        return _GENERIC

    output_guards = stage_checks(ctx, "output") if "cached" in params.levels else []

    async def guarded(text: str, state: dict[str, Any], config: RunnableConfig) -> str | None:
        """A cached answer as the output guards would let it out; None when one blocks it
        (entries written before a guard existed, or by an older version, are not trusted)."""
        for guard in output_guards:
            decision = await guard.decide(text, state, config)
            if decision.blocked is not None:
                return None
            text = decision.text if decision.text is not None else text
        return text

    async def degrade(state: dict[str, Any], name: str,
                      config: RunnableConfig) -> tuple[str, str]:
        """The first answer the node's levels give, and the level that gave it."""
        user = last_human(state.get("messages") or [])
        question = text_of(user) if user is not None else ""
        for level in params.levels:
            if level == "cached" and cache is not None and question:
                try:
                    hit = await cache.get(question, (state.get("context") or {}).get("tenant_id"),
                                          count=False)
                except Exception:  # a degraded answer must not fail on the cache
                    hit = None
                hit = await guarded(hit, state, config) if hit is not None else None
                if hit is not None:
                    return hit, level
            elif level == "faq" and isinstance(policy, DegradationPolicy) and question:
                answer = policy.faq_answer(question)
                if answer is not None:
                    return answer, level
            elif level == "template":
                return template(name), level
            elif level == "fallback":
                break
        return (policy.fallback if isinstance(policy, DegradationPolicy) else _GENERIC), "fallback"

    answer_caches: dict[str, ResponseCache] = {}

    async def remember(state: dict[str, Any], draft: Any, response: str) -> None:
        """Store the turn's answer in the cache the llm node named, now that it went through
        the reviewer and the output guards (see ``cache_policy`` in :mod:`.llm`)."""
        name = (draft.response_metadata or {}).get("cache_policy")
        if not isinstance(name, str) or state.get("blocked") or state.get("escalation") \
                or state.get("outcome") not in (None, "completed"):
            return
        if name not in answer_caches:
            found = ctx.policy(name)
            if not isinstance(found, CachePolicy):
                return
            answer_caches[name] = ResponseCache(found, ctx.store)
        user = last_human(state.get("messages") or [])
        if user is None:
            return
        try:
            await answer_caches[name].put(text_of(user), (state.get("context") or {})
                                          .get("tenant_id"), response)
        except Exception:  # an answer is not lost because the cache is down
            log.warning("response cache write failed", exc_info=True)

    async def respond(state: dict[str, Any], config: RunnableConfig) -> dict[str, Any]:
        messages = state.get("messages") or []
        outcome = state.get("outcome")
        response = state.get("response")
        update: dict[str, Any] = {}
        if params.template is not None:
            response, level = await degrade(state, params.template, config)
            # A refused credential stays an error whatever answer the user is given.
            outcome = outcome if outcome == AUTH_FAILED else "degraded"
            update["degraded"] = {**(state.get("degraded") or {}), "level": level}
        elif response is None:
            draft = last_ai(messages)
            if draft is not None and not draft.tool_calls and text_of(draft).strip():
                response = text_of(draft)
                await remember(state, draft, response)
            else:
                response, outcome = template("no_answer"), "degraded"
        update.update({"response": response, "outcome": outcome or "completed"})
        tail = last_ai(messages)
        if tail is None or text_of(tail) != response:
            update["messages"] = [AIMessage(content=response)]
        return update

    return respond
