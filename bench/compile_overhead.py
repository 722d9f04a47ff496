"""Overhead of compiling from YAML vs the same graph hand-written in LangGraph.

Both graphs have the reference support agent's node structure (graphs/support.yaml:
the same nodes, plain and conditional edges) with trivial async node bodies, the
same state schema and no checkpointer, so the difference is what railgraph's
compiler adds: its node wrappers, per-turn state reset, expression-language
conditions and step-limit checks. Goal: ratio <= 1.05.

    python bench/compile_overhead.py [--runs 2000] [--repeats 7]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import yaml
from langchain_core.messages import HumanMessage
from langgraph.errors import NodeError
from langgraph.graph import END, StateGraph
from langgraph.types import Command

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from bench_nodes import noop  # noqa: E402
from railgraph.agent_state import AgentState  # noqa: E402
from railgraph.compile import compile_graph  # noqa: E402
from railgraph.spec.loader import load_graph_data  # noqa: E402


def yaml_graph() -> Any:
    data = yaml.safe_load((ROOT / "graphs" / "support.yaml").read_text())
    for key in ("models", "default_model", "policies", "rails", "tools"):
        data.pop(key, None)
    data["root"] = "."
    data["nodes"] = [
        {"id": n["id"], "kind": "custom", "params": {"function": "bench_nodes:noop"},
         **({"on_error": n["on_error"]} if "on_error" in n else {})}
        for n in data["nodes"]
    ]
    return compile_graph(load_graph_data(data, base_dir=HERE))


def _has_tool_calls(state: dict[str, Any]) -> bool:
    messages = state.get("messages") or []
    return bool(messages) and bool(getattr(messages[-1], "tool_calls", None))


def _to_unavailable(state: dict[str, Any], error: NodeError) -> Command[Any]:
    return Command(goto="unavailable", update={"failures": (state.get("failures") or 0) + 1})


def _limited(route: Any) -> Any:
    # The same step-limit diversion the YAML declares with `limits.on_limit`.
    def check(state: dict[str, Any]) -> str:
        return "limit_reached" if state["remaining_steps"] <= 2 else route(state)

    return check


def hand_graph() -> Any:
    b: StateGraph[Any, Any, Any, Any] = StateGraph(AgentState)
    for name in ("input_guard", "policy_rails", "router", "agent", "tools", "tool_guard",
                 "reviewer", "output_guard", "escalate", "respond", "unavailable",
                 "limit_reached"):
        b.add_node(name, noop, error_handler=_to_unavailable if name == "agent" else None)
    b.set_entry_point("input_guard")
    b.add_conditional_edges("input_guard", _limited(lambda s: "respond" if s.get("blocked")
                            else "policy_rails"), ["respond", "policy_rails", "limit_reached"])
    b.add_conditional_edges("policy_rails", _limited(lambda s: "respond" if s.get("blocked")
                            else "router"), ["respond", "router", "limit_reached"])
    b.add_conditional_edges("router", _limited(lambda s: "escalate" if s.get("route") == "human"
                            else "agent"), ["escalate", "agent", "limit_reached"])
    b.add_conditional_edges("agent", _limited(lambda s: "tools" if _has_tool_calls(s)
                            else "reviewer"), ["tools", "reviewer", "limit_reached"])
    b.add_edge("tools", "tool_guard")
    b.add_edge("tool_guard", "agent")

    def after_review(s: dict[str, Any]) -> str:
        decision = (s.get("review") or {}).get("decision")
        return {"revise": "agent", "escalate": "escalate"}.get(decision or "", "output_guard")

    b.add_conditional_edges("reviewer", _limited(after_review),
                            ["agent", "escalate", "output_guard", "limit_reached"])
    b.add_edge("output_guard", "respond")
    b.add_edge("escalate", "respond")
    for name in ("respond", "unavailable", "limit_reached"):
        b.add_edge(name, END)
    return b.compile().with_config(recursion_limit=40)


async def timed(graph: Any, runs: int) -> float:
    payload = {"messages": [HumanMessage(content="Where is my order 10042?")]}
    start = time.perf_counter()
    for _ in range(runs):
        await graph.ainvoke(payload)
    return (time.perf_counter() - start) / runs


async def main(runs: int, repeats: int) -> None:
    compiled, hand = yaml_graph(), hand_graph()
    a = await compiled.ainvoke({"messages": [HumanMessage(content="x")]})
    b = await hand.ainvoke({"messages": [HumanMessage(content="x")]})
    assert len(a["messages"]) == len(b["messages"]) == 1
    await timed(compiled, 200)
    await timed(hand, 200)
    yaml_times, hand_times = [], []
    for _ in range(repeats):  # interleaved so drift affects both sides alike
        yaml_times.append(await timed(compiled, runs))
        hand_times.append(await timed(hand, runs))
    y, h = statistics.median(yaml_times), statistics.median(hand_times)
    print(f"support graph structure, {runs} turns x {repeats} repeats, no checkpointer")
    print(f"  hand-written LangGraph : {h * 1e6:8.1f} us/turn")
    print(f"  compiled from YAML     : {y * 1e6:8.1f} us/turn")
    print(f"  overhead ratio         : {y / h:8.3f}  (goal <= 1.05)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    asyncio.run(main(args.runs, args.repeats))
