"""run_turn and the --json object: a tenant's thread is "not found" for another tenant through
the command line and ``run_turn``, as through every server replica (the owner record in Redis);
oversized messages are refused; the object has the contract's keys."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from railgraph.cli import main
from railgraph.compile import compile_graph
from railgraph.runner import ThreadNotFoundError, run_turn
from railgraph.spec.loader import load_graph
from railgraph.state import AsyncRedisSaver

ROOT = Path(__file__).resolve().parent.parent
SUPPORT = str(ROOT / "graphs" / "support.yaml")


pytestmark = pytest.mark.usefixtures("cli_state")


def test_another_tenant_cannot_continue_or_read_a_thread_from_the_cli(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", SUPPORT, "-m", "Where is my order 10042?", "--thread", "own-1",
                 "--tenant", "acme", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["status"] == "completed"
    assert main(["run", SUPPORT, "-m", "What did I ask before?", "--thread", "own-1",
                 "--tenant", "globex", "--json"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and "thread 'own-1' not found" in err
    assert "10042" not in err and "support" not in err
    # The owner goes on as before.
    assert main(["run", SUPPORT, "-m", "Thanks!", "--thread", "own-1", "--tenant", "acme",
                 "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["status"] == "completed"


async def test_run_turn_refuses_another_tenants_thread(redis_url: str,
                                                       redis_prefix: str) -> None:
    loaded = load_graph(SUPPORT)
    saver = AsyncRedisSaver.from_url(redis_url, prefix=redis_prefix)
    try:
        graph = compile_graph(loaded, checkpointer=saver)
        first = await run_turn(graph, loaded, message="Hello", thread_id="own-2",
                               tenant_id="acme")
        assert first.status == "completed"
        with pytest.raises(ThreadNotFoundError, match="not found"):
            await run_turn(graph, loaded, message="Hello", thread_id="own-2",
                           tenant_id="globex")
        state = await graph.aget_state({"configurable": {"thread_id": "own-2"}})
        assert len(state.values["messages"]) == 2  # nothing was written by the refused turn
    finally:
        await saver.aclose()


async def test_a_message_over_the_limit_is_refused_before_the_graph_runs() -> None:
    from langgraph.checkpoint.memory import InMemorySaver

    from railgraph.runner import MAX_MESSAGE_CHARS

    loaded = load_graph(SUPPORT)
    graph = compile_graph(loaded, checkpointer=InMemorySaver())
    with pytest.raises(ValueError, match=f"the limit is {MAX_MESSAGE_CHARS}"):
        await run_turn(graph, loaded, message="x" * (MAX_MESSAGE_CHARS + 1), thread_id="big")
    assert (await graph.aget_state({"configurable": {"thread_id": "big"}})).values == {}


def test_the_json_object_has_the_contract_keys_and_a_rounded_cost() -> None:
    from railgraph.runner import TurnResult

    result = TurnResult(thread_id="t", status="completed", response="ok", path=["a"],
                        graph={"name": "g", "version": "1.0.0", "hash": "h"},
                        cost_usd=0.123456789012)
    out = result.to_json()
    assert set(out) == {"thread_id", "status", "response", "path", "graph", "cost_usd",
                        "guards", "interrupt", "outcome", "error"}
    assert out["cost_usd"] == 0.12345679
