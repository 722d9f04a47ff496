"""What railgraph adds to the LangGraph server: the metrics route, and a pinned version served."""

from __future__ import annotations

import httpx
import pytest
import redis

pytest.importorskip("langgraph_api", reason="needs the 'server' extra")
from tests.server.support import ACME_KEY, Server

pytestmark = pytest.mark.slow


def test_metrics_and_pinned_version(server: Server) -> None:
    client = server.client(ACME_KEY)
    tid = client.threads.create()["thread_id"]
    result = client.runs.wait(tid, "support@1.1.0", input={
        "messages": [{"role": "user", "content": "What is your refund policy?"}]},
        config={"configurable": {"graph_hash": "forged", "graph_version": "6.6.6"}})
    assert isinstance(result, dict) and "refund" in result["response"].lower()
    # The factory found the Redis saver inside the server's adapter: budgets, breakers and the
    # response cache are enforced, and the version snapshot is stored for other pods.
    assert "not enforced" not in server.log.read_text(errors="replace")
    latest = client.threads.get_history(tid, limit=1)[0]["metadata"]
    assert (latest["graph_name"], latest["graph_version"]) == ("support", "1.1.0")
    assert len(latest["graph_hash"]) == 64 and latest["graph_hash"] != "forged"
    store = redis.Redis.from_url(server.redis_url)
    try:
        assert store.exists(f"{server.prefix}:graph:{latest['graph_hash']}")
    finally:
        store.close()
    text = httpx.get(f"{server.url}/metrics").text  # scrapers need no key
    assert "lg_api_" in text  # the server's own
    try:
        import railgraph.observe.metrics  # noqa: F401
    except ImportError:
        return
    assert "# TYPE agent_requests_total counter" in text
    assert 'agent_requests_total{agent_id="support",status="completed"}' in text
