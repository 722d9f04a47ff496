"""``langgraph.json`` for a railgraph project, generated from ``graphs/``.

``railgraph serve --write-config`` writes it; a test keeps the committed file in step with
``graphs/``. Every definition is served by its name and by ``name@version`` (see
:mod:`railgraph.server.graphs`); the Redis saver is the checkpointer, railgraph's API-key
handler the auth, and :mod:`railgraph.server.app` adds ``/metrics``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from railgraph.server.graphs import catalog

__all__ = ["CONFIG_FILE", "langgraph_config", "render_config"]

CONFIG_FILE = "langgraph.json"


def langgraph_config(root: Path) -> dict[str, Any]:
    """The ``langgraph.json`` content for the project at ``root``."""
    from railgraph.spec.loader import load_graph

    graphs: dict[str, str] = {}
    for name, path in catalog(root).items():
        graphs[name] = f"railgraph.server.graphs:{name}"
        version = load_graph(path, check_imports=False).definition.version
        graphs[f"{name}@{version}"] = f"railgraph.server.graphs:{name}@{version}"
    return {
        "dependencies": ["."],
        "graphs": graphs,
        "checkpointer": {"path": "railgraph.state.factory.checkpointer"},
        # Studio's LangSmith sign-in would be a second way in, beside the API keys: off.
        "auth": {"path": "railgraph.server.auth:auth", "disable_studio_auth": True},
        "http": {"app": "railgraph.server.app:app"},
        "python_version": "3.11",
    }


def render_config(root: Path) -> str:
    """``langgraph.json`` as written to disk."""
    return json.dumps(langgraph_config(root), indent=2) + "\n"
