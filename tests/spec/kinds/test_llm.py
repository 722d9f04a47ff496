"""``llm`` params and load-time checks: declared model, tools and fallbacks, a price for every
model the node may call, policies of the right kinds."""

from __future__ import annotations

from pathlib import Path

from railgraph.spec.kinds.llm import LLMNode
from tests.spec.kinds.support import line_of, load, problems


def test_an_llm_node_loads_with_its_tools_and_fallbacks(tmp_path: Path) -> None:
    loaded = load(tmp_path, """
        - id: under_test
          kind: llm
          params: {model: smart, tools: [lookup_order], fallbacks: [fast], system: Be brief.}
    """)
    node = loaded.definition.node("under_test")
    assert isinstance(node, LLMNode)
    assert (node.params.model, node.params.tools, node.params.fallbacks) == (
        "smart", ["lookup_order"], ["fast"])


def test_unknown_model_tool_and_fallback_are_each_located(tmp_path: Path) -> None:
    found = problems(tmp_path, """
        - id: under_test
          kind: llm
          params:
            model: smrt
            tools: [lookup_ordr]
            fallbacks: [fst]
    """)
    by_message = {message.split(" (")[0]: line for line, message in found}
    assert any(m.startswith("unknown model 'smrt'") for m in by_message)
    assert any(m.startswith("unknown tool 'lookup_ordr'") for m in by_message)
    assert any(m.startswith("unknown model 'fst'") for m in by_message)
    lines = {line for line, _ in found}
    assert {line_of(tmp_path, "model: smrt"), line_of(tmp_path, "tools: [lookup_ordr]"),
            line_of(tmp_path, "fallbacks: [fst]")} <= lines


def test_a_model_without_a_price_is_refused_when_prices_are_named(tmp_path: Path) -> None:
    found = problems(tmp_path, """
        - id: under_test
          kind: llm
          params: {model: unpriced, prices: prices}
    """, models="{fast: scripted, smart: scripted, unpriced: scripted}")
    assert any("price policy 'prices' has no price for model 'unpriced'" in m
               and line == line_of(tmp_path, "prices: prices}") for line, m in found)


def test_policies_of_the_wrong_kind(tmp_path: Path) -> None:
    found = problems(tmp_path, """
        - id: under_test
          kind: llm
          params: {budgets: prices, breakers: budgets, cache: breakers}
    """)
    messages = {m for _, m in found}
    assert "policy 'prices' is of kind 'prices', not 'budgets'" in messages
    assert "policy 'budgets' is of kind 'budgets', not 'breakers'" in messages
    assert any(m.startswith("policy 'breakers' is of kind 'breakers'") for m in messages)
