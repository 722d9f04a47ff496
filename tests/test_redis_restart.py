"""Redis restarted in the middle of a conversation on the reference support graph: the turn
that meets the outage ends with a clear error and a safe answer, the next one recovers, and no
turn is lost or half-written."""

from __future__ import annotations

from pathlib import Path

from langchain_core.messages import HumanMessage

import railgraph
from railgraph.reliability import ReliabilityStore
from railgraph.runner import run_turn
from railgraph.spec.loader import load_graph
from railgraph.state import AsyncRedisSaver
from railgraph.state.budget import daily_scope
from railgraph.state.embedded import EmbeddedServer

ROOT = Path(__file__).resolve().parent.parent
SUPPORT = ROOT / "graphs" / "support.yaml"


async def test_redis_restart_mid_conversation_loses_no_turn(tmp_path: Path) -> None:
    server = EmbeddedServer(tmp_path / "redis")
    url = server.start()
    port = int(url.rsplit(":", 1)[1].split("/")[0])
    saver = AsyncRedisSaver.from_url(url, socket_timeout=1.0)
    loaded = load_graph(SUPPORT)
    # Budgets, breakers and the cache share the saver's Redis.
    graph = railgraph.build(loaded, checkpointer=saver)
    config = {"configurable": {"thread_id": "conv"}}
    try:
        first = await run_turn(graph, loaded, message="Where is my order 10042?",
                               thread_id="conv", user_id="u1")
        assert first.status == "completed" and "10042" in (first.response or "")
        store = ReliabilityStore(saver.client, "railgraph")
        scope = daily_scope("user", "u1")
        spent_before = (await store.budget.usage(scope)).spent
        assert spent_before > 0

        server.stop()
        down = await run_turn(graph, loaded, message="What are your opening hours?",
                              thread_id="conv", user_id="u1")
        assert down.status == "error" and down.error == "StateStoreError"
        assert "temporarily unavailable" in (down.response or "")
        assert "redis" not in (down.response or "").lower()

        server = EmbeddedServer(tmp_path / "redis", port=port)
        server.start()
        kept = (await graph.aget_state(config)).values
        assert [m.content for m in kept["messages"] if isinstance(m, HumanMessage)] == \
            ["Where is my order 10042?"]  # turn 1 intact; the failed turn left nothing behind

        again = await run_turn(graph, loaded, message="What are your opening hours?",
                               thread_id="conv", user_id="u1")
        assert again.status == "completed" and "Monday" in (again.response or "")
        values = (await graph.aget_state(config)).values
        humans = [m.content for m in values["messages"] if isinstance(m, HumanMessage)]
        assert humans == ["Where is my order 10042?", "What are your opening hours?"]
        assert values["response"] == again.response
        # The daily budget survived the restart: the new turn is charged on top of the old.
        usage = await store.budget.usage(scope)
        assert abs(usage.spent - spent_before - again.cost_usd) < 1e-5 and usage.reserved == 0
    finally:
        await saver.aclose()
        server.stop()
