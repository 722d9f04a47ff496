"""OpenTelemetry spans of a turn: the agent, each node, each model call and each tool call.

Span names and attributes follow the OpenTelemetry GenAI semantic conventions:
``invoke_agent {graph}`` (``gen_ai.agent.name``), ``chat {model}`` with
``gen_ai.request.model``, ``gen_ai.provider.name`` and ``gen_ai.usage.input_tokens`` /
``output_tokens``, and ``execute_tool {tool}`` with ``gen_ai.tool.name``. Nodes are
``node {id}`` spans with ``railgraph.node.id`` and ``railgraph.node.kind``. Cost has no
convention yet: it is ``railgraph.cost_usd`` on model-call, tool-node and agent spans.

Spans carry identifiers, names, counts and verdicts, never message text, and errors carry
their class only. railgraph uses the global tracer provider, which the application sets up
(exporters, sampling) as it would for any instrumented library; :func:`use_tracer_provider`
points railgraph at another provider (tests, or to keep agent spans apart).
"""

from __future__ import annotations

from typing import Any

from opentelemetry import trace
from opentelemetry.trace import Tracer, TracerProvider

__all__ = [
    "AGENT_NAME",
    "COST_USD",
    "INPUT_TOKENS",
    "OPERATION",
    "OUTPUT_TOKENS",
    "PROVIDER",
    "REQUEST_MODEL",
    "TOOL_CALL_ID",
    "TOOL_NAME",
    "get_tracer",
    "use_tracer_provider",
]

# GenAI semantic conventions (attribute names as strings: the semconv package marks
# them experimental and moves them between versions).
OPERATION = "gen_ai.operation.name"
AGENT_NAME = "gen_ai.agent.name"
REQUEST_MODEL = "gen_ai.request.model"
PROVIDER = "gen_ai.provider.name"
INPUT_TOKENS = "gen_ai.usage.input_tokens"
OUTPUT_TOKENS = "gen_ai.usage.output_tokens"
TOOL_NAME = "gen_ai.tool.name"
TOOL_CALL_ID = "gen_ai.tool.call.id"
COST_USD = "railgraph.cost_usd"

_provider: list[TracerProvider | None] = [None]


def use_tracer_provider(provider: TracerProvider | None) -> None:
    """Send railgraph's spans to ``provider`` (None: back to the global provider)."""
    _provider[0] = provider


def get_tracer() -> Tracer:
    """railgraph's tracer on the chosen provider."""
    from railgraph import __version__

    provider: Any = _provider[0]
    return trace.get_tracer("railgraph", __version__, tracer_provider=provider)
