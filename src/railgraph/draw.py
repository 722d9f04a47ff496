"""Drawings of a compiled graph (Mermaid text and ASCII), offline."""

from __future__ import annotations

from typing import Any

from langchain_core.runnables.graph import Graph

from railgraph.spec.loader import LoadedGraph
from railgraph.spec.model import END

__all__ = ["drawable"]


def drawable(compiled: Any, loaded: LoadedGraph) -> Graph:
    """LangGraph's drawable graph, with the error-handler routes made visible.

    LangGraph draws a node's error handler as a detached node; connecting it
    (node -.-> handler -.-> on_error target) keeps the picture in one piece, which
    the ASCII renderer needs and a reader expects.
    """
    graph: Graph = compiled.get_graph()
    for node in loaded.definition.nodes:
        if not node.on_error:
            continue
        handler = graph.nodes.get(f"__error_handler__{node.id}")
        source = graph.nodes.get(node.id)
        target = graph.nodes.get("__end__" if node.on_error == END else node.on_error)
        if handler is None or source is None or target is None:
            continue
        graph.add_edge(source, handler, data="error", conditional=True)
        graph.add_edge(handler, target, conditional=True)
    return graph
