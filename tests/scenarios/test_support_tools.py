"""The support deployment's tools (nodes/support_tools.py): orders, tickets, refund policy."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, TypedDict

import pytest
from langchain_core.messages import (
    AIMessage,
    AnyMessage,
)
from langchain_core.tools import StructuredTool
from langgraph.graph import START, StateGraph
from langgraph.graph.message import add_messages
from langgraph.prebuilt import ToolNode
from pydantic import ValidationError

from railgraph.imports import import_dotted

ROOT = Path(__file__).resolve().parents[2]

lookup_order = import_dotted("nodes.support_tools:lookup_order", ROOT)
refund_policy = import_dotted("nodes.support_tools:refund_policy", ROOT)
create_ticket = import_dotted("nodes.support_tools:create_ticket", ROOT)

TOOLS = {
    f.__name__: StructuredTool.from_function(f, name=f.__name__)
    for f in (lookup_order, refund_policy, create_ticket)
}


class State(TypedDict):
    """Minimal agent state for graphs built in these tests."""

    messages: Annotated[list[AnyMessage], add_messages]


# ------------------------------------------------------------------ support tools


def test_lookup_order_known() -> None:
    order = lookup_order("10042")
    assert order["order_id"] == "10042"
    assert order["status"] == "shipped"
    assert order["email"] == "jane.doe@example.com"
    assert {"items", "carrier", "eta"} <= set(order)
    order["status"] = "edited"
    assert lookup_order("#10042")["status"] == "shipped"  # callers get copies


def test_lookup_order_unknown_returns_error() -> None:
    result = lookup_order("99999")
    assert result["error"] == "order_not_found"
    assert "99999" in result["message"]


@pytest.mark.parametrize("bad", ["123", "12345678901", "10a42", "", "ten"])
def test_lookup_order_malformed_id_raises(bad: str) -> None:
    with pytest.raises(ValueError, match="4 to 10 digits"):
        lookup_order(bad)


def test_tool_machinery_validates_arguments_and_uses_docstrings() -> None:
    tool = TOOLS["lookup_order"]
    assert "order number" in tool.description
    with pytest.raises(ValidationError):
        tool.invoke({})
    ticket = TOOLS["create_ticket"]
    with pytest.raises(ValidationError):
        ticket.invoke({"summary": "x", "priority": "urgent"})
    made = ticket.invoke({"summary": "Courier  was rude", "priority": "high"})
    assert made == ticket.invoke({"summary": "Courier was rude", "priority": "high"})
    assert made["ticket_id"].startswith("TCK-") and made["priority"] == "high"


def test_tool_node_reports_malformed_ids_as_errors() -> None:
    builder = StateGraph(State)
    builder.add_node("tools", ToolNode([TOOLS["lookup_order"]], handle_tool_errors=True))
    builder.add_edge(START, "tools")
    call = {"name": "lookup_order", "args": {"order_id": "12"}, "id": "c1", "type": "tool_call"}
    out = builder.compile().invoke({"messages": [AIMessage("", tool_calls=[call])]})
    message = out["messages"][-1]
    assert message.status == "error" and "4 to 10 digits" in message.content


@pytest.mark.parametrize(("topic", "expected"), [
    ("general", "general"), ("damaged", "damaged"), ("Broken", "damaged"), ("late", "late"),
    ("digital", "digital"), ("e-book", "digital"), ("weather", "general"),
])
def test_refund_policy_topics(topic: str, expected: str) -> None:
    policy = refund_policy(topic)
    assert policy["topic"] == expected
    assert policy["policy"] and policy["summary"]
