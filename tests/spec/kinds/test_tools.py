"""``tools`` params and load-time checks: allowed tools declared, policies of the right kinds."""

from __future__ import annotations

from pathlib import Path

from railgraph.spec.kinds.tools import ToolsNode
from tests.spec.kinds.support import line_of, load, problems


def test_a_tools_node_loads_with_defaults(tmp_path: Path) -> None:
    node = load(tmp_path, "- {id: under_test, kind: tools}").definition.node("under_test")
    assert isinstance(node, ToolsNode)
    assert node.params.allow is None  # every declared tool
    assert node.params.max_input_chars == 4000 and node.params.read_only is False


def test_an_allowed_tool_must_be_declared(tmp_path: Path) -> None:
    found = problems(tmp_path, """
        - id: under_test
          kind: tools
          params:
            allow: [lookup_order, lookup_ordr]
    """)
    [(line, message)] = [row for row in found if "lookup_ordr" in row[1]]
    assert line == line_of(tmp_path, "allow:")
    assert message.startswith("unknown tool 'lookup_ordr'") and "lookup_order" in message


def test_each_policy_must_be_of_its_kind(tmp_path: Path) -> None:
    found = problems(tmp_path, """
        - id: under_test
          kind: tools
          params: {policy: routing, prices: tools, breakers: prices, budgets: breakers,
                   escalation: budgets}
    """)
    messages = {message for _, message in found}
    assert {"policy 'routing' is of kind 'routing', not 'tools'",
            "policy 'tools' is of kind 'tools', not 'prices'",
            "policy 'prices' is of kind 'prices', not 'breakers'",
            "policy 'breakers' is of kind 'breakers', not 'budgets'",
            "policy 'budgets' is of kind 'budgets', not 'escalation'"} <= messages


def test_an_out_of_range_input_limit_is_a_schema_error(tmp_path: Path) -> None:
    found = problems(tmp_path, "- {id: under_test, kind: tools, params: {max_input_chars: 0}}")
    assert any("max_input_chars" in message for _, message in found)
