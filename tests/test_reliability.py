"""The reliability package's entry points: a node's budget gate and tool circuits by policy name."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from railgraph.policies import BreakersPolicy, BudgetsPolicy, CachePolicy
from railgraph.reliability import BudgetGate, Circuits, budget_gate, normalise, tool_circuits


@dataclass
class Context:
    """What the helpers read from a node's build context: policies by name and the store."""

    policies: dict[str, Any] = field(default_factory=dict)
    store: Any = None

    def policy(self, name: str | None) -> Any:
        return self.policies.get(name) if name else None


CTX = Context({"spend": BudgetsPolicy.model_validate({"kind": "budgets", "per_request": 1}),
               "trip": BreakersPolicy.model_validate({"kind": "breakers"}),
               "cache": CachePolicy.model_validate({"kind": "cache"})})


def test_budget_gate_only_for_a_budgets_policy() -> None:
    gate = budget_gate(CTX, "spend")
    assert isinstance(gate, BudgetGate) and gate.policy.per_request == 1
    assert budget_gate(CTX, "trip") is None
    assert budget_gate(CTX, None) is None


async def test_tool_circuits_are_off_without_a_breakers_policy() -> None:
    circuits = tool_circuits(CTX, "trip")
    assert isinstance(circuits, Circuits) and circuits.kind == "tool"
    assert circuits.policy is CTX.policies["trip"]
    off = tool_circuits(CTX, "cache")
    assert off.policy is None
    assert (await off.admit("lookup_order")).state == "off"


def test_normalise_is_exported_for_callers_of_the_cache() -> None:
    assert normalise("Opening HOURS?") == normalise("hour opening")
