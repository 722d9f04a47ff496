"""``agent`` params and load-time checks: the specialist and included agents are declared."""

from __future__ import annotations

from pathlib import Path

from railgraph.spec.kinds.agent import AgentNode
from tests.spec.kinds.support import line_of, load, problems


def test_an_agent_node_loads_with_its_defaults(tmp_path: Path) -> None:
    node = load(tmp_path, "- {id: under_test, kind: agent, params: {agent: planner}}"
                ).definition.node("under_test")
    assert isinstance(node, AgentNode)
    assert node.params.agent == "planner" and node.params.include == []
    assert node.params.messages in ("conversation", "last", "none")


def test_an_undeclared_specialist_is_reported_with_a_suggestion(tmp_path: Path) -> None:
    found = problems(tmp_path, "- {id: under_test, kind: agent, params: {agent: planer}}")
    [(line, message)] = [row for row in found if "planer" in row[1]]
    assert line == line_of(tmp_path, "agent: planer")
    assert message.startswith("unknown agent 'planer'") and "planner" in message


def test_included_agents_must_be_declared(tmp_path: Path) -> None:
    found = problems(tmp_path, """
        - id: under_test
          kind: agent
          params: {agent: planner, include: [planner, reviewer]}
    """)
    assert next(m for _, m in found if "reviewer" in m).startswith("unknown agent 'reviewer'")


def test_the_messages_handed_over_are_one_of_three(tmp_path: Path) -> None:
    found = problems(tmp_path, "- {id: under_test, kind: agent, params: {agent: planner, "
                               "messages: everything}}")
    assert any("messages" in m for _, m in found)
