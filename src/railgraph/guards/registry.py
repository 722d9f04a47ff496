"""Detectors by name, so graph definitions can refer to them in YAML.

Every registered class has a nested pydantic ``Params`` model (``extra="forbid"``)
that validates the ``params:`` mapping of a guard check; its fields are the
keyword arguments of the class's constructor.

A name of the form ``package.module:Class`` is a dotted path instead: a name one of the
registered :class:`DetectorAdapter` handles (an adapter to another library's validators, which
registers itself with :func:`register_adapter` when its module is imported: importing
:mod:`railgraph.integrations`, as the graph loader does, registers the Guardrails AI one for
``guardrails_ai.regex_match:RegexMatch``), else a plug-in detector class with ``Params`` and
``check``. This module imports no adapter: detectors sit below the integrations.

Model-backed detectors (``classifier``, ``judge``) need what only a graph knows: the project
root their relative paths start from, the graph's named models and its prices. A
:class:`DetectorEnv` carries those; :func:`build_detector` passes it to classes that have a
``from_params(params, env)`` constructor and to their ``Params`` as the validation context
(``{"base_dir": ..., "models": ...}``). Their heavy imports happen when they are built, never
when this module or their ``Params`` load.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from pydantic import BaseModel, ValidationError

from railgraph.guards.base import Detector
from railgraph.guards.classifier import ClassifierDetector
from railgraph.guards.harm import HarmDetector
from railgraph.guards.injection import InjectionDetector
from railgraph.guards.judge import JudgeDetector
from railgraph.guards.pii import PIIDetector
from railgraph.guards.secrets import SecretsDetector
from railgraph.guards.size import SizeDetector

__all__ = [
    "DETECTORS",
    "DetectorAdapter",
    "DetectorEnv",
    "build_detector",
    "is_dotted",
    "params_model",
    "register_adapter",
    "register_detector",
    "validation_context",
]

DETECTORS: dict[str, type] = {
    "size": SizeDetector,
    "injection": InjectionDetector,
    "pii": PIIDetector,
    "secrets": SecretsDetector,
    "harm": HarmDetector,
    "classifier": ClassifierDetector,
    "judge": JudgeDetector,
}
"""Detector classes by the name graph definitions use."""


@dataclass(frozen=True)
class DetectorEnv:
    """What a graph lends the detectors it builds; every field may be left unset."""

    base_dir: Path | None = None
    """Where relative paths in parameters start (the project root); unset: the working
    directory."""
    model: Callable[[str], Any] | None = None
    """The chat model a graph declares under a name (``BuildContext.model``), for detectors
    that call one; unset: only model references (``provider:model``) can be used."""
    models: Iterable[str] | None = None
    """Names of the graph's models, so parameters naming another one fail validation."""
    prices: Any = None
    """An object with ``cost(model, input_tokens, output_tokens) -> float`` (a
    ``PricesPolicy``) pricing what detectors spend on model calls; unset: costs are 0."""
    extra: Mapping[str, Any] = field(default_factory=dict)
    """Anything else a plug-in detector's ``from_params`` may look for."""


class DetectorAdapter(Protocol):
    """Detectors of another library, named by dotted path (``package.module:Class``)."""

    def handles(self, name: str) -> bool:
        """True when ``name`` is one of the adapter's detectors; imports nothing."""
        ...

    def params_model(self, name: str) -> type[BaseModel]:
        """The pydantic model of the parameters of detector ``name``."""
        ...

    def build(self, name: str, params: dict[str, Any]) -> Detector:
        """Detector ``name`` with validated ``params`` (those the graph set); raises
        ``ValueError`` when the library rejects them."""
        ...


_ADAPTERS: list[DetectorAdapter] = []


def register_adapter(adapter: DetectorAdapter) -> None:
    """Let ``adapter`` resolve the dotted names it handles (adapter modules call this when
    imported; registering the same adapter twice keeps one)."""
    if adapter not in _ADAPTERS:
        _ADAPTERS.append(adapter)


def _adapter_for(name: str) -> DetectorAdapter | None:
    return next((a for a in _ADAPTERS if a.handles(name)), None)


def validation_context(env: DetectorEnv | None) -> dict[str, Any]:
    """The pydantic validation context ``Params`` models see for ``env``."""
    if env is None:
        return {}
    context: dict[str, Any] = {}
    if env.base_dir is not None:
        context["base_dir"] = env.base_dir
    if env.models is not None:
        context["models"] = frozenset(env.models)
    return context


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
                         "(a class with a pydantic 'Params' model and check(text, context)); "
                         "validators need their adapter: import railgraph.integrations")
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
        adapter = _adapter_for(name)
        if adapter is not None:
            return adapter.params_model(name)
        plugin: type[BaseModel] = _plugin_class(name).Params  # type: ignore[attr-defined]
        return plugin
    try:
        cls = DETECTORS[name]
    except KeyError:
        raise ValueError(f"unknown detector {name!r}; known detectors: {_known()}") from None
    model: type[BaseModel] = cls.Params  # type: ignore[attr-defined]
    return model


def build_detector(name: str, params: Mapping[str, Any] | None = None,
                   env: DetectorEnv | None = None) -> Detector:
    """A ready detector ``name`` configured with ``params`` (validated by its ``Params``).

    ``env`` lends the graph's root, named models and prices to detectors that use them.
    """
    model = params_model(name)
    try:
        validated = model.model_validate(dict(params or {}), context=validation_context(env))
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
        adapter = _adapter_for(name)
        if adapter is not None:
            try:
                return adapter.build(name, validated.model_dump(exclude_unset=True))
            except ValueError as exc:
                raise ValueError(f"invalid parameters for detector {name!r}: {exc}") from None
        return _construct(_plugin_class(name), validated, env)
    return _construct(DETECTORS[name], validated, env)


def _construct(cls: type, validated: BaseModel, env: DetectorEnv | None) -> Detector:
    from_params = getattr(cls, "from_params", None)
    if callable(from_params):
        built: Detector = from_params(validated, env or DetectorEnv())
        return built
    detector: Detector = cls(**validated.model_dump())
    return detector
