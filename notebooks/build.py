"""Write the notebooks of this folder from their cell sources (run: python notebooks/build.py).

The notebooks are committed without outputs; ``tests/scenarios/test_notebooks.py`` executes them headless.
Editing the cells here and regenerating keeps them reviewable as plain Python.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent

EXPLORE_SUPPORT = [
    ("md", "d03c6b17", """\
# Exploring the support agent

This notebook loads the reference deployment (`graphs/support.yaml`), draws it,
runs a few turns with the offline **scripted** model (a deterministic stand-in,
not an LLM), and looks at what LangGraph recorded: guard verdicts, cost, the
checkpoint history, and a fork from an earlier checkpoint. Everything runs
offline; state is kept in Redis (`$REDIS_URL`, or an embedded server that the
notebook starts and stops itself)."""),
    ("code", "dac9c059", """\
from contextlib import AsyncExitStack
from pathlib import Path

from langchain_core.messages import HumanMessage

import railgraph
from railgraph.draw import drawable
from railgraph.spec.loader import load_graph
from railgraph.state.factory import checkpointer

ROOT = Path.cwd().parent if Path.cwd().name == "notebooks" else Path.cwd()
loaded = load_graph(ROOT / "graphs" / "support.yaml")
# State lives in Redis: $REDIS_URL, or an embedded server under .railgraph/ (stopped at the end).
resources = AsyncExitStack()
saver = await resources.enter_async_context(checkpointer(ROOT / ".railgraph"))
graph = railgraph.build(loaded, checkpointer=saver)
loaded.identity"""),
    ("md", "72cd5982", """\
## The graph
Mermaid renders in JupyterLab, GitHub and most Markdown viewers (the text is made here, offline;
no web service draws it); the ASCII drawing needs nothing at all."""),
    ("code", "5be1d0c2", """\
from IPython.display import Markdown

mermaid = drawable(graph, loaded).draw_mermaid()
assert "input_guard" in mermaid and "escalate" in mermaid
Markdown(f"```mermaid\\n{mermaid}\\n```")"""),
    ("code", "4986dd4b", """\
print(drawable(graph, loaded).draw_ascii())"""),
    ("md", "4f22cb2d", """\
## A turn through the order tool
The input guard redacts the e-mail before the model sees it; the output guard redacts the
e-mail on file in the answer."""),
    ("code", "10706b5a", """\
import uuid

config = {"configurable": {"thread_id": f"notebook-{uuid.uuid4().hex[:8]}", "user_id": "demo"}}
state = await graph.ainvoke(
    {"messages": [HumanMessage("Where is my order 10042? I'm jane.doe@example.com")]}, config
)
print(state["response"])
assert "<EMAIL_ADDRESS>" in state["response"] and "@" not in state["response"]"""),
    ("md", "a8f1bb2d", """\
### Guard verdicts and cost of the turn
Verdicts and audit entries carry the detector's reason, never the checked text."""),
    ("code", "4b35cd1b", """\
for verdict in state["verdicts"]:
    print(f"{verdict['node']:>13} {verdict['check']:<14} {verdict['verdict']:<7} {verdict['reason']}")
print(f"cost of the turn: ${state['turn_cost_usd']:.6f}; tokens: {state['usage']}")"""),
    ("md", "7d41e0a9", """\
A second turn on the same thread: the turn's cost starts again from zero, the thread's adds up."""),
    ("code", "e2c9f7b4", """\
first_turn_cost = state["turn_cost_usd"]
state = await graph.ainvoke({"messages": [HumanMessage("What is your refund policy?")]}, config)
print(state["response"][:80], "...")
print(f"this turn: ${state['turn_cost_usd']:.6f}; whole thread: ${state['cost_usd']:.6f}")
assert abs(state["cost_usd"] - (first_turn_cost + state["turn_cost_usd"])) < 1e-9"""),
    ("md", "6cdd070c", """\
## Checkpoint history
Every checkpoint carries the graph's name, version and content hash."""),
    ("code", "2a0df2bd", """\
history = [snap async for snap in graph.aget_state_history(config)]
for snap in reversed(history):
    print(snap.metadata["step"], snap.next, snap.metadata["graph_version"], snap.metadata["graph_hash"][:12])
assert all(s.metadata["graph_hash"] == loaded.graph_hash for s in history)"""),
    ("md", "0c68fd6b", """\
## Fork from an earlier checkpoint
Take the checkpoint just before the router ran in the first turn, change the user's message
there, and replay from it. The original thread is untouched."""),
    ("code", "02d3944c", """\
before_router = [s for s in history if s.next == ("router",)][-1]  # oldest first: the first turn
last_user = [m for m in before_router.values["messages"] if m.type == "human"][-1]
fork = await graph.aupdate_state(
    before_router.config,
    {"messages": [HumanMessage("What is your refund policy for damaged items?", id=last_user.id)]},
    as_node="policy_rails",
)
forked = await graph.ainvoke(None, fork)
print(forked["response"])
assert "refund" in forked["response"].lower()
original = await graph.aget_state(config)
print("original thread still answers:", original.values["response"][:60], "...")"""),
    ("md", "9c3e3275", """\
## Escalation to a human
A request for a person pauses the thread with a summary; resuming with `Command(resume=...)`
delivers the human's answer."""),
    ("code", "31a76632", """\
from langgraph.types import Command

human = {"configurable": {"thread_id": f"notebook-{uuid.uuid4().hex[:8]}"}}
paused = await graph.ainvoke({"messages": [HumanMessage("I want to speak to a human")]}, human)
request = paused["__interrupt__"][0].value
print(request["reason"], request["priority"])
print(request["summary"])
done = await graph.ainvoke(Command(resume="Hi, Sam here - how can I help?"), human)
print(done["response"])
await resources.aclose()"""),
]


def build(cells: list[tuple[str, str, str]]) -> nbformat.NotebookNode:
    """A notebook (nbformat 4.5, ids kept stable) from ``(kind, id, source)`` triples."""
    notebook = new_notebook(metadata={"kernelspec": {"display_name": "Python 3", "language": "python",
                                                     "name": "python3"}})
    for kind, cell_id, source in cells:
        cell = new_markdown_cell(source) if kind == "md" else new_code_cell(source)
        cell["id"] = cell_id
        notebook.cells.append(cell)
    return notebook


def main() -> None:
    """Write every notebook."""
    nbformat.write(build(EXPLORE_SUPPORT), HERE / "explore_support.ipynb")


if __name__ == "__main__":
    main()
