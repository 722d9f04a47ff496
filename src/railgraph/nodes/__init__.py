"""Builders of the node kinds: ``build(node, ctx)`` returns the node body LangGraph runs.

What a kind is (its params, checks and where its builder lives) is declared in
:mod:`railgraph.spec.kinds`; this package holds the run-time half, one module per kind
(``agents`` holds the three multi-agent kinds). Builders receive everything they use through
the :class:`~railgraph.nodes.context.BuildContext`, including ``ctx.compile`` for the graphs
that subgraphs and specialists run, so no node imports the compiler.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from railgraph.nodes.context import BuildContext
from railgraph.spec.kinds import KINDS

__all__ = ["BuildContext", "NodeBuilder", "builder_of"]

NodeBuilder = Callable[[Any, BuildContext], Any]
"""``build(node, ctx)``: the body of one node of a compiled graph."""

_BUILDERS: dict[str, NodeBuilder] = {}


def builder_of(kind: str) -> NodeBuilder:
    """The builder of a node kind, imported from the path its kind declares (once)."""
    if kind not in _BUILDERS:
        module, _, name = KINDS[kind].builder.partition(":")
        _BUILDERS[kind] = getattr(importlib.import_module(module), name)
    return _BUILDERS[kind]
