"""The circuit-breaker gate around model and tool calls, declared in a breakers policy.

Each named model (``model:<name>``) and tool (``tool:<name>``) has one circuit shared by every
process through Redis (:mod:`railgraph.state.breaker`). Only failures a later call could avoid
count against a circuit (timeouts, 429, 5xx, dropped connections, see
:func:`railgraph.models.errors.is_transient`): a 400 says the request was wrong, not that the
dependency is down.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from railgraph.models.errors import is_transient
from railgraph.policies import BreakersPolicy
from railgraph.reliability.store import ReliabilityStore, warn_once
from railgraph.state.breaker import CircuitState

__all__ = ["Admission", "Circuits"]


@dataclass(frozen=True, slots=True)
class Admission:
    """Whether one call may go to the dependency now."""

    allowed: bool
    """False while the circuit is open (or half-open with every probe slot taken)."""
    probe: bool
    """This call is a half-open probe: its outcome decides whether the circuit closes."""
    state: str
    """Circuit state when asked: closed, open, half_open (``off`` without a policy or store)."""


_OFF = Admission(allowed=True, probe=False, state="off")


class Circuits:
    """The circuits of one kind of dependency (models or tools) under one policy.

    Without a policy every call is admitted; without a shared store too (with one warning),
    because a per-process circuit would let every pod hammer a failing provider anyway.
    """

    def __init__(
        self, policy: BreakersPolicy | None, store: ReliabilityStore | None,
        kind: Literal["model", "tool"],
    ) -> None:
        self.policy = policy
        self.store = store
        self.kind = kind

    async def admit(self, name: str) -> Admission:
        """Ask the circuit of ``name`` whether a call may go ahead (takes a probe slot if so)."""
        if self.policy is None or self.store is None:
            if self.policy is not None:
                warn_once("circuit breakers")
            return _OFF
        breaker = self.store.breaker(f"{self.kind}:{name}", self.policy.settings(self.kind, name))
        decision = await self.store.call(breaker.allow())
        return Admission(decision.allowed, decision.probe, decision.state.value)

    async def record(self, name: str, admission: Admission, error: BaseException | None) -> str:
        """Report how an admitted call went; returns the circuit state after it."""
        if admission.state == "off" or self.policy is None or self.store is None:
            return admission.state
        breaker = self.store.breaker(f"{self.kind}:{name}", self.policy.settings(self.kind, name))
        if error is None:
            state = await self.store.call(breaker.record_success(admission.probe))
        elif is_transient(error):
            state = await self.store.call(breaker.record_failure(admission.probe))
        elif admission.probe:
            # The provider answered (with a permanent error): it is up, so the probe succeeded.
            state = await self.store.call(breaker.record_success(True))
        else:
            return admission.state
        return CircuitState(state).value
