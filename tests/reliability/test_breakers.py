"""Circuits: admission and outcomes per model or tool, shared in Redis; off without a policy."""

from __future__ import annotations

import asyncio

from railgraph.errors import PermanentModelError, TransientModelError
from railgraph.policies import BreakersPolicy
from railgraph.reliability.breakers import Admission, Circuits
from railgraph.reliability.store import ReliabilityStore


def breakers(**fields: object) -> BreakersPolicy:
    return BreakersPolicy.model_validate({"kind": "breakers", **fields})


async def test_without_a_policy_or_a_store_every_call_is_admitted(
        store: ReliabilityStore) -> None:
    for circuits in (Circuits(None, store, "tool"), Circuits(breakers(), None, "tool")):
        admission = await circuits.admit("lookup_order")
        assert admission == Admission(allowed=True, probe=False, state="off")
        assert await circuits.record("lookup_order", admission, TransientModelError("x")) == "off"


async def test_transient_failures_open_the_circuit_of_that_name_only(
        store: ReliabilityStore) -> None:
    circuits = Circuits(breakers(default={"failure_threshold": 2}), store, "model")
    for _ in range(2):
        admission = await circuits.admit("fast")
        assert admission.allowed and admission.state == "closed"
        state = await circuits.record("fast", admission, TransientModelError("timeout"))
    assert state == "open"
    refused = await circuits.admit("fast")
    assert not refused.allowed and refused.state == "open"
    assert (await circuits.admit("smart")).allowed
    other_kind = Circuits(breakers(default={"failure_threshold": 2}), store, "tool")
    assert (await other_kind.admit("fast")).allowed  # model:fast and tool:fast are apart


async def test_permanent_errors_do_not_count_against_the_circuit(
        store: ReliabilityStore) -> None:
    circuits = Circuits(breakers(default={"failure_threshold": 1}), store, "tool")
    admission = await circuits.admit("refund")
    assert await circuits.record("refund", admission, PermanentModelError("401")) == "closed"
    assert (await circuits.admit("refund")).allowed


async def test_a_probe_that_succeeds_closes_the_circuit(store: ReliabilityStore) -> None:
    policy = breakers(tools={"refund": {"failure_threshold": 1, "recovery_timeout": 0.05}})
    circuits = Circuits(policy, store, "tool")
    admission = await circuits.admit("refund")
    assert await circuits.record("refund", admission, TransientModelError("x")) == "open"
    probe = None
    for _ in range(100):  # wait for the recovery timeout, without asserting on a clock
        probe = await circuits.admit("refund")
        if probe.allowed:
            break
        await asyncio.sleep(0.02)
    assert probe is not None and probe.allowed and probe.probe and probe.state == "half_open"
    # A permanent error on a probe means the dependency answered: the circuit closes.
    assert await circuits.record("refund", probe, PermanentModelError("400")) == "closed"
