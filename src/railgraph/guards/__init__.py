"""Guard detectors: one interface (:mod:`railgraph.guards.base`), usable without a graph."""

from railgraph.guards.base import Detector, Span, Verdict, redact
from railgraph.guards.harm import HarmDetector
from railgraph.guards.injection import InjectionDetector
from railgraph.guards.normalize import Variant, fold, variants
from railgraph.guards.pii import PII_TYPES, PIIDetector
from railgraph.guards.registry import DETECTORS, build_detector, params_model, register_detector
from railgraph.guards.secrets import SecretsDetector
from railgraph.guards.size import SizeDetector

__all__ = [
    "DETECTORS",
    "PII_TYPES",
    "Detector",
    "HarmDetector",
    "InjectionDetector",
    "PIIDetector",
    "SecretsDetector",
    "SizeDetector",
    "Span",
    "Variant",
    "Verdict",
    "build_detector",
    "fold",
    "params_model",
    "redact",
    "register_detector",
    "variants",
]
