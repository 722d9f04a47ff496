"""``respond`` params and load-time checks: a template needs a degradation policy that has it."""

from __future__ import annotations

from pathlib import Path

from railgraph.spec.kinds.respond import RespondNode
from tests.spec.kinds.support import line_of, load, problems

EDGES = "edges:\n  - {from: under_test, to: END}\n"


def test_a_template_from_the_degradation_policy_loads(tmp_path: Path) -> None:
    loaded = load(tmp_path, """
        - id: under_test
          kind: respond
          params: {policy: degradation, template: service_unavailable}
    """, edges=EDGES)
    node = loaded.definition.node("under_test")
    assert isinstance(node, RespondNode) and node.params.template == "service_unavailable"


def test_a_template_without_a_policy_is_an_error(tmp_path: Path) -> None:
    found = problems(tmp_path, """
        - id: under_test
          kind: respond
          params: {template: service_unavailable}
    """, edges=EDGES)
    assert (line_of(tmp_path, "template: service_unavailable"),
            "a template needs `policy:` naming a degradation policy") in found


def test_an_unknown_template_is_reported_with_a_suggestion(tmp_path: Path) -> None:
    found = problems(tmp_path, """
        - id: under_test
          kind: respond
          params: {policy: degradation, template: service_unavailble}
    """, edges=EDGES)
    [message] = [m for _, m in found if "template" in m]
    assert message.startswith("unknown degradation template 'service_unavailble'")
    assert "service_unavailable" in message


def test_the_policy_must_be_a_degradation_policy(tmp_path: Path) -> None:
    found = problems(tmp_path, """
        - id: under_test
          kind: respond
          params: {policy: routing, cache: prices}
    """, edges=EDGES)
    messages = {m for _, m in found}
    assert "policy 'routing' is of kind 'routing', not 'degradation'" in messages
    assert any(m.startswith("policy 'prices' is of kind 'prices'") for m in messages)
