"""The definition model: edges of one form, agents in one place, semantic versions, node lookup."""

from __future__ import annotations

import re
from typing import Any

import pytest
from pydantic import ValidationError

from railgraph.spec.model import AgentRef, Edge, GraphDefinition


def definition(**changes: Any) -> dict[str, Any]:
    return {"railgraph": 1, "name": "t", "version": "1.0.0", "entry": "r",
            "nodes": [{"id": "r", "kind": "router"}, {"id": "out", "kind": "respond"}],
            "edges": [{"from": "r", "to": "out"}, {"from": "out", "to": "END"}], **changes}


def test_a_plain_edge_leads_to_its_target() -> None:
    assert Edge.model_validate({"from": "a", "to": "b"}).targets() == ["b"]


def test_a_conditional_edge_leads_to_every_branch_and_its_default() -> None:
    edge = Edge.model_validate({"from": "a", "branches": [{"when": "x", "to": "b"},
                                                         {"when": "y", "to": "c"}],
                                "default": "END"})
    assert edge.targets() == ["b", "c", "END"]


@pytest.mark.parametrize(("edge", "message"), [
    ({"from": "a", "to": "b", "default": "c"}, "either `to` or `branches` + `default`, not both"),
    ({"from": "a"}, "an edge needs `to` (plain) or `branches` + `default`"),
    ({"from": "a", "branches": [{"when": "x", "to": "b"}]}, "needs a `default` target"),
    ({"from": "a", "branches": [], "default": "b"}, "at least 1 item"),
])
def test_an_edge_of_no_form_or_two_is_refused(edge: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=re.escape(message)):
        Edge.model_validate(edge)


def test_an_agent_is_either_in_process_or_remote() -> None:
    with pytest.raises(ValidationError, match=r"either `graph` .* or `remote`, not both"):
        AgentRef.model_validate({"graph": "graphs/planner.yaml", "max_cost_usd": 0.1,
                                 "remote": {"url": "http://127.0.0.1:1", "graph": "planner"}})
    assert AgentRef.model_validate({"graph": "graphs/planner.yaml", "max_cost_usd": 0.1}).graph


@pytest.mark.parametrize("version", ["1.0", "v1.0.0", "1.0.0.0", "01.0.0", "latest"])
def test_versions_must_be_semantic(version: str) -> None:
    with pytest.raises(ValidationError, match="is not semantic versioning"):
        GraphDefinition.model_validate(definition(version=version))


@pytest.mark.parametrize("version", ["0.0.1", "1.2.3", "10.20.30", "1.0.0-rc.1"])
def test_semantic_versions_are_accepted(version: str) -> None:
    assert GraphDefinition.model_validate(definition(version=version)).version == version


def test_nodes_are_found_by_id_and_told_apart_by_kind() -> None:
    parsed = GraphDefinition.model_validate(definition())
    assert parsed.node("out").kind == "respond" and parsed.node("r").kind == "router"
    with pytest.raises(KeyError):
        parsed.node("missing")


def test_an_unknown_field_is_refused() -> None:
    with pytest.raises(ValidationError, match="extra"):
        GraphDefinition.model_validate(definition(nodez=[]))
