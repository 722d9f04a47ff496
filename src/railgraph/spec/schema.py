"""The JSON Schema of graph definitions, for editors and other tools."""

from __future__ import annotations

from typing import Any

from railgraph.spec.model import GraphDefinition

__all__ = ["SCHEMA_ID", "json_schema"]

SCHEMA_ID = "urn:railgraph:schema:graph:1"


def json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of schema version 1."""
    schema = GraphDefinition.model_json_schema(by_alias=True, mode="validation")
    return {
        **schema,
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "railgraph graph definition",
    }
