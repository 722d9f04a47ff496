"""OpenTelemetry spans (GenAI conventions) of real support-graph turns, captured from what the
SDK exports."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from langgraph.checkpoint.memory import InMemorySaver
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from railgraph.compile import compile_graph
from railgraph.observe import tracing
from railgraph.runner import run_turn
from railgraph.spec.loader import LoadedGraph, load_graph

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def otel() -> Iterator[InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    tracing.use_tracer_provider(provider)
    try:
        yield exporter
    finally:
        tracing.use_tracer_provider(None)
        provider.shutdown()


@pytest.fixture
def loaded() -> LoadedGraph:
    return load_graph(ROOT / "graphs" / "support.yaml")


def _by_name(spans: tuple[ReadableSpan, ...], prefix: str) -> list[ReadableSpan]:
    return [s for s in spans if s.name.startswith(prefix)]


async def test_spans_of_nodes_tools_and_model_calls(otel: InMemorySpanExporter,
                                                    loaded: LoadedGraph) -> None:
    graph = compile_graph(loaded, checkpointer=InMemorySaver())
    result = await run_turn(graph, loaded, message="Where is my order 10042?", thread_id="s1",
                            user_id="u1", tenant_id="acme")
    spans = otel.get_finished_spans()
    [root] = _by_name(spans, "invoke_agent")
    assert root.parent is None
    attrs = dict(root.attributes or {})
    assert attrs["gen_ai.operation.name"] == "invoke_agent"
    assert attrs["gen_ai.agent.name"] == "support"
    assert attrs["railgraph.graph.version"] == loaded.identity["version"]
    assert attrs["railgraph.graph.hash"] == loaded.graph_hash
    assert (attrs["railgraph.thread_id"], attrs["railgraph.user_id"],
            attrs["railgraph.tenant_id"]) == ("s1", "u1", "acme")
    assert attrs["railgraph.status"] == "completed"
    assert attrs["railgraph.cost_usd"] == pytest.approx(result.cost_usd)
    trace_ids = {s.context.trace_id for s in spans}
    assert trace_ids == {root.context.trace_id}

    nodes = _by_name(spans, "node ")
    # One span per node run, in the order the turn ran them, all children of the turn.
    assert [s.attributes["railgraph.node.id"] for s in sorted(nodes, key=lambda s: s.start_time or 0)
            ] == result.path
    assert all(s.parent is not None and s.parent.span_id == root.context.span_id for s in nodes)
    kinds = {s.attributes["railgraph.node.id"]: s.attributes["railgraph.node.kind"] for s in nodes}
    assert kinds["input_guard"] == "guard" and kinds["agent"] == "llm"

    chats = _by_name(spans, "chat ")
    assert len(chats) == 2
    agent_spans = {s.context.span_id for s in nodes if s.attributes["railgraph.node.id"] == "agent"}
    for chat in chats:
        a = dict(chat.attributes or {})
        assert a["gen_ai.operation.name"] == "chat"
        assert a["gen_ai.request.model"] == "scripted"
        assert a["gen_ai.usage.input_tokens"] > 0 and a["gen_ai.usage.output_tokens"] > 0
        assert a["railgraph.cost_usd"] > 0
        assert chat.parent is not None and chat.parent.span_id in agent_spans
    llm_cost = sum(float(c.attributes["railgraph.cost_usd"]) for c in chats)

    [tool] = _by_name(spans, "execute_tool")
    assert tool.attributes["gen_ai.tool.name"] == "lookup_order"
    [tools_node] = [s for s in nodes if s.attributes["railgraph.node.id"] == "tools"]
    assert tool.parent is not None and tool.parent.span_id == tools_node.context.span_id
    tool_cost = float(tools_node.attributes["railgraph.cost_usd"])
    assert llm_cost + tool_cost == pytest.approx(result.cost_usd)
    # Spans hold names, ids and counts; never the conversation.
    blob = repr([dict(s.attributes or {}) for s in spans])
    assert "10042" not in blob and "Trail running" not in blob


async def test_interrupted_turn_span_is_not_an_error(otel: InMemorySpanExporter,
                                                     loaded: LoadedGraph) -> None:
    graph = compile_graph(loaded, checkpointer=InMemorySaver())
    result = await run_turn(graph, loaded, message="I want to speak to a human", thread_id="s2")
    assert result.status == "interrupted"
    spans = otel.get_finished_spans()
    [root] = _by_name(spans, "invoke_agent")
    assert root.attributes["railgraph.status"] == "interrupted"
    assert root.status.is_ok
    [escalate] = [s for s in _by_name(spans, "node ") if s.attributes["railgraph.node.id"]
                  == "escalate"]
    assert escalate.attributes["railgraph.interrupted"] is True
    assert escalate.status.is_ok


async def test_failed_model_call_is_an_error_span_with_its_class_only(
        otel: InMemorySpanExporter, loaded: LoadedGraph) -> None:
    from railgraph.models.faults import FaultInjectingChatModel
    from railgraph.models.resolve import resolve_model

    inner = resolve_model("scripted:policies/scripted_model.yaml", ROOT)
    failing = FaultInjectingChatModel(inner=inner, outcomes=["auth"])  # 401 "invalid API key"
    graph = compile_graph(loaded, checkpointer=InMemorySaver(),
                          models={"fast": failing, "smart": failing})
    result = await run_turn(graph, loaded, message="What are your opening hours?", thread_id="e1")
    assert "unavailable" in result.path  # the agent's on_error edge took over
    spans = otel.get_finished_spans()
    failed = [s for s in _by_name(spans, "chat ") if not s.status.is_ok]
    assert failed, "the failed model call is an error span"
    assert failed[0].status.description == "PermanentModelError (status 401)"
    assert failed[0].attributes["error.type"] == "PermanentModelError"
    [agent] = [s for s in _by_name(spans, "node ") if s.attributes["railgraph.node.id"] == "agent"]
    assert not agent.status.is_ok
    assert "invalid API key" not in "\n".join(s.to_json() for s in spans)
