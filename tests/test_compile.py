"""Compiled graphs use LangGraph's own mechanisms and behave as declared."""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import pytest
from langgraph.checkpoint.memory import InMemorySaver

from railgraph.compile import compile_graph
from railgraph.runner import run_turn
from railgraph.spec.loader import load_graph_data

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))  # graphs import `fixture_nodes:...` from this folder

import fixture_nodes  # noqa: E402  (the same module object the graphs import)


def graph(nodes: list[dict[str, Any]], edges: list[dict[str, Any]], **extra: Any) -> Any:
    data = {"railgraph": 1, "name": "t", "version": "1.0.0", "root": ".",
            "entry": nodes[0]["id"], "nodes": nodes, "edges": edges, **extra}
    return load_graph_data(copy.deepcopy(data), base_dir=HERE)


def custom(node_id: str, function: str, **args: Any) -> dict[str, Any]:
    return {"id": node_id, "kind": "custom",
            "params": {"function": f"fixture_nodes:{function}", "args": args}}


FAST_RETRY = {"max_attempts": 3, "initial_interval": 0.01, "max_interval": 0.02, "jitter": False}


async def test_transient_errors_are_retried_by_retry_policy() -> None:
    fixture_nodes.CALLS.clear()
    loaded = graph(
        [{**custom("work", "flaky", key="t1", fail_times=2, error="transient"),
          "retry": FAST_RETRY}],
        [{"from": "work", "to": "END"}],
    )
    result = await run_turn(compile_graph(loaded), loaded, message="hi")
    assert result.status == "completed"
    assert result.response == "ok after 3"
    assert fixture_nodes.CALLS["t1"] == 3


async def test_permanent_errors_fail_fast_to_the_error_handler() -> None:
    fixture_nodes.CALLS.clear()
    loaded = graph(
        [{**custom("work", "flaky", key="p1", fail_times=5, error="permanent"),
          "retry": FAST_RETRY, "on_error": "fallback"},
         {"id": "fallback", "kind": "respond"}],
        [{"from": "work", "to": "END"}, {"from": "fallback", "to": "END"}],
    )
    compiled = compile_graph(loaded, checkpointer=InMemorySaver())
    result = await run_turn(compiled, loaded, message="hi", thread_id="p1")
    assert fixture_nodes.CALLS["p1"] == 1  # not retried
    assert result.status == "completed"
    assert result.path == ["fallback"]
    state = (await compiled.aget_state({"configurable": {"thread_id": "p1"}})).values
    assert state["failures"] == 1
    assert state["last_error"] == {"node": "work", "error": "PermanentModelError (status 400)"}
    assert state["audit"][-1]["kind"] == "error"


async def test_unhandled_error_is_a_clean_error_status() -> None:
    fixture_nodes.CALLS.clear()
    loaded = graph([custom("work", "flaky", key="u1", fail_times=5, error="permanent")],
                   [{"from": "work", "to": "END"}])
    result = await run_turn(compile_graph(loaded), loaded, message="hi")
    assert result.status == "error"
    assert result.error == "PermanentModelError (status 400)"
    assert "bad request" not in (result.response or "")


async def test_node_timeout_is_enforced_and_handled() -> None:
    loaded = graph(
        [{**custom("work", "slow", seconds=5), "timeout": 0.05, "on_error": "fallback"},
         {"id": "fallback", "kind": "respond"}],
        [{"from": "work", "to": "END"}, {"from": "fallback", "to": "END"}],
    )
    compiled = compile_graph(loaded, checkpointer=InMemorySaver())
    result = await run_turn(compiled, loaded, message="hi", thread_id="slow")
    state = (await compiled.aget_state({"configurable": {"thread_id": "slow"}})).values
    assert result.path == ["fallback"]
    assert state["last_error"]["error"] == "NodeTimeoutError"


def _loop(on_limit: str) -> Any:
    return graph(
        [custom("spin", "noop"), {"id": "stop", "kind": "respond"}],
        [{"from": "spin", "branches": [{"when": "failures > 100", "to": "stop"}],
          "default": "spin"},
         {"from": "stop", "to": "END"}],
        limits={"max_steps": 6, "on_limit": on_limit},
    )


async def test_step_limit_diverts_to_on_limit_node() -> None:
    loaded = _loop("stop")
    result = await run_turn(compile_graph(loaded), loaded, message="hi")
    assert result.status == "completed"
    assert result.path[-1] == "stop"
    assert len(result.path) <= 6


async def test_step_limit_without_target_is_a_clean_outcome() -> None:
    loaded = _loop("END")
    result = await run_turn(compile_graph(loaded), loaded, message="hi")
    assert result.status == "error"
    assert result.error == "step_limit"
    assert result.outcome == "limit"
    assert result.response


async def test_escalation_interrupts_and_resumes_durably() -> None:
    loaded = graph(
        [{"id": "esc", "kind": "escalate", "params": {"priority": "high"}},
         {"id": "done", "kind": "respond"}],
        [{"from": "esc", "to": "done"}, {"from": "done", "to": "END"}],
    )
    saver = InMemorySaver()
    first = await run_turn(compile_graph(loaded, checkpointer=saver), loaded,
                           message="my e-mail is ann@example.org, help", thread_id="h1")
    assert first.status == "interrupted"
    assert first.interrupt is not None
    assert first.interrupt["priority"] == "high"
    assert "<EMAIL_ADDRESS>" in first.interrupt["summary"]
    assert "ann@example.org" not in first.interrupt["summary"]
    # A new compiled graph over the same saver stands in for a new process.
    second = await run_turn(compile_graph(loaded, checkpointer=saver), loaded,
                            resume="We fixed it.", thread_id="h1")
    assert second.status == "completed"
    assert second.response == "We fixed it."
    assert second.path == ["esc", "done"]


async def test_identity_is_written_to_every_checkpoint() -> None:
    loaded = graph([custom("work", "noop")], [{"from": "work", "to": "END"}])
    saver = InMemorySaver()
    compiled = compile_graph(loaded, checkpointer=saver)
    await run_turn(compiled, loaded, message="hi", thread_id="m1")
    metas = [c.metadata async for c in saver.alist({"configurable": {"thread_id": "m1"}})]
    assert metas
    for meta in metas:
        assert meta["graph_hash"] == loaded.graph_hash
        assert meta["graph_version"] == "1.0.0"


async def test_declared_state_fields_defaults_and_reducers() -> None:
    loaded = graph(
        [custom("a", "note", value="one"), custom("b", "note", value="two")],
        [{"from": "a", "to": "b"}, {"from": "b", "to": "END"}],
        state={"notes": {"type": "list", "reducer": "append", "default": []},
               "ticket": {"type": "string", "default": "none"},
               "tier": {"type": "string", "default": "basic"}},
    )
    saver = InMemorySaver()
    compiled = compile_graph(loaded, checkpointer=saver)
    await run_turn(compiled, loaded, message="hi", thread_id="s1")
    values = (await compiled.aget_state({"configurable": {"thread_id": "s1"}})).values
    assert values["notes"] == ["one", "two"]
    assert values["ticket"] == "two"
    assert values["tier"] == "basic"


async def test_subgraph_node_runs_another_definition(tmp_path: Path) -> None:
    (tmp_path / "child.yaml").write_text(
        "railgraph: 1\nname: child\nversion: 1.0.0\nroot: .\nentry: answer\n"
        "nodes:\n  - {id: answer, kind: respond}\nedges:\n  - {from: answer, to: END}\n"
    )
    data = {"railgraph": 1, "name": "parent", "version": "1.0.0", "root": ".",
            "entry": "child", "nodes": [{"id": "child", "kind": "subgraph",
                                         "params": {"graph": "child.yaml"}}],
            "edges": [{"from": "child", "to": "END"}]}
    loaded = load_graph_data(data, base_dir=tmp_path)
    assert "child" in loaded.subgraphs
    result = await run_turn(compile_graph(loaded), loaded, message="hello")
    assert result.status == "completed"
    assert result.path == ["child"]


def test_graph_is_a_langgraph_graph_with_declared_retry_and_timeout() -> None:
    loaded = graph([{**custom("work", "noop"), "retry": FAST_RETRY, "timeout": 2.5}],
                   [{"from": "work", "to": "END"}])
    compiled = compile_graph(loaded)
    node = compiled.builder.nodes["work"]
    assert node.retry_policy.max_attempts == 3
    assert node.timeout is not None
    assert compiled.config["recursion_limit"] == 50


@pytest.mark.parametrize("expr,expected", [("route == 'x'", "x"), ("route != 'x'", "other")])
async def test_conditional_edges_evaluate_expressions(expr: str, expected: str) -> None:
    loaded = graph(
        [{"id": "r", "kind": "router", "params": {"rules": [{"when": "true", "route": "x"}]}},
         custom("x", "note", value="x"), custom("other", "note", value="other")],
        [{"from": "r", "branches": [{"when": expr, "to": "x"}], "default": "other"},
         {"from": "x", "to": "END"}, {"from": "other", "to": "END"}],
        state={"notes": {"type": "list", "reducer": "append"},
               "ticket": {"type": "string"}},
    )
    result = await run_turn(compile_graph(loaded), loaded, message="hi")
    assert result.path == ["r", expected]


async def test_manual_state_edits_are_not_mistaken_for_a_spent_step_budget() -> None:
    loaded = _loop("stop")
    compiled = compile_graph(loaded, checkpointer=InMemorySaver())
    config = {"configurable": {"thread_id": "edit"}}
    await run_turn(compiled, loaded, message="hi", thread_id="edit")
    # LangGraph evaluates the branch of `as_node` with two steps "left"; that must not
    # route the thread to the on_limit node.
    await compiled.aupdate_state(config, {"failures": 0}, as_node="spin")
    assert (await compiled.aget_state(config)).next == ("spin",)


class _CountingSaver(InMemorySaver):
    def __init__(self) -> None:
        super().__init__()
        self.puts = 0

    async def aput(self, *args: Any, **kwargs: Any) -> Any:
        self.puts += 1
        return await super().aput(*args, **kwargs)


@pytest.mark.parametrize("durability,most_puts", [("exit", 1), ("async", None), ("sync", None)])
async def test_durability_decides_how_often_a_turn_is_checkpointed(
        durability: str, most_puts: int | None) -> None:
    nodes = [custom("a", "note", value="one"), custom("b", "note", value="two"),
             custom("c", "note", value="three")]
    edges = [{"from": "a", "to": "b"}, {"from": "b", "to": "c"}, {"from": "c", "to": "END"}]
    loaded = graph(nodes, edges, durability=durability,
                   state={"notes": {"type": "list", "reducer": "append", "default": []}})
    saver = _CountingSaver()
    compiled = compile_graph(loaded, checkpointer=saver)
    result = await run_turn(compiled, loaded, message="hi", thread_id=f"d-{durability}")
    assert result.status == "completed"
    state = await compiled.aget_state({"configurable": {"thread_id": f"d-{durability}"}})
    assert state.values["notes"] == ["one", "two", "three"]  # the end state is always kept
    if most_puts is not None:
        assert saver.puts == most_puts
    else:
        assert saver.puts >= 4  # the input and every step


async def test_exit_durability_still_keeps_an_interrupted_turn() -> None:
    loaded = graph(
        [{"id": "escalate", "kind": "escalate"}, {"id": "respond", "kind": "respond"}],
        [{"from": "escalate", "to": "respond"}, {"from": "respond", "to": "END"}],
        durability="exit",
    )
    compiled = compile_graph(loaded, checkpointer=InMemorySaver())
    first = await run_turn(compiled, loaded, message="a human please", thread_id="x1")
    assert first.status == "interrupted" and first.outcome == "escalated"
    resumed = await run_turn(compiled, loaded, resume="Answered by a person.", thread_id="x1")
    assert resumed.status == "completed" and resumed.response == "Answered by a person."


def test_an_unknown_durability_is_a_definition_error() -> None:
    from railgraph.errors import DefinitionError

    with pytest.raises(DefinitionError, match="durability"):
        graph([custom("a", "noop")], [{"from": "a", "to": "END"}], durability="eventually")
