"""railgraph: declarative graph workflows for production LLM agents, compiled to LangGraph.

Importing railgraph switches off the usage telemetry of its dependencies
(unless the environment already decides): railgraph is offline by default.
"""

from __future__ import annotations

import os

_OFFLINE_DEFAULTS = {
    "NEMO_GUARDRAILS_NO_USAGE_STATS": "1",
    "ORT_DISABLE_TELEMETRY": "1",
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "LANGSMITH_TRACING": "false",
    "LANGCHAIN_TRACING_V2": "false",
    "LANGGRAPH_CLI_NO_ANALYTICS": "1",
    "LANGGRAPH_NO_VERSION_CHECK": "true",
    "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "",
    "DO_NOT_TRACK": "1",
}
for _key, _value in _OFFLINE_DEFAULTS.items():
    os.environ.setdefault(_key, _value)

from typing import TYPE_CHECKING, Any  # noqa: E402

if TYPE_CHECKING:
    from railgraph.compile import build

__all__ = ["build"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    # Lazy, so `railgraph validate` and detector users do not pay for LangGraph's import.
    if name == "build":
        from railgraph.compile import build

        return build
    raise AttributeError(f"module 'railgraph' has no attribute {name!r}")
