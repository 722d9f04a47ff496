"""Adapters to third-party libraries, one module per library.

Nothing else in railgraph imports those libraries directly: it goes through the module here
(:mod:`railgraph.integrations.nemo` for NeMo Guardrails, ...), which switches the library's
telemetry off and imports it lazily, so ``import railgraph`` stays fast and offline-safe.
"""

__all__: list[str] = []
