"""Small graphs around the support deployment's tools and policies, for governance tests."""

from __future__ import annotations

import copy
import itertools
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import yaml
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage
from langchain_core.runnables import Runnable

from railgraph.spec.loader import LoadedGraph, load_graph_data

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ["lookup_order", "refund_policy", "create_ticket", "cancel_order", "customer_record"]


def policy(name: str) -> dict[str, Any]:
    """A policy file of the deployment as data (tests change copies of it)."""
    return copy.deepcopy(yaml.safe_load((ROOT / "policies" / f"{name}.yaml").read_text()))


def agent_graph(*, limits: dict[str, Any] | None = None, tools_params: dict[str, Any] | None = None,
                policies: dict[str, Any] | None = None, router: bool = False,
                tools: dict[str, str] | None = None) -> LoadedGraph:
    """agent <-> tools (governed), with edges for degradation and escalation.

    ``policies`` replaces the deployment's tools / escalation / degradation policies by name,
    or adds others (e.g. ``breakers``, ``budgets``, ``prices``); ``tools`` replaces tools'
    dotted paths.
    """
    data = {
        "railgraph": 1, "name": "governed", "version": "1.0.0",
        "models": {"fast": "scripted:policies/scripted_model.yaml"},
        "policies": {"tools": "policies/tools.yaml", "escalation": "policies/escalation.yaml",
                     "degradation": "policies/degradation.yaml"},
        "tools": {name: f"nodes.support_tools:{name}" for name in TOOLS} | (tools or {}),
        "limits": {"max_steps": 30, **(limits or {})},
        "entry": "router" if router else "agent",
        "nodes": [
            {"id": "agent", "kind": "llm", "params": {"tools": TOOLS}},
            {"id": "tools", "kind": "tools",
             "params": {"policy": "tools", "escalation": "escalation", **(tools_params or {})}},
            {"id": "reviewer", "kind": "reviewer", "params": {"escalation": "escalation"}},
            {"id": "respond", "kind": "respond"},
            {"id": "stopped", "kind": "respond",
             "params": {"policy": "degradation", "template": "limit_reached"}},
            {"id": "escalate", "kind": "escalate", "params": {"policy": "escalation"}},
            {"id": "broke", "kind": "respond",
             "params": {"policy": "degradation", "template": "budget_exhausted"}},
        ],
        "edges": [
            {"from": "agent", "branches": [{"when": "has_tool_calls", "to": "tools"}],
             "default": "reviewer"},
            {"from": "tools", "branches": [{"when": "degraded.reason == 'budget'", "to": "broke"},
                                           {"when": "degraded", "to": "stopped"},
                                           {"when": "escalation", "to": "escalate"}],
             "default": "agent"},
            {"from": "reviewer", "branches": [
                {"when": "review.decision == 'escalate'", "to": "escalate"},
                {"when": "review.decision == 'revise'", "to": "agent"}], "default": "respond"},
            {"from": "escalate", "to": "respond"},
            {"from": "respond", "to": "END"},
            {"from": "stopped", "to": "END"},
            {"from": "broke", "to": "END"},
        ],
    }
    if router:
        data["nodes"].append({"id": "router", "kind": "router",  # type: ignore[attr-defined]
                              "params": {"escalation": "escalation"}})
        data["edges"].append({"from": "router",  # type: ignore[attr-defined]
                              "branches": [{"when": "route == 'human'", "to": "escalate"}],
                              "default": "agent"})
    names: dict[str, str] = data["policies"]  # type: ignore[assignment]
    override = {name: policy(Path(path).stem) for name, path in names.items()}
    for name, value in (policies or {}).items():
        names.setdefault(name, f"policies/{name}.yaml")  # the data below replaces the file
        override[name] = value
    return load_graph_data(data, base_dir=ROOT / "graphs", policies=override)


class ToolCallingModel(GenericFakeChatModel):
    """A misbehaving model: it answers with the given tool calls, in order, whatever happens.

    It stands in for a model stuck in a loop (the scripted model never repeats a call).
    """

    def bind_tools(self, tools: Sequence[Any], **kwargs: Any) -> Runnable[Any, AIMessage]:
        return self


def tool_calling_model(calls: Iterable[tuple[str, dict[str, Any]]]) -> ToolCallingModel:
    """One AI message per call in ``calls``, each calling one tool, then plain answers."""
    ids = itertools.count()
    replies = [AIMessage(content="", tool_calls=[{"name": n, "args": a, "id": f"c{next(ids)}",
                                                  "type": "tool_call"}]) for n, a in calls]
    return ToolCallingModel(messages=itertools.chain(
        replies, itertools.repeat(AIMessage(content="Here is what I found."))))
