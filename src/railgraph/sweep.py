"""Answer handoffs that nobody picked up in time: the work behind ``railgraph sweep``.

An ``escalate`` node with an escalation policy registers each wait in a Redis sorted set scored
by its deadline (:class:`railgraph.state.handoffs.HandoffRegister`). A sweep takes the overdue
threads, claims each one (an atomic check-and-set: when several sweepers run, exactly one gets
a thread; a sweeper that dies leaves it due again after a lease),
and resumes it with :data:`railgraph.escalation.TIMEOUT_RESUME` through LangGraph's
``Command(resume=...)``, so the graph itself sends the timeout reply, writes the audit note and
checkpoints the outcome. Threads run on the graph version they started on.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from typing import Any

from railgraph.escalation import TIMEOUT_RESUME
from railgraph.spec.loader import LoadedGraph
from railgraph.state.handoffs import HandoffRegister

__all__ = ["SweepReport", "sweep"]


@dataclass
class SweepReport:
    """What one sweep did, as printed by ``railgraph sweep --json``."""

    graph: str
    """Name of the graph whose handoffs were swept."""
    resolved: list[dict[str, Any]] = field(default_factory=list)
    """Threads answered with the timeout fallback: ``thread_id``, ``status``, ``outcome``,
    ``response``."""
    skipped: list[dict[str, Any]] = field(default_factory=list)
    """Overdue entries that were not waiting any more: ``thread_id`` and ``why``."""
    pending: int = 0
    """Handoffs still waiting (not yet due) after the sweep."""

    def to_json(self) -> dict[str, Any]:
        """The ``--json`` object."""
        return asdict(self)


async def sweep(
    loaded: LoadedGraph, saver: Any, *, now: float | None = None, limit: int = 100
) -> SweepReport:
    """Resolve up to ``limit`` overdue handoffs of ``loaded``'s graph; ``saver`` is the
    :class:`~railgraph.state.AsyncRedisSaver` holding the threads."""
    from railgraph.compile import compile_graph
    from railgraph.runner import run_turn
    from railgraph.versions import VersionStore, thread_identity

    name = loaded.definition.name
    prefix = saver.codec.prefix
    register = HandoffRegister(saver.client, prefix, name)
    versions = VersionStore(saver.client, prefix)
    report = SweepReport(graph=name)
    compiled: dict[str, tuple[LoadedGraph, Any]] = {}
    now = now if now is not None else time.time()
    for thread_id in await register.due(now, limit):
        if not await register.claim(thread_id, now):
            continue  # another sweeper took it
        pinned = await thread_identity(saver, thread_id)
        if pinned is None:
            await register.remove(thread_id)
            report.skipped.append({"thread_id": thread_id, "why": "no such thread"})
            continue
        if pinned["hash"] not in compiled:
            version = loaded if pinned["hash"] == loaded.graph_hash \
                else await versions.load(pinned["hash"])
            compiled[pinned["hash"]] = (version, compile_graph(version, checkpointer=saver))
        version, graph = compiled[pinned["hash"]]
        state = await graph.aget_state({"configurable": {"thread_id": thread_id}})
        if not state.interrupts:
            await register.remove(thread_id)
            report.skipped.append({"thread_id": thread_id, "why": "not waiting for an answer"})
            continue
        result = await run_turn(graph, version, resume=TIMEOUT_RESUME, thread_id=thread_id)
        if result.status == "completed":
            await register.remove(thread_id)  # the node did; a graph without a policy did not
        report.resolved.append({"thread_id": thread_id, "status": result.status,
                                "outcome": result.outcome, "response": result.response})
    report.pending = await register.pending()
    return report
