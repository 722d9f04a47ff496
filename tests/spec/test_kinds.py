"""The registry of node kinds (:mod:`railgraph.spec.kinds`): one entry drives the definition's
node union, the JSON Schema, the loader's checks and the compiler's builder."""

from __future__ import annotations

import importlib
import typing

import pytest

from railgraph.spec.kinds import KINDS, NODE_KINDS, kind_of
from railgraph.spec.model import GraphDefinition
from railgraph.spec.schema import json_schema


def test_every_kind_is_registered_under_its_own_name() -> None:
    assert tuple(KINDS) == NODE_KINDS
    for name, kind in KINDS.items():
        assert kind.name == name
        literal = typing.get_type_hints(kind.node)["kind"]
        assert typing.get_args(literal) == (name,)


@pytest.mark.parametrize("name", NODE_KINDS)
def test_each_builder_path_names_a_callable(name: str) -> None:
    module, _, function = KINDS[name].builder.partition(":")
    assert module.startswith("railgraph.nodes.") and function
    assert callable(getattr(importlib.import_module(module), function))


def test_the_json_schema_lists_exactly_the_registered_kinds_in_order() -> None:
    schema = json_schema()
    variants = schema["properties"]["nodes"]["items"]["oneOf"]
    refs = [v["$ref"].rsplit("/", 1)[1] for v in variants]
    defs = schema["$defs"]
    kinds = [defs[ref]["properties"]["kind"]["const"] for ref in refs]
    assert kinds == list(NODE_KINDS)


def test_kind_of_a_validated_node_is_its_registry_entry() -> None:
    definition = GraphDefinition.model_validate({
        "railgraph": 1, "name": "t", "version": "1.0.0", "entry": "r",
        "nodes": [{"id": "r", "kind": "router"}, {"id": "out", "kind": "respond"}],
        "edges": [{"from": "r", "to": "out"}, {"from": "out", "to": "END"}]})
    assert [kind_of(node) for node in definition.nodes] == [KINDS["router"], KINDS["respond"]]
    with pytest.raises(KeyError):
        kind_of(type("Fake", (), {"kind": "no_such_kind"})())
