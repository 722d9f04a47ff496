"""``llm`` nodes: call the chosen chat model with the node's tools bound, under the graph's
reliability and cost policies.

One run of the node, in order:

1. **Call cap.** When the turn already made ``limits.max_llm_calls`` model calls, no call is made
   and ``degraded = {reason: llm_calls}`` sends the turn down the graph's declared edge.
2. **Response cache** (``cache:``). The opening question of a thread, asked before (after
   normalisation, see :mod:`railgraph.reliability.cache`), is answered from the cache at no
   cost when the cache policy says ``serve: always``; with ``serve: fallback`` answers are
   only stored. An answer is stored by the ``respond`` node once the turn completes with it
   (reviewed, passed by the output guard), never straight from the model. Later questions
   of a conversation are neither served nor stored: their
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
6. **Only guarded text leaves.** Each reply runs through the checks of the graph's
   ``stage: output`` guard nodes *before* it is written to the state: redactions are applied,
   a blocked draft is replaced by a placeholder (the turn answers with that guard's refusal),
   and a ``revise`` verdict discards the draft and asks the model again. The model call itself
   is hidden from LangGraph's streams (``stream_mode="messages"``, ``astream_events``), so a
   client sees the guarded reply as one message when the node finishes, never raw tokens. The
   response cache stores only screened answers, and cached answers are screened again when
   served.
7. **Malformed tool calls** (arguments that are not valid JSON: ``invalid_tool_calls``) are
   answered with an error tool message paired with each call's id and the model is asked
   again (up to two repair rounds), so the history stays valid for the provider. Past the
   rounds, ``degraded = {reason: invalid_tool_calls}``.
8. **Retry-After.** A throttled call that says when to come back is retried no earlier than
   that when the wait fits in the node's ``timeout``; otherwise the next model of the chain is
   tried at once. Each attempt is logged with the provider's request id.
"""

from __future__ import annotations

import asyncio
import contextvars
import json
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from langchain_core.messages import AIMessage, HumanMessage, SystemMessage, ToolMessage
from langchain_core.runnables import RunnableConfig
from langchain_core.utils.function_calling import convert_to_openai_tool

from railgraph.models.confidence import SELF_REPORT_INSTRUCTION, from_metadata, split_self_report
from railgraph.models.errors import is_transient, request_id_of, retry_after_of, status_code_of
from railgraph.nodes.context import BuildContext, audit_entry, hidden_from_streams, text_of
from railgraph.nodes.guard import Spend, stage_checks
from railgraph.policies import BreakersPolicy, BudgetsPolicy, CachePolicy, PricesPolicy
from railgraph.reliability import (
    BudgetGate,
    BudgetHold,
    BudgetRefusal,
    Circuits,
    ResponseCache,
    estimate_model_cost,
)
from railgraph.spec.kinds.llm import LLMNode

__all__ = ["HELD", "build", "node_attempt", "wait_out"]

log = logging.getLogger("railgraph.nodes.llm")

HELD = "[draft withheld by the output guard]"
"""What the state holds instead of a draft that an output guard blocked."""

_REPAIR_ROUNDS = 2
"""Replies with malformed tool calls answered with errors and asked again, per node run."""

_INVALID_CALL = ("Error: the arguments of this call are not valid JSON ({error}); nothing was "
                 "run. Call the tool again with arguments that are a JSON object.")
_NOT_RUN = ("Not run: another call in the same reply had malformed arguments. Call the tools "
            "again with valid arguments.")

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


@dataclass
class _Answered:
    """A model of the chain answered."""

    reply: AIMessage
    model: str
    cost: float
    tokens_in: int
    tokens_out: int


@dataclass
class _Screened:
    """What the output guards made of one text."""

    text: str
    blocked: dict[str, Any] | None = None
    refusal: str | None = None
    escalation: dict[str, Any] | None = None
    revise: list[str] = field(default_factory=list)
    verdicts: list[dict[str, Any]] = field(default_factory=list)
    audit: list[dict[str, Any]] = field(default_factory=list)
    guards: list[str] = field(default_factory=list)

    def state_update(self) -> dict[str, Any]:
        """The fields the output guard would have set (its verdicts, block or hand-over)."""
        update: dict[str, Any] = {"verdicts": self.verdicts}
        if self.blocked is not None:
            update.update(blocked=self.blocked, response=self.refusal, outcome="blocked")
        if self.escalation is not None:
            update.update(escalation=self.escalation, route="human")
        return update


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
    output_guards = stage_checks(ctx, "output")
    system = params.system
    if params.confidence == "self_report":
        system = f"{system}\n\n{SELF_REPORT_INSTRUCTION}" if system else SELF_REPORT_INSTRUCTION
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

    async def screen(text: str, state: dict[str, Any], config: RunnableConfig) -> _Screened:
        return await _screen(output_guards, text, state, config)

    async def served(text: str, state: dict[str, Any], config: RunnableConfig,
                     kind: str) -> tuple[AIMessage, _Screened] | None:
        """A cached answer, screened again (it may predate a guard); None when blocked."""
        screened = await screen(text, state, config)
        if screened.blocked is not None:
            return None
        return _screened_message(screened, cache=kind), screened

    async def call_chain(prompt: list[Any], name: str, state: dict[str, Any],
                         config: RunnableConfig, seen: dict[str, str], skipped: list[str],
                         started: float) -> _Answered | BudgetRefusal | BaseException | None:
        """One call down the fallback chain: the first model that answers, else why none did
        (a budget refusal, the last transient error, or None for open circuits)."""
        chars = sum(len(text_of(m)) + len(json.dumps(getattr(m, "tool_calls", None) or []))
                    for m in prompt) + (tool_schema_chars() if params.tools else 0)
        last_attempt = node_attempt() >= attempts
        refusal: BudgetRefusal | None = None
        error: BaseException | None = None
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
                with hidden_from_streams(config) as call_config:
                    async with asyncio.timeout(params.call_timeout):
                        reply = await runnable(model).ainvoke(prompt, call_config)
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
                transient = is_transient(exc)
                log.warning("model call failed: node=%s model=%s attempt=%d status=%s "
                            "request_id=%s error=%s", node.id, model, node_attempt(),
                            status_code_of(exc), request_id_of(exc), type(exc).__name__)
                if not transient:
                    raise  # permanent: fail fast, no retry, no fallback
                if not last_attempt:
                    wait = retry_after_of(exc)
                    left = (node.timeout - (time.monotonic() - started)) \
                        if node.timeout is not None else None
                    if wait is None:
                        raise  # RetryPolicy backs off and retries
                    if left is None or wait < left - 0.5:
                        # LangGraph's RetryPolicy has no per-error delay: the provider's
                        # Retry-After is waited out here, then its own backoff follows.
                        await wait_out(wait)
                        raise
                    # The provider asks for longer than this attempt has left: retrying this
                    # model cannot succeed in time, so the chain moves on now.
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
            log.info("model call answered: node=%s model=%s attempt=%d request_id=%s",
                     node.id, model, node_attempt(), request_id_of(reply))
            return _Answered(reply, model, cost, tokens_in, tokens_out)
        return refusal if refusal is not None else error

    async def llm(state: dict[str, Any], config: RunnableConfig) -> dict[str, Any]:
        spent = Spend()  # what model-backed output checks spent screening replies
        token = _SPEND.set(spent)
        try:
            update = await run(state, config)
        finally:
            _SPEND.reset(token)
        if not spent:
            return update
        if gate is not None and spent.cost_usd > 0:  # known only once the judges answered
            hold = await gate.reserve(spent.cost_usd, state, config)
            if not isinstance(hold, BudgetRefusal):
                await hold.commit(spent.cost_usd)
        return {**update, **_with_spend(state, update, spent)}

    async def run(state: dict[str, Any], config: RunnableConfig) -> dict[str, Any]:
        started = time.monotonic()
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
            answer = await served(hit, state, config, "hit") if hit is not None else None
            if answer is not None:
                message, from_cache = answer
                return {**from_cache.state_update(), "messages": [message], "degraded": None,
                        "feedback": None, "audit": [*from_cache.audit, *audit(
                            state, config, "cache_hit", "answered from the cache")]}

        name = params.model or state.get("model") or ctx.default_model_name()
        if name is None:  # the loader rejects graphs where this can happen statically
            raise ValueError(f"llm node '{node.id}': no model chosen")
        base: list[Any] = [SystemMessage(content=system)] if system else []
        base.extend(messages)
        feedback = state.get("feedback")
        revisions = int(state.get("revisions") or 0)
        written: list[Any] = []  # what this run adds to the conversation, in order
        seen = dict(state.get("breakers") or {})
        skipped: list[str] = []
        notes: list[dict[str, Any]] = []
        verdicts: list[dict[str, Any]] = []
        made = tokens_in = tokens_out = 0
        cost = 0.0
        used_model: str | None = None
        repairs = 0
        outcome: _Answered | BudgetRefusal | BaseException | None = None
        final: AIMessage | None = None
        screened: _Screened | None = None
        degraded: dict[str, Any] | None = None

        while True:
            if max_calls is not None and calls + made >= max_calls:
                degraded = {"reason": "llm_calls", "limit": max_calls}
                break
            prompt = [*base, *written]
            if feedback:
                prompt.append(SystemMessage(content=f"Reviewer feedback on your last draft: "
                                                    f"{feedback} Revise the answer."))
            outcome = await call_chain(prompt, name, state, config, seen, skipped, started)
            if not isinstance(outcome, _Answered):
                break
            made += 1
            cost += outcome.cost
            tokens_in += outcome.tokens_in
            tokens_out += outcome.tokens_out
            used_model = outcome.model
            reply = outcome.reply
            if getattr(reply, "invalid_tool_calls", None):
                repairs += 1
                pending, answers = _pair_invalid_calls(reply)
                screened_text = await screen(text_of(reply), state, config)
                verdicts.extend(screened_text.verdicts)
                notes.extend(screened_text.audit)
                written.extend([_screened_message(screened_text, pending), *answers])
                notes.extend(audit(state, config, "invalid_tool_calls",
                                   f"{len(reply.invalid_tool_calls)} malformed tool call(s)"
                                   f" answered with errors (round {repairs})"))
                if repairs > _REPAIR_ROUNDS:
                    degraded = {"reason": "invalid_tool_calls", "rounds": repairs}
                    break
                continue
            text = text_of(reply)
            confidence: float | None
            if params.confidence == "self_report":
                text, confidence = split_self_report(text)
            else:
                confidence = from_metadata(reply.response_metadata or {})
            screened = await screen(text, {**state, "revisions": revisions}, config)
            notes.extend(screened.audit)
            verdicts.extend(screened.verdicts)
            if screened.revise and screened.blocked is None:
                # The draft never enters the state: the model is asked again with the reasons.
                revisions += 1
                feedback = "; ".join(screened.revise) + "."
                notes.extend(audit(state, config, "revise", feedback))
                continue
            extra: dict[str, Any] = {"confidence": confidence} if confidence is not None else {}
            if cache is not None and question is not None and not reply.tool_calls \
                    and not written and screened.blocked is None and screened.escalation is None:
                # Stored by the respond node once the reviewer has approved this very draft:
                # an answer a reviewer revises or hands to a human must not be served again.
                extra["cache_policy"] = params.cache
            final = _screened_message(screened, reply, **extra)
            written.append(final)
            break

        update: dict[str, Any] = {"breakers": seen} if seen else {}
        if made:
            totals = dict(state.get("usage") or {})
            totals["input_tokens"] = totals.get("input_tokens", 0) + tokens_in
            totals["output_tokens"] = totals.get("output_tokens", 0) + tokens_out
            update.update(usage=totals, cost_usd=cost, llm_calls=calls + made,
                          turn_cost_usd=(state.get("turn_cost_usd") or 0.0) + cost)
        if revisions != int(state.get("revisions") or 0):
            update["revisions"] = revisions
        if final is not None and screened is not None:
            assert used_model is not None
            update.update(screened.state_update())
            update.update(verdicts=verdicts, messages=written, model=used_model, failures=0, feedback=None,
                          degraded=None)
            if used_model != name:
                notes.extend(audit(state, config, "fallback", "; ".join(skipped),
                                   model=used_model))
            update["audit"] = notes
            return update
        if written:
            update["messages"] = written  # malformed calls already answered: history stays valid
        if verdicts:
            update["verdicts"] = verdicts
        if degraded is not None:
            return {**update, "degraded": degraded,
                    "audit": [*notes, *audit(state, config, "refused", degraded["reason"])]}
        user_question = question or _last_question(messages)
        if cache is not None and user_question is not None and not written:
            cached = await cache.get(user_question, tenant, count=False)
            answer = await served(cached, state, config, "fallback") if cached is not None \
                else None
            if answer is not None:
                message, fallback = answer
                return {**update, **fallback.state_update(), "messages": [message],
                        "outcome": "degraded", "degraded": None,
                        "audit": [*notes, *fallback.audit,
                                  *audit(state, config, "cached", "; ".join(skipped))]}
        if isinstance(outcome, BaseException):
            raise outcome
        reason = outcome.as_state() if isinstance(outcome, BudgetRefusal) \
            else {"reason": "circuit_open"}
        return {**update, "degraded": reason,
                "audit": [*notes, *audit(state, config, "refused", "; ".join(skipped))]}

    return llm


_SPEND: contextvars.ContextVar[Spend | None] = contextvars.ContextVar("railgraph_llm_spend",
                                                                          default=None)
"""Cost and tokens of the output checks run during one llm node run (judges call models)."""


async def _screen(guards: list[Any], text: str, state: dict[str, Any],
                  config: RunnableConfig) -> _Screened:
    """Run ``text`` through every output guard of the graph, as they would run on it."""
    out = _Screened(text=text)
    spent = _SPEND.get()
    if not text.strip():  # a bare tool call: nothing anyone could read
        out.guards = [g.node.id for g in guards]
        return out
    for guard in guards:
        out.guards.append(guard.node.id)
        decision = await guard.decide(out.text, state, config)
        if spent is not None:
            spent.add(decision)
        out.verdicts.extend(decision.verdicts)
        out.audit.extend(decision.audit)
        if decision.escalation is not None:
            out.escalation = decision.escalation
        out.revise.extend(decision.revise)
        if decision.blocked is not None:
            out.blocked, out.refusal = decision.blocked, guard.node.params.refusal
            out.text = HELD
            break
        if decision.text is not None:
            out.text = decision.text
    return out


def _screened_message(screened: _Screened, source: AIMessage | None = None,
                      **metadata: Any) -> AIMessage:
    """The message the state holds: the screened text, with the source reply's calls, ids and
    usage, and which guards screened it."""
    meta = {**(source.response_metadata if source is not None else {}), **metadata,
            "screened_by": screened.guards}
    if source is None:
        return AIMessage(content=screened.text, response_metadata=meta)
    return AIMessage(content=screened.text, id=source.id, name=source.name,
                     tool_calls=source.tool_calls,
                     invalid_tool_calls=source.invalid_tool_calls,
                     additional_kwargs=source.additional_kwargs,
                     usage_metadata=source.usage_metadata, response_metadata=meta)


async def wait_out(seconds: float) -> None:
    """Wait the ``Retry-After`` a provider asked for (one place, so tests can see the wait)."""
    await asyncio.sleep(seconds)


def _with_spend(state: dict[str, Any], update: dict[str, Any], spent: Spend) -> dict[str, Any]:
    """``update``'s cost and usage fields with what the output checks spent added."""
    cost = float(update.get("cost_usd") or 0.0) + spent.cost_usd
    usage = dict(update.get("usage") or state.get("usage") or {})
    usage["input_tokens"] = usage.get("input_tokens", 0) + spent.input_tokens
    usage["output_tokens"] = usage.get("output_tokens", 0) + spent.output_tokens
    turn = float(update.get("turn_cost_usd") or state.get("turn_cost_usd") or 0.0) \
        + spent.cost_usd
    return {"cost_usd": cost, "usage": usage, "turn_cost_usd": turn}


def _pair_invalid_calls(reply: AIMessage) -> tuple[AIMessage, list[ToolMessage]]:
    """The reply as it stays in the history, and one error tool message per call it made.

    Providers reject a history where an assistant's tool calls are not each followed by a
    tool message with its id, so every call of the reply, the valid ones included (they
    were not run), gets its answer.
    """
    answers: list[ToolMessage] = []
    for bad in reply.invalid_tool_calls:
        error = bad.get("error") or "unparseable"
        answers.append(ToolMessage(content=_INVALID_CALL.format(error=str(error)[:200]),
                                   tool_call_id=str(bad.get("id") or ""),
                                   name=bad.get("name") or "unknown", status="error"))
    for call in reply.tool_calls:
        answers.append(ToolMessage(content=_NOT_RUN, tool_call_id=str(call.get("id") or ""),
                                   name=call.get("name") or "unknown", status="error"))
    return reply, answers


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
