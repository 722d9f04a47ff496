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
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from typing import Any

from langchain_core.messages import AIMessage, HumanMessage, ToolMessage
from langchain_core.runnables import RunnableConfig
from pydantic import ValidationError

from railgraph.nodes.context import BuildContext, audit_entry, hidden_from_streams, last_ai, text_of
from railgraph.nodes.guard import WITHHELD, stage_checks
from railgraph.policies import EscalationPolicy, PricesPolicy, ToolsPolicy
from railgraph.reliability import BudgetRefusal, budget_gate, tool_circuits
from railgraph.spec.kinds.tools import ToolsNode

__all__ = ["build", "call_key"]


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


class _RateLimits:
    """Per-user, per-tool sliding windows (the ``limits`` library's moving window on Redis).

    The limiter shares the client pool of the graph's state store, so a rate limit costs no
    extra connections; see :mod:`railgraph.state.ratelimit` for the guarantees.
    """

    def __init__(self, store: Any) -> None:
        from limits.aio.storage import RedisStorage
        from limits.aio.strategies import MovingWindowRateLimiter

        # The URI only names the client library; the connections come from the pool.
        storage = RedisStorage("redis://", implementation="redispy",
                               key_prefix=f"{store.prefix}:ratelimit",
                               connection_pool=store.client.connection_pool)
        self.limiter = MovingWindowRateLimiter(storage)

    async def hit(self, key: str, limit: str) -> tuple[bool, float]:
        """Count one call; returns whether it is allowed and, if not, when a slot frees (Unix
        time)."""
        from railgraph.state.ratelimit import parse_limit

        item = parse_limit(limit)
        if await self.limiter.hit(item, key):
            return True, 0.0  # the window's reset time is only needed to explain a refusal
        stats = await self.limiter.get_window_stats(item, key)
        return False, stats.reset_time


def build(node: ToolsNode, ctx: BuildContext) -> Any:
    params = node.params
    allowed = list(params.allow) if params.allow is not None else list(ctx.loaded.definition.tools)
    prices = ctx.policy(params.prices)
    found = ctx.policy(params.policy)
    governance = found if isinstance(found, ToolsPolicy) else None
    found = ctx.policy(params.escalation)
    escalation = found if isinstance(found, EscalationPolicy) else None
    limits = ctx.loaded.definition.limits
    max_calls = limits.max_tool_calls
    max_repeats = limits.max_repeated_tool_calls
    read_only = params.read_only or (governance is not None and governance.read_only)
    store = getattr(ctx, "store", None)
    rates: list[_RateLimits] = []
    circuits = tool_circuits(ctx, params.breakers)
    gate = budget_gate(ctx, params.budgets)

    def rate_limits() -> _RateLimits | None:
        if store is None:
            from railgraph.reliability.store import warn_once

            warn_once("tool rate limits")
            return None
        if not rates:
            rates.append(_RateLimits(store))
        return rates[0]

    async def refused(name: str, args: Any, context: dict[str, Any]) -> str | None:
        """Why the policy refuses this call (a message for the model), or None."""
        rule = governance.rule(name) if governance is not None else None
        limit = (rule.max_input_chars if rule is not None else None) or params.max_input_chars
        if len(json.dumps(args, default=str)) > limit:
            return f"Arguments of '{name}' are larger than the limit of {limit} characters."
        if governance is None or rule is None:
            return None
        given = context.get("roles") or governance.default_roles
        roles = [given] if isinstance(given, str) else list(given)
        if "*" not in rule.roles and not set(roles) & set(rule.roles):
            return (f"Permission denied: '{name}' is not available to this user (needs role "
                    f"{' or '.join(rule.roles)}). Tell the user you cannot do this for them.")
        if rule.writes and read_only:
            return (f"'{name}' changes data and this assistant is read-only here. "
                    "Tell the user a person from the team can do it.")
        if rule.rate_limit:
            limiter = rate_limits()
            if limiter is not None:
                user = str(context.get("user_id") or "anonymous")
                tenant = context.get("tenant_id")
                key = f"{tenant}/{user}/{name}" if tenant else f"{user}/{name}"
                ok, reset_at = await limiter.hit(key, rule.rate_limit)
                if not ok:
                    wait = max(1, round(reset_at - time.time()))
                    return (f"Rate limit reached: '{name}' may be used {rule.rate_limit} per "
                            f"user; try again in about {wait} s. Tell the user to try later.")
        return None

    async def execute(
        name: str, args: Any, state: dict[str, Any], config: RunnableConfig
    ) -> tuple[str, str, float, dict[str, Any] | None]:
        """Run one admitted call: budget hold, circuit, the tool. Returns the message for the
        model, the verdict, the cost, and a ``degraded`` value when the budget refuses it."""
        price = prices.tools.get(name, 0.0) if isinstance(prices, PricesPolicy) else 0.0
        hold = None
        if gate is not None and price > 0:
            decision = await gate.reserve(price, state, config)
            if isinstance(decision, BudgetRefusal):
                return (f"Not run: '{name}' does not fit the {decision.scope} budget.", "budget",
                        0.0, {**decision.as_state(), "node": node.id})
            hold = decision
        admission = await circuits.admit(name)
        if not admission.allowed:
            if hold is not None:
                await hold.release()
            return (f"'{name}' is temporarily unavailable; answer without it or suggest trying "
                    "again later.", "circuit_open", 0.0, None)
        error: BaseException | None = None
        try:
            with hidden_from_streams(config) as call_config:
                output = await ctx.tool(name).ainvoke(args, call_config)
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
            from railgraph.errors import public_error

            error, verdict = exc, "failed"
            content = f"Tool '{name}' failed ({public_error(exc)}). Try again later."
        await circuits.record(name, admission, error)
        if hold is not None:
            await (hold.commit(price) if error is None else hold.release())
        return content, verdict, price if error is None else 0.0, None

    tool_guards = stage_checks(ctx, "tool")

    async def screened(result: ToolMessage, state: dict[str, Any], config: RunnableConfig,
                       verdicts: list[dict[str, Any]], audit: list[dict[str, Any]],
                       spent: list[Any]) -> ToolMessage:
        """A tool result after the graph's ``stage: tool`` guards, applied before it enters the
        state: no stream or checkpoint holds what they would redact or withhold (the guard
        nodes skip the results screened here)."""
        content = text_of(result)
        for guard in tool_guards:
            decision = await guard.decide(content, state, config)
            spent[0] += decision.cost_usd
            spent[1] += decision.input_tokens
            spent[2] += decision.output_tokens
            verdicts.extend(decision.verdicts)
            audit.extend(decision.audit)
            if decision.blocked is not None:
                content = WITHHELD.format(reason=decision.blocked["reason"])
                break
            if decision.text is not None:
                content = decision.text
        return ToolMessage(content=content, tool_call_id=result.tool_call_id, name=result.name,
                           status=result.status,
                           response_metadata={"screened_by": [g.node.id for g in tool_guards]})

    async def tools(state: dict[str, Any], config: RunnableConfig) -> dict[str, Any]:
        messages = state.get("messages") or []
        ai = last_ai(messages)
        calls = list(getattr(ai, "tool_calls", None) or [])
        context = dict(state.get("context") or {})
        earlier = _this_turn(messages[:-1])
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

        results: list[ToolMessage] = []
        audit: list[dict[str, Any]] = []
        update: dict[str, Any] = {}
        cost = 0.0
        for index, call in enumerate(calls):
            name, call_id, args = call["name"], call.get("id") or "", call.get("args") or {}
            status, verdict = "error", "error"
            key = call_key(name, args)
            seen[key] = seen.get(key, 0) + 1
            if "degraded" in update or "escalation" in update:
                content = "Not run: the tool step was stopped before this call."
                verdict = "skipped"
            elif name not in allowed:
                content = f"Tool '{name}' is not available here. Available: {', '.join(allowed)}."
                verdict = "not_allowed"
            elif max_calls is not None and run_before + index >= max_calls:
                content = (f"Not run: this request reached its limit of {max_calls} tool calls. "
                           "Answer with what you have.")
                verdict = "cap"
                update["degraded"] = {"reason": "tool_calls", "limit": max_calls, "node": node.id}
            elif max_repeats is not None and seen[key] > max_repeats:
                content = (f"Not run: '{name}' was already called {max_repeats} times with the "
                           "same arguments in this request (a loop).")
                verdict = "loop"
                update["degraded"] = {"reason": "tool_loop", "tool": name, "node": node.id}
            elif (why := await refused(name, args, context)) is not None:
                content = why
                verdict = "refused"
            elif governance is not None and governance.rule(name).high_stakes:
                # Never run by the agent: with the escalation signal on, the user confirms and
                # a person takes over; without it the call is simply refused.
                stakes = escalation.signals.high_stakes if escalation is not None else None
                if stakes is not None and stakes.enabled:
                    content = (f"Not run: '{name}' needs the user's confirmation and a person "
                               "from the team; the conversation is being handed over.")
                    verdict = "high_stakes"
                    update["escalation"] = {"reason": "high_stakes", "priority": stakes.priority,
                                            "node": node.id, "confirm": True,
                                            "detail": f"the assistant asked to run '{name}'"}
                else:
                    content = (f"Not run: '{name}' has legal or financial consequences and only "
                               "a person from the team may do it. Tell the user so.")
                    verdict = "refused"
            else:
                content, verdict, spent, stop = await execute(name, args, state, config)
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
        repeated = escalation.signals.repeated_failures if escalation is not None else None
        if repeated is not None and repeated.enabled and failed_in_row >= repeated.at_least \
                and "escalation" not in update:
            update["escalation"] = {"reason": "repeated_failures", "priority": repeated.priority,
                                    "node": node.id,
                                    "detail": f"{failed_in_row} tool calls failed in a row"}
        verdicts: list[dict[str, Any]] = []
        screening: list[Any] = [0.0, 0, 0]
        for index, result in enumerate(results):
            if result.status == "success" and tool_guards:
                results[index] = await screened(result, state, config, verdicts, audit,
                                                screening)
        if verdicts:
            update["verdicts"] = verdicts
        cost += screening[0]
        update.update({"messages": results, "audit": audit})
        if cost:
            update["cost_usd"] = cost
            update["turn_cost_usd"] = (state.get("turn_cost_usd") or 0.0) + cost
        if screening[1] or screening[2]:
            totals = dict(state.get("usage") or {})
            totals["input_tokens"] = totals.get("input_tokens", 0) + int(screening[1])
            totals["output_tokens"] = totals.get("output_tokens", 0) + int(screening[2])
            update["usage"] = totals
        return update

    return tools
