"""Detectors by name, so graph definitions can refer to them in YAML.

Every registered class has a nested pydantic ``Params`` model (``extra="forbid"``)
that validates the ``params:`` mapping of a guard check; its fields are the
keyword arguments of the class's constructor.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ValidationError

from railgraph.guards.base import Detector
from railgraph.guards.harm import HarmDetector
from railgraph.guards.injection import InjectionDetector
from railgraph.guards.pii import PIIDetector
from railgraph.guards.secrets import SecretsDetector
from railgraph.guards.size import SizeDetector

__all__ = ["DETECTORS", "build_detector", "params_model", "register_detector"]

DETECTORS: dict[str, type] = {
    "size": SizeDetector,
    "injection": InjectionDetector,
    "pii": PIIDetector,
    "secrets": SecretsDetector,
    "harm": HarmDetector,
}
"""Detector classes by the name graph definitions use."""


def _known() -> str:
    return ", ".join(sorted(DETECTORS))


def register_detector(name: str, cls: type, *, replace: bool = False) -> None:
    """Make ``cls`` available as detector ``name`` (for plug-ins).

    ``cls`` needs a ``Params`` pydantic model and a ``check(text, context)`` method;
    its constructor takes the ``Params`` fields as keyword arguments.
    """
    if not name or not name.replace("_", "").replace("-", "").isalnum():
        raise ValueError(f"invalid detector name {name!r}: use letters, digits, '-' and '_'")
    params = getattr(cls, "Params", None)
    if not (isinstance(params, type) and issubclass(params, BaseModel)):
        raise ValueError(f"detector {name!r}: {cls.__name__} has no pydantic 'Params' model")
    if not callable(getattr(cls, "check", None)):
        raise ValueError(f"detector {name!r}: {cls.__name__} has no check(text, context) method")
    if name in DETECTORS and not replace and DETECTORS[name] is not cls:
        raise ValueError(f"detector {name!r} is already registered ({DETECTORS[name].__name__})")
    DETECTORS[name] = cls


def params_model(name: str) -> type[BaseModel]:
    """The pydantic model validating the parameters of detector ``name``."""
    try:
        cls = DETECTORS[name]
    except KeyError:
        raise ValueError(f"unknown detector {name!r}; known detectors: {_known()}") from None
    model: type[BaseModel] = cls.Params  # type: ignore[attr-defined]
    return model


def build_detector(name: str, params: Mapping[str, Any] | None = None) -> Detector:
    """A ready detector ``name`` configured with ``params`` (validated by its ``Params``)."""
    model = params_model(name)
    try:
        validated = model.model_validate(dict(params or {}))
    except ValidationError as exc:
        problems = []
        for error in exc.errors(include_url=False):
            where = ".".join(str(part) for part in error["loc"]) or "params"
            message = error["msg"]
            if error["type"] == "extra_forbidden":
                message = "unknown parameter"
            problems.append(f"{where}: {message}")
        raise ValueError(f"invalid parameters for detector {name!r}: {'; '.join(problems)}") from None
    detector: Detector = DETECTORS[name](**validated.model_dump())
    return detector
