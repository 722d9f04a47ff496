"""Detectors by name, so graph definitions can refer to them in YAML.

Every registered class has a nested pydantic ``Params`` model (``extra="forbid"``)
that validates the ``params:`` mapping of a guard check; its fields are the
keyword arguments of the class's constructor.

A name of the form ``package.module:Class`` is a dotted path instead: a Guardrails AI
validator (``guardrails_ai.regex_match:RegexMatch``, through
:mod:`railgraph.integrations.guardrails_ai`, imported only then) or a plug-in detector class
with ``Params`` and ``check``.
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

__all__ = ["DETECTORS", "build_detector", "is_dotted", "params_model", "register_detector"]

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


def is_dotted(name: str) -> bool:
    """True when ``name`` is a dotted path (``module:Class``) rather than a registered name."""
    return ":" in name


def _plugin_class(name: str) -> type:
    from railgraph.imports import DottedPathError, import_dotted

    try:
        cls = import_dotted(name)
    except DottedPathError as exc:
        raise ValueError(str(exc)) from None
    params = getattr(cls, "Params", None)
    if not (isinstance(cls, type) and isinstance(params, type) and issubclass(params, BaseModel)
            and callable(getattr(cls, "check", None))):
        raise ValueError(f"'{name}' is neither a Guardrails AI validator nor a detector class "
                         "(a class with a pydantic 'Params' model and check(text, context))")
    return cls


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
    if is_dotted(name):
        from railgraph.integrations.guardrails_ai import is_validator_path, validator_params_model

        if is_validator_path(name):
            return validator_params_model(name)
        plugin: type[BaseModel] = _plugin_class(name).Params  # type: ignore[attr-defined]
        return plugin
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
    if is_dotted(name):
        from railgraph.integrations.guardrails_ai import GuardrailsValidator, is_validator_path

        if is_validator_path(name):
            try:
                return GuardrailsValidator(name, validated.model_dump(exclude_unset=True))
            except ValueError as exc:
                raise ValueError(f"invalid parameters for detector {name!r}: {exc}") from None
        plugin: Detector = _plugin_class(name)(**validated.model_dump())
        return plugin
    detector: Detector = DETECTORS[name](**validated.model_dump())
    return detector
