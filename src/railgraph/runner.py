"""Run one turn of a compiled graph and describe it as the ``--json`` object."""

from __future__ import annotations

import logging
import uuid
from dataclasses import asdict, dataclass, field
from typing import Any, cast

from langchain_core.messages import HumanMessage
from langchain_core.runnables import RunnableConfig
from langgraph.errors import GraphRecursionError
from langgraph.graph.state import CompiledStateGraph
from langgraph.types import Command

from railgraph.agent_state import AUTH_FAILED, turn_status
from railgraph.errors import ThreadNotFoundError, public_error
from railgraph.policies import DegradationPolicy
from railgraph.spec.loader import LoadedGraph

__all__ = ["MAX_MESSAGE_CHARS", "ThreadNotFoundError", "TurnResult", "ensure_owner", "run_turn"]

log = logging.getLogger("railgraph.runner")

MAX_MESSAGE_CHARS = 100_000
"""Longest message accepted from a caller; guards apply their own, smaller limits."""

_LIMIT_TEXT = "This request needed more steps than allowed, so it was stopped. Please rephrase it."
_ERROR_TEXT = "Sorry, something went wrong on our side. Please try again in a moment."


@dataclass
class TurnResult:
    """What one turn did, in the shape of the CLI's ``--json`` output."""

    thread_id: str
    status: str
    """completed | blocked | interrupted | error"""
    response: str | None
    path: list[str]
    graph: dict[str, str]
    cost_usd: float
    guards: list[dict[str, Any]] = field(default_factory=list)
    interrupt: dict[str, Any] | None = None
    outcome: str | None = None
    """Finer detail than status: escalated, degraded, limit ..."""
    error: str | None = None
    """Error class when status is error (never internal detail)."""

    def to_json(self) -> dict[str, Any]:
        """The object printed by ``--json``."""
        out = asdict(self)
        out["cost_usd"] = round(self.cost_usd, 8)
        return out


def _template(loaded: LoadedGraph, name: str, fallback: str) -> str:
    for policy in loaded.policies.values():
        if isinstance(policy, DegradationPolicy):
            return policy.templates.get(name, policy.fallback)
    return fallback


def _observers(graph: Any, loaded: LoadedGraph, user_id: str | None,
               tenant_id: str | None) -> list[Any]:
    """Logs, metrics, traces (and Langfuse when configured); the audit stream goes to the
    checkpointer's Redis when it is railgraph's saver."""
    from railgraph.observe import AuditLog, callbacks_for
    from railgraph.observe.logs import ensure_logging

    ensure_logging()
    saver: Any = getattr(graph, "checkpointer", None)
    prefix = getattr(getattr(saver, "codec", None), "prefix", None)
    audit = AuditLog(saver.client, prefix) if prefix and hasattr(saver, "client") else None
    return callbacks_for(loaded, {"user_id": user_id, "tenant_id": tenant_id}, audit=audit)


async def ensure_owner(saver: Any, thread_id: str, tenant_id: str | None) -> None:
    """Claim ``thread_id`` for ``tenant_id`` (its first use) or check it is the tenant's, in
    the Redis that holds the checkpoints: the same record every server replica checks, so a
    thread of another tenant is "not found" here too. Without a tenant (an operator's own
    run) or without railgraph's Redis saver nothing is checked."""
    from railgraph.state import AsyncRedisSaver
    from railgraph.state.owners import aclaim_on

    if tenant_id and isinstance(saver, AsyncRedisSaver) \
            and not await aclaim_on(saver, thread_id, tenant_id):
        raise ThreadNotFoundError(f"thread '{thread_id}' not found")


async def run_turn(
    graph: CompiledStateGraph[Any, Any, Any, Any],
    loaded: LoadedGraph,
    *,
    message: str | None = None,
    resume: Any = None,
    thread_id: str | None = None,
    user_id: str | None = None,
    tenant_id: str | None = None,
    roles: list[str] | None = None,
    proceed: bool = False,
) -> TurnResult:
    """Run a turn (``message``), continue an interrupted one (``resume``), or (``proceed``)
    finish a run that stopped between checkpoints (a killed process) from its last checkpoint.

    ``roles`` are the caller's roles (``context.roles``) that tool permissions check."""
    thread_id = thread_id or uuid.uuid4().hex
    await ensure_owner(getattr(graph, "checkpointer", None), thread_id, tenant_id)
    configurable: dict[str, Any] = {"thread_id": thread_id}
    if user_id:
        configurable["user_id"] = user_id
    if tenant_id:
        configurable["tenant_id"] = tenant_id
    config: RunnableConfig = {"configurable": configurable,
                              "callbacks": _observers(graph, loaded, user_id, tenant_id)}
    if resume is not None:
        payload: Any = Command(resume=resume)
    elif proceed:
        payload = None  # LangGraph runs the pending tasks of the last checkpoint
    else:
        if message is None:
            raise ValueError("a turn needs a message or a resume value")
        if len(message) > MAX_MESSAGE_CHARS:
            raise ValueError(f"message is {len(message)} characters; the limit is "
                             f"{MAX_MESSAGE_CHARS}")
        context = {"thread_id": thread_id, "user_id": user_id, "tenant_id": tenant_id,
                   "roles": list(roles or [])}
        payload = {"messages": [HumanMessage(content=message)],
                   "context": {k: v for k, v in context.items() if v}}

    path: list[str] = []
    interrupt: dict[str, Any] | None = None
    final: dict[str, Any] = {}
    status: str | None = None
    error: str | None = None
    try:
        stream = graph.astream(payload, config, stream_mode=["updates", "values"])
        async for mode, chunk in stream:
            parts = cast(dict[str, Any], chunk)
            if mode == "values":
                final = parts
                continue
            for name, update in parts.items():
                if name == "__interrupt__":
                    value = getattr(update[0], "value", None) if update else None
                    interrupt = {"id": getattr(update[0], "id", None) if update else None,
                                 **(value if isinstance(value, dict) else {"value": value})}
                    # The interrupting node ran up to its interrupt: it belongs in the path.
                    if isinstance(value, dict) and value.get("node"):
                        path.append(str(value["node"]))
                elif not name.startswith("__"):
                    path.append(name)
    except GraphRecursionError:
        status, error = "error", "step_limit"
        final = {**final, "response": _template(loaded, "limit_reached", _LIMIT_TEXT),
                 "outcome": "limit"}
    except Exception as exc:  # the user sees a safe message; the class goes to the log
        log.error("turn failed on thread %s: %s", thread_id, public_error(exc))
        status, error = "error", public_error(exc)
        final = {**final, "response": _template(loaded, "service_unavailable", _ERROR_TEXT),
                 "outcome": "error"}

    if status is None:
        status = turn_status(final, interrupted=interrupt is not None)
        if status == "error" and final.get("outcome") == AUTH_FAILED:
            error = (final.get("last_error") or {}).get("error") or AUTH_FAILED
    guards = [
        {k: v.get(k) for k in ("node", "check", "verdict", "reason")}
        for v in final.get("verdicts") or []
    ]
    return TurnResult(
        thread_id=thread_id,
        status=status,
        response=None if status == "interrupted" else final.get("response"),
        path=path,
        graph=loaded.identity,
        cost_usd=float(final.get("turn_cost_usd") or 0.0),
        guards=guards,
        interrupt=interrupt,
        outcome=final.get("outcome") if status != "interrupted" else "escalated",
        error=error,
    )
