"""``agent``, ``fanout`` and ``supervisor`` nodes: a coordinator working with specialist agents.

- ``agent`` calls one specialist and hands it what it needs of the conversation: the last user
  message or the whole conversation, earlier specialists' results (``include``) and an
  instruction. That is a handoff: the next agent continues from the previous one's result.
- ``fanout`` calls several specialists in parallel through LangGraph's ``Send`` (one task per
  specialist in a small inner graph) and merges their results in one step.
- ``supervisor`` routes to one specialist (agent node) at a time with LangGraph's ``Command``:
  its ``routes`` are tried in order after every specialist, ``finish`` when none holds.

Results are written under the state's ``agents`` field, by agent name; a specialist's spend
joins the coordinator's cost. Calls themselves (limits, circuit, budget, tracing) are in
:mod:`railgraph.multi.specialist`.
"""

from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Annotated, Any, TypedDict, cast

from langchain_core.messages import HumanMessage
from langchain_core.runnables import RunnableConfig
from langgraph.graph import END, START, StateGraph
from langgraph.types import Command, Send

from railgraph.agent_state import at_step_limit, merge
from railgraph.imports import import_dotted
from railgraph.multi.specialist import Specialist, SpecialistUnavailable
from railgraph.nodes.context import BuildContext, last_human, text_of
from railgraph.policies import BreakersPolicy
from railgraph.spec.kinds import AgentCallParams, AgentNode, FanoutNode, SupervisorNode
from railgraph.spec.model import END as SPEC_END

__all__ = ["build_agent", "build_fanout", "build_supervisor", "handoff"]

def _specialist(ctx: BuildContext, name: str) -> Specialist:
    ref = ctx.loaded.definition.agents[name]
    if ref.remote is not None:
        return Specialist(name, ref)
    # Compiled by the coordinator's compiler: the same reliability store and model overrides.
    loaded = ctx.loaded.agents[name]
    graph = ctx.compile(loaded)
    return Specialist(name, ref, graph=graph, own_max_steps=loaded.definition.limits.max_steps)


def _breakers(ctx: BuildContext, name: str) -> BreakersPolicy | None:
    policy = ctx.policy(ctx.loaded.definition.agents[name].breakers)
    return policy if isinstance(policy, BreakersPolicy) else None


def handoff(state: Mapping[str, Any], params: AgentCallParams) -> dict[str, Any]:
    """The input a specialist receives: the chosen messages, included results, the instruction."""
    messages: list[Any] = []
    history = list(state.get("messages") or [])
    if params.messages == "conversation":
        messages = [m for m in history if getattr(m, "type", "") in ("human", "ai")
                    and not getattr(m, "tool_calls", None)]
    elif params.messages == "last":
        last = last_human(history)
        if last is not None:
            messages = [last]
    # Plain dicts: the same input travels in-process and over HTTP to a LangGraph server.
    out = [{"type": m.type, "content": text_of(m)} for m in messages]
    results = state.get("agents") or {}
    for name in params.include:
        found = results.get(name) or {}
        out.append({"type": "human", "content": f"Result from {name} "
                    f"({found.get('status', 'missing')}): {found.get('response') or ''}"})
    if params.instruction:
        out.append({"type": "human", "content": params.instruction})
    if not out:  # a graph turn needs a user message to start from
        out.append({"type": "human", "content": text_of(last_human(history) or HumanMessage(""))})
    return {"messages": out}


def _steps_used(state: Mapping[str, Any]) -> int:
    return sum(int(r.get("steps") or 0) for r in (state.get("agents") or {}).values()
               if isinstance(r, dict))


def _update(results: Mapping[str, dict[str, Any]], state: Mapping[str, Any]) -> dict[str, Any]:
    """Coordinator state update from specialist results: results, their cost, degradation."""
    cost = sum(float(r.get("cost_usd") or 0.0) for r in results.values())
    update: dict[str, Any] = {"agents": dict(results)}
    if cost:
        update["cost_usd"] = cost
        update["turn_cost_usd"] = float(state.get("turn_cost_usd") or 0.0) + cost
    for name, result in results.items():
        if result["status"] in ("refused", "skipped"):
            update["degraded"] = {"reason": "budget" if result["status"] == "refused"
                                  else "agent_steps", "scope": "run", "agent": name,
                                  **({"limit_usd": result["limit_usd"]}
                                     if "limit_usd" in result else {})}
    return update


def build_agent(node: AgentNode, ctx: BuildContext) -> Any:
    """One specialist, called with a handoff of the coordinator's state."""
    params = node.params
    specialist = _specialist(ctx, params.agent)
    breakers = _breakers(ctx, params.agent)
    limits = ctx.loaded.definition.limits

    async def agent(state: dict[str, Any], config: RunnableConfig) -> dict[str, Any]:
        result = await specialist.call(
            handoff(state, params), state, config, limits=limits, steps_used=_steps_used(state),
            share=1, store=ctx.store, breakers=breakers)
        return _update({params.agent: result.as_state(params.agent, specialist.where)}, state)

    agent.__name__ = f"agent_{node.id}"
    return agent


class _FanoutState(TypedDict, total=False):
    """State of a fan-out's inner graph."""

    parent: dict[str, Any]
    """The coordinator's state when the fan-out started."""
    results: Annotated[dict[str, Any], merge]
    """Results by agent name; each parallel task adds its own."""
    failures: Annotated[list[str], operator.add]
    """Agents whose call failed (their errors, without internals)."""


class _Task(TypedDict):
    agent: str
    parent: dict[str, Any]


def build_fanout(node: FanoutNode, ctx: BuildContext) -> Any:
    """Several specialists at once: one ``Send`` per specialist, then one merge step."""
    params = node.params
    names = list(params.agents)
    specialists = {name: _specialist(ctx, name) for name in names}
    breakers = {name: _breakers(ctx, name) for name in names}
    limits = ctx.loaded.definition.limits
    merge_fn = import_dotted(params.merge, ctx.loaded.root) if params.merge else None

    def dispatch(state: _FanoutState) -> list[Send]:
        return [Send("call", _Task(agent=name, parent=state["parent"])) for name in names]

    async def call(task: _Task, config: RunnableConfig) -> dict[str, Any]:
        name, parent = task["agent"], task["parent"]
        specialist = specialists[name]
        try:
            result = await specialist.call(
                handoff(parent, params), parent, config, limits=limits,
                steps_used=_steps_used(parent), share=len(names), store=ctx.store,
                breakers=breakers[name])
        except Exception as exc:  # one failed specialist must not sink the others' results
            return {"failures": [f"{name}: {exc}"],
                    "results": {name: {"agent": name, "where": specialist.where,
                                       "status": "error", "error": type(exc).__name__}}}
        return {"results": {name: result.as_state(name, specialist.where)}}

    inner = StateGraph(_FanoutState)
    inner.add_node("start", lambda state: {})
    inner.add_node("call", cast(Any, call))  # a Send task takes its payload, not the state
    inner.add_edge(START, "start")
    inner.add_conditional_edges("start", dispatch, ["call"])
    inner.add_edge("call", END)
    graph = inner.compile(name=f"fanout_{node.id}")

    async def fanout(state: dict[str, Any], config: RunnableConfig) -> dict[str, Any]:
        out = await graph.ainvoke({"parent": dict(state), "results": {}}, config)
        results: dict[str, Any] = out.get("results") or {}
        if len(out.get("failures") or []) == len(names):
            # Every specialist failed: fail the node so its retry / on_error edges apply.
            raise SpecialistUnavailable("every specialist of the fan-out failed: "
                                        + "; ".join(out["failures"]))
        update = _update(results, state)
        if merge_fn is not None:
            update.update(merge_fn(results) or {})
        return update

    fanout.__name__ = f"fanout_{node.id}"
    return fanout


def build_supervisor(node: SupervisorNode, ctx: BuildContext) -> Any:
    """Hands over to one agent node at a time; ``finish`` when no route holds."""
    routes = [(ctx.condition(r.when), _goto(r.to)) for r in node.params.routes]
    finish = _goto(node.params.finish)
    on_limit = ctx.loaded.definition.limits.on_limit
    destinations = tuple(sorted({t for _, t in routes} | {finish}
                                | ({_goto(on_limit)} if on_limit != SPEC_END else set())))

    async def supervisor(state: dict[str, Any], config: RunnableConfig) -> Command[Any]:
        if on_limit != SPEC_END and at_step_limit(state, config):
            return Command(goto=_goto(on_limit))
        for condition, target in routes:
            if condition(state):
                return Command(goto=target, update={"route": target})
        return Command(goto=finish)

    supervisor.__name__ = f"supervisor_{node.id}"
    supervisor.destinations = destinations  # type: ignore[attr-defined]  # for drawing
    return supervisor


def _goto(name: str) -> str:
    return END if name == SPEC_END else name
