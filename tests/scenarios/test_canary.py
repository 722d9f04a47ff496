"""Canaries: personal data and a key planted in user messages and tool outputs of the real
support graph never reach logs, OpenTelemetry spans, Langfuse payloads or the audit log."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import nodes.support_tools as support_tools
import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from railgraph.compile import compile_graph
from railgraph.integrations.langfuse import configure_langfuse
from railgraph.observe import AuditLog, configure_logging, tracing
from railgraph.runner import run_turn
from railgraph.spec.loader import load_graph
from railgraph.state import AsyncRedisSaver

ROOT = Path(__file__).resolve().parents[2]

USER_EMAIL = "canary.user@example.com"
USER_CARD = "4111 1111 1111 1111"
USER_KEY = "sk-proj-Zx81kQ2mN4vB7cR9tY3uW5pLq8"
TOOL_EMAIL = "canary.order@example.org"
TOOL_CARD = "5555 5555 5555 4444"
TOOL_KEY = "AKIAQ7CANARY2XY4ZT9K"
HUMAN_EMAIL = "canary.agent@example.net"
CANARIES = (USER_EMAIL, USER_CARD, USER_KEY, TOOL_EMAIL, TOOL_CARD, TOOL_KEY, HUMAN_EMAIL)


def _variants(canary: str) -> set[str]:
    # A card also counts as leaked without its spaces; an address by its local part.
    return {canary, canary.replace(" ", ""), canary.split("@")[0]}


def assert_clean(where: str, text: str) -> None:
    leaked = sorted(v for c in CANARIES for v in _variants(c) if v in text)
    assert not leaked, f"{where} contains {leaked}"


@pytest.fixture
def planted_order(monkeypatch: pytest.MonkeyPatch) -> str:
    """An order whose tool output carries an e-mail address, a card number and a key."""
    monkeypatch.setitem(support_tools.ORDERS, "77001", {
        "status": "shipped", "items": ["Tent"], "carrier": "DHL",
        "tracking_number": "JD0146000099", "eta": "2026-12-01", "email": TOOL_EMAIL,
        "payment": f"card {TOOL_CARD}", "note": f"warehouse key {TOOL_KEY}",
    })
    return "77001"


@pytest.fixture
def captured(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """Everything observability writes: log lines, OTel spans, Langfuse's export."""
    logs = io.StringIO()
    configure_logging("debug", logs)
    otel = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(otel))
    tracing.use_tracer_provider(provider)
    key = f"pk-lf-{uuid.uuid4().hex[:8]}"
    monkeypatch.setenv("LANGFUSE_PUBLIC_KEY", key)
    monkeypatch.setenv("LANGFUSE_SECRET_KEY", "sk-lf-canary")
    langfuse_spans = InMemorySpanExporter()
    client = configure_langfuse(public_key=key, secret_key="sk-lf-canary",
                                base_url="http://127.0.0.1:9", span_exporter=langfuse_spans)
    try:
        yield {"logs": logs, "otel": otel, "langfuse": langfuse_spans, "client": client}
    finally:
        client.shutdown()
        tracing.use_tracer_provider(None)
        provider.shutdown()
        configure_logging("warning", None)


def _spans_text(exporter: InMemorySpanExporter) -> str:
    return "\n".join(span.to_json() for span in exporter.get_finished_spans())


async def test_canaries_never_leave_the_run(captured: dict[str, Any], planted_order: str,
                                            redis_url: str, redis_prefix: str) -> None:
    loaded = load_graph(ROOT / "graphs" / "support.yaml")
    saver = AsyncRedisSaver.from_url(redis_url, prefix=redis_prefix)
    try:
        graph = compile_graph(loaded, checkpointer=saver)
        order = await run_turn(
            graph, loaded, thread_id="canary-1", user_id="u-canary",
            message=f"Where is my order {planted_order}? I'm {USER_EMAIL}, card {USER_CARD}, "
                    f"my api_key = {USER_KEY}")
        assert order.status == "completed"
        paused = await run_turn(graph, loaded, thread_id="canary-1",
                                message=f"I want to speak to a human, write to {USER_EMAIL}")
        assert paused.status == "interrupted"
        resumed = await run_turn(graph, loaded, thread_id="canary-1",
                                 resume=f"Hi, Sam here: reach me at {HUMAN_EMAIL}.")
        assert resumed.status == "completed"
        captured["client"].flush()

        # The canaries really went through the run: the tool returned them (the tool guard
        # redacted them as they came in, so no checkpoint holds them), and the tool call's
        # own callbacks saw the raw result, so their absence below is the scrubbing's doing.
        state = await graph.aget_state({"configurable": {"thread_id": "canary-1"}})
        history = json.dumps([m.content for m in state.values["messages"]], default=str)
        assert TOOL_EMAIL not in history and TOOL_CARD not in history
        assert "<EMAIL_ADDRESS>" in history and "<CREDIT_CARD>" in history

        audit = [e async for e in AuditLog(saver.client, saver.codec.prefix).read()]
    finally:
        await saver.aclose()

    logs = captured["logs"].getvalue()
    otel = _spans_text(captured["otel"])
    langfuse = _spans_text(captured["langfuse"])
    assert "llm_call" in logs and "tool_call" in logs
    assert "execute_tool lookup_order" in otel
    # Langfuse received the conversation (inputs and outputs), masked.
    assert "langfuse.observation.input" in langfuse and "<EMAIL_ADDRESS>" in langfuse
    assert "<CREDIT_CARD>" in langfuse
    assert audit and any(e["verdict"] == "redact" for e in audit)
    assert_clean("logs", logs)
    assert_clean("OpenTelemetry spans", otel)
    assert_clean("Langfuse export", langfuse)
    assert_clean("audit log", json.dumps(audit))


@pytest.mark.slow
def test_canaries_never_reach_cli_output(redis_url: str, redis_prefix: str) -> None:
    env = {**os.environ, "REDIS_URL": redis_url, "RAILGRAPH_REDIS_PREFIX": redis_prefix,
           "RAILGRAPH_LOG_LEVEL": "debug"}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "railgraph", *args], capture_output=True,
                              text=True, cwd=ROOT, env=env, timeout=300, check=False)

    ran = cli("run", "graphs/support.yaml", "--thread", "canary-cli", "--json",
              "-m", f"Order 10042 please. {USER_EMAIL} {USER_CARD} token: {USER_KEY}")
    assert ran.returncode == 0, ran.stderr
    assert '"event": "turn"' in ran.stderr  # debug logs were written, as JSON lines
    exported = cli("audit", "--json")
    assert exported.returncode == 0 and exported.stdout
    assert_clean("CLI logs", ran.stderr)
    assert_clean("CLI answer", ran.stdout)
    assert_clean("railgraph audit", exported.stdout)
