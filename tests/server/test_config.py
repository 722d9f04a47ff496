"""The generated ``langgraph.json`` is in step with ``graphs/``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from railgraph.server.config import langgraph_config

pytest.importorskip("langgraph_api", reason="needs the 'server' extra")



ROOT = Path(__file__).resolve().parents[2]


def test_langgraph_json_matches_graphs_dir() -> None:
    committed = json.loads((ROOT / "langgraph.json").read_text(encoding="utf-8"))
    assert committed == langgraph_config(ROOT), "run: railgraph serve --write-config"
    assert committed["graphs"]["support"] == "railgraph.server.graphs:support"
