"""The turn observer: one LangChain callback handler that logs, measures, traces and audits.

It rides on the ``callbacks`` of the RunnableConfig, so nodes stay untouched and the same
handler works under ``railgraph run``, in a notebook and on the LangGraph server. From the
callbacks LangGraph and LangChain already emit it derives:

- the turn (the root run): ``agent_requests_total``, ``agent_request_latency_seconds``,
  ``agent_active_sessions``, an ``invoke_agent`` span, a ``turn`` log line, and the turn's
  new audit entries appended to the audit stream;
- each node (runs tagged ``graph:step:N``): a ``node`` span; guard verdicts become
  ``guardrail_violations_total``, costs ``agent_cost_usd_total``, tool decisions
  ``tool_calls_total``;
- each model call: a ``chat`` span, ``llm_call_latency_seconds`` and ``llm_tokens_total``;
- each tool call: an ``execute_tool`` span.

Spans are parented explicitly by run id instead of through the OpenTelemetry context:
LangGraph runs nodes in their own asyncio tasks, where an attached context would not
reliably be the caller's.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from langchain_core.callbacks import AsyncCallbackHandler
from opentelemetry import trace
from opentelemetry.trace import Span, Status, StatusCode

import railgraph.observe.metrics as metrics
import railgraph.observe.tracing as tracing
from railgraph.agent_state import turn_status
from railgraph.errors import public_error
from railgraph.observe.audit import AuditLog
from railgraph.observe.logs import bind_turn, get_logger, unbind_turn
from railgraph.observe.redact import scrub
from railgraph.spec.loader import LoadedGraph

__all__ = ["TurnObserver"]

_COST_TYPES = {"llm": "llm", "tools": "tool"}


def _is_control_flow(exc: BaseException) -> bool:
    """Interrupts and parent commands unwind through callbacks as errors but are not failures."""
    from langgraph.errors import GraphBubbleUp

    return isinstance(exc, GraphBubbleUp)


def _update_of(outputs: Any) -> Mapping[str, Any]:
    """A node's state update, whether returned as a dict or inside a ``Command``."""
    if isinstance(outputs, Mapping):
        return outputs
    update = getattr(outputs, "update", None)
    if isinstance(update, Mapping):
        return update
    return {}


@dataclass
class _Run:
    root: UUID
    parent: UUID | None
    started: float
    kind: str = "other"
    """turn, node, chat, tool or other (internal runs such as edge routers)."""
    span: Span | None = None
    node: str | None = None
    node_kind: str | None = None
    named_model: str | None = None
    model: str | None = None
    tool: str | None = None


@dataclass
class _Turn:
    started: float
    context: dict[str, Any]
    tokens: Mapping[str, Any] | None = None
    runs: list[UUID] = field(default_factory=list)
    audit: list[dict[str, Any]] = field(default_factory=list)
    cost: float = 0.0
    interrupted: bool = False


class TurnObserver(AsyncCallbackHandler):
    """Observes the runs of one compiled graph (see the module docstring).

    ``audit`` receives each turn's new audit entries (None: not recorded); ``context``
    supplies user and tenant when neither the run's metadata nor its input carries them.
    """

    run_inline = True  # awaited in the caller's context, so bound log fields reach the nodes
    raise_error = False  # observability never fails a turn

    def __init__(self, loaded: LoadedGraph, *, audit: AuditLog | None = None,
                 context: Mapping[str, Any] | None = None) -> None:
        self.loaded = loaded
        self.agent_id = loaded.definition.name
        self.identity = dict(loaded.identity)
        self.audit_log = audit
        self.context = {k: v for k, v in (context or {}).items() if v is not None}
        self._nodes = {node.id: node for node in loaded.definition.nodes}
        self._runs: dict[UUID, _Run] = {}
        self._turns: dict[UUID, _Turn] = {}
        self.log = get_logger(graph=self.agent_id, graph_version=self.identity.get("version"))

    # ------------------------------------------------------------------ helpers

    def _span_parent(self, parent: UUID | None) -> Span | None:
        while parent is not None and parent in self._runs:
            run = self._runs[parent]
            if run.span is not None:
                return run.span
            parent = run.parent
        return None

    def _start_span(self, name: str, parent: UUID | None, attributes: Mapping[str, Any]) -> Span:
        above = self._span_parent(parent)
        ctx = trace.set_span_in_context(above) if above is not None else None
        clean = {k: scrub(v) for k, v in attributes.items() if v is not None}
        return tracing.get_tracer().start_span(name, context=ctx, attributes=clean)

    def _register(self, run_id: UUID, parent: UUID | None, **fields: Any) -> _Run | None:
        root = self._runs[parent].root if parent in self._runs else None
        if root is None or root not in self._turns:
            return None
        run = _Run(root=root, parent=parent, started=time.perf_counter(), **fields)
        self._runs[run_id] = run
        self._turns[root].runs.append(run_id)
        return run

    def _turn_of(self, run: _Run) -> _Turn | None:
        return self._turns.get(run.root)

    # ------------------------------------------------------------------ chains: turn and nodes

    async def on_chain_start(self, serialized: dict[str, Any] | None, inputs: Any, *,
                             run_id: UUID, parent_run_id: UUID | None = None,
                             tags: list[str] | None = None,
                             metadata: dict[str, Any] | None = None, **kwargs: Any) -> None:
        """A turn starts (root run) or a node starts (a run tagged ``graph:step:N``)."""
        meta = metadata or {}
        if parent_run_id is None or parent_run_id not in self._runs:
            self._start_turn(run_id, inputs, meta)
            return
        name = kwargs.get("name")
        if name and name == meta.get("langgraph_node") and any(
                t.startswith("graph:step:") for t in tags or ()):
            node = self._nodes.get(name)
            # Nodes of a subgraph are not in this definition; their metadata names the kind.
            kind = node.kind if node is not None else str(meta.get("kind") or "custom")
            run = self._register(run_id, parent_run_id, kind="node", node=name, node_kind=kind)
            if run is None:
                return
            if kind == "llm" and node is not None and isinstance(inputs, Mapping):
                # The same choice the llm node makes, so a model call can be priced.
                run.named_model = (getattr(node.params, "model", None) or inputs.get("model")
                                   or self._default_model())
            run.span = self._start_span(f"node {name}", parent_run_id, {
                "railgraph.node.id": name, "railgraph.node.kind": kind,
                "railgraph.step": meta.get("langgraph_step")})
            return
        self._register(run_id, parent_run_id)

    def _default_model(self) -> str | None:
        d = self.loaded.definition
        if d.default_model:
            return d.default_model
        return next(iter(d.models)) if len(d.models) == 1 else None

    def _start_turn(self, run_id: UUID, inputs: Any, meta: Mapping[str, Any]) -> None:
        given = inputs.get("context") if isinstance(inputs, Mapping) else None
        given = given if isinstance(given, Mapping) else {}
        context = {key: meta.get(key) or given.get(key) or self.context.get(key)
                   for key in ("thread_id", "user_id", "tenant_id")}
        turn = _Turn(started=time.perf_counter(), context=context)
        self._turns[run_id] = turn
        run = _Run(root=run_id, parent=None, started=turn.started, kind="turn")
        self._runs[run_id] = run
        turn.runs.append(run_id)
        turn.tokens = bind_turn(request_id=str(run_id), graph=self.agent_id,
                                graph_version=self.identity.get("version"), **context)
        run.span = self._start_span(f"invoke_agent {self.agent_id}", None, {
            tracing.OPERATION: "invoke_agent", tracing.AGENT_NAME: self.agent_id,
            "railgraph.graph.version": self.identity.get("version"),
            "railgraph.graph.hash": self.identity.get("hash"),
            "railgraph.request_id": str(run_id), "railgraph.thread_id": context["thread_id"],
            "railgraph.user_id": context["user_id"], "railgraph.tenant_id": context["tenant_id"],
            "railgraph.resume": not isinstance(inputs, Mapping)})
        metrics.ACTIVE_SESSIONS.labels(self.agent_id).inc()

    async def on_chain_end(self, outputs: Any, *, run_id: UUID,
                           parent_run_id: UUID | None = None, **kwargs: Any) -> None:
        """A node's update is read for verdicts, costs, tool outcomes and audit entries."""
        run = self._runs.get(run_id)
        if run is None:
            return
        if run.kind == "turn":
            await self._finish_turn(run_id, outputs, None)
            return
        if run.kind == "node":
            self._node_done(run, _update_of(outputs))
            if run.span is not None:
                run.span.set_status(Status(StatusCode.OK))
                run.span.end()

    async def on_chain_error(self, error: BaseException, *, run_id: UUID,
                             parent_run_id: UUID | None = None, **kwargs: Any) -> None:
        """Interrupts end a span normally; failures end it with the error's class."""
        run = self._runs.get(run_id)
        if run is None:
            return
        turn = self._turn_of(run)
        if _is_control_flow(error):
            if turn is not None and type(error).__name__ == "GraphInterrupt":
                turn.interrupted = True
            if run.span is not None:
                run.span.set_attribute("railgraph.interrupted", True)
        elif run.span is not None:
            run.span.set_status(Status(StatusCode.ERROR, public_error(error)))
            run.span.set_attribute("error.type", type(error).__name__)
        if run.kind == "turn":
            await self._finish_turn(run_id, None, error)
            return
        if run.kind == "node":
            if not _is_control_flow(error):
                self.log.warning("node_error", node=run.node, error=public_error(error),
                                 request_id=str(run.root))
            if run.span is not None:
                run.span.end()

    def _node_done(self, run: _Run, update: Mapping[str, Any]) -> None:
        turn = self._turn_of(run)
        kind = run.node_kind or "custom"
        if kind == "subgraph":  # its update repeats what its inner nodes reported already
            return
        cost = update.get("cost_usd")
        if isinstance(cost, int | float) and cost > 0:
            metrics.COST.labels(self.agent_id, _COST_TYPES.get(kind, "other")).inc(cost)
            if run.span is not None:
                run.span.set_attribute(tracing.COST_USD, float(cost))
            if turn is not None:
                turn.cost += float(cost)
        for verdict in update.get("verdicts") or ():
            action = verdict.get("verdict")
            if action and action != "pass":
                metrics.GUARDRAIL_VIOLATIONS.labels(self.agent_id, str(verdict.get("node")),
                                                    str(verdict.get("check")), action).inc()
                self.log.info("guard", node=verdict.get("node"), check=verdict.get("check"),
                              verdict=action, reason=verdict.get("reason"),
                              request_id=str(run.root))
        entries = [e for e in update.get("audit") or () if isinstance(e, Mapping)]
        for entry in entries:
            if entry.get("kind") == "tool":
                status = "success" if entry.get("verdict") == "success" else "error"
                metrics.TOOL_CALLS.labels(self.agent_id, str(entry.get("tool")), status).inc()
        if turn is not None:
            turn.audit.extend(dict(e) for e in entries)

    async def _finish_turn(self, run_id: UUID, outputs: Any, error: BaseException | None) -> None:
        turn = self._turns.pop(run_id, None)
        run = self._runs.get(run_id)
        if turn is None or run is None:
            return
        final = outputs if isinstance(outputs, Mapping) else {}
        if error is not None and not _is_control_flow(error):
            status = "error"
        else:
            status = turn_status(final, interrupted=turn.interrupted or (
                error is not None and type(error).__name__ == "GraphInterrupt"))
        elapsed = time.perf_counter() - turn.started
        metrics.REQUESTS.labels(self.agent_id, status).inc()
        metrics.REQUEST_LATENCY.labels(self.agent_id).observe(elapsed)
        metrics.ACTIVE_SESSIONS.labels(self.agent_id).dec()
        if run.span is not None:
            run.span.set_attribute("railgraph.status", status)
            run.span.set_attribute(tracing.COST_USD, turn.cost)
            if status != "error":
                run.span.set_status(Status(StatusCode.OK))
            run.span.end()
        fields = {"request_id": str(run_id), **turn.context}
        if self.audit_log is not None and turn.audit:
            try:
                await self.audit_log.append(
                    [{**e, "request_id": str(run_id)} for e in turn.audit], self.identity)
            except Exception as exc:  # the turn's answer matters more than its audit trail
                self.log.error("audit_write_failed", error=public_error(exc), **fields)
        log = self.log.error if status == "error" else self.log.info
        log("turn", status=status, outcome=final.get("outcome"),
            latency_ms=round(elapsed * 1000, 1), cost_usd=round(turn.cost, 8),
            error=public_error(error) if error is not None and status == "error" else None, **fields)
        for rid in turn.runs:
            self._runs.pop(rid, None)
        if turn.tokens is not None:
            # A turn can end in another context than it started in (sync callers).
            with contextlib.suppress(ValueError, RuntimeError):
                unbind_turn(turn.tokens)

    # ------------------------------------------------------------------ model calls

    async def on_chat_model_start(self, serialized: dict[str, Any] | None, messages: Any, *,
                                  run_id: UUID, parent_run_id: UUID | None = None,
                                  tags: list[str] | None = None,
                                  metadata: dict[str, Any] | None = None,
                                  **kwargs: Any) -> None:
        """A model call starts: a ``chat`` span under its node."""
        meta = metadata or {}
        params = kwargs.get("invocation_params") or {}
        model = str(meta.get("ls_model_name") or params.get("model") or params.get("model_name")
                    or (serialized or {}).get("name") or "unknown")
        run = self._register(run_id, parent_run_id, kind="chat", model=model)
        if run is None:
            return
        node = self._runs.get(parent_run_id) if parent_run_id else None
        while node is not None and node.kind != "node":
            node = self._runs.get(node.parent) if node.parent else None
        run.node = node.node if node else None
        run.named_model = node.named_model if node else None
        run.span = self._start_span(f"chat {model}", parent_run_id, {
            tracing.OPERATION: "chat", tracing.REQUEST_MODEL: model,
            tracing.PROVIDER: meta.get("ls_provider"), "railgraph.model": run.named_model})

    async def on_llm_end(self, response: Any, *, run_id: UUID,
                         parent_run_id: UUID | None = None, **kwargs: Any) -> None:
        """Tokens, latency and cost of a finished model call."""
        run = self._runs.get(run_id)
        if run is None or run.kind != "chat":
            return
        elapsed = time.perf_counter() - run.started
        tokens_in, tokens_out = _usage(response)
        model = run.model or "unknown"
        if not _reports_usage(response):
            # A provider (or a streaming call) that reports no tokens would be billed $0 and
            # never charged to budgets: say so where operators look, every time.
            metrics.LLM_USAGE_MISSING.labels(model).inc()
            self.log.warning("llm_usage_missing", node=run.node, model=model,
                             named_model=run.named_model, request_id=str(run.root))
        metrics.LLM_LATENCY.labels(model).observe(elapsed)
        metrics.LLM_TOKENS.labels(model, "input").inc(tokens_in)
        metrics.LLM_TOKENS.labels(model, "output").inc(tokens_out)
        cost = self._price(run, tokens_in, tokens_out)
        if run.span is not None:
            run.span.set_attributes({tracing.INPUT_TOKENS: tokens_in,
                                     tracing.OUTPUT_TOKENS: tokens_out, tracing.COST_USD: cost})
            run.span.set_status(Status(StatusCode.OK))
            run.span.end()
        self.log.info("llm_call", node=run.node, model=model, named_model=run.named_model,
                      input_tokens=tokens_in, output_tokens=tokens_out, cost_usd=round(cost, 8),
                      latency_ms=round(elapsed * 1000, 1), request_id=str(run.root))

    def _price(self, run: _Run, tokens_in: int, tokens_out: int) -> float:
        from railgraph.policies import PricesPolicy

        node = self._nodes.get(run.node or "")
        policy_name = getattr(getattr(node, "params", None), "prices", None)
        prices = self.loaded.policies.get(policy_name) if policy_name else None
        if isinstance(prices, PricesPolicy) and run.named_model:
            return prices.cost(run.named_model, tokens_in, tokens_out)
        return 0.0

    async def on_llm_error(self, error: BaseException, *, run_id: UUID,
                           parent_run_id: UUID | None = None, **kwargs: Any) -> None:
        """A failed model call: latency recorded, span marked with the error's class."""
        run = self._runs.get(run_id)
        if run is None or run.kind != "chat":
            return
        metrics.LLM_LATENCY.labels(run.model or "unknown").observe(time.perf_counter() - run.started)
        if run.span is not None:
            run.span.set_status(Status(StatusCode.ERROR, public_error(error)))
            run.span.set_attribute("error.type", type(error).__name__)
            run.span.end()
        self.log.warning("llm_error", node=run.node, model=run.model, error=public_error(error),
                         request_id=str(run.root))

    # ------------------------------------------------------------------ tool calls

    async def on_tool_start(self, serialized: dict[str, Any] | None, input_str: str, *,
                            run_id: UUID, parent_run_id: UUID | None = None,
                            tags: list[str] | None = None,
                            metadata: dict[str, Any] | None = None, **kwargs: Any) -> None:
        """A tool call starts: an ``execute_tool`` span under the tools node."""
        name = str((serialized or {}).get("name") or kwargs.get("name") or "tool")
        run = self._register(run_id, parent_run_id, kind="tool", tool=name)
        if run is None:
            return
        parent = self._runs.get(parent_run_id) if parent_run_id else None
        run.node = parent.node if parent else None
        run.span = self._start_span(f"execute_tool {name}", parent_run_id, {
            tracing.OPERATION: "execute_tool", tracing.TOOL_NAME: name,
            tracing.TOOL_CALL_ID: kwargs.get("tool_call_id")})

    async def on_tool_end(self, output: Any, *, run_id: UUID,
                          parent_run_id: UUID | None = None, **kwargs: Any) -> None:
        """A tool call finished."""
        await self._tool_done(run_id, None)

    async def on_tool_error(self, error: BaseException, *, run_id: UUID,
                            parent_run_id: UUID | None = None, **kwargs: Any) -> None:
        """A tool call raised (the tools node turns it into a message for the model)."""
        await self._tool_done(run_id, error)

    async def _tool_done(self, run_id: UUID, error: BaseException | None) -> None:
        run = self._runs.get(run_id)
        if run is None or run.kind != "tool":
            return
        elapsed = time.perf_counter() - run.started
        if run.span is not None:
            if error is None:
                run.span.set_status(Status(StatusCode.OK))
            else:
                run.span.set_status(Status(StatusCode.ERROR, public_error(error)))
                run.span.set_attribute("error.type", type(error).__name__)
            run.span.end()
        self.log.info("tool_call", node=run.node, tool=run.tool,
                      status="error" if error is not None else "success",
                      error=public_error(error) if error is not None else None,
                      latency_ms=round(elapsed * 1000, 1), request_id=str(run.root))


def _usage(response: Any) -> tuple[int, int]:
    """Input and output tokens of a model response (usage metadata, else provider output)."""
    for generations in getattr(response, "generations", None) or ():
        for generation in generations:
            usage = getattr(getattr(generation, "message", None), "usage_metadata", None)
            if usage:
                return int(usage.get("input_tokens", 0)), int(usage.get("output_tokens", 0))
    raw = (getattr(response, "llm_output", None) or {}).get("token_usage") or {}
    return int(raw.get("prompt_tokens", 0)), int(raw.get("completion_tokens", 0))


def _reports_usage(response: Any) -> bool:
    """Whether a model response carried token usage at all (zero tokens is still a report)."""
    for generations in getattr(response, "generations", None) or ():
        for generation in generations:
            if getattr(getattr(generation, "message", None), "usage_metadata", None):
                return True
    return bool((getattr(response, "llm_output", None) or {}).get("token_usage"))
