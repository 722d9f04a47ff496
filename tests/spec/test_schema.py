"""The published JSON Schema of graph definitions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from railgraph.cli import main
from railgraph.spec.schema import json_schema

ROOT = Path(__file__).resolve().parents[2]


def test_cli_schema_prints_the_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "railgraph graph definition"
    assert {"railgraph", "name", "version", "entry", "nodes"} <= set(schema["required"])
    kinds = {ref["$ref"].split("/")[-1] for ref in
             schema["properties"]["nodes"]["items"]["oneOf"]}
    assert "GuardNode" in kinds and "EscalateNode" in kinds


def test_committed_schema_file_is_current() -> None:
    committed = json.loads((ROOT / "schema" / "graph.schema.json").read_text())
    assert committed == json_schema(), "run: railgraph schema > schema/graph.schema.json"


def test_graph_files_carry_the_schema_comment() -> None:
    for path in (ROOT / "graphs").glob("*.yaml"):
        first = path.read_text().splitlines()[0]
        assert first == "# yaml-language-server: $schema=../schema/graph.schema.json", path
