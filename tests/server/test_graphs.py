"""Graph factories of the LangGraph server: versions pinned per thread, foreign threads refused."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from railgraph.errors import RailgraphError

pytest.importorskip("langgraph_api", reason="needs the 'server' extra")


ROOT = Path(__file__).resolve().parents[2]


async def test_graph_factory_pins_versions_and_threads(redis_url: str, redis_prefix: str) -> None:
    from langchain_core.messages import HumanMessage

    from railgraph.server.graphs import CONFIG_KEY_CHECKPOINTER, GraphFactory
    from railgraph.spec.loader import load_graph, load_graph_data
    from railgraph.state import AsyncRedisSaver
    from railgraph.versions import VersionStore

    path = ROOT / "graphs" / "support.yaml"
    current = load_graph(path)
    older_data = {**current.snapshot()["definition"], "version": "0.9.0", "root": "."}
    older = load_graph_data(older_data, base_dir=current.root, policies=current.policy_data)
    saver = AsyncRedisSaver.from_url(redis_url, prefix=redis_prefix)
    try:
        await VersionStore(saver.client, redis_prefix).save(older)
        factory = GraphFactory("support", path)

        def version_of(graph: object) -> str:
            return str(graph.config["configurable"]["graph_version"])  # type: ignore[attr-defined]

        base = {CONFIG_KEY_CHECKPOINTER: saver}
        assert version_of(await factory({"configurable": base})) == current.definition.version
        pinned = await factory({"configurable": {**base, "graph_pin": "0.9.0"}})
        assert version_of(pinned) == "0.9.0"
        assert version_of(await GraphFactory("support", path, "0.9.0")({"configurable": base})) == "0.9.0"
        with pytest.raises(RailgraphError, match="neither the current file nor a stored snapshot"):
            await factory({"configurable": {**base, "graph_pin": "7.7.7"}})

        # A thread that started on 0.9.0 stays there, even when the run asks for no version.
        thread = {"configurable": {"thread_id": f"t-{uuid.uuid4().hex[:8]}"}}
        await pinned.copy(update={"checkpointer": saver}).ainvoke(
            {"messages": [HumanMessage("What is your refund policy?")]}, thread)
        again = await factory({"configurable": {**base, **thread["configurable"]}})
        assert version_of(again) == "0.9.0"
        upgraded = await factory({"configurable": {**base, **thread["configurable"], "upgrade": True}})
        assert version_of(upgraded) == current.definition.version
        with pytest.raises(RailgraphError, match="belongs to graph 'support'"):
            await GraphFactory("planner", path)({"configurable": {**base, **thread["configurable"]}})
    finally:
        await saver.aclose()



async def test_graph_factory_refuses_a_foreign_thread(redis_url: str, redis_prefix: str) -> None:
    from types import SimpleNamespace

    from starlette.exceptions import HTTPException

    from railgraph.server.graphs import CONFIG_KEY_CHECKPOINTER, GraphFactory
    from railgraph.state import AsyncRedisSaver
    from railgraph.state.owners import aowner

    saver = AsyncRedisSaver.from_url(redis_url, prefix=redis_prefix)
    factory = GraphFactory("support", Path(__file__).resolve().parents[2] / "graphs" / "support.yaml")
    tid = str(uuid.uuid4())
    base = {CONFIG_KEY_CHECKPOINTER: saver, "thread_id": tid}
    try:
        # A run claims the thread it executes on (the runtime may have made up its id).
        run = {**base, "__is_for_execution__": True, "tenant_id": "acme"}
        await factory({"configurable": run}, SimpleNamespace(user={"tenant_id": "acme"}))
        assert await aowner(saver.client, redis_prefix, tid) == "acme"
        await factory({"configurable": base}, SimpleNamespace(user={"tenant_id": "acme"}))
        for config in (base, {**run, "tenant_id": "globex"}):
            with pytest.raises(HTTPException) as refused:
                await factory({"configurable": config}, SimpleNamespace(user={"tenant_id": "globex"}))
            assert refused.value.status_code == 404
    finally:
        await saver.aclose()
