"""Multi-agent runs: specialist agents (other graphs) called from a coordinator graph.

:mod:`railgraph.multi.specialist` resolves a declared agent to something callable (a compiled
graph in-process, or LangGraph's ``RemoteGraph``) and calls it under the run's shared limits;
the ``agent``, ``fanout`` and ``supervisor`` node kinds are in :mod:`railgraph.nodes.agents`.
"""

from railgraph.multi.specialist import (
    AgentCallError,
    Specialist,
    SpecialistCircuitOpen,
    SpecialistFailed,
    SpecialistUnavailable,
    run_id_of,
)

__all__ = [
    "AgentCallError",
    "Specialist",
    "SpecialistCircuitOpen",
    "SpecialistFailed",
    "SpecialistUnavailable",
    "run_id_of",
]
