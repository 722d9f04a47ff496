"""What the model tests share: a small scripted rule set, the deployment's order tool and a
minimal agent state for graphs built in the tests."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, TypedDict

from langchain_core.messages import AnyMessage
from langgraph.graph.message import add_messages

from railgraph.imports import import_dotted

ROOT = Path(__file__).resolve().parents[2]

lookup_order = import_dotted("nodes.support_tools:lookup_order", ROOT)

SMALL_RULES = """
rules:
  - intent: order_status
    match: ['\\border\\b\\D{0,20}(\\d{4,})\\b', 'where is my (?:package|order)']
    tool_call: {name: lookup_order, args: {order_id: '{1}'}}
    answer: "Order {result.order_id} is {result.status}, due {result.eta}."
    confidence: 0.9
  - intent: hello
    match: '^hello'
    answer: "Hello there."
fallback: {answer: "No idea. Really none.", confidence: 0.2}
"""


class State(TypedDict):
    """Minimal agent state for graphs built in these tests."""

    messages: Annotated[list[AnyMessage], add_messages]
