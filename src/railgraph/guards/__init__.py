"""Guard detectors: one interface (:mod:`railgraph.guards.base`), usable without a graph."""

from railgraph.guards.base import Detector, Span, Verdict, redact

__all__ = ["Detector", "Span", "Verdict", "redact"]
