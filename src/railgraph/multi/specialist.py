"""One specialist agent, and one call of it under the run's shared limits.

A specialist is another graph definition. In-process it is compiled next to the coordinator
and runs as a LangGraph subgraph (its checkpoints nest under the coordinator's, in the same
saver); remote, it is LangGraph's own ``RemoteGraph`` on a LangGraph server (its checkpoints
live in that server's saver). The call path is the same for both, so switching a specialist
between the two changes one line of YAML and nothing else.

Each call, in order:

1. **Steps.** The specialist runs with LangGraph's recursion limit set to the smallest of its
   own ``limits.max_steps``, the agent's ``max_steps`` and its share of what is left of the
   run's ``limits.agent_steps`` (steps already taken by earlier specialists of the turn count).
2. **Circuit.** With a ``breakers`` policy, the specialist's shared circuit (``agent:<name>``
   in Redis) must admit the call; an open circuit fails the node at once.
3. **Budget.** With ``limits.run_budget_usd``, ``max_cost_usd`` is held atomically from the
   run's budget (one scope per run in Redis, shared by every specialist of the run, in every
   process); a call that does not fit is not made. The hold is replaced by the specialist's
   actual cost afterwards, or released when it failed.
4. **Trace.** The call is one LangChain run named ``agent:<name>`` (tagged the same), so a
   callback-based tracer shows one span per specialist, with the specialist's own nodes inside.
"""

from __future__ import annotations

import asyncio
import logging
import math
import os
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from langchain_core.messages import HumanMessage
from langchain_core.runnables import RunnableConfig, RunnableLambda

from railgraph.errors import (
    AgentCallError,
    SpecialistCircuitOpen,
    SpecialistFailed,
    SpecialistUnavailable,
)
from railgraph.models.errors import is_transient
from railgraph.policies import BreakersPolicy
from railgraph.spec.model import AgentRef, Limits
from railgraph.state.budget import AsyncBudget, Reservation

__all__ = [
    "RUN_KEY",
    "AgentCallError",
    "Specialist",
    "SpecialistCircuitOpen",
    "SpecialistFailed",
    "SpecialistUnavailable",
    "run_id_of",
]

log = logging.getLogger("railgraph.agents")

RUN_KEY = "railgraph_run_id"
"""``configurable`` key that carries the run id to specialists (remote ones included), so a
specialist that coordinates specialists of its own charges the same run."""

RUN_RETENTION = 24 * 3600.0
"""Seconds a run's budget keys outlive their last write: a run is over long before that."""

_RUN_NAMESPACE = uuid.UUID("5b0c8a52-0f7e-4b7a-9a53-2f1c0e6d7a11")
"""Namespace of the remote threads' ids (LangGraph servers want UUIDs)."""


def run_id_of(state: Mapping[str, Any], config: RunnableConfig) -> str:
    """The id of the multi-agent run: given by a calling coordinator, else thread and turn."""
    configurable = config.get("configurable", {})
    given = configurable.get(RUN_KEY)
    if given:
        return str(given)
    thread = configurable.get("thread_id") or (state.get("context") or {}).get("thread_id")
    turn = sum(1 for m in state.get("messages") or [] if isinstance(m, HumanMessage))
    # Braces would break the budget keys' hash tag; a thread id never needs them.
    return f"{thread or 'local'}:{turn}".replace("{", "(").replace("}", ")")


@dataclass
class CallResult:
    """What one specialist call produced, as stored under the coordinator's ``agents``."""

    status: str
    """completed, blocked, degraded, refused (run budget) or skipped (run steps)."""
    response: str | None = None
    cost_usd: float = 0.0
    steps: int = 0
    detail: dict[str, Any] = field(default_factory=dict)

    def as_state(self, name: str, where: str) -> dict[str, Any]:
        """The entry written under ``agents[name]`` (no inputs, so no user text beyond the answer)."""
        return {"agent": name, "where": where, "status": self.status, "response": self.response,
                "cost_usd": round(self.cost_usd, 8), "steps": self.steps, **self.detail}


@dataclass
class Specialist:
    """A declared agent, resolved: an in-process compiled graph, or a remote graph's address."""

    name: str
    ref: AgentRef
    graph: Any = None
    """The compiled graph of an in-process specialist (None for a remote one)."""
    own_max_steps: int | None = None
    """The in-process specialist's own ``limits.max_steps``."""
    _remote: dict[tuple[str, str | None, int], Any] = field(default_factory=dict)

    @property
    def where(self) -> str:
        """``local`` or ``remote``."""
        return "remote" if self.ref.remote is not None else "local"

    def url(self) -> str:
        """The remote server's URL (``url_env`` wins when that variable is set)."""
        remote = self.ref.remote
        assert remote is not None
        return (os.environ.get(remote.url_env) if remote.url_env else None) or remote.url

    def describe(self) -> str:
        """Where the specialist runs, for messages (never credentials)."""
        if self.ref.remote is None:
            return f"agent '{self.name}' (in-process {self.ref.graph})"
        return f"agent '{self.name}' (graph '{self.ref.remote.graph}' at {self.url()})"

    def runnable(self) -> Any:
        """What to stream: the compiled graph, or a ``RemoteGraph`` (one per URL, key and event
        loop: an HTTP client's connections belong to the loop that opened them)."""
        if self.ref.remote is None:
            return self.graph
        remote = self.ref.remote
        key = None
        if remote.api_key_env:
            key = os.environ.get(remote.api_key_env)
            if not key:
                raise SpecialistFailed(f"{self.describe()}: environment variable "
                                       f"{remote.api_key_env} (its API key) is not set")
        url = self.url()
        slot = (url, key, id(asyncio.get_running_loop()))
        found = self._remote.get(slot)
        if found is None:
            import httpx
            from langgraph.pregel.remote import RemoteGraph
            from langgraph_sdk.client import LangGraphClient

            # The SDK's default transport retries a refused connection five times with backoff
            # (seconds per call); here the node's declared `retry` is the only retry, so a
            # specialist that is down reaches the fallback edge as the definition says.
            http = httpx.AsyncClient(
                base_url=url, transport=httpx.AsyncHTTPTransport(retries=0),
                timeout=httpx.Timeout(connect=5, read=300, write=300, pool=5),
                headers={"x-api-key": key} if key else {})
            found = self._remote[slot] = RemoteGraph(remote.graph,
                                                           client=LangGraphClient(http))
        return found

    def steps_for(self, limits: Limits, used: int, share: int) -> int | None:
        """Recursion limit of one call; None when the run has no steps left for it."""
        caps = [c for c in (self.own_max_steps, self.ref.max_steps) if c is not None]
        if limits.agent_steps is not None:
            caps.append((limits.agent_steps - used) // max(share, 1))
        steps = min(caps) if caps else limits.max_steps
        return steps if steps >= 2 else None

    async def call(
        self,
        payload: dict[str, Any],
        state: Mapping[str, Any],
        config: RunnableConfig,
        *,
        limits: Limits,
        steps_used: int,
        share: int,
        store: Any,
        breakers: BreakersPolicy | None,
    ) -> CallResult:
        """Call the specialist once under the run's step and budget limits (module docstring)."""
        steps = self.steps_for(limits, steps_used, share)
        if steps is None:
            return CallResult("skipped", detail={"reason": "agent_steps"})
        run_id = run_id_of(state, config)
        admission = await _admit(store, breakers, self.name)
        hold: tuple[AsyncBudget, Reservation] | None = None
        if limits.run_budget_usd is not None and self.ref.max_cost_usd is not None:
            if store is None:
                raise SpecialistFailed("limits.run_budget_usd needs a Redis state store (compile "
                                       "with railgraph's AsyncRedisSaver)")
            budget = AsyncBudget(store.client, prefix=store.prefix, retention=_run_retention)
            reservation = await budget.reserve(f"run:{run_id}", self.ref.max_cost_usd,
                                               limits.run_budget_usd)
            if reservation is None:
                await _record(store, breakers, self.name, admission, None, release_only=True)
                return CallResult("refused", detail={"reason": "budget",
                                                     "limit_usd": limits.run_budget_usd})
            hold = (budget, reservation)
        try:
            values, taken = await self._stream(payload, config, steps, run_id)
        except BaseException as exc:
            # A node timeout cancels this task: the hold is still given back, and the timeout
            # counts against the circuit like any failure a later call could avoid.
            failure = exc if isinstance(exc, Exception) else TimeoutError()
            settle = asyncio.ensure_future(self._settle(hold, store, breakers, admission, failure))
            await asyncio.shield(settle)
            if isinstance(exc, Exception):
                raise self._error(exc) from exc
            raise
        cost = _finite(float(values.get("turn_cost_usd") or 0.0))
        if hold is not None:
            await hold[0].commit(hold[1], cost)
        await _record(store, breakers, self.name, admission, None)
        return CallResult(_status(values), _answer(values), cost, taken)

    async def _settle(
        self, hold: tuple[AsyncBudget, Reservation] | None, store: Any,
        breakers: BreakersPolicy | None, admission: Any, failure: Exception,
    ) -> None:
        if hold is not None:
            await hold[0].release(hold[1])
        await _record(store, breakers, self.name, admission, failure)

    async def _stream(
        self, payload: dict[str, Any], config: RunnableConfig, steps: int, run_id: str
    ) -> tuple[dict[str, Any], int]:
        target = self.runnable()
        configurable = {RUN_KEY: run_id}
        if self.ref.remote is not None:
            # One remote thread per run and agent: a fresh conversation each run, as in-process.
            configurable["thread_id"] = str(uuid.uuid5(_RUN_NAMESPACE, f"{run_id}/{self.name}"))

        # RunnableLambda hands the span's own config only to a parameter named `config`.
        async def run(data: dict[str, Any], config: RunnableConfig) -> tuple[dict[str, Any], int]:
            child: RunnableConfig = {**config, "recursion_limit": steps,
                                     "configurable": {**config.get("configurable", {}),
                                                      **configurable}}
            values: dict[str, Any] = {}
            taken = 0
            async for part in target.astream(data, child, stream_mode=["updates", "values"]):
                # In-process parts are (mode, chunk) pairs; RemoteGraph's are named tuples.
                mode, chunk = (part.event, part.data) if hasattr(part, "event") else part
                if mode == "updates" and isinstance(chunk, dict):
                    taken += sum(1 for k in chunk if not str(k).startswith("__"))
                elif mode == "values" and isinstance(chunk, dict):
                    values = chunk
            return values, taken

        # A named runnable around the call gives callback tracers one span per specialist
        # (RemoteGraph itself reports nothing to callbacks).
        span: RunnableLambda[dict[str, Any], tuple[dict[str, Any], int]] = RunnableLambda(
            _sync_unsupported, afunc=run, name=f"agent:{self.name}")
        traced: RunnableConfig = {**config, "tags": [*(config.get("tags") or []),
                                                     f"agent:{self.name}"],
                                  "metadata": {**(config.get("metadata") or {}),
                                               "agent": self.name, "agent_where": self.where}}
        return await span.ainvoke(payload, traced)

    def _error(self, exc: Exception) -> Exception:
        if isinstance(exc, AgentCallError):
            return exc
        detail = type(exc).__name__
        if is_transient(exc):
            log.warning("%s is unavailable: %s", self.describe(), detail)
            return SpecialistUnavailable(f"{self.describe()} is unavailable ({detail})")
        log.warning("%s failed: %s", self.describe(), detail)
        return SpecialistFailed(f"{self.describe()} failed ({detail})")


def _sync_unsupported(_: Any) -> Any:
    raise TypeError("specialist agents are called asynchronously (use ainvoke/astream)")


def _run_retention(_: str) -> float:
    return RUN_RETENTION


def _status(values: Mapping[str, Any]) -> str:
    if values.get("blocked"):
        return "blocked"
    outcome = values.get("outcome")
    if outcome in ("degraded", "escalated", "limit", "error"):
        return str(outcome)
    return "completed"


def _answer(values: Mapping[str, Any]) -> str | None:
    if values.get("response"):
        return str(values["response"])
    messages = values.get("messages") or []
    if not messages:
        return None
    last = messages[-1]
    content = last.get("content") if isinstance(last, dict) else getattr(last, "content", None)
    return content if isinstance(content, str) else None


async def _admit(store: Any, policy: BreakersPolicy | None, name: str) -> Any:
    if policy is None or store is None:
        return None
    breaker = store.breaker(f"agent:{name}", policy.settings("model", name))
    decision = await store.call(breaker.allow())
    if not decision.allowed:
        raise SpecialistCircuitOpen(f"agent '{name}': circuit {decision.state.value}, "
                                    "not called until it recovers")
    return decision


async def _record(
    store: Any, policy: BreakersPolicy | None, name: str, decision: Any,
    error: Exception | None, *, release_only: bool = False,
) -> None:
    """Report a call's outcome to the circuit; only failures a later call could avoid count."""
    if decision is None or policy is None or store is None:
        return
    breaker = store.breaker(f"agent:{name}", policy.settings("model", name))
    if release_only:
        if decision.probe:  # the call was not made: give the probe slot back as a success
            await store.call(breaker.record_success(True))
        return
    if error is None or not is_transient(error):
        await store.call(breaker.record_success(decision.probe))
    else:
        await store.call(breaker.record_failure(decision.probe))


def _finite(value: float) -> float:
    """``value``, or 0 when it is not a finite number (a remote specialist's reported cost)."""
    return value if math.isfinite(value) else 0.0
