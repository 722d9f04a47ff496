"""The standard agent state: its reducers, the per-turn reset, the step-limit rule and the
status a turn's last state maps to."""

from __future__ import annotations

from typing import get_type_hints

import pytest

from railgraph.agent_state import (
    AUTH_FAILED,
    AgentState,
    at_step_limit,
    extend,
    merge,
    state_schema,
    turn_reset,
    turn_status,
)
from railgraph.spec.base import STANDARD_FIELDS
from railgraph.spec.model import StateField

RUNNING = {"configurable": {"__pregel_scratchpad": object()}}


def test_extend_appends_and_replaces_on_request() -> None:
    assert extend([1], [2, 3]) == [1, 2, 3]
    assert extend(None, None) == []
    assert extend([1, 2], {"$replace": [9]}) == [9]


def test_merge_adds_keys_and_replaces_on_request() -> None:
    assert merge({"a": 1}, {"b": 2}) == {"a": 1, "b": 2}
    assert merge({"a": 1}, {"a": 3}) == {"a": 3}
    assert merge({"a": 1}, {"$replace": {"c": 4}}) == {"c": 4}


def test_a_new_turn_clears_every_per_turn_field_but_not_the_thread_long_ones() -> None:
    reset = turn_reset()
    assert reset["verdicts"] == {"$replace": []} and reset["agents"] == {"$replace": {}}
    assert reset["response"] is None and reset["llm_calls"] == 0
    for thread_long in ("messages", "cost_usd", "audit", "usage", "context"):
        assert thread_long not in reset
    reset["response"] = "changed"
    assert turn_reset()["response"] is None  # each call is a fresh copy


@pytest.mark.parametrize(("remaining", "config", "diverts"), [
    (2, RUNNING, True), (1, RUNNING, True), (3, RUNNING, False),
    (2, {"configurable": {}}, False),  # update_state outside a run: never short of steps
    (None, RUNNING, False),
])
def test_routes_divert_only_when_a_running_turn_is_out_of_steps(
        remaining: int | None, config: dict, diverts: bool) -> None:
    state = {} if remaining is None else {"remaining_steps": remaining}
    assert at_step_limit(state, config) is diverts


@pytest.mark.parametrize(("final", "interrupted", "status"), [
    ({}, True, "interrupted"),
    ({"blocked": {"node": "g"}}, False, "blocked"),
    ({"outcome": "limit"}, False, "error"),
    ({"outcome": AUTH_FAILED}, False, "error"),
    ({"outcome": "degraded"}, False, "completed"),
    ({"outcome": "completed"}, False, "completed"),
])
def test_the_status_of_a_turn(final: dict, interrupted: bool, status: str) -> None:
    assert turn_status(final, interrupted=interrupted) == status


def test_declared_fields_join_the_standard_ones() -> None:
    assert state_schema({}) is AgentState
    schema = state_schema({"notes": StateField(type="list", reducer="append"),
                           "score": StateField(type="number")})
    hints = get_type_hints(schema, include_extras=True)
    assert set(STANDARD_FIELDS) <= set(hints) and {"notes", "score"} <= set(hints)
    assert hints["notes"].__metadata__ == (extend,)
