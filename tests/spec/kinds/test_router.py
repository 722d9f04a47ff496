"""``router`` params and load-time checks: policies of the right kind, declared tier models,
valid rule expressions."""

from __future__ import annotations

from pathlib import Path

from railgraph.spec.kinds.router import RouterNode
from tests.spec.kinds.support import line_of, load, problems


def test_a_router_loads_with_its_rules_and_policies(tmp_path: Path) -> None:
    loaded = load(tmp_path, """
        - id: under_test
          kind: router
          params:
            policy: routing
            escalation: escalation
            rules: [{when: "context.user_id == 'vip'", route: vip}]
    """)
    node = loaded.definition.node("under_test")
    assert isinstance(node, RouterNode)
    assert node.params.policy == "routing" and node.params.rules[0].route == "vip"


def test_defaults_mean_no_tiers_no_signals_no_rules(tmp_path: Path) -> None:
    node = load(tmp_path, "- {id: under_test, kind: router}").definition.node("under_test")
    assert (node.params.policy, node.params.escalation, node.params.rules) == (None, None, [])


def test_a_policy_of_another_kind_is_refused_where_it_is_named(tmp_path: Path) -> None:
    found = problems(tmp_path, """
        - id: under_test
          kind: router
          params: {policy: prices, escalation: routing}
    """)
    row = line_of(tmp_path, "params: {policy: prices")
    assert (row, "policy 'prices' is of kind 'prices', not 'routing'") in found
    assert (row, "policy 'routing' is of kind 'routing', not 'escalation'") in found


def test_a_tier_naming_an_undeclared_model_is_an_error(tmp_path: Path) -> None:
    # policies/routing.yaml sends complex requests to model 'smart'; this graph has only 'fast'.
    found = problems(tmp_path, "- {id: under_test, kind: router, params: {policy: routing}}",
                     models="{fast: scripted}")
    assert (line_of(tmp_path, "policy: routing}"),
            "routing policy 'routing' names model 'smart', which the graph does not declare") in found


def test_a_bad_rule_expression_points_at_the_rule(tmp_path: Path) -> None:
    found = problems(tmp_path, """
        - id: under_test
          kind: router
          params:
            rules:
              - {when: "import os", route: x}
    """)
    assert [line for line, _ in found] == [line_of(tmp_path, "import os")]
