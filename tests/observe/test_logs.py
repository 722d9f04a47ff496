"""Structured logs: JSON lines with the turn's context, scrubbed before they are written."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from langgraph.checkpoint.memory import InMemorySaver

from railgraph.compile import compile_graph
from railgraph.observe.logs import configure_logging, get_logger
from railgraph.runner import run_turn
from railgraph.spec.loader import load_graph

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def lines() -> Iterator[io.StringIO]:
    buffer = io.StringIO()
    configure_logging("info", buffer)
    try:
        yield buffer
    finally:
        configure_logging("warning", None)


def parsed(buffer: io.StringIO) -> list[dict[str, object]]:
    return [json.loads(line) for line in buffer.getvalue().splitlines() if line.strip()]


async def test_turn_lines_carry_context(lines: io.StringIO) -> None:
    loaded = load_graph(ROOT / "graphs" / "support.yaml")
    graph = compile_graph(loaded, checkpointer=InMemorySaver())
    await run_turn(graph, loaded, message="Where is my order 10042?", thread_id="l1",
                   user_id="u1", tenant_id="acme")
    records = parsed(lines)
    events = [r["event"] for r in records]
    assert events.count("llm_call") == 2 and events.count("tool_call") == 1
    assert events[-1] == "turn"
    turn = records[-1]
    assert turn["status"] == "completed" and turn["level"] == "info"
    request_ids = {r["request_id"] for r in records if r["event"] in ("llm_call", "tool_call",
                                                                      "turn")}
    assert len(request_ids) == 1
    for record in records:
        if record["event"] in ("llm_call", "tool_call", "turn", "guard"):
            assert record["thread_id"] == "l1"
            assert record["user_id"] == "u1" and record["tenant_id"] == "acme"
            assert record["graph"] == "support"
            assert record["graph_version"] == loaded.identity["version"]
            assert "ts" in record
    tool = next(r for r in records if r["event"] == "tool_call")
    assert tool["node"] == "tools" and tool["tool"] == "lookup_order"
    assert next(r for r in records if r["event"] == "llm_call")["node"] == "agent"


def test_scrubs_pii_and_secrets_and_sanitises_errors(lines: io.StringIO) -> None:
    log = get_logger(component="test")
    try:
        raise ValueError("customer jane.roe@example.org paid with 4111 1111 1111 1111")
    except ValueError:
        log.error("payment failed for jane.roe@example.org", exc_info=True,
                  detail={"card": "5555 5555 5555 4444", "key": "AKIAIOSFODNN7EXAMPLE"})
    [record] = parsed(lines)
    text = json.dumps(record)
    for secret in ("jane.roe@example.org", "4111 1111 1111 1111", "5555 5555 5555 4444",
                   "AKIAIOSFODNN7EXAMPLE", "Traceback"):
        assert secret not in text
    assert record["event"] == "payment failed for <EMAIL_ADDRESS>"
    assert record["error"] == "ValueError"
    assert record["detail"] == {"card": "<CREDIT_CARD>", "key": "<SECRET>"}
    assert record["component"] == "test" and record["level"] == "error"


def test_stdlib_records_of_railgraph_go_through_the_same_chain(lines: io.StringIO) -> None:
    logging.getLogger("railgraph.example").warning("refund to %s", "ann.lee@example.com")
    logging.getLogger("railgraph.example").debug("below the level")
    [record] = parsed(lines)
    assert record["event"] == "refund to <EMAIL_ADDRESS>"
    assert record["logger"] == "railgraph.example" and record["level"] == "warning"


def test_level_filters_and_bad_level_is_a_clear_error() -> None:
    buffer = io.StringIO()
    configure_logging("error", buffer)
    try:
        get_logger().info("quiet")
        get_logger().error("loud")
    finally:
        configure_logging("warning", None)
    assert [json.loads(x)["event"] for x in buffer.getvalue().splitlines()] == ["loud"]
    with pytest.raises(ValueError, match="unknown log level 'chatty'"):
        configure_logging("chatty")
