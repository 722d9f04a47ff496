"""Compile a loaded definition into a LangGraph ``StateGraph``.

Everything maps onto LangGraph's own mechanisms: nodes with ``RetryPolicy``,
``timeout`` and ``error_handler``; conditional edges whose routers evaluate
vetted expressions; ``interrupt`` for escalation; the step limit as the
recursion limit, with ``RemainingSteps`` diverting to ``limits.on_limit``; the
graph's identity (name, version, hash) as checkpoint metadata.
"""

from __future__ import annotations

import functools
import inspect
import logging
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.runnables import RunnableConfig
from langgraph._internal._constants import CONFIG_KEY_DURABILITY
from langgraph.errors import NodeError
from langgraph.graph import END, StateGraph
from langgraph.graph.state import CompiledStateGraph
from langgraph.types import Command, RetryPolicy

from railgraph.agent_state import AUTH_FAILED, at_step_limit, state_schema, turn_reset
from railgraph.errors import PermanentModelError, public_error
from railgraph.models.errors import is_auth_failure
from railgraph.nodes import builder_of
from railgraph.nodes.context import BuildContext, audit_entry
from railgraph.reliability.store import ReliabilityStore, store_of
from railgraph.spec.loader import LoadedGraph, load_graph, load_graph_data
from railgraph.spec.model import END as SPEC_END
from railgraph.spec.model import GraphDefinition, RetrySpec

__all__ = ["build", "compile_graph", "public_error"]

log = logging.getLogger("railgraph.compile")


def build(
    source: str | Path | Mapping[str, Any] | GraphDefinition | LoadedGraph,
    *,
    checkpointer: Any = None,
    models: Mapping[str, BaseChatModel] | None = None,
    base_dir: str | Path | None = None,
    reliability: ReliabilityStore | None = None,
    **compile_kwargs: Any,
) -> CompiledStateGraph[Any, Any, Any, Any]:
    """Load (if needed), validate and compile a graph definition.

    ``source`` is a YAML path, a definition as a mapping or model, or an
    already loaded graph. ``models`` replaces named models (e.g. a fault-injecting
    wrapper in tests). ``reliability`` is where budgets, circuit breakers and the
    response cache keep their shared state (default: the checkpointer's Redis when it
    is railgraph's ``AsyncRedisSaver``). Extra keyword arguments go to ``StateGraph.compile``
    (``store``, ``interrupt_before``, ...). Nodes are async: use ``ainvoke``/``astream``.
    """
    if isinstance(source, LoadedGraph):
        loaded = source
    elif isinstance(source, str | Path):
        loaded = load_graph(source)
    else:
        data = source.model_dump(by_alias=True) if isinstance(source, GraphDefinition) \
            else dict(source)
        loaded = load_graph_data(data, base_dir=Path(base_dir or Path.cwd()))
    return compile_graph(loaded, checkpointer=checkpointer, models=models,
                         reliability=reliability, **compile_kwargs)


def compile_graph(
    loaded: LoadedGraph,
    *,
    checkpointer: Any = None,
    models: Mapping[str, BaseChatModel] | None = None,
    is_subgraph: bool = False,
    reliability: ReliabilityStore | None = None,
    resolve_models: bool = True,
    **compile_kwargs: Any,
) -> CompiledStateGraph[Any, Any, Any, Any]:
    """Compile a validated definition (see :func:`build`).

    Every declared model is created here (``resolve_models``), so a missing credential or
    provider package fails before the first call with its real reason, not as an
    "unavailable" answer mid-turn. Drawing a graph passes False: it calls no model.
    """
    definition = loaded.definition
    store = store_of(checkpointer, reliability)
    ctx = BuildContext(loaded, model_overrides=dict(models or {}), store=store,
                       compiler=functools.partial(compile_graph, models=models, reliability=store,
                                                  resolve_models=resolve_models))
    if resolve_models:
        for name in definition.models:
            ctx.model(name)
    builder: StateGraph[Any, Any, Any, Any] = StateGraph(state_schema(definition.state))
    defaults = {name: f.default for name, f in definition.state.items() if f.default is not None}

    for node in definition.nodes:
        body = builder_of(node.kind)(node, ctx)
        # A subgraph node is a compiled graph that continues the parent's turn.
        if node.id == definition.entry and not is_subgraph and node.kind != "subgraph":
            body = _starts_turn(body, defaults)
        builder.add_node(
            node.id,
            body,
            retry_policy=_retry_policy(node.retry),
            timeout=node.timeout if node.kind != "subgraph" else None,
            error_handler=_error_handler(node.id, node.on_error) if node.on_error else None,
            metadata={"kind": node.kind},
            # Nodes that route with `Command` (supervisor) name where they can go, for drawing.
            destinations=getattr(body, "destinations", None),
        )
    builder.set_entry_point(definition.entry)

    on_limit = None if definition.limits.on_limit == SPEC_END else definition.limits.on_limit
    for edge in definition.edges:
        if edge.to is not None:
            builder.add_edge(edge.from_, _target(edge.to))
            continue
        branches = [(ctx.condition(b.when), _target(b.to)) for b in edge.branches or []]
        default = _target(edge.default or SPEC_END)
        targets = sorted({t for _, t in branches} | {default} | ({on_limit} if on_limit else set()))
        builder.add_conditional_edges(edge.from_, _router(branches, default, on_limit),
                                      {t: t for t in targets})

    graph = builder.compile(checkpointer=checkpointer, name=definition.name, **compile_kwargs)
    # The identity goes in `configurable`: savers copy its scalar values into every
    # checkpoint's metadata, and unlike `metadata` it is not copied into the config of
    # every task and callback (which measurably slows small graphs).
    return graph.with_config(
        recursion_limit=definition.limits.max_steps,
        configurable={
            "graph_name": definition.name,
            "graph_version": definition.version,
            "graph_hash": loaded.graph_hash,
            # The graph's default durability, where LangGraph itself looks for it when a
            # run passes none (an explicit `durability=` of a run still wins).
            CONFIG_KEY_DURABILITY: definition.durability,
        },
    )


def _target(name: str) -> str:
    return END if name == SPEC_END else name


def _router(
    branches: Sequence[tuple[Callable[[Mapping[str, Any]], bool], str]],
    default: str,
    on_limit: str | None,
) -> Callable[[Mapping[str, Any], RunnableConfig], str]:
    def route(state: Mapping[str, Any], config: RunnableConfig) -> str:
        if on_limit is not None and at_step_limit(state, config):
            return on_limit
        for condition, target in branches:
            if condition(state):
                return target
        return default

    return route


def _starts_turn(body: Any, defaults: Mapping[str, Any]) -> Any:
    """Wrap the entry node so each new turn starts from clean per-turn fields."""

    takes_config = len(inspect.signature(body).parameters) >= 2

    async def entry(state: dict[str, Any], config: RunnableConfig) -> Any:
        update = await (body(state, config) if takes_config else body(state))
        # Only fields left over from an earlier turn need writing: each channel write
        # costs LangGraph time, and a fresh thread has nothing to reset.
        start = {k: v for k, v in turn_reset().items() if _differs(state.get(k), v)}
        context = state.get("context") or {}
        configurable = config.get("configurable", {})
        missing = {k: configurable[k] for k in ("thread_id", "user_id", "tenant_id")
                   if configurable.get(k) is not None and k not in context}
        if missing:
            start["context"] = {**context, **missing}
        for name, value in defaults.items():
            if state.get(name) is None:
                start[name] = value
        if state.get("failures") is None:
            start["failures"] = 0
        if isinstance(update, Command):
            return Command(goto=update.goto, update=_after_reset(start, dict(update.update or {})))
        return _after_reset(start, dict(update or {}))

    return entry


def _after_reset(start: dict[str, Any], update: dict[str, Any]) -> dict[str, Any]:
    """The entry node's update on top of the turn's reset: a field the reset replaces
    (``{"$replace": ...}``, such as ``verdicts``) is replaced by what the node wrote, not
    appended to the last turn's (one write per field reaches the reducer)."""
    merged = {**start, **update}
    for key, reset in start.items():
        if key in update and isinstance(reset, dict) and "$replace" in reset:
            written = update[key]
            if isinstance(written, dict) and "$replace" in written:
                continue
            merged[key] = {"$replace": written}
    return merged


def _differs(current: Any, reset: Any) -> bool:
    if isinstance(reset, dict) and "$replace" in reset:
        return bool(current)
    return current is not None and current != reset


def _retry_policy(spec: RetrySpec | None) -> RetryPolicy | None:
    if spec is None:
        return None
    from railgraph.models.errors import is_transient

    def retry_on(exc: Exception) -> bool:
        if spec.retry_on == "transient":
            return is_transient(exc)
        return not isinstance(exc, PermanentModelError | ValueError | TypeError)

    return RetryPolicy(
        initial_interval=spec.initial_interval,
        backoff_factor=spec.backoff_factor,
        max_interval=spec.max_interval,
        max_attempts=spec.max_attempts,
        jitter=spec.jitter,
        retry_on=retry_on,
    )


def _error_handler(node_id: str, target: str) -> Callable[..., Command[Any]]:
    def handle(state: dict[str, Any], error: NodeError, config: RunnableConfig) -> Command[Any]:
        failures = int(state.get("failures") or 0) + 1
        described = public_error(error.error)
        # Operators get the real reason (the log scrubs PII and secrets from it); the user
        # gets the degradation answer the edge leads to, and the state only the class.
        log.error("node %s failed: %s: %s", node_id, described, str(error.error)[:500])
        update: dict[str, Any] = {
            "failures": failures,
            "last_error": {"node": node_id, "error": described},
            "audit": [audit_entry(state, config, kind="error", node=node_id,
                                  verdict="handled", reason=described, goto=target)],
        }
        if is_auth_failure(error.error):
            # Wrong or insufficient credentials are not an outage: no later turn will fare
            # better until someone fixes the configuration, so the turn is an error.
            update["outcome"] = AUTH_FAILED
        return Command(goto=_target(target), update=update)

    handle.__name__ = f"on_error_{node_id}"
    return handle
