"""Langfuse traces of real support-graph turns, captured from what the real Langfuse SDK exports."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from langgraph.checkpoint.memory import InMemorySaver
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from railgraph.compile import compile_graph
from railgraph.integrations.langfuse import configure_langfuse, langfuse_handler
from railgraph.observe import callbacks_for
from railgraph.runner import run_turn
from railgraph.spec.loader import LoadedGraph, load_graph

ROOT = Path(__file__).resolve().parents[2]



@pytest.fixture
def loaded() -> LoadedGraph:
    return load_graph(ROOT / "graphs" / "support.yaml")



@pytest.fixture
def langfuse(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[InMemorySpanExporter, Any]]:
    """The real Langfuse SDK, exporting into memory (a unique key: a fresh SDK client)."""
    key = f"pk-lf-{uuid.uuid4().hex[:8]}"
    monkeypatch.setenv("LANGFUSE_PUBLIC_KEY", key)
    monkeypatch.setenv("LANGFUSE_SECRET_KEY", "sk-lf-test")
    monkeypatch.setenv("LANGFUSE_BASE_URL", "http://127.0.0.1:9")
    exporter = InMemorySpanExporter()
    client = configure_langfuse(public_key=key, secret_key="sk-lf-test",
                                base_url="http://127.0.0.1:9", span_exporter=exporter)
    try:
        yield exporter, client
    finally:
        client.shutdown()


async def test_langfuse_one_trace_per_turn_one_session_per_thread(
        langfuse: tuple[InMemorySpanExporter, Any], loaded: LoadedGraph) -> None:
    exporter, client = langfuse
    graph = compile_graph(loaded, checkpointer=InMemorySaver())
    first = await run_turn(graph, loaded, message="I want to speak to a human", thread_id="lf-1",
                           user_id="u7")
    assert first.status == "interrupted"
    resumed = await run_turn(graph, loaded, resume="Sam here, refunded.", thread_id="lf-1",
                             user_id="u7")
    assert resumed.status == "completed"
    await run_turn(graph, loaded, message="What are your opening hours?", thread_id="lf-2")
    client.flush()
    spans = exporter.get_finished_spans()
    roots = [s for s in spans if (s.attributes or {}).get("langfuse.internal.is_app_root")]
    assert len(roots) == 3
    assert len({s.context.trace_id for s in spans}) == 3
    assert Counter(r.attributes["session.id"] for r in roots) == {"lf-1": 2, "lf-2": 1}
    for root in roots:
        a = dict(root.attributes or {})
        assert a["langfuse.trace.name"] == "support"
        assert a["langfuse.trace.metadata.graph_name"] == '"support"'
        assert a["langfuse.trace.metadata.graph_version"] == f'"{loaded.identity["version"]}"'
        assert a["langfuse.trace.metadata.graph_hash"] == f'"{loaded.graph_hash}"'
    assert {r.attributes.get("user.id") for r in roots
            if r.attributes["session.id"] == "lf-1"} == {"u7"}
    generations = [s for s in spans
                   if (s.attributes or {}).get("langfuse.observation.type") == "generation"]
    assert generations, "the model call of the opening-hours turn is a Langfuse generation"


def test_langfuse_is_off_without_keys(monkeypatch: pytest.MonkeyPatch,
                                      loaded: LoadedGraph) -> None:
    monkeypatch.delenv("LANGFUSE_PUBLIC_KEY", raising=False)
    monkeypatch.delenv("LANGFUSE_SECRET_KEY", raising=False)
    assert langfuse_handler(loaded.identity) is None
    assert len(callbacks_for(loaded)) == 1
    with pytest.raises(ValueError, match="LANGFUSE_PUBLIC_KEY"):
        callbacks_for(loaded, langfuse=True)
    monkeypatch.setenv("LANGFUSE_PUBLIC_KEY", "pk")
    monkeypatch.setenv("LANGFUSE_SECRET_KEY", "sk")
    monkeypatch.setenv("LANGFUSE_TRACING_ENABLED", "false")
    assert langfuse_handler(loaded.identity) is None
