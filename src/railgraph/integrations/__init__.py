"""Adapters to third-party libraries, one module per library.

Nothing else in railgraph imports those libraries directly: it goes through the module here
(:mod:`railgraph.integrations.nemo` for NeMo Guardrails, ...), which switches the library's
telemetry off and imports it lazily, so ``import railgraph`` stays fast and offline-safe.

Adapters that add detectors register them with :mod:`railgraph.guards.registry` when they are
imported, and importing this package imports them (their libraries still load only when a
graph uses one of their detectors): the guard registry never imports an integration.
"""

from railgraph.integrations import guardrails_ai as guardrails_ai

__all__ = ["guardrails_ai"]
