"""``tools`` nodes: execute the last model message's tool calls under policy.

Every failure a model can cause (a tool it may not use, arguments that do not
validate, a tool raising on bad input, a call over the user's rate limit) goes
back to the model as an error ``ToolMessage`` it can correct or explain, never
as a crash of the run. Each call is checked, in order, against:

1. the node's ``allow`` list;
2. the run's limits: ``limits.max_tool_calls`` per turn and loop detection
   (``limits.max_repeated_tool_calls`` of one tool with the same arguments), which
   stop the tool step and set ``degraded`` for a declared edge;
3. the tools policy: the caller's roles (``context.roles``), read-only mode (of
   the deployment or the node) for tools that write, the argument size limit, the
   per-user sliding-window rate limit in Redis, and high-stakes tools (not run:
   the escalation signal ``high_stakes`` asks the user to confirm, then hands over);
4. the budgets policy (a priced tool reserves its cost first; over budget sets
   ``degraded``) and the tool's circuit breaker (open: not called);
5. the tool's own argument validation (pydantic); a tool that raises goes back to
   the model as an error (its class only) and counts against its circuit.

With an escalation policy, ``repeated_failures`` consecutive failed tool calls in
one turn set ``escalation`` as well.

Steps 1 to 3 are :data:`ADMISSION`, an ordered list of small rules that each read one call
and the node's setup and either refuse it or pass; the first refusal wins. Steps 4 and 5 are
:func:`_execute`. Results that ran then pass the graph's ``stage: tool`` guards
(:func:`_screened`) before they enter the state.
"""

from __future__ import annotations

import json
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from langchain_core.messages import AIMessage, HumanMessage, ToolMessage
from langchain_core.runnables import RunnableConfig
from pydantic import ValidationError

from railgraph.errors import public_error
from railgraph.nodes.context import BuildContext, audit_entry, hidden_from_streams, last_ai, text_of
from railgraph.nodes.guard import WITHHELD, Spend, stage_checks
from railgraph.policies import EscalationPolicy, PricesPolicy, ToolsPolicy
from railgraph.reliability import BudgetRefusal, budget_gate, tool_circuits
from railgraph.spec.kinds.tools import ToolsNode
from railgraph.state.ratelimit import AsyncRateLimiter

__all__ = ["ADMISSION", "build", "call_key"]


def _validation_text(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors(include_url=False):
        where = ".".join(str(p) for p in error["loc"]) or "arguments"
        parts.append(f"{where}: {error['msg']}")
    return "; ".join(parts)


def call_key(name: str, args: Any) -> str:
    """Identity of a call for loop detection: the tool and its canonical arguments."""
    return name + ":" + json.dumps(args, sort_keys=True, default=str, separators=(",", ":"))


def _this_turn(messages: Sequence[Any]) -> list[Any]:
    """Messages after the last user message (the current turn's model and tool steps)."""
    for index in range(len(messages) - 1, -1, -1):
        if isinstance(messages[index], HumanMessage):
            return list(messages[index + 1:])
    return list(messages)


@dataclass
class _Setup:
    """What the admission rules of one tools node read: its params, the graph's limits and the
    policies it names."""

    node_id: str
    allowed: list[str]
    max_calls: int | None
    max_repeats: int | None
    max_input_chars: int
    governance: ToolsPolicy | None
    escalation: EscalationPolicy | None
    read_only: bool
    rate_limits: Callable[[], AsyncRateLimiter | None]


@dataclass
class _Call:
    """One tool call of the model's reply, with what the turn so far says about it."""

    name: str
    args: Any
    index: int
    """Position in the reply."""
    run_before: int
    """Tool calls already run in this turn, before this reply."""
    repeats: int
    """Calls of this tool with these arguments in this turn, this one included."""
    context: dict[str, Any]
    """The state's ``context`` (roles, user, tenant)."""
    stopped: bool
    """An earlier call of the reply stopped the tool step (a limit or a hand-over)."""


@dataclass
class _Refusal:
    """Why a call is not run: the message for the model, the audit verdict, and the state it
    sets for a declared edge (``degraded`` or ``escalation``)."""

    content: str
    verdict: str
    degraded: dict[str, Any] | None = None
    escalation: dict[str, Any] | None = None


Rule = Callable[[_Call, _Setup], Awaitable[_Refusal | None]]
"""An admission rule: a refusal, or None to let the call go on to the next rule."""


async def _stopped(call: _Call, setup: _Setup) -> _Refusal | None:
    if call.stopped:
        return _Refusal("Not run: the tool step was stopped before this call.", "skipped")
    return None


async def _not_allowed(call: _Call, setup: _Setup) -> _Refusal | None:
    if call.name not in setup.allowed:
        return _Refusal(f"Tool '{call.name}' is not available here. Available: "
                        f"{', '.join(setup.allowed)}.", "not_allowed")
    return None


async def _over_call_cap(call: _Call, setup: _Setup) -> _Refusal | None:
    cap = setup.max_calls
    if cap is not None and call.run_before + call.index >= cap:
        return _Refusal(f"Not run: this request reached its limit of {cap} tool calls. "
                        "Answer with what you have.", "cap",
                        degraded={"reason": "tool_calls", "limit": cap, "node": setup.node_id})
    return None


async def _a_loop(call: _Call, setup: _Setup) -> _Refusal | None:
    most = setup.max_repeats
    if most is not None and call.repeats > most:
        return _Refusal(f"Not run: '{call.name}' was already called {most} times with the "
                        "same arguments in this request (a loop).", "loop",
                        degraded={"reason": "tool_loop", "tool": call.name,
                                  "node": setup.node_id})
    return None


async def _too_large(call: _Call, setup: _Setup) -> _Refusal | None:
    rule = setup.governance.rule(call.name) if setup.governance is not None else None
    limit = (rule.max_input_chars if rule is not None else None) or setup.max_input_chars
    if len(json.dumps(call.args, default=str)) > limit:
        return _Refusal(f"Arguments of '{call.name}' are larger than the limit of {limit} "
                        "characters.", "refused")
    return None


async def _role_missing(call: _Call, setup: _Setup) -> _Refusal | None:
    if setup.governance is None:
        return None
    rule = setup.governance.rule(call.name)
    given = call.context.get("roles") or setup.governance.default_roles
    roles = [given] if isinstance(given, str) else list(given)
    if "*" not in rule.roles and not set(roles) & set(rule.roles):
        return _Refusal(f"Permission denied: '{call.name}' is not available to this user "
                        f"(needs role {' or '.join(rule.roles)}); the assistant cannot do this "
                        "for them.", "refused")
    return None


async def _writes_when_read_only(call: _Call, setup: _Setup) -> _Refusal | None:
    if setup.governance is not None and setup.governance.rule(call.name).writes \
            and setup.read_only:
        return _Refusal(f"'{call.name}' changes data and this assistant is read-only here. "
                        "A person from the team can do it.", "refused")
    return None


async def _over_rate_limit(call: _Call, setup: _Setup) -> _Refusal | None:
    """The per-user sliding window of the tool (counts the call when it fits)."""
    rule = setup.governance.rule(call.name) if setup.governance is not None else None
    if rule is None or not rule.rate_limit:
        return None
    limiter = setup.rate_limits()
    if limiter is None:
        return None
    user = str(call.context.get("user_id") or "anonymous")
    tenant = call.context.get("tenant_id")
    key = f"{tenant}/{user}/{call.name}" if tenant else f"{user}/{call.name}"
    decision = await limiter.take(key, rule.rate_limit)
    if decision.allowed:
        return None
    wait = max(1, round(decision.reset_at - time.time()))
    return _Refusal(f"Rate limit reached: '{call.name}' may be used {rule.rate_limit} per "
                    f"user; it can be tried again in about {wait} s.", "refused")


async def _high_stakes(call: _Call, setup: _Setup) -> _Refusal | None:
    """Never run by the agent: with the escalation signal on, the user confirms and a person
    takes over; without it the call is simply refused."""
    if setup.governance is None or not setup.governance.rule(call.name).high_stakes:
        return None
    stakes = setup.escalation.signals.high_stakes if setup.escalation is not None else None
    if stakes is not None and stakes.enabled:
        return _Refusal(f"Not run: '{call.name}' needs the user's confirmation and a person "
                        "from the team; the conversation is being handed over.", "high_stakes",
                        escalation={"reason": "high_stakes", "priority": stakes.priority,
                                    "node": setup.node_id, "confirm": True,
                                    "detail": f"the assistant asked to run '{call.name}'"})
    return _Refusal(f"Not run: '{call.name}' has legal or financial consequences and only a "
                    "person from the team may do it.", "refused")


ADMISSION: tuple[Rule, ...] = (
    _stopped,
    _not_allowed,
    _over_call_cap,
    _a_loop,
    _too_large,
    _role_missing,
    _writes_when_read_only,
    _over_rate_limit,
    _high_stakes,
)
"""The admission rules of a tool call, in the order they are tried."""


async def _admit(call: _Call, setup: _Setup) -> _Refusal | None:
    for rule in ADMISSION:
        refusal = await rule(call, setup)
        if refusal is not None:
            return refusal
    return None


@dataclass
class _Runner:
    """What running an admitted call needs: prices, the budget gate, circuits, the tools."""

    node_id: str
    prices: Any
    gate: Any
    circuits: Any
    tool: Callable[[str], Any]


async def _execute(run: _Runner, name: str, args: Any, state: dict[str, Any],
                   config: RunnableConfig) -> tuple[str, str, float, dict[str, Any] | None]:
    """Run one admitted call: budget hold, circuit, the tool. Returns the message for the
    model, the verdict, the cost, and a ``degraded`` value when the budget refuses it."""
    price = run.prices.tools.get(name, 0.0) if isinstance(run.prices, PricesPolicy) else 0.0
    hold = None
    if run.gate is not None and price > 0:
        decision = await run.gate.reserve(price, state, config)
        if isinstance(decision, BudgetRefusal):
            return (f"Not run: '{name}' does not fit the {decision.scope} budget.", "budget",
                    0.0, {**decision.as_state(), "node": run.node_id})
        hold = decision
    admission = await run.circuits.admit(name)
    if not admission.allowed:
        if hold is not None:
            await hold.release()
        return (f"'{name}' is temporarily unavailable; answer without it or suggest trying "
                "again later.", "circuit_open", 0.0, None)
    error: BaseException | None = None
    try:
        with hidden_from_streams(config) as call_config:
            output = await run.tool(name).ainvoke(args, call_config)
        content = output if isinstance(output, str) else json.dumps(output, default=str)
        verdict = "success"
    except ValidationError as exc:
        error, verdict = exc, "invalid_arguments"
        content = f"Invalid arguments for '{name}': {_validation_text(exc)}"
    except (ValueError, TypeError, KeyError, LookupError) as exc:
        error, verdict = exc, "error"
        content = f"Tool '{name}' could not run: {exc}"
    except Exception as exc:
        # A tool's own failure (timeout, unreachable service) goes back to the model as a
        # short class name: the model may retry (loop detection bounds that), the circuit
        # counts it, and the message never carries the tool's internals.
        error, verdict = exc, "failed"
        content = f"Tool '{name}' failed ({public_error(exc)}). Try again later."
    await run.circuits.record(name, admission, error)
    if hold is not None:
        await (hold.commit(price) if error is None else hold.release())
    return content, verdict, price if error is None else 0.0, None


async def _screened(guards: list[Any], result: ToolMessage, state: dict[str, Any],
                    config: RunnableConfig, verdicts: list[dict[str, Any]],
                    audit: list[dict[str, Any]], spent: Spend) -> ToolMessage:
    """A tool result after the graph's ``stage: tool`` guards, applied before it enters the
    state: no stream or checkpoint holds what they would redact or withhold (the guard nodes
    skip the results screened here)."""
    content = text_of(result)
    for guard in guards:
        decision = await guard.decide(content, state, config)
        spent.add(decision)
        verdicts.extend(decision.verdicts)
        audit.extend(decision.audit)
        if decision.blocked is not None:
            content = WITHHELD.format(reason=decision.blocked["reason"])
            break
        if decision.text is not None:
            content = decision.text
    return ToolMessage(content=content, tool_call_id=result.tool_call_id, name=result.name,
                       status=result.status,
                       response_metadata={"screened_by": [g.node.id for g in guards]})


def _history(earlier: Sequence[Any]) -> tuple[dict[str, int], int, int]:
    """From the turn's earlier steps: calls by identity (loop detection), tool calls already
    run, and tool calls that failed in a row at the end."""
    seen: dict[str, int] = {}
    for message in earlier:
        if isinstance(message, AIMessage):
            for call in message.tool_calls:
                key = call_key(call["name"], call.get("args") or {})
                seen[key] = seen.get(key, 0) + 1
    run_before = sum(1 for m in earlier if isinstance(m, ToolMessage))
    failed_in_row = 0
    for message in reversed(earlier):
        if not isinstance(message, ToolMessage):
            continue
        if message.status != "error":
            break
        failed_in_row += 1
    return seen, run_before, failed_in_row


def _repeated_failures(escalation: EscalationPolicy | None, failed_in_row: int,
                       node_id: str) -> dict[str, Any] | None:
    """The ``escalation`` a run of failed tool calls sets, if the policy's signal fires."""
    repeated = escalation.signals.repeated_failures if escalation is not None else None
    if repeated is not None and repeated.enabled and failed_in_row >= repeated.at_least:
        return {"reason": "repeated_failures", "priority": repeated.priority, "node": node_id,
                "detail": f"{failed_in_row} tool calls failed in a row"}
    return None


def _spend(update: dict[str, Any], state: dict[str, Any], cost: float,
           screening: Spend) -> None:
    """Add the step's cost (tools and screening) and the screening's tokens to ``update``."""
    if cost:
        update["cost_usd"] = cost
        update["turn_cost_usd"] = (state.get("turn_cost_usd") or 0.0) + cost
    if screening.input_tokens or screening.output_tokens:
        totals = dict(state.get("usage") or {})
        totals["input_tokens"] = totals.get("input_tokens", 0) + screening.input_tokens
        totals["output_tokens"] = totals.get("output_tokens", 0) + screening.output_tokens
        update["usage"] = totals


def build(node: ToolsNode, ctx: BuildContext) -> Any:
    params = node.params
    found = ctx.policy(params.policy)
    governance = found if isinstance(found, ToolsPolicy) else None
    found = ctx.policy(params.escalation)
    escalation = found if isinstance(found, EscalationPolicy) else None
    limits = ctx.loaded.definition.limits
    store = getattr(ctx, "store", None)
    rates: list[AsyncRateLimiter] = []

    def rate_limits() -> AsyncRateLimiter | None:
        if store is None:
            from railgraph.reliability.store import warn_once

            warn_once("tool rate limits")
            return None
        if not rates:
            # The graph's state store lends its pool: rate limits open no connections.
            rates.append(AsyncRateLimiter.on_pool(store.client.connection_pool,
                                                  prefix=store.prefix))
        return rates[0]

    setup = _Setup(
        node_id=node.id,
        allowed=list(params.allow) if params.allow is not None
        else list(ctx.loaded.definition.tools),
        max_calls=limits.max_tool_calls,
        max_repeats=limits.max_repeated_tool_calls,
        max_input_chars=params.max_input_chars,
        governance=governance,
        escalation=escalation,
        read_only=params.read_only or (governance is not None and governance.read_only),
        rate_limits=rate_limits,
    )
    runner = _Runner(node_id=node.id, prices=ctx.policy(params.prices),
                     gate=budget_gate(ctx, params.budgets),
                     circuits=tool_circuits(ctx, params.breakers), tool=ctx.tool)
    tool_guards = stage_checks(ctx, "tool")

    async def tools(state: dict[str, Any], config: RunnableConfig) -> dict[str, Any]:
        messages = state.get("messages") or []
        ai = last_ai(messages)
        calls = list(getattr(ai, "tool_calls", None) or [])
        context = dict(state.get("context") or {})
        seen, run_before, failed_in_row = _history(_this_turn(messages[:-1]))

        results: list[ToolMessage] = []
        audit: list[dict[str, Any]] = []
        update: dict[str, Any] = {}
        cost = 0.0
        for index, call in enumerate(calls):
            name, call_id, args = call["name"], call.get("id") or "", call.get("args") or {}
            status = "error"
            key = call_key(name, args)
            seen[key] = seen.get(key, 0) + 1
            refusal = await _admit(_Call(
                name=name, args=args, index=index, run_before=run_before, repeats=seen[key],
                context=context, stopped="degraded" in update or "escalation" in update), setup)
            if refusal is not None:
                content, verdict = refusal.content, refusal.verdict
                if refusal.degraded is not None:
                    update["degraded"] = refusal.degraded
                if refusal.escalation is not None:
                    update["escalation"] = refusal.escalation
            else:
                content, verdict, spent, stop = await _execute(runner, name, args, state, config)
                status = "success" if verdict == "success" else "error"
                cost += spent
                if stop is not None:
                    update["degraded"] = stop
            if verdict in ("success", "skipped", "high_stakes", "budget"):
                failed_in_row = 0 if verdict == "success" else failed_in_row
            else:
                failed_in_row += 1
            results.append(ToolMessage(content=content, tool_call_id=call_id, name=name,
                                       status=status))
            audit.append(audit_entry(state, config, kind="tool", node=node.id, tool=name,
                                     verdict=verdict))
        handover = _repeated_failures(escalation, failed_in_row, node.id)
        if handover is not None and "escalation" not in update:
            update["escalation"] = handover
        verdicts: list[dict[str, Any]] = []
        screening = Spend()
        for index, result in enumerate(results):
            if result.status == "success" and tool_guards:
                results[index] = await _screened(tool_guards, result, state, config, verdicts,
                                                 audit, screening)
        if verdicts:
            update["verdicts"] = verdicts
        update.update({"messages": results, "audit": audit})
        _spend(update, state, cost + screening.cost_usd, screening)
        return update

    return tools
