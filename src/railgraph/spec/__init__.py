"""Graph definitions: pydantic models, located loading, JSON Schema and migrations."""

from railgraph.spec.loader import LoadedGraph, canonical_hash, load_graph, load_graph_data
from railgraph.spec.model import END, SCHEMA_VERSION, GraphDefinition
from railgraph.spec.schema import json_schema

__all__ = [
    "END",
    "SCHEMA_VERSION",
    "GraphDefinition",
    "LoadedGraph",
    "canonical_hash",
    "json_schema",
    "load_graph",
    "load_graph_data",
]
