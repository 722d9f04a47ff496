"""``guard`` params and load-time checks: known detectors, their params validated, revision
limits in range."""

from __future__ import annotations

from pathlib import Path

from railgraph.spec.kinds.guard import GuardNode
from tests.spec.kinds.support import line_of, load, problems


def test_a_guard_loads_with_its_checks(tmp_path: Path) -> None:
    node = load(tmp_path, """
        - id: under_test
          kind: guard
          params:
            stage: input
            checks: [{detector: size}, {detector: pii, action: redact}]
    """).definition.node("under_test")
    assert isinstance(node, GuardNode)
    assert [c.detector for c in node.params.checks] == ["size", "pii"]
    assert node.params.max_revisions == 2


def test_an_unknown_detector_is_reported_with_a_suggestion(tmp_path: Path) -> None:
    found = problems(tmp_path, """
        - id: under_test
          kind: guard
          params:
            checks: [{detector: pi}]
    """)
    [(line, message)] = [row for row in found if "detector" in row[1]]
    assert line == line_of(tmp_path, "detector: pi}")
    assert message.startswith("unknown detector 'pi'")


def test_an_unknown_detector_parameter_is_named(tmp_path: Path) -> None:
    found = problems(tmp_path, """
        - id: under_test
          kind: guard
          params:
            checks: [{detector: size, params: {no_such_knob: 1}}]
    """)
    assert any(m == "detector 'size' unknown parameter 'no_such_knob'" for _, m in found), found


def test_a_guard_needs_at_least_one_check_and_a_sane_revision_cap(tmp_path: Path) -> None:
    found = problems(tmp_path, """
        - id: under_test
          kind: guard
          params: {checks: [], max_revisions: 11}
    """)
    messages = " ".join(m for _, m in found)
    assert "checks" in messages and "max_revisions" in messages
